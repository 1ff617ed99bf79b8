"""The customer's copy says only what is true, in the receipt's own language.

Known answers are written out: the policy's Vietnamese and French words for the
marketing purpose, the manager's periods, the signature roles per age.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import date, timedelta

import pdfplumber
import pytest

from jpf_desk.domain.request_deadlines import Period, RequestKind
from jpf_desk.domain.working_days import DayCount
from jpf_desk.services.consent import policy as policy_module
from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.consent.queries import get_receipt
from jpf_desk.services.rights.holidays import set_period
from tests.consent.builders import NOW, new_adult, new_minor

MARKETING_STOPS_VI = "Bạn sẽ không còn nhận tin tức khóa học và thông tin khuyến mại."


def _pdf(receipt, copy=False):
    return receipt_pdf(receipt, copy=copy, printed_at=NOW + timedelta(hours=1))


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _signature_roles(text: str) -> str:
    return next(line for line in text.splitlines() if line.endswith("Nhân viên JPF"))


def _adult(desk, **kw):
    cid = new_adult(desk)
    return capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "marketing"}),
                                                   **kw), now=NOW)


def test_no_spec_section_numbers_on_the_customers_copy(desk):
    text = _text(_pdf(_adult(desk)))
    assert not [line for line in text.splitlines() if re.match(r"^\d{1,2}(–\d{1,2})?\. ", line)]
    assert "16. Trạng thái" not in text and "3–5." not in text


def test_rights_text_is_at_least_8_5_pt_and_black(desk):
    with pdfplumber.open(io.BytesIO(_pdf(_adult(desk)))) as doc:
        page = doc.pages[0]
        start = page.search("Theo Luật 91/2025/QH15 (Điều 4)", regex=False)[0]
        chars = [c for c in page.chars if start["top"] - 1 <= c["top"] <= start["top"] + 60
                 and c["text"].strip()]
        rights = [c for c in chars if abs(c["size"] - chars[0]["size"]) < 0.01]
        assert len(rights) > 200
        assert min(c["size"] for c in rights) >= 8.5
        assert {tuple(c["non_stroking_color"] or (0,)) for c in rights} <= {(0,), (0, 0, 0)}


def test_withdrawal_receipt_names_its_time_and_what_changes(desk):
    first = _adult(desk)
    later = withdraw_consent(desk, first.customer_id, ["marketing"],
                             now=NOW + timedelta(minutes=3))
    text = _text(_pdf(later))
    assert "Thời điểm rút lại 25/11/2026 09:33:00 (+07:00)" in text
    assert "Thời điểm đồng ý" not in text
    assert MARKETING_STOPS_VI in text
    assert "Người rút lại Khách hàng" in text


def test_a_minors_withdrawal_names_the_guardian_who_withdrew(desk):
    from jpf_desk.services.consent.capture import MinorDecision
    from jpf_desk.services.customers.records import get_customer

    cid = new_minor(desk, birth=date(2016, 3, 2))
    guardian = get_customer(desk, cid).guardians[0]
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "marketing"}),
                                            guardian_id=guardian.id, guardian_consented=True,
                                            child_consented=True), now=NOW)
    later = withdraw_consent(desk, cid, ["marketing"], decided_by=MinorDecision(guardian.id),
                             now=NOW + timedelta(minutes=3))
    assert "Người rút lại Đỗ Thị Lụa (Mẹ)" in _text(_pdf(later))


@pytest.mark.parametrize(("birth", "roles"), [
    (date(2021, 5, 1), "Người giám hộ Nhân viên JPF"),  # 4 years old: no line for the child
    (date(2016, 3, 2), "Người giám hộ Trẻ (từ 7 tuổi) Nhân viên JPF"),
])
def test_signature_lines_follow_the_age(desk, birth, roles):
    cid = new_minor(desk, birth=birth)
    receipt = capture_consent(desk, cid, ConsentInput(
        given=frozenset({"service"}), guardian_consented=True,
        child_consented=True if birth.year < 2019 else None), now=NOW)
    assert _signature_roles(_text(_pdf(receipt))) == roles


def test_adult_signs_as_the_customer(desk):
    assert _signature_roles(_text(_pdf(_adult(desk)))) == "Khách hàng Nhân viên JPF"


def test_rights_cite_the_periods_the_manager_set_and_how_days_count(desk):
    before = _adult(desk)
    text = " ".join(_text(_pdf(before)).split())
    assert ("trong 15 ngày lịch (20 ngày lịch nếu bên thứ ba phải thực hiện)" in text)
    assert "trong 2 ngày làm việc" in text
    set_period(desk, RequestKind.WITHDRAW, Period(12, 18, 12, DayCount.WORKING))
    after = capture_consent(desk, before.customer_id,
                            ConsentInput(given=frozenset({"service"})),
                            now=NOW + timedelta(minutes=1))
    text = " ".join(_text(_pdf(after)).split())
    # withdrawal changed; restriction and objection keep theirs and are named with them
    assert ("trong 12 ngày làm việc (18 ngày làm việc nếu bên thứ ba phải thực hiện) (Hạn chế "
            "xử lý dữ liệu: 15 ngày lịch (20 ngày lịch nếu bên thứ ba phải thực hiện); Phản đối "
            "xử lý dữ liệu: 15 ngày lịch (20 ngày lịch nếu bên thứ ba phải thực hiện))" in text)
    for kind in (RequestKind.RESTRICT, RequestKind.OBJECT):
        set_period(desk, kind, Period(12, 18, 12, DayCount.WORKING))
    third = capture_consent(desk, before.customer_id, ConsentInput(given=frozenset({"service"})),
                            now=NOW + timedelta(minutes=2))
    text = " ".join(_text(_pdf(third)).split())
    assert ("hạn chế hoặc phản đối trong 12 ngày làm việc (18 ngày làm việc nếu bên thứ ba "
            "phải thực hiện); xem" in text)
    old = " ".join(_text(_pdf(get_receipt(desk, before.id), copy=True)).split())
    assert "trong 15 ngày lịch (20 ngày lịch nếu bên thứ ba phải thực hiện)" in old


def test_french_receipt_is_in_french_and_cites_the_vietnamese_reference(desk):
    receipt = _adult(desk, language="fr")
    text = _text(_pdf(receipt))
    assert "REÇU DE CONSENTEMENT AU TRAITEMENT DES DONNÉES PERSONNELLES" in " ".join(text.split())
    assert "bắt buộc" not in text and "Mục đích" not in text and "Lựa chọn" not in text
    assert "ACCEPTÉ Fournir et gérer le service demandé par le client (nécessaire à" in text
    assert "ACCEPTÉ Mener des actions de marketing" in text
    assert "REFUSÉ Gérer, analyser et évaluer les chiffres" in text
    assert "Le texte de référence est la politique en vietnamien" in text
    assert "Consenti le 25/11/2026 09:30:00 (+07:00)" in text
    assert "Vos droits" in text and "Selon la loi 91/2025/QH15" in text


def test_sensitive_labels_come_from_the_receipts_own_policy_version(desk, tmp_path,
                                                                   monkeypatch):
    shipped = policy_module.policy_root() / "2025-11-jpf-v1"
    root = tmp_path / "policy"
    shutil.copytree(shipped, root / "2025-11-jpf-v1")
    monkeypatch.setattr(policy_module, "policy_root", lambda: root)
    policy_module.all_policies.cache_clear()
    try:
        old = _adult(desk, sensitive_kinds=("bank_statement",))
        newer = root / "2026-06-jpf-v2"
        shutil.copytree(root / "2025-11-jpf-v1", newer)
        raw = json.loads((newer / "policy.json").read_text(encoding="utf-8"))
        raw["version"] = "2026-06-jpf-v2"
        raw["sensitive_kinds"]["bank_statement"]["vi"] = "Lịch sử giao dịch ngân hàng"
        (newer / "policy.json").write_text(json.dumps(raw, ensure_ascii=False),
                                           encoding="utf-8")
        policy_module.all_policies.cache_clear()
        assert policy_module.current_policy().version == "2026-06-jpf-v2"
        text = _text(_pdf(get_receipt(desk, old.id), copy=True))
        assert "Sao kê ngân hàng" in text
        assert "Lịch sử giao dịch ngân hàng" not in text
    finally:
        policy_module.all_policies.cache_clear()
