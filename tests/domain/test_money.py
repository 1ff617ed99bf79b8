import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.money import MAX_VND, format_vnd, parse_vnd


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "0 ₫"),
        (500, "500 ₫"),
        (1500000, "1.500.000 ₫"),
        (-250000, "-250.000 ₫"),
        (1000, "1.000 ₫"),
    ],
)
def test_format(amount: int, text: str) -> None:
    assert format_vnd(amount) == text


@pytest.mark.parametrize(
    "text",
    ["1.500.000", "1,500,000", "1500000 ₫", "1500000", " 1.500.000 ₫ ", "1 500 000", "1.500.000đ",
     "1.500.000 VND", "VNĐ 1.500.000", "1.500.000\u00a0₫"],
)  # fmt: skip
def test_parse(text: str) -> None:
    assert parse_vnd(text) == 1500000


@pytest.mark.parametrize(
    "text",
    ["", "₫", "-1.000", "1.5tr", "1,5", "1.500,000", "1.50.000", "12.34", "abc", "1.500.000,00",
     "１２３", str(MAX_VND + 1), "1e6"],
)  # fmt: skip
def test_parse_invalid(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_vnd(text)
    assert (exc.value.code, exc.value.field) == ("money.invalid", "amount")


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=MAX_VND))
def test_round_trip(amount: int) -> None:
    text = format_vnd(amount)
    assert parse_vnd(text) == amount
    assert parse_vnd(text.replace(".", ",")) == amount
    assert parse_vnd(str(amount)) == amount


@settings(max_examples=100)
@given(st.integers(min_value=-MAX_VND, max_value=-1))
def test_negative_format(amount: int) -> None:
    text = format_vnd(amount)
    assert text.startswith("-")
    assert parse_vnd(text[1:]) == -amount
