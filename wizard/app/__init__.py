"""The window: the application and its loop, the main window's shell, the welcome page, theme, translators,
preferences, the op runner, and the chapters' panels. Everything it does beyond showing goes through the services
(wizard.services) on the op runner."""

from wizard.app.application import create_application, run_gui
from wizard.app.window import MainWindow

__all__ = ["MainWindow", "create_application", "run_gui"]
