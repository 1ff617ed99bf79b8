"""The desk keeps its head-office connection open between syncs (issue 11).

Opening a connection costs three round trips before the first statement (the start-up
message and the two steps of SCRAM password authentication), more with TLS: over a
centre's slow line that was most of an empty sync. So a sync that ended well leaves its
connection here, and the next sync with the same settings and password takes it back:
an empty sync is then one round trip, the pull.

A kept connection may have died meanwhile (head office restarted, an administrator
ended it, the line broke: the keepalives set by `connection.connect` notice that while
it idles). Before it is reused, its socket is looked at without waiting: on an idle
connection nothing may be waiting to be read, so anything there (a FATAL message, the
end of the stream, an error) means it is gone, and a new one is opened. What that look
cannot see makes the first statement fail; the sync then starts again once on a new
connection (client.py).

One connection is kept per process (one desk per process): a sync that finds the slot
empty or taken by another run simply opens its own.
"""

from __future__ import annotations

import atexit
import select
import threading
from dataclasses import dataclass

import psycopg
from psycopg.pq import TransactionStatus

from jpf_desk.secrets import get_secret
from jpf_desk.sync.connection import ConnectionSettings, connect, secret_name
from jpf_desk.sync.protocol import Conn


@dataclass(frozen=True)
class Taken:
    conn: Conn
    reused: bool  # a kept connection: if its first statement fails, try a new one


_lock = threading.Lock()
_kept: tuple[ConnectionSettings, str, Conn] | None = None


def take(settings: ConnectionSettings) -> Taken:
    """The kept connection for these settings and the keyring's password if it is
    still alive, else a new one (autocommit, as the sync uses it)."""
    global _kept
    password = get_secret(secret_name(settings.user)) if settings.configured else None
    with _lock:
        kept, _kept = _kept, None
    if kept is not None:
        kept_settings, kept_password, conn = kept
        if kept_settings == settings and kept_password == password and _alive(conn):
            return Taken(conn, reused=True)
        conn.close()
    fresh = connect(settings, password)
    fresh.autocommit = True
    return Taken(fresh, reused=False)


def give_back(settings: ConnectionSettings, conn: Conn) -> None:
    """Keep `conn` for the next sync, if it is idle and whole (else close it)."""
    global _kept
    usable = (not conn.closed and not conn.broken
              and conn.info.transaction_status == TransactionStatus.IDLE)
    password = get_secret(secret_name(settings.user)) if usable else None
    if not usable or password is None:
        conn.close()
        return
    with _lock:
        old, _kept = _kept, (settings, password, conn)
    if old is not None:
        old[2].close()


def drop() -> None:
    """Close the kept connection (the program ends, or the settings changed)."""
    global _kept
    with _lock:
        old, _kept = _kept, None
    if old is not None:
        old[2].close()


def _alive(conn: Conn) -> bool:
    if conn.closed or conn.broken:
        return False
    try:
        readable, _w, failed = select.select([conn.fileno()], [], [conn.fileno()], 0)
    except (OSError, ValueError, psycopg.Error):
        return False
    return not readable and not failed


atexit.register(drop)
