"""How long-running engine functions report progress and learn about cancellation
without knowing about QGIS: the caller passes a `Progress`."""
from __future__ import annotations

from typing import Callable, Optional

from .errors import Cancelled


class Progress:
    """Progress sink: `step(fraction)` reports 0..1 and raises `Cancelled` when the
    caller's `is_cancelled()` says so."""

    def __init__(
        self,
        report: Optional[Callable[[float], None]] = None,
        is_cancelled: Optional[Callable[[], bool]] = None,
    ) -> None:
        self._report = report or (lambda fraction: None)
        self._is_cancelled = is_cancelled or (lambda: False)

    def is_cancelled(self) -> bool:
        return self._is_cancelled()

    def step(self, fraction: float) -> None:
        if self._is_cancelled():
            raise Cancelled()
        self._report(min(max(fraction, 0.0), 1.0))
