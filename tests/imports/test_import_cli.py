"""`jpf-desk import FILE --dry-run|--apply` and `jpf-desk consent-to-collect`."""

from __future__ import annotations

import io
import json
import stat
import sys
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpf_desk.cli import main
from tests.helpers.staff import TEST_PASSWORD, signed_in_args
from tests.imports.messy import write_messy_xlsx, write_xlsx


@pytest.fixture
def data_dir(store) -> Path:
    folder = store.path.parent
    store.close()
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """A command on the store signs in as its manager (password on stdin)."""
    args = list(argv)
    if "--data-dir" in args:
        args += signed_in_args()
    stdin, sys.stdin = sys.stdin, io.StringIO(TEST_PASSWORD + "\n")
    try:
        code = main(args)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        sys.stdin = stdin
    out = capsys.readouterr()
    return code, out.out, out.err


def count_customers(capsys, data_dir: Path) -> int:
    code, out, _ = run(capsys, "consent-to-collect", "--data-dir", str(data_dir), "--json")
    assert code == 0
    return len(json.loads(out))


def test_dry_run_then_apply_with_good_rows(capsys, data_dir, tmp_path):
    path = write_messy_xlsx(tmp_path / "hv.xlsx")
    refused = tmp_path / "refused.xlsx"
    code, out, err = run(capsys, "--lang", "en", "import", "--data-dir", str(data_dir),
                         str(path), "--dry-run", "--refused", str(refused))
    assert code == 2
    assert out.strip() == ("8 rows: 5 good, 3 refused (2 old 11-digit mobiles converted).")
    assert "Row 7: Likely the same person as row 4 of the file." in err
    assert "Dry run: nothing was written." in err
    assert "Nguy" not in err + out  # rows by number and reason only, never their content
    assert [r[0] for r in openpyxl.load_workbook(refused).active.iter_rows(
        min_row=2, values_only=True)] == [7, 8, 9]
    assert stat.S_IMODE(refused.stat().st_mode) == 0o600  # the file's own rows: owner only
    assert count_customers(capsys, data_dir) == 0

    code, _, err = run(capsys, "--lang", "en", "import", "--data-dir", str(data_dir),
                       str(path), "--apply")
    assert code == 2 and "Nothing was imported" in err
    assert count_customers(capsys, data_dir) == 0

    code, _, err = run(capsys, "--lang", "en", "import", "--data-dir", str(data_dir),
                       str(path), "--apply", "--take-good-rows")
    assert code == 0 and "5 customers imported" in err
    assert count_customers(capsys, data_dir) == 5

    # Again: every row is now a duplicate of the store.
    code, out, _ = run(capsys, "import", "--data-dir", str(data_dir), str(path),
                       "--dry-run", "--json")
    outcome = json.loads(out)
    assert code == 2 and outcome["good"] == 0
    assert {r["row"]: r["reasons"] for r in outcome["refused"]}[4] == [
        "import.duplicate_in_store"]


def test_map_a_column_the_guess_missed(capsys, data_dir, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["Học sinh", "Liên lạc", "Sinh"],
                                           ["Mạc Văn Tú", "0912 888 777", "04/04/1994"]])
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), str(path), "--apply")
    assert code == 2  # no name column guessed from "Học sinh"
    code, out, err = run(capsys, "import", "--data-dir", str(data_dir), str(path), "--apply",
                         "--map", "full_name=1", "--map", "phone=Liên lạc",
                         "--map", "birth_date=3", "--json")
    assert code == 0, err
    assert json.loads(out)["mapping"] == {"full_name": "Học sinh", "phone": "Liên lạc",
                                          "birth_date": "Sinh"}
    assert count_customers(capsys, data_dir) == 1


def test_template_is_recognised_by_the_import(capsys, data_dir, tmp_path):
    out = tmp_path / "mau.xlsx"
    assert run(capsys, "import", "--template", str(out))[0] == 0
    headers = [c.value for c in openpyxl.load_workbook(out).active[1]]
    assert headers[:4] == ["Họ", "Tên đệm", "Tên", "Ngày sinh"]
    book = openpyxl.load_workbook(out)
    book.active.append(["Lâm", "Thị", "Hương", "20/10/1985", "Nữ", "0912 000 111"])
    book.save(out)
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), str(out), "--apply")
    assert code == 0, err
    assert count_customers(capsys, data_dir) == 1


@pytest.mark.parametrize("lang", ["vi", "fr", "en"])
def test_templates_in_other_languages_are_recognised(capsys, tmp_path, lang):
    from jpf_desk.domain.import_columns import guess_mapping
    from jpf_desk.services.imports.files import TEMPLATE_FIELDS

    out = tmp_path / f"template-{lang}.xlsx"
    assert run(capsys, "--lang", lang, "import", "--template", str(out))[0] == 0
    headers = [c.value for c in openpyxl.load_workbook(out).active[1]]
    assert guess_mapping(headers) == {f: n for n, f in enumerate(TEMPLATE_FIELDS)}


def test_bad_input_is_a_sentence(capsys, data_dir, tmp_path):
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), str(tmp_path / "no.xlsx"),
                       "--dry-run")
    assert code == 2 and "Không đọc được tệp" in err
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), "--dry-run")
    assert code == 2 and "Hãy cho biết tệp cần nhập" in err
    path = write_xlsx(tmp_path / "x.xlsx", [["Họ tên"], ["Mạc Văn Tú"]])
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), str(path), "--dry-run",
                       "--map", "colour=1")
    assert code == 2 and "--map" in err


# -- hypothesis: any file, any cells: a sentence, never "unexpected error" -------------
CELL = st.one_of(
    st.none(), st.integers(-10**13, 10**13), st.floats(allow_nan=False, allow_infinity=False),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=25),
    st.sampled_from(["31/02/2000", "0168 234 5678", "Nữ", "=1+1", "079301008642", "C1234567"]),
)
HEADERS = ["Họ và tên", "Ngày sinh", "Giới tính", "SĐT", "Email", "CCCD", "Họ tên phụ huynh",
           "Quan hệ", "SĐT phụ huynh"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_file_is_imported_or_refused_in_words(capsys, data_dir, tmp_path, data):
    import tempfile

    base = Path(tempfile.mkdtemp(dir=tmp_path))
    kind = data.draw(st.sampled_from(["cells", "bytes.xlsx", "bytes.csv"]))
    if kind == "cells":
        rows = data.draw(st.lists(st.lists(CELL, min_size=len(HEADERS), max_size=len(HEADERS)),
                                  max_size=6))
        path = write_xlsx(base / "f.xlsx", [HEADERS, *rows])
    else:
        path = base / f"f.{kind.split('.')[1]}"
        path.write_bytes(data.draw(st.binary(max_size=600)))
    mode = data.draw(st.sampled_from([["--dry-run"], ["--apply"],
                                      ["--apply", "--take-good-rows"]]))
    code, _, err = run(capsys, "import", "--data-dir", str(data_dir), str(path), *mode,
                       "--refused", str(base / "r.xlsx"))
    assert "lỗi không mong muốn" not in err and "Traceback" not in err, err
    assert code in (0, 2), err
