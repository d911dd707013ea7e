"""Counterfactual fairness: pooling of expert causal models and fair predictors.

* qualitative pooling of expert SCM graphs (judgment aggregation, removal, pooling);
* quantitative pooling (per-expert Monte Carlo fair distributions, opinion pools);
* counterfactually fair predictors (EXOC and baselines) in :mod:`cocausal.fairness.predictors`.
"""
