import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.checks.result import Severity, Verdict
from wizard.checks.site import check_site, is_fqdn, validate_field
from wizard.checks.versions import check_version, parse_version
from wizard.errors import WizardError


@pytest.mark.parametrize("text, parts", [
    ("V11R0.22.5", (11, 0, 22, 5)),
    ("V11 R0.22.5", (11, 0, 22, 5)),
    ("V11_R0.22.2", (11, 0, 22, 2)),
    ("OpenScape SBC V11 R2.01.00-1", (11, 2, 1, 0, 1)),
    ("6.3.6 (52107)", (6, 3, 6)),
    ("  v11 r0.22.10 ", (11, 0, 22, 10)),
])
def test_versions_as_engineers_meet_them(text: str, parts: tuple[int, ...]) -> None:
    assert parse_version(text) == parts


@pytest.mark.parametrize("component, observed, verdict", [
    ("os4k-rmx", "V11 R0.22.8", Verdict.FAIL),     # 8 < 10 numerically, though "8" > "10" as text
    ("os4k-rmx", "V11 R0.22.10", Verdict.PASS),
    ("os4k", "V11 R0.22", Verdict.PASS),
    ("os4k", "V10 R1.40.3", Verdict.FAIL),
    ("sbc", "OpenScape SBC V11 R2.01.00-1", Verdict.PASS),
    ("sbc", "V11 R2.0.9", Verdict.FAIL),
    ("zoom-workplace", "6.3.6 (52107)", Verdict.PASS),
    ("zoom-workplace", "6.3.5 (60000)", Verdict.FAIL),
    ("zoom-workplace", "6.10.0", Verdict.PASS),
    ("os4k", "V10", Verdict.FAIL),  # a major version alone, below the minimum's: whatever its release
    ("os4k", " v12 ", Verdict.PASS),
])
def test_versions_compare_numerically(component: str, observed: str, verdict: Verdict) -> None:
    result = check_version(component, observed)
    assert result.status is verdict
    if verdict is Verdict.FAIL:
        assert "below the minimum" in result.findings[0].message
        assert result.findings[0].fix.startswith("Upgrade")


@pytest.mark.parametrize("text", ["", "latest", "V11 V12", "R0.22", "11", "V11 R0.22.5 and V11 R0.22.6", "1.2 or 1.3"])
def test_unreadable_versions_are_refused_not_guessed(text: str) -> None:
    with pytest.raises(WizardError, match="cannot read a version"):
        parse_version(text)


def test_a_major_version_alone_equal_to_the_minimums_asks_for_the_release() -> None:
    with pytest.raises(WizardError, match="does not say which release") as raised:
        check_version("os4k", "V11")
    assert "V11 R0.22" in raised.value.fix


@given(st.text(max_size=60))
def test_version_parser_raises_only_our_error(text: str) -> None:
    try:
        parts = parse_version(text)
    except WizardError:
        return
    assert parts and all(isinstance(p, int) for p in parts)


@pytest.mark.parametrize("key, value, code", [
    ("sbc_core_ip", "10.180.0.256", "site.sbc_core_ip.not-ip"),
    ("sbc_core_ip", "10.180.0.4 ", "site.sbc_core_ip.whitespace"),
    ("sbc_public_fqdn", "sbc01", "site.sbc_public_fqdn.not-fqdn"),
    ("sbc_public_fqdn", "10.1.1.1", "site.sbc_public_fqdn.not-fqdn"),
    ("sbc_public_fqdn", "-sbc.example.com", "site.sbc_public_fqdn.not-fqdn"),
    ("sbc_sip_tls_port", "70000", "site.sbc_sip_tls_port.not-port"),
    ("sbc_sip_tls_port", "0", "site.sbc_sip_tls_port.not-port"),
    ("sbc_sip_tls_port", "50a", "site.sbc_sip_tls_port.not-port"),
    ("sbc_sip_tls_port", "5061", "site.sbc_sip_tls_port.default-port"),
    ("os4k_host", "os4k host", "site.os4k_host.not-host"),
    ("proxy", "proxy.example.local:3128", "site.proxy.not-url"),
    ("proxy", "http://user:secret@proxy.example.local:3128", "site.proxy.credentials-in-url"),
    ("proxy", "http://proxy.example.local:99999", "site.proxy.not-url"),
    ("customer", "", "site.customer.missing"),
])
def test_each_bad_field_gets_its_own_finding(key: str, value: str, code: str) -> None:
    finding = validate_field(key, value)
    assert finding is not None and finding.code == code
    assert finding.fix


@pytest.mark.parametrize("key, value", [
    ("sbc_core_ip", "10.180.0.4"), ("sbc_core_ip", "2001:db8::4"), ("sbc_public_fqdn", "sbc01.example.com."),
    ("os4k_host", "10.180.0.10"), ("os4k_host", "os4k.example.local"), ("sbc_sip_tls_port", "65061"),
    ("proxy", "http://proxy.example.local:3128"), ("proxy", ""), ("zoom_account", ""),
])
def test_good_fields_pass(key: str, value: str) -> None:
    assert validate_field(key, value) is None


def test_default_port_is_a_warning_not_a_failure() -> None:
    finding = validate_field("sbc_sip_tls_port", "5061")
    assert finding is not None and finding.severity is Severity.WARNING
    assert "§9.1" in finding.fix


def test_site_check_lists_every_missing_required_field() -> None:
    result = check_site({"customer": "X"})
    assert result.status is Verdict.FAIL
    missing = {f.code for f in result.findings}
    assert "site.engineer.missing" in missing and "site.sbc_public_fqdn.missing" in missing
    assert "site.customer.missing" not in missing


@given(st.text(max_size=300))
def test_fqdn_rule_never_crashes(text: str) -> None:
    assert isinstance(is_fqdn(text), bool)


def test_passphrase_strength_counts_length_first_then_the_kinds_of_characters() -> None:
    from wizard.checks.passphrase import passphrase_strength

    assert passphrase_strength("Ab1!xyz") == "too short"
    assert passphrase_strength("abcdefgh") == "weak"
    assert passphrase_strength("abcdefgh12") == "fair"
    assert passphrase_strength("Abcdefgh12!x") == "strong"
    assert passphrase_strength("a" * 16) == "strong"  # length beats variety
