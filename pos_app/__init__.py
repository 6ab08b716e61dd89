"""pos-app: a desktop point-of-sale utility for fiscal receipts through a cloud cashbox."""

__version__ = "0.1.0"
APP_NAME = "pos-app"
