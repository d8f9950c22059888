"""Shared test set-up: the repository root on sys.path (so `model` imports without
QGIS) and paths to the bundled sample data."""
import os
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

from tests.helpers import SAMPLE  # noqa: E402 - needs REPO on sys.path


@pytest.fixture
def sample():
    """Path of a file in the bundled Ecuador data."""
    return lambda name: os.path.join(SAMPLE, name)
