"""The CNN-2D input: each sample's factor classes as a one-hot image (method
section 4, after Wang, Fang & Hong 2019).

Layout: one row per factor (in catalogue order), one column per class (class c in
column c - 1), zero-padded on the right to the largest class count; one channel.
A sample with classes (2, 1) of factors with 3 and 2 classes is

    [[0, 1, 0],
     [1, 0, 0]]
"""
from __future__ import annotations

import numpy as np


def encode(classes: np.ndarray, class_counts: list) -> np.ndarray:
    """(samples, factors) class codes 1..k -> (samples, factors, max k, 1) float32."""
    classes = np.asarray(classes, dtype=np.int64)
    samples, factors = classes.shape
    width = max(class_counts)
    image = np.zeros((samples, factors, width, 1), dtype=np.float32)
    rows = np.broadcast_to(np.arange(factors), classes.shape)
    image[np.arange(samples)[:, None], rows, classes - 1, 0] = 1.0
    return image
