"""`make demo` runs the whole chain headless and leaves its outputs where it says."""
import subprocess

import numpy as np
import pytest

from tests.helpers import REPO, clean_environment, read_array


# The chain it runs runs through qgis_process on every leg of the matrix
# (test_whole_chain_through_qgis_process); `make demo` is the README's set-up on the host.
@pytest.mark.once
def test_make_demo(tmp_path):
    completed = subprocess.run(["make", "-C", REPO, "demo", f"DEMO_OUTPUT={tmp_path}", "DEMO_EPOCHS=3"],
                               capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL,
                               env=clean_environment())
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert f"Demo outputs in {tmp_path}" in completed.stdout
    assert "Test metrics" in completed.stdout and "extremely high" in completed.stdout
    for name in ("stack.tif", "heatmap.tif", "samples.gpkg", "model.lsghnet", "metrics.gpkg", "training_report.html",
                 "susceptibility.tif", "uncertainty.tif", "zones.tif", "zoning.gpkg", "zoning_report.html",
                 "susceptibility.png", "zones.png"):
        assert (tmp_path / name).stat().st_size > 0, name
    heat = read_array(tmp_path / "heatmap.tif")
    assert heat.shape == (415, 383) and np.count_nonzero(heat == 1.0) > 100
    assert set(np.unique(read_array(tmp_path / "zones.tif")).tolist()) == {0, 1, 2, 3, 4, 5}
