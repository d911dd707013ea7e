"""``cocausal payoff``: Shapley-fair payoffs and model rewards under budgets."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
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
from cocausal.games import COLLAB_ML_GAMES, JoblibExecutor, TabularGame, load_collab_ml_game
from cocausal.limits import check_finite_values, load_json
from cocausal.payoff.digits import digits_collaboration
from cocausal.payoff.payoffs import allocate
from cocausal.warnings import CocausalWarning

__all__ = ["payoff_command"]

_DATASETS = ("digits",)


def _parse_vector(text: str | None, name: str):
    if text is None:
        return None
    try:
        values = [float(part) for part in text.split(",")]
    except ValueError as exc:
        raise ValueError(
            f"--{name} must be one number or comma-separated numbers ('inf' allowed), e.g. "
            f"0.3,0,0,0,0; got {text!r}."
        ) from exc
    return values[0] if len(values) == 1 else np.array(values)


def _shown(x) -> float:
    """Table display: drop solver round-off (|x| < 1e-12) so exact zeros print as 0."""
    return round(float(x), 12) + 0.0


def _check_game_values(path: Path) -> None:
    """Refuse a game file whose value table holds a non-number, naming the first such entry."""
    payload = load_json(path, what="game file")
    values = payload.get("value_by_bitmask") if isinstance(payload, dict) else None
    if not isinstance(values, list):
        return  # TabularGame.from_json says what the file must hold
    for mask, value in enumerate(values):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(
                f"--game {path}: value_by_bitmask[{mask}] is {json.dumps(value)}, not a number; give the value "
                "of every coalition (index = bitmask) as a JSON number."
            )


def _load_table_game(game: str, exchange_rate: float) -> TabularGame:
    base = load_collab_ml_game(game) if game in COLLAB_ML_GAMES else None
    if base is None:
        path = Path(game)
        if not path.is_file():
            raise FileNotFoundError(
                f"--game {game!r} is neither a JSON file nor a shipped game ({', '.join(COLLAB_ML_GAMES)})."
            )
        _check_game_values(path)
        base = TabularGame.from_json(path)
    with np.errstate(over="ignore"):
        scaled = exchange_rate * np.asarray(base.table())
    return TabularGame(check_finite_values(scaled, f"--game {game} times --exchange-rate {exchange_rate:g}"),
                       players=base.players)


@app.command("payoff")
def payoff_command(
    game: str = typer.Option(
        None, "--game", help=f"Value table JSON (value_by_bitmask) or a shipped game: {', '.join(COLLAB_ML_GAMES)}."
    ),
    dataset: str = typer.Option(
        None, "--dataset", help="'digits': train a model on each of the 32 coalitions of 5 digit parties."
    ),
    budgets: str = typer.Option("inf", "--budgets", help="Budgets: 'inf', one number for all, or b1,b2,..."),
    caps: str = typer.Option(None, "--caps", help="Performance caps on the model value per party ('inf' = none)."),
    exchange_rate: float = typer.Option(1.0, "--exchange-rate", help="nu: value per unit of model score."),
    realise: bool = typer.Option(False, "--realise", help="digits: train each model reward by early stopping."),
    overlap: str = typer.Option("shared", "--overlap", help="digits: 'shared' or 'split' overlapping digit ranges."),
    n_jobs: int = typer.Option(1, "--n-jobs", help="digits: parallel workers for the coalition models."),
    seed: int = typer.Option(0, "--seed", help="Seed of the digits split and training."),
    json_out: Path = typer.Option(None, "--json", help="Write the results as JSON ('-': stdout)."),
    plot: Path = typer.Option(None, "--plot", help="Save payoffs, model rewards and flow heatmap (PNG)."),
) -> None:
    """Payoffs, payoff flows and model rewards under budgets (Nguyen, Low & Jaillet 2022).

    Example: cocausal payoff --game mnist_5_parties --budgets 0.3,0,0,0,0 --json out.json
    """
    if game is not None and dataset is not None:
        raise ValueError("Give either --game or --dataset, not both.")
    if not (np.isfinite(exchange_rate) and exchange_rate > 0):
        raise ValueError(
            f"--exchange-rate must be a positive number (value per unit of model score), got {exchange_rate:g}; "
            "use e.g. --exchange-rate 1."
        )
    check_writable(json_out, "--json")
    check_writable(plot, "--plot")
    if dataset is not None and dataset not in _DATASETS:
        raise ValueError(f"--dataset must be one of {_DATASETS}, got {dataset!r}.")
    if realise and dataset is None:
        raise ValueError("--realise trains models and needs --dataset digits.")
    collab = None
    if dataset == "digits":
        collab = digits_collaboration(overlap=overlap, exchange_rate=exchange_rate, random_state=seed)
        value_game = collab.game(JoblibExecutor(n_jobs) if n_jobs != 1 else None)
        masks = np.arange(1 << value_game.n_players)
        with progress() as bar:
            task = bar.add_task("training coalition models", total=masks.size)
            for chunk in np.array_split(masks, 8):
                value_game.values(chunk)
                bar.advance(task, chunk.size)
        source = f"digits ({overlap} overlap, seed {seed})"
    else:
        value_game = _load_table_game(game or "mnist_5_parties", exchange_rate)
        source = game or "mnist_5_parties"
    with warnings.catch_warnings():  # recorded on the result and printed below
        warnings.simplefilter("ignore", CocausalWarning)
        result = allocate(value_game, _parse_vector(budgets, "budgets"), caps=_parse_vector(caps, "caps"))

    achieved = None
    if collab is not None and realise:
        with progress() as bar:
            task = bar.add_task("realising model rewards", total=len(result.players))
            achieved = []
            for i, value in enumerate(result.model_values):
                achieved.append(collab.exchange_rate * collab.realise(i, float(value))[1].achieved)
                bar.advance(task)

    columns = ["party", "budget", "phi", "payoff", "lambda", "own value", "model value"]
    rows = [
        [name, float(b), *map(_shown, (p, q, lam, o, m))]
        for name, b, p, q, lam, o, m in zip(
            result.players, result.budgets, result.phi, result.payoffs, result.lambdas,
            result.singleton_values, result.model_values,
        )
    ]
    if achieved is not None:
        columns.append("achieved")
        rows = [row + [_shown(a)] for row, a in zip(rows, achieved)]
    print_table(f"Payoff and model rewards: {source}, v(N) = {result.grand_value:.4g}", columns, rows)
    print_table(
        "Payoff flows lambda_i * phi_{j|i} (row pays column)",
        ["pays \\ receives", *result.players],
        [[name, *map(_shown, row)] for name, row in zip(result.players, result.flows)],
    )
    console.print(
        f"status: {result.status} ({result.solver}); weakly efficient: {result.weakly_efficient}; "
        f"budget efficient: {result.budget_efficient}"
    )
    print_warnings(result.warnings, part=f"payoff on {source}")

    if json_out is not None:
        payload = {
            "phi": result.phi,
            "payoff": result.payoffs,
            "lambda": result.lambdas,
            "model_value": result.model_values,
            "flows": result.flows,
            "status": result.status,
            "players": result.players,
            "budgets": result.budgets,
            "own_value": result.singleton_values,
            "grand_value": result.grand_value,
            "weakly_efficient": result.weakly_efficient,
            "budget_efficient": result.budget_efficient,
            "warnings": result.warnings,
        }
        if achieved is not None:
            payload["achieved"] = achieved
        write_json(json_out, payload)
    if plot is not None:
        from cocausal.payoff.plots import plot_allocation

        plot.parent.mkdir(parents=True, exist_ok=True)
        plot_allocation(result, title=f"{source}, budgets {budgets}").savefig(plot, dpi=120)
        err_console.print(f"wrote {plot}")
