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
