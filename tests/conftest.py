"""Shared test set-up: the repository root on sys.path (so `model` imports without
QGIS) and paths to the bundled sample data."""
import os
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(REPO, "resources", "sample_data", "ecuador")
if REPO not in sys.path:
    sys.path.insert(0, REPO)


@pytest.fixture
def sample():
    """Path of a file in the bundled Ecuador data."""
    return lambda name: os.path.join(SAMPLE, name)
