"""A new user's first hour, in a real QGIS desktop on a fresh profile with the
plugin's zip installed (the steps: first_hour.py). The tutorial's screenshots are the
ones this test takes (`make screenshots` writes them to docs/tutorial)."""
import json
import os
import subprocess
import sys

import pytest

from tests.helpers import REPO
from tests.qgis.conftest import install_into_profile, package, unpacked  # noqa: F401 - fixtures, shared

WALK = os.path.join(REPO, "tests", "desktop", "first_hour.py")
TUTORIAL_PICTURES = ("first_run.png", "setup_from_message_bar.png", "whole_chain_dialog.png", "whole_chain_log.png",
                     "zoned_map.png")


def walk(unpacked, tmp_path, screenshots, locale=None):  # noqa: F811 - the fixture
    """Run first_hour.py in a real QGIS on a fresh profile; what it saw."""
    environment = install_into_profile(unpacked, tmp_path / "data")
    del environment["QT_QPA_PLATFORM"]  # the desktop, on the test's (virtual) screen
    if locale:  # as Settings > Options > General > Override system locale sets it
        settings = tmp_path / "data" / "QGIS" / "QGIS3" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        with open(settings, "a", encoding="utf-8") as handle:
            handle.write(f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\n")
        environment["LSGHNET_WALK_LOCALE"] = locale
    record = tmp_path / "record.json"
    environment.update(LSGHNET_WALK_RECORD=str(record), LSGHNET_WALK_SCREENSHOTS=screenshots,
                       LSGHNET_WALK_PYTHON=sys.executable)  # the worker's Python, as Setup would register it
    completed = subprocess.run(["qgis", "--nologo", "--noversioncheck", "--code", WALK], env=environment,
                               capture_output=True, text=True, timeout=900)
    assert record.exists(), completed.stdout[-3000:] + completed.stderr[-3000:]
    seen = json.loads(record.read_text(encoding="utf-8"))
    assert "error" not in seen, seen["error"]
    return seen


def test_first_hour_from_the_message_bar_to_a_zoned_map(unpacked, tmp_path):  # noqa: F811 - the fixture
    screenshots = os.environ.get("LSGHNET_TUTORIAL_SCREENSHOTS", str(tmp_path / "screenshots"))
    seen = walk(unpacked, tmp_path, screenshots)
    assert len(seen["setup_offered"]) == 1 and "Nothing is installed until you run it" in seen["setup_offered"][0]
    # The offer is gone once taken (QGIS may show messages of its own, e.g. 3.40's font download).
    assert seen["setup_dialog"] and not [text for text in seen["message_bar_left"] if "one-time set-up" in text]
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


IN_LANGUAGE = {
    "zh-Hans": {"bar": "训练和制图需要一次性配置", "menu": "加载示例数据（厄瓜多尔）", "chain": "完整流程：从因子到易发性分区",
                "training": "训练易发性模型", "help": ("作用", "如何选择")},
    "de": {"bar": "Training und Kartierung brauchen eine einmalige Einrichtung", "menu": "Beispieldaten laden (Ecuador)",
           "chain": "Gesamter Ablauf: von Faktoren zu Suszeptibilitätszonen", "training": "Suszeptibilitätsmodell trainieren",
           "help": ("Was es tut", "Was Sie wählen")},
}


@pytest.mark.parametrize("locale", IN_LANGUAGE)
def test_the_plugin_speaks_the_language_qgis_is_set_to(unpacked, tmp_path, locale):  # noqa: F811 - the fixture
    """QGIS set to Simplified Chinese (QGIS says zh-Hans) or German: the message bar,
    menu, dialogs and help are in that language (screenshots beside the README's)."""
    expected = IN_LANGUAGE[locale]
    seen = walk(unpacked, tmp_path, os.environ.get("LSGHNET_SCREENSHOTS", str(tmp_path / "screenshots")), locale)
    assert expected["bar"] in " ".join(seen["setup_offered"])
    assert expected["menu"] in seen["menu"]
    # The title: the algorithm's name (QGIS 3.40 and later put the group before it).
    assert expected["chain"] in seen["chain_title"] and expected["training"] in seen["training_title"]
    for words in expected["help"]:
        assert words in seen["training_help"]
