"""Problems with a project file, each saying what happened and what to do."""

from wizard.errors import WizardError


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
    pass


class ProjectReadOnly(ProjectError):
    pass


class DiskFull(ProjectError):
    pass
