"""The network's façade: the next convening from the last, and the year across a folder of convening files.

The network reads and writes files other than the one open, so it stands outside the composition root
(app/services/root.py builds services over one open file; this builds them over each file it reads):
`NetworkService(clock)` is made where it is used (app/cli.py, app/ui/network/), and holds nothing open
between calls. Every file it reads is opened as an upgraded temporary copy (reading.py), never itself.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from pathlib import Path

from app.domain.clock import Clock
from app.services.core.jobs import CancelToken, Progress
from app.services.core.workspace import Workspace
from app.services.network.next import NextReport, NextRequest, next_job, parse_start
from app.services.network.reading import NetworkError
from app.services.network.records import NetworkYear
from app.services.network.year import parse_same, year_job
from app.store.migrate import HEAD_REVISION

__all__ = ["NetworkService", "NetworkError", "NetworkYear", "NextRequest", "NextReport", "parse_start", "parse_same",
           "HEAD_REVISION"]


class NetworkService:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def next_job(self, req: NextRequest, open_ws: Workspace | None = None,
                 ) -> Callable[[CancelToken], Generator[Progress, None, NextReport]]:
        """Build the next convening from `req.old` (checked now: NetworkError in one sentence)."""
        return next_job(req, self.clock, open_ws)

    def year_job(self, folder: Path, same: Sequence[tuple[str, str]] = (),
                 ) -> Callable[[CancelToken], Generator[Progress, None, NetworkYear]]:
        """Read every convening file of `folder`, in date order (the folder is checked now)."""
        return year_job(Path(folder), self.clock, same)

    def year(self, folder: Path, same: Sequence[tuple[str, str]] = ()) -> NetworkYear:
        """`year_job`, on this thread."""
        from app.services.core.jobs import drive

        return drive(self.year_job(folder, same), CancelToken(), lambda _p: None)

    @staticmethod
    def write_csv(year: NetworkYear, folder: Path) -> list[Path]:
        """pairs.csv, commitments.csv and talk.csv (csvs.py YEAR_FILES) into `folder`."""
        from app.services.network.csvs import write_csv

        return write_csv(year, Path(folder))

    @staticmethod
    def pdf_job(year: NetworkYear, out: Path, private: bool = False, paper: str | None = None, lang: str = "en",
                ) -> Callable[[CancelToken], Generator[Progress, None, Path]]:
        """The year in review as a PDF (shared, or with `private` the facilitator version), in `lang`: "en", "es"
        or "bilingual"."""
        def job(token: CancelToken) -> Generator[Progress, None, Path]:
            from app.export.year_review import build_year_pdf
            from app.services.core.jobs import as_progress
            from app.services.export.service import default_paper
            from app.services.network.handout import review

            r = review(year, private, paper or default_paper(), lang)
            return (yield from as_progress(build_year_pdf(r, Path(out), lambda: token.cancelled)))

        return job
