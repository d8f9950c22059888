"""QGIS test set-up: the checkout imported as the plugin package `lsghnet` (the
folder name QGIS gives it), its provider registered, and helpers to run algorithms
through `processing.run` and through the real `qgis_process.bin`."""
import configparser
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import sysconfig
import zipfile

import pytest

from tests.helpers import REPO, SAMPLE, built_once, clean_environment

BUILD = os.path.join(REPO, ".build")
#: The binary itself: Debian's /usr/bin/qgis_process wrapper is broken on QGIS 3.22.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
PLUGINS = os.path.join(BUILD, "plugins")


def _link_plugin():
    os.makedirs(PLUGINS, exist_ok=True)
    link = os.path.join(PLUGINS, "lsghnet")
    if os.path.realpath(link) != os.path.realpath(REPO):
        if os.path.lexists(link):
            os.remove(link)
        try:
            os.symlink(REPO, link)
        except FileExistsError:  # another pytest-xdist process made it just now
            pass
    if PLUGINS not in sys.path:
        sys.path.insert(0, PLUGINS)


_link_plugin()


_PLUGINS = []  # keeps the plugin objects (and so their providers) alive


def ensure_provider():
    """The plugin loaded as QGIS loads it (classFactory, then initProcessing), once."""
    from qgis.core import QgsApplication

    registered = QgsApplication.processingRegistry().providerById("lsghnet")
    if registered is not None:
        return registered
    import lsghnet

    plugin = lsghnet.classFactory(None)
    plugin.initProcessing()
    _PLUGINS.append(plugin)
    return plugin.provider


@pytest.fixture
def provider(qgis_processing):
    return ensure_provider()


def run_algorithm(algorithm_id, parameters, feedback=None):
    """processing.run of an lsghnet algorithm with a feedback that records the log."""
    import processing

    ensure_provider()
    feedback = feedback or RecordingFeedback()
    result = processing.run(f"lsghnet:{algorithm_id}", parameters, feedback=feedback)
    return result, feedback


@pytest.fixture
def run(provider):
    return run_algorithm


def _recording_feedback_class():
    from qgis.core import QgsProcessingFeedback

    class Recording(QgsProcessingFeedback):
        """Keeps every info and warning line; optionally cancels at a progress value."""

        def __init__(self, cancel_at=None):
            super().__init__()
            self.infos, self.warnings, self.errors, self.cancel_at = [], [], [], cancel_at
            self.progressChanged.connect(self._on_progress)

        def _on_progress(self, value):
            if self.cancel_at is not None and value >= self.cancel_at:
                self.cancel()

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.warnings.append(warning)
            super().pushWarning(warning)

        def reportError(self, error, fatal=False):  # noqa: N802
            self.errors.append(error)
            super().reportError(error, fatal)

        @property
        def log(self):
            return "\n".join(self.infos + self.warnings)

    return Recording


def RecordingFeedback(cancel_at=None):  # noqa: N802 - reads as a class at call sites
    return _recording_feedback_class()(cancel_at)


@pytest.fixture
def recording_feedback():
    return RecordingFeedback


@pytest.fixture
def landslides_layer(sample):
    return sample("landslides.gpkg") + "|layername=landslides"


@pytest.fixture
def unchanged_inputs():
    """Fails the test if any bundled sample file changed while it ran."""
    def digest():
        digests = {}
        for name in sorted(os.listdir(SAMPLE)):
            with open(os.path.join(SAMPLE, name), "rb") as handle:
                digests[name] = hashlib.sha256(handle.read()).hexdigest()
        return digests

    before = digest()
    yield
    assert digest() == before, "a run modified the input data"


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """Run `/usr/bin/qgis_process.bin` as a user would (see the Makefile's QGIS_PROCESS)."""
    profile = str(tmp_path_factory.mktemp("qgis-profile"))
    env = dict(clean_environment(), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=profile, QGIS_PLUGINPATH=PLUGINS,
               PYTHONPATH=sysconfig.get_paths()["purelib"])
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "lsghnet"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr

    def run_process(algorithm_id, *repeated, json_input=None, program=QGIS_PROCESS, background=False,
                    file_size_limit=None, **parameters):
        """`repeated`: extra "NAME=value" arguments (a name may repeat, as for
        multiple-layer parameters); `json_input`: parameters as JSON on standard
        input instead (QGIS >= 3.24); `background`: return the running process
        (a Popen whose output is text); `file_size_limit`: the most bytes the
        process may write to one file, as if its disk were full beyond them."""
        def limited():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails (EFBIG) instead of killing QGIS
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

        options = dict(env=env, text=True, preexec_fn=limited if file_size_limit else None)
        if json_input is not None:
            return subprocess.run([program, "run", f"lsghnet:{algorithm_id}", "-"], input=json_input,
                                  capture_output=True, timeout=600, **options)
        arguments = list(repeated) + [f"{name}={value}" for name, value in parameters.items()]
        command = [program, "run", f"lsghnet:{algorithm_id}", "--", *arguments]
        if background:
            return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **options)
        return subprocess.run(command, capture_output=True, timeout=600, **options)

    return run_process


@pytest.fixture(scope="session")
def ecuador(qgis_processing, tmp_path_factory):
    """The Ecuador chain run once per run (built_once): the stack of the five factors
    with the mask, its heatmap, and samples (seed 1) drawn from them."""
    import numpy as np
    from osgeo import gdal

    from tests.qgis.ecuador import FACTOR_FILES, GRADING, LANDSLIDES, MASK, mask_array

    def build(folder):
        stack, feedback = run_algorithm("preparefactors", {"FACTORS": FACTOR_FILES, "GRADING": GRADING, "MASK": MASK,
                                                           "OUTPUT": str(folder / "stack.tif")})
        heat, _ = run_algorithm("gaussianheatmap", {"LANDSLIDES": LANDSLIDES, "REFERENCE": stack["OUTPUT"],
                                                    "OUTPUT": str(folder / "heat.tif")})
        samples, _ = run_algorithm("extractsamples", {"LANDSLIDES": LANDSLIDES, "HEATMAP": heat["OUTPUT"],
                                                      "FACTORS": stack["OUTPUT"], "SEED": 1,
                                                      "OUTPUT": str(folder / "samples.gpkg")})
        return {"stack": stack["OUTPUT"], "catalogue": stack["CATALOGUE"], "heat": heat["OUTPUT"],
                "log": feedback.log, "samples": samples["OUTPUT"]}

    values = np.stack([gdal.Open(path).ReadAsArray() for path in FACTOR_FILES])
    valid = np.all(~np.isnan(values), axis=0) & mask_array()
    return dict(built_once(tmp_path_factory, "ecuador", build), values=values, valid=valid)


def train(ecuador, folder, kind=0, **extra):
    """trainmodel on the Ecuador samples, 3 epochs, outputs in `folder`."""
    parameters = dict({"SAMPLES": ecuador["samples"], "FACTORS": ecuador["stack"], "MODEL_KIND": kind,
                       "EPOCHS": 3, "PATIENCE": 3, "OUTPUT_MODEL": str(folder / "model.lsghnet"),
                       "OUTPUT_METRICS": str(folder / "metrics.gpkg"), "OUTPUT_REPORT": str(folder / "report.html")},
                      **extra)
    return run_algorithm("trainmodel", parameters)


@pytest.fixture(scope="session")
def trained(ecuador, tmp_path_factory):
    """An LSGH-Net (an ensemble of two networks, 3 epochs) and a random forest on the
    Ecuador samples, trained once per run (built_once): name -> (outputs, log, folder)."""
    import pathlib

    def build(folder):
        models = {}
        for kind, name, extra in ((0, "lsghnet", {"MEMBERS": 2}), (3, "rf", {})):
            (folder / name).mkdir()
            result, feedback = train(ecuador, folder / name, kind, **extra)
            models[name] = (result, feedback.log, str(folder / name))
        return models

    return {name: (result, log, pathlib.Path(folder))
            for name, (result, log, folder) in built_once(tmp_path_factory, "trained", build).items()}


@pytest.fixture(scope="session")
def package(tmp_path_factory):
    """`make package`'s zip, made in a folder of this test process's own (pytest-xdist
    may run another process's `make package` at the same time)."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(os.path.join(REPO, "metadata.txt"), encoding="utf-8")
    folder = tmp_path_factory.mktemp("package")
    zip_path = str(folder / f"lsghnet-{metadata['general']['version']}.zip")
    completed = subprocess.run(["make", "-C", REPO, "package", f"PACKAGE={zip_path}",
                                f"PACKAGE_STAGING={folder / 'staging'}"], capture_output=True, text=True, timeout=300,
                               stdin=subprocess.DEVNULL, env=clean_environment())
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    return zip_path


@pytest.fixture(scope="session")
def unpacked(package, tmp_path_factory):
    """The zip's `lsghnet` folder, unpacked."""
    folder = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(package) as archive:
        archive.extractall(folder)
    return folder / "lsghnet"


def install_into_profile(plugin, data_home):
    """The plugin folder copied into a fresh QGIS profile (`data_home` as
    XDG_DATA_HOME) and enabled, as *Install from ZIP* does; returns the environment
    for qgis_process in that profile: QGIS's own Python only, no plugin path."""
    plugins = os.path.join(data_home, "QGIS", "QGIS3", "profiles", "default", "python", "plugins")
    os.makedirs(plugins)
    shutil.copytree(plugin, os.path.join(plugins, "lsghnet"))
    environment = {name: value for name, value in clean_environment().items()
                   if name not in ("QGIS_PLUGINPATH", "PYTHONPATH", "KERAS_BACKEND")}
    environment.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data_home))
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "lsghnet"], env=environment, capture_output=True,
                             text=True, timeout=120)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return environment
