"""``cocausal fair-pool``: counterfactually fair pooling of several experts' causal models."""

from __future__ import annotations

from pathlib import Path

import typer

from cocausal.cli._common import (
    check_writable,
    console,
    err_console,
    print_table,
    print_warnings,
    progress,
    write_json,
)
from cocausal.cli.app import app
from cocausal.limits import MAX_SAMPLES, MAX_SPEC_BYTES, check_count, read_text


def _yaml_problem(path: Path) -> str | None:
    """Where and why the YAML file ``path`` has a syntax error, on one line (None for no syntax error;
    refused tags and aliases keep the spec loader's own message)."""
    import yaml

    try:
        for _ in yaml.parse(read_text(path, max_bytes=MAX_SPEC_BYTES, what="SCM spec file")):
            pass
    except (yaml.scanner.ScannerError, yaml.parser.ParserError) as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        context = f" ({exc.context})" if exc.context else ""
        return f"{path}: invalid YAML{where}: {exc.problem}{context}; fix the YAML syntax there."
    return None


def _load_model(path: Path):
    """An expert's SCM from its spec file, a YAML syntax error reported by line and column."""
    from cocausal.scm.io import load_scm

    try:
        return load_scm(path)
    except ValueError as exc:
        problem = _yaml_problem(path) if "invalid YAML" in str(exc) else None
        if problem is None:
            raise
        raise ValueError(problem) from None


@app.command("fair-pool")
def fair_pool(
    models: list[Path] = typer.Argument(None, help="Expert SCM spec files (.yaml/.json)."),
    sensitive: list[str] = typer.Option(None, "--sensitive", help="Sensitive attribute (repeatable)."),
    protected: list[str] = typer.Option(None, "--protected", hidden=True, help="Deprecated name of --sensitive."),
    rule: str = typer.Option(
        "strict-majority", "--rule",
        help="strict-majority | majority | unanimity | dictatorship:K | quota:Q.",
    ),
    order: str = typer.Option("pooling-removal", "--order", help="pooling-removal | removal-pooling."),
    applicant: Path = typer.Option(None, "--applicant", help="JSON file with the applicants' contexts."),
    semantics: str = typer.Option("exogenous", "--semantics", help="exogenous | do | conditional."),
    pool: str = typer.Option("mean", "--pool", help="mean | linear | logarithmic."),
    samples: int = typer.Option(
        100_000, "--samples", help=f"Monte Carlo samples per expert and applicant (2 to {MAX_SAMPLES:,})."
    ),
    seed: int = typer.Option(0, "--seed", help="Random seed."),
    common_variables: bool = typer.Option(
        False, "--common-variables", help="Pool over the variables all experts share instead of failing."
    ),
    example: str = typer.Option(None, "--example", help="Run a shipped example: phd."),
    json_out: Path = typer.Option(None, "--json", help="Write the results as JSON ('-': stdout)."),
    plot: Path = typer.Option(None, "--plot", help="Write the fair densities per expert as PNG."),
    graph_plot: Path = typer.Option(None, "--graph-plot", help="Write the pooled fair graph as PNG."),
) -> None:
    """Counterfactually fair scores from several experts' structural causal models.

    Pools the experts' graphs (judgment aggregation + removal of sensitive attributes and
    their descendants), then estimates each expert's P(Y | Z = z) by Monte Carlo for each
    applicant, pools the opinions and checks counterfactual fairness under do(A = a).

    Example: cocausal fair-pool --example phd --json phd.json --plot phd.png

    Your own experts: one spec file per expert and an applicants JSON, in the format of the
    shipped PhD example files (their folder: python -c "from cocausal.scm.examples import
    phd_example_files as f; print(f()[0][0].parent)"), e.g. cocausal fair-pool
    DIR/expert_a.yaml DIR/expert_b.yaml --sensitive Gnd --applicant DIR/applicants.json.
    """
    from cocausal.pooling.pipeline import FairPooling
    from cocausal.scm.examples import PHD_SENSITIVE, load_phd_example
    from cocausal.scm.io import load_contexts

    if protected:
        err_console.print("warning: --protected is deprecated; use --sensitive (--protected goes in the next release).",
                          highlight=False)
        sensitive = [*(sensitive or []), *protected]
    samples = check_count(samples, "--samples", MAX_SAMPLES, minimum=2)
    for path, option in ((json_out, "--json"), (plot, "--plot"), (graph_plot, "--graph-plot")):
        check_writable(path, option)
    if example is not None:
        if example != "phd":
            raise ValueError(f"unknown example {example!r}; the shipped example is 'phd'.")
        loaded, applicants = load_phd_example()
        if models:
            raise ValueError("give either --example or model files, not both.")
        sensitive = sensitive or list(PHD_SENSITIVE)
        if applicant is not None:
            applicants = load_contexts(applicant)
    else:
        if not models:
            raise ValueError("give expert model files (e.g. a.yaml b.yaml) or --example phd.")
        if applicant is None:
            raise ValueError("--applicant APPLICANT.json is required with model files.")
        if not sensitive:
            raise ValueError("--sensitive is required (e.g. --sensitive Gnd).")
        loaded = [_load_model(p) for p in models]
        applicants = load_contexts(applicant)

    fp = FairPooling(
        sensitive=sensitive, rule=rule, order=order, semantics=semantics, pool=pool, n_samples=samples,
        variables="common" if common_variables else "strict", random_state=seed,
    )
    with progress() as bar:
        task = bar.add_task("fair pooling", total=len(applicants) + 1)
        fp.fit(loaded)
        bar.advance(task)
        result = fp.score(applicants, on_progress=lambda: bar.advance(task))
    q = result.qualitative

    console.print(
        f"[bold]pooled fair graph[/bold] ({q.order}, rule {q.rule}): "
        + (", ".join(f"{a}->{b}" for a, b in q.edges) or "no edges")
    )
    console.print(f"fair features Z: {', '.join(q.fair_features) or '(none)'}")
    print_table("removed variables", ["variable", "reason"], sorted(q.removed.items()))
    rows = []
    for a in result.applicants:
        for e in a.experts:
            rows.append([a.name, e.name, e.unfair_score, e.fair_mean, e.fair_se,
                         a.cf_gap.experts_unfair[e.name].gap if a.cf_gap else float("nan")])
        rows.append([a.name, f"pooled ({a.pooled.method})", "", a.pooled.score, a.pooled.se,
                     a.cf_gap.pooled_fair.gap if a.cf_gap else float("nan")])
    print_table(
        f"fair scores ({semantics} semantics, {samples} samples)",
        ["applicant", "expert", "unfair score", "fair mean", "fair se", "cf gap"],
        rows,
    )
    console.print("cf gap: max - min over do(A = a) of the expert's own predictor (expert rows) "
                  "or of the pooled fair score (pooled rows).")
    print_warnings(result.warnings, part=f"fair-pool, {semantics} semantics")
    if json_out is not None:
        write_json(json_out, result.to_json())
    if plot is not None:
        result.plot(str(plot))
        err_console.print(f"wrote {plot}")
    if graph_plot is not None:
        q.draw(str(graph_plot))
        err_console.print(f"wrote {graph_plot}")
