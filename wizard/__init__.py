"""PSI commissioning wizard: Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC."""

from functools import cache


@cache
def version() -> str:
    """The installed package's version (read lazily: package metadata is slow to scan at start-up)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("psi-wizard")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
