"""`python -m feeds.extract [FILE]`: extract facts from JSON Lines on FILE or standard input."""

from __future__ import annotations

import sys

from feeds.extract.jsonl import run_jsonl


def main(argv: list[str] | None = None) -> int:
    """Run the extractor over FILE (or stdin); bad lines become error lines, counted on stderr."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] not in ("-",):
        with open(args[0], encoding="utf-8") as fh:
            errors = run_jsonl(fh, sys.stdout)
    else:
        errors = run_jsonl(sys.stdin, sys.stdout)
    if errors:
        print(f"feeds.extract: {errors} line(s) could not be read", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
