"""Where the read-only files shipped with the application (the `resources` folder) live."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding `resources` and `migrations`: the PyInstaller build's data folder
    (`_internal` next to the program), else the repository root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. `resource_path("postal_codes.csv.gz")`."""
    return bundle_root().joinpath("resources", *parts)
