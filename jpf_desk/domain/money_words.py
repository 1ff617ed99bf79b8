"""An amount of đồng in Vietnamese words, as a payment receipt writes it out.

A receipt carries the amount twice, in figures and in words ("Số tiền bằng chữ"), so
that a figure changed by hand no longer matches its words. The reading follows the
usage of Vietnamese accounting documents:
- 21 "hai mươi mốt" (but 11 "mười một"), 15 "mười lăm", 25 "hai mươi lăm" (but 105
  "một trăm linh năm"), 24 "hai mươi tư" (but 14 "mười bốn", 104 "một trăm linh bốn");
- a missing tens digit is "linh" (northern usage, the default) or "lẻ" (southern);
- a group of three after a larger one is read in full: 1 005 000 "một triệu không trăm
  linh năm nghìn"; an all-zero group is left out: 1 000 000 000 "một tỷ";
- beyond a thousand million the word "tỷ" repeats: 10^12 "một nghìn tỷ".
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUP_WORDS = ("", "nghìn", "triệu")  # then "tỷ" for every further three groups
BILLION = 10**9


def _units(digit: int, tens: int, after_zero_tens: bool) -> str:
    if after_zero_tens:
        return DIGITS[digit]
    if tens >= 2 and digit == 1:
        return "mốt"
    if tens >= 2 and digit == 4:
        return "tư"
    if tens >= 1 and digit == 5:
        return "lăm"
    return DIGITS[digit]


def _three(n: int, full: bool, zero_tens: str) -> list[str]:
    """One group (0..999); `full` reads the hundreds even when zero ("không trăm")."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append(zero_tens)
            words.append(_units(units, 0, bool(words)))
    elif tens == 1:
        words.append("mười")
        if units:
            words.append(_units(units, 1, False))
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append(_units(units, tens, False))
    return words


def _below_billion(n: int, leading: bool, zero_tens: str) -> list[str]:
    """0 < n < 10^9; `leading` when nothing larger is read before it."""
    groups = [n // 1_000_000, n // 1000 % 1000, n % 1000]
    words: list[str] = []
    for index, group in enumerate(groups):
        if group == 0:
            continue
        words += _three(group, full=bool(words) or not leading, zero_tens=zero_tens)
        name = GROUP_WORDS[2 - index]
        if name:
            words.append(name)
    return words


def number_in_words(n: int, *, zero_tens: str = "linh") -> str:
    """A whole number ≥ 0 in words, lower case ("mười hai triệu ba trăm ...")."""
    if n < 0:
        raise ValueError("a negative amount has no words on a receipt")
    if zero_tens not in ("linh", "lẻ"):
        raise ValueError("zero_tens is 'linh' or 'lẻ'")
    if n == 0:
        return DIGITS[0]
    return " ".join(_words(n, leading=True, zero_tens=zero_tens))


def _words(n: int, leading: bool, zero_tens: str) -> list[str]:
    high, low = divmod(n, BILLION)
    words: list[str] = []
    if high:
        words += _words(high, leading, zero_tens) + ["tỷ"]
    if low:
        words += _below_billion(low, leading and not high, zero_tens)
    return words


def vnd_in_words(amount: int, *, zero_tens: str = "linh") -> str:
    """12345678 → "mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng"."""
    return f"{number_in_words(amount, zero_tens=zero_tens)} đồng"
