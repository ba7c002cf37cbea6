"""Errors a user can cause, each carrying what went wrong and what to do about it."""


class WizardError(Exception):
    """A problem the user can act on. `str()` gives one line: what happened — what to do."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.problem} — {self.fix}" if self.fix else self.problem
