"""A child process for fault tests: opens (or backs up) a store and dies at a chosen
point with SIGKILL, or runs under a file-size limit (the disk "fills up").

    python -m tests.store.crypt_child DATA_DIR open|backup|restore|schema-backup KILL_AT N [FSIZE_LIMIT] [TARGET]

KILL_AT names a function to wrap: the process kills itself on its Nth call (0: never).
The keyring is the JSON file keyring (tests/sync/file_keyring.py) named in the env.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path
from typing import Any


def die_on_call(module: Any, name: str, n: int) -> None:
    original = getattr(module, name)
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)

    setattr(module, name, wrapper)


def main() -> int:
    data_dir, action, kill_at, n = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    limit = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    import zipfile

    from jpf_desk.store import encrypt, sealing
    from jpf_desk.store.engine import open_store

    targets = {"export": (encrypt, "export_encrypted"), "seal": (sealing, "write_atomic"),
               "replace": (os, "replace"), "zip": (zipfile.ZipFile, "writestr"),
               "none": (None, "")}
    module, name = targets[kill_at]
    if module is not None and n:
        die_on_call(module, name, n)
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from jpf_desk.cli import main as cli_main

    if action == "open":
        store = open_store(data_dir, create=False)
        store.close()
        return 0
    if action == "schema-backup":  # the copy taken before a schema upgrade
        from jpf_desk.store import migrate
        from jpf_desk.store.keys import find_key, read_info

        info = read_info(data_dir)
        assert info is not None
        migrate.backup(data_dir / "jpf-desk.db", "before-test", find_key(data_dir, info))
        return 0
    import io

    from jpf_desk.services.staff.passwords import HashCost, use_cost

    use_cost(HashCost(1, 8, 1))  # the tests' cost (tests/helpers/staff.py): no rehash written
    sys.stdin = io.StringIO("test-pass-2026\n")  # the template store's manager signs in
    signing_in = ["--staff", "Lê Thu Trang", "--password-stdin"]
    if action == "restore":  # signs in while the store opens; not after a restore cut off
        return cli_main(["restore", sys.argv[6], "--data-dir", str(data_dir), *signing_in])
    return cli_main(["backup", "--data-dir", str(data_dir), "--to", sys.argv[6], *signing_in])


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # noqa: BLE001 - the parent reads the error's class
        print(type(exc).__name__, file=sys.stderr)
        sys.exit(3)
