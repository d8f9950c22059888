"""How long-running engine functions report progress and learn about cancellation
without knowing about QGIS: the caller passes a `Progress`."""
from __future__ import annotations

from typing import Callable, Iterator, Optional

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

    def over(self, items: list, start: float = 0.0, end: float = 1.0) -> Iterator:
        """Each of `items` (e.g. a raster's windows), after reporting the share done,
        mapped onto `start`..`end`, and honouring cancel."""
        for done, item in enumerate(items):
            self.step(start + (end - start) * done / len(items))
            yield item

    def part(self, index: int, parts: int) -> "Progress":
        """A Progress for part `index` of `parts` equal parts of this one."""
        return self.span(index / parts, (index + 1) / parts)

    def span(self, start: float, end: float) -> "Progress":
        """A Progress for the share `start`..`end` of this one."""
        return Progress(lambda fraction: self.step(start + (end - start) * fraction), self._is_cancelled)
