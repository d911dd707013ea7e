"""Deprecated: fair pooling moved to :mod:`cocausal.pooling`, fair predictors to :mod:`cocausal.predictors`."""

from cocausal._deprecated import forward


def __getattr__(name: str):
    return forward(__name__, ("cocausal.pooling", "cocausal.predictors"), name)
