"""Vietnamese alphabetical order, against orders written out by hand (ICU's `vi`
collation gives the same: PLATFORM-NOTES, "Vietnamese order")."""

from __future__ import annotations

import random

import pytest

from jpf_desk.domain.names import PersonName
from jpf_desk.domain.vi_collation import vi_sort_key, word_key_ranges

ALPHABET = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]


def shuffled(items: list[str], seed: int) -> list[str]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


@pytest.mark.parametrize("seed", range(5))
def test_letters_in_alphabet_order(seed: int) -> None:
    assert sorted(shuffled(ALPHABET, seed), key=vi_sort_key) == ALPHABET


@pytest.mark.parametrize(
    "ordered",
    [
        ["Anh", "Ánh", "Ăn", "Ân", "Dũng", "Dương", "Đức", "Đường"],
        ["ma", "mà", "mả", "mã", "má", "mạ", "mai", "măng", "mâm"],
        ["Dung", "Dũng", "Duy", "Đan", "Đào", "Đức", "Em", "Ê-va"],
        ["Oanh", "Ông", "Ơn", "Phúc"],
        ["Thu", "Thủy", "Thư", "Tuấn", "Từ"],
        ["Hà", "Hà Anh", "Hải", "Hạnh"],
        ["an", "An", "Ăn"],
        ["19", "An", "Zoé"],
    ],
)
def test_written_out_orders(ordered: list[str]) -> None:
    for seed in range(3):
        assert sorted(shuffled(ordered, seed), key=vi_sort_key) == ordered


def test_tone_placement_does_not_change_the_order() -> None:
    assert vi_sort_key("Hoà") == vi_sort_key("Hòa")
    assert vi_sort_key("Thuỷ") == vi_sort_key("Thủy")


def test_person_names_sort_by_given_then_family_in_vietnamese_order() -> None:
    names = [PersonName.from_full(n) for n in (
        "Trần Văn Dũng", "Lê Đức", "Nguyễn Thị Dung", "Đặng Anh", "Bùi Anh", "Lê Thị Ánh")]
    ordered = sorted(names, key=lambda n: n.sort_key)
    assert [n.full for n in ordered] == [
        "Bùi Anh", "Đặng Anh", "Lê Thị Ánh", "Nguyễn Thị Dung", "Trần Văn Dũng", "Lê Đức"]


def test_key_ranges_of_a_given_name_hold_its_spellings_and_nothing_else() -> None:
    given = ["Duc", "Dục", "Đức", "Đực", "Dung", "Đức Anh", "Du", "Ducan", "Đức An"]
    names = {g: PersonName.from_full(f"Lê Văn {g}") if " " not in g else
             PersonName("Lê", "", g, "") for g in given}
    ranges = word_key_ranges("duc")
    assert ranges is not None
    inside = [g for g, n in sorted(names.items(), key=lambda item: item[1].sort_key)
              if any(low <= n.sort_key < high for low, high in ranges)]
    assert inside == ["Duc", "Dục", "Đức", "Đực"]
    assert len(ranges) == 4  # d or đ, u or ư
    assert word_key_ranges("hoang") is not None and len(word_key_ranges("hoang") or []) == 9
    assert word_key_ranges("aaaaa") is None  # 243 spellings: too many to walk one by one
