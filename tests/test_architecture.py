"""The layering rules of DESIGN.md, checked on the source: they hold because a test says so."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imports_of(path: Path) -> set[str]:
    """What a module imports when it runs (imports for type checkers only are not counted)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and ast.unparse(block.test) == "TYPE_CHECKING" for n in ast.walk(block)}
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


# The layers, lowest first, declared once: a module imports only from its own unit or from a lower layer, at the
# top of the file, inside a function or for the type checker alike (a lazy import is still an import of its layer).
# Units in one layer do not import each other. README.md ("How it is built") states the same order.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("wizard", "wizard.errors", "wizard.paths", "wizard.dependency_warnings"),  # version, error type, files' places
    ("wizard.files",),  # atomic file writes, the refusal to overwrite an input
    ("wizard.checks",),  # pure rules: no I/O, no Qt
    ("wizard.said",),  # a sentence with its values, from an error's or a finding's wording
    ("wizard.probes", "wizard.store", "wizard.lab"),  # the network probes, the project file, the simulators
    ("wizard.live",),  # whether a project may reach the live systems (offline checklist mode)
    ("wizard.connectors",),  # the live systems and their registry
    ("wizard.runbook",),  # the guide as data, step states, the engine
    ("wizard.report",),  # evidence -> HTML -> PDF -> signature; takes provisioned people as data
    ("wizard.provisioning",),  # the waves of chapter 7
    ("wizard.services",),  # the use cases
    ("wizard.demo", "wizard.i18n", "wizard.arguments", "wizard.provision_command"),  # the demo, the translators'
    # catalogue, the command line's arguments and its provision command
    ("pages",),  # thin Qt views
    ("wizard.app",),  # the window
    ("wizard.cli",),  # the headless commands (and the window's start)
    ("wizard.__main__",),  # python -m wizard
)
RANK = {unit: rank for rank, layer in enumerate(LAYERS) for unit in layer}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit_of(module: str) -> str | None:
    """The declared unit a module belongs to: the longest declared prefix ('wizard' alone is its __init__)."""
    best = None
    for unit in RANK:
        inside = module == unit or (unit != "wizard" and module.startswith(unit + "."))
        if inside and (best is None or len(unit) > len(best)):
            best = unit
    return best


def our_imports(path: Path) -> list[tuple[int, str]]:
    """Every import of our own modules in a file, with its line; 'from wizard import x' names the module wizard.x
    where there is one."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                folder = ROOT / candidate.replace(".", "/")
                is_module = folder.with_suffix(".py").exists() or (folder / "__init__.py").exists()
                found.append((node.lineno, candidate if is_module else node.module))
    return [(line, name) for line, name in found if name.split(".")[0] in ("wizard", "pages")]


def test_every_module_has_a_layer() -> None:
    missing = [module_name(p) for p in [*python_files("wizard"), *python_files("pages")]
               if unit_of(module_name(p)) is None]
    assert missing == [], f"declare these modules' layer in LAYERS: {missing}"


def test_nothing_imports_upward() -> None:
    """A lower layer never reaches a higher one, nor a unit of its own layer: so no two packages can import each
    other, directly or round a longer loop."""
    upward = []
    for path in [*python_files("wizard"), *python_files("pages")]:
        unit = unit_of(module_name(path))
        assert unit is not None
        for line, name in our_imports(path):
            target = unit_of(name)
            if target is None or target == unit:
                continue
            if RANK[target] >= RANK[unit]:
                upward.append(f"{path.relative_to(ROOT)}:{line} ({unit}) imports {name} ({target})")
    assert upward == []


def test_the_layer_test_sees_an_upward_import(tmp_path: Path) -> None:
    """The rule above can fail: a function-level import of the services from a connector is found."""
    module = ROOT / "wizard" / "connectors" / "zoom.py"
    source = module.read_text(encoding="utf-8") + "\n\ndef _late() -> None:\n    from wizard.services import report\n"
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    names = [name for _, name in our_imports(probe)]
    assert "wizard.services.report" in names
    assert RANK[unit_of("wizard.services.report") or ""] > RANK["wizard.connectors"]


def test_checks_are_pure() -> None:
    for path in python_files("wizard/checks"):
        ours = {n for n in imports_of(path) if n.split(".")[0] in ("wizard", "pages", "resources")}
        outside = {n for n in ours if not n.startswith("wizard.checks") and n != "wizard.errors"}
        assert outside == set(), f"{path.name} imports {outside}: checks may use only wizard.errors"
        io = {n for n in imports_of(path) if n.split(".")[0] in ("sqlite3", "socket", "asyncio", "httpx", "PySide6",
                                                                 "subprocess", "os", "pathlib")}
        assert io == set(), f"{path.name} does I/O or Qt ({io}); checks must be pure"


def test_qt_only_in_app_pages_and_the_pdf_renderer() -> None:
    for path in python_files("wizard"):
        where = path.relative_to(ROOT).as_posix()
        if where.startswith("wizard/app/") or where in ("wizard/report/pdf.py", "wizard/report/pages.py"):
            continue
        qt = {n for n in imports_of(path) if n.startswith(("PySide6", "qasync"))}
        assert qt == set(), f"{where} imports Qt: only wizard/app/, the PDF renderer (report/pdf.py and pages.py) " \
            "and pages/ may"


def test_wizard_core_never_imports_pages() -> None:
    for path in python_files("wizard"):
        if path.relative_to(ROOT).as_posix().startswith("wizard/app/"):
            continue
        assert not any(n.split(".")[0] == "pages" for n in imports_of(path)), path


# what the window may not do itself: it asks the services (wizard.services), which run off the loop
IO_MODULES = ("keyring", "httpx", "asyncssh", "pyhanko", "sqlite3", "socket", "ssl", "subprocess", "shutil",
              "wizard.store.secrets", "wizard.connectors", "wizard.report.sign", "wizard.report.build",
              "wizard.files", "wizard.probes")
DECLARATIONS = ("wizard.connectors.systems",)  # the live systems' names and settings: no I/O of its own
IO_CALLS = {"read_bytes", "write_bytes", "read_text", "write_text", "mkdir", "unlink", "exists", "is_file", "stat",
            "getOpenFileName", "getSaveFileName", "getExistingDirectory", "exec"}
# the project's changes: the window hands them to the writer thread (project.commit / submit), never calls them
PROJECT_WRITES = {"set_site_field", "confirm_step", "waive_step", "reset_step", "set_step_input", "attach",
                  "keep_evidence", "record_result", "set_connection", "set_mode", "set_ui_state", "create_wave",
                  "set_wave_state", "wave_op_sending", "wave_op_done", "wave_ops_done", "journal_sending",
                  "journal_done"}


def test_the_window_and_pages_do_no_io_themselves() -> None:
    """No keyring, HTTP, SSH, PDF signing, SQLite or file calls in the window's package or the pages: the
    services do them on worker threads, the window gathers input and shows results. Nested event loops (a
    static QFileDialog.get…, exec()) are refused too."""
    found = []
    for path in [*python_files("wizard/app"), *python_files("pages")]:
        where = path.relative_to(ROOT).as_posix()
        found += [f"{where} imports {n}" for n in imports_of(path)
                  if n.startswith(IO_MODULES) and n not in DECLARATIONS]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "open":
                found.append(f"{where}:{node.lineno} opens a file")
            if not isinstance(node.func, ast.Attribute):
                continue
            name, receiver = node.func.attr, ast.unparse(node.func.value)
            if name in IO_CALLS or (name in PROJECT_WRITES and "project" in receiver):
                found.append(f"{where}:{node.lineno} calls {receiver}.{name}()")
    assert found == []


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
                    reason="ruff is not installed")
def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", "--quiet", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_reaches_chapter_7_only_through_its_service() -> None:
    """The window and the pages ask wizard.services.provisioning for every wave: reading, planning, running, the
    engineer's confirmations, read-back, undo. The wave's machinery (wizard.provisioning) is the service's to use,
    so the rules of chapter 7 (a plan only from a current reading, for instance) cannot be gone around."""
    reached = [f"{path.relative_to(ROOT)}:{line} imports {name}"
               for path in [*python_files("wizard/app"), *python_files("pages")]
               for line, name in our_imports(path)
               if name.startswith(("wizard.provisioning", "wizard.provision_command"))]
    assert reached == []


def test_mypy_is_clean() -> None:
    """wizard/ and pages/ type-check under the project's own settings ([tool.mypy] in pyproject.toml)."""
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


COMPLEXITY_CAP = 20  # ruff's C901 holds the same cap for every file, tests included ([tool.ruff.lint.mccabe])


def test_no_function_is_over_the_complexity_cap() -> None:
    """Measured as radon measures it, which counts each and/or and comprehension as a branch too: stricter than the
    mccabe count ruff applies, which missed nineteen functions of the product over 20."""
    from radon.complexity import cc_visit
    from radon.visitors import Function

    def functions(blocks: list[Any]) -> list[Any]:  # methods are listed as functions; closures sit inside them
        return [f for b in blocks if isinstance(b, Function) for f in (b, *functions(b.closures))]

    over = [f"{path.relative_to(ROOT)}:{block.lineno} {block.fullname} {block.complexity}"
            for path in [*python_files("wizard"), *python_files("pages")]
            for block in functions(cc_visit(path.read_text(encoding="utf-8")))
            if block.complexity > COMPLEXITY_CAP]
    assert over == []


def test_probes_import_checks_at_most() -> None:
    for path in python_files("wizard/probes"):
        ours = {n for n in imports_of(path) if n.split(".")[0] == "wizard"}
        outside = {n for n in ours if not n.startswith(("wizard.probes", "wizard.checks")) and n != "wizard.errors"}
        assert outside == set(), f"{path.name} imports {outside}: probes may use only checks"


def test_findings_are_worded_for_translation() -> None:
    """A finding or an error written as an f-string could not be looked up in the translations: the core writes
    its findings with Finding.of and its errors with literal wording and named values (wizard.i18n.finding_wording
    refuses anything else, and a call whose values are not the ones its wording names)."""
    from wizard.i18n import finding_wording

    assert len(finding_wording()) > 600
    for path in python_files("wizard"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Finding":
                wording = node.args[2:4]
                assert not any(isinstance(a, (ast.Constant, ast.JoinedStr)) for a in wording), \
                    f"{path.relative_to(ROOT)}:{node.lineno}: write this finding with Finding.of"


def test_the_window_starts_without_the_ssh_library() -> None:
    """asyncssh costs about a fifth of the window's start-up; it is loaded on the first AMO connection."""
    result = subprocess.run([sys.executable, "-c", "import sys, wizard.app; print('asyncssh' in sys.modules)"],
                            capture_output=True, text=True, cwd=ROOT, env={**os.environ,
                                                                          "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and result.stdout.strip() == "False", result.stderr[-2000:]
