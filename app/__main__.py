"""`python -m app` is the same as the `fichier-client` command."""

import sys

from app.cli import main

sys.exit(main())
