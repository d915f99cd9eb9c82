"""The `runninghub` console script: a shim that runs the CLI, or says which extra it needs.

The library itself installs without click and rich (`pip install runninghub`); the command
needs `pip install "runninghub[cli]"`. This module imports neither before it has checked.
"""

from __future__ import annotations

import sys

from ._extras import EXTRAS, install_hint, missing_modules


def main() -> None:
    missing = missing_modules(EXTRAS["cli"])
    if missing:
        print(f"{install_hint('cli', 'the runninghub command')} (missing: {', '.join(missing)})", file=sys.stderr)
        raise SystemExit(2)
    from .cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
