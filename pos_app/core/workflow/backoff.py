"""Capped exponential backoff with full jitter: how long to wait before the next try.

Full jitter (a uniform draw below the exponential ceiling) spreads the shop's tills apart when
a service comes back, instead of having all of them retry at the same moment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 60.0
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def next_delay(self) -> float:
        """The pause after one more failure."""
        ceiling = min(self.cap, self.base * 2.0**self.failures)
        self.failures += 1
        # At least a tenth of the base: a zero draw would spin against a dead service.
        return max(self.base / 10, self.rng.uniform(0, ceiling))

    def reset(self) -> None:
        self.failures = 0


@dataclass(frozen=True)
class PollSchedule:
    """When something not ready yet is asked about again: at once, then after pauses that
    start at ``first`` and double (jittered, as :class:`Backoff`) up to ``cap``."""

    first: float
    cap: float

    def pauses(self, rng: random.Random | None = None) -> Backoff:
        """A fresh run of pauses: the first :meth:`Backoff.next_delay` is at most ``first``."""
        return Backoff(base=self.first, cap=self.cap, rng=rng or random.Random())  # noqa: S311 - jitter
