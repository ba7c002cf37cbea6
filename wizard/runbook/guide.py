"""Finding a section of the solution guide in the engineer's own copy of it (Markdown), so Help can open the
guide where the current step comes from. The wizard does not ship the guide."""

from __future__ import annotations

import re

LIBRARIES = ("cryptography", "pyhanko", "httpx", "aiohttp", "asyncssh", "dnspython", "keyring", "qasync",
             "platformdirs")


def guide_section(markdown: str, section: str) -> tuple[str, str] | None:
    """The heading and the Markdown of `section` (e.g. '7.1.1') up to the next heading of its level or above;
    falls back to the nearest enclosing section ('7.1') when the guide has no heading of its own for it."""
    wanted = section.strip()
    while wanted:
        pattern = re.compile(rf"^(#{{1,6}})\s+{re.escape(wanted)}(?:\s+|$)(.*)$", re.MULTILINE)
        match = pattern.search(markdown)
        if match:
            level = len(match.group(1))
            following = re.compile(rf"^#{{1,{level}}}\s", re.MULTILINE).search(markdown, match.end())
            body = markdown[match.start():following.start() if following else len(markdown)]
            return f"{wanted} {match.group(2).strip()}".strip(), body.strip()
        wanted = wanted.rpartition(".")[0]
    return None


_CHECKBOX = re.compile(r'<input[^>]*type="checkbox"[^>]*/?>', re.IGNORECASE)


def tables_as_markdown(text: str) -> str:
    """The guide's tables came out of its PDF as lines of tab-separated cells; as Markdown tables they render as
    tables (the first line is the header). Ticked and unticked boxes become ☑ and ☐."""
    out: list[str] = []
    block: list[list[str]] = []

    def cell(value: str) -> str:
        value = _CHECKBOX.sub(lambda m: "☑" if "checked" in m.group(0).lower() else "☐", value.strip())
        return value.replace("|", "\\|") or " "

    def flush() -> None:
        if len(block) >= 1 and max(len(r) for r in block) >= 2:
            width = max(len(r) for r in block)
            rows = [r + [""] * (width - len(r)) for r in block]
            out.extend(["", "| " + " | ".join(cell(c) for c in rows[0]) + " |", "|" + "---|" * width])
            out.extend("| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:])
            out.append("")
        else:
            out.extend("\t".join(r) for r in block)
        block.clear()

    for line in text.splitlines():
        if "\t" in line.strip("\t"):
            block.append(line.strip().split("\t"))
            continue
        if block:
            flush()
        out.append(line)
    if block:
        flush()
    return "\n".join(out)


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found
