"""``cocausal demo``: every capability on the embedded data, with one HTML report.

Each section lives in its own module and is a function ``(out_dir, quick, seed) -> dict``
returning ``{"title", "how_to_read", "params", "tables", "figures", "data"}``;
:func:`cocausal.demo.runner.run_demo` times the sections, writes ``results.json`` and renders
``report.html``.
"""
