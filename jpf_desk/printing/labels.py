"""Vietnamese labels of the codes stored in a receipt (method, choice, status...)."""

from __future__ import annotations

from jpf_desk.services.consent.policy import current_policy

METHOD = {"desk": "Tại quầy", "paper": "Mẫu giấy đã ký", "phone": "Qua điện thoại"}
CHOICE = {"given": "ĐỒNG Ý", "refused": "KHÔNG ĐỒNG Ý", "withdrawn": "ĐÃ RÚT LẠI"}
STATUS = {"active": "Đang hiệu lực", "superseded": "Đã được thay thế bằng phiếu mới",
          "withdrawn": "Đã rút lại sự đồng ý"}
LANGUAGE = {"vi": "Tiếng Việt", "fr": "Tiếng Pháp", "en": "Tiếng Anh"}
RELATIONSHIP = {
    "mother": "Mẹ", "father": "Bố", "grandparent": "Ông/Bà", "sibling": "Anh/Chị",
    "legal_guardian": "Người giám hộ hợp pháp", "other": "Khác",
}


def sensitive_label(kind: str) -> str:
    texts = current_policy().sensitive_kinds.get(kind)
    return texts["vi"] if texts else kind
