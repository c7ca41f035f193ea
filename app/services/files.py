"""Writing a file the user asked for, all or nothing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.services.errors import cannot_write


@contextmanager
def replacing(out: Path, what: str) -> Iterator[Path]:
    """A partial file beside `out` to write into; renamed over `out` only when the writing
    succeeds, removed otherwise (a full disk or a cancel leaves no half-written file). An
    OSError becomes the French "cannot write `what`" message."""
    partial = out.with_name(f".{out.name}.partiel{out.suffix}")
    try:
        yield partial
        os.replace(partial, out)
    except OSError as exc:
        raise cannot_write(what, out, exc) from exc
    finally:
        partial.unlink(missing_ok=True)
