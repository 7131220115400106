"""`tracker report`: charts and workbook for the current dataset version or a past one."""
from __future__ import annotations

import tempfile
from pathlib import Path

from tracker.workspace import Workspace


def publish_version(workspace: Workspace, version: str | None = None) -> list[Path]:
    """Draw the charts and write the workbook; return the charts, then the workbook.

    The current version goes to `reports/` as `tracker update` writes it; a
    past version goes to `reports/version-<semver>/`, leaving the current
    report as it is. Its articles link to the workspace's archive.
    """
    from tracker.pipeline import REPORT_NAME, publish

    workspace.ensure()
    if version is None:
        return publish(workspace)

    from tracker.charts import draw_charts
    from tracker.report import write_report
    from tracker.store import FigureStore

    store = FigureStore(workspace.datasets_dir)
    label = store.resolve(version)["semver"] or version
    out_dir = workspace.reports_dir / f"version-{label}"
    with tempfile.TemporaryDirectory(prefix="tracker-report-") as scratch:
        datasets = Path(scratch)
        store.export(version, datasets)
        charts = draw_charts(datasets, out_dir / "charts")
        report = write_report(datasets, out_dir / REPORT_NAME, charts=charts,
                              archive_dir=workspace.datasets_dir / "archive")
    return [*charts, report]
