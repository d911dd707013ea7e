"""The import graph of ``cocausal`` stays layered (read from the source with ``ast``).

Nodes are modules (``cocausal.pooling.gaps``; a package is its ``__init__``) or, one level up,
packages: the first component under ``cocausal`` (``pooling``; a top-level module such as
``results`` is its own package). Every ``import`` statement counts, including those inside
functions - a deferred import that closes a cycle is still a cycle - except imports under
``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
ROOT = "cocausal"
CAPABILITIES = frozenset(
    {"cci", "payoff", "pooling", "predictors", "privacy", "scm", "games", "estimators", "report", "cli", "demo"}
)
GROUND = ("data", "datasets")
#: Package-level cycles allowed, each with its reason. None are needed today.
ALLOWED_PACKAGE_CYCLES: dict[frozenset[str], str] = {}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted((SRC / ROOT).rglob("*.py"))}


def _is_type_checking(node: ast.stmt) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(module: str, tree: ast.AST) -> Iterator[tuple[str, list[str], int]]:
    """``(imported module, imported names, line)`` for every import that can run."""
    is_package = MODULES[module].name == "__init__.py"
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: None if is_package else -1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            yield target, [a.name for a in node.names], node.lineno
        if not (isinstance(node, ast.If) and _is_type_checking(node)):
            stack.extend(ast.iter_child_nodes(node))


def _resolve(target: str) -> str | None:
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def _edges() -> list[tuple[str, str, int, str]]:
    """``(importer, imported module, line, imported name or "")`` inside the package."""
    edges = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for target, names, line in _imports(module, tree):
            if target != ROOT and not target.startswith(ROOT + "."):
                continue
            submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in MODULES]
            for sub in submodules:
                edges.append((module, sub, line, ""))
            rest = [n for n in names if f"{target}.{n}" not in MODULES] or ([] if submodules else [""])
            resolved = _resolve(target)
            for name in rest:
                if resolved is not None and resolved != module:
                    edges.append((module, resolved, line, name))
    return edges


EDGES = _edges()


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT


def _where(importer: str, imported: str) -> str:
    lines = sorted({line for a, b, line, _ in EDGES if a == importer and b == imported})
    return f"{MODULES[importer].relative_to(SRC)}:{lines[0]} imports {imported}"


def test_the_graph_sees_the_package():
    assert len(MODULES) > 50
    assert ("cocausal.pooling.pipeline", "cocausal.pooling.gaps") in {(a, b) for a, b, _, _ in EDGES}
    assert ("cocausal.predictors._latent", "cocausal.predictors.counterfactuals") in {(a, b) for a, b, _, _ in EDGES}


def test_no_module_level_cycles():
    graph = nx.DiGraph((a, b) for a, b, _, _ in EDGES)
    cycles = [
        " -> ".join([*cycle, cycle[0]]) + "\n    " + "\n    ".join(
            _where(a, b) for a, b in zip(cycle, [*cycle[1:], cycle[0]]))
        for cycle in nx.simple_cycles(graph)
    ]
    assert not cycles, "module import cycles:\n" + "\n".join(cycles)


def test_no_package_level_cycles_beyond_the_allowed_ones():
    graph = nx.DiGraph()
    for a, b, _, _ in EDGES:
        if _package(a) != _package(b):
            graph.add_edge(_package(a), _package(b), where=_where(a, b))
    cycles = [c for c in nx.simple_cycles(graph) if frozenset(c) not in ALLOWED_PACKAGE_CYCLES]
    report = [
        " -> ".join([*c, c[0]]) + ": " + "; ".join(graph.edges[a, b]["where"] for a, b in zip(c, [*c[1:], c[0]]))
        for c in cycles
    ]
    assert not report, "package import cycles:\n" + "\n".join(report)


def test_allowed_cycles_still_exist():
    graph = nx.DiGraph((_package(a), _package(b)) for a, b, _, _ in EDGES if _package(a) != _package(b))
    present = {frozenset(c) for c in nx.simple_cycles(graph)}
    assert set(ALLOWED_PACKAGE_CYCLES) <= present, "drop the allowed cycles that are gone"


def _is_private(part: str) -> bool:
    return part.startswith("_") and not part.startswith("__")


def _owner(module: str, name: str) -> str | None:
    """The package a private module (or a private name of ``module``) belongs to; None if public.

    ``cocausal.x._y`` belongs to ``cocausal.x``, ``cocausal._y`` to the whole of ``cocausal``;
    a private name belongs to the package of its module (a top-level module keeps it to itself).
    """
    parts = module.split(".")
    for i, part in enumerate(parts[1:], start=1):
        if _is_private(part):
            return ".".join(parts[:i])
    if not _is_private(name):
        return None
    if MODULES[module].name == "__init__.py":
        return module
    return ".".join(parts[:2]) if len(parts) > 2 else module


def test_no_package_imports_another_packages_private_module_or_name():
    offenders = []
    for a, b, line, name in EDGES:
        owner = _owner(b, name)
        if owner is not None and a != owner and not a.startswith(owner + "."):
            offenders.append(f"{MODULES[a].relative_to(SRC)}:{line} imports {b}{'.' + name if name else ''}")
    assert not offenders, "imports of another package's private module or name:\n" + "\n".join(sorted(set(offenders)))


@pytest.mark.parametrize("ground", GROUND)
def test_data_layers_import_no_capability(ground):
    offenders = sorted({
        _where(a, b) for a, b, _, _ in EDGES if _package(a) == ground and _package(b) in CAPABILITIES
    })
    assert not offenders, f"cocausal.{ground} must not depend on a capability package:\n" + "\n".join(offenders)


def test_capabilities_named_here_exist():
    packages = {_package(m) for m in MODULES}
    assert CAPABILITIES | set(GROUND) <= packages
