"""Self-contained HTML reports from saved results.

A report is rendered from a JSON-like mapping: either the output of ``cocausal demo``
(``{"sections": {...}}``, one section per capability) or the ``--json`` output of any single
command, which is laid out generically (scalars in a key/value table, lists of records as
tables, nested mappings as sub-sections). Figures are embedded as base64 PNG, so the file
can be mailed on its own.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cocausal import __version__

__all__ = ["render_report", "load_results"]

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2em auto;
padding:0 1.2em;color:#1d2433;line-height:1.45}
h1{margin-bottom:.2em} h2{border-bottom:2px solid #dde3ec;padding-bottom:.2em;margin-top:2em}
.meta{color:#5b6578;font-size:.92em} .read{background:#f3f6fa;border-left:4px solid #4a7bd0;padding:.6em .9em;margin:.8em 0}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em} th,td{border:1px solid #d5dbe5;padding:.25em .6em;text-align:right}
th{background:#eef2f7} td:first-child,th:first-child{text-align:left}
figure{margin:1em 0;display:inline-block;vertical-align:top;max-width:100%} figure img{max-width:100%;border:1px solid #e3e7ee}
figcaption{font-size:.85em;color:#5b6578} nav a{margin-right:1em} .warn{color:#9a5b00}
code{background:#f1f3f6;padding:0 .25em;border-radius:3px}
"""


def load_results(path: str | Path) -> dict[str, Any]:
    """Read a results JSON file written by ``--json`` or ``cocausal demo``.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    ValueError
        When it is not valid JSON or not a JSON object.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"No results file at {path}; run a command with --json {path} first.")
    try:
        payload = json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON ({exc.msg} at line {exc.lineno}).") from exc
    if not isinstance(payload, dict):
        raise ValueError(f"{path} must hold a JSON object at the top level.")
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
        Folder against which relative figure paths are resolved (default: the output's folder).
    title : str
        Page title.

    Returns
    -------
    pathlib.Path
        The written file.
    """
    out = Path(out)
    base = Path(base_dir) if base_dir is not None else out.parent
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
             f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>"]
    created = results.get("created") or _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    meta = {"cocausal version": results.get("cocausal_version", __version__), "created": created}
    for key in ("seed", "quick", "command", "total_seconds"):
        if key in results:
            meta[key] = results[key]
    parts.append("<p class='meta'>" + " · ".join(f"{html.escape(k)}: <b>{html.escape(str(v))}</b>"
                                                   for k, v in meta.items()) + "</p>")
    sections = results.get("sections")
    if isinstance(sections, Mapping):
        parts.append("<nav>" + "".join(f"<a href='#{html.escape(k)}'>{html.escape(str(s.get('title', k)))}</a>"
                                        for k, s in sections.items()) + "</nav>")
        for key, section in sections.items():
            parts.append(_section(key, section, base))
    else:
        parts.append(_generic("results", results, base, level=2))
    parts.append("</body></html>")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(parts), encoding="utf-8")
    return out


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
        parts.append(_table(table.get("title", ""), table["columns"], table["rows"]))
    for fig in section.get("figures", []):
        parts.append(_figure(fig, base))
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
    if isinstance(value, str) and value.lower().endswith(".png"):
        return heading + _figure(value, base)
    return heading + f"<p>{html.escape(_fmt(value))}</p>"


def _fmt(value: Any) -> str:
    if value is None:  # NaN is saved as null in JSON
        return "–"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, list) and len(value) <= 12 and all(isinstance(v, (int, float)) for v in value):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    if isinstance(value, (Mapping, list)):
        return json.dumps(value)[:200]
    return str(value)


def _table(title: str, columns: Sequence[Any], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_fmt(v))}</td>" for v in row) + "</tr>" for row in rows)
    caption = f"<caption>{html.escape(str(title))}</caption>" if title else ""
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figure(fig: Any, base: Path) -> str:
    path, caption = (fig.get("path"), fig.get("caption", "")) if isinstance(fig, Mapping) else (fig, "")
    p = Path(path)
    if not p.is_absolute():
        p = base / p
    if not p.is_file():
        return f"<p class='warn'>figure not found: {html.escape(str(path))}</p>"
    data = base64.b64encode(p.read_bytes()).decode("ascii")
    return (f"<figure><img alt='{html.escape(caption or p.name)}' src='data:image/png;base64,{data}'>"
            f"<figcaption>{html.escape(caption or p.name)}</figcaption></figure>")
