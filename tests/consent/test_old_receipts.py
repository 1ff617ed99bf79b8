"""Receipts stored before issue 14 (content version 1) still print and export as they
were: they are never rewritten, and their readers accept both shapes."""

from __future__ import annotations

import dataclasses
import io

import pdfplumber

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.consent.export import kantara_receipt
from tests.consent.builders import NOW, new_adult

V1_CONTROLLER = {"name": "Công ty Cổ phần Giáo dục và Đào tạo JPF",
                 "brand": "Tổ chức Giáo dục Pháp ngữ Je Parle Français", "email": "",
                 "address": "", "phone": "", "contact_point": "JPF Hà Nội – Cơ sở 1"}
V1_PARTNER = {"partner_id": "p-cf", "partner_name": "Campus France Việt Nam",
              "purpose": "service", "choice": "given", "cross_border": True,
              "text": "Chia sẻ hồ sơ với đối tác để thực hiện dịch vụ",
              "kantara_category": "8 - Sharing for Delivery"}


def _v1(desk):
    cid = new_adult(desk)
    receipt = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    content = {k: v for k, v in receipt.content.items() if k != "rights_periods"}
    content.update(content_version=1, controller=V1_CONTROLLER, partners=[V1_PARTNER])
    return dataclasses.replace(receipt, content=content)


def test_a_version_1_receipt_prints_its_own_rights_and_missing_details(desk):
    pdf = receipt_pdf(_v1(desk), copy=True, printed_at=NOW)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        text = " ".join((doc.pages[0].extract_text() or "").split())
    assert "trong 15 ngày (20 ngày nếu bên thứ ba phải thực hiện)" in text  # as printed then
    assert "Campus France Việt Nam" in text and "CHƯA CÓ" in text


def test_a_version_1_receipt_exports_valid_json(desk):
    exported = kantara_receipt(_v1(desk))
    (jpf, centre) = exported["piiControllers"]
    assert jpf["piiController"] == "Công ty Cổ phần Giáo dục và Đào tạo JPF"
    assert centre["piiController"] == "JPF Hà Nội – Cơ sở 1"
    third = [p for p in exported["services"][0]["purposes"] if p["thirdPartyDisclosure"]]
    assert third[0]["piiCategory"] == ["1 - Biographical", "2 - Contact", "8 - Official ID",
                                       "7 - Financial"]  # the purpose's own, as before
