"""Shared fixtures: a database filled by polling the whole demo week over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from demo_week import DemoWeek, poll_demo_week


@pytest.fixture(scope="session")
def demo_week(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoWeek]:
    yield from poll_demo_week(tmp_path_factory.mktemp("demo") / "demo.db")
