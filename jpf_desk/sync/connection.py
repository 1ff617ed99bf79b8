"""How this desk reaches head office: settings in the store, the password in the keyring.

Nothing secret is ever written to the store or a file: host, database, role name and
TLS options are settings; the role's password is only in the system keyring.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.secrets import get_secret, set_secret
from jpf_desk.store.models import StoreSetting

PREFIX = "sync."
SECRET_PREFIX = "head-office-password:"
CONNECT_TIMEOUT_S = 10
# Generous: a 2,000-row batch over a slow centre line can take a minute; a dead line is
# caught sooner by keepalives and the TCP user timeout, a stuck lock by lock_timeout.
STATEMENT_TIMEOUT_MS = 300_000


class NotConnected(Exception):
    """This desk has no head-office connection set up (or no password in the keyring)."""

    code = "sync.not_configured"


class InsecureRefused(Exception):
    """A TLS mode that may send the password and the centre's data in clear, to a host
    that is not this machine, without the explicit `insecure` setting."""

    code = "sync.insecure_tls"


# Modes under which libpq may talk without TLS or without checking who answers.
WEAK_SSL_MODES = ("disable", "allow", "prefer")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def is_local(host: str) -> bool:
    """A unix socket (a path) or this machine's loopback: no network to listen on."""
    return host.startswith("/") or host in LOCAL_HOSTS


def refuses_insecure(settings: ConnectionSettings) -> bool:
    return (settings.sslmode in WEAK_SSL_MODES and not is_local(settings.host)
            and not settings.insecure)


@dataclass(frozen=True)
class ConnectionSettings:
    host: str = ""
    port: int = 5432
    dbname: str = "jpf"
    user: str = ""
    sslmode: str = "verify-full"
    sslrootcert: str = ""
    sslcert: str = ""
    sslkey: str = ""
    connect_timeout: int = CONNECT_TIMEOUT_S
    insecure: bool = False  # a weak TLS mode to a remote host, asked for explicitly

    @property
    def configured(self) -> bool:
        return bool(self.host and self.user)


def load_settings(session: Session) -> ConnectionSettings:
    """One query for every field (every sync starts here: a lookup per field cost 3 ms)."""
    values: dict[str, Any] = {}
    defaults = ConnectionSettings()
    stored = {str(k): str(v) for k, v in session.execute(
        select(StoreSetting.key, StoreSetting.value)
        .where(StoreSetting.key.in_([PREFIX + f.name for f in fields(ConnectionSettings)])))}
    for f in fields(ConnectionSettings):
        value = stored.get(PREFIX + f.name)
        if value is None:
            continue
        default = getattr(defaults, f.name)
        if isinstance(default, bool):
            values[f.name] = value == "True"
        elif isinstance(default, int):
            values[f.name] = int(value)
        else:
            values[f.name] = value
    return replace(defaults, **values)


def save_settings(session: Session, settings: ConnectionSettings) -> None:
    for f in fields(ConnectionSettings):
        key = PREFIX + f.name
        value = str(getattr(settings, f.name))
        row = session.get(StoreSetting, key)
        if row is None:
            session.add(StoreSetting(key=key, value=value))
        else:
            row.value = value


def secret_name(user: str) -> str:
    return SECRET_PREFIX + user


def store_password(user: str, password: str) -> None:
    set_secret(secret_name(user), password)


def connect(settings: ConnectionSettings,
            password: str | None = None) -> psycopg.Connection[tuple[Any, ...]]:
    """A connection with every network step bounded: connect, each statement, idle
    transactions, and a dead peer (TCP keepalives and user timeout). The password is
    the keyring's unless given (checking one before it is kept)."""
    if not settings.configured:
        raise NotConnected()
    if refuses_insecure(settings):  # settings kept by an older version, or edited
        raise InsecureRefused()
    password = password or get_secret(secret_name(settings.user))
    if password is None:
        raise NotConnected()
    params: dict[str, Any] = {
        "host": settings.host, "port": settings.port, "dbname": settings.dbname,
        "user": settings.user, "password": password,
        "connect_timeout": settings.connect_timeout,
        "application_name": "jpf-desk-sync",
        # libpq otherwise first asks for GSSAPI encryption whenever a Kerberos ticket
        # cache exists: one more round trip for a method head office never offers.
        "gssencmode": "disable",
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
                   f"-c idle_in_transaction_session_timeout={STATEMENT_TIMEOUT_MS} "
                   "-c lock_timeout=30000",
    }
    if not settings.host.startswith("/"):  # TCP: TLS and dead-peer detection
        params.update(sslmode=settings.sslmode, keepalives=1, keepalives_idle=10,
                      keepalives_interval=5, keepalives_count=3, tcp_user_timeout=30_000)
        for name in ("sslrootcert", "sslcert", "sslkey"):
            if getattr(settings, name):
                params[name] = getattr(settings, name)
    return psycopg.connect(**params)
