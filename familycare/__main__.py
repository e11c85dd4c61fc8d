"""``python -m familycare`` and the ``familycare`` console script."""

from __future__ import annotations

import sys


def main() -> int:
    # The window without the command modules when no command is given: a faster first paint.
    from familycare.app import start_gui_if_no_command

    code = start_gui_if_no_command(sys.argv[1:])
    if code is not None:
        return code
    from familycare.cli.main import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
