"""The CNN-2D input: each sample's factor classes as an image (method section 4,
after Wang, Fang & Hong 2019), one row per factor (in catalogue order), one column
per class, zero-padded on the right to the largest class count; one channel, or
three with the coordinate channels below.

Two encodings of a row (`ENCODINGS`):
- `onehot` (the paper's): class c sets column c - 1 alone;
- `ordinal` ("thermometer"): class c sets columns 0 .. c - 1, for factors whose
  classes are ordered (graded from a continuous factor: slope class 3 lies between 2
  and 4); categorical factors (geology, land use) stay one-hot. Neighbouring classes
  then share most of their row, so a class with few samples borrows from its
  neighbours (docs/evaluation.md).

A sample with classes (2, 1) of factors with 3 and 2 classes is, one-hot and ordinal:

    [[0, 1, 0],      [[1, 1, 0],
     [1, 0, 0]]       [1, 0, 0]]

With `coordinate_channels` (the default preset's), two constant channels follow the
classes: each cell's row and column, scaled to -1 .. 1 (CoordConv, Liu et al. 2018,
"An intriguing failing of convolutional neural networks and the CoordConv
solution"). A convolution is the same at every position and the network pools
neighbouring rows together, so without them the network can hardly tell which factor
a pattern came from: on Ecuador's spatial folds the default ignored plan curvature,
the strongest single factor, and leaned on the factors in the first and last rows,
which the image's edges make recognisable (docs/evaluation.md).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..factors.grading import CATEGORICAL

ENCODINGS = ("onehot", "ordinal")
LAYOUT = ("one row per factor (catalogue order), one column per class (class c in column c - 1; on the rows the "
          "'ordinal' list marks, columns 0 .. c - 1), zero-padded to the largest class count, one channel; with "
          "'coordinate_channels', two more: the row and the column scaled to -1 .. 1")


def encode(classes: np.ndarray, class_counts: list, ordinal: list | None = None,
           coordinate_channels: bool = False) -> np.ndarray:
    """(samples, factors) class codes 1..k -> (samples, factors, max k, 1) float32;
    the factors `ordinal` marks (None: none) as thermometer rows; with `coordinate_channels`,
    (samples, factors, max k, 3): the row and column coordinates in channels 1 and 2."""
    classes = np.asarray(classes, dtype=np.int64)
    samples, factors = classes.shape
    width = max(class_counts)
    image = np.zeros((samples, factors, width, 1), dtype=np.float32)
    rows = np.broadcast_to(np.arange(factors), classes.shape)
    image[np.arange(samples)[:, None], rows, classes - 1, 0] = 1.0
    if ordinal is not None and any(ordinal):
        marked = np.flatnonzero(ordinal)
        image[:, marked] = (np.arange(1, width + 1) <= classes[:, marked, None])[..., None]
    if coordinate_channels:
        row, column = np.meshgrid(np.linspace(-1, 1, factors), np.linspace(-1, 1, width), indexing="ij")
        grid = np.broadcast_to(np.stack([row, column], axis=-1).astype(np.float32), (samples, factors, width, 2))
        image = np.concatenate([image, grid], axis=-1)
    return image


@dataclass(frozen=True)
class FactorClasses:
    """The graded factors as an encoding sees them: each one's class count and
    whether its classes are ordered (graded from a continuous raster; a categorical
    factor's are not). `ordered` None: all are."""

    counts: list
    ordered: list | None = None

    @classmethod
    def of(cls, gradings: list) -> "FactorClasses":
        """Of a stack's gradings (factors.grading.FactorGrading)."""
        return cls([g.classes for g in gradings], [g.kind != CATEGORICAL for g in gradings])


@dataclass(frozen=True)
class Encoding:
    """How a model turns class codes into its input: the factors' class counts and,
    per factor, whether its row is ordinal (None: all one-hot, as in model files
    before format version 4); whether the coordinate channels follow (not in model
    files before format version 5)."""

    class_counts: list
    ordinal: list | None = None
    coordinate_channels: bool = False

    @classmethod
    def of(cls, factors: FactorClasses, encoding: str, coordinate_channels: bool = False) -> "Encoding":
        """The `encoding` (one of ENCODINGS) of these factors: ordinal rows only for
        factors with ordered classes."""
        ordered = [True] * len(factors.counts) if factors.ordered is None else factors.ordered
        return cls(list(factors.counts), [encoding == "ordinal" and bool(flag) for flag in ordered],
                   coordinate_channels)

    @classmethod
    def from_manifest(cls, entry: dict) -> "Encoding":
        return cls(entry["class_counts"], entry.get("ordinal"), entry.get("coordinate_channels", False))

    @property
    def onehot(self) -> "Encoding":
        """The same factors one-hot (the GLM's dummy variables)."""
        return Encoding(self.class_counts)

    def image(self, classes: np.ndarray) -> np.ndarray:
        return encode(classes, self.class_counts, self.ordinal, self.coordinate_channels)

    def manifest(self) -> dict:
        return {"layout": LAYOUT, "class_counts": self.class_counts, "ordinal": self.ordinal,
                "coordinate_channels": self.coordinate_channels}
