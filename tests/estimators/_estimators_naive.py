"""Naive reference implementations (slow, obviously correct) for the equivalence tests."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LinearRegression


def naive_psm(score, t, y, k, estimand, caliper=None, var_neighbors=2):
    """O(n^2) matching with all ties at the k-th distance, and the Abadie-Imbens variance."""
    n = len(y)
    treated, control = np.flatnonzero(t == 1), np.flatnonzero(t == 0)
    y1 = np.where(t == 1, y, np.nan)
    y0 = np.where(t == 0, y, np.nan)
    K, K2 = np.zeros(n), np.zeros(n)
    in_e = np.zeros(n, dtype=bool)
    unmatched = {"treated": 0, "control": 0}
    plan = []
    if estimand in ("ATE", "ATT"):
        plan.append(("treated", treated, control, y0))
    if estimand in ("ATE", "ATC"):
        plan.append(("control", control, treated, y1))
    for name, queries, cands, target in plan:
        for i in queries:
            dist = np.abs(score[cands] - score[i])
            thr = np.sort(dist)[k - 1]
            if caliper is not None:
                thr = min(thr, caliper)
            chosen = cands[dist <= thr]
            if chosen.size == 0:
                unmatched[name] += 1
                continue
            target[i] = y[chosen].mean()
            in_e[i] = True
            K[chosen] += 1.0 / chosen.size
            K2[chosen] += 1.0 / chosen.size**2
    effect = y1[in_e] - y0[in_e]
    ate = effect.mean()
    sigma2 = np.empty(n)
    for arm in (treated, control):
        j = min(var_neighbors, arm.size - 1)
        order = np.argsort(score[arm], kind="stable")
        s, ys = score[arm][order], y[arm][order]
        for p in range(arm.size):
            others = [q for q in range(arm.size) if q != p]
            others.sort(key=lambda q: (abs(s[q] - s[p]), abs(q - p), q))
            nb = ys[others[:j]].mean()
            sigma2[arm[order[p]]] = j / (j + 1.0) * (ys[p] - nb) ** 2
    var = (np.sum((effect - ate) ** 2) + np.sum((K * K - K2 + 2 * K * in_e) * sigma2)) / in_e.sum() ** 2
    return ate, np.sqrt(max(var, 0.0)), unmatched


def naive_linear_por(X, t, y):
    """POR with sklearn OLS per arm and the analytic SE from explicit inverses."""
    n = len(y)
    Z = np.column_stack([np.ones(n), X])
    zbar = Z.mean(axis=0)
    var, preds = 0.0, []
    coefs = []
    for arm in (0, 1):
        m = t == arm
        reg = LinearRegression().fit(X[m], y[m])
        preds.append(reg.predict(X))
        resid = y[m] - reg.predict(X[m])
        s2 = resid @ resid / (m.sum() - Z.shape[1])
        var += s2 * zbar @ np.linalg.inv(Z[m].T @ Z[m]) @ zbar
        coefs.append(reg.coef_)
    delta = coefs[1] - coefs[0]
    var += delta @ np.cov(X, rowvar=False, bias=True).reshape(X.shape[1], X.shape[1]) @ delta / n
    return float(np.mean(preds[1] - preds[0])), float(np.sqrt(var))
