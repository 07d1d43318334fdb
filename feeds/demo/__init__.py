"""Offline demo: a scripted ceasefire week served over local HTTP in RSS, Atom, JSON Feed and APIs."""

from feeds.demo.clock import DemoClock
from feeds.demo.scenario import Scenario, ScenarioItem, Source, build_scenario, expected_totals
from feeds.demo.server import DemoServer, serve_forever

__all__ = [
    "DemoClock",
    "DemoServer",
    "Scenario",
    "ScenarioItem",
    "Source",
    "build_scenario",
    "expected_totals",
    "serve_forever",
]
