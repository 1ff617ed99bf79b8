"""Search ranked by closeness (issue 15, point 10). Every expected list is written out
by hand from the rule: same letters and marks, then marks placed otherwise, then
accent-free; within each, the whole name, then the given name (whole word, then
prefix), then the family name, then middle names; then Vietnamese alphabetical order."""

from __future__ import annotations

from datetime import date

import pytest

from jpf_desk.domain.search_query import Matched
from jpf_desk.services.customers import records as customers
from jpf_desk.services.customers import search
from tests.services.helpers import TODAY, adult

PLANS = {  # name: (DENSE, FAMILY_DENSE, MARKED_DENSE) forced, None keeps the store's
    "general": None,
    "walk": (-1, -1, 10**9),
    "walk, family by FTS": (-1, 10**9, 10**9),
    "walk, marks levels walked": (-1, -1, -1),
    "walk, family by FTS, marks levels walked": (-1, 10**9, -1),
}


@pytest.fixture(autouse=True, params=sorted(PLANS))
def plan(request, monkeypatch) -> str:
    """Every case under each plan: the general one, and the tier walk used when a query
    matches thousands (forced here), with the family tier walked or found by FTS, and
    for marked queries each marks level from the marked index or walked."""
    forced = PLANS[request.param]
    if forced is not None:
        for name, value in zip(("DENSE", "FAMILY_DENSE", "MARKED_DENSE"), forced, strict=True):
            monkeypatch.setattr(search, name, value)
    return str(request.param)


def add(desk, full: str, phone: str = "", id_number: str = "", **more: object) -> str:
    family, *middle, given = full.split(" ")
    if not phone:
        more.setdefault("email", f"{abs(hash(full))}@example.vn")
    data = adult(family_name=family, middle_name=" ".join(middle), given_name=given,
                 phone=phone, id_number=id_number, **more)
    return customers.create_customer(desk, data, today=TODAY, allow_duplicates=True).customer.id


def names(desk, query: str, limit: int = 200) -> list[str]:
    return [r.full_name for r in search.search(desk, query, limit).rows]


THUY = ["Lê Thị Thùy", "Phạm Thùy Linh", "Vũ Thị Thủy", "Đỗ Thuỷ Tiên", "Hồ Thị Thuỷ",
        "Trần Thủy Anh", "Ngô Thúy", "Bùi Thuy"]


def test_same_marks_first_then_placed_otherwise_then_accent_free(desk) -> None:
    for full in THUY:
        add(desk, full)
    assert names(desk, "Thủy") == [
        "Vũ Thị Thủy", "Trần Thủy Anh",      # ủ on the u, given before middle
        "Hồ Thị Thuỷ", "Đỗ Thuỷ Tiên",       # the same hook, placed on the y
        "Bùi Thuy", "Lê Thị Thùy", "Ngô Thúy",  # other marks: given names
        "Phạm Thùy Linh",                    # ... then middle names
    ]
    assert names(desk, "thuỷ")[:4] == [
        "Hồ Thị Thuỷ", "Đỗ Thuỷ Tiên", "Vũ Thị Thủy", "Trần Thủy Anh"]


def test_unaccented_query_ranks_given_names_before_middle_names(desk) -> None:
    for full in THUY:
        add(desk, full)
    assert names(desk, "thuy") == [
        "Bùi Thuy", "Hồ Thị Thuỷ", "Lê Thị Thùy", "Ngô Thúy", "Vũ Thị Thủy",
        "Trần Thủy Anh", "Phạm Thùy Linh", "Đỗ Thuỷ Tiên",
    ]


def test_hoa_puts_whole_given_names_first(desk) -> None:
    for full in ("Phạm Hoàng Nam", "Nguyễn Hoà", "Đỗ Hoài", "Hoàng Văn Minh", "Lê Hòa",
                 "Vũ Thị Hoan", "Bùi Hoa Mai", "Trần Hoa"):
        add(desk, full)
    assert names(desk, "hoa") == [
        "Lê Hòa", "Nguyễn Hoà", "Trần Hoa",     # given name is "hoa"
        "Đỗ Hoài", "Vũ Thị Hoan",              # given name starts with "hoa"
        "Hoàng Văn Minh",                      # family name
        "Bùi Hoa Mai", "Phạm Hoàng Nam",        # middle names
    ]


def test_duc_finds_the_given_name_duc_first(desk) -> None:
    for full in ("Nguyễn Đức Anh", "Vũ Đức Huy", "Trần Đức", "Đặng Văn Đức"):
        add(desk, full)
    expected = ["Đặng Văn Đức", "Trần Đức", "Nguyễn Đức Anh", "Vũ Đức Huy"]
    assert names(desk, "duc") == expected
    assert names(desk, "Đức") == expected


def test_whole_name_typed_comes_first(desk) -> None:
    for full in ("Nguyễn Thị Anh Thư", "Nguyễn Thị Minh Anh", "Nguyễn Thị Ánh"):
        add(desk, full)
    assert names(desk, "nguyen thi anh") == [
        "Nguyễn Thị Ánh", "Nguyễn Thị Minh Anh", "Nguyễn Thị Anh Thư"]


def test_phone_matches_before_id_digits_and_each_row_says_which(desk) -> None:
    add(desk, "Trần Văn An", phone="0977 000 111", id_number="001090123456",
        birth_date=date(1990, 1, 1), sex="male")
    add(desk, "Lê Văn Bình", phone="0933 123 456", sex="male")
    found = search.search(desk, "123456").rows
    assert [(r.full_name, r.matched) for r in found] == [
        ("Lê Văn Bình", Matched.PHONE), ("Trần Văn An", Matched.ID_NUMBER)]
    assert [r.matched for r in search.search(desk, "an").rows] == [Matched.NAME]


def test_a_capped_result_says_so(desk) -> None:
    for full in ("Nguyễn Văn An", "Nguyễn Thị Bích", "Nguyễn Văn Cường"):
        add(desk, full)
    capped = search.search(desk, "nguyen", limit=2)
    assert [r.full_name for r in capped.rows] == ["Nguyễn Văn An", "Nguyễn Thị Bích"]
    assert capped.capped
    assert not search.search(desk, "nguyen", limit=3).capped


def test_a_list_capped_anywhere_is_the_head_of_the_whole_list(desk) -> None:
    """The tiers and marks levels run in turn and stop once the list is full: a cap
    falling inside any level or tier keeps the same order."""
    for full in THUY:
        add(desk, full)
    whole = ["Vũ Thị Thủy", "Trần Thủy Anh", "Hồ Thị Thuỷ", "Đỗ Thuỷ Tiên", "Bùi Thuy",
             "Lê Thị Thùy", "Ngô Thúy", "Phạm Thùy Linh"]
    for cap in range(1, len(whole) + 1):
        capped = search.search(desk, "Thủy", limit=cap)
        assert [r.full_name for r in capped.rows] == whole[:cap]
        assert capped.capped == (cap < len(whole))
    unmarked = ["Bùi Thuy", "Hồ Thị Thuỷ", "Lê Thị Thùy", "Ngô Thúy", "Vũ Thị Thủy"]
    assert names(desk, "thuy", limit=5) == unmarked


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\ufeff", "\u00ad"])
def test_invisible_characters_in_the_query_are_ignored(desk, invisible: str) -> None:
    add(desk, "Nguyễn Thị Ánh")
    assert names(desk, f"Ngu{invisible}yễn {invisible}Ánh") == ["Nguyễn Thị Ánh"]
    assert names(desk, invisible) == []


def test_lists_follow_vietnamese_order(desk) -> None:
    for full in ("Lê Đức", "Lê Dũng", "Lê Dung", "Lê Ánh", "Lê Anh", "Lê Ăn"):
        add(desk, full)
    ids = search.customer_ids(desk)
    rows = search.customer_rows(desk, ids)
    assert [rows[i].full_name for i in ids] == [
        "Lê Anh", "Lê Ánh", "Lê Ăn", "Lê Dung", "Lê Dũng", "Lê Đức"]


def test_marks_follow_a_renamed_customer(desk) -> None:
    """The index of names with marks is kept in step with the names (triggers)."""
    add(desk, "Lê Thúy")
    renamed = add(desk, "Vũ Thuy")
    assert names(desk, "Thùy") == ["Lê Thúy", "Vũ Thuy"]  # neither has the marks typed
    with desk.tx() as s:
        s.get(search.Customer, renamed).full_name = "Vũ Thùy"
    assert names(desk, "Thùy") == ["Vũ Thùy", "Lê Thúy"]
