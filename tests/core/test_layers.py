"""The apps' imports only point down the layers drawn in the README ("Layers")."""

import ast
from pathlib import Path

from django.conf import settings

# Bottom to top; apps on one floor do not import each other.
FLOORS = [
    {"core"},
    {"places", "uploads"},
    {"renditions"},
    {"people"},
    {"articles"},
    {"search"},
    {"workflow"},
    {"importer"},
    {"submissions", "dashboard"},
    {"demo"},
    {"config"},
]
FLOOR = {app: number for number, apps in enumerate(FLOORS) for app in apps}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


def _upward_imports():
    base = Path(settings.BASE_DIR)
    for app, floor in FLOOR.items():
        for path in sorted((base / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue  # a migration is frozen history: it may name any app it needed then
            for line, module in _imports(path):
                target = module.split(".")[0]
                if target in FLOOR and target != app and FLOOR[target] >= floor:
                    yield f"{path.relative_to(base)}:{line} {app} -> {module}"


def test_every_app_imports_only_from_lower_layers():
    assert list(_upward_imports()) == []


def test_every_installed_project_app_has_a_floor():
    project_apps = {name.split(".")[0] for name in settings.INSTALLED_APPS if (Path(settings.BASE_DIR) / name).is_dir()}
    assert project_apps <= set(FLOOR)
