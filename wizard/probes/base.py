"""What every probe shares: the result shape of the checks, and the one failure that is not a finding."""

from __future__ import annotations

import errno

from wizard.errors import WizardError


class ProbeCannotRun(WizardError):
    """The probe could not even start (no route from this laptop, no network at all): CLI exit code 3."""


NO_ROUTE = {errno.ENETUNREACH, errno.ENETDOWN}


def parse_host_port(text: str, default_port: int | None = None) -> tuple[str, int]:
    """'host:port', '[v6]:port', or a bare host when a default port is given."""
    value = text.strip()
    if value.startswith("["):
        host, closed, rest = value[1:].partition("]")
        if not closed or (rest and not rest.startswith(":")):
            raise WizardError("'{text}' is not [IPv6 address]:port", "close the address with ']' before the port",
                              text=text)
        port_text = rest.removeprefix(":")
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
    else:
        host, port_text = value, ""
    if not port_text:
        if default_port is None:
            raise WizardError("'{text}' names no port", "write it as host:port", text=text)
        return host, default_port
    if not (port_text.isascii() and port_text.isdigit()) or not 1 <= int(port_text) <= 65535:
        raise WizardError("'{text}': '{port_text}' is not a port", "use a number from 1 to 65535", text=text,
                          port_text=port_text)
    return host, int(port_text)
