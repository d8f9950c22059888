"""`make demo` runs headless and leaves its outputs where it says."""
import subprocess

import numpy as np

from tests.helpers import REPO, clean_environment, read_array


def test_make_demo(tmp_path):
    completed = subprocess.run(["make", "-C", REPO, "demo", f"DEMO_OUTPUT={tmp_path}"],
                               capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
                               env=clean_environment())
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert f"Demo outputs in {tmp_path}" in completed.stdout
    heat = read_array(tmp_path / "heatmap.tif")
    assert heat.shape == (415, 383)
    assert np.count_nonzero(heat == 1.0) == 175
