"""§2.2 on the demo's own AMO output (#34): the call log the output shows is read, not reported as missing; a
parameter of a REG- record the wizard does not read is named."""

from wizard.checks.amo import CALL_LOG, check_amo_text
from wizard.demo import DEMO_SUBSCRIBERS


def test_the_demos_own_subscribers_show_their_call_log() -> None:
    result = check_amo_text(DEMO_SUBSCRIBERS, stations=["3100", "3101"], system_number=False)
    codes = {f.code for f in result.findings}
    assert f"{CALL_LOG}=ALL" in DEMO_SUBSCRIBERS
    assert "amo.station-call-log-unknown" not in codes and "amo.unknown-parameter" not in codes, codes


def test_a_parameter_the_wizard_does_not_read_is_named() -> None:
    result = check_amo_text("ADD-SBCSU:STNO=3100,OPT=OPTI,CONN=IP2,DVCFIG=S2IP,COS1=1,PMIDX=5,CALLLOG=ALL,"
                            "NEWPAR=7;", stations=["3100"], system_number=False)
    named = " ".join(f.message for f in result.findings if f.code == "amo.unknown-parameter")
    assert "CALLLOG" in named and "NEWPAR" in named and "SBCSU" in named
