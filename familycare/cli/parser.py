"""The command-line surface. Global options are accepted before or after a subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """A mistake in what the user asked: exit 2 with one clear line."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see '{self.prog} --help')")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every command accepts; subparsers use SUPPRESS so they never reset a
    value given before the subcommand."""

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    group = parser.add_argument_group("global options")
    group.add_argument("--data-dir", metavar="DIR", default=default(None),
                       help="household data folder (env FAMILYCARE_DATA_DIR)")
    group.add_argument("--db-url", metavar="URL", default=default(None),
                       help="SQLAlchemy database URL (env FAMILYCARE_DB_URL)")
    group.add_argument("--demo", action="store_true", default=default(False),
                       help="use a throw-away demo family, never your real data")
    group.add_argument("--screenshot", metavar="FILE", default=default(None),
                       help="render the main window to a PNG file and exit")
    group.add_argument("--exit-when-ready", action="store_true", default=default(False),
                       help="exit as soon as the family list is shown (for benchmarks)")
    group.add_argument("--language", choices=("ja", "en"), default=default(None),
                       help="language of messages (default: household setting, then system)")


Registrar = Callable[[argparse._SubParsersAction], None]


def build_parser(commands: dict[str, Registrar]) -> OneLineParser:
    parser = OneLineParser(
        prog="familycare",
        description="Look after the My Number insurance cards of a whole family.",
    )
    add_global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for register in commands.values():
        register(sub)
    return parser


def subcommand(
    sub: argparse._SubParsersAction, name: str, help_text: str
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    add_global_options(parser, suppress=True)
    return parser
