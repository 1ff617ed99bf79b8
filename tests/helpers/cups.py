"""A private CUPS scheduler for tests, and a cups-pdf queue on it whose pages come back
as PDF files.

Every test process talks to its own scheduler only: `isolate_cups()` (called by
tests/conftest.py before Qt or libcups look for printers) points CUPS_SERVER at a socket
in a private folder, so the machine's own queues are invisible to the tests and never
receive a job. libcups reads CUPS_SERVER once per thread, hence the early call.

`PrivateCups` starts `cupsd` on that socket with its configuration, spool, logs and state
in the same folder. cups-pdf reads its settings from /etc/cups only (a path fixed at build
time): a queue named N reads /etc/cups/cups-pdf-N.conf, so each queue gets such a file,
pointing its output into the private folder, removed with the queue.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path


def _tool(name: str) -> str | None:
    """Found on PATH, or in sbin (not always on a CI user's PATH)."""
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


CUPSD, LPADMIN = _tool("cupsd"), _tool("lpadmin")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF_DIR = Path("/etc/cups")
START_TIMEOUT = 15.0

# A test process killed outright (timeout, ^C twice) takes its scheduler with it.
_DIE_WITH_US = ["setpriv", "--pdeathsig", "TERM"] if shutil.which("setpriv") else []

_folder: Path | None = None


def isolate_cups() -> Path:
    """The private folder whose `cups.sock` every CUPS client of this process uses."""
    global _folder
    if _folder is None:
        # Short and world-traversable: a Unix socket path has ~100 bytes, and cupsd runs
        # its filters as user lp, which must reach the spool inside.
        _folder = Path(tempfile.mkdtemp(prefix="jpf-cups-", dir="/tmp"))
        _folder.chmod(0o755)
        atexit.register(shutil.rmtree, _folder, True)
        os.environ["CUPS_SERVER"] = str(_folder / "cups.sock")
    return _folder


def missing_tools() -> list[str]:
    """What a private cups-pdf queue needs that this machine lacks (empty: all there)."""
    missing = [name for name, path in (("cupsd", CUPSD), ("lpadmin", LPADMIN)) if path is None]
    missing += [str(p) for p in (CUPS_PDF_BACKEND, CUPS_PDF_PPD) if not p.exists()]
    if os.geteuid() != 0:
        missing.append("root (cupsd and the cups-pdf backend run as root)")
    return missing


def _run(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True, timeout=START_TIMEOUT)


@dataclass
class PdfQueue:
    name: str
    out: Path

    def wait_for_output(self, timeout: float) -> bytes:
        """The PDF that cups-pdf wrote for the queue's one job (bounded wait)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = sorted(self.out.glob("*.pdf"))
            if done:
                data = done[0].read_bytes()
                # cups-pdf writes through Ghostscript: complete once the trailer is there.
                if data.rstrip().endswith(b"%%EOF"):
                    return data
            time.sleep(0.1)
        raise TimeoutError(f"nothing printed on {self.name} within {timeout} s")


class PrivateCups:
    """cupsd with everything in `folder` (the one isolate_cups() made), stopped by stop()."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "cups.sock"
        self.queues: list[PdfQueue] = []
        for sub in ("etc/ppd", "spool/tmp", "cache", "state", "log"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / "cups-files.conf").write_text(
            f"ServerRoot {folder}/etc\nRequestRoot {folder}/spool\nTempDir {folder}/spool/tmp\n"
            f"CacheDir {folder}/cache\nStateDir {folder}/state\n"
            f"AccessLog {folder}/log/access_log\nErrorLog {folder}/log/error_log\n"
            f"PageLog {folder}/log/page_log\nSystemGroup root\nSandboxing relaxed\n")
        (folder / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel warn\nBrowsing No\nWebInterface No\n"
            "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  JobPrivateAccess all\n  JobPrivateValues none\n"
            "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
            "  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        with (folder / "log" / "cupsd.out").open("wb") as err:
            self.process = subprocess.Popen(
                [*_DIE_WITH_US, str(CUPSD), "-f", "-c", str(folder / "cupsd.conf"),
                 "-s", str(folder / "cups-files.conf")],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        self._wait_until_listening()

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"cupsd exited with {self.process.returncode}: {self.log()}")
            with socket.socket(socket.AF_UNIX) as probe:
                try:
                    probe.connect(str(self.socket))
                    return
                except OSError:
                    time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"cupsd not listening after {START_TIMEOUT} s: {self.log()}")

    def log(self) -> str:
        logs = [self.folder / "log" / "cupsd.out", self.folder / "log" / "error_log"]
        return "\n".join(p.read_text(errors="replace") for p in logs if p.exists())

    def add_pdf_queue(self) -> PdfQueue:
        name = f"jpf-test-{uuid.uuid4().hex[:8]}"
        out = self.folder / "out" / name
        out.mkdir(parents=True)
        (CUPS_PDF_CONF_DIR / f"cups-pdf-{name}.conf").write_text(
            f"Out {out}\nSpool {self.folder}/pdf-spool\nLog {self.folder}/log\n")
        _run(str(LPADMIN), "-h", str(self.socket), "-p", name, "-E", "-v", f"cups-pdf:/{name}",
             "-P", str(CUPS_PDF_PPD))
        queue = PdfQueue(name, out)
        self.queues.append(queue)
        return queue

    def stop(self) -> None:
        for queue in self.queues:
            (CUPS_PDF_CONF_DIR / f"cups-pdf-{queue.name}.conf").unlink(missing_ok=True)
        self.queues.clear()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for sub in ("etc", "spool", "cache", "state", "out", "pdf-spool"):
            shutil.rmtree(self.folder / sub, ignore_errors=True)
