"""sitroom's Textual dashboard and the `sitroom` command line."""
