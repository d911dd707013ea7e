"""Structural causal models: specs (YAML/JSON/Python), sampling, V(u), do(), counterfactuals.

Quick start::

    from cocausal.scm import SCM, counterfactual
    m = SCM({"U_x": {"dist": "normal"}, "U_y": {"dist": "normal"}},
            {"X": "U_x", "Y": "2 * X + U_y"}, predictor="Y")
    m.sample(1000, random_state=0)                 # dict of arrays
    m.evaluate({"U_x": 1.0, "U_y": 0.5})           # Pearl's V(u)
    m.do({"X": 2.0}).sample(1000, random_state=0)  # interventional
    counterfactual(m, {"X": 1.0, "Y": 3.0}, {"X": 2.0})  # abduction-action-prediction
"""

from cocausal.scm.distributions import (
    Bernoulli,
    Beta,
    Categorical,
    Constant,
    Distribution,
    Normal,
    Poisson,
    Uniform,
    distribution_from_spec,
)
from cocausal.scm.examples import PHD_SENSITIVE, load_phd_example, phd_example_files
from cocausal.scm.expressions import ALLOWED_FUNCTIONS, Expression, UnsafeExpressionError
from cocausal.scm.graph import cycle_message, descendants, distance_layers, draw_graph, edge_layers, is_acyclic
from cocausal.scm.inference import WeightedSample, abduct, conditional_sample, counterfactual, weighted_mean_se
from cocausal.scm.io import SCMBuilder, load_contexts, load_scm, parse_contexts, save_scm, scm_from_dict
from cocausal.scm.model import SCM

__all__ = [
    "ALLOWED_FUNCTIONS",
    "Bernoulli",
    "Beta",
    "Categorical",
    "Constant",
    "Distribution",
    "Expression",
    "Normal",
    "PHD_SENSITIVE",
    "Poisson",
    "SCM",
    "SCMBuilder",
    "Uniform",
    "UnsafeExpressionError",
    "WeightedSample",
    "abduct",
    "conditional_sample",
    "counterfactual",
    "cycle_message",
    "descendants",
    "distance_layers",
    "distribution_from_spec",
    "draw_graph",
    "edge_layers",
    "is_acyclic",
    "load_contexts",
    "load_phd_example",
    "load_scm",
    "parse_contexts",
    "phd_example_files",
    "save_scm",
    "scm_from_dict",
    "weighted_mean_se",
]
