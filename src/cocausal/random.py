"""Random-number conventions: explicit generators, never global state."""

from __future__ import annotations

import numbers

import numpy as np

__all__ = ["check_random_state", "spawn_generators", "spawn_seeds", "RandomState"]

RandomState = int | np.random.Generator | np.random.SeedSequence | None


def check_random_state(random_state: RandomState) -> np.random.Generator:
    """Turn ``random_state`` into a :class:`numpy.random.Generator`.

    Parameters
    ----------
    random_state : int, numpy.random.Generator, numpy.random.SeedSequence or None
        ``None`` gives fresh OS entropy; an int or SeedSequence a reproducible
        generator; a Generator is returned unchanged (shared, not copied).

    Raises
    ------
    TypeError
        For anything else (in particular the legacy ``RandomState`` and floats).
    """
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or isinstance(random_state, np.random.SeedSequence):
        return np.random.default_rng(random_state)
    if isinstance(random_state, numbers.Integral) and not isinstance(random_state, bool):
        if random_state < 0:
            raise ValueError(f"random_state must be a non-negative integer, got {random_state}.")
        return np.random.default_rng(int(random_state))
    raise TypeError(
        "random_state must be None, a non-negative int, a numpy.random.SeedSequence or a "
        f"numpy.random.Generator; got {type(random_state).__name__}."
    )


def _seed_sequence(random_state: RandomState) -> np.random.SeedSequence:
    if isinstance(random_state, np.random.SeedSequence):
        return random_state
    if isinstance(random_state, np.random.Generator):
        # Derive a child sequence from the generator's stream (advances it once).
        return np.random.SeedSequence(random_state.integers(0, 2**63 - 1, size=4).tolist())
    check_random_state(random_state)  # validates the type
    return np.random.SeedSequence(random_state)


def spawn_seeds(random_state: RandomState, n: int) -> list[np.random.SeedSequence]:
    """Independent child seed sequences for ``n`` parallel workers or tasks."""
    return _seed_sequence(random_state).spawn(int(n))


def spawn_generators(random_state: RandomState, n: int) -> list[np.random.Generator]:
    """Independent generators for ``n`` parallel workers (``SeedSequence.spawn``)."""
    return [np.random.default_rng(s) for s in spawn_seeds(random_state, n)]
