"""Self-contained HTML reports from saved results.

A report is rendered from a JSON-like mapping: either the output of ``cocausal demo``
(``{"sections": {...}}``, one section per capability) or the ``--json`` output of any single
command, which gets that command's section (:mod:`cocausal.report.commands`: tables, figures,
repeated runs summarised). Anything else is laid out generically (scalars in a key/value table,
lists of records as tables, nested mappings as sub-sections). Figures are embedded as base64 PNG or SVG, so the
file can be mailed on its own.

A results file may come from another party, so the figures it names are untrusted: only
files that sit inside the figure folder (``base_dir``, the results file's folder on the
command line), named by a relative path that stays inside it after following symbolic links,
and whose *content* is a PNG or SVG image are embedded. Anything else is refused with
:class:`UnsafeFigureError` rather than read into the report.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cocausal import __version__
from cocausal.limits import MAX_JSON_DEPTH, check_depth, load_json
from cocausal.report.commands import command_section, denoise, figure_png

__all__ = ["MAX_FIGURE_BYTES", "MISSING", "UnsafeFigureError", "load_results", "render_report"]

#: How a missing number (NaN; ``null`` in JSON) is shown, in the report and in the CLI's tables.
MISSING = "n/a"

#: Largest figure file the report embeds.
MAX_FIGURE_BYTES = 20 * 2**20

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_SVG_PROLOGUE = ("<?xml", "<svg", "<!--", "<!doctype svg")


class UnsafeFigureError(ValueError):
    """A figure entry names a file outside the figure folder, or a file that is not an image."""

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2em auto;
padding:0 1.2em;color:#1d2433;line-height:1.45}
h1{margin-bottom:.2em} h2{border-bottom:2px solid #dde3ec;padding-bottom:.2em;margin-top:2em}
.meta{color:#5b6578;font-size:.92em}
.read{background:#f3f6fa;border-left:4px solid #4a7bd0;padding:.6em .9em;margin:.8em 0}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}
th,td{border:1px solid #d5dbe5;padding:.25em .6em;text-align:right}
th{background:#eef2f7} td:first-child,th:first-child,td.text{text-align:left}
figure{margin:1em 0;display:inline-block;vertical-align:top;max-width:100%}
figure img{max-width:100%;border:1px solid #e3e7ee}
figcaption{font-size:.85em;color:#5b6578} nav a{margin-right:1em} .warn{color:#9a5b00}
code{background:#f1f3f6;padding:0 .25em;border-radius:3px}
"""


def load_results(path: str | Path) -> dict[str, Any]:
    """Read a results JSON file written by ``--json`` or ``cocausal demo``.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    cocausal.limits.InputLimitError
        When it exceeds :data:`cocausal.limits.MAX_JSON_BYTES` or is nested deeper than
        :data:`cocausal.limits.MAX_JSON_DEPTH`.
    ValueError
        When it is not valid JSON, not a JSON object, or an empty one.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"No results file at {path}; run a command with --json {path} first.")
    payload = load_json(path, what="results file")
    if not isinstance(payload, dict):
        raise ValueError(f"{path} must hold a JSON object at the top level.")
    if not payload:
        raise ValueError(
            f"{path} holds an empty JSON object, no results; give the file a command wrote with --json "
            "(e.g. cocausal estimate --json ate.json) or a demo's results.json."
        )
    return payload


def render_report(results: Mapping[str, Any], out: str | Path, *, base_dir: str | Path | None = None,
                  title: str = "cocausal report") -> Path:
    """Write a self-contained HTML report.

    Parameters
    ----------
    results : Mapping
        Demo results (with a ``"sections"`` mapping) or any command's JSON output.
    out : path
        Output HTML file.
    base_dir : path, optional
        The figure folder: figures are named relative to it and must lie inside it (default:
        the output's folder). Pass the results file's folder for results received from others.
    title : str
        Page title.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    UnsafeFigureError
        When a figure entry is an absolute path, leaves ``base_dir`` (``..``, a symbolic link
        pointing outside), or names a file that is not a PNG or SVG image by content.
    ValueError
        When ``results`` is malformed (e.g. a section that is not a mapping) or nested deeper
        than :data:`cocausal.limits.MAX_JSON_DEPTH`.
    """
    out = Path(out)
    base = Path(base_dir) if base_dir is not None else out.parent
    if not isinstance(results, Mapping):
        raise ValueError(f"results must be a mapping (a JSON object), got {type(results).__name__}.")
    check_depth(results, "results", MAX_JSON_DEPTH)
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
             f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>"]
    created = results.get("created") or _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    meta = {"cocausal version": results.get("cocausal_version", __version__), "created": created}
    for key in ("seed", "quick", "command", "total_seconds"):
        if key in results:
            meta[key] = results[key]
    parts.append("<p class='meta'>" + " · ".join(f"{html.escape(k)}: <b>{html.escape(str(v))}</b>"
                                                   for k, v in meta.items()) + "</p>")
    sections = results.get("sections")
    if sections is not None and not isinstance(sections, Mapping):
        raise ValueError(
            f"'sections' must be an object mapping section names to sections, got {_kind(sections)}; "
            "give one object per section (title, tables, figures) or drop 'sections'."
        )
    known = None if isinstance(sections, Mapping) else command_section(results)
    if isinstance(sections, Mapping):
        for key, section in sections.items():
            _check_section(key, section)
        parts.append("<nav>" + "".join(f"<a href='#{html.escape(k)}'>{html.escape(str(s.get('title', k)))}</a>"
                                        for k, s in sections.items()) + "</nav>")
        for key, section in sections.items():
            parts.append(_section(key, section, base))
    elif known is not None:
        parts.append(_command_section(*known))
    else:
        parts.append(_generic("results", results, base, level=2))
    parts.append("</body></html>")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(parts), encoding="utf-8")
    return out


def _kind(value: Any) -> str:
    return type(value).__name__ if isinstance(value, Mapping) else f"{type(value).__name__} {repr(value)[:40]}"


def _check_section(key: str, section: Any) -> None:
    """Refuse a malformed section with a message that names it and the expected shape."""
    where = f"section {key!r}"
    if not isinstance(section, Mapping):
        raise ValueError(
            f"{where} must be an object with 'title', 'tables', 'figures' and 'warnings', got {_kind(section)}."
        )
    for field in ("tables", "figures", "warnings"):
        if not isinstance(section.get(field, []), list):
            raise ValueError(f"{where}: '{field}' must be a list, got {_kind(section[field])}.")
    if not isinstance(section.get("params", {}), Mapping):
        raise ValueError(f"{where}: 'params' must be an object of name -> value, got {_kind(section['params'])}.")
    for i, table in enumerate(section.get("tables", [])):
        if (not isinstance(table, Mapping) or not isinstance(table.get("columns"), list)
                or not isinstance(table.get("rows"), list)
                or not all(isinstance(row, list) for row in table["rows"])):
            raise ValueError(
                f"{where}: table #{i} must be an object with a 'columns' list and a 'rows' list of lists."
            )
    for i, fig in enumerate(section.get("figures", [])):
        path = fig.get("path") if isinstance(fig, Mapping) else fig
        if not isinstance(path, str):
            raise ValueError(
                f"{where}: figure #{i} must be a relative file name or an object with a 'path' string, "
                f"got {_kind(fig)}."
            )


def _section(key: str, section: Mapping[str, Any], base: Path) -> str:
    parts = [f"<h2 id='{html.escape(key)}'>{html.escape(str(section.get('title', key)))}</h2>"]
    if section.get("how_to_read"):
        parts.append(f"<div class='read'>{html.escape(str(section['how_to_read']))}</div>")
    if section.get("params"):
        parts.append("<p class='meta'>parameters: " + ", ".join(
            f"<code>{html.escape(str(k))}={html.escape(_fmt(v))}</code>" for k, v in section["params"].items())
            + (f" · {section['seconds']:.1f} s" if isinstance(section.get("seconds"), (int, float)) else "")
            + "</p>")
    for table in section.get("tables", []):
        parts.append(_table(table.get("title", ""), table["columns"], denoise(table["rows"])))
    for fig in section.get("figures", []):
        parts.append(_figure(fig, base, f"section {key!r}"))
    for warning in section.get("warnings", []):
        parts.append(f"<p class='warn'>warning: {html.escape(str(warning))}</p>")
    return "\n".join(parts)


def _command_section(command: str, section: Mapping[str, Any]) -> str:
    """A command's section (:func:`cocausal.report.commands.command_section`): figures are drawn
    here, so they are embedded directly; per-run rows are a CSV download."""
    parts = [f"<h2 id='{html.escape(command)}'>{html.escape(section['title'])}</h2>",
             f"<p class='meta'>written by <code>cocausal {html.escape(command)} --json</code></p>",
             f"<div class='read'>{html.escape(section['how_to_read'])}</div>"]
    params = {k: v for k, v in section.get("params", {}).items() if v is not None}
    if params:
        parts.append("<p class='meta'>" + ", ".join(
            f"<code>{html.escape(str(k))}={html.escape(_fmt(v))}</code>" for k, v in params.items()) + "</p>")
    for table in section["tables"]:
        parts.append(_table(table["title"], table["columns"], table["rows"]))
    for caption, fig in section["figures"]:
        label = html.escape(caption)
        parts.append(f"<figure><img alt='{label}' src='data:image/png;base64,{figure_png(fig)}'>"
                     f"<figcaption>{label}</figcaption></figure>")
    for label, name, text in section.get("downloads", []):
        encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
        parts.append(f"<p><a download='{html.escape(name)}' href='data:text/csv;base64,{encoded}'>"
                     f"download {html.escape(label)}</a></p>")
    for warning in section.get("warnings", []):
        parts.append(f"<p class='warn'>warning: {html.escape(str(warning))}</p>")
    return "\n".join(parts)


def _generic(name: str, value: Any, base: Path, level: int) -> str:
    heading = f"<h{min(level, 6)}>{html.escape(str(name))}</h{min(level, 6)}>"
    if isinstance(value, Mapping):
        scalars = {k: v for k, v in value.items() if not isinstance(v, (Mapping, list))}
        parts = [heading]
        if scalars:
            parts.append(_table("", ["field", "value"], [[k, v] for k, v in scalars.items()]))
        for k, v in value.items():
            if isinstance(v, (Mapping, list)):
                parts.append(_generic(k, v, base, level + 1))
        return "\n".join(parts)
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        columns = list(dict.fromkeys(k for row in value for k in row))
        rows = [[row.get(c, "") for c in columns] for row in value]
        return heading + _table("", columns, rows)
    if isinstance(value, str) and value.lower().endswith((".png", ".svg")):
        return heading + _figure(value, base, f"field {name!r}")
    return heading + f"<p>{html.escape(_fmt(value))}</p>"


def _fmt(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):  # NaN is saved as null in JSON
        return MISSING
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, list) and len(value) <= 12 and all(isinstance(v, (int, float)) for v in value):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    if isinstance(value, Mapping):
        names = ", ".join(map(str, list(value)[:8])) + (", ..." if len(value) > 8 else "")
        return f"{{object with {len(value)} keys: {names}}}"
    if isinstance(value, list):
        text = json.dumps(value)
        return text if len(text) <= 200 else f"[list of {len(value)} items]"
    return str(value)


def _cell(value: Any) -> str:
    """A table cell: numbers right-aligned (the default), text left-aligned, as in the CLI's tables."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    style = "" if number or value is None else " class='text'"
    return f"<td{style}>{html.escape(_fmt(value))}</td>"


def _table(title: str, columns: Sequence[Any], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    caption = f"<caption>{html.escape(str(title))}</caption>" if title else ""
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _refuse(path: str, where: str, why: str, base: Path) -> UnsafeFigureError:
    return UnsafeFigureError(
        f"refused figure {path!r} ({where}): {why}. The report embeds only PNG or SVG files inside "
        f"the results folder {base}, named by a relative path; copy the figure there or drop the entry."
    )


def _image_type(head: bytes) -> str | None:
    """``"png"`` or ``"svg"`` when the first bytes of a file are those of that image type."""
    if head.startswith(_PNG_MAGIC):
        return "png"
    try:
        text = head.decode("utf-8").lstrip("\ufeff \t\r\n").lower()
    except UnicodeDecodeError:
        return None
    return "svg" if text.startswith(_SVG_PROLOGUE) and "<svg" in text else None


def _figure(fig: Any, base: Path, where: str) -> str:
    path, caption = (fig.get("path"), fig.get("caption", "")) if isinstance(fig, Mapping) else (fig, "")
    if not isinstance(path, str) or not path.strip():
        raise _refuse(str(path), where, "the entry is not a file name", base)
    name = Path(path)
    if name.is_absolute() or path.startswith(("/", "\\")) or name.drive:
        raise _refuse(path, where, "absolute paths are not allowed", base)
    try:
        root = base.resolve()
        target = (base / name).resolve()
    except (OSError, RuntimeError, ValueError):
        raise _refuse(path, where, "the path cannot be resolved", base) from None
    if not target.is_relative_to(root):
        raise _refuse(path, where, "it points outside the results folder ('..' or a symbolic link)", base)
    if not target.exists():
        return f"<p class='warn'>figure not found: {html.escape(path)}</p>"
    if not target.is_file():
        raise _refuse(path, where, "it is not a regular file", base)
    with target.open("rb") as fh:
        data = fh.read(MAX_FIGURE_BYTES + 1)
    if len(data) > MAX_FIGURE_BYTES:
        raise _refuse(path, where, f"it is larger than {MAX_FIGURE_BYTES // 2**20} MiB", base)
    kind = _image_type(data[:4096])
    if kind is None:
        raise _refuse(path, where, "its content is not a PNG or SVG image (whatever its name)", base)
    mime = "image/png" if kind == "png" else "image/svg+xml"
    label = html.escape(str(caption) or target.name)
    encoded = base64.b64encode(data).decode("ascii")
    return (f"<figure><img alt='{label}' src='data:{mime};base64,{encoded}'>"
            f"<figcaption>{label}</figcaption></figure>")
