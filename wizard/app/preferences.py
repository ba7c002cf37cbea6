"""The window's preferences, declared once with their defaults (as Picard declares its options): the code asks
for a Preference, never for a string key it might spell differently elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORG, APP_NAME = "PSI Wizard", "psi-wizard"
T = TypeVar("T")


# What QSettings gives back is whatever the INI file holds (text, a list of texts, a @ByteArray), not necessarily
# what was written: each preference reads it as its own type, and anything else as its default.
def _flag(value: object, default: bool) -> bool:
    return value in (True, "true", "1") if value is not None else default  # an INI file keeps it as text


def _text(value: object, default: str) -> str:
    return str(value or default)


def _texts(value: object, default: list[str]) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):  # a list of one comes back from an INI file as that one text
        return [value]
    return [str(v) for v in value] if isinstance(value, list | tuple) else list(default)


def _bytes(value: object, default: QByteArray) -> QByteArray:
    return value if isinstance(value, QByteArray) else default


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T
    read: Callable[[object, T], T]


THEME = Preference("appearance/theme", "system", _text)  # system, light or dark
LANGUAGE = Preference("appearance/language", "system", _text)  # system, en or de
GEOMETRY = Preference("window/geometry", QByteArray(), _bytes)
RECENT = Preference[list[str]]("recent", [], _texts)  # project files, newest first
IDENTITY = Preference("identity/path", "", _text)  # the signing identity (PKCS#12) last used
GUIDE = Preference("guide/path", "", _text)  # the engineer's copy of the solution guide (Markdown)
REMEMBER_PASSPHRASE = Preference("identity/remember", True, _flag)  # keep a typed passphrase for the next report
MAX_RECENT = 8


class Preferences:
    """QSettings in an INI file of the user's (Qt writes it in the background)."""

    def __init__(self) -> None:
        self._settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP_NAME)

    def get(self, preference: Preference[T]) -> T:
        return preference.read(self._settings.value(preference.key, preference.default), preference.default)

    def set(self, preference: Preference[T], value: T) -> None:
        self._settings.setValue(preference.key, value)
