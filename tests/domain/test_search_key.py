import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpf_desk.domain.search_key import digits_only, query_tokens, search_key

VI_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VI_ALPHABET = VI_LETTERS + VI_LETTERS.upper() + "0123456789"
vi_text = st.text(alphabet=VI_ALPHABET + " ,.-'/()\t", max_size=60)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Nguyễn Thị Ánh", "nguyen thi anh"),
        ("Hoà", "hoa"),
        ("Hòa", "hoa"),
        ("ĐẶNG Đức", "dang duc"),
        ("  Lê-Văn  O'Hara, 12 ", "le van o hara 12"),
        ("Ｎｇｕｙễｎ", "nguyen"),
        ("", ""),
        ("---", ""),
    ],
)
def test_examples(text: str, key: str) -> None:
    assert search_key(text) == key


def test_tone_placement_variants_match() -> None:
    assert search_key("thủy") == search_key("thuỷ") == "thuy"
    assert search_key("Khoá") == search_key("Khóa")


def test_nfd_equals_nfc() -> None:
    name = "Phạm Thị Hồng Nhung"
    assert search_key(unicodedata.normalize("NFD", name)) == search_key(name)


def test_query_tokens() -> None:
    assert query_tokens("  Nguyễn,  ánh ") == ["nguyen", "anh"]
    assert query_tokens(" - ") == []


def test_digits_only() -> None:
    assert digits_only("(+84) 912.345-678") == "84912345678"
    assert digits_only("０９１２") == "0912"
    assert digits_only("abc") == ""


@settings(max_examples=200)
@given(st.text(max_size=40))
def test_idempotent_for_any_text(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key
    assert key == key.strip()
    assert "  " not in key


@settings(max_examples=200)
@given(vi_text)
def test_vietnamese_text_gives_ascii_lowercase(text: str) -> None:
    key = search_key(text)
    assert key.isascii()
    assert key == key.lower()
    assert all(ch.isalnum() or ch == " " for ch in key)


@settings(max_examples=200)
@given(vi_text)
def test_nfd_nfc_nfkd_agree(text: str) -> None:
    keys = {
        search_key(unicodedata.normalize(form, text)) for form in ("NFC", "NFD", "NFKC", "NFKD")
    }
    assert len(keys) == 1


@settings(max_examples=100)
@given(vi_text)
def test_case_insensitive(text: str) -> None:
    assert search_key(text.upper()) == search_key(text.lower()) == search_key(text)


@settings(max_examples=100)
@given(vi_text)
def test_query_tokens_are_words_of_key(text: str) -> None:
    assert " ".join(query_tokens(text)) == search_key(text)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad",
                                       "\u2060", "\u200e"])
def test_invisible_characters_are_removed_not_split(invisible: str) -> None:
    assert search_key(f"Ngu{invisible}yễn") == "nguyen"
    assert query_tokens(f"{invisible}ngu{invisible}yen{invisible}") == ["nguyen"]
