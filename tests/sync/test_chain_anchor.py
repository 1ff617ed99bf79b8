"""Issue 14: the consent chain anchored at head office.

Each sync sends the chain head; head office keeps every head, append-only, readable by
the desk's own centre only; `verify` compares and catches what no local check can: the
whole chain recomputed, the newest records cut with their local head.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import keyring
import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from jpf_desk.cli import main
from jpf_desk.services.consent.anchor import compare_with_head_office
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.integrity import canonical, chain_hash, event_digest, genesis_hash
from jpf_desk.services.consent.queries import list_receipts
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.chain_links import append_link
from tests.consent.attacker import rows, tamper
from tests.consent.builders import NOW, new_adult
from tests.helpers.staff import password_on_stdin, signed_in_args
from tests.helpers.stores import RawRow, open_raw, raw_engine
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk

ALL = ("consent_receipts", "consent_events", "consent_chain")


def _receipts(made: CentreDesk, count: int) -> list[str]:
    ids = []
    for n in range(count):
        cid = new_adult(made.desk, f"Khách Thị Thử{chr(65 + n)}")
        ids.append(capture_consent(made.desk, cid, ConsentInput(given=frozenset({"service"})),
                                   now=NOW + timedelta(minutes=n)).id)
    return ids


def _heads(ho: HeadOffice) -> list[tuple[object, ...]]:
    with ho.admin() as conn:
        return conn.execute("SELECT store_id, centre_id, position, head_hash "
                            "FROM ho.chain_heads ORDER BY position").fetchall()


def _store_id(made: CentreDesk) -> str:
    return str(rows(made.desk.store.path,
                    "SELECT value FROM store_settings WHERE key = 'store_id'")[0][0])


def _verify_cli(made: CentreDesk, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:  # the desk's manager signs in
        password_on_stdin(patch)
        code = main(["--lang", "en", "verify", "--data-dir", str(made.data_dir),
                     *signed_in_args("Trần Văn Thử")])
    return code, capsys.readouterr().out


def test_each_sync_anchors_the_head_and_the_desk_key(make_desk: MakeDesk,
                                                     head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    _receipts(a, 2)
    sync_now(a.desk)
    _receipts(a, 1)
    sync_now(a.desk)
    sync_now(a.desk)  # nothing new: the same head is not stored twice
    links = rows(a.desk.store.path, "SELECT position, link_hash FROM consent_chain "
                 "ORDER BY position")
    store = _store_id(a)
    assert _heads(head_office) == [(store, a.desk.actor.centre_id, 2, links[1][1]),
                                   (store, a.desk.actor.centre_id, 3, links[2][1])]
    # The key head office holds is the public half of the one in the desk's keyring.
    raw = base64.b64decode(keyring.get_password("jpf-desk", f"consent-signing-key:{store}"))
    public = Ed25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw()
    with head_office.admin() as conn:
        held = conn.execute("SELECT public_key FROM ho.desk_keys WHERE store_id = %s",
                            (store,)).fetchone()
    assert held is not None and base64.b64decode(str(held[0])) == public
    report = compare_with_head_office(a.desk)
    assert report.status == "compared" and report.ok and report.heads == 2


def _reseal_everything(made: CentreDesk) -> None:
    """The attacker's whole-chain recompute, with the program's own code: every link
    dropped and written again over the rows as they now are, local head and counter too."""
    path = made.desk.store.path
    store = _store_id(made)
    receipts = rows(path, "SELECT id FROM consent_receipts ORDER BY chain_position")
    tamper(path, ALL, [("DELETE FROM consent_chain", ()),
                       ("DELETE FROM sqlite_sequence WHERE name = 'consent_chain'", ())])
    engine = raw_engine(path)
    with engine.begin() as conn:
        for (receipt_id,) in receipts:
            events = [e for (e,) in conn.exec_driver_sql(
                "SELECT id FROM consent_events WHERE receipt_id = ?", (receipt_id,))]
            append_link(conn, store_id=store, kind="receipt", receipt_id=str(receipt_id),
                        event_ids=events)
    engine.dispose()


def _rewrite_history(made: CentreDesk, receipt_id: str, when: datetime) -> None:
    """The attacker moves a consent back in time (content and column) and recomputes the
    content-hash chain and every event digest after it, with the program's own code."""
    path = made.desk.store.path
    conn = open_raw(path)
    conn.row_factory = RawRow
    store = _store_id(made)
    previous, statements = genesis_hash(store), []
    for row in conn.execute("SELECT * FROM consent_receipts WHERE store_id = ? "
                            "ORDER BY chain_position", (store,)).fetchall():
        content, column = json.loads(row["content"]), row["consented_at"]
        if row["id"] == receipt_id:
            content["consented_at"] = when.isoformat()
            column = when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        digest = chain_hash(previous, canonical(content))
        statements.append(("UPDATE consent_receipts SET content = ?, consented_at = ?, "
                           "previous_hash = ?, content_hash = ? WHERE id = ?",
                           (canonical(content).decode(), column, previous, digest, row["id"])))
        for e in conn.execute("SELECT * FROM consent_events WHERE receipt_id = ?",
                              (row["id"],)).fetchall():
            occurred = datetime.fromisoformat(e["occurred_at"]).replace(tzinfo=UTC)
            statements.append(("UPDATE consent_events SET digest = ? WHERE id = ?", (
                event_digest(receipt_hash=digest, event_id=e["id"], customer_id=e["customer_id"],
                             receipt_id=e["receipt_id"], purpose=e["purpose"],
                             partner_id=e["partner_id"], partner_name=e["partner_name"],
                             action=e["action"], occurred_at=occurred, sequence=e["sequence"]),
                e["id"])))
        previous = digest
    conn.close()
    tamper(path, ALL, statements)
    _reseal_everything(made)


def test_the_whole_chain_recomputed_is_found_against_head_office(
        make_desk: MakeDesk, head_office: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_desk("HN1")
    ids = _receipts(a, 3)
    sync_now(a.desk)
    _rewrite_history(a, ids[0], NOW - timedelta(days=30))
    assert verify_consents(a.desk).ok  # recomputed: nothing local can tell
    listed = {r.id: r.consented_at for r in list_receipts(a.desk)}
    assert listed[ids[0]] == NOW - timedelta(days=30)
    report = compare_with_head_office(a.desk)
    assert report.problem is not None
    assert (report.problem.reason, report.problem.position) == ("anchor_differs", 3)
    code, out = _verify_cli(a, capsys)
    assert code == 1 and "MISMATCH" in out and "chain link 3" in out
    assert "recomputed" in out and "Thử" not in out


def test_one_column_changed_and_links_recomputed_is_found_against_head_office(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    ids = _receipts(a, 3)
    sync_now(a.desk)
    tamper(a.desk.store.path, ("consent_receipts",), [(
        "UPDATE consent_receipts SET changed_by = NULL, created_at = '2026-01-01 00:00:00' "
        "WHERE id = ?", (ids[0],))])
    assert not verify_consents(a.desk).ok  # the plain edit: found locally
    _reseal_everything(a)
    assert verify_consents(a.desk).ok
    report = compare_with_head_office(a.desk)
    assert report.problem is not None and report.problem.reason == "anchor_differs"


def test_newest_receipt_cut_with_its_local_head_is_found_against_head_office(
        make_desk: MakeDesk, head_office: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_desk("HN1")
    ids = _receipts(a, 3)
    sync_now(a.desk)
    path = a.desk.store.path
    (before,) = rows(path, "SELECT link_hash FROM consent_chain WHERE position = 2")[0]
    tamper(path, ALL, [
        ("DELETE FROM consent_events WHERE receipt_id = ?", (ids[2],)),
        ("DELETE FROM consent_receipts WHERE id = ?", (ids[2],)),
        ("DELETE FROM consent_chain WHERE position = 3", ()),
        ("UPDATE sqlite_sequence SET seq = 2 WHERE name = 'consent_chain'", ()),
        ("UPDATE store_settings SET value = ? WHERE key = 'consent_chain_head'",
         (json.dumps({"position": 2, "hash": before}),)),
    ])
    assert verify_consents(a.desk).ok  # cut cleanly: the local checks cannot tell
    code, out = _verify_cli(a, capsys)
    assert code == 1 and "position 3" in out and "only 2 links" in out
    # Nor can the cut desk hide it at the next sync: head office refuses a head going back.
    sync_now(a.desk)
    assert [h[2] for h in _heads(head_office)] == [3]


def test_verify_says_when_it_last_compared(make_desk: MakeDesk, head_office: HeadOffice,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    a = make_desk("HN1")
    _receipts(a, 1)
    sync_now(a.desk)
    code, out = _verify_cli(a, capsys)
    assert code == 0 and "Compared with head office (1 chain heads received)" in out
    conn = open_raw(a.desk.store.path)
    with conn:
        conn.execute("UPDATE store_settings SET value = '1' WHERE key = 'sync.port'")
    conn.close()
    code, out = _verify_cli(a, capsys)
    assert code == 0 and "Head office unreachable: not compared this time" in out
    assert "Last compared: 20" in out and "never" not in out


def test_head_office_keeps_heads_per_centre_and_append_only(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a, b = make_desk("HN1"), make_desk("HCM1")
    _receipts(a, 1)
    sync_now(a.desk)
    store_a = _store_id(a)
    (head_hash,) = [h[3] for h in _heads(head_office)]
    with head_office.as_role(b.role, b.password) as conn:
        assert conn.execute("SELECT * FROM ho.chain_heads").fetchall() == []
        assert conn.execute("SELECT * FROM ho.desk_keys").fetchall() == []
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT ho.record_chain_head(%s, 2, %s, '')", (store_a, "0" * 64))
        for statement in ("UPDATE ho.chain_heads SET head_hash = head_hash",
                          "DELETE FROM ho.chain_heads",
                          "INSERT INTO ho.chain_heads (store_id, centre_id, position, head_hash)"
                          f" VALUES ('x', '{b.desk.actor.centre_id}', 1, '{'0' * 64}')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with head_office.as_role(a.role, a.password) as conn:
        assert len(conn.execute("SELECT * FROM ho.chain_heads").fetchall()) == 1
        for statement in ("UPDATE ho.chain_heads SET head_hash = head_hash",
                          "DELETE FROM ho.desk_keys"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.CheckViolation):  # a head never changes
            conn.execute("SELECT ho.record_chain_head(%s, 1, %s, '')", (store_a, "1" * 64))
        conn.execute("SELECT ho.record_chain_head(%s, 1, %s, '')", (store_a, head_hash))
    with head_office.admin() as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM ho.chain_heads")  # not even head office's own SQL
    assert len(_heads(head_office)) == 1


def test_head_office_step_applies_on_the_previous_version_with_data(
        pg_server, monkeypatch: pytest.MonkeyPatch) -> None:
    """From the schema as it was before the anchors (whatever its step numbers) with a row."""
    from jpf_desk.sync.head_office import schema
    from jpf_desk.sync.head_office.migrations import STEPS
    from tests.sync.older_head_office import head_office_through

    ours = [n for n, (_v, _what, sql) in enumerate(STEPS) if "chain_heads (" in sql]
    assert len(ours) == 1
    with head_office_through(pg_server, monkeypatch, ours[0]) as (conn, _dbname):
        conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                     "origin_store) VALUES ('customers', 'k1', 'c1', 1, '{}', 's')")
        assert conn.execute("SELECT to_regclass('ho.chain_heads')").fetchone() == (None,)
        applied = schema.migrate(conn)
        assert STEPS[ours[0]][0] in applied
        assert conn.execute("SELECT count(*) FROM ho.rows").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM ho.chain_heads").fetchone() == (0,)
        assert schema.migrate(conn) == []


def test_a_desk_key_other_than_head_office_s_is_found(
        make_desk: MakeDesk, head_office: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_desk("HN1")
    _receipts(a, 1)
    sync_now(a.desk)
    other = base64.b64encode(Ed25519PrivateKey.generate().private_bytes_raw()).decode()
    keyring.set_password("jpf-desk", f"consent-signing-key:{_store_id(a)}", other)
    code, out = _verify_cli(a, capsys)
    assert code == 1 and out.startswith("MISMATCH: this desk: this desk's signing key differs")


def test_a_head_office_not_upgraded_yet_does_not_stop_the_sync(
        make_desk: MakeDesk, head_office: HeadOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_desk("HN1")
    with head_office.admin() as conn:
        conn.execute("DROP FUNCTION ho.record_chain_head(text, bigint, text, text)")
        conn.execute("DROP TABLE ho.chain_heads")
    _receipts(a, 1)
    report = sync_now(a.desk)
    assert report.pushed > 0
    code, out = _verify_cli(a, capsys)
    assert code == 0 and "Head office unreachable: not compared this time" in out
