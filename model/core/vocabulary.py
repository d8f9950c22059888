"""The names and defaults the whole plugin shares, each defined here only: the
algorithms' default values, the worker's command line and the engine read them.
(Model kinds have their own home, `modelling/kinds.py`, where each is a class.)
`tests/unit/test_vocabulary.py` guards that none of them is written out elsewhere.
"""

#: Default random seed of every step with randomness (sampling, screening, training,
#: cross-validation) and of the shipped chains.
SEED = 42
#: The largest seed every library accepts.
LARGEST_SEED = 2 ** 31 - 1

#: Sample kinds, in the order of their codes in the engine's arrays.
SAMPLE_KINDS = ("negative", "positive", "heatmap")
NEGATIVE, POSITIVE, HEATMAP = range(len(SAMPLE_KINDS))
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

#: Where Keras computes, in the order of the algorithms' DEVICE choices.
DEVICES = ("auto", "cpu", "gpu")
