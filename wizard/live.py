"""The one guard for everything that touches a live system: in offline checklist mode nothing is sent, whoever
asks (the window or a headless command), and the refusal is the same everywhere (exit 3 in the CLI)."""

from __future__ import annotations

from wizard.probes.base import ProbeCannotRun
from wizard.store.project import Mode, ProjectFile


class OfflineMode(ProbeCannotRun):
    """The project is in offline checklist mode: the action would need a live system."""


def require_live(project: ProjectFile, action: str) -> None:
    if project.mode is Mode.OFFLINE:
        raise OfflineMode("{name} is in offline checklist mode: {action} needs the live systems, so nothing was sent",
                          "switch the project to live mode (in the window: Ctrl+Shift+O), then run it again",
                          name=project.path.name, action=action)
