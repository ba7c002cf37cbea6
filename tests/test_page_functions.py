"""The pages stay thin views one can read: no function of pages/ is longer than a screen (80 lines, from its `def`
to its last line). A panel that grows past it is split into widgets of its own, as chapter 7's panel was (its
__init__ had 291 lines)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOST_LINES = 80


def long_functions(source: str, where: str) -> list[str]:
    return [f"{where}:{node.lineno} {node.name} {node.end_lineno - node.lineno + 1} lines"
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno is not None and node.end_lineno - node.lineno + 1 > MOST_LINES]


def test_no_function_in_pages_is_over_80_lines() -> None:
    over = [found for path in sorted((ROOT / "pages").rglob("*.py"))
            for found in long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert over == []


def test_the_measure_sees_a_long_function() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MOST_LINES))
    assert long_functions(f"class Panel:\n  def __init__(self):\n{body}\n", "p.py") == ["p.py:2 __init__ 81 lines"]
    assert long_functions("def short():\n    return 1\n", "p.py") == []
