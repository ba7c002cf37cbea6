import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("PSI_BUILD_BUNDLE") == "1":
        return
    skip = pytest.mark.skip(reason="builds the PyInstaller bundle (a minute or two): set PSI_BUILD_BUNDLE=1")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)
