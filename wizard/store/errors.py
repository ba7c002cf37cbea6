"""Problems with a project file, each saying what happened and what to do."""

from wizard.errors import WizardError


class ProjectError(WizardError):
    pass


class NotAProject(ProjectError):
    pass


class NewerSchema(ProjectError):
    pass


class ProjectLocked(ProjectError):
    pass


class ProjectReadOnly(ProjectError):
    pass


class DiskFull(ProjectError):
    pass
