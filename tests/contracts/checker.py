"""Judges HTTP exchanges against the contracts in this folder: the request a connector sent (operation known,
path, query, headers, body) and the answer the lab gave (a documented status, a body valid for it, an error code
or name the contract lists). The contracts come from the vendors' documents (extract.py) or, where no document
exists, are written by hand and say so."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from jsonschema import Draft7Validator, FormatChecker

from wizard.lab.web import Exchange

HERE = Path(__file__).resolve().parent
# Answers of the infrastructure in front of any HTTP service (RFC 9110 §15.6.3-15.6.5: bad gateway, unavailable,
# gateway timeout); no operation documents them, every client meets them. Their bodies are not the vendor's.
INFRASTRUCTURE = frozenset({502, 503, 504})


def describe(ex: Exchange) -> str:
    return f"{ex.system} {ex.method} {ex.path}{'?' + ex.query if ex.query else ''} → {ex.status}"


@dataclass
class Operation:
    contract: dict[str, Any]
    op_id: str
    spec: dict[str, Any]
    pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        template = self.contract["base_path"] + self.spec["path"]
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        self.pattern = re.compile(f"^{regex}$")


def _validator(contract: dict[str, Any], schema: dict[str, Any]) -> Draft7Validator:
    return Draft7Validator({"definitions": contract.get("definitions", {}), "allOf": [schema]},
                           format_checker=FormatChecker())


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    """A query or path value as the type its schema names (they arrive as text)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean":
        return {"true": True, "false": False}.get(value, value)
    return value


class Contracts:
    def __init__(self, folder: Path = HERE) -> None:
        self.files = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}

    @cached_property
    def operations(self) -> list[Operation]:
        return [Operation(contract, op_id, spec) for contract in self.files.values()
                for op_id, spec in contract["operations"].items()]

    def find(self, system: str, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations:
            if op.contract["system"] == system and op.spec["method"] == method.upper():
                match = op.pattern.match(path)
                if match:
                    return op, match.groupdict()
        return None

    def problems(self, exchange: Exchange) -> list[str]:
        found = self.find(exchange.system, exchange.method, exchange.path)
        if found is None:
            return [f"{describe(exchange)}: no operation of the {exchange.system} contracts has this method and path"]
        op, path_values = found
        where = f"{describe(exchange)} [{op.op_id}]"
        return [f"{where}: {p}" for p in self._request(op, path_values, exchange) + self._response(op, exchange)]

    # ------------------------------------------------------------------ the request our connector sent
    def _request(self, op: Operation, path_values: dict[str, str], ex: Exchange) -> list[str]:
        spec, problems = op.spec, []
        params = spec.get("parameters", {})
        for name, value in path_values.items():
            declared = params.get("path", {}).get(name)
            if declared is None:
                problems.append(f"path parameter {name} is not in the contract")
            else:
                problems += [f"path {name}={value!r}: {e.message}"
                             for e in _validator(op.contract, declared["schema"]).iter_errors(
                                 _coerce(value, declared["schema"]))]
        query = parse_qs(ex.query, keep_blank_values=True)
        declared_query = params.get("query", {})
        for name, values in query.items():
            declared = declared_query.get(name)
            if declared is None:
                problems.append(f"query parameter {name!r} is not in the contract")
                continue
            if len(values) > 1:
                problems.append(f"query parameter {name!r} is sent {len(values)} times")
            problems += [f"query {name}={values[0]!r}: {e.message}"
                         for e in _validator(op.contract, declared["schema"]).iter_errors(
                             _coerce(values[0], declared["schema"]))]
        problems += [f"required query parameter {name!r} is missing"
                     for name, declared in declared_query.items() if declared.get("required") and name not in query]
        headers = {k.lower(): v for k, v in ex.headers.items()}
        for name, rule in spec.get("headers", {}).items():
            value = headers.get(name.lower())
            if value is None:
                if rule.get("required"):
                    problems.append(f"header {name} is missing")
            elif "pattern" in rule and not re.match(rule["pattern"], value):
                problems.append(f"header {name} does not have the documented form")
        request = spec.get("request")
        body: Any = None
        if not ex.body:
            if request is not None and request.get("required", True):
                problems.append("the request has no body; the contract requires one")
        elif request is None:
            problems.append("the request has a body; the contract documents none")
        else:
            content_type = headers.get("content-type", "").split(";")[0].strip()
            if content_type != request["content_type"]:
                problems.append(f"content type {content_type or 'none'}, the contract says {request['content_type']}")
            elif content_type == "application/json":
                try:
                    body = json.loads(ex.body)
                except ValueError:
                    problems.append("the JSON body does not parse")
            else:
                body = {k: v[0] for k, v in parse_qs(ex.body.decode("utf-8", "replace"),
                                                      keep_blank_values=True).items()}
            if body is not None:
                problems += [f"request body {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                             for e in _validator(op.contract, request["schema"]).iter_errors(body)]
        for name in spec.get("requires_anywhere", []):
            if name not in query and not (isinstance(body, dict) and name in body):
                problems.append(f"{name} is neither in the query nor in the body")
        return problems

    # ------------------------------------------------------------------ the answer the lab gave
    def _response(self, op: Operation, ex: Exchange) -> list[str]:
        if ex.status in INFRASTRUCTURE:
            return []
        documented = op.spec["responses"].get(str(ex.status))
        if documented is None:
            return [f"status {ex.status} is not documented (documented: {', '.join(op.spec['responses'])})"]
        problems: list[str] = []
        headers = {k.lower(): v for k, v in ex.response_headers.items()}
        for name, schema in (documented.get("headers") or {}).items():
            if name.lower() not in headers:
                problems.append(f"answer header {name} is missing")
            else:
                problems += [f"answer header {name}: {e.message}" for e in
                             _validator(op.contract, schema).iter_errors(_coerce(headers[name.lower()], schema))]
        if ex.status == 204:
            return problems + (["a 204 answer has a body"] if ex.response_body else [])
        schema = documented.get("schema")
        if schema is None and ex.status >= 400:
            schema = (op.contract.get("error_body") or {}).get("schema")
        if schema is None and not ex.response_body:
            return problems
        try:
            body = json.loads(ex.response_body)
        except ValueError:
            return [*problems, "the answer's body is not JSON"]
        if schema is not None:
            problems += [f"answer body {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                         for e in _validator(op.contract, schema).iter_errors(body)]
        if not isinstance(body, dict):
            return problems
        for key, listed in (("code", documented.get("codes")), ("name", documented.get("names")),
                            ("error", documented.get("errors"))):
            if listed is not None and body.get(key) not in listed and str(body.get(key)) not in map(str, listed):
                problems.append(f"{key} {body.get(key)!r} is not one the contract lists for {ex.status} ({listed})")
        return problems
