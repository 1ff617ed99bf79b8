"""What can be sent to a partner, for which purpose, and how: the shared vocabulary.

An item is written "field:<code>" (a piece of the customer's record) or
"doc:<document kind code>" (a file of the dossier). Partner scopes, requests and
disclosures all speak in these strings so that a scope check is a set difference.
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.customer_fields import CustomerField
from jpf_desk.domain.labels import label, label_code, register_labels, stored_label
from jpf_desk.domain.messages import DEFAULT_LANG, translations

FIELD_PREFIX = "field:"
DOC_PREFIX = "doc:"


class PartnerKind(StrEnum):
    SCHOOL = "school"
    CAMPUS_FRANCE = "campus_france"
    VISA_CENTRE = "visa_centre"
    TRANSLATOR = "translator"
    INSURER = "insurer"
    HOUSING = "housing"
    BANK = "bank"
    EXAM_CENTRE = "exam_centre"


class DisclosurePurpose(StrEnum):
    """Why data goes to a partner; a partner consent names one of these.

    Not the purposes of JPF's own processing (marketing, analytics...): those belong to
    each version of the data policy (`services/consent/policy.py`).
    """

    SCHOOL_APPLICATION = "school_application"
    CAMPUS_FRANCE_PROCEDURE = "campus_france_procedure"
    VISA_APPLICATION = "visa_application"
    TRANSLATION = "translation"
    INSURANCE = "insurance"
    HOUSING = "housing"
    BLOCKED_ACCOUNT = "blocked_account"
    EXAM_REGISTRATION = "exam_registration"


class DisclosureChannel(StrEnum):
    """How data went to a partner (not how a request came: see RequestChannel)."""

    EMAIL = "email"
    UPLOAD = "upload"
    PAPER = "paper"


class LegalBasis(StrEnum):
    """Which case of a transfer abroad applies (LAW.md, cross-border transfer)."""

    OWN_SUBMISSION = "own_submission"  # the customer sends their own data, JPF helps
    JPF_TRANSFER = "jpf_transfer"  # JPF transfers under its impact assessment dossier


class PartnerRequestOutcome(StrEnum):
    """The answer JPF gave to a partner's request for missing data."""

    PENDING = "pending"
    SENT = "sent"  # answered with a disclosure (recorded separately)
    REFUSED = "refused"  # outside the scope or without consent
    NOT_AVAILABLE = "not_available"


register_labels(PartnerKind, {
    "school": {"vi": "Trường đại học / trường", "fr": "Université / école",
               "en": "University / school"},
    "campus_france": {"vi": "Tổ chức Campus France", "fr": "Campus France",
                      "en": "Campus France"},
    "visa_centre": {"vi": "Trung tâm visa / Lãnh sự quán", "fr": "Centre de visas / consulat",
                    "en": "Visa centre / consulate"},
    "translator": {"vi": "Dịch thuật công chứng", "fr": "Traducteur assermenté",
                   "en": "Certified translator"},
    "insurer": {"vi": "Bảo hiểm", "fr": "Assurance", "en": "Insurer"},
    "housing": {"vi": "Nhà ở", "fr": "Logement", "en": "Housing"},
    "bank": {"vi": "Ngân hàng", "fr": "Banque", "en": "Bank"},
    "exam_centre": {"vi": "Trung tâm thi", "fr": "Centre d'examen", "en": "Exam centre"},
})

register_labels(DisclosurePurpose, {
    "school_application": {"vi": "Nộp hồ sơ vào trường", "fr": "Candidature à un établissement",
                           "en": "Application to a school"},
    "campus_france_procedure": {"vi": "Thủ tục Campus France (Études en France)",
                                "fr": "Procédure Campus France (Études en France)",
                                "en": "Campus France procedure (Études en France)"},
    "visa_application": {"vi": "Xin visa du học", "fr": "Demande de visa étudiant",
                         "en": "Student visa application"},
    "translation": {"vi": "Dịch thuật, công chứng giấy tờ",
                    "fr": "Traduction et légalisation des documents",
                    "en": "Translation and certification of documents"},
    "insurance": {"vi": "Mua bảo hiểm", "fr": "Souscription d'une assurance",
                  "en": "Taking out insurance"},
    "housing": {"vi": "Tìm nhà ở", "fr": "Recherche de logement", "en": "Finding housing"},
    "blocked_account": {"vi": "Mở tài khoản phong tỏa", "fr": "Ouverture d'un compte bloqué",
                        "en": "Opening a blocked account"},
    "exam_registration": {"vi": "Đăng ký thi tiếng Pháp",
                          "fr": "Inscription à un examen de français",
                          "en": "French exam registration"},
})

register_labels(DisclosureChannel, {
    "email": {"vi": "Thư điện tử", "fr": "Courriel", "en": "Email"},
    "upload": {"vi": "Tải lên cổng của đối tác", "fr": "Dépôt sur le portail du partenaire",
               "en": "Upload to the partner's portal"},
    "paper": {"vi": "Bản giấy", "fr": "Papier", "en": "Paper"},
})

register_labels(LegalBasis, {
    "own_submission": {"vi": "Khách hàng tự gửi dữ liệu của mình, JPF hỗ trợ",
                       "fr": "Le client envoie lui-même ses données, avec l'aide de JPF",
                       "en": "The customer sends their own data, with JPF's help"},
    "jpf_transfer": {"vi": "JPF chuyển dữ liệu ra nước ngoài theo hồ sơ đánh giá tác động",
                     "fr": "JPF transfère les données à l'étranger selon son analyse d'impact",
                     "en": "JPF transfers the data abroad under its impact assessment"},
})

register_labels(PartnerRequestOutcome, {
    "pending": {"vi": "Đang xử lý", "fr": "En cours", "en": "In progress"},
    "sent": {"vi": "Đã gửi", "fr": "Envoyé", "en": "Sent"},
    "refused": {"vi": "Từ chối", "fr": "Refusé", "en": "Refused"},
    "not_available": {"vi": "Chưa có dữ liệu", "fr": "Données pas encore disponibles",
                      "en": "Data not available yet"},
})

# Vietnamese views of the catalogue for the printed documents, which still index dicts;
# the printing branch replaces them with `label()` (they are not a second copy).
PURPOSE_LABELS_VI = {m: label(m, "vi") for m in DisclosurePurpose}
CHANNEL_LABELS_VI = {m: label(m, "vi") for m in DisclosureChannel}
LEGAL_BASIS_LABELS_VI = {m: label(m, "vi") for m in LegalBasis}

class DisclosureField(StrEnum):
    """A piece of the record a partner may receive, as "field:<code>" in scopes and logs.

    Not CustomerField: an item is what the partner reads, not a stored column. Some are
    composed (address: as written, else the street; id_document: kind and number), some
    come from the dossier (intake, level, programmes), and the stored codes differ
    (phone, not phone_e164). Where an item is one stored field it takes that field's
    words, so the two can never be worded apart.
    """

    FULL_NAME = "full_name"
    BIRTH_DATE = "birth_date"
    SEX = "sex"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    ID_DOCUMENT = "id_document"
    INTAKE = "intake"
    LEVEL_SOUGHT = "level_sought"
    PROGRAMMES = "programmes"


def _words_of(field: CustomerField) -> dict[str, str]:
    return dict(translations(label_code(field)))


register_labels(DisclosureField, {
    "full_name": _words_of(CustomerField.FULL_NAME),
    "birth_date": _words_of(CustomerField.BIRTH_DATE),
    "sex": _words_of(CustomerField.SEX),
    "phone": _words_of(CustomerField.PHONE_E164),
    "email": _words_of(CustomerField.EMAIL),
    "address": {"vi": "Địa chỉ", "fr": "Adresse", "en": "Address"},
    "id_document": _words_of(CustomerField.ID_NUMBER),
    "intake": {"vi": "Kỳ nhập học dự kiến", "fr": "Rentrée visée", "en": "Intended intake"},
    "level_sought": {"vi": "Bậc học mong muốn", "fr": "Niveau d'études souhaité",
                     "en": "Level of study sought"},
    "programmes": {"vi": "Chương trình đã chọn", "fr": "Formations choisies",
                   "en": "Chosen programmes"},
})


def field_label(code: str, lang: str = DEFAULT_LANG) -> str:
    """The words of a stored field code; a code no longer known shows as it is."""
    return stored_label(DisclosureField, code, lang)


HOME_COUNTRY = "VN"


def field_item(code: str) -> str:
    return FIELD_PREFIX + code


def doc_item(kind_code: str) -> str:
    return DOC_PREFIX + kind_code


def split_items(items: list[str] | tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(field codes, document kind codes) of a list of items, in their given order."""
    fields = [i[len(FIELD_PREFIX):] for i in items if i.startswith(FIELD_PREFIX)]
    docs = [i[len(DOC_PREFIX):] for i in items if i.startswith(DOC_PREFIX)]
    return fields, docs


def is_cross_border(country: str) -> bool:
    return country.strip().upper() != HOME_COUNTRY
