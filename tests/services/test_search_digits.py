"""Digit searches (issue 16, 300,000 customers): phone matches first, then ID-number
matches, each in Vietnamese name order (given name, family, middle); a customer found
by several indexes comes once. Ranked from the digit indexes (migration 0018); every
expected list is written out by hand from the rule."""

from __future__ import annotations

from datetime import date

from jpf_desk.domain.search_query import Matched
from jpf_desk.services.customers import records as customers
from jpf_desk.services.customers import search
from tests.services.helpers import TODAY, adult


def add(desk, full: str, id_number: str = "", phone: str = "", born: int = 1990) -> str:
    family, middle, given = full.split(" ")
    data = adult(family_name=family, middle_name=middle, given_name=given, sex="male",
                 birth_date=date(born, 1, 1), id_number=id_number, phone=phone,
                 email=f"{id_number or phone}@example.vn".replace(" ", ""))
    return customers.create_customer(desk, data, today=TODAY, allow_duplicates=True).customer.id


def found(desk, query: str, limit: int = 200) -> list[tuple[str, Matched]]:
    return [(r.full_name, r.matched) for r in search.search(desk, query, limit).rows]


def test_a_province_code_lists_id_numbers_begun_or_ended_with_it_in_name_order(desk) -> None:
    add(desk, "Trần Văn Bảo", "091090000001")
    add(desk, "Lê Văn An", "001090000091")  # ends with the digits
    add(desk, "Phạm Văn Cường", "091090000002")
    add(desk, "Hồ Văn Dũng", "079090000001")  # another province
    whole = [("Lê Văn An", Matched.ID_NUMBER), ("Trần Văn Bảo", Matched.ID_NUMBER),
             ("Phạm Văn Cường", Matched.ID_NUMBER)]
    assert found(desk, "091") == whole
    for cap in (1, 2, 3):
        capped = search.search(desk, "091", limit=cap)
        assert [(r.full_name, r.matched) for r in capped.rows] == whole[:cap]
        assert capped.capped == (cap < 3)


def test_phone_prefix_lists_phones_first_and_a_customer_found_twice_once(desk) -> None:
    add(desk, "Vũ Văn Giang", "001090000001", "0912 000 111")  # phone begins 912
    add(desk, "Lê Văn Hải", "001090000002", "0988 000 912")  # phone ends 912
    add(desk, "Bùi Văn An", "091205000001", "0977 000 111", born=2005)  # ID begins 0912
    add(desk, "Ngô Văn Bảo", "091205000002", "0912 111 222", born=2005)  # both: a phone
    add(desk, "Đỗ Văn Cường", "001090000003", "0977 000 333")  # neither
    assert found(desk, "0912") == [
        ("Ngô Văn Bảo", Matched.PHONE), ("Vũ Văn Giang", Matched.PHONE),
        ("Lê Văn Hải", Matched.PHONE), ("Bùi Văn An", Matched.ID_NUMBER)]


def test_same_names_keep_the_order_of_the_index_that_found_them(desk) -> None:
    """Equal names: an ID number ended by the digits before one begun with them, then
    by the digits (the order the single statement before migration 0018 gave)."""
    ids = {add(desk, "Nguyễn Văn An", number): number
           for number in ("091090000005", "001090000091", "091090000003")}
    rows = search.search(desk, "091").rows
    assert [ids[r.id] for r in rows] == ["001090000091", "091090000003", "091090000005"]
