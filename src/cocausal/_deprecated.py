"""Forwarding of the import paths that wave 1 published, for one release."""

from __future__ import annotations

import importlib
import warnings


def forward(old: str, new: tuple[str, ...], name: str):
    """Look ``name`` up in the packages ``new`` and warn that ``old`` is deprecated."""
    for package in new:
        module = importlib.import_module(package)
        if hasattr(module, name):
            warnings.warn(
                f"{old}.{name} moved to {package}.{name}; import it from there ({old} goes in the next release).",
                DeprecationWarning,
                stacklevel=3,
            )
            return getattr(module, name)
    raise AttributeError(f"module {old!r} has no attribute {name!r}")
