"""Amounts in Vietnamese words: known answers written out by hand."""

from __future__ import annotations

import pytest

from jpf_desk.domain.money_words import number_in_words, vnd_in_words


@pytest.mark.parametrize(("amount", "words"), [
    (0, "không đồng"),
    (5, "năm đồng"),
    (10, "mười đồng"),
    (11, "mười một đồng"),
    (14, "mười bốn đồng"),
    (15, "mười lăm đồng"),
    (20, "hai mươi đồng"),
    (21, "hai mươi mốt đồng"),
    (24, "hai mươi tư đồng"),
    (25, "hai mươi lăm đồng"),
    (101, "một trăm linh một đồng"),
    (104, "một trăm linh bốn đồng"),
    (105, "một trăm linh năm đồng"),
    (110, "một trăm mười đồng"),
    (115, "một trăm mười lăm đồng"),
    (1000, "một nghìn đồng"),
    (1_005_000, "một triệu không trăm linh năm nghìn đồng"),
    (1_000_005, "một triệu không trăm linh năm đồng"),
    (1_050_000, "một triệu không trăm năm mươi nghìn đồng"),
    (2_500_000, "hai triệu năm trăm nghìn đồng"),
    (1_000_000_000, "một tỷ đồng"),
    (12_345_678, "mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng"),
    (3_200_000_000, "ba tỷ hai trăm triệu đồng"),
    (1_000_000_000_000, "một nghìn tỷ đồng"),
    (7_000_021_000, "bảy tỷ không trăm hai mươi mốt nghìn đồng"),
])
def test_known_amounts(amount: int, words: str) -> None:
    assert vnd_in_words(amount) == words


def test_southern_reading_says_le() -> None:
    assert number_in_words(105, zero_tens="lẻ") == "một trăm lẻ năm"


def test_negative_amount_is_refused() -> None:
    with pytest.raises(ValueError):
        vnd_in_words(-1)
