"""`make package`: the zip follows the plugin repository's rules, installs the way
the Plugin Manager's *Install from ZIP* does and runs in `qgis_process`, and passes
the security linter the repository scans uploads with (Bandit)."""
import configparser
import json
import os
import pathlib
import subprocess
import sys
import zipfile

import numpy as np

from tests.helpers import REPO, SAMPLE, read_array
from tests.qgis.conftest import QGIS_PROCESS, install_into_profile

#: Bandit tests whose findings block a release on plugins.qgis.org: shell=True,
#: pickle, yaml.load, and a program started by a partial path.
BLOCKING = {"B602", "B301", "B403", "B506", "B607"}


def test_zip_follows_the_plugin_repository_rules(package):
    assert os.path.getsize(package) < 25 * 1024 * 1024
    with zipfile.ZipFile(package) as archive:
        names = [name for name in archive.namelist() if not name.endswith("/")]
        shipped_metadata = archive.read("lsghnet/metadata.txt").decode("utf-8")
    assert {name.split("/")[0] for name in names} == {"lsghnet"}
    inside = {name[len("lsghnet/"):] for name in names}
    for required in ("LICENSE", "metadata.txt", "__init__.py", "plugin.py", "requirements.txt", "i18n/lsghnet_de.qm",
                     "i18n/lsghnet_zh_CN.qm", "resources/icons/lsghnet.svg", "resources/help/trainmodel.md",
                     "resources/models/susceptibilitychain.model3", "resources/sample_data/ecuador/slope.tif",
                     "docs/tutorial/README.md", "docs/tutorial/zoned_map.png"):
        assert required in inside, required
    for folder in ("algorithms", "model"):
        expected = {f"{folder}/{name}" for name in os.listdir(os.path.join(REPO, folder)) if name.endswith(".py")}
        assert expected <= inside
    forbidden = [name for name in inside if name.endswith((".pyc", ".so", ".dll", ".exe", ".ts"))
                 or name.split("/")[0] in (".venv", ".build", ".git", "tests", "bench", "dist")
                 or "__pycache__" in name]
    assert forbidden == []
    assert "GNU GENERAL PUBLIC LICENSE" in pathlib.Path(REPO, "LICENSE").read_text(encoding="utf-8")
    shipped = configparser.ConfigParser(interpolation=None)
    shipped.read_string(shipped_metadata)
    general = shipped["general"]
    for key in ("name", "description", "about", "version", "qgisMinimumVersion", "qgisMaximumVersion", "author",
                "email", "tracker", "repository", "changelog"):
        assert general.get(key, "").strip(), key
    assert general["changelog"].startswith(general["version"])
    assert "Set up the deep-learning environment" in general["about"]


def test_install_from_zip_runs_in_qgis_process(unpacked, tmp_path):
    """Unpacked into a fresh profile's python/plugins (as *Install from ZIP* does),
    enabled, and run with QGIS's own Python only: no plugin path, no .venv."""
    environment = install_into_profile(unpacked, tmp_path / "profile")
    output = tmp_path / "heat.tif"
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "lsghnet:gaussianheatmap", "--",
         f"LANDSLIDES={os.path.join(SAMPLE, 'landslides.gpkg')}|layername=landslides",
         f"REFERENCE={os.path.join(SAMPLE, 'slope.tif')}", f"OUTPUT={output}"],
        env=environment, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    assert np.count_nonzero(read_array(output) == 1.0) > 100


def test_bandit_finds_nothing_that_blocks_a_release(unpacked, tmp_path):
    report = tmp_path / "bandit.json"
    subprocess.run([sys.executable, "-m", "bandit", "-q", "-r", str(unpacked), "-f", "json", "-o", str(report)],
                   timeout=300)
    results = json.loads(report.read_text())["results"]
    serious = [f"{r['test_id']} {r['filename']}:{r['line_number']} {r['issue_text']}" for r in results
               if r["issue_severity"] != "LOW" or r["test_id"] in BLOCKING]
    assert serious == []
    # The one subprocess call starts the worker's interpreter by its absolute path, never through a shell.
    assert {r["test_id"] for r in results} <= {"B404", "B603"}
