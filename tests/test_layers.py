"""The project's layers, read from its source: each app imports only the apps below it, no module
imports itself round a circle, and a project import inside a function says why it is there."""

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Each app and the project apps it may import. core is shared infrastructure; media_credits
# and entities build on it; articles (the newsroom's model) on those; the public site's read
# side on all of them; the search index, the ninjs API, accounts and the project on top.
MAY_IMPORT = {
    "core": set(),
    "media_credits": {"core"},
    "entities": {"core"},
    "accounts": {"core"},
    "articles": {"core", "media_credits", "entities"},
    "public_site": {"core", "media_credits", "entities", "articles"},
    "search": {"core", "media_credits", "entities", "articles", "public_site"},
    "ninjs": {"core", "media_credits", "entities", "articles", "public_site"},
    "newsroom": {"core", "media_credits", "entities", "articles", "public_site", "search",
                 "ninjs", "accounts"},
}  # fmt: skip


def modules():
    for app in MAY_IMPORT:
        for path in sorted((ROOT / app).rglob("*.py")):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            yield name.removesuffix(".__init__"), path


def project_imports(name, path):
    """(imported module, line, at module level) for every import of a project module."""
    tree = ast.parse(path.read_text(), filename=str(path))
    top_level = {id(node) for node in tree.body}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            targets = [base]
            # "from app import module": the module is what is imported.
            targets += [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            if target.split(".")[0] in MAY_IMPORT:
                yield target, node.lineno, id(node) in top_level


KNOWN = dict(modules())


def resolved(target):
    return target if target in KNOWN else None


def test_every_app_imports_only_the_apps_below_it():
    wrong = []
    for name, path in KNOWN.items():
        app = name.split(".")[0]
        if ".migrations." in f".{name}.":
            continue
        for target, line, _top in project_imports(name, path):
            other = target.split(".")[0]
            if other != app and other not in MAY_IMPORT[app]:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert wrong == []


def test_no_module_imports_itself_round_a_circle():
    graph = {
        name: {resolved(t) for t, _line, _top in project_imports(name, path)} - {None, name}
        for name, path in KNOWN.items()
    }
    # A package imports what its modules do only through them: leave packages' own edges in.
    circles, done, stack = [], set(), []

    def visit(name):
        if name in stack:
            circles.append(stack[stack.index(name) :] + [name])
            return
        if name in done:
            return
        stack.append(name)
        for target in sorted(graph.get(name, ())):
            if not name.startswith(target + "."):  # a module importing its own package
                visit(target)
        stack.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)
    assert circles == []


def test_a_project_import_inside_a_function_says_why():
    silent = []
    for name, path in KNOWN.items():
        lines = path.read_text().splitlines()
        for target, line, top in project_imports(name, path):
            if top or name.endswith(".apps"):  # AppConfig.ready(): where Django wants them
                continue
            here, before = lines[line - 1], lines[line - 2] if line > 1 else ""
            if "#" not in here and not before.strip().startswith("#"):
                silent.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert sorted(set(silent)) == []


@pytest.mark.parametrize("app", sorted(MAY_IMPORT))
def test_the_readme_layout_table_names_every_app(app):
    readme = (ROOT / "README.md").read_text()
    assert f"| `{app}/`" in readme
