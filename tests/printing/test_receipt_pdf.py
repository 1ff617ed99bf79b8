import io
import unicodedata
from datetime import date, datetime, timedelta

import pdfplumber
import pypdfium2
import zxingcpp

from jpf_desk.domain.dates import VN_TZ
from jpf_desk.printing.fonts import fonts_dir
from jpf_desk.services.consent.capture import ConsentInput, add_partner_consents, capture_consent
from jpf_desk.services.consent.content import PartnerChoice
from jpf_desk.services.consent.documents import blank_form_pdf, receipt_pdf
from jpf_desk.services.consent.policy import current_policy
from jpf_desk.services.consent.queries import get_receipt
from tests.consent.builders import ADULT_NAME, NOW, new_adult, new_minor, new_partner

PRINTED = datetime(2026, 11, 26, 8, 15, tzinfo=VN_TZ)


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _receipt(desk):
    cid = new_adult(desk)
    partner = new_partner(desk, "Campus France Việt Nam", "FR",
                          {"campus_france_procedure": ("field:full_name", "doc:passport")})
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "analytics"})), now=NOW)
    return add_partner_consents(desk, cid, [
        PartnerChoice(partner.id, "campus_france_procedure", True),
    ], now=NOW + timedelta(minutes=2))


def test_receipt_text_reads_back_exactly(desk):
    receipt = _receipt(desk)
    text = _text(receipt_pdf(receipt, copy=False, printed_at=PRINTED))
    assert ADULT_NAME in text  # "Hoà" with its accent where it was typed, not "Hòa"
    assert "Phạm Thị Hòa" not in text
    assert current_policy().sha256 in text
    assert "91/2025/QH15" in text and "356/2025/NĐ-CP" in text
    assert receipt.content_hash in text and receipt.short_code in text
    assert "25/11/2026 09:32:00 (+07:00)" in text
    assert "001198012345" not in text and "•••••••• 2345" in text
    lines = text.splitlines()
    for purpose in receipt.content["purposes"]:
        choice = "ĐỒNG Ý" if purpose["choice"] == "given" else "KHÔNG ĐỒNG Ý"
        start = purpose["text"][:25]
        line = next(line for line in lines if start in line)
        assert line.startswith(choice + " "), line
    assert any("Campus France Việt Nam" in line and line.startswith("ĐỒNG Ý") for line in lines)
    assert "BẢN SAO" not in text
    assert "Đang hiệu lực" in text


def test_reprint_is_marked_as_a_copy_with_the_same_content(desk):
    receipt = _receipt(desk)
    original = _text(receipt_pdf(receipt, copy=False, printed_at=PRINTED))
    again = get_receipt(desk, receipt.id)
    copy = _text(receipt_pdf(again, copy=True, printed_at=PRINTED + timedelta(days=30)))
    assert "BẢN SAO – in lại lúc 26/12/2026 08:15:00 (+07:00)" in copy
    assert receipt.content_hash in copy and ADULT_NAME in copy

    def body(text):
        return [line for line in text.splitlines()
                if "Thời điểm in" not in line and "trang 1" not in line and "BẢN SAO" not in line]

    assert body(copy) == body(original)


def test_qr_code_decodes_to_id_and_hash(desk):
    receipt = _receipt(desk)
    pdf = pypdfium2.PdfDocument(receipt_pdf(receipt, copy=False, printed_at=PRINTED))
    image = pdf[0].render(scale=150 / 72).to_pil()
    codes = zxingcpp.read_barcodes(image)
    assert [c.text for c in codes] == [f"{receipt.id}|{receipt.content_hash}"]


def _qr_texts(pdf: bytes) -> list[str]:
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil()
    return [c.text for c in zxingcpp.read_barcodes(image)]


def test_each_receipt_keeps_its_own_qr_when_printed_in_turn(desk):
    """The QR is encoded once per payload and reused: interleaved prints of two receipts
    (and reprints) still carry each one's own id and hash."""
    first = _receipt(desk)
    second = capture_consent(desk, new_minor(desk, birth=date(2016, 3, 2)), ConsentInput(
        given=frozenset({"service"}), guardian_consented=True, child_consented=True), now=NOW)
    assert first.id != second.id
    for receipt, copy in [(first, False), (second, False), (first, True), (second, True)]:
        expected = f"{receipt.id}|{receipt.content_hash}"
        assert _qr_texts(receipt_pdf(receipt, copy=copy, printed_at=PRINTED)) == [expected]


def test_minor_receipt_names_the_guardian_and_the_childs_consent(desk):
    cid = new_minor(desk, birth=date(2016, 3, 2))
    receipt = capture_consent(desk, cid, ConsentInput(
        given=frozenset({"service"}), guardian_consented=True, child_consented=True), now=NOW)
    text = _text(receipt_pdf(receipt, copy=False, printed_at=PRINTED))
    assert "Đỗ Minh Khôi" in text and "Đỗ Thị Lụa" in text
    assert "Trẻ (từ 7 tuổi) đồng ý Có" in text
    assert "Người giám hộ" in text


def test_text_is_drawn_in_nfc_even_when_stored_decomposed():
    from jpf_desk.printing.layout import text

    assert text(unicodedata.normalize("NFD", "Hoà")) == "Hoà"


def test_blank_paper_form_lists_every_purpose_unticked():
    policy = current_policy()
    text = _text(blank_form_pdf("JPF Hà Nội – Cơ sở 1"))
    assert policy.sha256 in text
    assert text.count("☐ Đồng ý ☐ Không đồng ý") >= len(policy.purposes)
    assert "MỤC ĐÍCH THU THẬP THÔNG TIN CỦA NGƯỜI DÙNG" in text  # the policy text itself
    assert "☑" not in text and "☒" not in text


def test_font_and_licence_are_shipped():
    assert (fonts_dir() / "DejaVuSans.ttf").is_file()
    assert "Bitstream" in (fonts_dir() / "DejaVu-LICENSE.txt").read_text()


def test_receipt_redacted_by_an_erasure_prints_without_the_name(desk):
    from jpf_desk.services.rights.erasure import erase_customer

    receipt = _receipt(desk)
    erase_customer(desk, receipt.customer_id, "Khách hàng yêu cầu xoá dữ liệu")
    text = _text(receipt_pdf(get_receipt(desk, receipt.id), copy=True, printed_at=PRINTED))
    assert ADULT_NAME not in text
    assert "đã xóa theo yêu cầu" in text and receipt.content_hash in text
