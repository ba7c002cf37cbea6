from wizard.checks.sbc import fill_value, fill_values
from wizard.runbook.model import load_runbook

SITE = {"sbc_core_ip": "10.180.0.4", "sbc_access_ip": "10.181.181.147", "sbc_sip_tls_port": "65061",
        "os4k_host": "10.180.0.10", "sbc_public_fqdn": "sbc01.example.com", "sbc_public_ip": "203.0.113.10"}


def test_site_values_are_filled_in() -> None:
    assert fill_value("{sbc_core_ip}", SITE) == "10.180.0.4"
    assert fill_value("TCP {sbc_sip_tls_port} to {sbc_access_ip}", SITE) == "TCP 65061 to 10.181.181.147"


def test_missing_or_invalid_site_data_never_yields_a_copyable_wrong_value() -> None:
    assert fill_value("{sbc_core_ip}", {}) == "<SBC core (LAN) IP>"
    assert fill_value("{sbc_core_ip}", {"sbc_core_ip": "10.180.0.999"}) == "<SBC core (LAN) IP>"
    assert fill_value("{not_a_field}", SITE) == "{not_a_field}"


def test_every_sbc_dialog_of_the_guide_gets_its_site_values() -> None:
    runbook = load_runbook()
    sheet = {s.id: dict(fill_values(s.values, SITE)) for s in runbook.steps if s.values}
    assert sheet["9.1-core-realm"]["IP address"] == "10.180.0.4"
    assert sheet["9.1-access-realm"]["IP address"] == "10.181.181.147"
    assert sheet["9.1-access-realm"]["SIP-TLS"] == "65061"
    assert sheet["9.2-sip-server"]["IP Address or FQDN"] == "10.180.0.10"
    assert sheet["9.3-certificate-profile"]["Minimum TLS version"] == "TLS V1.2"
    assert sheet["9.4.1.1-max-registration-expiry"]["Maximum registration expiry time (sec)"] == "2678400"
    zoom = sheet["9.4.2-zoom-media-profile"]
    assert (zoom["Media protocol"], zoom["SRTP configuration"], zoom["RTCP Mode"]) == ("SRTP only", "SDES", "Bypass")
    assert zoom["Keep sendonly attribute on NAT"] == "off" and zoom["Allow unconfigured codecs"] == "off"
    assert sheet["7.2-zande-sbc-address"]["AMO"] == "CHANGE-ZANDE:TYPE=OSMO,SBCADDR1=203.0.113.10,PORT1=65061;"
    assert sheet["9.5.1-push-notifications"]["Enable Push Notifications Service"] == "checked"
    assert sheet["10.3.2.1-e911-ssp-profile"]["Enable SSP Privacy and Complementary Flags"] == "checked"
    leftovers = [(sid, k) for sid, values in sheet.items() for k, v in values.items() if "{" in v]
    assert leftovers == []
