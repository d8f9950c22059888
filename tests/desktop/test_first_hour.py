"""A new user's first hour, in a real QGIS desktop on a fresh profile with the
plugin's zip installed (the steps: first_hour.py). The tutorial's screenshots are the
ones this test takes (`make screenshots` writes them to docs/tutorial)."""
import json
import os
import subprocess
import sys

from tests.helpers import REPO
from tests.qgis.conftest import install_into_profile, package, unpacked  # noqa: F401 - fixtures, shared

WALK = os.path.join(REPO, "tests", "desktop", "first_hour.py")
TUTORIAL_PICTURES = ("first_run.png", "setup_from_message_bar.png", "whole_chain_dialog.png", "whole_chain_log.png",
                     "zoned_map.png")


def test_first_hour_from_the_message_bar_to_a_zoned_map(unpacked, tmp_path):  # noqa: F811 - the fixture
    environment = install_into_profile(unpacked, tmp_path / "data")
    del environment["QT_QPA_PLATFORM"]  # the desktop, on the test's (virtual) screen
    screenshots = os.environ.get("LSGHNET_TUTORIAL_SCREENSHOTS", str(tmp_path / "screenshots"))
    record = tmp_path / "record.json"
    environment.update(LSGHNET_WALK_RECORD=str(record), LSGHNET_WALK_SCREENSHOTS=screenshots,
                       LSGHNET_WALK_PYTHON=sys.executable)  # the worker's Python, as Setup would register it
    completed = subprocess.run(["qgis", "--nologo", "--noversioncheck", "--code", WALK], env=environment,
                               capture_output=True, text=True, timeout=900)
    assert record.exists(), completed.stdout[-3000:] + completed.stderr[-3000:]
    seen = json.loads(record.read_text(encoding="utf-8"))
    assert "error" not in seen, seen["error"]
    assert len(seen["setup_offered"]) == 1 and "Nothing is installed until you run it" in seen["setup_offered"][0]
    assert seen["setup_dialog"] and seen["message_bar_left"] == []
    assert seen["menu"] == ["Set up the deep-learning environment…", "Load the sample data (Ecuador)",
                            "Whole chain: factors to susceptibility zoning…", "Tutorial"]
    assert seen["groups"] == ["LSGH-Net sample data (Ecuador)"]
    assert seen["layers"] == dict.fromkeys(["landslides", "lsl", "study_mask", "slope", "cplan", "cprof", "elev",
                                            "log10_carea"], True)
    assert seen["grading_rows"] == ["slope", "cplan", "cprof", "elev", "log10_carea"]
    assert "Execution completed" in seen["chain_log"], seen["chain_log"][-3000:]
    assert {"factor_stack", "gaussian_heatmap", "training_samples", "lsghnet_susceptibility", "zones",
            "zoning_table"} <= set(seen["outputs_in_project"])
    assert seen["zone_classes"] == ["extremely low", "low", "moderate", "high", "extremely high"]
    for name in TUTORIAL_PICTURES:
        assert os.path.getsize(os.path.join(screenshots, name)) > 10000, name
