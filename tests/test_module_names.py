"""No module of the package binds one module-level name twice: the second binding silently replaces the first, and
every rule written against the first then reads the second."""
import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "tdkt_extract"


def test_no_module_level_name_is_bound_twice():
    twice = []
    for path in sorted(SRC.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = []
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            for n in names:
                if n in seen:
                    twice.append(f"{path.relative_to(SRC)}: {n} (lines {seen[n]} and {node.lineno})")
                seen.setdefault(n, node.lineno)
    assert twice == []
