"""The stored fields of a customer's record, named once.

The values are the column names the field history keeps (store.tracking), so a history
row, an update request and the access report can all say which field changed in the
same words. The words live in the label catalogue; where the screens and papers used to
word a field differently, the clearer wording was kept.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.labels import register_labels, stored_label
from jpf_desk.domain.messages import DEFAULT_LANG


class CustomerField(StrEnum):
    FAMILY_NAME = "family_name"
    MIDDLE_NAME = "middle_name"
    GIVEN_NAME = "given_name"
    FULL_NAME = "full_name"
    BIRTH_DATE = "birth_date"
    SEX = "sex"
    PHONE_E164 = "phone_e164"
    EMAIL = "email"
    ID_KIND = "id_kind"
    ID_NUMBER = "id_number"
    ID_EXPIRY = "id_expiry"
    PROVINCE_CODE = "province_code"
    COMMUNE_CODE = "commune_code"
    STREET = "street"
    ADDRESS_AS_WRITTEN = "address_as_written"
    NOTES = "notes"


register_labels(CustomerField, {
    "family_name": {"vi": "Họ", "fr": "Nom de famille", "en": "Family name"},
    "middle_name": {"vi": "Tên đệm", "fr": "Nom intermédiaire", "en": "Middle name"},
    "given_name": {"vi": "Tên", "fr": "Prénom", "en": "Given name"},
    "full_name": {"vi": "Họ và tên", "fr": "Nom complet", "en": "Full name"},
    "birth_date": {"vi": "Ngày sinh", "fr": "Date de naissance", "en": "Date of birth"},
    "sex": {"vi": "Giới tính", "fr": "Sexe", "en": "Sex"},
    "phone_e164": {"vi": "Số điện thoại", "fr": "Numéro de téléphone", "en": "Phone number"},
    "email": {"vi": "Thư điện tử", "fr": "Courriel", "en": "Email"},
    "id_kind": {"vi": "Loại giấy tờ", "fr": "Type de pièce d'identité", "en": "ID type"},
    "id_number": {"vi": "Số giấy tờ tùy thân", "fr": "Numéro de pièce d'identité",
                  "en": "ID number"},
    "id_expiry": {"vi": "Ngày hết hạn giấy tờ", "fr": "Date d'expiration de la pièce",
                  "en": "ID expiry date"},
    "province_code": {"vi": "Tỉnh/thành phố", "fr": "Province / ville", "en": "Province / city"},
    "commune_code": {"vi": "Xã/phường", "fr": "Commune / quartier", "en": "Commune / ward"},
    "street": {"vi": "Địa chỉ (số nhà, đường)", "fr": "Adresse (numéro, rue)",
               "en": "Address (number, street)"},
    "address_as_written": {"vi": "Địa chỉ (như khách viết)",
                           "fr": "Adresse (telle qu'écrite par le client)",
                           "en": "Address (as the customer wrote it)"},
    "notes": {"vi": "Ghi chú", "fr": "Notes", "en": "Notes"},
})


def customer_field_label(code: str, lang: str = DEFAULT_LANG) -> str:
    """The words of a stored field code (history rows); a code no longer known as it is."""
    return stored_label(CustomerField, code, lang)
