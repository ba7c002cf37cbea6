"""The guide as data: chapters and steps loaded from resources/runbook.toml."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from pathlib import Path

from resources import resource_path
from wizard.checks.judged import CONNECTION, INPUT, SITE
from wizard.checks.site import FIELDS_BY_KEY
from wizard.errors import WizardError

_WORDS = re.compile(r"\b[a-z]{3,}\b")


class StepKind(StrEnum):
    AUTOMATIC = "automatic"
    ASSISTED = "assisted"
    MANUAL = "manual"


class InputKind(StrEnum):
    LINE = "line"  # one line typed in
    TEXT = "text"  # pasted output, several lines
    FILE = "file"  # a file, kept in the project as evidence
    SECRET = "secret"  # a passphrase: used for the run, never saved


@dataclass(frozen=True)
class StepInput:
    key: str
    label: str
    placeholder: str = ""
    kind: InputKind = InputKind.LINE
    required: bool = True


@dataclass(frozen=True)
class Step:
    id: str
    section: str
    title: str
    kind: StepKind
    chapter_id: str
    instructions: str = ""
    where: str = ""
    values: tuple[tuple[str, str], ...] = ()
    shown: frozenset[str] = frozenset()  # labels of values that are only read (a command, a status): not applied
    depends_on: tuple[str, ...] = ()
    check: str | None = None
    needs_network: bool = False
    inputs: tuple[StepInput, ...] = ()
    evidence: str = ""
    # What the step's check reads beyond its own inputs, which its result keeps as judged (wizard.checks.judged):
    # Site fields (the engine hands the check these and no others) and live systems' connection settings
    # ("zoom.account_id"). Declared here, once, rather than guessed by each caller.
    site_fields: tuple[str, ...] = ()
    connection_settings: tuple[str, ...] = ()

    @property
    def judges(self) -> tuple[str, ...]:
        """The names (wizard.checks.judged) of every value the step's check judges: its inputs but secrets, which
        are never kept, the Site fields and the connection settings it declares."""
        return (*(INPUT + i.key for i in self.inputs if i.kind is not InputKind.SECRET),
                *(SITE + key for key in self.site_fields), *(CONNECTION + name for name in self.connection_settings))


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    section: str
    summary: str
    steps: tuple[Step, ...] = field(default=())
    panel: str = ""  # the window's panel for this chapter beyond its step cards (wizard.app.chapters.PANELS)

    @property
    def label(self) -> str:
        return f"{self.title} §{self.section}" if self.section else self.title


@dataclass(frozen=True)
class Runbook:
    chapters: tuple[Chapter, ...]

    def __post_init__(self) -> None:
        index: dict[str, Step] = {}
        for chapter in self.chapters:
            for step in chapter.steps:
                if step.id in index:
                    raise WizardError("runbook: step id '{id}' appears twice", "give each step its own id", id=step.id)
                index[step.id] = step
        for step in index.values():
            for dep in step.depends_on:
                if dep not in index:
                    raise WizardError("runbook: step '{id}' depends on unknown step '{dep}'",
                                      "fix depends_on in the runbook data", id=step.id, dep=dep)
        object.__setattr__(self, "_index", index)
        _reject_cycles(index)

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(s for c in self.chapters for s in c.steps)

    def step(self, step_id: str) -> Step:
        try:
            return self._index[step_id]  # type: ignore[attr-defined]
        except KeyError:
            raise WizardError("no step '{step_id}' in the runbook", "list the steps with 'psi-wizard runbook list'",
                              step_id=step_id) from None

    def chapter(self, chapter_id: str) -> Chapter:
        for chapter in self.chapters:
            if chapter.id == chapter_id:
                return chapter
        raise WizardError("no chapter '{chapter_id}' in the runbook", chapter_id=chapter_id)

    def translated(self, translate: Callable[[str], str]) -> Runbook:
        """The same runbook in another language: titles, summaries, instructions, evidence and input wording
        go through `translate`. Ids, sections, values and menu paths stay as the guide and portals show them."""
        def word(text: str) -> str:
            return translate(text) if text else text

        def example(text: str) -> str:  # "V11 R0.22.5" is shown as is; "empty: the public FQDN" is words
            return word(text) if _WORDS.search(text) else text

        return Runbook(tuple(
            replace(chapter, title=word(chapter.title), summary=word(chapter.summary), steps=tuple(
                replace(step, title=word(step.title), instructions=word(step.instructions),
                        evidence=word(step.evidence),
                        inputs=tuple(replace(i, label=word(i.label), placeholder=example(i.placeholder))
                                     for i in step.inputs))
                for step in chapter.steps))
            for chapter in self.chapters))

    def to_json(self) -> dict:
        return {
            "chapters": [
                {
                    "id": c.id,
                    "title": c.title,
                    "section": c.section,
                    "steps": [
                        {
                            "id": s.id,
                            "section": s.section,
                            "title": s.title,
                            "kind": s.kind.value,
                            "depends_on": list(s.depends_on),
                            "check": s.check,
                            "needs_network": s.needs_network,
                        }
                        for s in c.steps
                    ],
                }
                for c in self.chapters
            ]
        }


def _reject_cycles(index: dict[str, Step]) -> None:
    done: set[str] = set()
    visiting: set[str] = set()

    def visit(step_id: str) -> None:
        if step_id in done:
            return
        if step_id in visiting:
            raise WizardError("runbook: dependency cycle through step '{step_id}'", "fix depends_on in the runbook",
                              step_id=step_id)
        visiting.add(step_id)
        for dep in index[step_id].depends_on:
            visit(dep)
        visiting.discard(step_id)
        done.add(step_id)

    for step_id in index:
        visit(step_id)


def _reflow(text: str) -> str:
    """Join the data file's hard line breaks; blank lines stay paragraph breaks."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _site_fields(step: dict) -> tuple[str, ...]:
    """The Site fields a step's check reads: `site = ["sbc_public_fqdn", …]`, or ["*"] for every one of them."""
    named = tuple(step.get("site", []))
    if named == ("*",):
        return tuple(FIELDS_BY_KEY)
    for key in named:
        if key not in FIELDS_BY_KEY:
            raise WizardError("runbook: step '{id}' reads the unknown Site field '{key}'",
                              "name one of the fields of wizard.checks.site", id=step.get("id", ""), key=key)
    return named


def _connection_settings(step: dict) -> tuple[str, ...]:
    named = tuple(step.get("connections", []))
    for name in named:
        system, _, setting = name.partition(".")
        if not (system and setting):
            raise WizardError("runbook: step '{id}' names the connection setting '{name}' without its system",
                              "write it as system.setting, e.g. zoom.account_id", id=step.get("id", ""),
                              name=name)
    return named


def parse_runbook(text: str) -> Runbook:
    import tomllib

    data = tomllib.loads(text)
    chapters = []
    for ch in data.get("chapter", []):
        steps = tuple(
            Step(
                id=s["id"],
                section=s["section"],
                title=s["title"],
                kind=StepKind(s["kind"]),
                chapter_id=ch["id"],
                instructions=_reflow(s.get("instructions", "")),
                where=s.get("where", ""),
                values=tuple((entry[0], entry[1]) for entry in s.get("values", [])),
                shown=frozenset(entry[0] for entry in s.get("values", []) if entry[2:] == ["shown"]),
                depends_on=tuple(s.get("depends_on", [])),
                check=s.get("check"),
                needs_network=bool(s.get("needs_network", False)),
                inputs=tuple(StepInput(**{**i, "kind": InputKind(i.get("kind", "line"))}) for i in s.get("inputs", [])),
                evidence=s.get("evidence", ""),
                site_fields=_site_fields(s),
                connection_settings=_connection_settings(s),
            )
            for s in ch.get("step", [])
        )
        chapters.append(Chapter(ch["id"], ch["title"], ch.get("section", ""), ch.get("summary", ""), steps,
                                ch.get("panel", "")))
    return Runbook(tuple(chapters))


@cache
def load_runbook(path: Path | None = None) -> Runbook:
    source = path or resource_path("runbook.toml")
    return parse_runbook(source.read_text(encoding="utf-8"))
