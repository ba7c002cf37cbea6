"""How strong a passphrase for a signing identity is, said in the words the identity dialog shows."""

from __future__ import annotations

MINIMUM = 8  # what the identity's PKCS#12 file takes (wizard.report.identity refuses shorter)


def passphrase_strength(text: str) -> str:
    """'too short', 'weak', 'fair' or 'strong': length counts most, then the kinds of characters it mixes."""
    if len(text) < MINIMUM:
        return "too short"
    kinds = sum((any(c.islower() for c in text), any(c.isupper() for c in text), any(c.isdigit() for c in text),
                 any(not c.isalnum() for c in text)))
    if len(text) >= 16 or (len(text) >= 12 and kinds >= 3):
        return "strong"
    if len(text) >= 10 and kinds >= 2:
        return "fair"
    return "weak"
