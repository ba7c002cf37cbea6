"""A generated corpus of malformed and adversarial inputs for every headless command: what a customer's file, a
typo or a damaged disk hands the wizard. Each case names the command line, the files it reads (written into a
fresh folder), the exit codes the README allows for it, and whether the one stderr line must name something."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.certs import Issued, hierarchy, issue

EXIT_OK, EXIT_FAIL, EXIT_INPUT, EXIT_CANNOT_RUN, EXIT_NOT_SAVED = 0, 1, 2, 3, 5


@dataclass
class Case:
    name: str
    argv: list[str]  # '{dir}' stands for the case's folder
    files: dict[str, bytes | Callable[[Path], None]] = field(default_factory=dict)
    exits: frozenset[int] = frozenset({EXIT_INPUT})
    env: dict[str, str] = field(default_factory=dict)
    names: str = ""  # a word the stderr line must contain (the file or the argument), for exit 2
    changes: frozenset[str] = frozenset()  # files the command works on (a project it records into), not inputs

    def args(self, folder: Path) -> list[str]:
        return [a.replace("{dir}", str(folder)) for a in self.argv]


BOM = b"\xef\xbb\xbf"
GARBAGE = [b"", b"\x00" * 64, b"\xff\xfe\x00\x00garbage", BOM, b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
           b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "\u202e\u0000".encode(), b"a" * 300_000, b"\r\r\r\n\n\x0b\x0c"]
ZOOM_HEADER = b"Email,First Name,Last Name\r\n"


def csv_variants() -> Iterator[tuple[str, bytes]]:
    yield "bom-then-cp1252", BOM + ZOOM_HEADER + "m\xfcller@example.com,J\xfcrgen,M\xfcller\r\n".encode("cp1252")
    yield "utf16", ("Email,First Name,Last Name\r\na@example.com,A,B\r\n").encode("utf-16")
    yield "no-header", b"a@example.com,A,B\r\n"
    yield "only-header", ZOOM_HEADER
    yield "unclosed-quote", ZOOM_HEADER + b'"a@example.com,A,B\r\n'
    yield "ragged", ZOOM_HEADER + b"a@example.com\r\nb@example.com,B,C,D,E,F\r\n"
    yield "nul-bytes", ZOOM_HEADER + b"a@exa\x00mple.com,A,B\r\n"
    yield "huge-field", ZOOM_HEADER + b"a@example.com," + b"x" * 200_000 + b",B\r\n"
    yield "many-columns", b",".join(b"c%d" % i for i in range(5000)) + b"\r\n"
    yield "semicolon-injection", ZOOM_HEADER + b'"a@example.com;DEL-SBCSU:STNO=1",A,B\r\n'
    yield "arabic-digits", "Station;Email;PMIDX\n\u0663\u0661\u0660\u0660;a@example.com;\u0665\n".encode()
    yield "superscript", "Station;Email;PMIDX\n3100\u00b2;a@example.com;\u00b2\n".encode()
    yield "mixed-newlines", ZOOM_HEADER + b"a@example.com,A,B\rb@example.com,B,C\n"
    yield "duplicate-headers", b"Email,Email,First Name\r\na@example.com,b@example.com,A\r\n"
    for i, junk in enumerate(GARBAGE):
        yield f"garbage-{i}", junk


def amo_variants() -> Iterator[tuple[str, bytes]]:
    yield "unterminated-40k", b"ADD-SBCSU:STNO=3100," + b"\n  COS1=1," * 40_000
    yield "unclosed-quote", b'CHANGE-PERSI:EMAIL,3100,"a@example.com;\n'
    yield "unknown-verbs", b"FOO-SBCSU:STNO=1;\nDE-SBCSU:STNO=2;\nXX-YY:Z;\n"
    yield "table-only", b"+----+\n| STNO = 3100 |\n+----+\n"
    yield "arabic-station", "ADD-SBCSU:STNO=\u0663\u0661\u0660\u0660,PMIDX=\u0665;\n".encode()
    yield "only-messages", b"F01: SYNTAX ERROR\nH500: AMO SBCSU STARTED\nCHANGE NOT EXECUTED;\n"
    yield "deep-quotes", b'ADD-PERSI:NAME="' + b'";"' * 20_000 + b'";\n'
    yield "long-line", b"ADD-SBCSU:" + b"X=1," * 100_000 + b"Y=2;\n"
    for i, junk in enumerate(GARBAGE):
        yield f"garbage-{i}", junk


def certificate_variants() -> Iterator[tuple[str, bytes]]:
    _root, intermediate = hierarchy()
    server = issue("sbc01.example.com", issuer=intermediate, sans=["sbc01.example.com"])
    good = server.pem()
    yield "truncated-pem", good[: len(good) // 2]
    yield "pem-bad-base64", b"-----BEGIN CERTIFICATE-----\n!!!!notbase64!!!!\n-----END CERTIFICATE-----\n"
    yield "der-truncated", server.der()[:100]
    yield "der-garbage", b"\x30\x82\x01\x00" + b"\x00" * 256
    yield "empty-pem-block", b"-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"
    yield "key-instead-of-cert", server.key_pem()
    yield "pkcs12-garbage", b"\x30\x80" + b"\x01" * 500
    yield "two-begins", b"-----BEGIN CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\n"
    yield "text", b"this is my certificate, trust me\n"
    for i, junk in enumerate(GARBAGE):
        yield f"garbage-{i}", junk


def damaged_project(kind: str) -> Callable[[Path], None]:
    """A project file made by the product, then damaged the way disks and hands damage them."""
    def make(path: Path) -> None:
        from wizard.store.project import ProjectFile

        project = ProjectFile.create(path, actor="fuzz")
        project.set_site_field("customer", "Fuzz Ltd")
        project.record_result("site-details", "passed", {"check": "site", "status": "pass", "findings": []}, "a", "b")
        project.attach("site-details", "note.txt", b"evidence")
        project.close()
        data = bytearray(path.read_bytes())
        if kind == "truncated":
            path.write_bytes(bytes(data[: len(data) // 2]))
            return
        if kind == "zeroed-page":
            data[4096:8192] = b"\x00" * 4096
            path.write_bytes(bytes(data))
            return
        if kind == "flipped-bytes":
            for offset in range(5000, min(len(data), 9000), 97):
                data[offset] ^= 0xFF
            path.write_bytes(bytes(data))
            return
        if kind == "not-sqlite":
            path.write_bytes(b"SQLite format 2\x00" + bytes(data[16:]))
            return
        with sqlite3.connect(path) as db:
            statements = {
                "drop-audit": "DROP TABLE audit",
                "drop-step-state": "DROP TABLE step_state",
                "empty-meta": "DELETE FROM meta",
                "delete-audit-tail": "DELETE FROM audit WHERE seq > (SELECT MIN(seq) FROM audit)",
                "delete-tail-and-head": "DELETE FROM audit WHERE seq > (SELECT MIN(seq) FROM audit); "
                                        "DELETE FROM meta WHERE key LIKE '%head%'",
                "bad-mode": "UPDATE meta SET value = 'sideways' WHERE key = 'mode'",
                "bad-status": "UPDATE step_state SET status = 'exploded'",
                "bad-result-json": "UPDATE step_state SET result_json = '{not json'",
                "audit-wrong-types": "UPDATE audit SET hash = 42, prev_hash = X'00'",
                "binary-site": "UPDATE site SET value = X'FFFE00' WHERE 1",
                # #31: JSON that is no object where a step's result belongs, and bytes in text columns
                "result-json-list": "UPDATE step_state SET result_json = '[1, 2]'",
                "result-json-number": "UPDATE step_state SET result_json = '42'",
                "status-bytes": "UPDATE step_state SET status = X'706173736564'",
                "note-bytes": "UPDATE step_state SET note = X'6869'",
                "evidence-name-bytes": "UPDATE evidence SET name = X'00'",
                "connections-not-object": "INSERT OR REPLACE INTO meta(key, value) VALUES ('connections', '[1]')",
                "foreign-app": "PRAGMA application_id = 1234",
                "future-version": "PRAGMA user_version = 99",
            }
            for statement in statements[kind].split("; "):
                with contextlib.suppress(sqlite3.Error):
                    db.execute(statement)
    return make


PROJECT_DAMAGE = ("truncated", "zeroed-page", "flipped-bytes", "not-sqlite", "drop-audit", "drop-step-state",
                  "empty-meta", "delete-audit-tail", "delete-tail-and-head", "bad-mode", "bad-status",
                  "bad-result-json", "audit-wrong-types", "binary-site", "result-json-list", "result-json-number",
                  "status-bytes", "note-bytes", "evidence-name-bytes", "connections-not-object", "foreign-app",
                  "future-version")


OK_FAIL_INPUT = frozenset({EXIT_OK, EXIT_FAIL, EXIT_INPUT})


def cases() -> list[Case]:
    """Every case, command by command, in a fixed order: the hostile-input tests run in it."""
    return [*_version_cases(), *_csv_reader_cases(), *_amo_text_cases(), *_certificate_cases(), *_probe_cases(),
            *_project_file_cases(), *_amo_run_cases(), *_report_and_identity_cases(), *_provisioning_cases(),
            *_lab_cases()]


def _version_cases() -> Iterator[Case]:
    for i, text in enumerate(["", "V", "V1" + " " * 40_000 + "x", "V1" + " " * 120_000, "V11 R" + "9" * 5000,
                              "\u0661\u0661.\u0662", "6.3.6 (" + "9" * 10_000 + ")", "\x00", "V11 R0.22.5" * 1000,
                              "-1", "nan", "V٩ R0.1", "１１.２"]):
        yield Case(f"version-{i}", ["check", "version", "sbc", text], exits=OK_FAIL_INPUT, names="version")
    yield Case("version-unknown-component", ["check", "version", "toaster", "1.0"], names="component")


def _csv_reader_cases() -> Iterator[Case]:
    for name, data in csv_variants():  # through every command that reads a CSV
        yield Case(f"users-zoom-{name}", ["check", "users", "--zoom", "{dir}/zoom.csv"], {"zoom.csv": data},
                   exits=OK_FAIL_INPUT, names="zoom.csv")
        yield Case(f"users-os4k-{name}", ["check", "users", "--zoom", "{dir}/zoom.csv", "--os4k", "{dir}/os4k.csv"],
                   {"zoom.csv": ZOOM_HEADER + b"a@example.com,A,B\r\n", "os4k.csv": data}, exits=OK_FAIL_INPUT)
        yield Case(f"comparison-{name}", ["check", "comparison", "{dir}/report.csv"], {"report.csv": data},
                   exits=OK_FAIL_INPUT, names="report.csv")
        yield Case(f"amo-batch-{name}", ["amo", "batch", "--subscribers", "{dir}/subs.csv", "--sbc-address",
                                         "203.0.113.10", "--sbc-port", "65061"], {"subs.csv": data},
                   exits=frozenset({EXIT_OK, EXIT_INPUT}), names="subs.csv")
    for size in (0, -1, 51, 10**9):
        yield Case(f"users-batch-size-{size}", ["check", "users", "--zoom", "{dir}/z.csv", "--batch-size", str(size)],
                   {"z.csv": ZOOM_HEADER}, names="batch-size")


def _amo_text_cases() -> Iterator[Case]:
    for name, data in amo_variants():
        yield Case(f"check-amo-{name}", ["check", "amo", "{dir}/reg.txt"], {"reg.txt": data}, exits=OK_FAIL_INPUT)
        yield Case(f"amo-current-{name}", ["amo", "batch", "--subscribers", "{dir}/s.csv", "--sbc-address",
                                           "203.0.113.10", "--sbc-port", "65061", "--current", "{dir}/reg.txt"],
                   {"s.csv": b"Station;Email;PMIDX\n3100;a@example.com;5\n", "reg.txt": data},
                   exits=frozenset({EXIT_OK, EXIT_INPUT}))
    for flag, value in (("--sbc-port", "0"), ("--sbc-port", "70000"), ("--sbc-port", "-1"), ("--sbc-port", "abc"),
                        ("--sbc-address", "999.999.999.999"), ("--sbc-address", "1.2.3.4;DEL-SBCSU:STNO=1"),
                        ("--sbc-address", "1.2.3.4,PORT1=1"), ("--stations", "3100;DEL"),
                        ("--stations", "\u0663\u0661")):
        yield Case(f"check-amo-arg{flag}-{value[:12]}", ["check", "amo", "{dir}/reg.txt", flag, value],
                   {"reg.txt": b"ADD-ANSU:TYPE=SYS,SYSNO=1;\n"}, names=flag.lstrip("-"))


def _certificate_cases() -> Iterator[Case]:
    _root, intermediate = hierarchy()
    server = issue("sbc01.example.com", issuer=intermediate, sans=["sbc01.example.com"])
    yield from _certificate_file_cases(server)
    yield from _certificate_name_cases(server)
    yield from _certificate_passphrase_and_path_cases(server)


def _certificate_file_cases(server: Issued) -> Iterator[Case]:
    """Each damaged certificate as the server certificate, and beside a good one as its CA, roots or key."""
    for name, data in certificate_variants():
        yield Case(f"cert-{name}", ["check", "certificate", "--fqdn", "sbc01.example.com", "--cert", "{dir}/c.pem"],
                   {"c.pem": data}, exits=OK_FAIL_INPUT, names="c.pem")
        yield Case(f"cert-ca-{name}", ["check", "certificate", "--fqdn", "sbc01.example.com", "--cert",
                                       "{dir}/c.pem", "--ca", "{dir}/ca.pem"], {"c.pem": server.pem(), "ca.pem": data},
                   exits=OK_FAIL_INPUT)
        yield Case(f"cert-roots-{name}", ["check", "certificate", "--fqdn", "sbc01.example.com", "--cert",
                                          "{dir}/c.pem", "--trusted-roots", "{dir}/roots.pem"],
                   {"c.pem": server.pem(), "roots.pem": data}, exits=OK_FAIL_INPUT)
        yield Case(f"cert-key-{name}", ["check", "certificate", "--fqdn", "sbc01.example.com", "--cert",
                                        "{dir}/c.pem", "--key", "{dir}/k.pem"], {"c.pem": server.pem(), "k.pem": data},
                   exits=OK_FAIL_INPUT)


def _certificate_name_cases(server: Issued) -> Iterator[Case]:
    for name, data in crafted_certificates():
        yield Case(f"cert-crafted-{name}", ["check", "certificate", "--fqdn", "sbc01.example.com", "--cert",
                                            "{dir}/c.pem"], {"c.pem": data}, exits=OK_FAIL_INPUT, names="c.pem")
    for fqdn in ("*.example.com", "", "a..b", "x" * 300, "sbc01.example.com.", "ünï.example.com", "-bad-.com",
                 "sbc01 example.com", "*", "..."):
        yield Case(f"cert-fqdn-{fqdn[:10]}", ["check", "certificate", "--fqdn", fqdn, "--cert", "{dir}/c.pem"],
                   {"c.pem": server.pem()}, exits=frozenset({EXIT_FAIL, EXIT_INPUT}), names="fqdn")


def _certificate_passphrase_and_path_cases(server: Issued) -> Iterator[Case]:
    encrypted = server.key_pem(b"right-passphrase")  # the certificate's own key: only the passphrase is wrong
    yield Case("cert-empty-passphrase", ["check", "certificate", "--fqdn", "sbc01.example.com", "--cert",
                                         "{dir}/c.pem", "--key", "{dir}/k.pem", "--passphrase-env", "PW"],
               {"c.pem": server.pem(), "k.pem": encrypted}, env={"PW": ""}, names="passphrase")
    yield Case("cert-wrong-passphrase", ["check", "certificate", "--fqdn", "sbc01.example.com", "--cert",
                                         "{dir}/c.pem", "--key", "{dir}/k.pem", "--passphrase-env", "PW"],
               {"c.pem": server.pem(), "k.pem": encrypted}, env={"PW": "wrong"}, names="passphrase")
    yield Case("cert-missing-file", ["check", "certificate", "--fqdn", "a.example.com", "--cert", "{dir}/nope.pem"],
               names="nope.pem")
    yield Case("cert-directory", ["check", "certificate", "--fqdn", "a.example.com", "--cert", "{dir}"])


def _probe_cases() -> Iterator[Case]:
    """The probes' arguments only: each case ends at the argument, or at loopback within the short timeout."""
    yield from _dns_probe_cases()
    for kind in ("tls", "sip"):
        yield from _sbc_probe_cases(kind)
    yield Case("tls-ca-not-pem", ["probe", "tls", "--host", "127.0.0.1", "--port", "9", "--fqdn", "a.example.com",
                                  "--ca", "{dir}/ca.pem", "--timeout", "0.3"], {"ca.pem": b"garbage"},
               names="ca.pem")
    yield from _proxy_probe_cases()


def _dns_probe_cases() -> Iterator[Case]:
    for name in ("", "a..b", "x" * 64 + ".com", ("a." * 130) + "com", "\\", "bad\\x", "😀.example.com",
                 "-a.com", "a_b.example.com.", "ex ample.com", ".", "..", "a.."):
        yield Case(f"dns-name-{name[:12]}", ["probe", "dns", "--name", name, "--server", "127.0.0.1:9",
                                             "--timeout", "0.3"], exits=frozenset({EXIT_INPUT}), names="name")
    for server in ("localhost", "300.1.1.1", "127.0.0.1:0", "127.0.0.1:70000", "[::1", "127.0.0.1:abc", "::1:53:x"):
        yield Case(f"dns-server-{server}", ["probe", "dns", "--name", "a.example.com", "--server", server,
                                            "--timeout", "0.3"], names="server")
    for timeout in ("nan", "inf", "-1", "0", "1e9", "abc"):
        yield Case(f"dns-timeout-{timeout}", ["probe", "dns", "--name", "a.example.com", "--server", "127.0.0.1:9",
                                              "--timeout", timeout], names="timeout")


def _sbc_probe_cases(kind: str) -> Iterator[Case]:
    for port in ("0", "-1", "65536", "99999999999999999999", "abc", "1.5"):
        yield Case(f"{kind}-port-{port}", ["probe", kind, "--host", "127.0.0.1", "--port", port, "--fqdn",
                                           "a.example.com", "--timeout", "0.3"], names="port")
    for host in ("", "ünï..com", "a" * 300, "[::1"):
        yield Case(f"{kind}-host-{host[:8]}", ["probe", kind, "--host", host, "--port", "9", "--fqdn",
                                               "a.example.com", "--timeout", "0.3"], names="host")
    for fqdn in ("", "a..b", "x" * 300, "😀.com"):
        yield Case(f"{kind}-fqdn-{fqdn[:8]}", ["probe", kind, "--host", "127.0.0.1", "--port", "9", "--fqdn", fqdn,
                                               "--timeout", "0.3"], names="fqdn")


def _proxy_probe_cases() -> Iterator[Case]:
    for proxy in ("http://[::1", "ftp://proxy:21", "http://:0", "http://proxy:99999", "proxy", "http://a b:3128"):
        yield Case(f"proxy-url-{proxy}", ["probe", "proxy", "--proxy", proxy, "--target", "127.0.0.1:9",
                                          "--timeout", "0.3"], names="proxy")
    for target in ("127.0.0.1", "127.0.0.1:0", "127.0.0.1:x", ":443", "[::1:443"):
        yield Case(f"proxy-target-{target}", ["probe", "proxy", "--target", target, "--timeout", "0.3"],
                   names="target")
    yield Case("proxy-trust-ca-not-pem", ["probe", "proxy", "--target", "127.0.0.1:9", "--trust-ca", "{dir}/ca.pem",
                                          "--timeout", "0.3"], {"ca.pem": b"\x00\x01"}, names="ca.pem")


def _project_file_cases() -> Iterator[Case]:
    for kind in PROJECT_DAMAGE:
        for command in ("show", "verify"):
            yield Case(f"project-{command}-{kind}", ["project", command, "{dir}/p.psiproj"],
                       {"p.psiproj": damaged_project(kind)}, exits=frozenset({EXIT_FAIL, EXIT_INPUT}),
                       names="p.psiproj")
        yield Case(f"probe-all-{kind}", ["probe", "all", "--project", "{dir}/p.psiproj", "--timeout", "0.3"],
                   {"p.psiproj": damaged_project(kind)}, exits=frozenset({EXIT_INPUT, EXIT_CANNOT_RUN, EXIT_FAIL}),
                   changes=frozenset({"p.psiproj"}))  # probe all records its results in the project
    yield from _not_a_project_cases()
    yield Case("project-new-long-name", ["project", "new", "{dir}/" + "x" * 300 + ".psiproj"])
    yield Case("project-new-in-missing-folder", ["project", "new", "{dir}/no/such/folder/p.psiproj"],
               exits=frozenset({EXIT_NOT_SAVED}))  # nothing wrong with the input: the file cannot be written there
    yield Case("project-show-missing", ["project", "show", "{dir}/missing.psiproj"], names="missing.psiproj")
    yield Case("project-show-directory", ["project", "show", "{dir}"])


def _not_a_project_cases() -> Iterator[Case]:
    """Files named like a project that never were one, another application's database among them."""
    sources: tuple[tuple[str, bytes | Callable[[Path], None]], ...] = (
        ("empty", b""), ("text", b"hello"), ("pdf", b"%PDF-1.4\n"), ("sqlite-other", _other_database))
    for name, source in sources:
        for command in ("show", "verify"):
            yield Case(f"project-{command}-{name}", ["project", command, "{dir}/p.psiproj"], {"p.psiproj": source},
                       names="p.psiproj")


def _other_database(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")


def _amo_run_cases() -> Iterator[Case]:
    """amo run with a bad project: the project is the batch's journal, so it may change."""
    yield Case("amo-run-port-not-number", ["amo", "run", "{dir}/p.psiproj", "--batch", "{dir}/b.txt"],
               {"p.psiproj": _project_with_os4k_port("twenty-two"), "b.txt": b"REG-ANSU;\n"}, names="port",
               changes=frozenset({"p.psiproj"}))
    yield Case("amo-run-batch-binary", ["amo", "run", "{dir}/p.psiproj", "--batch", "{dir}/b.txt"],
               {"p.psiproj": _project_with_os4k_port("22"), "b.txt": b"\xff\xfe\x00REG"}, names="b.txt",
               changes=frozenset({"p.psiproj"}))


def _report_and_identity_cases() -> Iterator[Case]:
    yield Case("report-out-is-project", ["report", "build", "{dir}/p.psiproj", "--out", "{dir}/p.psiproj",
                                         "--identity", "{dir}/id.p12", "--passphrase-env", "PW"],
               {"p.psiproj": damaged_project("bad-mode"), "id.p12": b"junk"}, env={"PW": "x"}, names="out")
    yield Case("report-identity-garbage", ["report", "build", "{dir}/p.psiproj", "--out", "{dir}/r.pdf",
                                           "--identity", "{dir}/id.p12", "--passphrase-env", "PW"],
               {"p.psiproj": _project_with_os4k_port("22"), "id.p12": b"\x30\x80junk"}, env={"PW": "x"},
               names="id.p12")
    for name, data in (("empty", b""), ("text", b"not a pdf"), ("truncated-pdf", b"%PDF-1.7\n1 0 obj\n<<"),
                       ("nul", b"\x00" * 100)):
        yield Case(f"report-verify-{name}", ["report", "verify", "{dir}/r.pdf"], {"r.pdf": data},
                   exits=frozenset({EXIT_FAIL, EXIT_INPUT}), names="r.pdf")
    yield Case("identity-out-is-input", ["identity", "new", "--name", "Eng", "--out", "{dir}/same.p12",
                                         "--cert-out", "{dir}/same.p12", "--passphrase-env", "PW"],
               env={"PW": "passphrase-1"}, names="out")
    yield Case("identity-empty-passphrase", ["identity", "new", "--name", "Eng", "--out", "{dir}/id.p12",
                                             "--passphrase-env", "PW"], env={"PW": ""}, names="passphrase")


def _provisioning_cases() -> Iterator[Case]:
    for name, data in csv_variants():  # the Zoom list a wave is planned from
        yield Case(f"provision-rows-{name}", ["provision", "{dir}/p.psiproj", "--rows", "--zoom-csv",
                                              "{dir}/z.csv", "--subscribers", "{dir}/s.csv"],
                   {"p.psiproj": _project_with_os4k_port("22"), "z.csv": data,
                    "s.csv": b"Station;Email\n3100;a@example.com\n"},
                   exits=frozenset({EXIT_OK, EXIT_FAIL, EXIT_INPUT}), changes=frozenset({"p.psiproj"}))


def _lab_cases() -> Iterator[Case]:
    for people in ("-5", "0", "abc", "10000000000"):
        yield Case(f"lab-people-{people}", ["lab", "--people", people], names="people")
    for spec in ("zoom.storm=lots", "nobody.x=1", "zoom.latency=nan", "zoom.storm=-3", "zoom."):
        yield Case(f"lab-faults-{spec}", ["lab", "--faults", spec], names="fault")


def _project_with_os4k_port(port: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        from wizard.store.project import ProjectFile

        project = ProjectFile.create(path, actor="fuzz")
        project.set_connection("os4k", {"host": "127.0.0.1", "port": port, "user": "engr"})
        project.close()
    return make


def crafted_certificates() -> Iterator[tuple[str, bytes]]:
    """Certificates that parse at first and break later: extensions whose contents are not what their OID
    promises, and a CA file of a thousand look-alike CAs in the worst order."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtensionOID

    _root, intermediate = hierarchy()
    for name, oid in (("bad-san", ExtensionOID.SUBJECT_ALTERNATIVE_NAME), ("bad-eku", ExtensionOID.EXTENDED_KEY_USAGE),
                      ("bad-basic-constraints", ExtensionOID.BASIC_CONSTRAINTS)):
        good = issue("sbc01.example.com", issuer=intermediate)
        builder = (x509.CertificateBuilder().subject_name(good.cert.subject).issuer_name(good.cert.issuer)
                   .public_key(good.key.public_key()).serial_number(7)
                   .not_valid_before(good.cert.not_valid_before_utc).not_valid_after(good.cert.not_valid_after_utc)
                   .add_extension(x509.UnrecognizedExtension(oid, b"\x30\x03\x82\x01"), critical=False))
        yield name, builder.sign(intermediate.key, hashes.SHA256()).public_bytes(_PEM)
    chain, previous = [], None
    for _ in range(1000):
        previous = issue("Look-alike CA", issuer=previous, ca=True)
        chain.append(previous)
    leaf = issue("sbc01.example.com", issuer=previous, sans=["sbc01.example.com"])
    yield "thousand-lookalike-cas", leaf.pem() + b"".join(c.pem() for c in chain)


def _pem_encoding() -> object:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.PEM


_PEM = _pem_encoding()
