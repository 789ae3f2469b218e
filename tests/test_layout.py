"""The shape of ``proxy/`` stays the one docs/architecture.md draws: a ground floor of plain values, then
packages stacked in one order, each importing only the floor and the packages below it; ``classifiers``
never imports ``proxy``. Every import counts, those inside functions and under ``TYPE_CHECKING`` too."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROXY = ROOT / "proxy"

# Bottom to top. A new package must be placed here (test_every_package_has_a_floor).
PACKAGES: tuple[str, ...] = ("policy", "observability", "delivery", "quarantine", "pipeline", "smtp", "cli")
# The ground floor: plain values and byte-level helpers that every floor may use.
GROUND: frozenset[str] = frozenset({"model", "replies", "headers"})
# Entry points above everything (``python -m``).
ENTRY: frozenset[str] = frozenset({"__main__"})


def _project_name(module: str) -> str | None:
    """``proxy.x.y`` (or its installed name ``sentinelle.proxy.x.y``) as ``proxy.x.y``; None for others
    (``sentinelle`` alone is the namespace: nothing to place)."""
    module = module.removeprefix("sentinelle.")
    return module if module.split(".")[0] in ("proxy", "classifiers") else None


def _dotted(*parts: str) -> str:
    """A module name of this repository, spelled so that renaming the installed names leaves it alone."""
    return ".".join(parts)


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every project module ``path`` imports, with its line; a module imported by name from its package
    counts as that module."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = _project_name(alias.name)
                if name:
                    yield node.lineno, name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            name = _project_name(node.module)
            if name is None:
                continue
            for alias in node.names:
                candidate = f"{name}.{alias.name}"
                relative = Path(*candidate.split("."))
                is_module = (ROOT / relative).is_dir() or (ROOT / relative).with_suffix(".py").is_file()
                yield node.lineno, candidate if is_module else name


def _floor(module: str) -> str:
    """Where a ``proxy`` module lives: ``ground``, a package name, ``entry`` or ``root`` (``proxy`` itself)."""
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    if parts[1] in GROUND:
        return "ground"
    if parts[1] in ENTRY:
        return "entry"
    return parts[1]


def _rank(floor: str) -> int:
    if floor in ("root", "ground"):
        return -1
    if floor == "entry":
        return len(PACKAGES)
    return PACKAGES.index(floor)


def _proxy_sources() -> list[tuple[Path, str]]:
    sources = []
    for path in sorted(PROXY.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        sources.append((path, ".".join(parts)))
    return sources


def _package_edges() -> dict[tuple[str, str], list[str]]:
    """(from floor, to floor) -> where, for every import between two different floors of ``proxy``."""
    edges: dict[tuple[str, str], list[str]] = {}
    for path, module in _proxy_sources():
        for line, imported in _imports(path):
            if not imported.startswith("proxy"):
                continue
            source, target = _floor(module), _floor(imported)
            if source != target:
                edges.setdefault((source, target), []).append(f"{path.relative_to(ROOT)}:{line} {imported}")
    return edges


def test_the_sources_are_found() -> None:
    modules = {module for _, module in _proxy_sources()}
    names = ("model", "replies", "smtp/server", "pipeline/flow", "cli")
    expected = {_dotted("proxy", *name.split("/")) for name in names}
    assert expected <= modules
    assert _package_edges()


def test_every_package_has_a_floor() -> None:
    found = {p.name for p in PROXY.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    assert found == set(PACKAGES)
    modules = {p.stem for p in PROXY.glob("*.py")} - {"__init__"}
    assert modules == GROUND | ENTRY


def test_the_ground_floor_imports_no_proxy_package() -> None:
    upward = [where for (source, target), places in _package_edges().items()
              if source == "ground" and target not in ("ground", "root") for where in places]
    assert upward == []


@pytest.mark.parametrize("package", PACKAGES)
def test_no_package_imports_one_above_it(package: str) -> None:
    upward = [where for (source, target), places in _package_edges().items()
              if source == package and _rank(target) > _rank(source) for where in places]
    assert upward == []


def test_no_cycle_between_packages() -> None:
    graph: dict[str, set[str]] = {}
    for source, target in _package_edges():
        graph.setdefault(source, set()).add(target)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt}))
                   for nxt in graph.get(start, ()))

    cyclic = sorted(floor for floor in graph if reaches(floor, floor, {floor}))
    assert cyclic == []


def test_the_checks_see_an_upward_import(tmp_path: Path) -> None:
    """The import reader itself: an upward import written in a module is reported as one."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from sentinelle.proxy.smtp import server\n    import sentinelle.proxy.cli\n"
                      "from sentinelle.proxy import replies\nimport os\n", encoding="utf-8")
    server, cli, replies = _dotted("proxy", "smtp", "server"), _dotted("proxy", "cli"), _dotted("proxy", "replies")
    assert sorted(_imports(sample)) == [(2, server), (3, cli), (4, replies)]
    assert _rank(_floor(server)) > _rank(_floor(_dotted("proxy", "pipeline", "flow")))
    assert _floor(replies) == "ground"


def test_classifiers_never_import_proxy() -> None:
    found = [f"{path.relative_to(ROOT)}:{line} {name}" for path in sorted((ROOT / "classifiers").rglob("*.py"))
             for line, name in _imports(path) if name.startswith("proxy")]
    assert found == []


def test_the_entry_point_leaves_prometheus_client_unimported() -> None:
    """``sentinelle serve --workers N`` sets up multiprocess metrics in ``proxy.cli.main`` before it imports
    the serve command: nothing the entry point imports (parsers included) may import prometheus_client."""
    code = ("import sys\nfrom sentinelle.proxy.cli import build_parser\n"
            "build_parser()\nsys.exit('prometheus_client' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120).returncode == 0


def test_every_package_is_installed_under_the_project_name() -> None:
    """pyproject.toml lists every package of proxy/ and classifiers/ as ``sentinelle.<folder>...`` (a
    package left out would be missing from the wheel), and nothing else."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {".".join(init.parent.relative_to(ROOT).parts)
               for top in ("proxy", "classifiers") for init in (ROOT / top).rglob("__init__.py")}
    assert set(setuptools["packages"]) == {f"sentinelle.{folder}" for folder in folders}
    assert setuptools["package-dir"] == {"sentinelle.proxy": "proxy", "sentinelle.classifiers": "classifiers"}


def test_a_checkout_imports_the_installed_names_from_its_own_folders() -> None:
    """sentinelle/ in a checkout holds only the two links that give its folders their installed names."""
    links = {path.name: path for path in (ROOT / "sentinelle").iterdir()}
    assert set(links) == {"proxy", "classifiers"}
    assert all(path.is_symlink() and path.resolve() == ROOT / name for name, path in links.items())
