"""Shared test set-up: the repository root on sys.path (so `model` imports without
QGIS), the Keras backend, and paths to the bundled sample data."""
import os
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

from model.modelling.device import choose_backend  # noqa: E402 - needs REPO on sys.path
from tests.helpers import SAMPLE  # noqa: E402

# In-process Keras on the backend the worker would choose (KERAS_BACKEND, else the
# first installed), before any test imports Keras.
choose_backend()


def pytest_configure(config):
    config.addinivalue_line("markers", "worker: the Keras worker or its environment on this platform's Python and "
                                       "backends (what differs between Debian releases; `make worker-test`)")
    config.addinivalue_line("markers", "once: checks the plugin's own rules, which no QGIS version changes; the "
                                       "host leg runs it, the QGIS matrix's legs do not (`make matrix-leg`)")


@pytest.fixture
def sample():
    """Path of a file in the bundled Ecuador data."""
    return lambda name: os.path.join(SAMPLE, name)
