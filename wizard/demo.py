"""A ready-filled example project, so the wizard can be shown and learned without a customer site."""

from __future__ import annotations

import asyncio
from pathlib import Path

from wizard.checks.amo import mask_secrets
from wizard.errors import WizardError
from wizard.paths import data_dir
from wizard.runbook.checks import default_registry
from wizard.runbook.engine import Engine
from wizard.runbook.model import load_runbook
from wizard.said import Said
from wizard.store.project import Mode, ProjectFile

DEMO_SITE = {
    "customer": "Example Manufacturing GmbH",
    "site": "Munich HQ",
    "engineer": "Demo Engineer",
    "company": "Example Integrator AG",
    "os4k_host": "10.180.0.10",
    "sbc_core_ip": "10.180.0.4",
    "sbc_access_ip": "10.181.181.147",
    "sbc_public_fqdn": "sbc01.example.com",
    "sbc_public_ip": "203.0.113.10",
    "sbc_sip_tls_port": "65061",
    "sbc_media_ports": "20000-40000",  # the lab SBC relays media on these (wizard.lab.sbc_media.RELAY_PORTS)
    "zoom_account": "demo-account-id",
    "cloudlink_account": "Example Manufacturing",
    "redsky_tenant": "demo-org",
    "proxy": "http://proxy.example.local:3128",
}

DEMO_VERSIONS = {
    "2.2-version-os4k": "V11 R0.22.5",
    "2.2-version-os4k-assistant": "V11R0.22.5",
    "2.2-version-os4k-csta": "V11 R0.22.3",
    "2.2-version-os4k-plt": "V11 R0.22.3",
    "2.2-version-os4k-rmx": "V11 R0.22.10",
    "2.2-version-os4k-lw": "V11 R0.22.7",
    "2.2-version-sbc": "OpenScape SBC V11 R2.01.00-1",
    "2.2-version-zoom-workplace": "6.3.6 (52107)",
}


DEMO_SYSTEM_NUMBER = """ADD-ANUM:TYPE=SYS,SYSNO=4711;
ADD-ANSU:TYPE=SYS,SYSNO=4711;
"""

# REG- output of a system half-way through preparation: 3100 is ready, 3101 and 3102 are not.
DEMO_SUBSCRIBERS = """ADD-SBCSU:STNO=3100,OPT=OPTI,CONN=IP2,DVCFIG=S2IP,COS1=1,PMIDX=5,IPPASSW="demo-1",CALLOG=ALL;
ADD-SBCSU:STNO=3101,OPT=OPTI,CONN=IP2,DVCFIG=S2IP,COS1=1,PMIDX=5,IPPASSW="demo-2",CALLOG=ALL;
ADD-SBCSU:STNO=3102,OPT=OPTI,CONN=IP2,DVCFIG=S2IP,COS1=1,PMIDX=7,CALLOG=TRIES;
CHANGE-PERSI:EMAIL,3100,"anna.berger@example.com";
CHANGE-PERSI:EMAIL,3101,"jonas.keller@example.com";
ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;
CHA-SDAT:3100,ATTRIBUT,DMCALLWD;
CHA-SDAT:3101,ATTRIBUT,DMCALLWD;
CHANGE-ZANDE:TYPE=OSMO,SBCADDR1=203.0.113.10,PORT1=65061;
"""


# the probes a demo against the lab runs: DNS, the proxy path to the cloud, TLS and SIP to the SBC, no plain SIP
LAB_PROBES = ("2.2.2-public-dns", "6.1-os4k-internet-access", "2.2.2-firewall-inbound", "9.1-access-realm",
              "9.4.1.1-max-registration-expiry")


async def point_at_lab(project: ProjectFile, endpoints: dict[str, dict[str, object]]) -> None:
    """Aim the project at a running lab: connections, remembered secrets, and the SBC the probes talk to."""

    from wizard.connectors.systems import LIVE_SYSTEMS, lab_settings
    from wizard.services.connection import test_connection

    project.set_site_field("proxy", "")  # the lab is on this laptop: no proxy in between
    for system in LIVE_SYSTEMS:  # each live system has its simulator in the lab
        settings, secret = lab_settings(system, endpoints[system.id])
        await test_connection(project, system.id, settings=settings, secret=secret, keep_secret=True)
    sbc = endpoints["sbc"]
    project.set_site_field("sbc_public_fqdn", str(sbc["fqdn"]))
    project.set_site_field("sbc_public_ip", str(sbc["host"]))
    project.set_site_field("sbc_sip_tls_port", str(sbc["sip_tls_port"]))
    for step in ("2.2.2-firewall-inbound", "9.1-access-realm", "9.4.1.1-max-registration-expiry"):
        project.set_step_input(step, "connect_to", str(sbc["host"]))
    project.set_step_input("9.4.1.1-max-registration-expiry", "auth_name", "3100")
    from wizard.runbook.engine import step_secret_reference
    from wizard.store.secrets import remember

    remember(step_secret_reference(project.project_id, "9.4.1.1-max-registration-expiry", "password"),
             str(sbc["digest_password"]))
    # the lab's network: its DNS answers the site's names, its proxy leads to the cloud endpoints (whose
    # certificates come from the lab's CA, trusted for this demo project as a customer's inspection CA would be)
    network = endpoints["network"]
    project.set_step_input("2.2.2-public-dns", "dns_server", str(network["dns"]))
    project.set_step_input("6.1-os4k-internet-access", "via", str(network["proxy"]))
    ca = project.keep_evidence("6.1-os4k-internet-access", "lab-root-ca.pem", str(network["cloud_ca_pem"]).encode(),
                               replace=True)
    project.set_step_input("6.1-os4k-internet-access", "trust_ca", f"evidence:{ca}")
    if "lab" in endpoints:  # the lab's own control, so the demo can play the portal and the Assistant
        project.set_connection("lab", {"control": str(endpoints["lab"]["control"])})


async def fill_demo_project(project: ProjectFile, lab: dict[str, dict[str, object]] | None = None) -> None:
    for key, value in DEMO_SITE.items():
        project.set_site_field(key, value)
    for step_id, version in DEMO_VERSIONS.items():
        project.set_step_input(step_id, "observed", version)
    project.set_step_input("2.2-system-number", "amo", DEMO_SYSTEM_NUMBER)
    project.confirm_step("2.2-admin-pc-internet", PORTALS_OPEN)
    engine = Engine(load_runbook(), project, default_registry())
    steps = ["site-details", *DEMO_VERSIONS, "2.2-system-number"]
    if lab is None:  # a site without its systems: the §2.2 output is an example half-way through preparation
        project.waive_step("5-os4k-zoom-licences", LICENCES_BY_PARTNER)
        project.set_step_input("2.2-sip-subscriber-prerequisites", "amo", mask_secrets(DEMO_SUBSCRIBERS))
        steps.append("2.2-sip-subscriber-prerequisites")
    else:  # the lab's OS4K is read instead, once the wave has prepared it (finish_demo): one site, not two
        await point_at_lab(project, lab)
        steps += [*LAB_PROBES]
    await engine.run_steps(steps)


# The notes the demo writes for its engineer are sentences of the core (wizard.said), so the German window and report
# say them in German. A project keeps a note as its text only; worded_note() knows these again by it, and leaves
# every other note (one an engineer typed) as it was typed.
PORTALS_OPEN = Said("Demo: portals open from the engineer's laptop.")
LICENCES_BY_PARTNER = Said("Demo: licences are checked by the customer's partner.")
DEMO_BY_HAND = {"manual": Said("Demo: the demo engineer confirms this step by hand, as the guide says; the lab has no "
                               "portal or device to do it in."),
                "assisted": Said("Demo: the demo engineer confirms this step by hand, as the guide says; the lab has "
                                 "no portal to do it in or file to check it with.")}
LAB_CA_CONFIRMED = Said("Demo: the lab's own CA, confirmed for the demo by the demo engineer")
DEMO_NOTES = {str(note): note for note in (PORTALS_OPEN, LICENCES_BY_PARTNER, *DEMO_BY_HAND.values(), LAB_CA_CONFIRMED)}


def worded_note(note: str) -> str:
    """A step's note or reason as the project keeps it: the demo's own note as its sentence again (a Said, which
    the window says in its language), any other note as it was typed."""
    return DEMO_NOTES.get(note, note)


DEMO_FILE = "demo.psiproj"


def demo_path(folder: Path | None = None) -> Path:
    return (folder or data_dir() / "demo") / DEMO_FILE


def _clear_earlier_demo(path: Path) -> None:
    """One demo project, made afresh each time (the lab it points at starts afresh too): the earlier one goes, but
    only if it is a demo and no other wizard has it open."""
    if not path.exists():
        return
    with ProjectFile.open(path) as earlier:  # refuses, saying who, if another wizard has it open
        if earlier.meta().get("created_mode") != Mode.DEMO.value:
            raise WizardError("{path} is not a demo project", "move it out of the demo folder, then open the demo",
                              path=path)
    path.unlink()


async def create_demo_project(folder: Path | None = None,
                              lab: dict[str, dict[str, object]] | None = None) -> ProjectFile:
    path = demo_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    _clear_earlier_demo(path)
    project = ProjectFile.create(path, mode=Mode.DEMO)
    await fill_demo_project(project, lab)
    return project


DEMO_LAB_FAULTS = "zoom.activate_after=0"  # the demo's invited people accept at once


async def commission_demo(lab: dict[str, dict[str, object]], folder: Path | None = None) -> ProjectFile:
    """The demo site as the window and `psi-wizard demo` both open it: filled in, every probe run against the lab,
    one provisioning wave through all five stages (the lab playing the engineer's hands), and a test call between
    two of the wave's stations through the lab's SBC, so the demo's report shows the call with its figures."""
    from wizard.services.test_call import demo_test_call

    project = await create_demo_project(folder, lab=lab)
    wave = await provision_demo(project)
    await demo_test_call(project, lab)
    await finish_demo(project, wave)
    return project


# §7.2's system-wide settings the demo engineer sends as an AMO batch: DMC connections on the guide's example
# gateway board (LTU 17, slot 2, the lab's board) and the own node's E.164 codes of a Munich number (+49 89)
DEMO_OS4K_BATCH = ("CHANGE-CGWB:MTYPE=CGW,LTU=17,SLOT=2,TYPE=DMCDATA,DMCCONN=60;",
                   "CHANGE-KNDEF:NNO=1,TYPE=OWN,ISDNCC=49,ISDNAC=89,ISDNLC=4711;")


async def reg_output(project: ProjectFile, commands: list[str]) -> str:
    """The OS4K's answers to REG- commands, as the engineer pastes them into a step: read from the lab's OS4K."""
    from wizard.services.amo import dry_run

    return "\n".join(await dry_run(project, commands))


async def finish_demo(project: ProjectFile, wave: str) -> None:
    """The rest of the commissioning, as the demo engineer does it against the lab: §7.2's system-wide AMOs sent,
    the OS4K's subscriber data and settings read after the wave (its stations, ZANDE OSMO, routes, gateways,
    numbering) and checked, the SBC's certificate checked, and each step only hands can do confirmed with a note
    that says it is the demo."""
    from wizard.services.amo import send_batch

    await send_batch(project, "demo-7.2-system", list(DEMO_OS4K_BATCH))
    stations = [row["station"] for row in people_of_wave(project, wave) if row["stage"] == "integrated"]
    subscribers = [f"REG-{noun}:STNO={stno};" for stno in stations for noun in ("SBCSU", "PERSI", "SDAT")]
    project.set_step_input("2.2-sip-subscriber-prerequisites", "amo", mask_secrets(await reg_output(
        project, [*subscribers, "REG-RICHT:MODE=PM;", "REG-ZANDE:TYPE=OSMO;"])))
    project.set_step_input("7.2-kndff-e164", "amo", await reg_output(project, ["REG-KNDEF;"]))
    project.set_step_input("7.2-dmc-gateway", "amo", await reg_output(project, ["REG-CGWB;"]))
    await demo_certificate(project)
    guide = load_runbook()
    engine = Engine(guide, project, default_registry())
    await engine.run_steps(["2.2-sip-subscriber-prerequisites", "7.2-kndff-e164", "7.2-dmc-gateway",
                            "9.3-certificate-files"])
    await engine.run_steps(["2.2.2-firewall-inbound"])  # after §9.3: its probe takes the root §9.3 confirmed
    records = project.step_records()
    for step in guide.steps:
        if step.id not in records:
            project.confirm_step(step.id, DEMO_BY_HAND.get(step.kind.value, DEMO_BY_HAND["assisted"]))


async def demo_certificate(project: ProjectFile) -> None:
    """§9.3: the certificate the lab's SBC serves, chosen as the site's certificate file, its root (the lab's own
    CA, which no public list names) confirmed as the demo's, as the engineer writes who at Zoom confirmed it."""
    import ssl

    site = project.site()
    pem = await asyncio.to_thread(ssl.get_server_certificate,
                                  (site["sbc_public_ip"], int(site["sbc_sip_tls_port"])))  # the lab, on loopback
    kept = project.keep_evidence("9.3-certificate-files", "sbc-certificate.pem", pem.encode(), replace=True)
    project.set_step_input("9.3-certificate-files", "cert", f"evidence:{kept}")
    project.set_step_input("9.3-certificate-files", "zoom_ca_confirmed", LAB_CA_CONFIRMED)


def people_of_wave(project: ProjectFile, wave: str) -> list[dict[str, str]]:
    from wizard.provisioning.people import wave_people

    return wave_people(project, wave)


def lab_control(project: ProjectFile) -> str | None:
    """The control address of the lab a demo project points at (None for a real site)."""
    return project.connections().get("lab", {}).get("control") if project.mode is Mode.DEMO else None


async def lab_adds_round(project: ProjectFile, wave_id: str, number: int) -> int:
    """In the demo the lab's Zoom portal adds round `number`, as the engineer would tick it in Integrated users >
    Add users on a real site. Returns how many it added."""
    from wizard.lab.mitel import play
    from wizard.services.provisioning import Provisioning

    control = lab_control(project)
    chosen = next((r for r in Provisioning(project).rounds(wave_id) if r.number == number), None)
    if control is None or chosen is None or not chosen.to_tick:
        return 0
    await play(control, "portal/add-users", {"emails": [email for email, _ in chosen.to_tick]})
    return len(chosen.to_tick)


async def lab_imports(project: ProjectFile, wave_id: str) -> int:
    """In the demo the lab's Assistant imports the wave's file (saved beside the project, as the engineer would
    save it) and runs Update all. Returns how many people it imported."""
    from wizard.lab.mitel import play
    from wizard.services.provisioning import Provisioning

    control = lab_control(project)
    if control is None:
        return 0
    target = project.path.with_name(f"assistant-{wave_id}.csv")
    try:
        emails = await Provisioning(project).save_assistant_file(wave_id, target)
    except WizardError:  # nobody of the wave is ready for the Assistant yet
        return 0
    await play(control, "assistant/import", await asyncio.to_thread(target.read_bytes))
    await play(control, "assistant/update-all")
    return len(emails)


async def lab_hands(project: ProjectFile, wave_id: str) -> list[str]:
    """In the demo the lab does what only the engineer's hands can do on a real site: add each round that has
    people to tick in the simulated Zoom portal, and run the simulated Assistant's import and Update all, each
    confirmed in the wave as the engineer would. Returns what it did, for the screen."""
    from wizard.services.provisioning import Provisioning

    chapter = Provisioning(project)
    done = []
    for portal_round in chapter.rounds(wave_id):
        added = await lab_adds_round(project, wave_id, portal_round.number)
        if added:
            await chapter.confirm_round(wave_id, portal_round.number)
            done.append(f"round {portal_round.number}: {added} added in the lab's Zoom portal")
    imported = await lab_imports(project, wave_id)
    if imported:
        await chapter.confirm_assistant(wave_id)
        done.append(f"{imported} imported and updated in the lab's Assistant")
    return done


async def provision_demo(project: ProjectFile) -> str:
    """One wave against the lab, as an engineer would run it: read both sides, everyone ready, plan, run, add the
    portal rounds and the Assistant's Update by the lab's hands, run again to read everyone back."""
    from wizard.checks.provisioning import RowState
    from wizard.provisioning.session import select
    from wizard.services.provisioning import Provisioning

    chapter = Provisioning(project)
    options = chapter.options(pmidx="5", voicemail_number="7999")  # the lab's voicemail route
    reading = await chapter.read(options)  # kept: on the table when the demo is opened, as after a read
    # the people whose Zoom invitation has been pending since before the demo wait for a later wave, as on a real
    # site: a wave that took them would wait for accounts no one activates
    ready = [row for row in select(reading.rows, "all") if row.state is not RowState.WAITING]
    wave = await chapter.plan(reading, ready, options)
    for _ in range(3):  # invitations and AMOs; the rounds read back; the Update read back
        await chapter.run(wave)
        if not await lab_hands(project, wave):
            break
    return wave


def demo_summary(project: ProjectFile) -> list[str]:
    """What the demo did, in a few lines: the connections tested, the probes run, the steps checked, the wave."""
    from wizard.provisioning.people import people_of
    from wizard.provisioning.waves import load_plan
    from wizard.runbook.summary import project_summary

    records = project.step_records()
    connections = [e.name.removeprefix("connection-").removesuffix(".json") for e in project.evidence("site-details")
                   if e.name.startswith("connection-")]
    from wizard.services.test_call import TEST_CALL_STEP

    probes = [f"{step} {records[step].status}" for step in (*LAB_PROBES, TEST_CALL_STEP) if step in records]
    summary = project_summary(load_runbook(), project)
    done = sum(c["done"] for c in summary["chapters"])
    total = sum(c["total"] for c in summary["chapters"])
    failed = [s["id"] for c in summary["chapters"] for s in c["steps"] if s["status"] == "failed"]
    lines = [f"connections tested against the lab: {', '.join(sorted(connections)) or 'none'}",
             f"probes: {'; '.join(probes) or 'none'}",
             f"steps: {done} of {total} done" + (f"; failed, as the demo site is set up: {', '.join(failed)}"
                                                 if failed else "")]
    for wave in project.waves():
        rows = people_of(load_plan(project, wave.wave_id), project.wave_ops(wave.wave_id))
        integrated = sum(1 for row in rows if row["stage"] == "integrated")
        lines.append(f"provisioning wave {wave.wave_id}: {integrated} of {len(rows)} people integrated and read back")
    return lines
