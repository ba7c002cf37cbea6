"""Embed the evidence and sign the PDF (PAdES, pyHanko) with a visible signature box."""

from __future__ import annotations

from io import BytesIO
from typing import cast

from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers, timestamps
from pyhanko.stamp import TextStampStyle

from wizard.errors import WizardError

EVIDENCE_NAME = "evidence.json"
SIGNATURE_FIELD = "EngineerSignature"


def load_signer(p12: bytes, passphrase: bytes | None, source: str) -> signers.SimpleSigner:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        # for a precise message before pyHanko's own load
        key, certificate, _ = pkcs12.load_key_and_certificates(p12, passphrase)
    except ValueError as exc:
        raise WizardError("{source}: the passphrase does not open this identity" if passphrase else
                          "{source} is protected by a passphrase", "give the identity's passphrase",
                          source=source) from exc
    # pyHanko's own load stops at an AttributeError when the key or the certificate is missing: refused here, by name
    signer = (signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=passphrase)
              if key is not None and certificate is not None else None)
    if signer is None:
        raise WizardError("{source} is not a usable signing identity", "use a PKCS#12 file with a key and certificate",
                          source=source)
    return signer


def display_name(subject: dict[str, str]) -> str:
    """'Name (Organisation)' from a certificate subject, as people say who signed."""
    name = subject.get("common_name", "unknown signer")
    organisation = subject.get("organization_name")
    return f"{name} ({organisation})" if organisation else str(name)


def signer_name(signer: signers.SimpleSigner) -> str:
    # load_signer refuses an identity without a certificate; a signer made otherwise has no name to say
    certificate = signer.signing_cert
    return display_name(certificate.subject.native if certificate is not None else {})


def container_size(signer: signers.SimpleSigner) -> int:
    """Room for the CMS signature container: the certificates it carries, and 8 KiB for one signature, its signed
    attributes and their structure (an RSA-4096 signature is 512 bytes)."""
    certificates = [signer.signing_cert, *signer.cert_registry]
    size = sum(len(certificate.dump()) for certificate in certificates) + 8192
    return size + size % 2  # pyHanko writes it as hex into a placeholder of whole bytes: an even number


async def sign_report(pdf: bytes, *, signer: signers.SimpleSigner, evidence: bytes, evidence_sha256: str,
                page: int, box: tuple[float, float, float, float], location: str,
                timestamp_url: str | None = None, title: str = "", subject: str = "",
                keywords: tuple[str, ...] = (), stamp_text: str = "Signed by %(signer)s\nTime: %(ts)s") -> bytes:
    """`stamp_text`: the visible signature's words in the report's language (pyHanko fills in %(signer)s and
    %(ts)s); the signature itself is the same in either language."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
    # what a document management system or a file browser shows of the report before anyone opens it
    meta = writer.document_meta
    meta.title, meta.author, meta.subject = title or None, signer_name(signer), subject or None
    meta.keywords, meta.creator = list(keywords), "psi-wizard"
    info_ref = writer.trailer.raw_get("/Info")  # Qt wrote no /Subject, and pyHanko only updates entries that exist
    if subject and isinstance(info_ref, generic.IndirectObject):
        info_ref.get_object()["/Subject"] = generic.TextStringObject(subject)
        writer.mark_update(info_ref)
    data = embed.EmbeddedFileObject.from_file_data(writer, data=evidence, mime_type="application/json")
    embed.embed_file(writer, embed.FileSpec(file_spec_string=EVIDENCE_NAME, embedded_data=data,
                                            description=f"Commissioning evidence, SHA-256 {evidence_sha256}"))
    # pyHanko annotates the box in whole points, yet writes each corner as a PDF real number (FloatObject), as the
    # PDF's /Rect is; the report places the box to a tenth of a point, and rounding it would move it
    fields.append_signature_field(writer, fields.SigFieldSpec(SIGNATURE_FIELD, on_page=page,
                                                              box=cast(tuple[int, int, int, int], box)))
    metadata = signers.PdfSignatureMetadata(field_name=SIGNATURE_FIELD, md_algorithm="sha256",
                                            subfilter=fields.SigSeedSubFilter.PADES,
                                            reason="Commissioning report", location=location)
    stamp = TextStampStyle(stamp_text=stamp_text, border_width=1)
    timestamper = timestamps.HTTPTimeStamper(timestamp_url) if timestamp_url else None
    out = BytesIO()
    pdf_signer = signers.PdfSigner(metadata, signer=signer, stamp_style=stamp, timestamper=timestamper)
    # without a timestamp the container's size is known beforehand, so pyHanko need not sign once more only to
    # measure it (a quarter of the report's build time at 1,000 people); a timestamp's size is the authority's
    reserved = None if timestamper else container_size(signer)
    await pdf_signer.async_sign_pdf(writer, output=out, bytes_reserved=reserved)  # async: the window's loop runs
    return out.getvalue()
