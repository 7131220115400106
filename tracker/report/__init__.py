"""The Excel report of a datasets folder; `data` reads the folder for the report and the charts."""
from tracker.report.workbook import write_report

__all__ = ["write_report"]
