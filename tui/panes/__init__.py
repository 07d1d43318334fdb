"""The four dashboard panes: violations, casualties, upcoming talks, live feed."""
