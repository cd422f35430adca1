"""CPU seconds per phase of an import, so a slow import shows where its time goes.

The phases are "reading" (files into rows), "checking" (rows against graph_schema and each
other), "matching" (rows against what the store holds) and "writing" (the store's transaction).
"""

from __future__ import annotations

import time

PHASES = ("reading", "checking", "matching", "writing")


class PhaseClock:
    """Adds the CPU time since the last lap (or since it was made) to the phase named."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(PHASES, 0.0)
        self._last = time.process_time()

    def lap(self, phase: str) -> None:
        """Charge the CPU time since the previous lap to `phase`."""
        current = time.process_time()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + current - self._last
        self._last = current

    def summary(self) -> str:
        """'reading 2.1 s, checking 5.0 s, ...' (CPU seconds)."""
        return ", ".join(f"{phase} {seconds:.1f} s" for phase, seconds in self.seconds.items())
