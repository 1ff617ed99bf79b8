"""The revision check at every start reads the version files' text and one table,
without importing Alembic (issue 16): its answers are Alembic's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, Store, connect, make_engine, open_store


def alembic_scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def test_heads_and_shipped_revisions_are_alembics() -> None:
    scripts = alembic_scripts()
    assert migrate.head_revisions() == set(scripts.get_heads())
    assert migrate.shipped_revisions() == {r.revision for r in scripts.walk_revisions()}
    assert migrate.revision_graph() == {r.revision: tuple(r._all_down_revisions)
                                        for r in scripts.walk_revisions()}
    assert "0001_foundation" in migrate.shipped_revisions()
    assert "0001_foundation" not in migrate.head_revisions()  # later ones follow it


def test_current_revisions_are_what_alembic_reads(store: Store) -> None:
    engine = make_engine(store.path, store.key)
    with engine.connect() as conn:
        expected = set(MigrationContext.configure(conn).get_current_heads())
    engine.dispose()
    assert expected  # a migrated store
    assert migrate.current_revisions(store.path, store.key) == expected


def test_a_store_without_the_version_table_is_at_no_revision(store: Store, tmp_path) -> None:
    other = tmp_path / "bare.db"
    conn = connect(other, store.key)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert migrate.current_revisions(other, store.key) == set()
    assert migrate.current_revisions(tmp_path / "missing.db", store.key) == set()


def test_opening_a_store_at_the_latest_schema_does_not_import_alembic(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk", demo=True)
    store.close()
    child = ("import sys; from pathlib import Path; from jpf_desk.store.engine import open_store;"
             "open_store(Path(sys.argv[1]), demo=True).close();"
             "print('alembic' in sys.modules, (Path(sys.argv[1]) / sys.argv[2]).exists())")
    done = subprocess.run([sys.executable, "-c", child, str(tmp_path / "desk"), STORE_FILE],
                          capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["False", "True"]
