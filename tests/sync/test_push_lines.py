"""The COPY lines a desk sends (sync/outbox.py): tabs, line breaks, carriage returns and
backslashes in a row's values reach head office unchanged, a row deleted since its
change goes as a tombstone, and an oversize row is kept back. Known answers written out
by hand, not taken from the code. (SQLite builds each whole line: a whole batch byte for
byte is in test_push_known_lines.py.)"""

from __future__ import annotations

from sqlalchemy import delete, update

from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Customer, OutboxEntry
from jpf_desk.sync import outbox
from jpf_desk.sync.limits import MAX_ROW_BYTES
from tests.sync.helpers import add_customer


def _lines(desk: Desk) -> tuple[dict[str, list[str]], outbox.Batch]:
    with desk.tx() as s:
        batch = outbox.claim_batch(s, 100, ())
    assert batch is not None
    text = batch.payload.decode()
    assert text.endswith("\n")
    lines = [line.split("\t") for line in text[:-1].split("\n")]
    return {fields[1]: fields for fields in lines if fields[0] == "customers"}, batch


def test_values_with_tabs_breaks_and_backslashes(desk: Desk) -> None:
    with desk.tx() as s:
        s.execute(delete(OutboxEntry))
    customer = add_customer(desk, "Vũ", "Hạnh")
    with desk.tx() as s:
        s.execute(update(Customer).where(Customer.id == customer)
                  .values(notes="a\tb\nc\rd \\ e \\N ê"))
    lines, _batch = _lines(desk)
    fields = lines[customer]
    assert len(fields) == 8  # no raw tab inside a field
    assert fields[2] == desk.actor.centre_id
    assert fields[5:7] == ["f", "f"]  # not deleted, not append-only
    # SQLite's JSON escapes the control characters (\t, \n, \r); COPY then needs
    # every backslash doubled.
    assert '"notes":"a\\\\tb\\\\nc\\\\rd \\\\\\\\ e \\\\\\\\N ê"' in fields[4]
    assert f'"id":"{customer}"' in fields[4]


def test_a_row_deleted_since_goes_as_a_tombstone(desk: Desk) -> None:
    with desk.tx() as s:
        s.execute(delete(OutboxEntry))
    gone = add_customer(desk, "Vũ", "Mất")
    with desk.tx() as s:
        s.execute(delete(Customer).where(Customer.id == gone))
    lines, _batch = _lines(desk)
    # Inserted then deleted in the same batch: revision 1, base 0, no data, deleted.
    assert lines[gone] == ["customers", gone, desk.actor.centre_id, "1", "\\N", "t", "f",
                           "0"]


def test_an_oversize_row_is_kept_back(desk: Desk) -> None:
    with desk.tx() as s:
        s.execute(delete(OutboxEntry))
    big, small = add_customer(desk, "Khúc", "Lớn"), add_customer(desk, "Khúc", "Nhỏ")
    with desk.tx() as s:  # 3 bytes a character: few characters, too many bytes
        s.execute(update(Customer).where(Customer.id == big)
                  .values(notes="ế" * (MAX_ROW_BYTES // 3)))
    lines, batch = _lines(desk)
    assert set(lines) == {small}
    assert batch.oversize == frozenset({("customers", big)})
