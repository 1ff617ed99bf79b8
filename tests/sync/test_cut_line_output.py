"""A cut line ends `jpf-desk sync` with the one message in the user's words: no psycopg
warning on stderr before it (issue 11, finding 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jpf_desk.domain.messages import render
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.sync import errors as _errors  # noqa: F401 - registers sync.* messages
from tests.helpers.line_proxy import LineProxy
from tests.helpers.staff import TEST_PASSWORD, signed_in_args
from tests.helpers.stores import child_keyring_env
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import bulk_customers

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("step", "limit"), [("push", 2_000), ("push", 60_000),
                                             ("pull", 200_000)])
def test_cut_line_prints_only_the_message(step: str, limit: int, make_desk: MakeDesk,
                                          tmp_path: Path, head_office: HeadOffice) -> None:
    """Cut early in a batch's COPY (psycopg used to warn while ending it), later in it,
    and in the middle of a page."""
    # Cut every connection once `limit` bytes went one way: from the desk (mid-batch) or
    # to it (mid-page).
    proxy = LineProxy(head_office.server.socket_path, cut_after_bytes=limit,
                      from_desk=step == "push")
    try:
        a = make_desk("HN1", host="127.0.0.1", port=proxy.port)
        if step == "push":
            bulk_customers(a.desk, 3000)  # a batch of about a megabyte: cut while it goes
        else:  # a shared catalogue of about a megabyte: cut while a page comes
            with head_office.admin() as conn:
                conn.execute(
                    "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                    "origin_store, ho_seq) SELECT 'courses', id, %(c)s, 1, jsonb_build_object("
                    "'id', id, 'centre_id', %(c)s::text, 'code', 'K-' || n, 'name', 'Khóa ' || n, "
                    "'kind', 'general', 'hours', 60, 'fee_vnd', 4500000, 'description', "
                    "repeat('mô tả ', 40)), 'head-office', 0 FROM (SELECT n, "
                    "gen_random_uuid()::text AS id FROM generate_series(1, 3000) n) x",
                    {"c": SHARED_CENTRE})
        a.close()
        env = {**child_keyring_env(tmp_path), "PYTHONPATH": str(ROOT),  # the store key too
               "JPF_DESK_LOG_DIR": str(tmp_path / "logs")}
        done = subprocess.run([sys.executable, "-m", "jpf_desk", "--lang", "en", "sync",
                               "--data-dir", str(a.data_dir), *signed_in_args("Trần Văn Thử")],
                              cwd=ROOT, env=env, input=TEST_PASSWORD + "\n",
                              capture_output=True, text=True, timeout=120)
        assert proxy.sent > proxy.limit  # the line was cut
    finally:
        proxy.close()
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [render("sync.network", {}, "en")]
