"""Command-line interface: ``cocausal estimate | cci | payoff | private-ate | fair-pool | fair-predict | demo``.

Exit codes: 0 ok, 2 bad input (one clear line on stderr), 1 internal error (rerun with
``--debug`` for the traceback).
"""

from __future__ import annotations

import sys

import click
import typer

from cocausal.cli._common import cli_warnings, err_console
from cocausal.cli.app import app, state

# Each command module registers itself on ``app`` when imported; add new ones here.
from cocausal.cli import estimate as _estimate  # noqa: F401,E402
from cocausal.cli import cci as _cci  # noqa: F401,E402
from cocausal.cli import payoff as _payoff  # noqa: F401,E402
from cocausal.cli import private_ate as _private_ate  # noqa: F401,E402
from cocausal.cli import fair_pool as _fair_pool  # noqa: F401,E402
from cocausal.cli import fair_predict as _fair_predict  # noqa: F401,E402
from cocausal.cli import demo as _demo  # noqa: F401,E402
from cocausal.cli import report as _report  # noqa: F401,E402

__all__ = ["app", "main"]


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


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and map errors to exit codes (0 ok, 2 bad input, 1 internal error)."""
    try:
        with cli_warnings():
            app(args=argv, prog_name="cocausal", standalone_mode=False)
    except _EXIT as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except _USAGE as exc:
        exc.show()
        return 2
    except _ABORT:
        err_console.print("aborted")
        return 1
    except (ValueError, TypeError, FileNotFoundError, KeyError) as exc:
        if state["debug"]:
            raise
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
        return 2
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
        if state["debug"]:
            raise
        err_console.print(
            f"[red]internal error:[/red] {type(exc).__name__}: {exc}\n"
            "Rerun with --debug (cocausal --debug ...) for the traceback.",
            highlight=False,
            soft_wrap=True,
        )
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
