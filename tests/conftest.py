import functools
import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")  # before qasync is imported: it picks its binding from this

import pytest

from tests.contracts.checker import Contracts
from tests.gui import loop, memory_keyring, no_keyring, running_lab, session_loop, window  # noqa: F401 - GUI fixtures
from wizard.dependency_warnings import filterwarnings_lines
from wizard.lab import web
from wizard.lab.web import Exchange


def pytest_configure(config: pytest.Config) -> None:
    for line in filterwarnings_lines():  # the dependencies' warnings the entry points quiet, quieted for the tests too
        config.addinivalue_line("filterwarnings", line)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("PSI_BUILD_BUNDLE") == "1":
        return
    skip = pytest.mark.skip(reason="builds the PyInstaller bundle (a minute or two): set PSI_BUILD_BUNDLE=1")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def vendor_contracts() -> Iterator[list[Exchange]]:
    """Every exchange with a lab simulator during a test is judged against the vendor's contract: the request our
    connector sent and the answer the lab gave. A test that wants to see a contract break asserts on the list and
    empties it."""
    exchanges: list[Exchange] = []
    web.listeners.append(exchanges.append)
    yield exchanges
    web.listeners.remove(exchanges.append)
    problems = [problem for exchange in exchanges for problem in contracts().problems(exchange)]
    if problems:
        pytest.fail(f"{len(problems)} exchange(s) break the vendors' contracts:\n" + "\n".join(problems[:25]))


@functools.cache
def contracts() -> Contracts:
    return Contracts()
