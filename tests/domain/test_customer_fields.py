"""The customer's fields are named once: known answers, and the places that share them."""

from __future__ import annotations

from jpf_desk.domain.customer_fields import CustomerField, customer_field_label
from jpf_desk.domain.disclosure_items import DisclosureField, field_label
from jpf_desk.domain.labels import label


def test_known_customer_field_labels() -> None:
    assert label(CustomerField.BIRTH_DATE) == "Ngày sinh"
    assert label(CustomerField.FULL_NAME) == "Họ và tên"
    assert label(CustomerField.PHONE_E164) == "Số điện thoại"
    assert label(CustomerField.EMAIL) == "Thư điện tử"
    assert label(CustomerField.STREET) == "Địa chỉ (số nhà, đường)"
    assert label(CustomerField.ID_EXPIRY) == "Ngày hết hạn giấy tờ"
    assert label(CustomerField.BIRTH_DATE, "fr") == "Date de naissance"
    assert label(CustomerField.EMAIL, "fr") == "Courriel"
    assert label(CustomerField.ADDRESS_AS_WRITTEN, "en") == "Address (as the customer wrote it)"


def test_history_codes_are_the_stored_column_names() -> None:
    # The keys the field history has always stored: no migration.
    assert [f.value for f in CustomerField] == [
        "family_name", "middle_name", "given_name", "full_name", "birth_date", "sex",
        "phone_e164", "email", "id_kind", "id_number", "id_expiry", "province_code",
        "commune_code", "street", "address_as_written", "notes"]
    assert customer_field_label("given_name") == "Tên"
    assert customer_field_label("province_code", "en") == "Province / city"
    assert customer_field_label("retired_column") == "retired_column"


def test_disclosure_items_keep_their_stored_codes_and_words() -> None:
    assert [f.value for f in DisclosureField] == [
        "full_name", "birth_date", "sex", "phone", "email", "address", "id_document",
        "intake", "level_sought", "programmes"]
    assert label(DisclosureField.PHONE) == "Số điện thoại"
    assert label(DisclosureField.ID_DOCUMENT) == "Số giấy tờ tùy thân"
    assert label(DisclosureField.ADDRESS) == "Địa chỉ"
    assert label(DisclosureField.INTAKE) == "Kỳ nhập học dự kiến"
    assert label(DisclosureField.PROGRAMMES, "en") == "Chosen programmes"
    assert field_label("level_sought") == "Bậc học mong muốn"
    assert field_label("gone") == "gone"


def test_an_item_that_is_one_stored_field_takes_that_fields_words() -> None:
    same = [(DisclosureField.FULL_NAME, CustomerField.FULL_NAME),
            (DisclosureField.PHONE, CustomerField.PHONE_E164),
            (DisclosureField.EMAIL, CustomerField.EMAIL)]
    for item, stored in same:
        for lang in ("vi", "fr", "en"):
            assert label(item, lang) == label(stored, lang)
