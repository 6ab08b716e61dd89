"""The bundle's entry point: the `pos-app` command, exactly as installed from source."""

import sys

from pos_app.cli import main

sys.exit(main())
