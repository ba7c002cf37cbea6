"""The SBC's media (RTP/SRTP) port range (walk-through item 11): the guide has the firewall pass SRTP "based on the
configured port range of the OSSBC" and names none, so the §2.2.2 firewall values offered to copy gave no numbers.
The range is a Site field now, with its own grammar, and the firewall values are filled from it."""

from __future__ import annotations

import pytest

from wizard.checks.sbc import fill_values
from wizard.checks.site import FIELDS_BY_KEY, port_range, validate_field
from wizard.demo import DEMO_SITE
from wizard.lab.sbc_media import RELAY_PORTS
from wizard.runbook.model import load_runbook

KEY = "sbc_media_ports"


@pytest.mark.parametrize("value", ["20000-40000", "1024-1024", "10000-65535"])
def test_a_media_port_range_is_two_ports_from_1024_low_first(value: str) -> None:
    assert validate_field(KEY, value) is None


@pytest.mark.parametrize("value", ["1000-2000", "40000-20000", "20000", "20000-70000", "20000 - 40000", "a-b",
                                   "20000-40000-50000", "-40000"])
def test_what_is_no_media_port_range_is_refused_with_its_own_sentence(value: str) -> None:
    finding = validate_field(KEY, value)
    assert finding is not None and finding.code == f"site.{KEY}.not-port-range"
    assert finding.severity.value == "error"


def test_the_range_is_optional_and_an_sbc_field() -> None:
    spec = FIELDS_BY_KEY[KEY]
    assert not spec.required and spec.group == "OpenScape SBC"
    assert validate_field(KEY, "") is None


@pytest.mark.parametrize("step_id, target", [("2.2.2-firewall-inbound", "10.181.181.147"),
                                             ("2.2.2-firewall-outbound", "sbc01.example.com")])
def test_the_firewall_values_give_the_ports_or_a_placeholder_while_there_are_none(step_id: str, target: str) -> None:
    [step] = [s for s in load_runbook().steps if s.id == step_id]
    site = {**DEMO_SITE, KEY: "20000-40000"}
    assert dict(fill_values(step.values, site))["SRTP"] == f"UDP 20000-40000 to {target}"
    for missing in ("", "900-1000"):
        assert dict(fill_values(step.values, {**site, KEY: missing}))["SRTP"] == \
            f"UDP <SBC media (RTP/SRTP) port range> to {target}"


def test_the_demo_site_names_the_range_its_lab_sbc_relays_media_on() -> None:
    assert port_range(DEMO_SITE[KEY]) == RELAY_PORTS


def test_the_site_form_shows_the_range_with_the_other_sbc_fields(qtbot) -> None:
    from PySide6.QtWidgets import QGroupBox

    from pages.site_form import SiteForm

    form = SiteForm({KEY: "20000-40000"})
    qtbot.addWidget(form)
    edit = form.edits[KEY]
    box = edit.parentWidget()
    while box is not None and not isinstance(box, QGroupBox):
        box = box.parentWidget()
    assert box is not None and box.title() == "OpenScape SBC"
    assert edit.text() == "20000-40000" and not form.problems[KEY].problem()
    edit.setText("")
    qtbot.keyClicks(edit, "20000x-4")  # a letter never gets in
    assert edit.text() == "20000-4"
