"""The seeded random source of the demo file: the same seed gives the same draws."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

T = TypeVar("T")
Weighted = tuple[tuple[Any, ...], tuple[int, ...]]


def weights(*pairs: tuple[Any, int]) -> Weighted:
    """Values and cumulative weights."""
    values, counts = zip(*pairs, strict=True)
    return values, tuple(itertools.accumulate(counts))


class Dice:
    """A seeded random source with the few draws we need, cheaper than `random.choice`."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self.random = self._rng.random
        self._bits = self._rng.getrandbits

    def chance(self, p: float) -> bool:
        return self.random() < p

    def one(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.random() * (high - low + 1))

    def pick(self, table: Weighted) -> Any:
        values, cumulative = table
        return values[bisect.bisect(cumulative, self.random() * cumulative[-1])]

    def digits(self, n: int) -> str:
        return f"{int(self.random() * 10 ** n):0{n}d}"

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self._rng.sample(seq, k)

    def uuid4(self) -> str:
        h = f"{self._bits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def stamp(self, day: int) -> datetime:
        """A time in office hours on that day (an ordinal)."""
        return datetime.fromordinal(day).replace(hour=self.between(8, 18),
                                                 minute=self.between(0, 59))
