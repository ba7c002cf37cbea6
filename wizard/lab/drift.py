"""A commissioned lab site as time would change it, for the demo of a re-check: someone lowers the SBC's maximum
registration expiry, its certificate nears its end, two people leave and are deactivated in Zoom, and a PBX
change takes DMCALLWD off one station."""

from __future__ import annotations

from wizard.lab.run import RunningLab

DRIFT_EXPIRY = 3600  # seconds: what the SBC's maximum registration expiry was lowered to
DRIFT_CERT_DAYS = 5  # days the SBC's certificate still has


def drift(lab: RunningLab, integrated: list[str], stations: list[str]) -> list[str]:
    """Applies the drifts to the lab (`integrated`: emails of integrated people, `stations`: their stations) and
    says what it did, in the words of the re-check that should find it."""
    done = []
    lab.sbc_lab.state.max_expires = DRIFT_EXPIRY
    done.append(f"SBC maximum registration expiry lowered to {DRIFT_EXPIRY} s")
    lab.sbc_lab.reissue(DRIFT_CERT_DAYS)
    done.append(f"SBC certificate reissued with {DRIFT_CERT_DAYS} days left")
    for email in integrated[:2]:
        lab.zoom_lab.state.users[email.lower()]["status"] = "inactive"
        done.append(f"Zoom user {email} deactivated")
    if stations:
        lab.os4k_lab.model.stations[stations[0]].dmcallwd = False
        done.append(f"station {stations[0]}: DMCALLWD removed")
    return done
