"""What a subcommand needs: its household (opened lazily), translations, output streams."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from familycare.paths import AppPaths, resolve_paths

if TYPE_CHECKING:  # imports SQLAlchemy: only when a command opens the household
    from familycare.household import Household


@dataclass
class CliContext:
    args: argparse.Namespace
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _household: Household | None = None
    _demo_dir: str | None = None

    def paths(self) -> AppPaths:
        if getattr(self.args, "demo", False):
            import tempfile

            if self._demo_dir is None:
                self._demo_dir = tempfile.mkdtemp(prefix="familycare-demo-")
            return resolve_paths(data_dir=self._demo_dir, environ={})
        return resolve_paths(self.args.data_dir, self.args.db_url)

    def household(self) -> Household:
        if self._household is None:
            from familycare.household import open_household
            from familycare.logging_setup import setup_logging
            from familycare.services.db_password import password_for

            paths = self.paths()
            setup_logging(paths.log_dir)
            demo = getattr(self.args, "demo", False)
            self._household = open_household(paths, demo=demo,
                                             db_password=password_for(paths.db_url))
            if getattr(self.args, "demo", False):
                from familycare.services.demo import build_demo_family

                build_demo_family(self._household)
            install_cli_language(self.args, self._household)
        return self._household

    def close(self) -> None:
        if self._household is not None:
            self._household.close()
            self._household = None
        if self._demo_dir is not None:
            import shutil

            shutil.rmtree(self._demo_dir, ignore_errors=True)


_translators: list[object] = []


def install_cli_language(args: argparse.Namespace, household: Household | None) -> str:
    """Install the translator for CLI messages (a QCoreApplication is enough)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from familycare.i18n.translator import choose_language, install_translators, remove_translators

    app = QCoreApplication.instance() or QCoreApplication([])
    stored = household.settings.language() if household else ""
    setting = getattr(args, "language", None) or stored
    language = choose_language(setting or "", QLocale.system().name())
    remove_translators(app, _translators)
    _translators[:] = install_translators(app, language)
    return language
