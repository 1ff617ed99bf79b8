"""The receipt bench's baseline (bench/baselines/plain_receipt.py) stays the receipt's page.

`make bench` refuses to time a baseline whose words differ from the receipt's, but it
is not run with the tests: when the receipt's sheet changed, the baseline broke unseen
(it read fields the sheet no longer had). Here the check runs with every change.
"""

from __future__ import annotations

from pathlib import Path

from bench.baselines.plain_receipt import encode_qr, plain_page
from bench.receipt import a_receipt, words
from jpf_desk.domain.dates import now_vn
from jpf_desk.services.consent.documents import receipt_pdf, receipt_sheet


def test_the_plain_reportlab_page_has_the_receipt_s_words(tmp_path: Path) -> None:
    receipt = a_receipt(tmp_path)
    printed = now_vn()
    sheet = receipt_sheet(receipt, printed_at=printed, copy=False)
    ours = words(receipt_pdf(receipt, copy=False, printed_at=printed))
    assert len(ours) > 300  # the whole receipt, not an empty page
    assert words(plain_page(sheet, encode_qr(sheet.qr_payload))) == ours
