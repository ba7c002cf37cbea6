"""Guards the Qt binding pin in pyproject.toml: PySide6 6.12.0 aborts the process when Python code
emits a signal with arguments into a Python slot a few hundred times (reference count corruption).
The wizard's step cards do exactly that, so a binding with this defect must never be installed."""

import subprocess
import sys
import textwrap

EMIT_LOOP = textwrap.dedent("""
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Card(QObject):
        input_changed = Signal(str, str, str)

    class Controller(QObject):
        def set_step_input(self, step_id, key, value):
            return None

    app = QCoreApplication([])
    card, controller = Card(), Controller()
    card.input_changed.connect(controller.set_step_input)
    for _ in range(5000):
        card.input_changed.emit("2.2-version-sbc", "observed", "V11 R2.1.0")
    print("survived")
""")


def test_installed_qt_binding_survives_python_signal_emission() -> None:
    result = subprocess.run([sys.executable, "-c", EMIT_LOOP], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "survived" in result.stdout, (
        f"the installed PySide6 crashed (exit {result.returncode}): {result.stderr[-300:]}"
    )
