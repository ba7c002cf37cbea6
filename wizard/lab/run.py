"""The lab as one process: every simulator on loopback, their endpoints printed, faults set from one spec,
state kept in a file across restarts."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import signal
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.checks.rates import parse_rate_spec
from wizard.errors import WizardError
from wizard.lab import cloudlink, mitel, redsky, zoom
from wizard.lab.faults import HttpFaults, SbcFaults
from wizard.lab.network import LabNetwork
from wizard.lab.os4k import LabStation, Os4kFaults, Os4kLab, Os4kModel
from wizard.lab.sbc import SbcLab, SbcState

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

DEFAULT_USERS = 40


@dataclass
class LabFaults:
    zoom: zoom.ZoomFaults
    cloudlink: cloudlink.CloudLinkFaults
    redsky: HttpFaults
    os4k: Os4kFaults
    sbc: SbcFaults


def parse_faults(spec: str) -> LabFaults:
    """'zoom.storm=5,cloudlink.latency=0.2,os4k.drop_after=7' → the simulators' fault settings."""
    faults = LabFaults(zoom.ZoomFaults(), cloudlink.CloudLinkFaults(), HttpFaults(), Os4kFaults(), SbcFaults())
    targets: dict[str, DataclassInstance] = {"zoom": faults.zoom, "cloudlink": faults.cloudlink,
                                             "redsky": faults.redsky, "os4k": faults.os4k, "sbc": faults.sbc}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, eq, value = item.partition("=")
        system, _, setting = name.partition(".")
        target = targets.get(system)
        fields = {f.name: f for f in dataclasses.fields(target)} if target is not None else {}
        if not eq or setting not in fields:
            known = ", ".join(f"{s}.{f.name}" for s, t in targets.items() for f in dataclasses.fields(t))
            raise WizardError("unknown fault setting '{item}'", "use name=value with one of: {known}", item=item,
                              known=known)
        kind = fields[setting].type
        try:
            parsed: Any = (value.lower() in ("1", "true", "yes") if "bool" in str(kind)
                           else float(value) if "float" in str(kind)
                           else value.replace("+", ",") if "str" in str(kind) else int(value))
        except ValueError as exc:
            raise WizardError("fault setting '{item}' needs a number", "e.g. zoom.storm=5", item=item) from exc
        if isinstance(parsed, (int, float)) and not isinstance(parsed, bool) and not 0 <= parsed < float("inf"):
            raise WizardError("fault setting '{item}' must be a number of at least 0", "e.g. zoom.latency=0.2",
                              item=item)
        setattr(target, setting, parsed)
    return faults


def demo_state() -> tuple[zoom.ZoomState, Os4kModel]:
    state = zoom.ZoomState()
    model = Os4kModel()
    for i in range(DEFAULT_USERS):
        email = f"user{i:03d}@example.com"
        state.add_user(email, "User", f"{i:03d}", status="pending" if i % 10 == 9 else "active")
        model.stations[str(3100 + i)] = LabStation(email=email if i % 4 else None, pmidx="5" if i % 3 else None)
    model.routes["5"] = "7999"
    return state, model


def wave_state(people: int) -> tuple[zoom.ZoomState, Os4kModel]:
    """A site ready for one big provisioning wave: `people` SIP stations with their PERSI email and a PM route,
    but no digest password or DMCALLWD yet; every other person still needs a Zoom user."""
    state = zoom.ZoomState()
    model = Os4kModel(routes={"1": "7999"})
    for i in range(people):
        email = f"person{i:05d}@example.com"
        model.stations[str(40000 + i)] = LabStation(email=email, pmidx="1")
        if i % 2:
            state.add_user(email, "Person", f"{i:05d}")
    return state, model


def load_state(path: Path) -> tuple[zoom.ZoomState, Os4kModel, mitel.MitelState]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        state = zoom.ZoomState(users=data["zoom"]["users"], phones=data["zoom"]["phones"],
                               user_creates=Counter(data["zoom"].get("user_creates", {})),
                               sip_phone_writes=Counter(data["zoom"].get("sip_phone_writes", {})),
                               duplicate_creates=data["zoom"].get("duplicate_creates", 0))
        # a state file of an older lab also says 'password': true beside the hash, which now says it alone
        model = Os4kModel(stations={k: LabStation(**{f: x for f, x in v.items() if f != "password"})
                                    for k, v in data["os4k"]["stations"].items()},
                          routes=data["os4k"]["routes"], system_number=data["os4k"]["system_number"],
                          osmo=tuple(data["os4k"]["osmo"]) if data["os4k"]["osmo"] else None)
        model.applied.update(data["os4k"].get("applied", {}))
        side = mitel.MitelState(cloudlink_users=data.get("mitel", {}).get("cloudlink_users", {}))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WizardError("cannot read the lab state {path} ({reason})", "delete it to start from the demo data",
                          path=path, reason=exc) \
            from exc
    return state, model, side


def snapshot(state: zoom.ZoomState, model: Os4kModel, side: mitel.MitelState) -> dict[str, Any]:
    """A copy of everything the state file holds, cheap enough to take on the lab's loop."""
    return {"zoom": {"users": {k: dict(v) for k, v in state.users.items()},
                     "phones": {k: dict(v) for k, v in state.phones.items()},
                     "user_creates": dict(state.user_creates),
                     "sip_phone_writes": dict(state.sip_phone_writes), "duplicate_creates": state.duplicate_creates,
                     "traffic": {"by_category": dict(state.by_category), "throttled": state.throttled,
                                 "throttled_after_first_second": dict(state.throttled_late)}},
            "os4k": {"stations": {k: dataclasses.asdict(v) for k, v in model.stations.items()},
                     "routes": model.routes, "system_number": model.system_number,
                     "osmo": list(model.osmo) if model.osmo else None, "applied": dict(model.applied)},
            "mitel": {"cloudlink_users": {k: dict(v) for k, v in side.cloudlink_users.items()}}}


def write_state(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    tmp.replace(path)  # never a half-written state file


def save_state(path: Path, lab: RunningLab) -> None:
    write_state(path, snapshot(lab.zoom_lab.state, lab.os4k_lab.model, lab.mitel.state))


@dataclass
class RunningLab:
    zoom_lab: zoom.ZoomLab
    os4k_lab: Os4kLab
    sbc_lab: SbcLab
    mitel: mitel.MitelSide
    network: LabNetwork
    endpoints: dict[str, Any]
    runners: list[Any]
    redsky_lab: redsky.RedSkyLab

    async def stop(self) -> None:
        for runner in self.runners:
            await runner.cleanup()
        await self.os4k_lab.stop()
        await self.sbc_lab.stop()
        await self.network.stop()


async def start_lab(*, state_file: Path | None = None, faults: str = "", sbc_max_expires: int = 2678400,
                    people: int | None = None, zoom_rates: str = "") -> RunningLab:
    settings = parse_faults(faults)
    side = mitel.MitelState()
    if state_file and state_file.exists():
        zoom_state, model, side = load_state(state_file)
    else:
        zoom_state, model = wave_state(people) if people is not None else demo_state()
    zoom_state.rates.update(parse_rate_spec(zoom_rates, zoom.PRO_RATES) if zoom_rates else {})
    zoom_lab = zoom.ZoomLab(zoom_state, settings.zoom)
    zoom_runner, zoom_port = await zoom.start(zoom_lab)
    cl_lab = cloudlink.CloudLinkLab(faults=settings.cloudlink)
    cl_runner, cl_port = await cloudlink.start(cl_lab)
    rs_lab = redsky.RedSkyLab(faults=settings.redsky)
    rs_runner, rs_port = await redsky.start(rs_lab)
    os4k_lab = Os4kLab(model, settings.os4k)
    ssh_port = await os4k_lab.start()
    sbc_lab = SbcLab(SbcState(max_expires=sbc_max_expires), settings.sbc)
    sip_port = await sbc_lab.start()
    mitel_side = mitel.MitelSide(zoom_state, model, side)
    control_runner, control_port = await mitel.start(mitel_side)
    # the site's public FQDN resolves to the lab's SBC, as the public DNS would for a real site
    network = LabNetwork({sbc_lab.state.fqdn: ["127.0.0.1"]})
    await network.start()
    base = f"http://127.0.0.1:{zoom_port}"
    cl_base = f"http://127.0.0.1:{cl_port}/2017-09-01"
    admin = next(iter(cl_lab.state.users))
    endpoints = {
        "zoom": {"oauth_url": f"{base}/oauth/token", "api_base": f"{base}/v2", "account_id": zoom_state.account_id,
                 "client_id": zoom_state.client_id, "client_secret": zoom_state.client_secret},
        "cloudlink": {"auth_url": cl_base, "admin_url": cl_base, "user": admin,
                      "password": cl_lab.state.users[admin]["password"]},
        "redsky": {"api_base": f"http://127.0.0.1:{rs_port}", "user": rs_lab.state.username,
                   "password": rs_lab.state.password},
        "os4k": {"host": "127.0.0.1", "port": ssh_port, "user": os4k_lab.username, "password": os4k_lab.password,
                 "host_key": os4k_lab.host_key},
        "sbc": {"host": "127.0.0.1", "sip_tls_port": sip_port, "fqdn": sbc_lab.state.fqdn,
                "digest_password": sbc_lab.state.password, "max_expires": sbc_max_expires,
                # its self-signed certificate, which a test call trusts as a site's private CA
                "ca_pem": sbc_lab.cert_pem.decode()},
        # the lab's own control: the Zoom admin's Add users and the Assistant's import and Update all
        "lab": {"control": f"http://127.0.0.1:{control_port}"},
        # DNS for the site's names, a CONNECT proxy, and the cloud endpoints of §6.1 behind it (the lab's CA)
        "network": {"dns": f"127.0.0.1:{network.dns_port}", "proxy": f"http://127.0.0.1:{network.proxy_port}",
                    "cloud_ca_pem": network.ca.root_pem.decode()},
    }
    return RunningLab(zoom_lab, os4k_lab, sbc_lab, mitel_side, network, endpoints,
                      [zoom_runner, cl_runner, rs_runner, control_runner], rs_lab)


async def serve(state_file: Path | None, faults: str, as_json: bool, people: int | None = None,
                zoom_rates: str = "") -> None:
    lab = await start_lab(state_file=state_file, faults=faults, people=people, zoom_rates=zoom_rates)
    if as_json:
        print(json.dumps(lab.endpoints), flush=True)
    else:
        print("PSI lab running (Ctrl+C to stop):", flush=True)
        for system, values in lab.endpoints.items():
            print(f"  {system}: " + ", ".join(f"{k}={v}" for k, v in values.items()), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    saver = asyncio.create_task(_save_periodically(lab, state_file)) if state_file else None
    await stop.wait()
    if saver:
        saver.cancel()
    if state_file:
        save_state(state_file, lab)
    await lab.stop()


async def _save_periodically(lab: RunningLab, path: Path) -> None:
    while True:  # a lab killed outright loses at most a second of state
        await asyncio.sleep(1.0)
        # copied on the loop, written in a thread: a loop busy writing JSON would hold requests back and then
        # let them through in a burst, which is not how Zoom counts them
        await asyncio.to_thread(write_state, path, snapshot(lab.zoom_lab.state, lab.os4k_lab.model, lab.mitel.state))
