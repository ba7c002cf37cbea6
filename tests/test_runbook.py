import re
from pathlib import Path

import pytest

from wizard.errors import WizardError
from wizard.runbook.model import StepKind, load_runbook, parse_runbook
from wizard.runbook.states import StepStatus, effective_statuses

GUIDE = Path(__file__).resolve().parents[2] / "shared" / "guide" / "zoom-psi-os4k-sbc-solution-guide.md"

# Every numbered section from 2.2 to 11.2 of the guide (issue 2, 04/2025) that asks the engineer to do
# or to ensure something. Sections that only hold subsections are covered through them.
ACTIONABLE_SECTIONS = [
    "2.2", "2.2.1", "2.2.2", "4.1", "4.2", "4.3", "5", "6.1", "6.2", "6.3", "6.4",
    "7.1", "7.1.1", "7.1.2", "7.1.3", "7.1.3.1", "7.1.3.2", "7.2", "7.2.1", "7.2.1.1",
    "8.1", "8.2", "8.3", "8.4", "9.1", "9.2", "9.3", "9.4", "9.4.1", "9.4.1.1", "9.4.2", "9.4.3",
    "9.5", "9.5.1", "10.1", "10.2", "10.3", "10.3.1", "10.3.2", "10.3.2.1", "10.3.2.2", "10.4", "11.1", "11.2",
]
# Numbered sections in that range that describe and ask nothing: overview and documentation lists.
INFORMATIONAL_SECTIONS = {"3", "3.1", "3.2", "3.3", "4", "6", "7", "8", "9", "10", "11"}

CHAPTER_ORDER = ["site", "prerequisites", "zoom-cloudlink", "licensing", "cloudlink-daemon", "provisioning",
                 "monitoring", "sbc", "emergency", "restrictions", "report"]


def _covered(section: str, step_sections: set[str]) -> bool:
    return any(s == section or s.startswith(section + ".") for s in step_sections)


def test_every_actionable_section_has_a_step() -> None:
    sections = {s.section for s in load_runbook().steps}
    missing = [sec for sec in ACTIONABLE_SECTIONS if not _covered(sec, sections)]
    assert missing == []


def _key(section: str) -> tuple[int, ...]:
    return tuple(int(p) for p in section.split("."))


@pytest.mark.skipif(not GUIDE.exists(), reason="the guide is not beside this checkout")
def test_section_list_matches_the_guide_itself() -> None:
    headings = set()
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^#+\s+\**(\d+(?:\.\d+)*)\s", line) or re.match(r"^(\d+(?:\.\d+)+)\s+\w", line)
        if m:
            headings.add(m.group(1))
    in_range = {h for h in headings if _key("2.2") <= _key(h) <= _key("11.2")}
    assert in_range, "no numbered headings found in the guide"
    unaccounted = in_range - set(ACTIONABLE_SECTIONS) - INFORMATIONAL_SECTIONS
    assert unaccounted == set()


def test_chapters_follow_the_guide_order() -> None:
    runbook = load_runbook()
    assert [c.id for c in runbook.chapters] == CHAPTER_ORDER
    numbered = [c.section for c in runbook.chapters if c.section]
    assert numbered == sorted(numbered, key=_key)
    for chapter in runbook.chapters:
        for step in chapter.steps:
            if chapter.section:
                assert _covered(chapter.section, {step.section}), step.id


def test_step_ids_start_with_their_section_and_name_what_they_do() -> None:
    for step in load_runbook().steps:
        assert step.id.startswith(step.section + "-"), step.id
        assert step.title and step.instructions, step.id
        if step.kind is StepKind.AUTOMATIC:
            assert step.check, f"{step.id} is automatic but names no check"


def test_the_guide_example_step_id_exists() -> None:
    assert load_runbook().step("9.4.1.1-max-registration-expiry").values[0][1] == "2678400"


def test_unknown_dependency_and_cycle_are_rejected() -> None:
    bad_dep = """
[[chapter]]
id = "a"
title = "A"
[[chapter.step]]
id = "1-x"
section = "1"
title = "x"
kind = "manual"
depends_on = ["nope"]
"""
    with pytest.raises(WizardError, match="unknown step"):
        parse_runbook(bad_dep)
    cycle = """
[[chapter]]
id = "a"
title = "A"
[[chapter.step]]
id = "1-x"
section = "1"
title = "x"
kind = "manual"
depends_on = ["1-y"]
[[chapter.step]]
id = "1-y"
section = "1"
title = "y"
kind = "manual"
depends_on = ["1-x"]
"""
    with pytest.raises(WizardError, match="cycle"):
        parse_runbook(cycle)


def test_failed_dependency_blocks_transitively_but_not_a_confirmed_step() -> None:
    runbook = load_runbook()
    views = effective_statuses(runbook, {"4.1-add-zoom-integration": "failed"})
    assert views["4.2-enable-zoom-integration"].status is StepStatus.BLOCKED
    assert views["4.2-enable-zoom-integration"].blocked_by == ("4.1-add-zoom-integration",)
    assert views["4.3-marketplace-connector"].status is StepStatus.BLOCKED
    assert views["4.3-marketplace-connector"].blocked_by == ("4.2-enable-zoom-integration",)
    views = effective_statuses(runbook, {"4.1-add-zoom-integration": "failed",
                                         "4.2-enable-zoom-integration": "confirmed"})
    assert views["4.2-enable-zoom-integration"].status is StepStatus.CONFIRMED
    assert views["4.3-marketplace-connector"].status is StepStatus.NOT_STARTED


def test_next_problem_walks_failed_blocked_and_warning_steps_in_guide_order_and_wraps() -> None:
    from wizard.runbook.states import StepStatus, next_problem

    order = [("a", "1"), ("a", "2"), ("b", "3"), ("b", "4"), ("c", "5")]
    statuses = {"1": StepStatus.PASSED, "2": StepStatus.FAILED, "3": StepStatus.WAIVED, "4": StepStatus.WARNING,
                "5": StepStatus.BLOCKED}
    assert next_problem(order, statuses, None) == ("a", "2")
    assert next_problem(order, statuses, ("a", "2")) == ("b", "4")
    assert next_problem(order, statuses, ("a", "2"), including=True) == ("a", "2")  # looking at it: that one
    assert next_problem(order, statuses, ("c", "5")) == ("a", "2")  # round again from the start
    assert next_problem(order, statuses, ("b", "4"), backwards=True) == ("a", "2")
    assert next_problem(order, statuses, ("a", "1"), backwards=True) == ("c", "5")
    assert next_problem(order, {k: StepStatus.PASSED for _, k in order}, None) is None


def test_run_counts_name_what_a_run_all_did() -> None:
    from wizard.runbook.states import StepStatus
    from wizard.runbook.summary import run_counts

    counts = run_counts([StepStatus.PASSED, StepStatus.FAILED, StepStatus.WARNING, None, StepStatus.PASSED])
    assert counts == {"run": 4, "passed": 2, "failed": 1, "warnings": 1, "not_run": 1}


def test_the_guides_tab_separated_tables_become_markdown_tables() -> None:
    from wizard.runbook.guide import tables_as_markdown

    text = ("3) Locate the Core Realm area.\n\nType\tNetwork ID\tIP address\tSignaling\n"
            'Main IPv4\tMain-Core-IPv4\t10.180.0.4\t<input checked="" type="checkbox"/>\n\n4) Next.')
    shown = tables_as_markdown(text)
    assert "| Type | Network ID | IP address | Signaling |" in shown
    assert "|---|---|---|---|" in shown and "| Main IPv4 | Main-Core-IPv4 | 10.180.0.4 | ☑ |" in shown
    assert shown.startswith("3) Locate the Core Realm area.") and shown.rstrip().endswith("4) Next.")
    assert tables_as_markdown("no tabs here\njust text") == "no tabs here\njust text"


def _depends(runbook, step_id: str, on: str) -> bool:
    """Whether `step_id` waits for `on`, directly or through its other dependencies."""
    seen, todo = set(), [step_id]
    while todo:
        current = todo.pop()
        for dep in runbook.step(current).depends_on:
            if dep == on:
                return True
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return False


def test_dependencies_follow_the_guides_prerequisites() -> None:
    """§6.4: 'SBC has internet connectivity' (its access side and routes, §9.1); §7.2: the Assistant is connected to
    CloudLink (§6.3) and the Zoom users are set up with PSI (§7.1, through §7.1.3.2); §7.2.1.1: the general
    prerequisites of §7.2 are met."""
    runbook = load_runbook()
    assert _depends(runbook, "6.4-sbc-cloudlink", "9.1-access-realm")
    assert _depends(runbook, "6.4-sbc-cloudlink", "9.1-routing")
    section_72 = [s.id for s in runbook.steps if s.section == "7.2"]
    assert len(section_72) == 7
    for step in section_72:
        assert _depends(runbook, step, "6.3-assistant-cloudlink"), step
        assert _depends(runbook, step, "7.1.3.2-add-integrated-users"), step
        assert _depends(runbook, "7.2.1.1-assistant-csv-import", step), step
        assert _depends(runbook, "7.2.1-assistant-user-data", step), step
