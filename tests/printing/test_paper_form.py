"""The blank paper form: a sensitive-data section, a cross-border column for partners,
numbered pages, and no last page holding a few stray lines."""

from __future__ import annotations

import io

import pdfplumber

from jpf_desk.services.consent.documents import blank_form_pdf

CENTRE = "JPF Hà Nội – Cơ sở 1"


def _pages() -> list[str]:
    with pdfplumber.open(io.BytesIO(blank_form_pdf(CENTRE))) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def test_paper_form_asks_about_each_kind_of_sensitive_data():
    text = "\n".join(_pages())
    assert "Dữ liệu nhạy cảm" in text
    for kind in ("Ảnh giấy tờ tùy thân", "Sao kê ngân hàng", "Giấy khám sức khỏe"):
        line = next(line for line in text.splitlines() if line.startswith(kind))
        assert line.endswith("☐ Đồng ý ☐ Không đồng ý"), line


def test_paper_form_partner_rows_ask_whether_data_goes_abroad():
    lines = "\n".join(_pages()).splitlines()
    header = next(line for line in lines if line.startswith("Đối tác"))
    assert "Ra nước ngoài" in header
    assert sum("☐ Có ☐ Không" in line for line in lines) >= 2


def test_paper_form_pages_are_numbered_and_the_last_is_not_a_stray_few_lines():
    pages = _pages()
    total = len(pages)
    for n, text in enumerate(pages, start=1):
        assert f"trang {n}/{total}" in text
    full = max(len(text.splitlines()) for text in pages[1:])
    assert len(pages[-1].splitlines()) >= full // 4, [len(p.splitlines()) for p in pages]
