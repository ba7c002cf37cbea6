"""Which check automates which step: the registry the engine looks checks up in."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from wizard.checks.result import CheckResult
from wizard.checks.site import check_site
from wizard.checks.versions import MINIMUMS, check_version
from wizard.errors import WizardError


@dataclass(frozen=True)
class CheckContext:
    site: Mapping[str, str]
    inputs: Mapping[str, str]


CheckFn = Callable[[CheckContext], Awaitable[CheckResult]]


@dataclass(frozen=True)
class RegisteredCheck:
    run: CheckFn
    needs_network: bool = False
    required_inputs: tuple[str, ...] = ()


@dataclass
class CheckRegistry:
    checks: dict[str, RegisteredCheck] = field(default_factory=dict)

    def register(self, check_id: str, run: CheckFn, *, needs_network: bool = False,
                 required_inputs: tuple[str, ...] = ()) -> None:
        self.checks[check_id] = RegisteredCheck(run, needs_network, required_inputs)

    def get(self, check_id: str | None) -> RegisteredCheck | None:
        return self.checks.get(check_id) if check_id else None


def _offline_check(fn: Callable[[CheckContext], CheckResult]) -> CheckFn:
    async def run(ctx: CheckContext) -> CheckResult:
        return fn(ctx)
    return run


def _version_check(component: str) -> CheckFn:
    def run(ctx: CheckContext) -> CheckResult:
        observed = ctx.inputs.get("observed", "").strip()
        if not observed:
            raise WizardError("no version entered", "type the version the system shows, then run the check")
        return check_version(component, observed)
    return _offline_check(run)


def default_registry() -> CheckRegistry:
    registry = CheckRegistry()
    registry.register("site.complete", _offline_check(lambda ctx: check_site(ctx.site)))
    for component in MINIMUMS:
        registry.register(f"version.{component}", _version_check(component), required_inputs=("observed",))
    return registry

