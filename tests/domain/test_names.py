import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.names import PersonName
from jpf_desk.domain.text import clean

VI_LETTERS = "aàáảãạăằắâấbcdđeèéêềếgh iìíklmnoòóôồốơờớpqrstuùúưừứvxyỳý".replace(" ", "")
word = st.text(alphabet=VI_LETTERS + VI_LETTERS.upper(), min_size=1, max_size=12)


def test_from_full_three_parts() -> None:
    n = PersonName.from_full("  Nguyễn   Thị Minh   Ánh ")
    assert (n.family, n.middle, n.given) == ("Nguyễn", "Thị Minh", "Ánh")
    assert n.full == "Nguyễn Thị Minh Ánh"


def test_from_full_two_and_one_words() -> None:
    n = PersonName.from_full("Lê Hoa")
    assert (n.family, n.middle, n.given, n.full) == ("Lê", "", "Hoa", "Lê Hoa")
    n = PersonName.from_full("Mai")
    assert (n.family, n.middle, n.given, n.full) == ("", "", "Mai", "Mai")


def test_from_full_normalises_nfd() -> None:
    n = PersonName.from_full(unicodedata.normalize("NFD", "Trần Văn Đạt"))
    assert n.full == "Trần Văn Đạt"
    assert unicodedata.is_normalized("NFC", n.given)


def test_from_parts_defaults_full_and_keeps_written_full() -> None:
    n = PersonName.from_parts(" Võ ", "", "Khánh ")
    assert n.full == "Võ Khánh"
    n = PersonName.from_parts("Dupont", "", "Marie", full="Marie Dupont")
    assert n.full == "Marie Dupont"
    assert PersonName.from_parts("Võ", "", "Khánh", full="  ").full == "Võ Khánh"


@pytest.mark.parametrize(
    ("parts", "code", "field"),
    [
        (("Nguyễn", "Văn", ""), "name.given_required", "given_name"),
        (("Nguyễn", "Văn", "   "), "name.given_required", "given_name"),
        (("Nguyễn", "", "A" * 101), "name.too_long", "given_name"),
        (("B" * 101, "", "An"), "name.too_long", "family_name"),
        (("Nguyễn", "Văn2", "An"), "name.invalid_chars", "middle_name"),
        (("Ng\x07uyen", "", "An"), "name.invalid_chars", "family_name"),
        (("Nguyễn", "", "An\u200b"), "name.invalid_chars", "given_name"),
    ],
)
def test_from_parts_errors(parts: tuple[str, str, str], code: str, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        PersonName.from_parts(*parts)
    assert exc.value.code == code
    assert exc.value.field == field


def test_from_full_empty_requires_given() -> None:
    with pytest.raises(ValidationError) as exc:
        PersonName.from_full("   ")
    assert exc.value.code == "name.given_required"


def test_hundred_chars_is_allowed() -> None:
    assert PersonName.from_parts("", "", "A" * 100).given == "A" * 100


def test_sort_by_given_then_family() -> None:
    names = [PersonName.from_full(s) for s in ("Trần Bình", "Ánh Văn Anh", "Lê Thị Ánh", "Đỗ An")]
    ordered = [n.full for n in sorted(names, key=lambda n: n.sort_key)]
    assert ordered == ["Đỗ An", "Ánh Văn Anh", "Lê Thị Ánh", "Trần Bình"]


def test_sort_key_separates_parts() -> None:
    n = PersonName.from_full("Nguyễn Thị Ánh")
    assert n.search_key == "nguyen thi anh"
    # The whole given name comes before any family name: "Anh" (family Yên) before
    # "Anh Ba" (no family name), though "Anh Yên" would sort after "Anh Ba".
    short, long = PersonName.from_parts("Yên", "", "Anh"), PersonName.from_parts("", "", "Anh Ba")
    assert short.sort_key < long.sort_key


@settings(max_examples=150)
@given(st.lists(word, min_size=1, max_size=6), st.sampled_from([" ", "  ", "\t", " \n "]))
def test_from_full_round_trips_full(words: list[str], sep: str) -> None:
    typed = sep + sep.join(words) + sep
    n = PersonName.from_full(typed)
    assert n.full == clean(typed)
    assert n.given == words[-1]
    assert " ".join(p for p in (n.family, n.middle, n.given) if p) == n.full
    assert PersonName.from_full(n.full) == n


@settings(max_examples=100)
@given(word, word, word)
def test_from_parts_nfd_equals_nfc(family: str, middle: str, given_: str) -> None:
    nfd = [unicodedata.normalize("NFD", s) for s in (family, middle, given_)]
    assert PersonName.from_parts(*nfd) == PersonName.from_parts(family, middle, given_)
