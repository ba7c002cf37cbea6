"""Writing the files a command produces without ever destroying what it was given: an output that is one of the
inputs is refused, and every output is written beside its place and moved there whole, so a failed write
leaves the old file as it was."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from wizard.errors import NotWritten, WizardError


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def refuse_inputs(outputs: Mapping[str, Path | None], inputs: Mapping[str, Path | None]) -> None:
    """Raises when an output names the same file as an input, or as another output. Keys name the arguments."""
    named = [(label, path) for label, path in outputs.items() if path is not None]
    for label, path in named:
        for other, given in [*inputs.items(), *((k, v) for k, v in named if k != label)]:
            if given is not None and _same(path, given):
                raise WizardError("{label} {path} is the same file as {other}; writing it would destroy that file",
                                  "choose another file for {label}", label=label, path=path, other=other)


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """The whole file or nothing: written to a temporary file in the same folder, flushed, then moved into place."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part", dir=path.parent or ".")
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):  # no such folder: the argument's fault, not the disk's
            raise WizardError("cannot write {path}: {reason}", "choose another folder", path=path,
                              reason=exc.strerror or exc) from None
        raise NotWritten("cannot write {path}: {reason}", "choose another folder", path=path,
                         reason=exc.strerror or exc) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if exc.errno == errno.EISDIR:  # the argument names a folder
            raise WizardError("cannot write {path}: {reason}", "choose another folder", path=path,
                              reason=exc.strerror or exc) from None
        raise NotWritten("cannot write {path}: {reason}; the file there before is unchanged",
                         "free space or choose another folder", path=path, reason=exc.strerror or exc) from None
