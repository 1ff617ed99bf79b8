"""Migration 0012_consent_chain on a store of the previous version that holds receipts:
the existing chain carries over (hash_version 1 links), and from then on its receipts
are checked column by column like new ones."""

from __future__ import annotations

from datetime import timedelta

from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.store import migrate
from jpf_desk.store.engine import open_store
from tests.consent.attacker import rows, tamper
from tests.consent.builders import NOW, new_adult
from tests.helpers.staff import FIRST_MANAGER, sign_in_as
from tests.helpers.stores import key_of, open_raw


def _as_previous_version(path) -> None:
    """What the store looked like before 0012: no links, no head, 0002 as its head."""
    conn = open_raw(path)
    with conn:
        conn.execute("DROP TRIGGER consent_chain_no_update")
        conn.execute("DROP TRIGGER consent_chain_no_delete")
        conn.execute("DROP TABLE consent_chain")
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'consent_chain'")
        conn.execute("DELETE FROM store_settings WHERE key = 'consent_chain_head'")
        conn.execute("UPDATE alembic_version SET version_num = '0002_consent' "
                     "WHERE version_num = '0012_consent_chain'")
    conn.close()


def test_old_receipts_carry_over_and_are_then_fully_checked(desk, store):
    a, b = new_adult(desk), new_adult(desk, "Lê Văn Đức")
    r1 = capture_consent(desk, a, ConsentInput(given=frozenset({"service", "marketing"})), now=NOW)
    r2 = withdraw_consent(desk, a, ["marketing"], now=NOW + timedelta(hours=1))
    r3 = capture_consent(desk, b, ConsentInput(given=frozenset({"service"})), now=NOW)
    path, folder = store.path, store.path.parent
    store.close()
    _as_previous_version(path)
    assert "0012_consent_chain" not in migrate.current_revisions(path, key_of(path))

    reopened = open_store(folder)  # start-up: `alembic upgrade heads`, after a backup
    try:
        assert migrate.current_revisions(path, key_of(path)) == migrate.head_revisions()
        assert list((folder / migrate.BACKUP_DIR).glob("*.db"))
        links = rows(path, "SELECT position, kind, receipt_id, hash_version FROM consent_chain "
                     "ORDER BY position")
        assert links == [(1, "carried_over", r1.id, 1), (2, "carried_over", r2.id, 1),
                         (3, "carried_over", r3.id, 1)]
        again = sign_in_as(reopened, FIRST_MANAGER)
        report = verify_consents(again)
        assert report.ok and report.links == 3 and report.receipts == 3

        r4 = capture_consent(again, b, ConsentInput(given=frozenset({"service", "contact"})),
                             now=NOW + timedelta(hours=2))
        assert rows(path, "SELECT kind, hash_version FROM consent_chain WHERE receipt_id = ?",
                    (r4.id,)) == [("receipt", 2)]
        assert verify_consents(again).ok

        # A column the old content hash never covered, on an old receipt: now found.
        tamper(path, ("consent_receipts",), [(
            "UPDATE consent_receipts SET changed_by = 'someone-else' WHERE id = ?", (r1.id,))])
        report = verify_consents(again)
        assert report.mismatch is not None and report.mismatch.receipt_id == r1.id
    finally:
        reopened.close()
