"""Use cases around the engineer's own files outside a project: the solution guide they keep, the projects they
opened before."""

from __future__ import annotations

import asyncio
from pathlib import Path

from wizard.errors import WizardError


def existing(paths: list[str]) -> list[str]:
    """The files of a list that are still there (recent projects on a laptop whose USB stick is gone)."""
    return [p for p in paths if Path(p).is_file()]


async def read_guide_section(path: Path, section: str) -> tuple[str, str]:
    """The guide's section as (title, Markdown); the whole guide when the section is not found."""
    from wizard.runbook.guide import guide_section, tables_as_markdown

    def read() -> str:
        try:
            return path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise WizardError("cannot read the guide {path} ({reason})",
                              "choose it again (Help > Choose the guide file…)", path=path,
                              reason=exc.strerror or exc) from None

    text = await asyncio.to_thread(read)
    found = guide_section(text, section) if section else None
    title, body = found if found else (path.name, text)
    return title, tables_as_markdown(body)
