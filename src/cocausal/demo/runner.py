"""Run the demo sections, save ``results.json`` and render ``report.html``."""

from __future__ import annotations

import datetime as _dt
import json
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cocausal import __version__
from cocausal.demo import cci, estimators, fair_pooling, fair_predict, payoff, privacy
from cocausal.report.html import render_report
from cocausal.results import to_jsonable
from cocausal.warnings import CocausalWarning

__all__ = ["SECTIONS", "run_demo"]

#: (key, section function) in the order of the report.
SECTIONS: tuple[tuple[str, Callable[..., dict[str, Any]]], ...] = (
    ("estimators", estimators.section),
    ("cci", cci.section),
    ("payoff", payoff.section),
    ("privacy", privacy.section),
    ("fair_pooling", fair_pooling.section),
    ("fair_predict", fair_predict.section),
)


def run_demo(
    out_dir: str | Path,
    *,
    quick: bool = False,
    seed: int = 0,
    only: Sequence[str] | None = None,
    on_section: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run the demo and write ``report.html``, ``results.json`` and PNG figures to ``out_dir``.

    Parameters
    ----------
    out_dir : path
        Output folder (created).
    quick : bool
        Fewer repetitions and iterations (:data:`QUICK_DURATION`).
    seed : int
        Root seed of every section.
    only : sequence of str, optional
        Run just these sections (keys of :data:`SECTIONS`).
    on_section : callable, optional
        Called with each section key after it finishes (progress reporting).

    Returns
    -------
    dict
        The saved results.
    """
    keys = [k for k, _ in SECTIONS]
    if only is not None:
        unknown = sorted(set(only) - set(keys))
        if unknown:
            raise ValueError(f"Unknown demo section(s) {unknown}; choose from {keys}.")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    sections: dict[str, Any] = {}
    for key, func in SECTIONS:
        if only is not None and key not in only:
            continue
        t0 = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CocausalWarning)
            section = func(out, quick=quick, seed=seed)
        messages = sorted({str(w.message) for w in caught if issubclass(w.category, CocausalWarning)})
        section.setdefault("warnings", []).extend(messages[:10])
        section["seconds"] = round(time.perf_counter() - t0, 2)
        sections[key] = section
        if on_section is not None:
            on_section(key)
    results = {
        "cocausal_version": __version__,
        "created": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": f"cocausal demo{' --quick' if quick else ''} --seed {seed}",
        "seed": seed,
        "quick": quick,
        "total_seconds": round(time.perf_counter() - start, 1),
        "sections": sections,
    }
    results = to_jsonable(results)
    (out / "results.json").write_text(json.dumps(results, indent=2))
    render_report(results, out / "report.html", title="cocausal demo report")
    return results
