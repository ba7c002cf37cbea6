"""The pure plan never touches a person the last read-back found integrated, whatever the rows it is given say:
rows read before that read-back are stale, and a plan made from them would change a working person's station,
portal entry and Assistant record."""

import json

from wizard.checks.amo import Os4kConfig, Station
from wizard.checks.provisioning import RowState, SkipReason, WaveOptions, WavePlan, people, plan_wave
from wizard.checks.users import ZoomUser

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="1", voicemail_number="7999")


def stale_rows() -> tuple[list, Os4kConfig]:
    """Three people as a read before the last wave saw them: none in the Integrated users list yet, so ready."""
    config = Os4kConfig(stations={str(3300 + i): Station(str(3300 + i), f"s{i}@example.com", "1", i != 1, "ALL", False)
                                  for i in range(3)}, pm_routes={"1"}, osmo_address="203.0.113.10", osmo_port="65061")
    users = [ZoomUser(f"s{i}@example.com", "S", str(i), "active", i + 2) for i in range(3)]
    rows = people(users, config, [], OPTIONS)
    assert {r.state for r in rows} == {RowState.READY}
    return rows, config


def test_people_the_last_read_back_found_integrated_are_in_no_change_and_named_on_the_plan() -> None:
    rows, config = stale_rows()
    plan = plan_wave(rows, config, OPTIONS, integrated={"S0@example.com", "s1@example.com"})
    assert plan.people == ("s2@example.com",)
    assert {c.person for c in plan.changes} == {"s2@example.com"}
    assert not any("3300" in c.text or "3301" in c.text or "s0@" in c.text or "s1@" in c.text for c in plan.changes)
    assert plan.skipped == (("s0@example.com", SkipReason.INTEGRATED), ("s1@example.com", SkipReason.INTEGRATED))
    assert WavePlan.from_json(plan.to_json()) == plan  # kept with the stored plan


def test_everyone_integrated_means_a_plan_that_changes_nothing() -> None:
    rows, config = stale_rows()
    plan = plan_wave(rows, Os4kConfig(stations=config.stations, pm_routes=set()), OPTIONS,
                     integrated=[r.email for r in rows])
    # not even the system's records (the PM route the stations would need is missing here): nobody needs them
    assert plan.changes == () and plan.people == () and len(plan.skipped) == 3


def test_a_row_the_read_back_overtook_is_left_out_not_refused() -> None:
    rows, config = stale_rows()
    fresh = people([ZoomUser("s0@example.com", "S", "0", "active", 2)],
                   Os4kConfig(stations={"3300": Station("3300", "s0@example.com", "1", True, "ALL", True)},
                              pm_routes={"1"}), ["s0@example.com"], OPTIONS)
    assert fresh[0].state is RowState.INTEGRATED  # not selectable: planning it alone would be refused
    plan = plan_wave([fresh[0], rows[2]], config, OPTIONS, integrated={"s0@example.com"})
    assert plan.people == ("s2@example.com",) and plan.skipped == (("s0@example.com", SkipReason.INTEGRATED),)


def test_a_plan_stored_before_it_named_skipped_people_and_new_passwords_still_loads() -> None:
    rows, config = stale_rows()
    stored = json.loads(plan_wave(rows, config, OPTIONS).to_json())
    for key in ("skipped", "new_passwords"):
        del stored[key]
    del stored["options"]["rotate_passwords"]
    old = WavePlan.from_json(json.dumps(stored))
    assert old.skipped == () and old.new_passwords == () and not old.options.rotate_passwords
    assert len(old.people) == 3
