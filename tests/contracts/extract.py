"""Writes the trimmed contracts of the Zoom and CloudLink operations the wizard calls, from the vendors' own
OpenAPI documents (kept outside the repository, in shared/specs/).

    python tests/contracts/extract.py [--specs DIR]

Moving to a newer Zoom spec is: drop the new document into the specs folder, name it below, run this, read the
diff of tests/contracts/*.json. What is kept: methods, paths, parameters, request and response schemas (types,
bounds, enums, required fields) and the documented error codes; what is left out: the vendors' prose (descriptions,
examples). RedSky, Zoom's OAuth endpoint and CloudLink's admin API have no machine-readable spec; their contracts
are written by hand (redsky.json, zoom-oauth.json, cloudlink-admin.json) and say so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SPECS = HERE.parents[1].parent / "shared" / "specs"

# The spec documents and where each copy came from (shared/specs/SOURCES.md).
DOCUMENTS = {
    "zoom-users-api-2025-02.json": "amp-labs/connectors providers/zoom/metadata/openapi/user.json at e6caa304 "
                                   "(2025-02-24): Zoom Users API, OpenAPI 3.0.0",
    "zoom-meetings-api-2025-02.json": "amp-labs/connectors providers/zoom/metadata/openapi/meeting.json at "
                                      "e6caa304 (2025-02-24): Zoom Meetings API (SIP phones), OpenAPI 3.0.0",
    "cloudlink-authentication-2017-09-01.json": "jentic/oak apis/openapi/mitel.io/main/2017-09-01 at d2fd6c14, "
                                                "origin https://authentication.api.mitel.io/2017-09-01/_spec",
}

# contract file -> (served base path, [(document, method, path)])
CONTRACTS: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "zoom-api.json": ("zoom", "/v2", [
        ("zoom-users-api-2025-02.json", "get", "/users"),
        ("zoom-users-api-2025-02.json", "post", "/users"),
        ("zoom-users-api-2025-02.json", "get", "/users/{userId}"),
        ("zoom-users-api-2025-02.json", "delete", "/users/{userId}"),
        ("zoom-meetings-api-2025-02.json", "get", "/sip_phones/phones"),
        ("zoom-meetings-api-2025-02.json", "post", "/sip_phones/phones"),
        ("zoom-meetings-api-2025-02.json", "patch", "/sip_phones/phones/{phoneId}"),
        ("zoom-meetings-api-2025-02.json", "delete", "/sip_phones/phones/{phoneId}"),
    ]),
    "cloudlink-auth.json": ("cloudlink", "/2017-09-01", [
        ("cloudlink-authentication-2017-09-01.json", "post", "/token"),
    ]),
}

# Facts documented elsewhere than in the operation itself, added to every operation of a contract (or to those
# 'operations' names). Each names its source; this is the one place such an addition lives.
SUPPLEMENTS: dict[str, list[dict[str, Any]]] = {
    "zoom-api.json": [
        {"status": "401", "codes": [124],
         "source": "the same spec documents 401 code 124 'Invalid access token' for the SIP-phone operations; the "
                   "Users operations answer the same on an expired token (Zoom API reference, error definitions)"},
        {"status": "429", "codes": [429],
         "source": "Zoom rate limits page (developers.zoom.us/docs/api/rate-limits): a 429 body carries code 429; "
                   "the spec documents the status without a code"},
        {"status": "400", "codes": [4711], "operations": ["users", "user", "userDelete"],
         "source": "no spec: public reports of Zoom's answer to a token without the operation's scope, 400 with code "
                   "4711 'Invalid access token, does not contain scopes:[…]' (GET /users: github.com/JubaerHossain/"
                   "zoom-laravel issue 15; github.com/lanec/zoom-batch-downloader issue 34); these operations "
                   "document no answer for a missing scope"},
    ],
}

# What an error answer of the contract looks like where an operation documents the status but no body.
ERROR_BODIES = {
    "zoom-api.json": {
        "schema": {"type": "object", "required": ["code", "message"],
                   "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}},
        "source": "Zoom API reference, 'Error definitions': every error answer is JSON with a numeric code and a "
                  "message"},
}

KEPT = ("type", "required", "enum", "minimum", "maximum", "maxLength", "minLength", "format", "default",
        "additionalProperties", "pattern", "minItems", "maxItems")
ERROR_CODE = re.compile(r"\*\*Error Code:\*\*\s*`(\d+)`")
SCOPES = re.compile(r"\*\*Scopes:\*\*([^\n]*)")
BACKTICKED = re.compile(r"`([^`]+)`")
ERROR_VALUE = re.compile(r"^(\d{3}) - ", re.MULTILINE)
RATE_LABEL = re.compile(r"Rate Limit Label.*?`(\w+)`")


def resolve(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """Follows a local $ref; an unresolved one (the CloudLink file has some) becomes an empty schema."""
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part) if isinstance(target, dict) else None
        node, depth = (target if target is not None else {}), depth + 1
    return node


def trim(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A schema with the validation keywords only: no descriptions, no examples."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return {}
    out: dict[str, Any] = {k: schema[k] for k in KEPT if k in schema}
    if "properties" in schema:
        out["properties"] = {name: trim(spec, sub) for name, sub in schema["properties"].items()}
    if "items" in schema:
        out["items"] = trim(spec, schema["items"])
    for key in ("allOf", "anyOf", "oneOf"):
        if key in schema:
            out[key] = [trim(spec, sub) for sub in schema[key]]
    return out


def operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    op = spec["paths"][path][method]
    description = op.get("description", "")
    scopes = SCOPES.search(description)
    rate = RATE_LABEL.search(description)
    parameters: dict[str, dict[str, Any]] = {}
    for param in [resolve(spec, p) for p in spec["paths"][path].get("parameters", []) + op.get("parameters", [])]:
        if not param.get("name"):
            continue
        parameters.setdefault(param["in"], {})[param["name"]] = {
            "required": bool(param.get("required") or param["in"] == "path"), "schema": trim(spec, param.get("schema"))}
    request = None
    body = resolve(spec, op.get("requestBody"))
    if isinstance(body, dict) and body.get("content"):
        content_type, media = next(iter(body["content"].items()))
        request = {"content_type": content_type, "schema": trim(spec, media.get("schema"))}
    responses: dict[str, dict[str, Any]] = {}
    for status, answer in op.get("responses", {}).items():
        answer = resolve(spec, answer)
        media = next(iter((answer.get("content") or {}).values()), {})
        schema = trim(spec, media.get("schema")) if media.get("schema") else None
        entry: dict[str, Any] = {"schema": schema}
        codes = sorted({int(c) for c in ERROR_CODE.findall(answer.get("description", ""))})
        if codes and not status.startswith("2"):
            entry["codes"] = codes
        names = ((schema or {}).get("properties", {}).get("name") or {}).get("enum")
        if names:
            entry["names"] = names
        raw = resolve(spec, media.get("schema")) or {}
        error_values = ERROR_VALUE.findall((raw.get("properties", {}).get("error") or {}).get("description", ""))
        if error_values:  # CloudLink's 422 names its reasons inside the 'error' field's description
            entry["errors"] = error_values
        responses[status] = entry
    return {"operation_id": op.get("operationId", f"{method} {path}"), "method": method.upper(), "path": path,
            "scopes": BACKTICKED.findall(scopes.group(1)) if scopes else [],
            "rate_limit": rate.group(1) if rate else None,
            "parameters": parameters, "request": request, "responses": responses}


def build(specs: Path) -> dict[str, dict[str, Any]]:
    loaded = {name: json.loads((specs / name).read_bytes()) for name in DOCUMENTS}
    digests = {name: hashlib.sha256((specs / name).read_bytes()).hexdigest() for name in DOCUMENTS}
    contracts = {}
    for file, (system, base_path, wanted) in CONTRACTS.items():
        ops = {}
        for document, method, path in wanted:
            op = operation(loaded[document], method, path)
            for extra in SUPPLEMENTS.get(file, []):
                if op["operation_id"] not in extra.get("operations", [op["operation_id"]]):
                    continue
                answer = op["responses"].setdefault(extra["status"], {"schema": None})
                answer["codes"] = sorted(set(answer.get("codes", [])) | set(extra["codes"]))
            op["document"] = document
            ops[op["operation_id"]] = op
        used = sorted({d for d, _, _ in wanted})
        contracts[file] = {
            "system": system, "base_path": base_path, "written": "extracted by tests/contracts/extract.py",
            "sources": [{"file": d, "sha256": digests[d], "origin": DOCUMENTS[d]} for d in used],
            "error_body": ERROR_BODIES.get(file),
            "supplements": [{k: s[k] for k in ("status", "codes", "operations", "source") if k in s}
                            for s in SUPPLEMENTS.get(file, [])],
            "operations": ops}
    return contracts


def render(contract: dict[str, Any]) -> str:
    return json.dumps(contract, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=DEFAULT_SPECS, help="folder with the vendors' documents")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files differ")
    args = parser.parse_args(argv)
    missing = [name for name in DOCUMENTS if not (args.specs / name).is_file()]
    if missing:
        print(f"extract: {args.specs} lacks {', '.join(missing)}; pass --specs DIR", file=sys.stderr)
        return 2
    stale = []
    for file, contract in build(args.specs).items():
        text = render(contract)
        if args.check:
            if (HERE / file).read_text(encoding="utf-8") != text:
                stale.append(file)
        else:
            (HERE / file).write_text(text, encoding="utf-8")
            print(f"wrote {file}: {len(contract['operations'])} operations")
    if stale:
        print(f"extract: {', '.join(stale)} differ from the specs; run tests/contracts/extract.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
