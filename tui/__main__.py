"""`python -m tui`: the same as the `sitroom` command."""

from tui.cli import main

main()
