"""Federated IPW and AIPW coalition estimates: the coordinator's side of the rounds.

:class:`FederatedEvaluator` gives, for a batch of coalitions, the estimates that
:class:`~cocausal.estimators.IPW` and :class:`~cocausal.estimators.AIPW` (default logistic
propensity, analytic influence-function SE) give on each coalition's pooled rows, without
the rows. It needs each party's uploaded statistics (per-arm counts, means and co-moments of
``[X, y]``: the covariate scaling of the propensity fit and AIPW's per-arm OLS outcome models
come from them) and a way to ask the parties for sums over their rows
(``rounds(requests) -> answers``; :class:`LocalRounds` in one process, the coordinator
service's job queue across machines). The party's side is
:func:`cocausal.cci.party_rounds.answer_round`.

The propensity model of every coalition is fitted by the Newton iteration of
:func:`~cocausal.estimators.logistic.newton_logistic` (the same step, halving rule, step
tolerance and separation stop) with the likelihood, gradient and Hessian summed over the
coalition's parties. All coalitions advance together, one round per Newton evaluation, so the
number of rounds is bounded by the Newton iterations and step halvings (at most
``max_iter x 30``), not by the number of coalitions; the final rounds (three for IPW, two for
AIPW) return the moment sums of the point estimate and its standard error. A batch whose
answers would exceed :data:`ROUND_NUMBERS` numbers per party is evaluated in several passes (the same
results up to rounding).

References
----------
.. [1] P. McCullagh and J. A. Nelder, *Generalized Linear Models*, 2nd ed., Chapman & Hall,
   1989, section 4.4.
.. [2] J. K. Lunceford and M. Davidian, "Stratification and weighting via the propensity
   score in estimation of causal treatment effects", Statistics in Medicine 23(19), 2004.
.. [3] R. Qiao, X. Xu and B. K. H. Low, "Collaborative causal inference with fair incentives",
   ICML 2023.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence

import numpy as np
from threadpoolctl import threadpool_limits

from cocausal.cci.coalitions import _undefine_roundoff, members_keys
from cocausal.cci.party_rounds import answer_round, unpack_upper
from cocausal.data import CausalData
from cocausal.estimators import LinearPORBatch
from cocausal.estimators.linalg import ColumnScaling, GramSolver, pinv_solve_fast
from cocausal.estimators.logistic import SEPARATION_LOGIT, SEPARATION_PTOL, STEP_HALVING
from cocausal.estimators.sufficient import centred_ols, merge_moments

__all__ = ["FEDERATED_ESTIMATORS", "ROUND_NUMBERS", "FederatedEvaluator", "LocalRounds"]

#: Estimators a federated study can run without rows.
FEDERATED_ESTIMATORS = ("ipw", "aipw")
#: Most numbers one party's answer to a round may hold (about 20 MB of JSON; the coordinator
#: accepts bodies up to 32 MiB): a batch with more coalitions is sent in several passes.
ROUND_NUMBERS = 1_000_000

Rounds = Callable[[Mapping[int, dict]], Mapping[int, dict]]


class LocalRounds:
    """The parties' answers computed in this process from their rows (tests, simulations).

    Parameters
    ----------
    parties : sequence of CausalData
        Party ``i``'s rows answer the requests addressed to ``i``.
    min_units : int, default 10
        Disclosure threshold of :func:`~cocausal.cci.party_rounds.answer_round`.
    """

    def __init__(self, parties: Sequence[CausalData], *, min_units: int = 10) -> None:
        self.parties, self.min_units = list(parties), int(min_units)

    def __call__(self, requests: Mapping[int, dict]) -> dict[int, dict]:
        return {i: answer_round(req, self.parties[i], min_units=self.min_units) for i, req in requests.items()}


def _newton_path(p: int, tol: float, max_iter: int) -> Generator[tuple[np.ndarray, np.ndarray], dict, dict]:
    """One coalition's Newton fit as a coroutine: yields ``(beta, beta_prev)`` to evaluate, receives the sums.

    The step, halving and stopping rules are those of ``newton_logistic`` for one fit with unit
    weights, no penalty and ``stop="step"``.
    """
    ls = STEP_HALVING
    beta = np.zeros(p)
    at = yield beta, beta
    f, n_iter, converged = at["f"], 0, False
    for it in range(1, max_iter + 1):
        step = pinv_solve_fast(at["hessian"][None], at["grad"][None])[0]
        decrease = float(at["grad"] @ step)
        allowed = ls.slack * max(ls.floor, abs(f))
        cand = beta + step
        new = yield cand, beta
        bad = new["f"] > f - ls.armijo * decrease + allowed
        halvings, frac = 0, 1.0
        for h in range(1, ls.max_halvings):
            if not bad:
                break
            frac /= 2.0
            step = step / 2.0
            cand = beta + step
            new = yield cand, beta
            halvings = h
            bad = new["f"] > f - ls.armijo * frac * decrease + allowed
        if bad:
            step = step / 2.0  # halvings exhausted: the last candidate is taken
        beta, f, at, n_iter = cand, new["f"], new, it
        if np.abs(step).max() <= tol * (1.0 + np.abs(cand).max()) or (
            halvings == 0 and at["max_abs_logit"] > SEPARATION_LOGIT and at["max_prob_change"] <= SEPARATION_PTOL
        ):
            converged = True
            break
    return {"beta": beta, "n_iter": n_iter, "converged": converged, "n_extreme": at["n_extreme"]}


class _Failed(Exception):
    """A coalition cannot be estimated (its message says why)."""


class FederatedEvaluator:
    """Coalition estimates of IPW or AIPW from the parties' answers to rounds.

    Parameters
    ----------
    parties : PartyStatistics
        The parties' uploaded statistics (labels, sizes, per-arm moments).
    estimator : {"ipw", "aipw"}
    rounds : callable
        ``rounds({party index: request}) -> {party index: answer}``; each request is sent to
        one party and answered by :func:`~cocausal.cci.party_rounds.answer_round` on its rows.
    clip : (float, float) or None, default (0.01, 0.99)
        Propensity clipping, as the estimators' ``clip``.
    tol, max_iter : float, int
        Newton's step tolerance and iteration limit (those of
        :class:`~cocausal.estimators.logistic.LogisticMLE`).

    Attributes
    ----------
    n_evaluations : int
        Coalitions estimated (each at most once).
    n_rounds : int
        Rounds sent so far (each one request per party involved).
    round_log : list of dict
        Per round: its kind, the number of coalition items and of parties asked.
    """

    def __init__(self, parties, estimator: str, rounds: Rounds, *, clip=(0.01, 0.99), tol: float = 1e-8,
                 max_iter: int = 100) -> None:
        if estimator not in FEDERATED_ESTIMATORS:
            raise ValueError(f"a federated study runs estimator in {FEDERATED_ESTIMATORS}, got {estimator!r}.")
        self.parties, self.estimator, self.rounds = parties, estimator, rounds
        self.clip = None if clip is None else (float(clip[0]), float(clip[1]))
        self.tol, self.max_iter = float(tol), int(max_iter)
        with threadpool_limits(limits=1, user_api="blas"):
            self.stats = LinearPORBatch.stack(parties.statistics())
        self.n_rounds = 0
        self.round_log: list[dict] = []
        self._cache: dict[int, tuple[float, float, tuple[str, ...]]] = {}

    @property
    def n_evaluations(self) -> int:
        return len(self._cache)

    # ------------------------------------------------------------------ rounds
    def _ask(self, kind: str, items: Mapping[int, dict], members: Mapping[int, np.ndarray]) -> dict[int, list]:
        """One round: each party gets the items of its coalitions; returns each coalition's answers."""
        requests: dict[int, dict] = {}
        for key, item in items.items():
            for i in members[key]:
                requests.setdefault(int(i), {"kind": kind, "items": []})["items"].append({"coalition": key, **item})
        answers = self.rounds(requests)
        self.n_rounds += 1
        self.round_log.append({"kind": kind, "items": len(items), "parties": len(requests)})
        got: dict[int, list] = {key: [] for key in items}
        for i, request in requests.items():
            answer = answers.get(i)
            by_key = {a.get("coalition"): a for a in (answer or {}).get("items", [])}
            for item in request["items"]:
                key = item["coalition"]
                a = by_key.get(key)
                if a is None:
                    got[key].append((i, {"refused": "no answer for this coalition"}))
                else:
                    got[key].append((i, a))
        return got

    def _refusal(self, key: int, answers: list) -> str | None:
        for i, a in answers:
            if "refused" in a:
                return f"party {self.parties.labels[i]!r} refused: {a['refused']}"
        return None

    @staticmethod
    def _sum(answers: list, field: str) -> np.ndarray:
        return np.sum([np.asarray(a[field], dtype=float) for _, a in answers], axis=0)

    # ------------------------------------------------------------------ estimation
    def __call__(self, members: np.ndarray) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
        members = np.asarray(members, dtype=bool)
        keys = members_keys(members)
        todo: dict[int, np.ndarray] = {}
        for row, key in enumerate(keys):
            if key not in self._cache and key not in todo:
                todo[key] = np.flatnonzero(members[row])
        if todo:
            d = self.stats.means.shape[-1] - 1
            per_pass = max(1, ROUND_NUMBERS // ((d + 1) * (d + 2) // 2 + d + 5))  # numbers of a Newton answer
            items = list(todo.items())
            with threadpool_limits(limits=1, user_api="blas"):
                for start in range(0, len(items), per_pass):
                    self._estimate(dict(items[start : start + per_pass]))
        tau = np.array([self._cache[k][0] for k in keys])
        se, zero = _undefine_roundoff(np.array([self._cache[k][1] for k in keys]), self.parties.outcome_scale)
        messages = tuple(m for k in dict.fromkeys(keys) for m in self._cache[k][2])
        return tau, se, messages + zero

    def _estimate(self, todo: dict[int, np.ndarray]) -> None:
        n_parties = self.parties.n_parties
        M = np.zeros((len(todo), n_parties), dtype=bool)
        for row, idx in enumerate(todo.values()):
            M[row, idx] = True
        pooled = self.stats.coalitions(M)
        d = pooled.means.shape[-1] - 1
        live: dict[int, dict] = {}
        for row, (key, idx) in enumerate(todo.items()):
            counts = pooled.counts[row]
            label = [self.parties.labels[i] for i in idx]
            if (counts == 0).any():
                self._cache[key] = (np.nan, np.nan, (f"coalition {label}: an arm has no units",))
                continue
            n, mean, com = merge_moments(counts[0], pooled.means[row, 0], pooled.comoments[row, 0],
                                         counts[1], pooled.means[row, 1], pooled.comoments[row, 1])
            var = np.diagonal(com)[:d] / n
            constant = var <= 0
            scaling = ColumnScaling(centre=mean[:d], scale=np.sqrt(np.where(constant, 1.0, var)))
            live[key] = {"label": label, "n": float(n), "scaling": scaling, "constant": constant,
                         "messages": [], "row": row}
        if d:
            self._fit_propensities(live, todo, d)
        else:
            for c in live.values():
                share = pooled.counts[c["row"], 1] / c["n"]
                c["coef"] = np.array([np.log(share / (1.0 - share))])
        for key in [k for k, c in live.items() if "failed" in c]:
            c = live.pop(key)
            self._cache[key] = (np.nan, np.nan, (f"coalition {c['label']}: {c['failed']}",))
        if self.estimator == "ipw":
            self._ipw(live, todo, d)
        else:
            self._aipw(live, todo, d, pooled)
        for key, c in live.items():
            if "failed" in c:
                self._cache[key] = (np.nan, np.nan, (f"coalition {c['label']}: {c['failed']}",))
            else:
                self._cache[key] = (c["tau"], c["se"], tuple(c["messages"]))

    def _geometry(self, c: dict) -> dict:
        return {"centre": c["scaling"].centre.tolist(), "scale": c["scaling"].scale.tolist(),
                "constant": c["constant"].tolist()}

    def _fit_propensities(self, live: dict[int, dict], todo: dict[int, np.ndarray], d: int) -> None:
        paths = {key: _newton_path(d + 1, self.tol, self.max_iter) for key in live}
        points = {key: next(path) for key, path in paths.items()}
        while points:
            items = {key: {**self._geometry(live[key]), "beta": beta.tolist(), "beta_prev": prev.tolist()}
                     for key, (beta, prev) in points.items()}
            got = self._ask("newton", items, todo)
            nxt = {}
            for key, answers in got.items():
                refused = self._refusal(key, answers)
                if refused is not None:
                    live[key]["failed"] = f"propensity fit stopped: {refused}"
                    continue
                sums = {"f": float(self._sum(answers, "f")), "grad": self._sum(answers, "grad"),
                        "hessian": unpack_upper(self._sum(answers, "hessian_upper"), d + 1),
                        "max_abs_logit": max(a["max_abs_logit"] for _, a in answers),
                        "max_prob_change": max(a["max_prob_change"] for _, a in answers),
                        "n_extreme": int(sum(a["n_extreme"] for _, a in answers))}
                try:
                    nxt[key] = paths[key].send(sums)
                except StopIteration as stop:
                    self._finish_propensity(live[key], stop.value)
            points = nxt

    def _finish_propensity(self, c: dict, fit: dict) -> None:
        c["coef"] = c["scaling"].unscale(fit["beta"])
        if not fit["converged"]:
            detail = (f"LogisticMLE did not converge in {self.max_iter} Newton iterations (the classes may be "
                      "separable, so the MLE does not exist).")
        elif fit["n_extreme"]:
            detail = (f"LogisticMLE: {fit['n_extreme']} fitted probabilities are numerically 0 or 1 "
                      f"(|logit| > {SEPARATION_LOGIT:g}); the classes are (quasi-)separable and the MLE "
                      f"does not exist (Newton stopped after {fit['n_iter']} iterations).")
        else:
            return
        # the in-process estimators' wording (fit_propensity over LogisticMLE), so the study's warnings agree
        c["messages"].append(f"The propensity model did not converge (separable treatment or too few iterations): "
                             f"{detail}")

    def _clip_messages(self, c: dict, answers: list, name: str) -> None:
        low = int(sum(a["n_low"] for _, a in answers))
        high = int(sum(a["n_high"] for _, a in answers))
        if int(sum(a["n_outside"] for _, a in answers)):
            c["failed"] = ("estimator failed: estimated propensities are exactly 0 or 1 (no overlap); set "
                           "clip=(low, high)")
            return
        if low + high:
            lo, hi = self.clip
            c["messages"].append(f"{low + high} of {int(c['n'])} propensity scores clipped to [{lo:g}, {hi:g}] "
                                 f"({low} below, {high} above).")
        ranges = {}
        for arm in ("treated", "control"):
            spans = [a["ranges"][arm] for _, a in answers if a["ranges"][arm] is not None]
            ranges[arm] = (min(s[0] for s in spans), max(s[1] for s in spans))
        (lo1, hi1), (lo0, hi0) = ranges["treated"], ranges["control"]
        if hi1 < lo0 or hi0 < lo1:
            c["messages"].append(
                f"No overlap: the propensity scores of the treated units [{lo1:.4g}, {hi1:.4g}] and of the control "
                f"units [{lo0:.4g}, {hi0:.4g}] do not intersect (the arms are separated), so the {name} estimate "
                "extrapolates and its standard error does not cover that."
            )

    def _final_items(self, live: dict[int, dict], fields: Callable[[dict], dict]) -> dict[int, dict]:
        return {key: {"coef": c["coef"].tolist(), "clip": None if self.clip is None else list(self.clip), **fields(c)}
                for key, c in live.items() if "failed" not in c}

    def _collect(self, live: dict[int, dict], got: dict[int, list]) -> dict[int, list]:
        ok = {}
        for key, answers in got.items():
            refused = self._refusal(key, answers)
            if refused is not None:
                live[key]["failed"] = refused
            else:
                ok[key] = answers
        return ok

    def _ipw(self, live: dict[int, dict], todo: dict[int, np.ndarray], d: int) -> None:
        got = self._collect(live, self._ask("ipw_moments", self._final_items(live, lambda c: {}), todo))
        for key, answers in got.items():
            c = live[key]
            s1, s0 = float(self._sum(answers, "s1")), float(self._sum(answers, "s0"))
            c["mu1"] = float(self._sum(answers, "a1")) / s1
            c["mu0"] = float(self._sum(answers, "a0")) / s0
            c["s1n"], c["s0n"] = s1 / c["n"], s0 / c["n"]
            self._clip_messages(c, answers, "IPW")
        C = {}
        if d:
            items = self._final_items(live, lambda c: {**self._geometry(c), "mu1": c["mu1"], "mu0": c["mu0"]})
            got = self._collect(live, self._ask("ipw_correction", items, todo))
            for key, answers in got.items():
                n = live[key]["n"]
                C[key] = GramSolver(self._sum(answers, "gram") / n).solve(self._sum(answers, "h") / n)
        items = self._final_items(live, lambda c: {**self._geometry(c), "mu1": c["mu1"], "mu0": c["mu0"],
                                                   "s1n": c["s1n"], "s0n": c["s0n"]})
        for key, item in items.items():
            item["C"] = C[key].tolist() if key in C else None
        got = self._collect(live, self._ask("ipw_variance", items, todo))
        for key, answers in got.items():
            c = live[key]
            c["tau"] = c["mu1"] - c["mu0"]
            c["se"] = float(np.sqrt(float(self._sum(answers, "sum_sq")) / c["n"] / c["n"]))

    def _aipw(self, live: dict[int, dict], todo: dict[int, np.ndarray], d: int, pooled: LinearPORBatch) -> None:
        for c in live.values():
            arms = []
            for a in (0, 1):
                row = c["row"]
                fit = centred_ols(pooled.counts[row, a], pooled.means[row, a], pooled.comoments[row, a], rss=False)
                arms.append({"xbar": fit.xbar.tolist(), "ybar": float(fit.ybar), "slopes": fit.slopes.tolist()})
                if int(fit.rank) < d:
                    c["messages"].append(
                        f"The {('control', 'treated')[a]} outcome regression is rank deficient (rank {int(fit.rank)} "
                        f"of {d} covariates on {int(pooled.counts[row, a])} units); using the minimum-norm "
                        "least-squares fit."
                    )
            c["outcome"] = arms
        got = self._collect(live, self._ask("aipw_moments", self._final_items(live, lambda c: {
            "outcome": c["outcome"]}), todo))
        for key, answers in got.items():
            c = live[key]
            c["tau"] = float(self._sum(answers, "sum")) / c["n"]
            self._clip_messages(c, answers, "AIPW")
        items = self._final_items(live, lambda c: {"outcome": c["outcome"], "ate": c["tau"]})
        got = self._collect(live, self._ask("aipw_variance", items, todo))
        for key, answers in got.items():
            c = live[key]
            c["se"] = float(np.sqrt(float(self._sum(answers, "sum_sq")) / c["n"] / c["n"]))

