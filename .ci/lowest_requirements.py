"""Print every dependency of pyproject.toml pinned to its declared lower bound, one ``name==version`` a line.

Covers ``[project] dependencies`` and the ``fair``, ``dist``, ``test`` and ``server`` extras. CI installs the
result into a fresh virtual environment and runs the fast suite there, so each ``>=`` bound is one
the test suite has passed against:

    pip install -r <(python .ci/lowest_requirements.py)
    pip install --no-deps -e .

torch is pinned to the CPU wheel ``torch==2.13.0`` (an unpinned or differently spelled torch pulls a
multi-GB CUDA build).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

EXTRAS = ("fair", "dist", "test", "server")
PINNED = {"torch": "2.13.0"}

_REQUIREMENT = re.compile(
    r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?P<extras>\[[^\]]*\])?\s*(?P<spec>[^;]*)(?P<marker>;.*)?$"
)


def lowest(requirement: str) -> str:
    """``requirement`` (``name[extras]>=x[,<y]``) pinned to its lower bound: ``name[extras]==x``."""
    match = _REQUIREMENT.match(requirement)
    if match is None:
        raise ValueError(f"cannot parse the requirement {requirement!r}")
    name, extras = match["name"], match["extras"] or ""
    bounds = [s.strip()[2:].strip() for s in match["spec"].split(",") if s.strip().startswith(">=")]
    if len(bounds) != 1:
        raise ValueError(f"{requirement!r} needs exactly one '>=' lower bound")
    version = PINNED.get(name.lower(), bounds[0])
    return f"{name}{extras}=={version}{match['marker'] or ''}"


def main() -> int:
    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in EXTRAS:
        requirements += project["optional-dependencies"][extra]
    for requirement in requirements:
        print(lowest(requirement))
    return 0


if __name__ == "__main__":
    sys.exit(main())
