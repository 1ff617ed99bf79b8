import unicodedata

import pytest

from jpf_desk.domain.addresses import (
    Address,
    CommuneRef,
    ProvinceRef,
    commune_name,
    communes_of,
    make_address,
    province_name,
    provinces,
)
from jpf_desk.domain.errors import ValidationError

EXPECTED_34 = {
    "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Cao Bằng", "Điện Biên",
    "Hà Tĩnh", "Lai Châu", "Lạng Sơn", "Nghệ An", "Quảng Ninh", "Thanh Hóa", "Sơn La",
    "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình",
    "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai",
    "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
}  # fmt: skip


def test_34_provinces() -> None:
    ps = provinces()
    assert len(ps) == 34
    assert len({p.code for p in ps}) == 34
    short = {p.name.removeprefix("Thành phố ") for p in ps}
    assert short == EXPECTED_34
    assert all(unicodedata.is_normalized("NFC", p.name) for p in ps)
    assert all(len(p.code) == 2 and p.code.isdigit() for p in ps)


def test_provinces_start_with_an_giang() -> None:
    assert provinces()[0] == ProvinceRef("91", "An Giang")


def test_provinces_returns_a_copy() -> None:
    provinces().clear()
    assert len(provinces()) == 34


def test_names() -> None:
    assert province_name("79") == "Thành phố Hồ Chí Minh"
    assert province_name("1") == province_name("01") == "Thành phố Hà Nội"
    assert commune_name("00070") == "Phường Hoàn Kiếm"
    assert commune_name("70") == "Phường Hoàn Kiếm"
    with pytest.raises(ValidationError) as exc:
        province_name("02")
    assert exc.value.code == "address.unknown_province"
    with pytest.raises(ValidationError) as exc:
        commune_name("99999999")
    assert exc.value.code == "address.unknown_commune"


def test_communes_of() -> None:
    hanoi = communes_of("01")
    assert CommuneRef("00070", "Phường Hoàn Kiếm", "01") in hanoi
    assert all(c.province_code == "01" for c in hanoi)
    assert len(hanoi) > 100
    total = sum(len(communes_of(p.code)) for p in provinces())
    assert 3000 < total < 3500
    assert all(communes_of(p.code) for p in provinces())
    with pytest.raises(ValidationError):
        communes_of("xx")


def test_make_address() -> None:
    a = make_address(
        "01", "00070", "  12   Hàng Bài ", unicodedata.normalize("NFD", "12 Hàng Bài, Q. Hoàn Kiếm")
    )
    assert a == Address("01", "00070", "12 Hàng Bài", "12 Hàng Bài, Q. Hoàn Kiếm")


def test_make_address_all_optional() -> None:
    assert make_address(None, None, "", "") == Address(None, None, "", "")
    assert make_address("", " ", "", "Quận 1, TP.HCM") == Address(None, None, "", "Quận 1, TP.HCM")
    assert make_address() == Address(None, None, "", "")


def test_commune_implies_province() -> None:
    assert make_address(None, "00070").province_code == "01"


def test_make_address_errors() -> None:
    with pytest.raises(ValidationError) as exc:
        make_address("02", None, "", "")
    assert (exc.value.code, exc.value.field) == ("address.unknown_province", "province")
    with pytest.raises(ValidationError) as exc:
        make_address("79", "00070", "", "")
    assert (exc.value.code, exc.value.field) == ("address.commune_not_in_province", "commune")
    with pytest.raises(ValidationError) as exc:
        make_address("01", "abc", "", "")
    assert exc.value.code == "address.unknown_commune"


def test_provinces_in_vietnamese_order() -> None:
    """Written out by hand: đ after d, ă/â after a, ô after o, ư after u ("Thành phố"
    not counted)."""
    assert [p.name.removeprefix("Thành phố ") for p in provinces()] == [
        "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk",
        "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Nội", "Hà Tĩnh", "Hải Phòng",
        "Hồ Chí Minh", "Huế", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lạng Sơn", "Lào Cai",
        "Lâm Đồng", "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh",
        "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên", "Thanh Hóa", "Tuyên Quang",
        "Vĩnh Long"]
