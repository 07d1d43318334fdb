"""The SAX driver feedparser reads XML with: Python's expat reader, with character data buffered."""

from __future__ import annotations

from typing import Any
from xml.sax.expatreader import ExpatParser

NAME = "feeds.saxdriver"
"""What feedparser's PREFERRED_XML_PARSERS lists to use this driver (see use())."""


class BufferedExpatParser(ExpatParser):
    """ExpatParser with expat's `buffer_text` on: an HTML description escaped in the XML
    (`&lt;p&gt;...`) reaches feedparser as one run of text instead of one callback per entity
    and line, each of which feedparser appends and later joins. Same text, same events."""

    def reset(self) -> None:
        super().reset()
        parser = self._parser  # type: ignore[attr-defined]  # (the stub leaves it out)
        parser.buffer_text = True
        parser.buffer_size = 1 << 16


def create_parser(*args: Any, **kwargs: Any) -> BufferedExpatParser:
    """The factory xml.sax.make_parser looks for in a driver module."""
    return BufferedExpatParser(*args, **kwargs)


def use(preferred: list[str]) -> None:
    """Put this driver first in feedparser's list of SAX drivers (feedparser.api's
    PREFERRED_XML_PARSERS), once. xml.sax falls back to the next one if it cannot load."""
    if NAME not in preferred:
        preferred.insert(0, NAME)
