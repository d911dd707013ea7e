"""Command-line interface of ``cocausal``.

Commands: ``estimate | cci | payoff | private-ate | fair-pool | fair-predict | demo | coordinator | party |
report``.

Exit codes: 0 ok, 2 bad input (one clear line on stderr), 1 internal error (rerun with
``--debug`` for the traceback).

Each command module registers itself on ``app`` when imported. :func:`main` imports only the
module of the command being run, so ``cocausal --version`` and ``cocausal --help`` load no
numerical library: the top-level help lists the commands from :data:`COMMANDS` (a test checks
each summary against the first line of the command's own docstring).
"""

from __future__ import annotations

import contextlib
import importlib
import re
import sys

import click
import typer

from cocausal.cli.app import app, index_app, state

__all__ = ["COMMANDS", "app", "load_commands", "main"]

#: Command name -> (the module that registers it, the summary that ``cocausal --help`` shows: the
#: start of the first paragraph of the command's docstring).
COMMANDS: dict[str, tuple[str, str]] = {
    "estimate": ("cocausal.cli.estimate", "Estimate an average treatment effect with a standard error and 95% CI."),
    "cci": ("cocausal.cli.cci", "Value each party's data, reward it fairly and realise the rewards as ATE estimates."),
    "payoff": (
        "cocausal.cli.payoff",
        "Payoffs, payoff flows and model rewards under budgets (Nguyen, Low & Jaillet 2022).",
    ),
    "private-ate": (
        "cocausal.cli.private_ate",
        "Release an epsilon-DP average treatment effect by capped propensity score matching.",
    ),
    "fair-pool": (
        "cocausal.cli.fair_pool",
        "Counterfactually fair scores from several experts' structural causal models.",
    ),
    "fair-predict": (
        "cocausal.cli.fair_predict",
        "Train counterfactually fair predictors (EXOC, EXOC-cut, Fair-K, CLAIRE) and baselines."
    ),
    "demo": ("cocausal.cli.demo", "Run all six capabilities on the shipped data and write a self-contained report."),
    "coordinator": (
        "cocausal.cli.coordinator",
        "Run a coordinator and administer its studies (admin side of a multi-party study).",
    ),
    "party": (
        "cocausal.cli.party",
        "Take part in a coordinator's study: enrol, compute and upload statistics, read your reward.",
    ),
    "report": (
        "cocausal.cli.report",
        "Render a self-contained HTML report (tables and embedded PNG/SVG figures) from saved results.",
    ),
}


def load_commands(names=None) -> None:
    """Import the modules of the commands ``names`` (all when None), which registers them on ``app``."""
    for name in COMMANDS if names is None else names:
        importlib.import_module(COMMANDS[name][0])


def _app_for(argv: list[str]) -> tuple[typer.Typer, bool]:
    """The app that runs ``argv`` and whether it runs a command (the first non-option argument)."""
    name = next((arg for arg in argv if not arg.startswith("-")), None)
    if name in COMMANDS:
        load_commands([name])
        return app, True
    return index_app({key: summary for key, (_, summary) in COMMANDS.items()}), False


def _click_types(name: str) -> tuple[type[BaseException], ...]:
    """``click``'s exception class ``name`` and typer's vendored copy of it (typer >= 0.26 vendors click)."""
    found = [getattr(click.exceptions, name)]
    try:
        from typer._click import exceptions as vendored
    except ImportError:  # older typer: plain click
        vendored = None
    if vendored is not None and hasattr(vendored, name):
        found.append(getattr(vendored, name))
    return tuple(found)


_EXIT = (*_click_types("Exit"), typer.Exit)
_ABORT = (*_click_types("Abort"), typer.Abort)
_USAGE = _click_types("ClickException")


def _json_to_stdout(argv: list[str]) -> bool:
    """Whether ``argv`` asks for ``--json -`` (the JSON on stdout)."""
    return any(a == "--json=-" or (a == "--json" and b == "-") for a, b in zip(argv, [*argv[1:], None]))


def _usage_line(exc: BaseException) -> str:
    """An option-parser error as one line: the option, the problem, and where the choices are listed."""
    text = " ".join(str(exc.format_message() if hasattr(exc, "format_message") else exc).split())
    text = text.replace("Value error, ", "")
    text = re.sub(r"Input should be a valid (\w+), unable to parse string as an? \w+", r"expected a valid \1", text)
    text = text.replace("Input should be", "must be")
    text = re.sub(r"^Invalid value for ('[^']+'(?: / '[^']+')?): (.*)$", r"\1: \2", text)
    text = re.sub(r"'(-[\w-]+)'(?: / '-\w')?", r"\1", text)
    command = state.get("command")
    where = f"cocausal {command} -h" if command else "cocausal -h"
    return f"{text.rstrip('.')}. See {where} for the options."


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and map errors to exit codes (0 ok, 2 bad input, 1 internal error).

    ``--json -`` writes the JSON to stdout and sends the tables to stderr.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    name = next((arg for arg in argv if not arg.startswith("-")), None)
    state["command"] = name if name in COMMANDS else None
    redirected = None
    try:
        runner, runs_command = _app_for(argv)
        if runs_command:
            from cocausal.cli._common import cli_warnings, console

            guard = cli_warnings()
            if _json_to_stdout(argv):
                redirected = console
                console.file = sys.stderr
        else:
            guard = contextlib.nullcontext()
        with guard:
            runner(args=argv, prog_name="cocausal", standalone_mode=False)
    except _EXIT as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except _USAGE as exc:
        if not str(exc.format_message()).strip():  # e.g. no arguments: the help was shown
            return 2
        from rich.console import Console
        from rich.markup import escape

        Console(stderr=True, soft_wrap=True).print(f"[red]error:[/red] {escape(_usage_line(exc))}", highlight=False)
        return 2
    except _ABORT:
        from cocausal.cli._common import err_console

        err_console.print("aborted")
        return 1
    except (ValueError, TypeError, FileNotFoundError, KeyError) as exc:
        if state["debug"]:
            raise
        from rich.markup import escape

        from cocausal.cli._common import cli_text, err_console

        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        err_console.print(f"[red]error:[/red] {escape(cli_text(message))}", highlight=False, soft_wrap=True)
        return 2
    except Exception as exc:  # the CLI's last line of defence
        if state["debug"]:
            raise
        from cocausal.cli._common import err_console

        err_console.print(
            f"[red]internal error:[/red] {type(exc).__name__}: {exc}\n"
            "Rerun with --debug (cocausal --debug ...) for the traceback.",
            highlight=False,
            soft_wrap=True,
        )
        return 1
    finally:
        if redirected is not None:
            redirected.file = None  # back to the current sys.stdout
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
