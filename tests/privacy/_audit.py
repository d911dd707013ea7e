"""Test helpers: recompute PrivATE's matching structure, and an empirical epsilon audit.

The audit follows the black-box approach of Jagielski et al. (2020) and Bichsel et al.
(2018): run a mechanism many times on two neighbouring data sets, pick events on a pilot
split, and bound ``log P[E | D] / P[E | D']`` from below with Clopper-Pearson intervals,
Bonferroni-corrected over the events. If the mechanism is epsilon-DP, the bound exceeds
epsilon with probability at most ``alpha``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
from scipy.stats import beta

from cocausal.privacy.matching import SortedArms, capped_greedy_match, max_appearances
from cocausal.privacy.private_ate import matching_limits


def matching_structure(e, t_used, *, level, epsilon3, coef, n_neighbors, random_state, kf_arm="smaller"):
    """PrivATE's matching on scores ``e`` and arms ``t_used``, rebuilt from the outside.

    ``random_state`` must be the integer seed the estimator got: the estimator draws the
    processing order and then the tie ranks from it.
    """
    rng = np.random.default_rng(random_state)
    n = len(e)
    order, tie_rank = rng.permutation(n), rng.permutation(n)
    n_t = int(np.sum(t_used))
    arms = SortedArms.build(e, t_used, tie_rank)
    M, _ = max_appearances(arms, e, t_used, n_neighbors)
    lim = matching_limits(level, epsilon3, coef, n_t, n - n_t, M, n_neighbors, kf_arm=kf_arm)
    L1, L2 = lim["limits"]
    matches = capped_greedy_match(e, t_used, (L2, L1), n_neighbors, order, tie_rank)
    return {**lim, "n_arms": (n_t, n - n_t), "matches": matches}


def clopper_pearson(k: int, n: int, alpha: float) -> tuple[float, float]:
    """Two one-sided ``1 - alpha`` Clopper-Pearson bounds of a binomial proportion."""
    lo = 0.0 if k == 0 else float(beta.ppf(alpha, k, n - k + 1))
    hi = 1.0 if k == n else float(beta.ppf(1 - alpha, k + 1, n - k))
    return lo, hi


def _flatten(value, path: str, out: dict[str, str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(v, f"{path}.{k}", out)
    elif isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        for i, v in enumerate(value):
            _flatten(v, f"{path}[{i}]", out)
    else:
        out[path] = json.dumps(value, sort_keys=True, default=str)


def signature(published: dict, continuous: Sequence[str]) -> tuple[dict[str, str], dict[str, float]]:
    """Split a published record into discrete fields and continuous noisy values.

    ``published`` maps output channels (``json``, ``table``, ``stderr``) to JSON-able
    content; ``continuous`` names top-level JSON keys holding noisy floats (returned as
    features, with every scalar release value). Every other leaf of every channel (the
    table's ATE row excepted, which repeats a feature) is a discrete field, keyed by its path.
    """
    payload = dict(published["json"])
    feats = {k: float(payload.pop(k)) for k in continuous if k in payload}
    releases = []
    for r in payload.get("releases", []):
        r = dict(r)
        if "value" in r:
            feats[f"release:{r['name']}"] = float(r.pop("value"))
        releases.append(r)
    if releases:
        payload["releases"] = releases
    fields: dict[str, str] = {}
    _flatten(payload, "json", fields)
    for row in published["table"]:
        if row[0] != "ATE":
            fields[f"table:{row[0]}"] = json.dumps(row[1:])
    fields["stderr"] = json.dumps(published["stderr"])
    return fields, feats


def empirical_epsilon(
    run_a: Callable[[], dict], run_b: Callable[[], dict], *, runs: int, continuous: Sequence[str],
    alpha: float = 1e-3, pilot: float = 0.2, quantiles: int = 9, values_per_field: int = 3,
) -> dict:
    """A lower confidence bound on epsilon from ``runs`` draws of each neighbour.

    Events, chosen on a pilot split: ``field == value`` for the most frequent values of every
    discrete field (a field missing from a record counts as the value ``<absent>``), and
    ``feature > q`` / ``feature <= q`` for pilot quantiles ``q`` of every continuous feature.
    The remaining draws estimate the event probabilities; the bound is the largest
    ``log(lo_a / hi_b)`` over events and both directions, Bonferroni-corrected.

    Returns
    -------
    dict
        ``epsilon_lb``, the event attaining it and the number of events.
    """
    a = [signature(run_a(), continuous) for _ in range(runs)]
    b = [signature(run_b(), continuous) for _ in range(runs)]
    n_pilot = int(runs * pilot)
    pilot_draws, ea, eb = a[:n_pilot] + b[:n_pilot], a[n_pilot:], b[n_pilot:]
    events: list[tuple[str, Callable]] = []
    paths = sorted({k for f, _ in pilot_draws for k in f})
    for path in paths:
        counts = Counter(f.get(path, "<absent>") for f, _ in pilot_draws)
        for value, _ in counts.most_common(values_per_field):
            events.append((f"{path} == {value[:60]}", lambda s, p=path, v=value: s[0].get(p, "<absent>") == v))
    names = sorted({k for _, f in pilot_draws for k in f})
    for name in names:
        vals = np.array([f[name] for _, f in pilot_draws if name in f])
        for q in np.quantile(vals, np.linspace(0.1, 0.9, quantiles)):
            events.append((f"{name} > {q:.4g}", lambda s, n=name, q=q: n in s[1] and s[1][n] > q))
            events.append((f"{name} <= {q:.4g}", lambda s, n=name, q=q: n in s[1] and s[1][n] <= q))
    m = len(ea)
    level = alpha / (4 * len(events))  # four one-sided bounds per event
    best = {"epsilon_lb": 0.0, "event": None, "events": len(events)}
    for label, event in events:
        ka, kb = sum(map(event, ea)), sum(map(event, eb))
        for (k1, k2, direction) in ((ka, kb, "D vs D'"), (kb, ka, "D' vs D")):
            lo, _ = clopper_pearson(k1, m, level)
            _, hi = clopper_pearson(k2, m, level)
            if lo > 0 and math.log(lo / hi) > best["epsilon_lb"]:
                best = {"epsilon_lb": math.log(lo / hi), "event": f"{label} ({direction})", "events": len(events)}
    return best
