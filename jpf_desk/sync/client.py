"""One sync run: pull what head office has, push the outbox, never lose a change.

Order: pull first (so a row changed on both sides becomes a conflict before we push),
then parked rows are tried once more, then push batch after batch (an unacknowledged
batch from an earlier, cut run goes first, under its old id), then pull again if head
office turned some rows away, so they land in the conflict list. Every local step is a
short SQLite transaction; the desk stays usable while the network is slow.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace

import psycopg
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from jpf_desk.store import clock_offset
from jpf_desk.store.base import utcnow
from jpf_desk.store.engine import Store
from jpf_desk.store.models import OutboxEntry, SyncConflict
from jpf_desk.store.scrub import compact_store_file
from jpf_desk.sync import anchor, inbox, kept_line, outbox, own_seqs, parking, reference, restore
from jpf_desk.sync.batch_order import Gate
from jpf_desk.sync.connection import ConnectionSettings, connect, load_settings
from jpf_desk.sync.erased_refusals import acknowledge_batch
from jpf_desk.sync.errors import SyncFailed, classify
from jpf_desk.sync.limits import MAX_PAGE_BYTES
from jpf_desk.sync.protocol import Conn, Key, PulledRow, PushResult, fetch_rows, push_batch
from jpf_desk.sync.pull import FetchedPage, fetch_page
from jpf_desk.sync.turned_away import hold_left_over

log = logging.getLogger(__name__)


# (done, total, step) with step "pull" or "push": the window words it for people.
Progress = Callable[[int, int, str], None]
AHEAD = 3  # batches claimed and not yet acknowledged: two lanes busy, one ready
FIRST_BATCH = 400  # rows: head office starts applying while larger batches are read
# Rows per pulled page (one SQLite transaction each). A joining desk, which nobody uses
# yet, takes larger pages: every page costs a commit (its changed pages encrypted and
# written again) and per-page look-ups: 10,000 took a sixth off a 150,000-row join's CPU.
PAGE_ROWS = 2000
JOIN_PAGE_ROWS = 10_000


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    refused: int
    batches: int
    seconds: float
    settled: reference.Settlement = reference.Settlement()  # shared rows made here
    parked: int = 0  # pulled rows waiting for a parent (retried at every pull)
    quarantined: int = 0  # pulled rows that failed the desk's checks
    restored: bool = False  # this sync found the store to be an older copy of itself
    # (old, new) numbers of receipts to print again (sync/receipt_clash.py)
    renumbered: tuple[tuple[str, str], ...] = ()


@dataclass
class SyncRun:
    store: Store
    centre_id: str
    store_id: str
    progress: Progress | None = None
    check_cancelled: Callable[[], None] | None = None
    hook: Callable[[str], None] | None = None
    batch_size: int = 2000
    page_size: int = PAGE_ROWS
    page_bytes: int = MAX_PAGE_BYTES  # JSON text of a pulled page (sync/pull.py)
    _pushed: int = 0
    _pulled: int = 0
    _refused: int = 0
    _batches: int = 0
    _rejected: set[Key] = field(default_factory=set)
    _erased: set[Key] = field(default_factory=set)  # refused: their person is erased
    _restored: bool = False
    _renumbered: list[tuple[str, str]] = field(default_factory=list)
    _settings: ConnectionSettings = field(default_factory=ConnectionSettings)
    _settled: reference.Settlement = field(default_factory=reference.Settlement)
    _anchored: tuple[int, str] | None = None  # the chain head head office holds
    _progressed: bool = False  # head office answered a pull: no silent retry after

    def run(self, settings: ConnectionSettings | None = None) -> SyncReport:
        started = time.monotonic()
        with self.store.session(self.centre_id, None) as s:
            inbox.state(s).last_attempt_at = utcnow()
            settings = settings or load_settings(s)
        self._settings = settings
        try:
            line = kept_line.take(settings)
            try:
                try:
                    self._exchange(line.conn)
                except psycopg.OperationalError:
                    if not line.reused or self._progressed:
                        raise
                    # The kept connection had died unseen; nothing was done through it.
                    # The other kept one (the push's second lane) most likely too: head
                    # office restarted, or the line broke.
                    log.info("the kept head-office connection was gone: opening a new one")
                    line.conn.close()
                    kept_line.drop()
                    line = kept_line.take(settings)
                    self._exchange(line.conn)
            except BaseException:
                line.conn.close()
                raise
            kept_line.give_back(settings, line.conn)
        except BaseException as exc:
            failure = classify(exc)
            self._record_failure(failure.code if failure is not None else "sync.stopped")
            if failure is not None and failure is not exc:
                raise failure from exc
            raise
        with self.store.session(self.centre_id, None) as s:
            st = inbox.state(s)
            st.last_sync_at = utcnow()
            st.last_error = ""
            st.last_pushed, st.last_pulled = self._pushed, self._pulled
            conflicts = s.scalar(select(func.count()).select_from(SyncConflict)) or 0
            parked, quarantined = parking.counts(s)
        return SyncReport(self._pushed, self._pulled, conflicts, self._refused,
                          self._batches, time.monotonic() - started, self._settled,
                          parked, quarantined, self._restored, tuple(self._renumbered))

    # -- steps -------------------------------------------------------------------------

    def _exchange(self, conn: Conn) -> None:
        """Everything said to head office. An empty sync is one statement: the pull
        (with the centre's offers and the chain head head office holds)."""
        # Before the pull: shared rows made here give way to head office's.
        self._settled = reference.settle(self.store, self.centre_id, conn)
        self._pull_all(conn, first=True)
        self._push_all(conn)
        if self._erased:  # erased here as they were acknowledged: the file too
            compact_store_file(self.store.engine)
        anchor.send_head(conn, self.store, self.centre_id, self.store_id, self._anchored)
        if self._rejected:
            self._pull_all(conn, first=False)
            self._hold_rejected(conn)

    def _tick(self, text: str) -> None:
        if self.check_cancelled is not None:
            self.check_cancelled()
        if self.progress is not None:
            with self.store.session(self.centre_id, None) as s:
                left = s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
            self.progress(self._pushed, self._pushed + left, text)

    def _step(self, name: str) -> None:
        if self.hook is not None:
            self.hook(name)

    def _pull_all(self, conn: Conn, *, first: bool) -> None:
        """Pages until head office has nothing newer; the first one also tells whether
        this store is an older copy of itself (then it is pulled again with the desk's
        own rows). One round trip per page; while a page that was cut (by its rows or
        its bytes) is applied here, the next one is already being fetched (a joining
        desk waits on the line or on its disk, not on both). The page fetched ahead is
        kept as text, decoded only when its turn comes: one decoded page at a time."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            self._pull_pages(conn, fetcher, first=first)

    def _pull_pages(self, conn: Conn, fetcher: ThreadPoolExecutor, *, first: bool) -> None:
        summary = offers = first
        ahead: tuple[tuple[int, int], Future[FetchedPage]] | None = None
        while True:
            self._tick("pull")
            with self.store.session(self.centre_id, None) as s:
                cursor = inbox.state(s).cursor
                own_until = restore.own_rows_until(s)
                own = own_seqs.above(s, cursor)
            if ahead is not None and ahead[0] == (cursor, own_until):
                fetched = ahead[1].result()
            else:
                if ahead is not None:  # not what is needed now; the line is free after
                    wait([ahead[1]])
                fetched = fetch_page(conn, cursor, self.store_id, self.page_size,
                                     own_until=own_until, summary=summary, offers=offers,
                                     budget=self.page_bytes, own=own)
            ahead = None
            self._progressed = True
            if offers:  # before the rows that point at them
                offers = False
                received = reference.receive_offers(self.store, self.centre_id,
                                                    fetched.offers)
                self._settled = replace(self._settled, received=received)
            if summary:
                summary = False
                self._anchored = fetched.anchored
                with self.store.session(self.centre_id, None) as s:
                    restored = restore.check(s, fetched.batches, fetched.top)
                    if fetched.clock is not None:  # measured in this very pull
                        clock_offset.record(s, fetched.clock)
                if restored:
                    log.warning("this store is an older copy of desk %s: taking back its "
                                "own later rows", self.store_id)
                    self._restored = True
                    continue
            if fetched.cursor == cursor and not fetched.lines:
                break
            if fetched.more:
                ahead = (fetched.cursor, own_until), fetcher.submit(
                    fetch_page, conn, fetched.cursor, self.store_id, self.page_size,
                    own_until=own_until, budget=self.page_bytes,
                    own=[span for span in own if span[1] > fetched.cursor])
            rows, new_cursor, more = fetched.page().rows, fetched.cursor, fetched.more
            del fetched  # its text, once decoded
            self._apply(rows, cursor, new_cursor)
            self._pulled += len(rows)
            if not more:
                break
        self._apply([], None, None)  # rows set aside: a parent came another way, or an upgrade

    def _apply(self, rows: list[PulledRow], cursor: int | None,
               new_cursor: int | None) -> None:
        """One page in one transaction (`cursor` None: only the parked rows, tried all)."""
        try:
            self._apply_once(rows, cursor, new_cursor, careful=False)
        except IntegrityError:
            log.warning("a pulled page breaks a key here; applying it row by row")
            self._apply_once(rows, cursor, new_cursor, careful=True)

    def _apply_once(self, rows: list[PulledRow], cursor: int | None,
                    new_cursor: int | None, *, careful: bool) -> None:
        applied: inbox.Applied | None = None
        with self.store.session(self.centre_id, None) as s:
            current = inbox.state(s).cursor
            if cursor is None:
                if parking.any_set_aside(s):
                    applied = inbox.apply_page(s, [], current, self.centre_id, careful=careful,
                                               retry_all=True, store_id=self.store_id,
                                               check=self.check_cancelled)
            elif current == cursor:  # else another sync applied it already
                assert new_cursor is not None
                applied = inbox.apply_page(s, rows, new_cursor, self.centre_id,
                                           careful=careful, store_id=self.store_id,
                                           check=self.check_cancelled)
            erased = bool(s.info.get(inbox.ERASURE_APPLIED))
        if applied is not None:  # committed: what it renumbered stands
            self._renumbered += applied.renumbered
        if erased:  # another desk's erasure: its old values leave this file too
            compact_store_file(self.store.engine)

    def _hold_rejected(self, conn: Conn) -> None:
        """Rows head office turned away that the pull did not make conflicts (this
        desk's own rows, which it never pulls back: an old copy put back) meet head
        office's current copy now; one still left standing on an older revision is held
        as a conflict (turned_away.py), never sent again in silence."""
        with self.store.session(self.centre_id, None) as s:
            held = {(str(t), str(r)) for t, r in s.execute(
                select(SyncConflict.table_name, SyncConflict.row_id))}
            cursor = inbox.state(s).cursor
        waiting = sorted(self._rejected - held)
        if waiting:
            current = fetch_rows(conn, waiting)
            self._apply(current, cursor, cursor)
            with self.store.session(self.centre_id, None) as s:
                hold_left_over(s, current)

    def _push_all(self, conn: Conn) -> None:
        """Batches go out on two lanes, each a connection with its own sender thread:
        one batch is copied to head office while the one before it is applied there,
        and the next is claimed and read here meanwhile (AHEAD batches in flight). A
        batch is applied only after the one before it committed (a row in both must end
        with the newer data), and not at all if that one failed. The first batch is
        small, so that head office starts working early."""
        lanes: list[tuple[Conn, ThreadPoolExecutor]] = []
        in_flight: deque[tuple[outbox.Batch, Future[PushResult], Gate]] = deque()
        gate = Gate.open()
        answered: tuple[outbox.Batch, PushResult] | None = None  # to acknowledge here
        finished = False
        try:
            while True:
                self._tick("push")
                batch, base_seq = self._claim({b.batch_id for b, _f, _g in in_flight},
                                              first=not self._batches and not in_flight,
                                              acknowledge=answered)
                answered = None
                if batch is not None:
                    lane = self._lane(lanes, conn, self._batches + len(in_flight))
                    after, gate = gate, Gate()
                    in_flight.append((batch, lane[1].submit(
                        self._send, lane[0], batch, base_seq, after, gate), gate))
                if in_flight and (batch is None or len(in_flight) >= AHEAD
                                  or in_flight[0][1].done()):
                    done, sending, _gate = in_flight.popleft()
                    answered = done, self._settle(done, sending)
                if batch is None and not in_flight:
                    if answered is not None:
                        with self.store.session(self.centre_id, None) as s:
                            acknowledge_batch(s, answered[0].batch_id, answered[1])
                            restore.note_acknowledged(s)
                    finished = True
                    return
        except BaseException:
            for _batch, sending, its_gate in in_flight:
                sending.cancel()  # not started: never will; started: stops at its gate
                its_gate.fail()
            raise
        finally:
            for line, sender in lanes:
                sender.shutdown(wait=True)
                if line is not conn:  # the second lane: kept for the next sync if whole
                    if finished:
                        kept_line.give_back(self._settings, line)
                    else:
                        line.close()

    def _lane(self, lanes: list[tuple[Conn, ThreadPoolExecutor]], conn: Conn,
              number: int) -> tuple[Conn, ThreadPoolExecutor]:
        """Batch `number` goes on lane number % 2 (opened on first use)."""
        if len(lanes) <= number % 2:
            line = conn if not lanes else self._second_connection()
            lanes.append((line, ThreadPoolExecutor(
                max_workers=1, thread_name_prefix=f"sync-send-{len(lanes)}")))
        return lanes[number % 2]

    def _second_connection(self) -> Conn:
        """A kept connection if one answers (its head-office backend is warm: catalogue
        cached, statements prepared), else a new one. The trivial statement costs one
        round trip where a new connection costs three, and a kept connection that died
        unseen does not fail the push."""
        line = kept_line.take(self._settings)
        if not line.reused:
            return line.conn
        try:
            line.conn.execute("SELECT 1")
            return line.conn
        except psycopg.OperationalError:
            log.info("a kept head-office connection was gone: opening a new one")
            line.conn.close()
        extra = connect(self._settings)
        extra.autocommit = True
        return extra

    def _claim(self, busy: set[str], *, first: bool,
               acknowledge: tuple[outbox.Batch, PushResult] | None
               ) -> tuple[outbox.Batch | None, int]:
        """The next batch, in the transaction that acknowledges the last answered one
        (one commit for both; a desk stopped before it resends that batch, which head
        office answers from its record)."""
        size = min(self.batch_size, FIRST_BATCH) if first else self.batch_size
        with self.store.session(self.centre_id, None) as s:
            if acknowledge is not None:
                acknowledge_batch(s, acknowledge[0].batch_id, acknowledge[1])
                restore.note_acknowledged(s)
            batch = outbox.claim_batch(s, size, self._rejected, busy=busy)
            return batch, inbox.state(s).cursor

    def _send(self, conn: Conn, batch: outbox.Batch, base_seq: int, after: Gate,
              done: Gate) -> PushResult:
        try:
            self._step("batch_sending")
            result = push_batch(conn, batch.batch_id, self.store_id, base_seq, batch.payload,
                                batch.size, self._step, before_apply=after.wait)
            self._step("after_remote_commit")
        except BaseException:
            done.fail()
            raise
        done.succeed()
        return result

    def _settle(self, batch: outbox.Batch, sending: Future[PushResult]) -> PushResult:
        """Wait for head office's answer to a batch and count it (the caller
        acknowledges it locally)."""
        result = sending.result()
        if result.forbidden - result.erased:
            log.warning("head office refused %d rows of batch %s (not this centre's)",
                        len(result.forbidden - result.erased), batch.batch_id)
        if result.erased:
            log.warning("head office refused %d rows of batch %s (their person is erased)",
                        len(result.erased), batch.batch_id)
        self._rejected |= result.rejected
        self._erased |= result.erased
        self._refused += len(result.forbidden) + len(batch.oversize)
        self._pushed += batch.size - len(result.rejected) - len(result.forbidden)
        self._batches += 1
        return result

    def _record_failure(self, code: str) -> None:
        try:
            with self.store.session(self.centre_id, None) as s:
                inbox.state(s).last_error = code
        except Exception:
            log.exception("could not record the sync failure")


__all__ = ["SyncFailed", "SyncReport", "SyncRun"]
