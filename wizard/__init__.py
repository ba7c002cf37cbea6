"""PSI commissioning wizard: Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("psi-wizard")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
