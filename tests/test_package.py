"""The PyInstaller build (`make package`, packaging/fichier-client.spec) starts and works.

The build takes about a minute, so it is not made by a normal test run: these tests use
dist/fichier-client when it exists, build it when FICHIER_CLIENT_PACKAGE_TEST=1, and are
skipped otherwise — except in CI (`CI=true`, .ci/run builds first), where a missing build
is a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = ROOT / "dist" / "fichier-client" / (
    "fichier-client.exe" if sys.platform == "win32" else "fichier-client")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def program() -> Path:
    if not PROGRAM.exists() and os.environ.get("FICHIER_CLIENT_PACKAGE_TEST") == "1":
        subprocess.run(["make", "package"], cwd=ROOT, check=True)
    if not PROGRAM.exists():
        reason = f"no build in {PROGRAM.parent} (make package)"
        if _in_ci():
            pytest.fail(f"{reason}: CI must test the build", pytrace=False)
        pytest.skip(reason)
    return PROGRAM


def _run(program: Path, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """The built program with a home of its own in tmp_path and no screen."""
    home = tmp_path / "home"
    environment = {
        **os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen", **env,
    }
    environment.pop("PYTHONPATH", None)  # the build must not lean on the source tree
    result = subprocess.run([str(program), *args], cwd=tmp_path, env=environment,
                            capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_version_comes_from_the_package(program: Path, tmp_path: Path) -> None:
    result = _run(program, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Fichier client {__version__}"


def test_built_cli_creates_a_store_and_prints_labels(program: Path, tmp_path: Path) -> None:
    """Migrations, postal codes, départements, label formats and reportlab, all from the build."""
    store = str(tmp_path / "store.db")
    filled = _run(program, tmp_path, "--db", store, "demo", "--contacts", "60", "--seed", "3")
    assert filled.returncode == 0, filled.stderr
    counted = _run(program, tmp_path, "--db", store, "categories", "--json")
    assert counted.returncode == 0, counted.stderr
    assert sum(json.loads(counted.stdout).values()) == 60
    pdf = tmp_path / "labels.pdf"
    labels = _run(program, tmp_path, "--db", store, "labels", "--calibration", "--format",
                  "L7160", str(pdf))
    assert labels.returncode == 0, labels.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    unknown = _run(program, tmp_path, "--db", store, "labels", "--departement", "99", str(pdf))
    assert unknown.returncode == 1 and "Département inconnu" in unknown.stderr


def test_built_window_opens_a_new_store_in_french_and_quits(program: Path,
                                                            tmp_path: Path) -> None:
    store = tmp_path / "new.db"
    result = _run(program, tmp_path, "--db", str(store), FICHIER_CLIENT_QUIT_AFTER_START="1")
    assert result.returncode == 0, result.stderr
    assert f"window: Fichier client {__version__}" in result.stdout
    assert "pages: Contacts, Agenda, Événements" in result.stdout  # the French translation
    assert store.stat().st_size > 0
    reopened = _run(program, tmp_path, "--db", str(store), "categories", "--json")
    assert reopened.returncode == 0, reopened.stderr


def test_packaging_files_take_the_version_from_the_app_only() -> None:
    """No second copy of the version to forget: the spec and the installer read it."""
    folder = ROOT / "packaging"
    for path in folder.iterdir():
        if path.suffix in (".spec", ".iss", ".desktop", ".py"):
            assert __version__ not in path.read_text(encoding="utf-8"), path.name
    spec = (folder / "fichier-client.spec").read_text(encoding="utf-8")
    assert "from app import __version__" in spec
    assert 'GetStringFileInfo(BuildDir + "\\" + AppExe, "ProductVersion")' in (
        folder / "fichier-client.iss").read_text(encoding="utf-8")


def test_desktop_file_and_icons_exist() -> None:
    desktop = (ROOT / "packaging" / "fichier-client.desktop").read_text(encoding="utf-8")
    assert "Exec=fichier-client\n" in desktop and "Icon=fichier-client\n" in desktop
    icons = ROOT / "resources" / "icons"
    assert (icons / "fichier-client.png").read_bytes().startswith(b"\x89PNG")
    assert (icons / "fichier-client.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
