"""An update request names its fields by the keys it has always stored, in shared words."""

from __future__ import annotations

from jpf_desk.domain.customer_fields import CustomerField
from jpf_desk.services.rights.update_fields import (
    EDITABLE,
    REQUEST_KEYS,
    field_words,
    request_key,
    requested_field,
)


def test_update_requests_keep_their_stored_keys() -> None:
    assert REQUEST_KEYS == ("full_name", "birth_date", "sex", "phone", "email", "id_number",
                            "id_expiry", "street", "address_as_written", "notes")
    assert request_key(CustomerField.PHONE_E164) == "phone"
    assert requested_field("phone") is CustomerField.PHONE_E164
    assert requested_field("phone_e164") is None
    assert requested_field("province_code") is None
    assert CustomerField.PROVINCE_CODE not in EDITABLE
    assert field_words("phone") == "Số điện thoại"
    assert field_words("address_as_written") == "Địa chỉ (như khách viết)"
    assert field_words("id_expiry", "fr") == "Date d'expiration de la pièce"
    assert field_words("old_key") == "old_key"
