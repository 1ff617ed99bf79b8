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

Up to two connections are kept per process (one desk per process): the sync's own and
the push's second lane (client.py), which otherwise paid a new connection and a cold
head-office backend (its catalogue caches empty, its statements not prepared) at every
sync of more than one batch. A sync that finds no kept connection simply opens its own.
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


KEEP = 2  # connections kept: the sync's and its push's second lane

_lock = threading.Lock()
_kept: list[tuple[ConnectionSettings, str, Conn]] = []


def take(settings: ConnectionSettings) -> Taken:
    """A kept connection for these settings and the keyring's password if one is
    still alive, else a new one (autocommit, as the sync uses it)."""
    password = get_secret(secret_name(settings.user)) if settings.configured else None
    kept = take_kept(settings, password)
    if kept is not None:
        return Taken(kept, reused=True)
    fresh = connect(settings, password)
    fresh.autocommit = True
    return Taken(fresh, reused=False)


def take_kept(settings: ConnectionSettings, password: str | None) -> Conn | None:
    """A kept connection for these settings and password that looks alive, or None.
    Kept connections for other settings or passwords, or dead, are closed."""
    while True:
        with _lock:
            if not _kept:
                return None
            kept_settings, kept_password, conn = _kept.pop()
        if kept_settings == settings and kept_password == password and _alive(conn):
            return conn
        conn.close()


def give_back(settings: ConnectionSettings, conn: Conn) -> None:
    """Keep `conn` for the next sync, if it is idle and whole and fewer than KEEP are
    kept (else close it)."""
    usable = (not conn.closed and not conn.broken
              and conn.info.transaction_status == TransactionStatus.IDLE)
    password = get_secret(secret_name(settings.user)) if usable else None
    if not usable or password is None:
        conn.close()
        return
    with _lock:
        if len(_kept) < KEEP:
            _kept.append((settings, password, conn))
            return
    conn.close()


def drop() -> None:
    """Close the kept connections (the program ends, or the settings changed)."""
    with _lock:
        old = list(_kept)
        _kept.clear()
    for _settings, _password, conn in old:
        conn.close()


def _alive(conn: Conn) -> bool:
    if conn.closed or conn.broken:
        return False
    try:
        readable, _w, failed = select.select([conn.fileno()], [], [conn.fileno()], 0)
    except (OSError, ValueError, psycopg.Error):
        return False
    return not readable and not failed


atexit.register(drop)
