"""Lets `python -m pos_app` behave exactly like the `pos-app` command."""

import sys

from pos_app.cli import main

sys.exit(main())
