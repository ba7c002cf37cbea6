"""Problems with a project file, each saying what happened and what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.errors import WizardError

if TYPE_CHECKING:
    from wizard.store.lock import LockHolder


class ProjectError(WizardError):
    pass


class NotAProject(ProjectError):
    pass


class ProjectDamaged(NotAProject):
    """The file is ours but damaged; `problems` lists what is wrong."""

    def __init__(self, problem: str, fix: str, problems: list[str], /, **values: object) -> None:
        super().__init__(problem, fix, **values)
        self.problems = problems


class NewerSchema(ProjectError):
    pass


class ProjectLocked(ProjectError):
    """Another wizard holds the project open for writing (`holder`: who, and whether it may be taken over), or
    SQLite found the file busy in another program (no holder)."""

    holder: LockHolder | None = None


class ProjectReadOnly(ProjectError):
    pass


class DiskFull(ProjectError):
    pass
