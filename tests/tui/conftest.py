"""Fixtures for the dashboard tests: a fixed sample database and a frozen-clock app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from dashboard_sample import build, frozen_clock, settings

from feeds.config import Settings
from tui.app import SitroomApp


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return build(tmp_path / "sitroom.db", hostile=True)


@pytest.fixture
def make_app(db_path: Path) -> Callable[..., SitroomApp]:
    def make(cfg: Settings | None = None, **kwargs: Any) -> SitroomApp:
        return SitroomApp(cfg or settings(), str(db_path), poll=False, clock=frozen_clock, **kwargs)

    return make
