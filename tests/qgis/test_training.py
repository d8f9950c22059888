"""trainmodel and evaluatemodels through processing.run and qgis_process.bin; the
worker's failure paths as QGIS sees them."""
import errno
import os
import stat

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from model.modelling import modelfile
from tests.qgis.conftest import run_algorithm, train
from tests.qgis.ecuador import LANDSLIDES


def rows(path):
    """A table's attribute rows, NULL (an undefined metric) as None: QGIS 3.44's NULL
    values do not compare equal to each other."""
    def value(attribute):
        return None if attribute is None or getattr(attribute, "isNull", lambda: False)() else attribute

    return [[value(a) for a in feature.attributes()[1:]] for feature in QgsVectorLayer(path, "t", "ogr").getFeatures()]


class TestTrainModel:
    def test_outputs_share_the_users_permissions(self, trained):
        """The model and report (written by the engine) and the metrics GeoPackage
        (written by QGIS) get the same mode, that of any new file of the user."""
        _, _, folder = trained["lsghnet"]
        umask = os.umask(0o022)
        os.umask(umask)
        modes = {name: stat.S_IMODE(os.stat(folder / name).st_mode)
                 for name in ("model.lsghnet", "metrics.gpkg", "report.html")}
        assert set(modes.values()) == {0o666 & ~umask}, modes

    def test_network(self, trained):
        result, log, folder = trained["lsghnet"]
        assert os.path.getsize(result["OUTPUT_MODEL"]) > 10000
        table = rows(result["OUTPUT_METRICS"])
        assert [row[:2] for row in table] == [["lsghnet", "all test samples, binarized at 0.5"],
                                              ["lsghnet", "hard test samples only"]]
        assert table[0][2] > table[1][2] > 0  # all test samples outnumber the hard ones
        assert all(0 <= value <= 1 for value in table[1][3:] if value is not None)
        assert "epoch 3: loss" in log and "Device: CPU" in log
        report = (folder / "report.html").read_text()
        assert "Training curves" in report and "Precision-recall curve" in report
        assert "Calibration: Brier scores" in report and "Brier score over the study area" in log

    def test_the_encoding_reaches_the_model_file(self, ecuador, trained, tmp_path):
        """Default: the Ecuador stack's graded factors ordinal (all five are graded from
        continuous rasters); ENCODING 1: one-hot (every factor False), as the paper."""
        default = modelfile.read(trained["lsghnet"][0]["OUTPUT_MODEL"], with_members=False)[0]["encoding"]
        assert default["ordinal"] == [True] * len(default["class_counts"]) == [True] * 5
        assert default["coordinate_channels"] is True
        result, feedback = run_algorithm("trainmodel", {
            "SAMPLES": ecuador["samples"], "FACTORS": ecuador["stack"], "EPOCHS": 2, "PATIENCE": 2, "MEMBERS": 1,
            "ENCODING": 1, "OUTPUT_MODEL": str(tmp_path / "m.lsghnet"), "OUTPUT_METRICS": str(tmp_path / "m.gpkg"),
            "OUTPUT_REPORT": str(tmp_path / "r.html")})
        manifest = modelfile.read(result["OUTPUT_MODEL"], with_members=False)[0]
        assert manifest["encoding"]["ordinal"] == [False] * len(default["class_counts"])
        assert manifest["hyperparameters"]["encoding"] == "onehot" and manifest["version"] == 5

    def test_forest(self, trained):
        result, log, _ = trained["rf"]
        assert "best parameters" in log
        assert rows(result["OUTPUT_METRICS"])[1][10] > 0.5  # ROC AUC of the hard test samples

    def test_cancel_writes_nothing(self, ecuador, tmp_path, recording_feedback):
        """Cancelled once the first network's first epoch has ended (the worker's
        progress maps to 2..98 %; an epoch of 500 of the first of five networks moves it
        by 0.04 points)."""
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            run_algorithm("trainmodel", {"SAMPLES": ecuador["samples"], "FACTORS": ecuador["stack"], "EPOCHS": 500,
                                         "PATIENCE": 500, "OUTPUT_MODEL": str(tmp_path / "m.lsghnet"),
                                         "OUTPUT_METRICS": str(tmp_path / "m.gpkg"),
                                         "OUTPUT_REPORT": str(tmp_path / "r.html")},
                          feedback=recording_feedback(cancel_at=2.03))
        assert os.listdir(tmp_path) == []

    def test_a_model_in_a_temporary_file_is_said_to_be_lost_on_closing(self, ecuador, tmp_path):
        result, feedback = train(ecuador, tmp_path, kind=2, EPOCHS=1, OUTPUT_MODEL="TEMPORARY_OUTPUT")
        assert os.path.isfile(result["OUTPUT_MODEL"])
        assert feedback.warnings[-1].startswith("The model was saved to a temporary file, which QGIS deletes when it "
                                                f"closes: {result['OUTPUT_MODEL']}.")

    def test_the_model_file_defaults_to_the_projects_folder(self, provider, tmp_path):
        """Never over a file already there; a temporary file while the project is unsaved."""
        from qgis.core import QgsApplication, QgsProject

        def default():
            algorithm = QgsApplication.processingRegistry().createAlgorithmById("lsghnet:trainmodel")
            return algorithm.parameterDefinition("OUTPUT_MODEL").defaultValue()

        project = QgsProject.instance()
        try:
            assert not project.fileName() and default() is None
            project.setFileName(str(tmp_path / "valley.qgz"))
            assert default() == str(tmp_path / "valley_model.lsghnet")
            (tmp_path / "valley_model.lsghnet").write_bytes(b"the user's model")
            assert default() == str(tmp_path / "valley_model_2.lsghnet")
        finally:
            project.setFileName("")


class TestEvaluateModels:
    def test_compare(self, ecuador, trained, tmp_path):
        paths = [trained["lsghnet"][0]["OUTPUT_MODEL"], trained["rf"][0]["OUTPUT_MODEL"]]
        result, feedback = run_algorithm("evaluatemodels", {
            "MODELS": paths, "SAMPLES": ecuador["samples"], "OUTPUT_METRICS": str(tmp_path / "m.gpkg"),
            "OUTPUT_REPORT": str(tmp_path / "r.html")})
        table = rows(result["OUTPUT_METRICS"])
        assert len(table) == 4
        # The worker reloads each file: its metrics equal those measured right after training.
        assert table[0][3:] == pytest.approx(rows(trained["lsghnet"][0]["OUTPUT_METRICS"])[0][3:], abs=1e-6,
                                             nan_ok=True)
        assert table[2][3:] == pytest.approx(rows(trained["rf"][0]["OUTPUT_METRICS"])[0][3:], abs=1e-9,
                                             nan_ok=True)
        report = (tmp_path / "r.html").read_text()
        assert "AP" in report and "Calibration: Brier scores" in report
        assert report.count('"name":"model (1): probability"') == report.count('"name":"model (2): index"') == 1

    def test_foreign_file(self, ecuador, tmp_path):
        foreign = tmp_path / "foreign.lsghnet"
        foreign.write_text("not a model")
        with pytest.raises(QgsProcessingException, match="is not an LSGH-Net model file"):
            run_algorithm("evaluatemodels", {"MODELS": [str(foreign)], "SAMPLES": ecuador["samples"],
                                             "OUTPUT_METRICS": "TEMPORARY_OUTPUT",
                                             "OUTPUT_REPORT": str(tmp_path / "r.html")})


class TestBadInput:
    def test_samples_without_fields(self, ecuador, tmp_path):
        with pytest.raises(QgsProcessingException, match="lack the field"):
            train(ecuador, tmp_path, SAMPLES=LANDSLIDES)
        assert os.listdir(tmp_path) == []

    def test_factors_not_matching(self, ecuador, tmp_path):
        other = run_algorithm("preparefactors", {"FACTORS": [os.path.join(os.path.dirname(LANDSLIDES.split("|")[0]),
                                                                          "elev.tif")],
                                                 "OUTPUT": str(tmp_path / "other.tif")})[0]["OUTPUT"]
        out = tmp_path / "out"
        out.mkdir()
        # The samples have a field 'elev' but its classes run to 6 (Jenks), the other stack's to 10: fine;
        # a stack whose factor the samples lack is refused.
        renamed = tmp_path / "renamed.tif"
        from osgeo import gdal
        dataset = gdal.Translate(str(renamed), other)
        dataset.GetRasterBand(1).SetDescription("rainfall")
        catalogue = dataset.GetMetadataItem("LSGHNET_CATALOGUE").replace('"name": "elev"', '"name": "rainfall"')
        dataset.SetMetadataItem("LSGHNET_CATALOGUE", catalogue)
        dataset = None
        with pytest.raises(QgsProcessingException, match="no field for the factor\\(s\\) rainfall"):
            train(ecuador, out, FACTORS=str(renamed))
        assert os.listdir(out) == []

    def test_a_full_disk_for_the_samples_exchange_file(self, ecuador, tmp_path, monkeypatch, provider):
        """The samples go to the worker through a temporary file: a full disk there is a
        plain message, and no partial file is left in the temporary folder."""
        import lsghnet.model.sampling.dataset as dataset_module

        written = []

        def full(dataset, path, *checked_against):
            written.append(path)
            with open(path, "wb") as handle:
                handle.write(b"PK partial")
            raise OSError(errno.ENOSPC, "No space left on device", path)

        monkeypatch.setattr(dataset_module.Dataset, "save", full)
        with pytest.raises(QgsProcessingException) as raised:
            train(ecuador, tmp_path)
        assert str(raised.value).startswith(f"The disk holding '{os.path.dirname(written[0])}' is full")
        assert not os.path.exists(written[0]) and os.listdir(tmp_path) == []

    def test_model_extension(self, ecuador, tmp_path):
        with pytest.raises(QgsProcessingException, match="extension .lsghnet"):
            train(ecuador, tmp_path, OUTPUT_MODEL=str(tmp_path / "model.h5"))


def fake_python(folder, body):
    script = folder / "python"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


class TestWorkerFailures:
    @pytest.fixture
    def worker_module(self, provider):
        import lsghnet.algorithms.worker_runner as module

        return module

    def test_crash_shows_the_last_lines(self, ecuador, tmp_path, monkeypatch, worker_module):
        python = fake_python(tmp_path, 'echo "loading the data"\necho "Segmentation fault in libfoo" >&2\nexit 139\n')
        monkeypatch.setattr(worker_module, "configured_python", lambda: python)
        monkeypatch.setattr(worker_module.environment, "missing_modules", lambda python: [])
        out = tmp_path / "out"
        out.mkdir()
        with pytest.raises(QgsProcessingException) as error:
            train(ecuador, out)
        message = str(error.value)
        assert "stopped unexpectedly (exit code 139)" in message and "Segmentation fault in libfoo" in message
        assert os.listdir(out) == []

    def test_python_without_keras(self, ecuador, tmp_path, monkeypatch, worker_module):
        monkeypatch.setattr(worker_module, "configured_python", lambda: "/usr/bin/python3")
        with pytest.raises(QgsProcessingException, match=r"lacks the package\(s\) .*keras.*Set up the deep-learning "
                                                         r"environment"):
            train(ecuador, tmp_path)

    def test_no_unchecked_python_from_the_path(self, ecuador, tmp_path, monkeypatch, worker_module, provider):
        """A Python on the PATH without GDAL's bindings (or anything else the worker
        needs) is never used: without a set-up environment the algorithm cannot
        start, and says to run Setup, before any work."""
        python = fake_python(tmp_path, 'echo "ModuleNotFoundError: No module named osgeo" >&2\nexit 1\n')
        os.rename(python, tmp_path / "python3")
        monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setattr(worker_module, "registered_python", lambda: None)
        monkeypatch.setattr(worker_module, "PLUGIN_DIR", str(tmp_path))  # no developer's .venv
        monkeypatch.setattr(worker_module, "profile_environment", lambda: str(tmp_path / "no-environment"))
        assert worker_module.candidate_pythons() == []
        algorithm = [a for a in provider.algorithms() if a.name() == "trainmodel"][0]
        ok, message = algorithm.canExecute()
        assert not ok and "none is set up yet" in message and "Set up the deep-learning environment" in message
        assert "pip" not in message and "make" not in message
        with pytest.raises(QgsProcessingException, match="none is set up yet"):
            train(ecuador, tmp_path)

    def test_missing_python(self, ecuador, tmp_path, monkeypatch, worker_module, provider):
        monkeypatch.setattr(worker_module, "configured_python", lambda: str(tmp_path / "nowhere" / "python"))
        algorithm = [a for a in provider.algorithms() if a.name() == "trainmodel"][0]
        ok, message = algorithm.canExecute()
        assert not ok and "does not exist" in message


def test_qgis_process_training(qgis_process, ecuador, tmp_path):
    completed = qgis_process("trainmodel", SAMPLES=ecuador["samples"], FACTORS=ecuador["stack"], MODEL_KIND=1,
                             EPOCHS=2, PATIENCE=2, OUTPUT_MODEL=tmp_path / "m.lsghnet",
                             OUTPUT_METRICS=tmp_path / "m.gpkg", OUTPUT_REPORT=tmp_path / "r.html")
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert "epoch 2: loss" in completed.stdout and (tmp_path / "m.lsghnet").exists()
