"""Is this report the one that was signed? Signature intact and covering the whole file, signer known,
embedded evidence matching the hash it was signed with."""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, TypeVar

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from wizard.errors import WizardError, failure_reason
from wizard.report.sign import EVIDENCE_NAME, display_name

T = TypeVar("T")


@dataclass
class Verification:
    problems: list[WizardError] = field(default_factory=list)
    signer: str = ""
    signed_at: str = ""
    evidence_sha256: str = ""
    timestamped: bool = False
    evidence: bytes | None = None  # the embedded evidence as signed (a re-check compares against it)

    @property
    def ok(self) -> bool:
        return not self.problems


def _embedded_evidence(reader: PdfFileReader) -> tuple[bytes, str] | None:
    root = reader.root
    if "/Names" not in root or "/EmbeddedFiles" not in root["/Names"]:
        return None

    def walk(node: object) -> tuple[bytes, str] | None:  # a PDF name tree: /Names pairs, or /Kids below
        if "/Names" in node:  # type: ignore[operator]
            entries = node["/Names"]  # type: ignore[index]
            for i in range(0, len(entries), 2):
                if str(entries[i]) == EVIDENCE_NAME:
                    spec = entries[i + 1]
                    return spec["/EF"]["/F"].data, str(spec["/Desc"]) if "/Desc" in spec else ""
        for kid in node.get("/Kids", []):  # type: ignore[attr-defined]
            found = walk(kid)
            if found:
                return found
        return None

    return walk(root["/Names"]["/EmbeddedFiles"])


def _blocking(coro: Coroutine[Any, Any, T]) -> T:
    """Run pyHanko's async validation from synchronous code, also when this thread's loop is running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coro).result()


def _load_trust(data: bytes) -> asn1_x509.Certificate:
    """pyHanko wants asn1crypto certificates (not cryptography's), from PEM or DER bytes."""
    try:
        der = pem.unarmor(data)[2] if pem.detect(data) else data
        cert = asn1_x509.Certificate.load(der)
        cert.native  # noqa: B018  (parses lazily: force it, so a broken file fails here)
    except (ValueError, TypeError) as exc:
        raise WizardError("the --trust file is not a certificate", "give the signer's certificate, PEM or DER") \
            from exc
    return cert


def verify_report(pdf: bytes, trust_pem: bytes | None = None, source: str = "this file") -> Verification:
    result = Verification()
    if not pdf.startswith(b"%PDF-"):
        raise WizardError("{source} is not a PDF file", "check that the file is the report", source=source)
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # a PDF whose structure no longer parses was damaged or altered
        result.problems.append(WizardError("the file is damaged or was altered: it no longer reads as a PDF ({reason})",
                                           reason=exc))
        return result
    if not signatures:
        result.problems.append(WizardError("the report is not signed"))
        return result
    signature = signatures[-1]
    roots = [_load_trust(trust_pem)] if trust_pem else []
    try:
        status = _blocking(async_validate_pdf_signature(
            signature, ValidationContext(trust_roots=roots, allow_fetching=False)))
    except Exception as exc:  # pyHanko raises many kinds for broken signatures; all mean "not valid"
        result.problems.append(WizardError("the signature cannot be validated ({reason})", reason=failure_reason(exc)))
        return result
    result.signer = display_name(status.signing_cert.subject.native)
    result.signed_at = str(status.signer_reported_dt or "")
    result.timestamped = status.timestamp_validity is not None
    if not status.intact:
        result.problems.append(WizardError("the document was modified after it was signed (the signed bytes do not "
                                           "match)"))
    elif not status.valid:
        result.problems.append(WizardError("the signature itself is invalid"))
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        result.problems.append(WizardError("content was added to the file after it was signed"))
    if not status.trusted:
        result.problems.append(WizardError("the signer ({signer}) is not trusted",
                                           "give the signer's certificate to trust it (--trust)", signer=result.signer))
    try:
        evidence = _embedded_evidence(reader)
    except Exception as exc:  # a stream that no longer decompresses was altered
        result.problems.append(WizardError("the embedded evidence is damaged ({reason})", reason=failure_reason(exc)))
        return result
    if evidence is None:
        result.problems.append(WizardError("the report carries no embedded evidence"))
    else:
        data, description = evidence
        result.evidence = data
        result.evidence_sha256 = hashlib.sha256(data).hexdigest()
        match = re.search(r"SHA-256 ([0-9a-f]{64})", description)
        if not match or match.group(1) != result.evidence_sha256:
            result.problems.append(WizardError("the embedded evidence does not match the SHA-256 printed in the "
                                               "report"))
    return result
