"""Self-contained HTML reports from saved results (:mod:`cocausal.report.html`)."""

from cocausal.report.html import load_results, render_report

__all__ = ["load_results", "render_report"]
