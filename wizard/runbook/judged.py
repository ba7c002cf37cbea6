"""The project's side of wizard.checks.judged: the values a step's check judges as the project holds them, what the
engine keeps with a result, and which recorded results are outdated now. Every view that counts or shows a step
(the step cards, the sidebar, the site summaries, the report) asks outdated_steps, through the runbook's summary
and the report's readings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wizard.checks.judged import CONNECTION, INPUT, SITE, Change, changes, judged_of, judged_values
from wizard.checks.site import FIELDS_BY_KEY
from wizard.runbook.model import Step
from wizard.store.project import ProjectFile, StepRecord

# a recorded verdict of a check: what can be outdated (a confirmation or a waiver is the engineer's word, and says
# nothing about values)
CHECKED = frozenset({"passed", "warning", "failed"})


def value_of(site: Mapping[str, str], inputs: Mapping[str, str],
             connections: Mapping[str, Mapping[str, str]]) -> Callable[[str], str]:
    """A named value (wizard.checks.judged's names) as these hold it; "" when unset."""
    def value(name: str) -> str:
        if name.startswith(SITE):
            return str(site.get(name.removeprefix(SITE), ""))
        if name.startswith(INPUT):
            return str(inputs.get(name.removeprefix(INPUT), ""))
        if name.startswith(CONNECTION):
            system, _, setting = name.removeprefix(CONNECTION).partition(".")
            return str((connections.get(system) or {}).get(setting, ""))
        return ""
    return value


def judged_now(step: Step, site: Mapping[str, str], inputs: Mapping[str, str],
               connections: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """What the step's check judges when it runs now, to keep with its result."""
    return judged_values(step.judges, value_of(site, inputs, connections))


def site_for(step: Step, site: Mapping[str, str]) -> dict[str, str]:
    """The Site fields the step declares, the only ones its check is handed: what it reads is what it judged."""
    return {key: site[key] for key in step.site_fields if key in site}


@dataclass(frozen=True)
class Outdated:
    """A recorded result whose judged values are otherwise now."""

    changes: tuple[Change, ...]
    checked_at: str  # when the result was recorded (ISO 8601, UTC)
    was: str  # the status it recorded: passed, warning or failed

    def to_json(self) -> dict[str, Any]:
        return {"changes": [c.to_json() for c in self.changes], "checked_at": self.checked_at, "was": self.was}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Outdated:
        return cls(tuple(Change(str(c["name"]), c.get("old"), c.get("new")) for c in data.get("changes", [])),
                   str(data.get("checked_at", "")), str(data.get("was", "")))


def outdated_steps(project: ProjectFile, records: Mapping[str, StepRecord] | None = None) -> dict[str, Outdated]:
    """The steps whose recorded check result judged values the project holds otherwise now, by step id. A result
    recorded without its judged values (before results kept them, or by a wave) is never among them."""
    records = project.step_records() if records is None else records
    kept = {step_id: (record, judged) for step_id, record in records.items()
            if record.status in CHECKED and (judged := judged_of(record.result))}
    if not kept:
        return {}
    site, connections = project.site(), project.connections()
    found = {}
    for step_id, (record, judged) in kept.items():
        inputs = project.step_inputs(step_id) if any(n.startswith(INPUT) for n in judged) else {}
        changed = changes(judged, value_of(site, inputs, connections))
        if changed:
            found[step_id] = Outdated(changed, record.updated_at, record.status)
    return found


def change_label(step: Step | None, change: Change) -> tuple[str, str]:
    """What a changed value is called, and where its translation is found: ("site", a Site field's label),
    ("runbook", the step input's label as `step` words it) or ("", a connection setting as system.setting)."""
    if change.kind + ":" == SITE and change.key in FIELDS_BY_KEY:
        return "site", FIELDS_BY_KEY[change.key].label
    if change.kind + ":" == INPUT and step is not None:
        spec = next((i for i in step.inputs if i.key == change.key), None)
        if spec is not None:
            return "runbook", spec.label
    return "", change.key
