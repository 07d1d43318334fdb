"""Screens and modals pushed over the dashboard: detail, sources, help, note, watch, drill-down."""
