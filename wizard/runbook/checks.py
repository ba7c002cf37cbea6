"""Which check automates which step: the registry the engine looks checks up in."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from resources import resource_path
from wizard.checks.result import CheckResult
from wizard.checks.site import check_site
from wizard.checks.versions import MINIMUMS, check_version
from wizard.errors import WizardError
from wizard.runbook.model import InputKind, Step


@dataclass(frozen=True)
class CheckContext:
    site: Mapping[str, str]
    inputs: Mapping[str, str]
    files: Mapping[str, tuple[str, bytes]] = field(default_factory=dict)  # input key -> (file name, content)
    secrets: Mapping[str, str] = field(default_factory=dict)  # for this run only, never stored
    # the evidence of the latest result of another check (by check id), e.g. what the SIP probe learnt
    recorded: Callable[[str], Mapping[str, Any] | None] = field(default=lambda check: None)
    # a live system's API client opened from the project (its settings and kept secret): 'redsky' or 'zoom'
    connect: Callable[[str], Awaitable[Any]] | None = None

    def text(self, key: str, what: str) -> str:
        value = self.inputs.get(key, "").strip()
        if not value:
            raise WizardError("no {what} given", "enter or paste the {what} in the step, then run the check", what=what)
        return value

    def file(self, key: str, what: str) -> tuple[bytes, str]:
        """The file's content and its name, as the readers in wizard.checks take them."""
        if key not in self.files:
            raise WizardError("no {what} chosen", "choose the {what} in the step, then run the check", what=what)
        name, data = self.files[key]
        return data, name

    def optional_file(self, key: str) -> tuple[bytes, str] | None:
        return self.file(key, key) if key in self.files else None


CheckFn = Callable[[CheckContext], Awaitable[CheckResult]]


def value_to_store(step: Step, key: str, value: str) -> str:
    """What of a step input may be kept in the project file: pasted AMO output loses its digest passwords."""
    spec = next((i for i in step.inputs if i.key == key), None)
    if spec is not None and spec.kind is InputKind.TEXT:
        from wizard.checks.amo import mask_secrets

        return mask_secrets(value)
    return value


@dataclass(frozen=True)
class RegisteredCheck:
    run: CheckFn
    needs_network: bool = False


@dataclass
class CheckRegistry:
    checks: dict[str, RegisteredCheck] = field(default_factory=dict)

    def register(self, check_id: str, run: CheckFn, *, needs_network: bool = False) -> None:
        self.checks[check_id] = RegisteredCheck(run, needs_network)

    def get(self, check_id: str | None) -> RegisteredCheck | None:
        return self.checks.get(check_id) if check_id else None


def _offline_check(fn: Callable[[CheckContext], CheckResult]) -> CheckFn:
    async def run(ctx: CheckContext) -> CheckResult:
        return fn(ctx)
    return run


# The check modules below are imported where they are used: cryptography alone adds a tenth of a
# second to the window's start, and most sessions open a project long before checking a certificate.


def _version_check(component: str) -> CheckFn:
    return _offline_check(lambda ctx: check_version(component, ctx.text("observed", "version")))


def _sbc_version_check(ctx: CheckContext) -> CheckResult:
    """The SBC's version as typed, or else as the SBC itself said it in the SIP probe's answers (§9.4.1.1)."""
    if ctx.inputs.get("observed", "").strip():
        return check_version("sbc", ctx.text("observed", "version"))
    heard = (ctx.recorded("probe.sip") or {}).get("sbc_version")
    if not heard:
        raise WizardError("no version given, and the SIP probe has not heard the SBC name its version",
                          "type the version from the SBC portal, or run the registration probe (§9.4.1.1) first")
    result = check_version("sbc", str(heard))
    return CheckResult(result.check, result.findings, {**result.evidence, "source": "the SBC's SIP answer"})


def _amo_check(ctx: CheckContext) -> CheckResult:
    from wizard.checks import amo

    return amo.check_amo_text(ctx.text("amo", "AMO output"), sbc_public_address=ctx.site.get("sbc_public_ip") or None,
                              sbc_port=ctx.site.get("sbc_sip_tls_port") or None, system_number=False)


def _system_number_check(ctx: CheckContext) -> CheckResult:
    from wizard.checks import amo

    config = amo.read_os4k_config(amo.parse_amo_text(ctx.text("amo", "REG-ANUM / REG-ANSU output")))
    others = [n.strip() for n in ctx.inputs.get("other_numbers", "").split(",") if n.strip()]
    findings = amo.system_number_findings(config, set(others))
    return CheckResult("amo.system-number", tuple(findings), {"system_numbers": config.system_numbers})


def _gateway_check(ctx: CheckContext) -> CheckResult:
    from wizard.checks import amo

    return amo.gateway_findings(amo.read_os4k_config(amo.parse_amo_text(ctx.text("amo", "REG-CGWB output"))))


def _numbering_check(ctx: CheckContext) -> CheckResult:
    from wizard.checks import amo

    return amo.numbering_findings(amo.read_os4k_config(amo.parse_amo_text(ctx.text("amo", "REG-KNDEF output"))))


def _certificate_check(ctx: CheckContext) -> CheckResult:
    from wizard.checks import certificates

    passphrase = ctx.secrets.get("passphrase", "").encode() or None
    cert = certificates.load_material(*ctx.file("cert", "server certificate"), passphrase)
    key_file, ca_file = ctx.optional_file("key"), ctx.optional_file("ca")
    key = certificates.load_material(*key_file, passphrase) if key_file else None
    ca = certificates.load_material(*ca_file, passphrase) if ca_file else None
    fqdn = ctx.site.get("sbc_public_fqdn", "").strip()
    if not fqdn:
        raise WizardError("the SBC public FQDN is not set", "enter it on the Site & connections page")
    roots = certificates.load_trusted_roots(resource_path("zoom-trusted-roots.pem").read_bytes())
    return certificates.check_certificate(fqdn, cert, key, ca, roots,
                                          zoom_confirmation=ctx.inputs.get("zoom_ca_confirmed", ""))


def _users_check(ctx: CheckContext) -> CheckResult:
    from wizard.checks import users

    zoom = users.read_zoom_users(*ctx.file("zoom", "Zoom user export"))
    os4k = ctx.optional_file("os4k")
    subs = users.read_subscribers(*os4k) if os4k else None
    return users.reconcile(zoom, subs)


def _comparison_check(ctx: CheckContext) -> CheckResult:
    from wizard.checks import comparison

    return comparison.check_comparison_report(*ctx.file("report", "user comparison report"))


# ---------------------------------------------------------------------------------------------- probes
def _site(ctx: CheckContext, key: str, label: str) -> str:
    value = ctx.site.get(key, "").strip()
    if not value:
        raise WizardError("the {label} is not set", "enter it on the Site & connections page", label=label)
    return value


def _sbc_target(ctx: CheckContext) -> tuple[str, int, str]:
    """Where to connect (the public FQDN, or an address typed in to test from inside) and the SNI."""
    from wizard.probes.base import parse_host_port

    fqdn = _site(ctx, "sbc_public_fqdn", "SBC public FQDN")
    port_text = _site(ctx, "sbc_sip_tls_port", "SBC SIP-TLS port")
    if not port_text.isdigit():
        raise WizardError("the SBC SIP-TLS port '{port_text}' is not a number", "correct it on the site page",
                          port_text=port_text)
    host, port = parse_host_port(ctx.inputs.get("connect_to", "").strip() or fqdn, int(port_text))
    return host, port, fqdn


async def _probe_dns(ctx: CheckContext) -> CheckResult:
    from wizard.probes.dns import probe_dns

    return await probe_dns(_site(ctx, "sbc_public_fqdn", "SBC public FQDN"),
                           server=ctx.inputs.get("dns_server", "").strip() or None,
                           expect=ctx.site.get("sbc_public_ip", "").strip() or None)


async def _probe_tls(ctx: CheckContext) -> CheckResult:
    from wizard.checks import certificates
    from wizard.probes.tls import probe_tls

    host, port, fqdn = _sbc_target(ctx)
    ca_file = ctx.optional_file("ca")
    ca = certificates.load_material(*ca_file) if ca_file else None
    roots = certificates.load_trusted_roots(resource_path("zoom-trusted-roots.pem").read_bytes())
    # §9.3's result is recorded under its check's own name, "certificate" (wizard.checks.certificates), not the
    # step's "certificate.files": asked by the latter, the engineer's confirmation of the root never reached here
    confirmed = (ctx.recorded("certificate") or {}).get("zoom_confirmation") or {}
    return await probe_tls(host, port, fqdn, ca=ca, trusted_roots=roots,
                           confirmed_roots={confirmed["sha256"]: confirmed["note"]} if confirmed else None)


async def _probe_proxy(ctx: CheckContext) -> CheckResult:
    import asyncio

    from wizard.checks import certificates
    from wizard.probes.proxy import CLOUD_ENDPOINTS, CLOUD_TARGETS, probe_proxy

    targets = [t.strip() for t in ctx.inputs.get("targets", "").split(",") if t.strip()] or list(CLOUD_TARGETS)
    trust = ctx.optional_file("trust_ca")
    trusted = certificates.load_trusted_roots(trust[0]) if trust else ()
    proxy = ctx.inputs.get("via", "").strip() or ctx.site.get("proxy", "").strip() or None
    results = await asyncio.gather(*(
        probe_proxy(t, proxy=proxy, user=ctx.inputs.get("proxy_user", "").strip() or None,
                    password=ctx.secrets.get("proxy_password"), trusted=trusted) for t in targets))
    findings = tuple(f.about(t)
                     for t, r in zip(targets, results, strict=True) for f in r.findings)
    return CheckResult("probe.proxy", findings, {"via": proxy or "direct", "targets": {
        t: {**r.evidence, "source": CLOUD_ENDPOINTS.get(t, "the site's list")}
        for t, r in zip(targets, results, strict=True)}})


async def _probe_sip(ctx: CheckContext) -> CheckResult:
    from wizard.probes.sip import probe_sip

    host, port, fqdn = _sbc_target(ctx)
    user = ctx.inputs.get("auth_name", "").strip() or None
    if user and not ctx.secrets.get("password"):
        raise WizardError("no digest password given for the test registration",
                          "type the subscriber's digest password (it is used once and never saved)")
    return await probe_sip(host, port, fqdn, user=user, password=ctx.secrets.get("password"),
                           domain=ctx.inputs.get("domain", "").strip() or None)


async def _probe_call(ctx: CheckContext) -> CheckResult:
    """The test call through the SBC as two Zoom PSI clients, with the media-profile offers (§9.4.2; issue #33)."""
    from wizard.checks.call import call_result, request_problems
    from wizard.probes.call import run_test_call

    host, port, fqdn = _sbc_target(ctx)
    caller, callee = ctx.text("caller", "calling station"), ctx.text("callee", "called station")
    if problems := request_problems(caller, callee, {caller: ctx.secrets.get("caller_password", ""),
                                                     callee: ctx.secrets.get("callee_password", "")}):
        raise problems[0]
    ca_file = ctx.optional_file("ca")
    evidence = await run_test_call(host, port, fqdn, caller=caller, caller_password=ctx.secrets["caller_password"],
                                   callee=callee, callee_password=ctx.secrets["callee_password"],
                                   domain=ctx.inputs.get("domain", "").strip() or None,
                                   ca_pem=ca_file[0] if ca_file else None)
    return call_result(evidence)


async def _probe_sip_plain(ctx: CheckContext) -> CheckResult:
    """§9.1 from outside: whether the access side still answers plain SIP on its SIP-UDP/SIP-TCP port (the guide's
    5060, unless the step names another)."""
    from wizard.probes.base import parse_host_port
    from wizard.probes.sip import PLAIN_SIP_PORT, probe_plain_sip

    fqdn = _site(ctx, "sbc_public_fqdn", "SBC public FQDN")
    host, port = parse_host_port(ctx.inputs.get("connect_to", "").strip() or fqdn, PLAIN_SIP_PORT)
    return await probe_plain_sip(host, fqdn, port)


async def _zoom_service_admin(ctx: CheckContext) -> CheckResult:
    """§2.2.1 from the live system: the integration's dedicated Zoom admin, read through the Users API."""
    from wizard.connectors.zoom import check_service_admin

    email = ctx.text("email", "service admin's email")
    if ctx.connect is None:
        raise WizardError("Zoom cannot be reached from here", "run the step from a project with its connection")
    client = await ctx.connect("zoom")
    try:
        return await check_service_admin(client, email)
    finally:
        await client.aclose()


async def _redsky_ranges(ctx: CheckContext) -> CheckResult:
    """§10.4 read back: RedSky's IP range mappings against the site's subnet table."""
    from wizard.checks.iprange import MappedRange, compare_ranges, read_ranges

    data, name = ctx.file("ranges", "subnet table")
    wanted, table_findings = read_ranges(data, name)
    if ctx.connect is None:
        raise WizardError("RedSky cannot be reached from here", "run the step from a project with its connection")
    client = await ctx.connect("redsky")
    try:
        places = {}
        for building in await client.buildings():
            for location in await client.locations(str(building["id"])):
                places[str(location["id"])] = (str(building.get("name", "")), str(location.get("name", "")))
        mapped = [MappedRange(str(r.get("ipAddressLow")), str(r.get("ipAddressHigh")),
                              *places.get(str(r.get("locationId")), ("?", f"location {r.get('locationId')}")))
                  for r in await client.ip_ranges()]
    finally:
        await client.aclose()
    return compare_ranges(wanted, mapped, table_findings)


def default_registry() -> CheckRegistry:
    registry = CheckRegistry()
    registry.register("site.complete", _offline_check(lambda ctx: check_site(ctx.site)))
    for component in MINIMUMS:
        registry.register(f"version.{component}", _version_check(component))
    registry.register("version.sbc", _offline_check(_sbc_version_check))
    registry.register("amo.system-number", _offline_check(_system_number_check))
    registry.register("amo.os4k", _offline_check(_amo_check))
    registry.register("amo.gateways", _offline_check(_gateway_check))
    registry.register("amo.numbering", _offline_check(_numbering_check))
    registry.register("certificate.files", _offline_check(_certificate_check))
    registry.register("users.reconcile", _offline_check(_users_check))
    registry.register("comparison.report", _offline_check(_comparison_check))
    registry.register("probe.dns", _probe_dns, needs_network=True)
    registry.register("probe.tls", _probe_tls, needs_network=True)
    registry.register("probe.proxy", _probe_proxy, needs_network=True)
    registry.register("probe.sip", _probe_sip, needs_network=True)
    registry.register("probe.sip-plain", _probe_sip_plain, needs_network=True)
    registry.register("probe.call", _probe_call, needs_network=True)
    registry.register("zoom.service-admin", _zoom_service_admin, needs_network=True)
    registry.register("redsky.ip-ranges", _redsky_ranges, needs_network=True)
    return registry
