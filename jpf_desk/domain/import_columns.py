"""The columns an imported spreadsheet may carry, and guessing them from its headers.

Centres wrote their spreadsheets by hand, in Vietnamese, French or English, with or
without accents ("Số ĐT", "so dien thoai", "Téléphone", "Phone"), so headers are
compared by their folded search key against a list of usual wordings. A column about a
parent ("SĐT phụ huynh") is a guardian's column, whatever else its header says. Consent
columns are never guessed: no purpose is presumed from an import. The enrolment columns
(class code, fee paid, payment method) are optional.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from jpf_desk.domain.customer_fields import CustomerField
from jpf_desk.domain.labels import label_code, register_labels
from jpf_desk.domain.messages import translations
from jpf_desk.domain.search_key import search_key


class ImportField(StrEnum):
    FULL_NAME = "full_name"
    FAMILY_NAME = "family_name"
    MIDDLE_NAME = "middle_name"
    GIVEN_NAME = "given_name"
    BIRTH_DATE = "birth_date"
    SEX = "sex"
    PHONE = "phone"
    EMAIL = "email"
    ID_NUMBER = "id_number"
    ID_EXPIRY = "id_expiry"
    ADDRESS = "address"
    NOTES = "notes"
    GUARDIAN_NAME = "guardian_name"
    GUARDIAN_RELATIONSHIP = "guardian_relationship"
    GUARDIAN_PHONE = "guardian_phone"
    GUARDIAN_ID = "guardian_id"
    # Optional enrolment columns: the class the customer is in, what was paid and how.
    CLASS_CODE = "class_code"
    FEE_PAID = "fee_paid"
    PAYMENT_METHOD = "payment_method"


ENROLMENT_FIELDS = (ImportField.CLASS_CODE, ImportField.FEE_PAID, ImportField.PAYMENT_METHOD)

# Columns that are a field of the customer's record take its words (one wording).
_AS_IN_RECORD = (ImportField.FULL_NAME, ImportField.FAMILY_NAME, ImportField.MIDDLE_NAME,
                 ImportField.GIVEN_NAME, ImportField.BIRTH_DATE, ImportField.SEX,
                 ImportField.ID_EXPIRY, ImportField.NOTES)

register_labels(ImportField, {
    **{f.value: translations(label_code(CustomerField(f.value))) for f in _AS_IN_RECORD},
    "phone": {"vi": "Số điện thoại", "fr": "Téléphone", "en": "Phone"},
    "email": {"vi": "Thư điện tử (email)", "fr": "Courriel", "en": "Email"},
    "id_number": {"vi": "Số CCCD/CMND/hộ chiếu", "fr": "Numéro de pièce d'identité",
                  "en": "ID number"},
    "address": {"vi": "Địa chỉ", "fr": "Adresse", "en": "Address"},
    "guardian_name": {"vi": "Họ tên phụ huynh", "fr": "Nom du parent",
                      "en": "Guardian's name"},
    "guardian_relationship": {"vi": "Quan hệ", "fr": "Lien de parenté",
                              "en": "Relationship"},
    "guardian_phone": {"vi": "SĐT phụ huynh", "fr": "Téléphone du parent",
                       "en": "Guardian's phone"},
    "guardian_id": {"vi": "CCCD phụ huynh", "fr": "Pièce d'identité du parent",
                    "en": "Guardian's ID number"},
    "class_code": {"vi": "Mã lớp", "fr": "Code de la classe", "en": "Class code"},
    "fee_paid": {"vi": "Học phí đã đóng", "fr": "Frais déjà payés", "en": "Fee paid"},
    "payment_method": {"vi": "Hình thức đóng", "fr": "Mode de paiement",
                       "en": "Payment method"},
})

# Folded wordings (search_key form) seen in centres' spreadsheets, per field.
_WORDINGS: dict[ImportField, tuple[str, ...]] = {
    ImportField.FULL_NAME: (
        "ho ten", "ho va ten", "ho ten hoc vien", "ten hoc vien", "hoc vien", "khach hang",
        "ten day du", "nom complet", "nom et prenom", "nom prenom", "prenom et nom",
        "full name", "name", "student name", "student", "customer", "eleve", "nom de l eleve",
    ),
    ImportField.FAMILY_NAME: ("ho", "nom", "nom de famille", "family name", "last name",
                              "surname"),
    ImportField.MIDDLE_NAME: ("ten dem", "ten lot", "middle name", "middle names",
                              "deuxieme prenom", "second prenom", "nom intermediaire"),
    ImportField.GIVEN_NAME: ("ten", "prenom", "given name", "first name"),
    ImportField.BIRTH_DATE: (
        "ngay sinh", "ngay thang nam sinh", "sinh ngay", "date de naissance",
        "ne le", "nee le", "naissance", "date of birth", "birth date", "birthday", "dob",
    ),
    ImportField.SEX: ("gioi tinh", "gioi", "phai", "nam nu", "sexe", "sex", "gender", "genre"),
    ImportField.PHONE: (
        "dien thoai", "so dien thoai", "sdt", "so dt", "dt", "di dong", "so di dong",
        "telephone", "tel", "portable", "mobile", "phone", "phone number", "contact",
    ),
    ImportField.EMAIL: ("email", "e mail", "mail", "thu dien tu", "courriel", "adresse mail"),
    ImportField.ID_NUMBER: (
        "cccd", "cmnd", "so cccd", "so cmnd", "cccd cmnd", "cmnd cccd", "can cuoc",
        "can cuoc cong dan", "so giay to", "giay to tuy than", "ho chieu", "so ho chieu",
        "piece d identite", "numero d identite", "cni", "passeport", "id", "id number",
        "national id", "passport", "identity number",
    ),
    ImportField.ID_EXPIRY: ("ngay het han", "het han", "han su dung", "ngay het han ho chieu",
                            "date d expiration", "expiration", "expire le", "expiry",
                            "expiry date", "valid until"),
    ImportField.ADDRESS: ("dia chi", "noi o", "cho o", "adresse", "address", "domicile"),
    ImportField.NOTES: ("ghi chu", "note", "notes", "remarque", "remarques", "commentaire",
                        "commentaires", "comment", "comments"),
    ImportField.GUARDIAN_RELATIONSHIP: ("quan he", "moi quan he", "lien de parente",
                                        "relationship", "relation"),
    ImportField.CLASS_CODE: ("ma lop", "lop", "lop hoc", "ma lop hoc", "ten lop", "class", "class code",
                             "classe", "code classe", "code de la classe"),
    ImportField.FEE_PAID: ("hoc phi da dong", "da dong", "da nop", "so tien da dong",
                           "hoc phi da nop", "fee paid", "paid", "amount paid", "deja paye",
                           "frais payes", "frais deja payes", "montant paye"),
    ImportField.PAYMENT_METHOD: ("hinh thuc", "hinh thuc dong", "hinh thuc thanh toan", "thanh toan",
                                 "payment method", "method", "mode de paiement", "paiement"),
}

# A header naming a parent belongs to the guardian's columns.
_GUARDIAN_MARKERS = ("phu huynh", "nguoi giam ho", "giam ho", "bo me", "cha me", "parents",
                     "parent", "tuteur", "representant legal", "representant", "guardian")
_GUARDIAN_OF = {
    ImportField.FULL_NAME: ImportField.GUARDIAN_NAME,
    ImportField.FAMILY_NAME: ImportField.GUARDIAN_NAME,
    ImportField.GIVEN_NAME: ImportField.GUARDIAN_NAME,
    ImportField.PHONE: ImportField.GUARDIAN_PHONE,
    ImportField.ID_NUMBER: ImportField.GUARDIAN_ID,
    ImportField.GUARDIAN_RELATIONSHIP: ImportField.GUARDIAN_RELATIONSHIP,
}


def _contains(words: str, wording: str) -> bool:
    return f" {wording} " in f" {words} "


def _best(words: str, fields: Sequence[ImportField]) -> tuple[int, ImportField | None]:
    """The field whose longest wording the header contains, scored (exact match first)."""
    best: tuple[int, ImportField | None] = (0, None)
    for f in fields:
        for wording in _WORDINGS.get(f, ()):
            if words == wording:
                score = 1000 + len(wording)
            elif _contains(words, wording):
                score = len(wording)
            else:
                continue
            if score > best[0]:
                best = (score, f)
    return best


def guess_header(header: str) -> tuple[int, ImportField | None]:
    """(confidence, field) of one header; (0, None) when it names nothing we import."""
    words = search_key(header)
    if not words:
        return 0, None
    for marker in _GUARDIAN_MARKERS:
        if _contains(words, marker):
            rest = f" {words} ".replace(f" {marker} ", " ").strip()
            score, found = _best(rest, list(_GUARDIAN_OF)) if rest else (0, None)
            if found is None:
                return len(marker), ImportField.GUARDIAN_NAME
            return score, _GUARDIAN_OF[found]
    return _best(words, list(_WORDINGS))


def guess_mapping(headers: Sequence[str]) -> dict[ImportField, int]:
    """Column index of each field the headers name; each field and column used once,
    the most confident match first (then the leftmost column)."""
    scored = []
    for column, header in enumerate(headers):
        score, found = guess_header(header)
        if found is not None:
            scored.append((-score, column, found))
    mapping: dict[ImportField, int] = {}
    taken: set[int] = set()
    for _neg, column, found in sorted(scored, key=lambda t: (t[0], t[1])):
        if found not in mapping and column not in taken:
            mapping[found] = column
            taken.add(column)
    return mapping
