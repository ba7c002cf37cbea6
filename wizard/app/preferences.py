"""The window's preferences, declared once with their defaults (as Picard declares its options): the code asks
for a Preference, never for a string key it might spell differently elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORG, APP_NAME = "PSI Wizard", "psi-wizard"
T = TypeVar("T")


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T


THEME = Preference("appearance/theme", "system")  # system, light or dark
LANGUAGE = Preference("appearance/language", "system")  # system, en or de
GEOMETRY = Preference("window/geometry", QByteArray())
RECENT = Preference[list[str]]("recent", [])  # project files, newest first
IDENTITY = Preference("identity/path", "")  # the signing identity (PKCS#12) last used
GUIDE = Preference("guide/path", "")  # the engineer's copy of the solution guide (Markdown)
REMEMBER_PASSPHRASE = Preference("identity/remember", True)  # keep a typed passphrase for the next report
MAX_RECENT = 8


class Preferences:
    """QSettings in an INI file of the user's (Qt writes it in the background)."""

    def __init__(self) -> None:
        self._settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP_NAME)

    def get(self, preference: Preference[T]) -> T:
        value = self._settings.value(preference.key, preference.default)
        if isinstance(preference.default, bool):  # an INI file keeps it as text
            return (value in (True, "true", "1")) if value is not None else preference.default  # type: ignore[return-value]
        if isinstance(preference.default, list):
            return ([value] if isinstance(value, str) else list(value or [])) if value else []  # type: ignore[return-value]
        if isinstance(preference.default, str):
            return str(value or preference.default)  # type: ignore[return-value]
        return value  # type: ignore[no-any-return]

    def set(self, preference: Preference[T], value: T) -> None:
        self._settings.setValue(preference.key, value)
