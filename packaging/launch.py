"""The bundle's entry point: the same command as `psi-wizard` from pip."""

from wizard.cli import main

raise SystemExit(main())
