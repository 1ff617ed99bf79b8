"""The customer list's compact ids behave as the list of strings they replace."""

from __future__ import annotations

import sys

import pytest

from jpf_desk.ui.customers.id_column import IdColumn

IDS = ["00005c85-dde1-4cc6-ac52-30333407affa", "000079e9-4850-4f60-b94b-70c8dce85b21",
       "0000b5b5-e5ec-40ef-a20d-58c77f4b0c63"]


def test_rows_slices_and_iteration_give_the_ids_back():
    column = IdColumn(IDS)
    assert len(column) == 3
    assert column[0] == "00005c85-dde1-4cc6-ac52-30333407affa"
    assert column[-1] == "0000b5b5-e5ec-40ef-a20d-58c77f4b0c63"
    assert column[1:3] == ["000079e9-4850-4f60-b94b-70c8dce85b21",
                           "0000b5b5-e5ec-40ef-a20d-58c77f4b0c63"]
    assert column[2:50] == ["0000b5b5-e5ec-40ef-a20d-58c77f4b0c63"]
    assert list(column) == IDS
    with pytest.raises(IndexError):
        column[3]
    assert len(IdColumn()) == 0 and list(IdColumn()) == []


def test_index_finds_whole_ids_only():
    # "bc" + "d" spell "bcd" across a border, and "cd" sits inside "bcd": neither counts.
    column = IdColumn(["ab", "bc", "d", "bcd", "cd"])
    assert column.index("bcd") == 3
    assert column.index("cd") == 4
    assert column.index("d") == 2
    assert "c" not in column and "abc" not in column
    with pytest.raises(ValueError):
        column.index("b")
    assert IdColumn(["x", "y", "x"]).index("x", 1) == 2


def test_ids_that_are_not_ascii_keep_their_characters():
    column = IdColumn(["mã-số-1", "khách", "ü"])
    assert list(column) == ["mã-số-1", "khách", "ü"]
    assert column.index("khách") == 1
    assert column[2] == "ü"


def test_a_big_list_takes_a_fraction_of_the_strings_memory():
    ids = [f"{n:08x}-dde1-4cc6-ac52-30333407affa" for n in range(10_000)]
    as_strings = sys.getsizeof(ids) + sum(sys.getsizeof(i) for i in ids)
    column = IdColumn(ids)
    held = sys.getsizeof(column._blob) + sys.getsizeof(column._ends)
    # 36 bytes of text and a 4-byte offset per id, against an 85-byte string and a slot.
    assert held < 40 * 10_000 + 1000
    assert held < as_strings / 2
    assert column.index(ids[9_999]) == 9_999
