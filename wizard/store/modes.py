"""What a project file is called and the modes it can be in: kept apart from the file itself, so the window's
welcome page knows them without loading SQLite."""

from enum import StrEnum

SUFFIX = ".psiproj"


class Mode(StrEnum):
    LIVE = "live"
    OFFLINE = "offline"
    DEMO = "demo"
