"""The release contract: what a private estimator may publish.

Every field of a private result has a provenance, and only four kinds exist:

``public``
    A function of the public inputs alone: the parameters (epsilon, bounds, ``N``, budget
    split, seed of the non-DP randomness), ``n``, and whatever the neighbouring relation holds
    fixed (``X`` and ``t`` at label level). Equal on every pair of neighbouring data sets.
``release``
    A charged DP release: a :class:`~cocausal.privacy.mechanisms.Release` that declares its
    relation, sensitivity and epsilon and is on the accountant's ledger.
``derived``
    Post-processing: a function of the releases and the public inputs only, recomputable from
    them without the data.
``not private``
    An evaluation quantity computed from the raw data (e.g. the noise-free reference). It is
    ``None`` unless explicitly requested and is never part of :func:`published_record`.

Warnings are published too (on the result and on stderr), so a warning's text must be
``public`` or ``derived``; a private value (a clip count, a raw mean) never enters one.

References
----------
.. [1] C. Dwork and A. Roth, "The algorithmic foundations of differential privacy",
   Found. Trends Theor. Comput. Sci. 9(3-4), 2014 (post-processing, Prop. 2.1).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from cocausal.results import to_jsonable

__all__ = ["PUBLIC", "RELEASE", "DERIVED", "NOT_PRIVATE", "PROVENANCES", "published_record"]

PUBLIC = "public"
RELEASE = "release"
DERIVED = "derived"
NOT_PRIVATE = "not private"
PROVENANCES = (PUBLIC, RELEASE, DERIVED, NOT_PRIVATE)


def published_record(result) -> dict[str, Any]:
    """The JSON-ready record of a private result: every field except the non-private ones.

    Releases are given by their declaration (name, mechanism, relation, sensitivity, epsilon,
    scale, size) and, for scalar releases, their noisy value.

    Parameters
    ----------
    result : PrivATEResult or StratifiedResult
        Any result with a ``provenance()`` method mapping each field to one of
        :data:`PROVENANCES`.

    Returns
    -------
    dict
    """
    kinds = result.provenance()
    record: dict[str, Any] = {}
    for field in dataclasses.fields(result):
        kind = kinds[field.name]
        if kind == NOT_PRIVATE:
            continue
        value = getattr(result, field.name)
        if field.name == "releases":
            value = [
                {**r.to_dict(), **({"value": float(r.value.reshape(-1)[0])} if r.size == 1 else {})}
                for r in value
            ]
        record[field.name] = to_jsonable(value)
    return record
