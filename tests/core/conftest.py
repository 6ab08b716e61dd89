"""Hypothesis profiles for the core tests: fast by default, HYPOTHESIS_PROFILE=thorough for more."""

from __future__ import annotations

import os

from hypothesis import settings

# No deadline: the first example of a test pays one-off costs (phone metadata, the QR encoder's
# tables) that a loaded CI machine can stretch past any fixed limit; the suite's time is watched.
settings.register_profile("fast", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=2_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
