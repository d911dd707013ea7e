"""Demo section 5: counterfactually fair pooling of the PhD-admission experts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cocausal.pooling import FairPooling
from cocausal.scm import load_phd_example


def section(out: Path, *, quick: bool, seed: int) -> dict[str, Any]:
    """Pool the two toy experts' models fairly (strict majority, pooling-removal) and score both applicants."""
    n_samples = 20_000 if quick else 100_000
    models, applicants = load_phd_example()
    res = FairPooling(sensitive="Gnd", rule="strict-majority", order="pooling-removal",
                      n_samples=n_samples, random_state=seed).fit(models).score(applicants)
    payload = res.to_json()
    rows = []
    for app_ in payload["applicants"]:
        for e in app_["experts"]:
            rows.append([app_["name"], e["name"], e["unfair_score"], e["fair_mean"], e["fair_se"]])
        rows.append([app_["name"], "pooled (" + app_["pooled"]["method"] + ")", "", app_["pooled"]["score"],
                     app_["pooled"]["se"]])
    figure = "fair_pooling_phd.png"
    res.plot(str(out / figure))
    return {
        "title": "5. Counterfactually fair pooling of expert causal models",
        "how_to_read": (
            "Two experts' causal models of PhD admission disagree and both use gender. Gender and its descendants are "
            "removed, the graphs are pooled by strict majority, and each expert's score is recomputed from the fair "
            "features only; the pooled fair score is the same for two applicants who differ only in gender."
        ),
        "params": {"rule": "strict-majority", "order": "pooling-removal", "semantics": "exogenous",
                   "samples": n_samples, "seed": seed},
        "tables": [
            {"title": f"fair features Z = {payload['fair_features']}; removed = {list(payload['removed'])}",
             "columns": ["applicant", "expert", "unfair score", "fair mean", "fair se"], "rows": rows},
        ],
        "figures": [figure],
        "data": payload,
    }
