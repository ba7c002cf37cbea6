"""Use case: files the engineer hands the wizard — attached to a step as evidence, kept as a step's input file,
or read for a wave — read off the loop, each failure naming the file and what to do."""

from __future__ import annotations

import asyncio
from pathlib import Path

from wizard.checks.result import Finding
from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.runbook.engine import EVIDENCE_REF
from wizard.store.project import ProjectFile

MAX_FILE = 200 * 1024 * 1024  # a step's evidence is a screenshot or an export, not a disk image


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE:
            raise WizardError("{name} is larger than {size} MB",
                              "attach a smaller file (a screenshot or an export of what the step asks for)",
                              name=path.name, size=MAX_FILE // 1024 // 1024)
        return path.read_bytes()
    except OSError as exc:
        raise WizardError("could not read {name}: {reason}", "check the file and try again", name=path.name,
                          reason=exc.strerror or exc) \
            from None


async def read_file(path: Path) -> bytes:
    return await asyncio.to_thread(_read, path)


async def read_files(paths: list[Path]) -> list[tuple[str, bytes]]:
    return await asyncio.to_thread(lambda: [(p.name, _read(p)) for p in paths])


async def save_file(path: Path, data: bytes) -> Path:
    await asyncio.to_thread(write_atomically, path, data)
    return path


async def confirm_step(project: ProjectFile, step_id: str, note: str, paths: list[Path]) -> None:
    files = await read_files(paths)
    await project.commit(project.confirm_step, step_id, note, files)


async def attach_files(project: ProjectFile, step_id: str, paths: list[Path]) -> None:
    files = await read_files(paths)
    await project.commit(lambda: [project.attach(step_id, name, data) for name, data in files])


async def keep_step_file(project: ProjectFile, step_id: str, key: str, path: Path) -> Finding | None:
    """A step's file input (a certificate, an export): kept as evidence, the input naming it. Returns what is to be
    said at once about the file (a DER certificate named .pem, where the SBC takes PEM only)."""
    from wizard.checks.certificates import pem_named_der

    data = await read_file(path)

    def keep() -> None:
        kept = project.keep_evidence(step_id, path.name, data)
        project.set_step_input(step_id, key, f"{EVIDENCE_REF}{kept}")

    await project.commit(keep)
    return pem_named_der(path.name, data)


async def attach_data(project: ProjectFile, step_id: str, name: str, data: bytes) -> None:
    """Something the engineer handed over in memory (a screenshot from the clipboard) kept on a step."""
    await project.commit(project.attach, step_id, name, data)


async def remove_attachment(project: ProjectFile, step_id: str, evidence_id: int) -> None:
    await project.commit(project.remove_evidence, step_id, evidence_id)


async def open_copy(project: ProjectFile, evidence_id: int) -> Path:
    """A copy of an attachment in the user's cache, to open with the program the desktop chooses (the project
    keeps the original; the copy can be changed or deleted without touching it)."""
    import platformdirs

    from wizard.paths import APP

    ref = next((e for e in project.evidence() if e.id == evidence_id), None)
    if ref is None:
        raise WizardError("no attachment #{evidence_id} in the project", "it may have been removed",
                          evidence_id=evidence_id)
    data = project.evidence_data(evidence_id)
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in ref.name)[-80:] or "attachment"
    target = Path(platformdirs.user_cache_dir(APP, appauthor=False)) / "attachments" / f"{evidence_id}-{safe}"

    def write() -> Path:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WizardError("cannot write a copy of {name}: {reason}", "free space in your cache folder",
                              name=ref.name, reason=exc.strerror or exc) from None
        write_atomically(target, data)
        return target

    return await asyncio.to_thread(write)
