from datetime import date

import pytest

from jpf_desk.services.customers import records as customers
from jpf_desk.services.customers import search
from jpf_desk.services.customers.duplicates import DuplicatesFound
from jpf_desk.services.customers.input import IntakeInvalid
from jpf_desk.store.models import OutboxEntry
from tests.services.helpers import TODAY, adult, guardian, minor


def test_adult_is_stored_normalised(desk):
    saved = customers.create_customer(desk, adult(phone="(+84) 912.345.678"), today=TODAY)
    c = saved.customer
    assert c.full_name == "Nguyễn Thị Ánh"
    assert c.phone_e164 == "+84912345678"
    assert c.phone_national == "0912 345 678"
    assert c.id_masked.endswith("2345") and "001199" not in c.id_masked
    assert not c.is_minor


def test_nfd_input_is_stored_nfc(desk):
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Ánh")
    saved = customers.create_customer(desk, adult(given_name=nfd), today=TODAY)
    assert saved.customer.given_name == "Ánh"


def test_every_field_error_is_reported_at_once(desk):
    with pytest.raises(IntakeInvalid) as err:
        customers.create_customer(desk, adult(given_name="", phone="12", id_number="12"),
                                  today=TODAY)
    fields = {e.field for e in err.value.errors}
    assert {"given_name", "phone", "id_number"} <= fields


def test_minor_needs_a_guardian(desk):
    with pytest.raises(IntakeInvalid) as err:
        customers.create_customer(desk, minor(), today=TODAY)
    assert [e.code for e in err.value.errors] == ["intake.guardian_required"]
    saved = customers.create_customer(desk, minor(guardians=[guardian()]), today=TODAY)
    assert saved.customer.is_minor
    assert saved.customer.guardians[0].full_name == "Trần Văn Bình"


def test_guardian_fields_are_checked(desk):
    with pytest.raises(IntakeInvalid) as err:
        customers.create_customer(
            desk, minor(guardians=[guardian(relationship="", phone="", id_number="")]),
            today=TODAY)
    assert {e.field for e in err.value.errors} == {
        "guardians.0.relationship", "guardians.0.phone", "guardians.0.id_number"}


def test_guardian_may_be_an_existing_customer_and_have_several_wards(desk):
    parent = customers.create_customer(desk, adult(), today=TODAY).customer
    link = guardian(full_name=parent.full_name, relationship="mother", id_number="",
                    linked_customer_id=parent.id)
    a = customers.create_customer(desk, minor(guardians=[link]), today=TODAY).customer
    b = customers.create_customer(desk, minor(given_name="Khoa", guardians=[link]),
                                  today=TODAY, allow_duplicates=True).customer
    assert a.guardians[0].linked_customer_id == b.guardians[0].linked_customer_id == parent.id


def test_same_id_number_is_a_duplicate(desk):
    first = customers.create_customer(desk, adult(), today=TODAY).customer
    with pytest.raises(DuplicatesFound) as dup:
        customers.create_customer(desk, adult(given_name="Lan", phone="0977 000 111"),
                                  today=TODAY)
    assert [(c.id, c.reason) for c in dup.value.candidates] == [(first.id, "same_id")]


def test_same_phone_and_similar_name_is_a_duplicate_until_confirmed(desk):
    first = customers.create_customer(desk, adult(id_number=""), today=TODAY).customer
    again = adult(id_number="", middle_name="", full_name="", phone="+84912345678")
    with pytest.raises(DuplicatesFound) as dup:
        customers.create_customer(desk, again, today=TODAY)
    assert dup.value.candidates[0].id == first.id
    other = customers.create_customer(desk, again, today=TODAY, allow_duplicates=True)
    assert other.customer.id != first.id


def test_same_phone_different_person_is_not_a_duplicate(desk):
    customers.create_customer(desk, adult(id_number=""), today=TODAY)
    saved = customers.create_customer(
        desk, adult(id_number="", family_name="Lê", middle_name="Văn", given_name="Dũng",
                    sex="male"), today=TODAY)
    assert saved.customer.given_name == "Dũng"


def test_edit_keeps_field_history_with_who_and_reason(desk):
    c = customers.create_customer(desk, adult(), today=TODAY).customer
    data = customers.as_input(c)
    data.phone = "0977 123 456"
    customers.update_customer(desk, c.id, data, reason="khách đổi số", today=TODAY)
    history = customers.field_history(desk, c.id)
    phone = [h for h in history if h.field == "phone_e164"]
    assert len(phone) == 1
    assert (phone[0].old_value, phone[0].new_value) == ("+84912345678", "+84977123456")
    assert phone[0].changed_by == desk.actor.staff_id
    assert phone[0].reason == "khách đổi số"


def test_every_change_writes_an_outbox_row_in_the_same_transaction(desk):
    c = customers.create_customer(desk, minor(guardians=[guardian()]), today=TODAY).customer
    with desk.tx() as s:
        rows = s.query(OutboxEntry.table_name, OutboxEntry.op).all()
    assert ("customers", "insert") in rows and ("guardians", "insert") in rows
    assert c.id


def test_old_eleven_digit_mobile_is_converted_with_a_warning(desk):
    saved = customers.create_customer(desk, adult(phone="0168 123 4567", id_number=""),
                                      today=TODAY)
    assert saved.customer.phone_e164 == "+84381234567"
    assert [w.code for w in saved.warnings] == ["phone.converted"]


@pytest.mark.parametrize("query", ["nguyen thi anh", "NGUYEN anh", "ánh", "nguyễn thị ánh",
                                   "0912345678", "+84 912 345 678", "345 678", "2345"])
def test_search_finds_by_name_phone_or_id_digits(desk, query):
    c = customers.create_customer(desk, adult(), today=TODAY).customer
    customers.create_customer(desk, adult(family_name="Lê", given_name="Bình", sex="male",
                                          phone="0933 000 111", id_number="001090099999"),
                              today=TODAY)
    assert [r.id for r in search.search_customers(desk, query)] == [c.id]


def test_search_treats_tone_placements_alike(desk):
    a = customers.create_customer(desk, adult(given_name="Hoà", phone="0911 111 111",
                                              id_number=""), today=TODAY).customer
    b = customers.create_customer(desk, adult(given_name="Hòa", phone="0922 222 222",
                                              id_number=""), today=TODAY).customer
    assert {r.id for r in search.search_customers(desk, "hoa")} == {a.id, b.id}


def test_list_is_sorted_by_given_name(desk):
    for given in ("Trang", "Anh", "Bình"):
        customers.create_customer(
            desk, adult(given_name=given, phone="", email=f"{given[0]}@example.vn",
                        id_number=""), today=TODAY, allow_duplicates=True)
    ids = search.customer_ids(desk)
    rows = search.customer_rows(desk, ids)
    assert [rows[i].full_name.split()[-1] for i in ids] == ["Anh", "Bình", "Trang"]


def test_birth_date_in_future_is_refused(desk):
    with pytest.raises(IntakeInvalid) as err:
        customers.create_customer(desk, adult(birth_date=date(2030, 1, 1)), today=TODAY)
    assert err.value.errors[0].field == "birth_date"


@pytest.mark.parametrize("typed", ["a@@b.vn", "@b.vn", "an nguyen@gmail.com", "an\nnguyen@gmail.com"])
def test_intake_refuses_a_malformed_email_beside_its_field(typed):
    from jpf_desk.services.customers.input import CustomerInput, IntakeInvalid, validate

    data = CustomerInput(family_name="Lê", given_name="Ánh", birth_date=date(1995, 3, 2),
                         phone="", email=typed)
    with pytest.raises(IntakeInvalid) as refused:
        validate(data, date(2026, 11, 27))
    assert [(e.code, e.field) for e in refused.value.errors] == [("intake.email_invalid", "email")]
