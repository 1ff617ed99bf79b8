import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.phones import OLD_MOBILE_PREFIXES, Phone, parse_phone, phone_query_digits


@pytest.mark.parametrize(
    "typed",
    [
        "0912 345 678",
        "+84 912 345 678",
        "84912345678",
        "(+84) 912.345.678",
        "0912-345-678",
        "0912345678",
        "+84912345678",
        "0084 912 345 678",
        "０９１２ ３４５ ６７８",
        " 0912.345.678 ",
    ],
)
def test_mobile_formats(typed: str) -> None:
    phone = parse_phone(typed)
    assert phone == Phone("+84912345678", converted_from_old=False)
    assert phone.national == "0912 345 678"
    assert phone.national_digits == "0912345678"


def test_landlines() -> None:
    hcm = parse_phone("028 3822 1234")
    assert hcm.e164 == "+842838221234"
    assert hcm.national == "028 3822 1234"
    assert hcm.national_digits == "02838221234"
    assert parse_phone("(024) 3765 4321").e164 == "+842437654321"


@pytest.mark.parametrize(
    "typed",
    ["0168 123 4567", "01681234567", "+84 168 123 4567", "841681234567", "(+84) 168.123.4567"],
)
def test_old_mobile_converted(typed: str) -> None:
    phone = parse_phone(typed)
    assert phone.e164 == "+84381234567"
    assert phone.converted_from_old
    assert phone.national == "0381 234 567"


def test_converted_message_exists() -> None:
    for lang in ("vi", "fr", "en"):
        text = messages.render("phone.converted", {"national": "0381 234 567"}, lang)
        assert "0381 234 567" in text


def test_foreign_number_with_plus() -> None:
    phone = parse_phone("+33 6 12 34 56 78")
    assert phone.e164 == "+33612345678"
    assert phone.national == "+33 6 12 34 56 78"
    assert phone.national_digits == "+33612345678"


@pytest.mark.parametrize(
    "typed",
    [
        "0912 345 67",
        "0912 345 6789",
        "abc",
        "0912abc678",
        "+84 0",
        "0152 345 678",
        "12",
        "+",
        "0121 23",
    ],
)
def test_invalid(typed: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_phone(typed)
    assert (exc.value.code, exc.value.field) == ("phone.invalid", "phone")


@pytest.mark.parametrize("typed", ["", "   ", "\t"])
def test_empty(typed: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_phone(typed)
    assert exc.value.code == "phone.empty"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("+84 912 345", "912345"),
        ("0912345678", "912345678"),
        ("0912 345 678", "912345678"),
        ("84912345678", "912345678"),
        ("345 678", "345678"),
        ("0168 123 4567", "381234567"),
        ("0168 123", "38123"),
        ("0168", "168"),
        ("+33 6 12", "33612"),
        ("Nguyen", None),
        ("09a", None),
        ("", None),
        ("0", None),
        ("   ", None),
    ],
)
def test_phone_query_digits(text: str, digits: str | None) -> None:
    assert phone_query_digits(text) == digits


# Today's mobile prefixes (national, without the trunk 0); some are only partly allocated,
# so the property keeps the numbers phonenumbers calls valid.
MOBILE_PREFIXES = ["32", "33", "34", "35", "36", "37", "38", "39", "56", "58", "59", "70",
                   "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89",
                   "90", "91", "92", "93", "94", "96", "97", "98", "99"]  # fmt: skip
subscriber = st.text(alphabet="0123456789", min_size=7, max_size=7)


def _typed_forms(nsn: str) -> list[str]:
    a, b, c = nsn[:3], nsn[3:6], nsn[6:]
    return [
        f"0{nsn}",
        f"0{a} {b} {c}",
        f"+84 {a} {b} {c}",
        f"84{nsn}",
        f"(+84) {a}.{b}.{c}",
        f"0{a}-{b}-{c}",
        f"+84{nsn}",
        f"0084 {nsn}",
    ]


@settings(max_examples=150)
@given(st.sampled_from(MOBILE_PREFIXES), subscriber)
def test_every_typed_form_gives_same_e164(prefix: str, sub: str) -> None:
    nsn = prefix + sub
    assume(phonenumbers.is_valid_number(phonenumbers.parse("+84" + nsn)))
    results = {parse_phone(t) for t in _typed_forms(nsn)}
    assert results == {Phone("+84" + nsn)}
    phone = results.pop()
    assert phone.national_digits == "0" + nsn
    assert parse_phone(phone.national) == phone
    assert phone_query_digits(phone.national) == nsn


@settings(max_examples=150)
@given(st.sampled_from(sorted(OLD_MOBILE_PREFIXES)), subscriber)
def test_every_old_prefix_maps_to_new(old: str, sub: str) -> None:
    new = OLD_MOBILE_PREFIXES[old]
    for typed in (
        f"0{old}{sub}",
        f"+84 {old} {sub}",
        f"84{old}{sub}",
        f"0{old} {sub[:3]} {sub[3:]}",
    ):
        phone = parse_phone(typed)
        assert phone == Phone("+84" + new + sub, converted_from_old=True)
    assert phone_query_digits(f"0{old}{sub}") == new + sub


def test_old_prefix_table_matches_reference() -> None:
    assert len(OLD_MOBILE_PREFIXES) == 8 + 5 + 5 + 3
    assert OLD_MOBILE_PREFIXES["162"] == "32"
    assert OLD_MOBILE_PREFIXES["169"] == "39"
    assert OLD_MOBILE_PREFIXES["120"] == "70"
    assert OLD_MOBILE_PREFIXES["199"] == "59"
