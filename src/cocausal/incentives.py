"""Deprecated: collaborative causal inference moved to :mod:`cocausal.cci`, payoffs to :mod:`cocausal.payoff`."""

from cocausal._deprecated import forward


def __getattr__(name: str):
    return forward(__name__, ("cocausal.cci", "cocausal.payoff"), name)
