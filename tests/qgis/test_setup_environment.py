"""lsghnet:setupenvironment end to end, as a new user runs it: the plugin installed
from its zip into a fresh profile (no .venv anywhere), the set-up run through
qgis_process, then a model trained with the environment it made. Needs the package
index (pip), as the set-up itself does."""
import configparser
import os
import shutil
import subprocess

import pytest

from tests.qgis.conftest import QGIS_PROCESS, install_into_profile

PROFILE = ("QGIS", "QGIS3", "profiles", "default")


def registered_python(data_home):
    """The worker interpreter the profile's settings hold, or None."""
    settings = configparser.ConfigParser(interpolation=None, strict=False)
    settings.read(os.path.join(data_home, *PROFILE, "QGIS", "QGIS3.ini"), encoding="utf-8")
    return next((value for section in settings.sections() for key, value in settings[section].items()
                 if key.endswith("lsghnet_python")), None)


def run(environment, algorithm, *arguments):
    return subprocess.run([QGIS_PROCESS, "run", f"lsghnet:{algorithm}", "--", *arguments], env=environment,
                          capture_output=True, text=True, timeout=1200)


def test_set_up_then_train_in_a_fresh_profile(unpacked, ecuador, tmp_path):
    data_home = tmp_path / "data"
    environment = install_into_profile(unpacked, data_home)
    folder = os.path.join(data_home, *PROFILE, "lsghnet", "worker-environment")
    python = os.path.join(folder, "bin", "python")

    completed = run(environment, "setupenvironment")
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert "Collecting keras==3.15.1" in completed.stdout or "Requirement already satisfied" in completed.stdout
    assert f"PYTHON:\t{python}" in completed.stdout
    assert os.access(python, os.X_OK) and not os.path.exists(folder + ".partial")
    assert registered_python(data_home) == python

    model = tmp_path / "model.lsghnet"
    trained = run(environment, "trainmodel", f"SAMPLES={ecuador['samples']}", f"FACTORS={ecuador['stack']}",
                  "EPOCHS=2", "PATIENCE=2", "MEMBERS=1", f"OUTPUT_MODEL={model}", f"OUTPUT_METRICS={tmp_path / 'm.gpkg'}",
                  f"OUTPUT_REPORT={tmp_path / 'r.html'}")
    assert trained.returncode == 0, trained.stdout[-3000:] + trained.stderr[-3000:]
    assert model.stat().st_size > 0


def test_a_failed_set_up_registers_nothing(unpacked, tmp_path):
    data_home = tmp_path / "data"
    environment = install_into_profile(unpacked, data_home)
    completed = run(environment, "setupenvironment", "BASE_PYTHON=/nonexistent/bin/python3")
    assert completed.returncode != 0
    assert "The base Python '/nonexistent/bin/python3' does not exist" in completed.stdout + completed.stderr
    assert not os.path.exists(os.path.join(data_home, *PROFILE, "lsghnet"))
    assert registered_python(data_home) is None


def test_training_without_an_environment_points_to_the_set_up(unpacked, ecuador, tmp_path):
    """No environment, no .venv, and no python3 with Keras on the PATH."""
    environment = install_into_profile(unpacked, tmp_path / "data")
    environment["PATH"] = "/nonexistent"
    completed = run(environment, "trainmodel", f"SAMPLES={ecuador['samples']}", f"FACTORS={ecuador['stack']}",
                    f"OUTPUT_MODEL={tmp_path / 'm.lsghnet'}", f"OUTPUT_METRICS={tmp_path / 'm.gpkg'}",
                    f"OUTPUT_REPORT={tmp_path / 'r.html'}")
    assert completed.returncode != 0 and not (tmp_path / "m.lsghnet").exists()
    assert "Run 'Setup > Set up the deep-learning environment'" in completed.stdout + completed.stderr


def test_a_full_disk_is_refused_before_any_work(run, monkeypatch, tmp_path):
    from qgis.core import QgsProcessingException

    from lsghnet.algorithms import setup_environment

    real = shutil.disk_usage
    monkeypatch.setattr(setup_environment.shutil, "disk_usage", lambda path: real(path)._replace(free=512 * 1024 ** 2))
    with pytest.raises(QgsProcessingException, match=r"^Only 0\.5 GB are free on the disk holding '.*'; the "
                                                     r"environment needs about 3 GB"):
        run("setupenvironment", {"FOLDER": str(tmp_path / "env")})
    assert os.listdir(tmp_path) == []


def test_the_worker_ignores_qgis_python_settings(trained, ecuador, monkeypatch, tmp_path):
    """On Windows QGIS sets PYTHONHOME to its own Python, which stops any other
    Python from starting; the worker must not inherit it (nor PYTHONPATH)."""
    from tests.qgis.conftest import run_algorithm

    monkeypatch.setenv("PYTHONHOME", str(tmp_path / "qgis-python"))
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "qgis-python" / "lib"))
    result, _ = run_algorithm("evaluatemodels", {"MODELS": [trained["rf"][0]["OUTPUT_MODEL"]],
                                                 "SAMPLES": ecuador["samples"], "OUTPUT_METRICS": "TEMPORARY_OUTPUT",
                                                 "OUTPUT_REPORT": str(tmp_path / "r.html")})
    assert os.path.getsize(tmp_path / "r.html") > 0
