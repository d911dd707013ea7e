"""The typer application object and global options, shared by every command module."""

from __future__ import annotations

from collections.abc import Mapping

import typer

from cocausal import __version__

__all__ = ["app", "index_app", "state"]

state: dict = {"debug": False, "command": None}


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"cocausal {__version__}")
        raise typer.Exit()


def _global_options(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on internal errors."),
) -> None:
    """Causal inference and learning across parties who do not fully trust each other."""
    state["debug"] = debug


def _new_app() -> typer.Typer:
    application = typer.Typer(
        name="cocausal",
        help=(
            "Causal inference and learning across parties who do not fully trust each other.\n\n"
            "Example: cocausal estimate --dataset ihdp --method aipw"
        ),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    application.callback()(_global_options)
    return application


#: The application every command module registers itself on.
app = _new_app()


def index_app(summaries: Mapping[str, str]) -> typer.Typer:
    """An application with the global options and one summary entry per command, for ``--help``
    and ``--version`` without importing any command module."""
    index = _new_app()
    for name, summary in summaries.items():
        index.command(name, help=summary, short_help=summary, add_help_option=False)(lambda: None)
    return index
