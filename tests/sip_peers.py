"""Real peers of the test call (issue #33), on loopback only: Kamailio with TLS as the SBC's registrar and proxy,
configured as the guide configures the OpenScape SBC's access side for Zoom PSI clients, rtpengine (userspace
forwarding, no kernel module) relaying the media and terminating SRTP/SDES on each leg as the SBC does, and baresip as
an independent user agent with SRTP mandatory. Each is a context manager that cleans up after itself."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.peers import LOOPBACK, free_port, kamailio_modules, kamailio_tls_folder, process, require, wait_for_tcp

SBC_FQDN = "sbc01.psi.test"
# Extensions with a behaviour of their own in the proxy below, as an OS4K or SBC fault would show it:
NEVER_ANSWERS = "4798"  # rings (180) and nobody ever answers: the caller has to CANCEL
REFUSES_MEDIA = "4797"  # every INVITE to it is refused with 488, as an SBC whose media profile fits no offer
ONE_WAY = "4790"  # rtpengine drops the caller's media after the answer: audio reaches the caller only

KAMAILIO_MODULES = ("kex", "corex", "tm", "tmx", "sl", "rr", "pv", "maxfwd", "textops", "siputils", "xlog", "usrloc",
                    "registrar", "auth", "tls", "rtpengine", "nathelper")


def wait_for_udp_ng(port: int, timeout: float = 10.0) -> None:
    """rtpengine is ready once its ng control port answers a ping (bencoded, the ng protocol)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(0.2)
            s.sendto(b"ready d7:command4:pinge", (LOOPBACK, port))
            with contextlib.suppress(OSError):
                if b"pong" in s.recvfrom(1024)[0]:
                    return
        time.sleep(0.05)
    raise RuntimeError(f"rtpengine does not answer on {LOOPBACK}:{port} after {timeout} s")


def media_ports(control: int) -> tuple[int, int]:
    low = 30000 + (control % 200) * 100  # a range of its own, so that two test runs do not share ports
    return low, low + 99


@contextlib.contextmanager
def rtpengine(workdir: Path) -> Iterator[int]:
    """rtpengine forwarding in userspace only (--table=-1: no kernel module), media on 127.0.0.1, the ng control
    protocol on a loopback UDP port (returned)."""
    binary = require("rtpengine", "rtpengine-daemon")
    control = free_port(socket.SOCK_DGRAM)
    low, high = media_ports(control)
    # --config-file=none: not Debian's /etc/rtpengine/rtpengine.conf, whose fixed control ports two runs would share
    args = [binary, "--config-file=none", "--foreground", "--log-stderr", "--table=-1", f"--interface={LOOPBACK}",
            f"--listen-ng={LOOPBACK}:{control}", f"--port-min={low}", f"--port-max={high}",
            f"--pidfile={workdir / f'rtpengine-{control}.pid'}", "--log-level=6", "--delete-delay=0"]
    with process(args, workdir / f"rtpengine-{control}.log"):
        wait_for_udp_ng(control)
        yield control


@dataclass(frozen=True)
class Sbc:
    port: int  # SIP-TLS on 127.0.0.1
    rtpengine: int  # its ng control port
    log: Path

    @property
    def media_ports(self) -> tuple[int, int]:
        return media_ports(self.rtpengine)


@contextlib.contextmanager
def kamailio_sbc(workdir: Path, chain_pem: bytes, key_pem: bytes, *, password: str) -> Iterator[Sbc]:
    """Kamailio as the OpenScape SBC's access side for Zoom PSI clients: REGISTER and INVITE digest-authenticated
    (one password for every station), SIP over TLS only (§9.1), and for the user agent ZoomPbxPhone the Zoom media
    profile (§9.4.2 step 9): Media protocol SRTP only (an offer without RTP/SAVP gets 488) and Allow unconfigured
    codecs unchecked (an offer with none of PCMA, PCMU, G.722 gets 488; which codecs the guide's profile lists is a
    picture in the guide, DESIGN.md names these three). Media through rtpengine, SRTP/SDES with keys of its own on
    each leg, as the SBC terminates SRTP."""
    binary = require("kamailio", "kamailio and kamailio-tls-modules")
    modules = kamailio_modules("tls", "rtpengine")
    with rtpengine(workdir) as control:
        port = free_port()
        run = kamailio_tls_folder(workdir / f"kamailio-sbc-{port}", chain_pem, key_pem)
        loads = "\n".join(f'loadmodule "{m}.so"' for m in KAMAILIO_MODULES)
        (run / "kamailio.cfg").write_text(_config(run, modules, loads, port, control, password))
        args = [binary, "-f", str(run / "kamailio.cfg"), "-DD", "-E", "-m", "64", "-M", "8", "-P", str(run / "pid"),
                "-w", str(run)]
        with process(args, run / "kamailio.log"):
            wait_for_tcp(port)
            yield Sbc(port, control, run / "kamailio.log")


def _config(run: Path, modules: str, loads: str, port: int, control: int, password: str) -> str:
    # rtpengine flags (rtpengine 10.5 ng protocol): the SDP's addresses become the relay's; the transport protocol is
    # kept (RTP/SAVP), so rtpengine answers each leg with SDES keys of its own.
    flags = "replace-origin replace-session-connection ICE=remove"
    return f"""#!KAMAILIO
debug=2
log_stderror=yes
children=2
tcp_children=2
listen=tls:{LOOPBACK}:{port}
alias={SBC_FQDN}
enable_tls=yes
auto_aliases=no
mpath="{modules}/"
{loads}
modparam("tls", "config", "{run / 'tls.cfg'}")
modparam("usrloc", "db_mode", 0)
modparam("registrar", "max_expires", 2678400)
modparam("registrar", "append_branches", 0)
modparam("nathelper", "received_avp", "$avp(RECEIVED)")
modparam("registrar", "received_avp", "$avp(RECEIVED)")
modparam("rtpengine", "rtpengine_sock", "udp:{LOOPBACK}:{control}")
modparam("tm", "fr_inv_timer", 60000)
request_route {{
    if (!mf_process_maxfwd_header("10")) {{ sl_send_reply("483", "Too Many Hops"); exit; }}
    if (has_totag()) {{
        if (loose_route()) {{
            if (is_method("BYE")) {{ rtpengine_delete(); }}
            t_relay();
            exit;
        }}
        if (is_method("ACK") && t_check_trans()) {{ t_relay(); }}
        else if (!is_method("ACK")) {{ sl_send_reply("404", "Not Here"); }}
        exit;
    }}
    if (is_method("CANCEL")) {{
        if (t_check_trans()) {{ t_relay(); }}
        exit;
    }}
    if (is_method("OPTIONS")) {{ sl_send_reply("200", "OK"); exit; }}
    if (is_method("REGISTER")) {{
        if (!pv_auth_check("$fd", "{password}", "0", "0")) {{ auth_challenge("$fd", "1"); exit; }}
        fix_nated_register();  # the SBC's port mapping: calls reach the station over the connection it registered on
        if (!save("location")) {{ sl_reply_error(); }}
        exit;
    }}
    if (!is_method("INVITE")) {{ sl_send_reply("405", "Method Not Allowed"); exit; }}
    if (!pv_auth_check("$fd", "{password}", "0", "0")) {{ auth_challenge("$fd", "1"); exit; }}
    consume_credentials();
    if ($ua =~ "^ZoomPbxPhone") {{
        if (!search_body("^m=audio [0-9]+ RTP/SAVP ")) {{ sl_send_reply("488", "Not Acceptable Here"); exit; }}
        if (!search_body("^a=rtpmap:[0-9]+ (PCMA|PCMU|G722)/")) {{
            sl_send_reply("488", "Not Acceptable Here");
            exit;
        }}
    }}
    if ($rU == "{REFUSES_MEDIA}") {{ sl_send_reply("488", "Not Acceptable Here"); exit; }}
    if ($rU == "{NEVER_ANSWERS}") {{ t_newtran(); t_reply("180", "Ringing"); exit; }}
    if (!lookup("location")) {{ sl_send_reply("404", "Not Found"); exit; }}
    record_route();
    rtpengine_offer("{flags}");
    t_on_reply("MEDIA");
    t_on_failure("FAILED");
    t_relay();
    exit;
}}
onreply_route[MEDIA] {{
    if (has_body("application/sdp")) {{
        rtpengine_answer("{flags}");
        if (status =~ "^2" && $tU == "{ONE_WAY}") {{ block_media("directional"); }}
    }}
}}
failure_route[FAILED] {{
    rtpengine_delete();
}}
"""


@contextlib.contextmanager
def baresip(workdir: Path, *, user: str, password: str, sbc_port: int, ca_pem: bytes) -> Iterator[Path]:
    """baresip 1.0 registered through the SBC as `user`, answering every call at once with SRTP mandatory
    (mediaenc=srtp-mand), no sound card: a tone from its ausine module, nothing played. Yields its log, which the
    test reads for the RTP statistics it prints at a call's end (rtp_stats)."""
    binary = require("baresip", "baresip-core")
    home = workdir / f"baresip-{user}"
    home.mkdir()
    (home / "ca.pem").write_bytes(ca_pem)
    sip_port = free_port()
    (home / "accounts").write_text(
        f"<sip:{user}@{SBC_FQDN};transport=tls>;auth_pass={password};"
        f"outbound=\"sip:{LOOPBACK}:{sbc_port};transport=tls\";answermode=auto;mediaenc=srtp-mand;regint=600;"
        "audio_codecs=PCMA,PCMU\n")
    (home / "config").write_text("\n".join([
        "poll_method epoll", f"sip_listen {LOOPBACK}:{sip_port}", f"sip_cafile {home / 'ca.pem'}",
        # ausine (a 440 Hz tone) produces 48 kHz stereo only; baresip resamples it for PCMA
        "audio_player nil", "audio_source ausine,440", "ausrc_srate 48000", "ausrc_channels 2", "audio_alert nil",
        "rtp_stats yes",
        "module_path /usr/lib/baresip/modules", "module g711.so", "module srtp.so",
        "module ausine.so", "module_app account.so", "module_app menu.so", f"net_interface {LOOPBACK}", ""]))
    log = home / "baresip.log"
    with process([binary, "-f", str(home)], log):
        yield log
