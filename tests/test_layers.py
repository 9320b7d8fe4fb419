"""The packages import each other one way: the extraction core at the bottom, the page on top.

Every import in every module counts, including those inside functions (a late import still
ties the packages together), read from the source with ``ast`` rather than by importing.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "dashboard"

# Bottom to top; a package may import its own layer's packages or lower ones, never higher.
LAYERS = (
    ("model", "lang", "extract", "temporal", "events"),   # the extraction core
    ("store", "freshness", "pipeline"),                    # keeping and running it
    ("views",),                                            # what a reader sees
    ("export", "service", "curation"),                     # files; the page's services; corrections
    ("ui",),                                               # the page's parts
    ("app", "cli", "corpus_cli", "__main__"),              # the two programs
)
CORE = LAYERS[0]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> set[str]:
    """The dashboard modules ``path`` imports, relative imports resolved."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.add(target)
            # "from dashboard.ui import panels" imports the module dashboard.ui.panels.
            names.update(f"{target}.{alias.name}" for alias in node.names
                         if _is_module(f"{target}.{alias.name}"))
    return {n for n in names if n == "dashboard" or n.startswith("dashboard.")}


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _top(module: str) -> str | None:
    """The package (or top-level module) a module belongs to; None for the root package."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def package_imports() -> dict[str, set[tuple[str, str]]]:
    """Package -> {(importing module, imported module)} for imports crossing packages."""
    crossing: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        source = _module_name(path)
        for target in _imported(path):
            if _top(target) and _top(target) != _top(source) and _top(source):
                crossing[_top(source)].add((source, target))
    return crossing


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in edges.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in list(edges):
        if node not in index:
            visit(node)
    return found


def test_every_package_has_a_layer():
    tops = {_top(_module_name(p)) for p in PACKAGE.rglob("*.py")} - {None}
    assert tops - set(RANK) == set()


def test_no_two_packages_import_each_other_even_through_others():
    edges = {source: {_top(t) for _, t in pairs} for source, pairs in package_imports().items()}
    assert _cycles(edges) == []


def test_the_extraction_core_imports_nothing_above_it():
    above = sorted((s, t) for package in CORE for s, t in package_imports().get(package, ())
                   if _top(t) not in CORE)
    assert above == []


def test_no_package_imports_a_higher_layer():
    upward = sorted((s, t) for package, pairs in package_imports().items() for s, t in pairs
                    if RANK[_top(t)] > RANK[package])
    assert upward == []


def test_the_cycle_finder_sees_a_cycle_through_a_third_package():
    # The check above can only fail if this can: export -> views -> ui -> export.
    assert _cycles({"export": {"views"}, "views": {"ui"}, "ui": {"export"}, "model": set()}) \
        == [["export", "ui", "views"]]


def test_imports_are_read_inside_functions_and_from_package_imports():
    # The service imports the pipeline late, inside a function, to keep spaCy off a fresh page.
    assert "dashboard.pipeline" in _imported(PACKAGE / "service" / "loading.py")
    assert "dashboard.service.loading" in _imported(PACKAGE / "app.py")
    assert "dashboard.events.nlp" in _imported(PACKAGE / "events" / "__init__.py")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_command_line_exports_without_importing_plotly_or_streamlit(fmt, tmp_path):
    out = tmp_path / f"events.{fmt}"
    script = (
        "import sys\n"
        "from dashboard.cli import main\n"
        f"code = main(['extract', 'data/articles', '--format', {fmt!r}, '--out', {str(out)!r},"
        " '--quiet'])\n"
        "print(code, sorted(m for m in ('plotly', 'streamlit', 'dashboard.ui', 'dashboard.views.figures')"
        " if m in sys.modules))\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=PACKAGE.parent, check=True)
    assert ran.stdout.split("\n")[-2] == "0 []"
    assert out.stat().st_size > 0


def _runs_bench_code(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "bench" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "bench":
            return True
        # importlib's spec_from_file_location/exec_module or runpy.run_path on a script.
        if isinstance(node, ast.Attribute) and node.attr in ("exec_module", "run_path"):
            return True
    return False


def test_no_test_imports_or_runs_a_benchmark_script():
    tests = sorted(Path(__file__).resolve().parent.rglob("*.py"))
    assert [p.name for p in tests if _runs_bench_code(p)] == []
