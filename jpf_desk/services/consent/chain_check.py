"""Checking the consent chain's links: the triggers that keep proof append-only, every
link's hash and rows, each receipt against its newest link, and the local head.

The links' own hashes prove nothing against someone who recomputes all of them; what
they add is that every stored column and every event is covered, that a redacted
receipt is sealed too, and that the newest record cannot simply vanish: the head is
repeated in a store setting and SQLite's AUTOINCREMENT counter, and (services.consent.
anchor) at head office, which a person with the desk's file cannot rewrite.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from jpf_desk.domain import chain
from jpf_desk.store.chain_links import MISSING, events_part, local_store_id, stored_rows
from jpf_desk.store.models.consent_chain import CHAIN_HEAD_SETTING, CHAIN_TABLE, expected_triggers

BATCH = 300  # links (or receipts) whose rows are read in one go


@dataclass(frozen=True)
class ChainProblem:
    """What is wrong and where: a record id (receipt, event) or a trigger's name, a link
    position; never the content (it holds personal data)."""

    reason: str
    receipt_id: str = ""
    event_id: str | None = None
    position: int | None = None
    trigger: str | None = None


@dataclass(frozen=True)
class ChainState:
    links: int
    head_position: int
    head_hash: str
    problem: ChainProblem | None


def _normal(sql: str) -> str:
    return " ".join(sql.split())


def check_triggers(conn: Connection) -> ChainProblem | None:
    """Each append-only trigger must exist with the SQL the migrations gave it."""
    found = {str(name): str(sql) for name, sql in conn.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))}
    for name, sql in sorted(expected_triggers().items()):
        if _normal(found.get(name, "")) != _normal(sql):
            return ChainProblem("trigger", trigger=name)
    return None


def _links(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(text(
        f"SELECT * FROM {CHAIN_TABLE} ORDER BY position")).mappings()]


def _link_problem(link: dict[str, Any], covered: dict[str, Any],
                  fetched: dict[str, dict[str, Any]], position: int,
                  previous: str) -> ChainProblem | None:
    receipt = str(link["receipt_id"] or "")
    if link["position"] != position:
        return ChainProblem("link_gap", receipt, position=position)
    if link["previous_hash"] != previous:
        return ChainProblem("link", receipt, position=position)
    fields = chain.link_fields(
        position=link["position"], store_id=link["store_id"], kind=link["kind"],
        receipt_id=link["receipt_id"], hash_version=link["hash_version"],
        covered=link["covered"], rows_digest=link["rows_digest"],
        recorded_at=link["recorded_at"])
    if chain.link_hash(previous, fields) != link["link_hash"]:
        return ChainProblem("link", receipt, position=position)
    sealed: dict[str, str] = covered["events"]
    if chain.rows_digest(covered["receipt_digest"], sealed) != link["rows_digest"]:
        return ChainProblem("link", receipt, position=position)
    now = events_part(covered["columns"]["consent_events"], sorted(sealed), fetched)
    for event_id in sorted(sealed):
        if now[event_id] != sealed[event_id]:
            reason = "sealed_event_missing" if now[event_id] == MISSING else "sealed_event"
            return ChainProblem(reason, receipt, event_id=event_id, position=position)
    return None


def _newest_per_receipt(links: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    newest: dict[str, dict[str, Any]] = {}
    for link in links:
        if link["receipt_id"] is not None:
            newest[str(link["receipt_id"])] = link
    return newest


def _receipts_problem(conn: Connection, links: list[dict[str, Any]],
                      store_id: str) -> ChainProblem | None:
    """Each sealed receipt as stored now matches its newest link (a redaction's, if any);
    every receipt of this store is sealed."""
    newest = _newest_per_receipt(links)
    sealed = list(newest.items())
    for start in range(0, len(sealed), BATCH):
        part = sealed[start:start + BATCH]
        stored = stored_rows(conn, "consent_receipts", [r for r, _link in part])
        for receipt_id, link in part:
            covered = json.loads(link["covered"])
            if receipt_id not in stored:
                return ChainProblem("sealed_missing", receipt_id, position=link["position"])
            now = chain.receipt_digest(chain.row_values(
                stored[receipt_id], covered["columns"]["consent_receipts"]))
            if now != covered["receipt_digest"]:
                return ChainProblem("sealed_row", receipt_id, position=link["position"])
    ours = conn.execute(text("SELECT id FROM consent_receipts WHERE store_id = :s "
                             "ORDER BY chain_position"), {"s": store_id}).scalars().all()
    for receipt_id in ours:
        if receipt_id not in newest:
            return ChainProblem("unsealed", str(receipt_id))
    return None


def _head_problem(conn: Connection, position: int, head_hash: str) -> ChainProblem | None:
    """The newest link, the head setting and SQLite's counter must all agree."""
    setting = conn.execute(text("SELECT value FROM store_settings WHERE key = :k"),
                           {"k": CHAIN_HEAD_SETTING}).scalar()
    kept = json.loads(setting) if setting else {"position": 0, "hash": ""}
    counter = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :n"),
                           {"n": CHAIN_TABLE}).scalar() or 0
    if (kept["position"], kept["hash"]) != (position, head_hash) or int(counter) != position:
        return ChainProblem("head", position=position)
    return None


def check_links(conn: Connection) -> ChainState:
    """Walk the links from the store's genesis; the first problem found is reported."""
    problem = check_triggers(conn)
    store_id = local_store_id(conn)
    links = _links(conn)
    previous = chain.link_genesis(store_id)
    for start in range(0, len(links), BATCH):
        part = links[start:start + BATCH]
        covereds = [json.loads(link["covered"]) for link in part]
        fetched = (stored_rows(conn, "consent_events",
                               [i for c in covereds for i in c["events"]])
                   if problem is None else {})
        for n, (link, covered) in enumerate(zip(part, covereds, strict=True)):
            position = start + n + 1
            problem = problem or _link_problem(link, covered, fetched, position, previous)
            previous = str(link["link_hash"])
    head_position = len(links)
    head_hash = previous if links else ""
    problem = (problem or _receipts_problem(conn, links, store_id)
               or _head_problem(conn, head_position, head_hash))
    return ChainState(len(links), head_position, head_hash, problem)


def link_hash_at(conn: Connection, position: int) -> str | None:
    """The local link hash at `position` (None when there is no such link)."""
    value = conn.execute(text(f"SELECT link_hash FROM {CHAIN_TABLE} WHERE position = :p"),
                         {"p": position}).scalar()
    return None if value is None else str(value)


