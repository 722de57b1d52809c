"""Problems with a convening file, each naming the file and what is wrong."""

from __future__ import annotations

from pathlib import Path

from app.i18n import _


class ConveningFileError(Exception):
    """A file cannot be opened or written as a convening. The file is left untouched."""

    def __init__(self, path: Path | str, problem: str, hint: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.hint = hint
        text = _("Cannot open “{name}”: {problem}").format(name=self.path.name, problem=problem)
        if hint:
            text += f" {hint}"
        super().__init__(text)


class NotAConveningError(ConveningFileError):
    pass


class CorruptFileError(ConveningFileError):
    pass


class NewerVersionError(ConveningFileError):
    pass


class ReadOnlyFileError(ConveningFileError):
    pass


class UpgradeError(ConveningFileError):
    """The file's schema could not be upgraded; the upgrade was rolled back."""


class FileLockedError(ConveningFileError):
    def __init__(self, path: Path | str, holder: str) -> None:
        self.holder = holder
        super().__init__(
            path,
            _("it is already open in Convene ({holder}).").format(holder=holder),
            _("Close it there first, or open a copy."),
        )
