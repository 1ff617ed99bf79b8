"""Running the real program (from source or the installer folder) as a subprocess: its
commands, and its window opened offscreen then closed the way the system closes it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

# The window asks who is at the desk before it opens, and a subprocess cannot type a
# password: the tests stop at the sign-in dialog, which a shutdown cancels cleanly.
WINDOW_OPEN = "sign-in open"
WINDOW_CLOSED = "closed before sign-in, store closed"


def program_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    return env | {"JPF_DESK_LOG_DIR": str(home / "logs"), "HOME": str(home),
                  "QT_QPA_PLATFORM": "offscreen"}


# Commands on customers' data sign in (README): the demo store's manager, whose published
# password is read from stdin.
SIGNED_IN = {"search", "receipts", "requests", "dossiers", "lists", "handovers", "retention",
             "transfers", "import", "consent-to-collect", "verify", "sync"}


def as_demo_manager(args: Sequence[str | Path]) -> tuple[list[str | Path], str | None]:
    """The arguments with the demo manager's sign-in added when the command needs one,
    and the stdin that carries the password."""
    from jpf_desk.services.demo.build import DEMO_PASSWORD, DEMO_STAFF

    if not args or str(args[0]) not in SIGNED_IN:
        return list(args), None
    return [*args, "--staff", DEMO_STAFF[0][0], "--password-stdin"], DEMO_PASSWORD + "\n"


def run_ok(command: Sequence[str | Path], env: dict[str, str],
           cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in command], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=600, check=False, input=stdin)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def open_and_close_window(command: Sequence[str | Path], env: dict[str, str], cwd: Path,
                          timeout: float = 120) -> str:
    """Start the window, wait for its log to say it is open, send SIGTERM (a shutdown or
    logout), and return the log once the program has ended by itself with exit code 0."""
    log = Path(env["JPF_DESK_LOG_DIR"]) / "jpf-desk.log"
    start = log.read_text(encoding="utf-8") if log.exists() else ""
    process = subprocess.Popen([str(a) for a in command], env=env, cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + timeout
        while WINDOW_OPEN not in (log.read_text(encoding="utf-8")[len(start):]
                                  if log.exists() else ""):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the sign-in dialog never opened"
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, (process.returncode, out, err)
    said = log.read_text(encoding="utf-8")[len(start):]
    assert WINDOW_CLOSED in said, said
    assert "Traceback" not in said and "Traceback" not in err, err
    return said
