"""What type-checking the window (issue #28) found that an engineer would have met: each test failed before its fix."""

from PySide6.QtCore import QByteArray, QSettings

from wizard.app import MainWindow
from wizard.app.preferences import APP_NAME, GEOMETRY, ORG, RECENT, REMEMBER_PASSPHRASE, THEME, Preferences


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP_NAME)


def test_a_settings_file_holding_text_where_the_geometry_was_still_opens_the_window(qtbot, loop) -> None:
    # an INI file edited by hand, or written by another tool: the geometry comes back as text, not as @ByteArray,
    # and restoreGeometry refused it with a TypeError, so the window never opened
    settings = _settings()
    settings.setValue(GEOMETRY.key, "0, 0, 800, 600")
    settings.sync()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
    window.close()


def test_each_preference_reads_what_an_ini_file_gives_back_as_its_own_type(loop) -> None:
    settings = _settings()
    for key, value in ((GEOMETRY.key, "text"), (RECENT.key, "/one/site.psiproj"), (THEME.key, ["dark", "x"]),
                       (REMEMBER_PASSPHRASE.key, "false")):
        settings.setValue(key, value)
    settings.sync()
    preferences = Preferences()
    assert preferences.get(GEOMETRY) == QByteArray()
    assert preferences.get(RECENT) == ["/one/site.psiproj"]
    assert isinstance(preferences.get(THEME), str)
    assert preferences.get(REMEMBER_PASSPHRASE) is False
