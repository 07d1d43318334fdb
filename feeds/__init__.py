"""sitroom's headless core: config, fetching, parsing, extraction and storage (no UI)."""

__version__ = "0.1.0"
