"""The names and defaults the whole plugin shares, each defined here only: the
algorithms' default values, the worker's command line and the engine read them.
(Model kinds have their own home, `modelling/kinds.py`, where each is a class.)
`tests/unit/test_vocabulary.py` guards that none of them is written out elsewhere.
"""
from enum import Enum


class Choice(str, Enum):
    """A name from a fixed set, equal to its text (`Device.CPU == "cpu"`, also in
    comparisons with numpy arrays and in JSON), and str() is the text. Where the text
    itself is stored (numpy arrays, Qt's attributes, which refuse the member), use
    `.value`; the tuples of the values (SAMPLE_KINDS, DEVICES ...) are plain text."""

    def __str__(self) -> str:
        return self.value

    @property
    def code(self) -> int:
        """Its position in the set: what the engine's integer arrays hold."""
        return list(type(self)).index(self)


#: Default random seed of every step with randomness (sampling, screening, training,
#: cross-validation) and of the shipped chains.
SEED = 42
#: The largest seed every library accepts.
LARGEST_SEED = 2 ** 31 - 1

class SampleKind(Choice):
    """Sample kinds, in the order of their codes in the engine's arrays."""

    NEGATIVE = "negative"
    POSITIVE = "positive"
    HEATMAP = "heatmap"


SAMPLE_KINDS = tuple(kind.value for kind in SampleKind)
#: Their codes in the engine's integer arrays.
NEGATIVE, POSITIVE, HEATMAP = (kind.code for kind in SampleKind)
#: Which part of the samples a sample belongs to.
SPLITS = ("train", "test")

#: The heatmap's value intervals (method section 4): the inner edges, the labels of
#: the five intervals, and the three whose cells become soft samples.
INTERVAL_EDGES = (0.2, 0.4, 0.6, 0.8)
INTERVAL_LABELS = ("0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1")
SOFT_INTERVALS = tuple(zip(INTERVAL_EDGES[:-1], INTERVAL_EDGES[1:]))

#: How cross-validation draws its folds: at random, or as k-means blocks of the
#: samples' coordinates.
PARTITIONS = ("random", "spatial")

#: Nodata of the float rasters the plugin writes (heatmap, susceptibility).
NODATA = -9999.0

class Device(Choice):
    """Where Keras computes, in the order of the algorithms' DEVICE choices."""

    AUTO = "auto"
    CPU = "cpu"
    GPU = "gpu"


DEVICES = tuple(device.value for device in Device)
