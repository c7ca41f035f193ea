"""Entry point of the PyInstaller build: the same `fichier-client` command as the pip install."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
