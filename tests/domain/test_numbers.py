from jpf_desk.domain.numbers import group_thousands


def test_counts_are_grouped_by_thousands_with_dots() -> None:
    assert group_thousands(18185) == "18.185"
    assert group_thousands(1_000_000) == "1.000.000"
    assert group_thousands(999) == "999"
    assert group_thousands(0) == "0"
    assert group_thousands(-4500) == "-4.500"
