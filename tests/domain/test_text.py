import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from jpf_desk.domain.text import clean


def test_clean_examples() -> None:
    assert clean("  Nguyễn   Thị\tÁnh \n") == "Nguyễn Thị Ánh"
    assert clean(unicodedata.normalize("NFD", "Trần Đức")) == "Trần Đức"
    assert clean("a\u00a0b") == "a b"
    assert clean("   ") == ""


@settings(max_examples=150)
@given(st.text())
def test_clean_is_idempotent_nfc_and_trimmed(text: str) -> None:
    out = clean(text)
    assert clean(out) == out
    assert unicodedata.is_normalized("NFC", out)
    assert out == out.strip()
    assert "  " not in out
