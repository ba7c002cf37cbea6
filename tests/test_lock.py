"""The same install on every machine: both README commands install from the lock files, every package pinned with
its hashes, the pins inside pyproject.toml's ranges, and the environment the tests run in is the locked one."""

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
APP_LOCK = ROOT / "packaging" / "requirements.lock"
TEST_LOCK = ROOT / "packaging" / "requirements-test.lock"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$")


def pins(lock: Path) -> dict[str, tuple[str, Requirement, int]]:
    """Each locked package: its version, the pin as a requirement (markers included), how many hashes it has."""
    found: dict[str, tuple[str, Requirement, int]] = {}
    current = ""
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            marker = f" ; {match['marker']}" if match["marker"] else ""
            current = canonicalize_name(match["name"])
            found[current] = (match["version"], Requirement(f"{match['name']}=={match['version']}{marker}"), 0)
        elif line.strip().startswith("--hash=sha256:") and current:
            version, requirement, hashes = found[current]
            found[current] = (version, requirement, hashes + 1)
    return found


def declared() -> tuple[list[Requirement], list[Requirement], list[Requirement]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return ([Requirement(r) for r in project["project"]["dependencies"]],
            [Requirement(r) for r in project["project"]["optional-dependencies"]["test"]],
            [Requirement(r) for r in project["build-system"]["requires"]])


@pytest.mark.parametrize("lock", [APP_LOCK, TEST_LOCK], ids=["app", "test"])
def test_every_pin_is_hashed_and_inside_pyprojects_range(lock: Path) -> None:
    runtime, test, build = declared()
    locked = pins(lock)
    wanted = runtime + build + (test if lock == TEST_LOCK else [])
    assert len(locked) > 30
    assert [name for name, (_, _, hashes) in locked.items() if hashes == 0] == []
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement} is not in {lock.name}: run bash packaging/lock.sh"
        assert requirement.specifier.contains(locked[name][0], prereleases=True), \
            f"{lock.name} pins {name}=={locked[name][0]}, outside pyproject.toml's {requirement}"


def test_the_test_lock_holds_the_app_lock() -> None:
    """The tests run the versions the engineer gets."""
    app, test = pins(APP_LOCK), pins(TEST_LOCK)
    assert {n: v for n, (v, _, _) in app.items()} == {n: test[n][0] for n in app if n in test}
    assert set(app) <= set(test)


def test_the_running_environment_is_the_locked_one() -> None:
    """Every package the test lock pins for this platform is installed at exactly that version."""
    environment = default_environment()
    off = []
    for name, (version, requirement, _) in pins(TEST_LOCK).items():
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            off.append(f"{name} is not installed")
            continue
        if canonicalize_name(installed) != canonicalize_name(version) and installed != version:
            off.append(f"{name} {installed} installed, {version} locked")
    assert off == [], f"{sys.prefix} is not the locked environment: {off}"


def test_both_readme_commands_install_from_the_lock_and_ci_runs_the_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", setup, re.S)
    assert len(commands) == 2, commands
    run, test = commands
    assert "-r packaging/requirements.lock" in run and run.endswith("psi-wizard --demo")
    assert "-r packaging/requirements-test.lock" in test and "pytest" in test
    assert all("--require-hashes" in c and "--no-deps" in c for c in commands)
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
