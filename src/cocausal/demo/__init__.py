"""``cocausal demo``: every capability on the embedded data, with one HTML report.

Each section lives in its own module and is a function ``(out_dir, quick, seed) -> dict``
returning ``{"title", "how_to_read", "params", "tables", "figures", "data"}``;
:func:`cocausal.demo.runner.run_demo` times the sections, writes ``results.json`` and renders
``report.html``.
"""

__all__ = ["QUICK_DURATION"]

#: How long ``cocausal demo --quick`` takes: the one statement of it (the CLI's help, README.md and
#: docs/cli.md quote it; tests/test_demo.py checks that they do). Measured 46 s and 61.8 s on an idle
#: 2-core machine, 219 s on a 2-core machine shared at load 7; the fair predictors take most of it.
QUICK_DURATION = "about 1 minute on 2 idle cores"
