"""The program as a user installs it: a wheel built from the project, installed in a
venv of its own, run as the `jpf-desk` command from outside the checkout.

The wheel is built once per module, the way pip builds it for a user (isolated build
environment with the setuptools pyproject.toml asks for), from a copy of the project (no
leftovers of earlier builds can slip into it). To spare the network and a 2-core machine a second PySide6, the
venv is made bare, the wheel installed `--no-deps`, and the project's own site-packages
folder appended to its path by a .pth line: that adds the dependencies' folder to
sys.path without running its .pth files, so the editable install of the checkout is not
activated and `jpf_desk` can only come from the wheel (asserted below). `pip check` then
proves the wheel's declared dependencies are met by what it finds.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from tests.helpers.program_run import (
    as_demo_manager,
    open_and_close_window,
    program_env,
    run_ok,
)

ROOT = Path(__file__).resolve().parents[2]
IGNORED = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                                 ".*_cache", ".demo-store", ".hypothesis", "tests", "bench")

pytestmark = pytest.mark.slow


def _tracked_resources() -> dict[str, str]:
    """The resource files git holds, by path inside the package, with their SHA-256."""
    listed = subprocess.run(["git", "ls-files", "jpf_desk/resources"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    assert listed, "git lists the resources"
    return {str(Path(p).relative_to("jpf_desk")): hashlib.sha256((ROOT / p).read_bytes())
            .hexdigest() for p in listed}


def _run(*args: str | Path, env: dict[str, str] | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_ok(args, dict(os.environ) if env is None else env, cwd or ROOT)


class Installed:
    def __init__(self, wheel: Path, prefix: Path, home: Path) -> None:
        self.wheel, self.prefix, self.home = wheel, prefix, home
        self.python = prefix / "bin" / "python"
        self.command = prefix / "bin" / "jpf-desk"
        self.env = program_env(home)

    def jpf(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        signed, stdin = as_demo_manager(args)
        return run_ok([self.command, *signed], self.env, self.home, stdin)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=IGNORED)
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps",
         "--quiet", "-w", work / "wheels", source)
    (wheel,) = (work / "wheels").glob("jpf_desk-*.whl")
    prefix = work / "venv"
    venv.EnvBuilder(with_pip=False).create(prefix)
    site = Path(_run(prefix / "bin" / "python", "-c",
                     "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (site / "project-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "--python", prefix / "bin" / "python", "install",
         "--no-deps", "--no-index", "--quiet", wheel)
    home = work / "home"
    home.mkdir()
    return Installed(wheel, prefix, home)


def test_the_wheel_carries_every_resource_file_git_holds(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        inside = {name: hashlib.sha256(wheel.read(name)).hexdigest()
                  for name in wheel.namelist() if name.startswith("jpf_desk/resources/")}
    expected = {f"jpf_desk/{path}": digest for path, digest in _tracked_resources().items()}
    assert inside == expected


def test_the_installed_program_finds_them_in_its_own_package(installed: Installed) -> None:
    """Not the checkout: the module and every resource come from the venv, byte for byte."""
    probe = _run(installed.python, "-c", (
        "import json, hashlib, jpf_desk\n"
        "from jpf_desk.paths import resources_dir\n"
        "base = resources_dir()\n"
        "print(json.dumps({'module': jpf_desk.__file__, 'dir': str(base), 'files': {\n"
        "    str(p.relative_to(base.parent)): hashlib.sha256(p.read_bytes()).hexdigest()\n"
        "    for p in base.rglob('*') if p.is_file()}}))"), env=installed.env, cwd=installed.home)
    found = json.loads(probe.stdout)
    assert Path(found["module"]).is_relative_to(installed.prefix)
    assert Path(found["dir"]).is_relative_to(installed.prefix)
    assert found["files"] == _tracked_resources()
    _run(sys.executable, "-m", "pip", "--python", installed.python, "check",
         env=installed.env)


def test_the_installed_command_makes_searches_prints_and_verifies_a_store(
        installed: Installed) -> None:
    data = installed.home / "demo"
    installed.jpf("demo", "--data-dir", data, "--customers", "30")
    found = json.loads(installed.jpf("search", "--data-dir", data, "nguyen", "--json").stdout)
    assert found and all(row["full_name"].startswith("Nguyễn") for row in found)
    receipts = json.loads(installed.jpf("receipts", "list", "--data-dir", data, "--json").stdout)
    assert receipts, "the demo customers consented"
    pdf = installed.home / "receipt.pdf"
    installed.jpf("receipts", "export", receipts[0]["id"], "--data-dir", data, "--pdf", pdf)
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        text = page.extract_text()
        fonts = {char["fontname"].split("+")[-1] for char in page.chars}
    # Vietnamese text drawn with the shipped font (the standard PDF fonts would print boxes)
    assert "PHIẾU XÁC NHẬN ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN" in text
    assert receipts[0]["short_code"] in text
    assert fonts <= {"JPFSans", "JPFSans-Bold", "DejaVuSans", "DejaVuSans-Bold"}, fonts
    # the policy text is checked by its SHA-256 on the receipt: the shipped file's digest
    policy = (ROOT / "jpf_desk" / "resources" / "policy" / "2025-11-jpf-v1" / "policy.vi.txt")
    assert hashlib.sha256(policy.read_bytes()).hexdigest() in text.replace("\n", "")
    installed.jpf("verify", "--data-dir", data, "--offline")
    # the window too: the compiled forms and Qt's plugins reach the installed package
    open_and_close_window([installed.command, "--data-dir", data], installed.env,
                          installed.home)


def test_the_installed_window_speaks_french(installed: Installed) -> None:
    """The compiled translations (make forms) travel in the wheel beside the compiled forms,
    and the installed program finds them where application(lang) looks."""
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert {f"jpf_desk/ui/generated/jpf_desk_{lang}.qm" for lang in ("vi", "fr", "en")} <= names
    probe = _run(installed.python, "-c", (
        "from PySide6.QtCore import QTranslator\n"
        "from jpf_desk.ui.app import translations_dir\n"
        "for lang in ('fr', 'en'):\n"
        "    t = QTranslator()\n"
        "    assert t.load(f'jpf_desk_{lang}', str(translations_dir())), lang\n"
        "    print(t.translate('sign_in', 'Đăng nhập'))\n"
        "    print(t.translate('CustomerFormDialog', 'Hồ sơ khách hàng'))\n"
        "print(translations_dir())"), env=installed.env, cwd=installed.home)
    *words, folder = probe.stdout.splitlines()
    assert words == ["Connexion", "Fiche client", "Sign in", "Customer record"]
    assert Path(folder).is_relative_to(installed.prefix)
