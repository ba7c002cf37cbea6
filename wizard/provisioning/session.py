"""What the window and the command line share around a wave: the project's connections opened as clients, the
wave's options from the site, the people read from wherever they come from, and the final read-back."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wizard.checks import amo_values
from wizard.checks.amo import Os4kConfig, mask_secrets, parse_amo_text, read_os4k_config
from wizard.checks.provisioning import Person, WaveOptions, people
from wizard.checks.users import ZoomUser
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.sessions import open_amo, open_zoom
from wizard.errors import WizardError
from wizard.provisioning.sources import (
    integrated_emails,
    read_os4k_file,
    read_os4k_live,
    read_zoom_file,
    read_zoom_live,
)
from wizard.runbook.engine import EVIDENCE_REF
from wizard.store.project import Mode, ProjectFile

if TYPE_CHECKING:  # the HTTP client is loaded by whoever makes one
    from wizard.connectors.zoom import ZoomClient

SOURCE_STEP = "7.1.3.2-add-integrated-users"  # its file inputs: the Zoom export and the OS4K subscribers


@dataclass
class Systems:
    zoom: ZoomClient | None
    amo: SshAmoTransport | None

    async def aclose(self) -> None:
        if self.zoom is not None:
            await self.zoom.aclose()
        if self.amo is not None:
            await self.amo.close()


def open_systems(project: ProjectFile, *, zoom_secret: str | None = None,
                 os4k_password: str | None = None) -> Systems:
    """Clients for the systems whose connection and secret are known; None for the others, and for all of them
    in offline checklist mode."""
    if project.mode is Mode.OFFLINE:
        return Systems(None, None)
    zoom = open_zoom(project, secret=zoom_secret)
    try:
        amo = open_amo(project, password=os4k_password)
    except WizardError:  # not set up, or no password known: the wave says which of its stages needs it
        amo = None
    return Systems(zoom, amo)


def wave_options(project: ProjectFile, *, pmidx: str = "", voicemail_number: str = "",
                 rotate_passwords: bool = False) -> WaveOptions:
    site = project.site()
    return WaveOptions(site.get("sbc_public_fqdn", ""), site.get("sbc_sip_tls_port", ""),
                       site.get("sbc_public_ip", ""), pmidx=pmidx, voicemail_number=voicemail_number,
                       assignments=station_assignments(project), rotate_passwords=rotate_passwords)


ASSIGNMENTS = "stations"  # step 7.1.3.2's record of the stations chosen for Zoom users without a subscriber


def station_assignments(project: ProjectFile) -> tuple[tuple[str, str], ...]:
    """The stations chosen so far, as (email key, station), one 'email=station' line each in the project."""
    pairs = (line.partition("=") for line in project.step_inputs(SOURCE_STEP).get(ASSIGNMENTS, "").splitlines())
    return tuple((email.strip().lower(), stno.strip()) for email, _eq, stno in pairs if email.strip() and stno.strip())


def assign_station(project: ProjectFile, email: str, stno: str) -> tuple[tuple[str, str], ...]:
    """Choose the station of a Zoom user no OS4K subscriber has in PERSI (or, with no station, forget the
    choice). Kept with the project, so the plan, a resume and a re-check see it, and written to its audit log.
    Both values are checked against their grammar first: they go into an AMO."""
    key = amo_values.email(email.strip(), "email").lower()
    chosen = amo_values.station(stno.strip(), "station") if stno.strip() else ""
    pairs = [pair for pair in station_assignments(project) if pair[0] != key]
    if chosen:
        pairs.append((key, chosen))
    project.set_step_input(SOURCE_STEP, ASSIGNMENTS, "\n".join(f"{k}={v}" for k, v in pairs))
    return tuple(pairs)


@dataclass(frozen=True)
class Reading:
    rows: list[Person]
    config: Os4kConfig
    settings_known: bool
    zoom_source: str  # where the Zoom side came from, said in the window and the plan
    os4k_source: str
    zoom_users: list[ZoomUser] | None
    phones: list[str]
    pending_phones: list[str]
    os4k_text: str = ""  # what the OS4K side was read from (REG- output or a CSV), digest passwords masked
    read_at: str = ""  # when it was read (ISO 8601, UTC)
    # where the project's audit log stood when it was read: a change the wizard made to a live system after it
    # (ProjectFile.last_system_change) makes it out of date; 0 is a reading kept by a version that did not say
    position: int = 0

    def judged_with(self, options: WaveOptions) -> Reading:
        """The same reading judged again, e.g. after the engineer changed the PM index or voicemail number."""
        rows = people(self.zoom_users, self.config, self.phones, options, settings_known=self.settings_known,
                      pending_phones=self.pending_phones)
        return replace(self, rows=rows)


def _step_file(project: ProjectFile, key: str) -> bytes | None:
    value = project.step_inputs(SOURCE_STEP).get(key, "")
    return project.evidence_data(int(value.removeprefix(EVIDENCE_REF))) if value.startswith(EVIDENCE_REF) else None


async def read_people(project: ProjectFile, systems: Systems, options: WaveOptions, *,
                      zoom_csv: bytes | None = None, subscribers: bytes | None = None) -> Reading:
    """Files given here win; then the live systems; then the files attached to step 7.1.3.2."""
    zoom_csv = zoom_csv if zoom_csv is not None else None if systems.zoom else _step_file(project, "zoom")
    subscribers = subscribers if subscribers is not None else None if systems.amo else _step_file(project, "os4k")
    phones: list[str] = []
    pending: list[str] = []
    if zoom_csv is not None:
        users, zoom_source = read_zoom_file(zoom_csv, "Zoom export"), "Zoom export (CSV)"
        if systems.zoom is not None:
            phones, pending = integrated_emails(await systems.zoom.list_sip_phones())
    elif systems.zoom is not None:
        users, phones, pending = await read_zoom_live(systems.zoom)
        zoom_source = "Zoom API"
    else:
        users, zoom_source = None, "not read (no Zoom connection or export)"
    if subscribers is not None:
        source = read_os4k_file(subscribers, "OS4K subscribers")
        os4k_source = "OS4K subscribers (pasted or from a file)"
    elif systems.amo is not None:
        source, os4k_source = await read_os4k_live(systems.amo), "OS4K over SSH (REG-)"
    else:
        raise WizardError("the OS4K subscribers are not known",
                          "set up the OS4K connection, or give REG-SBCSU/REG-PERSI output or a CSV of stations "
                          "and emails")
    # thousands of people: judged in a worker thread, so the window keeps answering
    rows = await asyncio.to_thread(lambda: people(users, source.config, phones, options,
                                                  settings_known=source.settings_known, pending_phones=pending))
    return Reading(rows, source.config, source.settings_known, zoom_source, os4k_source, users, phones, pending,
                   mask_secrets(source.text), datetime.now(UTC).isoformat(timespec="seconds"))


READING_FILE = "people-read.json"  # on step 7.1.3.2: the last reading, so it is there offline and after reopening


def keep_reading(project: ProjectFile, reading: Reading) -> None:
    """The last reading kept with the project (replacing the one before): Zoom's users and SIP phones as read, and
    the OS4K's output with its digest passwords masked; the rows are judged again from these when it is opened."""
    kept = {"read_at": reading.read_at, "position": reading.position, "zoom_source": reading.zoom_source,
            "os4k_source": reading.os4k_source,
            "settings_known": reading.settings_known, "phones": reading.phones, "pending": reading.pending_phones,
            "zoom_users": None if reading.zoom_users is None else [
                [u.email, u.first_name, u.last_name, u.status, u.line] for u in reading.zoom_users],
            "os4k_text": reading.os4k_text}
    project.attach(SOURCE_STEP, READING_FILE, json.dumps(kept).encode("utf-8"), replace=True)


def kept_reading(project: ProjectFile, options: WaveOptions) -> Reading | None:
    """The reading kept with the project, judged again with today's options; None when there is none (or it
    cannot be read: then the engineer reads the systems again, nothing is guessed)."""
    ref = next((e for e in project.evidence(SOURCE_STEP) if e.name == READING_FILE), None)
    if ref is None:
        return None
    try:
        kept = json.loads(project.evidence_data(ref.id))
        users = None if kept["zoom_users"] is None else [ZoomUser(*row) for row in kept["zoom_users"]]
        if kept["settings_known"]:
            config = read_os4k_config(parse_amo_text(kept["os4k_text"]))
        else:
            config = read_os4k_file(kept["os4k_text"].encode("utf-8"), "the kept OS4K list").config
        phones, pending = list(kept["phones"]), list(kept["pending"])
        rows = people(users, config, phones, options, settings_known=kept["settings_known"], pending_phones=pending)
        position = kept.get("position", 0)
        return Reading(rows, config, kept["settings_known"], kept["zoom_source"], kept["os4k_source"], users, phones,
                       pending, kept["os4k_text"], kept["read_at"], position if isinstance(position, int) else 0)
    except (KeyError, TypeError, ValueError, WizardError):
        return None


def select(rows: list[Person], spec: str) -> list[Person]:
    """'all' or 'ready': everyone the wave can take; else a comma-separated list of emails."""
    if spec.strip().lower() in ("all", "ready", ""):
        return [r for r in rows if r.selectable]
    by_key = {r.key: r for r in rows}
    wanted = [e.strip().lower() for e in spec.split(",") if e.strip()]
    unknown = [e for e in wanted if e not in by_key]
    if unknown:
        raise WizardError("not among the people read: {unknown}", "check the spelling, or read the systems again",
                          unknown=', '.join(unknown))
    return [by_key[e] for e in wanted]
