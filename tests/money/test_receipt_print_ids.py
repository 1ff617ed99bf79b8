"""Print ids merge by union: every print counted once, whatever the order or repeats."""

from __future__ import annotations

from jpf_desk.domain import receipt_prints


def test_two_desks_reprints_add_up_and_a_version_seen_twice_counts_once():
    both = '["a-original"]'
    on_a = receipt_prints.with_print(both, "b-copy-on-a")
    on_b = receipt_prints.with_print(both, "c-copy-on-b")
    merged = receipt_prints.merged(on_a, on_b)
    assert merged == '["a-original", "b-copy-on-a", "c-copy-on-b"]'
    assert receipt_prints.count(merged) == 3
    assert receipt_prints.merged(on_b, on_a) == merged
    assert receipt_prints.merged(merged, on_a) == merged  # A's own version back again


def test_a_row_from_before_the_ids_has_none():
    assert receipt_prints.count(None) == 0
    assert receipt_prints.merged(None, '["x"]') == '["x"]'
    assert receipt_prints.with_print("[]", "x", counted_before=2) == (
        '["earlier-1", "earlier-2", "x"]')
