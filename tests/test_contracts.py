"""The contracts themselves: extracted from the vendors' documents and up to date with them, covering every route
the lab serves; the lab independent of our connectors; and the checker able to fail."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from aiohttp import web

from tests.conftest import contracts
from tests.contracts.extract import DEFAULT_SPECS
from wizard.lab.cloudlink import CloudLinkLab
from wizard.lab.redsky import RedSkyLab
from wizard.lab.web import SYSTEM, Exchange
from wizard.lab.zoom import ZoomLab

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not DEFAULT_SPECS.is_dir(), reason="the vendors' documents (shared/specs) are not beside the repo")
def test_the_contract_files_are_what_the_vendor_documents_say() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tests/contracts/extract.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_contract_names_its_sources() -> None:
    for name, contract in contracts().files.items():
        assert contract["sources"] and all(s.get("origin") for s in contract["sources"]), name
        assert contract["written"], name
        if contract["written"].startswith("by hand"):
            assert "unconfirmed" in contract, f"{name}: a hand-written contract lists what no source confirms"


@pytest.mark.parametrize("lab", [ZoomLab, CloudLinkLab, RedSkyLab])
def test_every_route_the_lab_serves_is_an_operation_of_a_contract(lab: type) -> None:
    app: web.Application = lab().app
    for route in app.router.routes():
        if route.method == "HEAD":
            continue  # aiohttp adds HEAD beside every GET by itself
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter", "")
        sample = path.replace("{", "").replace("}", "")  # one concrete path of the template
        assert contracts().find(app[SYSTEM], route.method, sample), f"{route.method} {path}"


JUDGED = ("type", "enum", "minimum", "maximum", "minLength", "maxLength", "required", "format")


def judged(schema: dict, like: dict | None = None) -> dict:
    """What of a schema the lab judges by; with `like`, only the properties `like` declares (a field the lab ignores
    is left out of both)."""
    kept = {k: schema[k] for k in JUDGED if k in schema}
    if "properties" in schema:
        names = (like or schema).get("properties", {})
        kept["properties"] = {n: judged(schema["properties"][n], (like or {}).get("properties", {}).get(n))
                              for n in names if n in schema["properties"]}
    return kept


def test_the_zoom_labs_rules_are_the_contracts() -> None:
    """The lab judges queries and bodies by the specs' rules, copied by hand because the product does not ship the
    specs: every rule it holds is the contract's, and it knows every query parameter of the operations it judges."""
    from wizard.lab import zoom

    operations = contracts().files["zoom-api.json"]["operations"]
    queries = {("GET", "users"): "users", ("DELETE", "user"): "userDelete", ("GET", "phones"): "ListSIPPhonePhones"}
    assert set(zoom.QUERIES) == set(queries)
    for endpoint, op_id in queries.items():
        declared = operations[op_id]["parameters"]["query"]
        assert {n: judged(r) for n, r in zoom.QUERIES[endpoint].items()} == \
            {n: judged(p["schema"]) for n, p in declared.items()}, op_id
    for rules, op_id, whole in ((zoom.PHONE_CREATE, "EnableSIPPhonePhones", True),
                                (zoom.PHONE_UPDATE, "UpdateSIPPhonePhones", True),
                                (zoom.USER_CREATE, "userCreate", False)):  # user_info.feature is not judged
        schema = operations[op_id]["request"]["schema"]
        assert judged(rules) == judged(schema, None if whole else rules), op_id


def test_the_lab_imports_nothing_of_the_connectors() -> None:
    """A simulator that shares a connector's constants or helpers can never disagree with it."""
    forbidden = ("wizard.connectors", "wizard.provisioning", "wizard.runbook", "wizard.probes", "wizard.store",
                 "wizard.checks.amo")  # the OS4K lab reads AMOs with a reader of its own
    for path in sorted((ROOT / "wizard/lab").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            bad = [n for n in names if n.startswith(forbidden)]
            assert not bad, f"wizard/lab/{path.name} imports {bad}"


def _exchange(method: str, path: str, status: int, body: bytes = b"", query: str = "",
              request: bytes = b"", content_type: str = "application/json", system: str = "zoom") -> Exchange:
    headers = {"Authorization": "Bearer x", "Content-Type": content_type}
    return Exchange(system, method, path, query, headers, request, status, {}, body)


@pytest.mark.parametrize(("exchange", "expected"), [
    (_exchange("GET", "/v2/phones", 200, b"{}"), "no operation"),
    (_exchange("GET", "/v2/users", 418, b"{}"), "status 418 is not documented"),
    (_exchange("GET", "/v2/users/a@example.com", 404, b'{"code": 1005, "message": "x"}'), "code 1005 is not one"),
    (_exchange("GET", "/v2/users/a@example.com", 404, b'{"message": "x"}'), "'code' is a required property"),
    (_exchange("GET", "/v2/users", 200, b'{"users": [{"email": "a@example.com"}]}', "page_size=5000"),
     "5000 is greater than the maximum of 2000"),
    (_exchange("GET", "/v2/users", 200, b'{"users": []}', "colour=blue"), "'colour' is not in the contract"),
    (_exchange("POST", "/v2/users", 201, b"{}", request=b'{"user_info": {"email": "a@b.c", "type": 1}}'),
     "'action' is a required property"),
    (_exchange("DELETE", "/v2/sip_phones/phones/p1", 204, b'{"x": 1}'), "a 204 answer has a body"),
    (_exchange("POST", "/2017-09-01/token", 409, b'{"name": "Conflict", "message": "m"}',
               request=b"grant_type=password", content_type="application/x-www-form-urlencoded",
               system="cloudlink"), "'Conflict' is not one of"),
    (_exchange("GET", "/networking-service/ipRange/company/org-1", 200, b"[]", system="redsky"),
     "required query parameter 'page' is missing"),
])
def test_the_checker_catches_what_breaks_a_contract(exchange: Exchange, expected: str) -> None:
    problems = contracts().problems(exchange)
    assert any(expected in p for p in problems), problems


def test_the_checker_passes_a_documented_exchange() -> None:
    ok = _exchange("GET", "/v2/users/a@example.com", 400, b'{"code": 1120, "message": "expired"}')
    assert contracts().problems(ok) == []
    gateway = _exchange("GET", "/v2/users", 503, b"<html>down</html>")
    assert contracts().problems(gateway) == []  # infrastructure answers no operation documents
