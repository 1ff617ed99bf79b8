"""Invented Vietnamese people for demo stores: realistic shapes, no real person.

Names are drawn from common family, middle and given names; phones are typed in the
mixed ways receptionists meet them; CCCD numbers agree with birth year and sex.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from jpf_desk.domain.addresses import communes_of, provinces
from jpf_desk.domain.id_documents import CCCD_CENTURY_SEX, CCCD_PROVINCE_CODES
from jpf_desk.domain.people import Relationship, Sex
from jpf_desk.services.customers.input import (
    CustomerInput,
    GuardianInput,
)

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Tạ")
MIDDLE_F = ("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Khánh", "Bảo", "Thùy", "Thuỳ", "Hồng")
MIDDLE_M = ("Văn", "Minh", "Đức", "Quang", "Hữu", "Công", "Gia", "Thành", "Tuấn", "Hoàng")
GIVEN_F = ("Anh", "Ánh", "Hoa", "Hòa", "Hoà", "Lan", "Linh", "Trang", "Thảo", "Hương",
           "Ngân", "Phương", "Mai", "Hằng", "Yến", "Nhung", "Thủy", "Thuỷ", "Vy", "Châu")
GIVEN_M = ("Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Huy", "Khoa", "Long",
           "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tùng", "Việt", "Vinh", "Đức")
MOBILE_PREFIXES = ("32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78",
                   "79", "81", "82", "83", "84", "85", "86", "88", "90", "91", "93", "94",
                   "96", "97", "98")
OLD_PREFIXES = ("162", "163", "164", "165", "166", "167", "168", "169", "120", "121", "122")
STREETS = ("Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt",
           "Điện Biên Phủ", "Phan Đình Phùng", "Hoàng Diệu", "Bà Triệu", "Quang Trung")


def _typed_phone(rng: random.Random) -> str:
    """A mobile number written the way customers write them."""
    if rng.random() < 0.05:
        old = rng.choice(OLD_PREFIXES) + "".join(rng.choices("0123456789", k=7))
        return f"0{old[:3]} {old[3:6]} {old[6:]}"
    nsn = rng.choice(MOBILE_PREFIXES) + "".join(rng.choices("0123456789", k=7))
    style = rng.randrange(5)
    if style == 0:
        return f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if style == 1:
        return f"+84 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if style == 2:
        return f"84{nsn}"
    if style == 3:
        return f"(+84) {nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
    return f"0{nsn}"


def _cccd(rng: random.Random, birth: date, sex: Sex) -> str:
    province = rng.choice(sorted(CCCD_PROVINCE_CODES))
    century = (birth.year // 100) * 100
    digit = next(d for d, (c, s) in CCCD_CENTURY_SEX.items() if c == century and s == sex)
    return f"{province}{digit}{birth.year % 100:02d}{rng.randrange(10**6):06d}"


def _name(rng: random.Random, sex: Sex) -> tuple[str, str, str]:
    female = sex is Sex.FEMALE
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
    return rng.choice(FAMILY), middle, rng.choice(GIVEN_F if female else GIVEN_M)


def _birth(rng: random.Random, today: date, minor: bool) -> date:
    years = rng.randint(4, 14) if minor else rng.randint(17, 45)
    return today - timedelta(days=years * 365 + rng.randrange(365))


def invented_customer(rng: random.Random, today: date, minor_share: float) -> CustomerInput:
    sex = rng.choice((Sex.MALE, Sex.FEMALE))
    minor = rng.random() < minor_share
    family, middle, given = _name(rng, sex)
    birth = _birth(rng, today, minor)
    province = rng.choice(provinces())
    communes = communes_of(province.code)
    commune = rng.choice(communes) if communes else None
    street = f"{rng.randint(1, 300)} {rng.choice(STREETS)}"
    data = CustomerInput(
        family_name=family, middle_name=middle, given_name=given, birth_date=birth,
        sex=sex.value, phone="" if minor and rng.random() < 0.6 else _typed_phone(rng),
        email=f"hv{rng.randrange(10**7):07d}@example.vn" if rng.random() < 0.5 else "",
        province_code=province.code, commune_code=commune.code if commune else "",
        street=street, address_as_written=f"{street}, {province.name}",
    )
    if not minor and rng.random() < 0.9:
        data.id_kind, data.id_number = "cccd", _cccd(rng, birth, sex)
    if minor:
        for relationship in (Relationship.MOTHER, Relationship.FATHER)[: rng.randint(1, 2)]:
            g_sex = Sex.FEMALE if relationship is Relationship.MOTHER else Sex.MALE
            g_family, g_middle, g_given = _name(rng, g_sex)
            g_birth = _birth(rng, today - timedelta(days=25 * 365), False)
            data.guardians.append(GuardianInput(
                full_name=f"{family if g_sex is Sex.MALE else g_family} {g_middle} {g_given}",
                relationship=relationship.value, phone=_typed_phone(rng), id_kind="cccd",
                id_number=_cccd(rng, g_birth, g_sex),
            ))
    return data
