"""The wheel that `pip install .` builds holds every subpackage, every query and the command."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """Built offline, from a copy of what the package is made of (the build leaves files behind)."""
    source = tmp_path_factory.mktemp("source")
    shutil.copy(REPO / "pyproject.toml", source)
    for folder in ("accountability", "queries"):
        shutil.copytree(REPO / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("*.whl")
    return zipfile.ZipFile(built)


def test_every_subpackage_is_in_the_wheel(wheel):
    names = set(wheel.namelist())
    packages = [p.parent.relative_to(REPO) for p in (REPO / "accountability").rglob("__init__.py")]
    assert len(packages) > 1
    for package in packages:
        modules = {f"{package.as_posix()}/{m.name}" for m in (REPO / package).glob("*.py")}
        assert modules <= names, f"{package} is not packaged whole: {sorted(modules - names)}"


def test_every_query_travels_inside_the_package(wheel):
    names = set(wheel.namelist())
    queries = sorted((REPO / "queries").rglob("*.sql"))
    assert queries
    for query in queries:
        assert f"accountability/queries/{query.relative_to(REPO / 'queries').as_posix()}" in names


def test_the_wheel_gives_the_accountability_command(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "accountability = accountability.__main__:main" in wheel.read(entry_points).decode()


def test_nothing_in_the_package_imports_tests_or_benchmarks():
    for module in (REPO / "accountability").rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        for other in ("tests", "benchmarks"):
            assert f"from {other}" not in text and f"import {other}" not in text, module


def test_the_installed_package_validates_and_builds_from_another_directory(wheel, fixture_dir, tmp_path):
    target = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target)]
    subprocess.run([*pip, wheel.filename], check=True, capture_output=True, text=True)
    data = tmp_path / "data"
    shutil.copytree(fixture_dir, data)

    def run(*args):
        return subprocess.run(
            [sys.executable, *args],
            cwd=tmp_path,
            env={"PYTHONPATH": str(target)},
            capture_output=True,
            text=True,
            check=False,
        )

    where = run("-c", "import accountability.db as db; print(db.__file__, len(db.queries()))").stdout.split()
    assert Path(where[0]).is_relative_to(target) and int(where[1]) == len(
        list((REPO / "queries").glob("*.sql"))
    )
    for command in ("validate", "build"):
        done = run("-m", "accountability", command, "--data", str(data))
        assert done.returncode == 0, done.stderr



def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")


def _loaded_imports(path: Path) -> set[str]:
    """The package's modules a file imports, at load or inside a function: either way it depends on them."""
    here = _module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[: len(package) - node.level + 1]
            target = ".".join([*base, *filter(None, [node.module])])
        elif (node.module or "").startswith("accountability"):
            target = node.module
        else:
            continue
        if node.module:  # `from . import x` names modules of an enclosing package, not the package
            found.add(target)
        found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def test_no_module_of_the_package_imports_itself_through_others():
    files = {_module_name(p): p for p in (REPO / "accountability").rglob("*.py")}
    graph = {name: _loaded_imports(path) & set(files) - {name} for name, path in files.items()}
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            pytest.fail("import circle: " + " -> ".join([*path[path.index(name):], name]))
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
