"""What can be sent to a partner, for which purpose, and how: the shared vocabulary.

An item is written "field:<code>" (a piece of the customer's record) or
"doc:<document kind code>" (a file of the dossier). Partner scopes, requests and
disclosures all speak in these strings so that a scope check is a set difference.
"""

from __future__ import annotations

from enum import StrEnum

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


PARTNER_KIND_LABELS_VI: dict[PartnerKind, str] = {
    PartnerKind.SCHOOL: "Trường đại học / trường",
    PartnerKind.CAMPUS_FRANCE: "Campus France",
    PartnerKind.VISA_CENTRE: "Trung tâm visa / Lãnh sự quán",
    PartnerKind.TRANSLATOR: "Dịch thuật công chứng",
    PartnerKind.INSURER: "Bảo hiểm",
    PartnerKind.HOUSING: "Nhà ở",
    PartnerKind.BANK: "Ngân hàng",
    PartnerKind.EXAM_CENTRE: "Trung tâm thi",
}


class Purpose(StrEnum):
    """Why data goes to a partner; a partner consent names one of these."""

    SCHOOL_APPLICATION = "school_application"
    CAMPUS_FRANCE_PROCEDURE = "campus_france_procedure"
    VISA_APPLICATION = "visa_application"
    TRANSLATION = "translation"
    INSURANCE = "insurance"
    HOUSING = "housing"
    BLOCKED_ACCOUNT = "blocked_account"
    EXAM_REGISTRATION = "exam_registration"


PURPOSE_LABELS_VI: dict[Purpose, str] = {
    Purpose.SCHOOL_APPLICATION: "Nộp hồ sơ vào trường",
    Purpose.CAMPUS_FRANCE_PROCEDURE: "Thủ tục Campus France (Études en France)",
    Purpose.VISA_APPLICATION: "Xin visa du học",
    Purpose.TRANSLATION: "Dịch thuật, công chứng giấy tờ",
    Purpose.INSURANCE: "Mua bảo hiểm",
    Purpose.HOUSING: "Tìm nhà ở",
    Purpose.BLOCKED_ACCOUNT: "Mở tài khoản phong tỏa",
    Purpose.EXAM_REGISTRATION: "Đăng ký thi tiếng Pháp",
}


class Channel(StrEnum):
    EMAIL = "email"
    UPLOAD = "upload"
    PAPER = "paper"


CHANNEL_LABELS_VI: dict[Channel, str] = {
    Channel.EMAIL: "Thư điện tử",
    Channel.UPLOAD: "Tải lên cổng của đối tác",
    Channel.PAPER: "Bản giấy",
}


class LegalBasis(StrEnum):
    """Which case of a transfer abroad applies (LAW.md, cross-border transfer)."""

    OWN_SUBMISSION = "own_submission"  # the customer sends their own data, JPF helps
    JPF_TRANSFER = "jpf_transfer"  # JPF transfers under its impact assessment dossier


LEGAL_BASIS_LABELS_VI: dict[LegalBasis, str] = {
    LegalBasis.OWN_SUBMISSION: "Khách hàng tự gửi dữ liệu của mình, JPF hỗ trợ",
    LegalBasis.JPF_TRANSFER: "JPF chuyển dữ liệu ra nước ngoài theo hồ sơ đánh giá tác động",
}

# Fields of the customer's record (and dossier) that may be sent.
FIELD_LABELS_VI: dict[str, str] = {
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "sex": "Giới tính",
    "phone": "Số điện thoại",
    "email": "Thư điện tử",
    "address": "Địa chỉ",
    "id_document": "Số giấy tờ tùy thân",
    "intake": "Kỳ nhập học dự kiến",
    "level_sought": "Bậc học mong muốn",
    "programmes": "Chương trình đã chọn",
}

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
