"""The words of chapter 7's screen that name the core's values (a check column, a person's state, a stage, a
change's state): marked for translation under one context, ProvisioningPanel, and looked up where they are shown
with `shown`, so every widget of the screen says them alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pages.wording import QT_TRANSLATE_NOOP
from wizard.checks.provisioning import Prereq, RowState, System

CONTEXT = "ProvisioningPanel"
# A check column's title on two lines: the column is then as narrow as its marks, and at 1280 px the table fits
# without scrolling sideways ("What is wrong" keeps the rest).
PREREQ_TITLES = {"zoom_user": QT_TRANSLATE_NOOP("ProvisioningPanel", "Zoom\nuser"),
                 "persi_email": QT_TRANSLATE_NOOP("ProvisioningPanel", "PERSI\nemail"),
                 "pmidx_route": QT_TRANSLATE_NOOP("ProvisioningPanel", "PMIDX\n+ route"),
                 "digest": QT_TRANSLATE_NOOP("ProvisioningPanel", "Digest"),
                 "call_log": QT_TRANSLATE_NOOP("ProvisioningPanel", "Call\nlog"),
                 "dmcallwd": "DMCALLWD",
                 "integrated": QT_TRANSLATE_NOOP("ProvisioningPanel", "PSI\nuser")}
# one sign each, explained by the legend below the table and by each cell's tooltip
MARKS = {Prereq.OK: "✔", Prereq.FIX: "➜", Prereq.WAIT: "…", Prereq.MISSING: "✘", Prereq.UNKNOWN: "?"}
MARK_MEANINGS = {Prereq.OK: QT_TRANSLATE_NOOP("ProvisioningPanel", "in place"),
                 Prereq.FIX: QT_TRANSLATE_NOOP("ProvisioningPanel", "the wave sets it"),
                 Prereq.WAIT: QT_TRANSLATE_NOOP("ProvisioningPanel", "waiting for the person"),
                 Prereq.MISSING: QT_TRANSLATE_NOOP("ProvisioningPanel", "missing"),
                 Prereq.UNKNOWN: QT_TRANSLATE_NOOP("ProvisioningPanel", "not read")}
SYSTEM_NAMES = {System.ZOOM: QT_TRANSLATE_NOOP("ProvisioningPanel", "Zoom users invited and active (§7.1.1, §7.1.2)"),
                System.PSI: QT_TRANSLATE_NOOP("ProvisioningPanel", "Added in the Zoom portal, by hand (§7.1.3.2)"),
                System.OS4K: QT_TRANSLATE_NOOP("ProvisioningPanel", "OS4K AMOs (§7.2)"),
                System.ASSISTANT: QT_TRANSLATE_NOOP("ProvisioningPanel", "Assistant import and Update all, by hand "
                                                                         "(§7.2.1)"),
                System.VERIFY: QT_TRANSLATE_NOOP("ProvisioningPanel", "Read back from Zoom and the OS4K")}
# the stepper's own short names of the five stages, numbered in the guide's order
STAGE_NAMES = {System.ZOOM: QT_TRANSLATE_NOOP("ProvisioningPanel", "1 Invitations"),
               System.PSI: QT_TRANSLATE_NOOP("ProvisioningPanel", "2 Portal rounds"),
               System.OS4K: QT_TRANSLATE_NOOP("ProvisioningPanel", "3 AMOs"),
               System.ASSISTANT: QT_TRANSLATE_NOOP("ProvisioningPanel", "4 Assistant"),
               System.VERIFY: QT_TRANSLATE_NOOP("ProvisioningPanel", "5 Read-back")}
STATE_NAMES = {RowState.INTEGRATED: QT_TRANSLATE_NOOP("ProvisioningPanel", "integrated"),
               RowState.READY: QT_TRANSLATE_NOOP("ProvisioningPanel", "ready"),
               RowState.WAITING: QT_TRANSLATE_NOOP("ProvisioningPanel", "waiting"),
               RowState.BLOCKED: QT_TRANSLATE_NOOP("ProvisioningPanel", "blocked")}
# the states a change of the wave can be in, as the plan tree shows them
OP_STATES = (QT_TRANSLATE_NOOP("ProvisioningPanel", "planned"), QT_TRANSLATE_NOOP("ProvisioningPanel", "sent"),
             QT_TRANSLATE_NOOP("ProvisioningPanel", "done"), QT_TRANSLATE_NOOP("ProvisioningPanel", "already"),
             QT_TRANSLATE_NOOP("ProvisioningPanel", "waiting"), QT_TRANSLATE_NOOP("ProvisioningPanel", "failed"))
# the states a whole wave can be in (wave records), as the panel names them
WAVE_STATES = (QT_TRANSLATE_NOOP("ProvisioningPanel", "running"), QT_TRANSLATE_NOOP("ProvisioningPanel", "paused"),
               QT_TRANSLATE_NOOP("ProvisioningPanel", "undone"), QT_TRANSLATE_NOOP("ProvisioningPanel", "superseded"))
FILTERS = (QT_TRANSLATE_NOOP("ProvisioningPanel", "Everyone"), QT_TRANSLATE_NOOP("ProvisioningPanel", "Only problems"),
           QT_TRANSLATE_NOOP("ProvisioningPanel", "Only ready"),
           QT_TRANSLATE_NOOP("ProvisioningPanel", "Waiting for activation"),
           QT_TRANSLATE_NOOP("ProvisioningPanel", "Integrated"))


def shown(text: str) -> str:
    """A text marked above, in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)
