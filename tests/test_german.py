"""The German window, walked through: every chapter and its tabs, every dialog, the core's errors in a problem box
and on a step card. No English sentence may be left, apart from what the guide and the portals write in English
(their field names and values, which the engineer has to find on their screens as they are)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Words that occur in English sentences and in no German one; two of them in a text make it English.
ENGLISH = frozenset((
    "the", "and", "is", "are", "not", "of", "to", "with", "this", "that", "from", "for", "your", "you", "be",
    "has", "have", "were", "which", "what", "when", "there", "their", "its", "been", "will", "can", "cannot",
    "should", "must", "or", "by", "on", "at", "no", "yet", "here", "only", "been", "into", "than", "then", "them",
    "they", "these", "those", "would", "could", "does", "done", "did", "also", "any", "each", "every", "other",
    "such", "some", "more", "most", "very", "just", "once", "while", "where", "whose", "about", "after", "before",
    "over", "under", "again", "still", "already", "because", "without", "first", "next", "last", "now", "please",
    "found", "nothing", "something",
))


def portal_texts() -> set[str]:
    """What the portals write, shown as they write it: the input examples, and the values (field names, settings,
    menu paths) the translator kept as they are. A value the translator translated (the guide's words about a
    value, "Must not work") is wording, and must be German in the window."""
    import xml.etree.ElementTree as ET

    from wizard.i18n import VALUES_CONTEXT
    from wizard.runbook.model import load_runbook

    found: set[str] = set()
    for step in load_runbook().steps:
        found |= {i.placeholder for i in step.inputs}
        found |= {value for _, value in step.values if "{" in value}  # filled in with the site's data when shown
    for context in ET.parse(ROOT / "resources" / "i18n" / "psi_core_de.ts").getroot().iter("context"):
        if context.findtext("name") == VALUES_CONTEXT:
            found |= {m.findtext("source", "") for m in context.iter("message")
                      if m.findtext("translation") == m.findtext("source")}
    return {t for t in found if t}


# A place kept as the portals show it: menu items joined by " > " (and menu paths joined by "; "), nothing of ours
# between them: no remark in brackets, no "or"/"and" between two ways to it, no place without a menu (an AMO session)
MENU_PATH = re.compile(r"[^()<>,;]+(?: > [^()<>,;]+)+(?:; [^()<>,;]+(?: > [^()<>,;]+)+)*")


def english_places() -> list[str]:
    """Each step's place as runbook.toml writes it, in the order the walk meets them."""
    from wizard.runbook.model import load_runbook

    return [step.where for step in load_runbook().steps if step.where]


def english_words(text: str, portal: set[str]) -> list[str]:
    text = text.replace("\u200b", "")  # the break opportunities the views put into long values
    for term in sorted(portal, key=len, reverse=True):  # the portals' own words are kept as they are
        text = text.replace(term, " ")
    text = re.sub(r"<[^>]+>", " ", text)  # markup
    text = re.sub(r"„[^“]*“|'[^']*'|\"[^\"]*\"|`[^`]*`", " ", text)  # quoted values: data, not wording
    text = re.sub(r"\S+@\S+|https?://\S+|\S*[/\\]\S*|\S+\.(psiproj|pdf|csv|p12|pem)\b", " ", text)
    text = re.sub(r"\b[A-Z]{2,}[A-Z0-9-]*(:\S+)?", " ", text)  # AMOs, protocol and product abbreviations
    return [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH]


def test_every_page_and_dialog_speaks_german(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "german_walk.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = [tuple(pair) for pair in json.loads(result.stdout.strip().splitlines()[-1])]
    places = {where for where, _ in seen}
    # the walk reached what it claims to: without these the test would pass on an empty window
    assert {"welcome", "menu", "problem box", "step card error", "about", "identity", "host key",
            "language", "plan", "people", "wave step psi", "wave step assistant"} <= places, places
    assert any(text == "Runde 1 im Portal hinzugefügt (1 Person)" for _, text in seen)  # Qt's plural form
    assert any(text.startswith("warten, bis") and "das Zoom-Konto aktiviert" in text
               for where, text in seen if where == "plan")
    assert any("noch nicht aktiviert" in text for where, text in seen if where == "plan")  # a change's detail
    assert sum(where.startswith("chapter") for where in places) >= 8 and len(seen) > 1000
    # #34: a system by its name and its secret in German, never the internal id; an attachment's links in German
    assert any("Für Zoom ist kein Client-Secret bekannt" in text for where, text in seen if where == "connection zoom")
    assert not any(re.search(r"(?<![\w.])(zoom|os4k)(?![\w.])", text) for where, text in seen
                   if where.startswith("connection"))
    assert any("Öffnen</a> · <a" in text and "Entfernen" in text for where, text in seen
               if where == "step card attachment")
    assert any(text == "Darf nicht funktionieren" for _, text in seen)  # §11.2: the guide's words about a value
    # a step's place in a portal: a menu path stays as the portal shows it, our own words about it are German
    places = [text.removeprefix("Wo: ") for where, text in seen if where == "step where"]
    english_place = english_places()
    assert len(places) == len(english_place), places  # every step's place was seen
    kept = [p for p in places if p in english_place]
    assert not [p for p in kept if not MENU_PATH.fullmatch(p)], kept
    portal = portal_texts()
    english = sorted({(where, text) for where, text in seen if len(english_words(text, portal)) >= 2})
    assert not english, "\n".join(f"{where}: {text[:160]!r}" for where, text in english)
    # the core's error sentences are German, values and all
    problems = [text for where, text in seen if where == "problem box"]
    assert any("existiert nicht" in t for t in problems), problems
    assert any("darf nicht in ein AMO" in t for t in problems), problems
    assert any("ist nicht erreichbar" in t for t in problems), problems
    assert any("ist beschädigt: die Tabelle site fehlt" in t for t in problems), problems  # the cause too
    assert any("Semikolon-getrennt" in t for t in problems), problems  # a word among the values
