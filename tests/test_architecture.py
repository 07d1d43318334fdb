"""The headless core stays headless, and the code base stays lint-clean."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import feeds

ROOT = Path(__file__).resolve().parents[1]


def test_feeds_imports_with_textual_blocked() -> None:
    modules = sorted(m.name for m in pkgutil.walk_packages(feeds.__path__, "feeds."))
    assert "feeds.store" in modules and "feeds.poll" in modules
    code = (
        "import sys, importlib\n"
        "sys.modules['textual'] = None\n"
        "sys.modules['tui'] = None\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules if sys.modules[m])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_import_contracts() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Contracts: 1 kept, 0 broken" in proc.stdout


def test_ruff_is_clean() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "feeds", "tui", "tests", "bench"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_is_clean_on_the_core_and_the_dashboard() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "feeds", "tui"], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
