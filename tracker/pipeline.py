"""`tracker update` as a library call: ingest -> extract -> store -> series -> charts -> report."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tracker import ingest
from tracker.model import Rejection
from tracker.workspace import Workspace

REPORT_NAME = "displacement-report.xlsx"


@dataclass
class UpdateSummary:
    read: int = 0
    new: int = 0
    skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    figures_added: int = 0
    figures_changed: int = 0
    figures_closed: int = 0
    orphan_corrections: list[dict] = field(default_factory=list)
    version: str | None = None
    paths: list[Path] = field(default_factory=list)


def publish(workspace: Workspace, datasets_dir: Path | None = None) -> list[Path]:
    """Draw the charts and write the workbook from a datasets folder (the current one by default)."""
    from tracker.charts import draw_charts
    from tracker.report import write_report

    datasets_dir = datasets_dir or workspace.datasets_dir
    workspace.ensure()
    charts = draw_charts(datasets_dir, workspace.charts_dir)
    report = write_report(datasets_dir, workspace.reports_dir / REPORT_NAME, charts=charts)
    return [*charts, report]


def update(workspace: Workspace, reextract: bool = False, fetch: bool = False) -> UpdateSummary:
    from tracker.extract import extract_figures
    from tracker.store import FigureStore

    workspace.ensure()
    store = FigureStore(workspace.datasets_dir)
    summary = UpdateSummary()
    with store.lock():
        found = ingest.collect(workspace, fetch=fetch, known_sha256=store.known_sha256(),
                               known_signatures=store.known_signatures())
        summary.read = found.seen
        summary.rejected = [Rejection(_relative(r.path, workspace.root), r.reason) for r in found.rejected]
        found.rejected = summary.rejected
        summary.skipped = found.unchanged
        known = store.known_article_ids()
        new = []
        for article in found.articles:
            if article.article_id in known:
                summary.skipped += 1
            else:
                known.add(article.article_id)
                new.append(article)
        summary.new = len(new)
        figures = {a.article_id: extract_figures(a) for a in new}
        if reextract:
            figures.update({a.article_id: extract_figures(a) for a in store.archived_articles()})
        version = store.commit(new, figures, found.rejected, reextract=reextract)
        if version is not None:
            summary.version = version.semver
            summary.figures_added = version.figures_added
            summary.figures_changed = version.figures_changed
            summary.figures_closed = version.figures_closed
            summary.orphan_corrections = list(version.orphan_corrections)
            summary.paths = [*_data_paths(workspace), *publish(workspace)]
    return summary


def _relative(path: str, root: Path) -> str:
    """Rejected inputs are named relative to the workspace, so the same inputs give the same bytes anywhere."""
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return path


def _data_paths(workspace: Workspace) -> list[Path]:
    from tracker.schema import DATA_FILES

    return [workspace.datasets_dir / name for name in ("versions.csv", *DATA_FILES.values())]


def correct(workspace: Workspace, figure_id: str, note: str, author: str = "", reject: bool = False,
            settings: list[tuple[str, str]] = ()):
    """Record and apply a correction as a new dataset version, then redraw the reports.

    Returns the VersionInfo and the paths written.
    """
    from tracker.store import FigureStore

    workspace.ensure()
    store = FigureStore(workspace.datasets_dir)
    with store.lock():
        version = store.correct(figure_id, note, author=author, reject=reject, settings=settings)
        paths = [*_data_paths(workspace), *publish(workspace)] if version is not None else []
    return version, paths
