"""A throw-away PostgreSQL server in a temporary directory (tests and bench).

Binaries from /usr/lib/postgresql/*/bin; run as the `postgres` user through runuser
when we are root (initdb refuses root); a free port, the socket in the directory,
password authentication, fsync off.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

SUPERUSER_PASSWORD = "pg-test-" + uuid.uuid4().hex


def find_pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bin: Path
    dir: Path
    port: int

    @property
    def as_root(self) -> bool:
        return os.geteuid() == 0

    def _run(self, *cmd: str) -> None:
        full = [str(self.bin / cmd[0]), *cmd[1:]]
        if self.as_root:
            full = ["runuser", "-u", "postgres", "--", *full]
        subprocess.run(full, check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        opts = (f"-k {self.dir} -p {self.port} -c listen_addresses='' -c fsync=off "
                "-c full_page_writes=off -c max_connections=50")
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-l", str(self.dir / "log"),
                  "-w", "-t", "60", "-o", opts, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-w", "-m", mode, "stop")

    def restart_immediate(self) -> None:
        """A crash as far as clients are concerned: every backend killed, no checkpoint."""
        self.stop("immediate")
        self.start()

    def dsn(self, dbname: str = "postgres", user: str = "postgres",
            password: str = SUPERUSER_PASSWORD) -> str:
        return psycopg.conninfo.make_conninfo(
            host=str(self.dir), port=self.port, dbname=dbname, user=user, password=password)

    @property
    def socket_path(self) -> str:
        return str(self.dir / f".s.PGSQL.{self.port}")

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)



def start_server(pg_bin: Path) -> PgServer:
    folder = Path(tempfile.mkdtemp(prefix="jpf-pg-"))
    server = PgServer(pg_bin, folder, _free_port())
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if server.as_root:
        pw = pwd.getpwnam("postgres")
        os.chown(folder, pw.pw_uid, pw.pw_gid)
        os.chown(pwfile, pw.pw_uid, pw.pw_gid)
    server._run("initdb", "-D", str(folder / "data"), "-U", "postgres",
                "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync")
    server.start()
    return server
