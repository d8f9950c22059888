"""The plugin and its provider as QGIS sees them."""
import configparser
import os
import subprocess
import sys

import pytest
from qgis.core import QgsApplication

from tests.helpers import REPO


def test_provider_identity(provider):
    assert provider.id() == "lsghnet"
    assert provider.name() == "Landslide susceptibility (LSGH-Net)"
    assert os.path.isfile(provider.svgIconPath()) and not provider.icon().isNull()
    assert QgsApplication.processingRegistry().providerById("lsghnet") is provider
    assert "lsghnet:gaussianheatmap" in [a.id() for a in provider.algorithms()]


def test_every_algorithm_and_parameter_has_help(provider):
    """The *Help* button opens a page shipped with the plugin (offline): the algorithm's
    help and every parameter's."""
    from qgis.PyQt.QtCore import QUrl

    for algorithm in provider.algorithms():
        assert len(algorithm.shortHelpString()) > 200, algorithm.id()
        url = QUrl(algorithm.helpUrl())
        assert url.isLocalFile(), algorithm.id()
        with open(url.toLocalFile(), encoding="utf-8") as handle:
            page = handle.read()
        assert f"<h1>{algorithm.displayName()}</h1>" in page
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help(), f"{algorithm.id()} {parameter.name()} has no help"
            assert f"<code>{parameter.name()}</code>" in page


def test_missing_package_is_explained_not_fatal(provider):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("lsghnet:gaussianheatmap")
    algorithm.REQUIRED_MODULES = ("no_such_module_xyz",)
    ok, message = algorithm.canExecute()
    assert not ok
    assert "sudo apt-get install python3-no_such_module_xyz" in message
    assert "python3 -m pip install no_such_module_xyz" in message
    assert QgsApplication.processingRegistry().createAlgorithmById("lsghnet:gaussianheatmap").canExecute() == (True, "")


def test_plugin_adds_and_removes_its_provider(qgis_processing):
    import lsghnet

    registry = QgsApplication.processingRegistry()
    if registry.providerById("lsghnet") is not None:  # the `provider` fixture registers it again
        registry.removeProvider(registry.providerById("lsghnet"))
    plugin = lsghnet.classFactory(None)
    plugin.initProcessing()
    assert registry.providerById("lsghnet") is not None
    plugin.unload()
    assert registry.providerById("lsghnet") is None


def test_tensorflow_is_never_imported_in_qgis(provider, run, sample, landslides_layer, tmp_path):
    run("gaussianheatmap", {"LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"),
                            "OUTPUT": str(tmp_path / "h.tif")})
    assert not {"tensorflow", "keras", "torch", "jax"} & set(sys.modules)


def test_metadata():
    metadata = configparser.ConfigParser()
    metadata.read(os.path.join(REPO, "metadata.txt"))
    general = metadata["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    for key in ("name", "description", "about", "version", "author", "email", "homepage", "tracker",
                "repository", "tags", "icon"):
        assert general[key].strip(), key
    assert os.path.isfile(os.path.join(REPO, general["icon"]))


#: Run in a fresh QGIS Python: the plugin loads although these packages cannot be
#: imported (as in QGIS 3.44 on Debian 14, whose Python has no scipy), and the
#: algorithms that need them say so instead of the whole plugin failing.
WITHOUT_OPTIONAL_PACKAGES = """
import sys
for name in ("scipy", "sklearn", "jenkspy"):
    sys.modules[name] = None  # 'import scipy' now fails
from qgis.core import QgsApplication
application = QgsApplication([], False)
application.initQgis()
sys.path[:0] = ["/usr/share/qgis/python/plugins", sys.argv[1]]
from processing.core.Processing import Processing
Processing.initialize()
import lsghnet
plugin = lsghnet.classFactory(None)
plugin.initProcessing()
registry = QgsApplication.processingRegistry()
for algorithm_id in ("gaussianheatmap", "extractsamples", "factorscreening"):
    print(algorithm_id, *registry.algorithmById("lsghnet:" + algorithm_id).canExecute(), sep="|")
"""


def test_the_plugin_loads_without_optional_packages():
    from tests.helpers import clean_environment
    from tests.qgis.conftest import PLUGINS

    completed = subprocess.run([sys.executable, "-c", WITHOUT_OPTIONAL_PACKAGES, PLUGINS], capture_output=True,
                               text=True, timeout=120, env=dict(clean_environment(), QT_QPA_PLATFORM="offscreen"))
    assert completed.returncode == 0, completed.stderr[-2000:]
    results = dict(line.split("|", 1) for line in completed.stdout.splitlines() if "|" in line)
    assert results["gaussianheatmap"] == "True|"
    assert results["extractsamples"].startswith("False|This algorithm needs the Python package(s) scipy")
    assert results["factorscreening"].startswith("False|This algorithm needs the Python package(s) sklearn")


def test_a_memory_error_in_qgis_is_a_plain_message(provider):
    from qgis.core import QgsProcessingException

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("lsghnet:zoning")
    with pytest.raises(QgsProcessingException, match="^There was not enough memory to finish. Close other programs"):
        with algorithm.engine_errors():
            raise MemoryError()


def test_a_parameter_is_advanced_in_every_dialog_or_in_none(provider):
    """The seed, the device ... sit under *Advanced parameters* in every algorithm and
    chain that has them; the rest of a dialog is what an analyst chooses."""
    from qgis.core import QgsProcessingParameterDefinition

    advanced = {}
    for algorithm in provider.algorithms():
        for parameter in algorithm.parameterDefinitions():
            if not parameter.isDestination():
                flagged = bool(parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced)
                advanced.setdefault(parameter.name(), set()).add(flagged)
    assert {name: flags for name, flags in advanced.items() if len(flags) > 1} == {}
    for name in ("SEED", "DEVICE", "N_PER_INTERVAL", "PATIENCE", "MEMBERS"):
        assert advanced[name] == {True}, name
    for name in ("FACTORS", "SAMPLES", "LANDSLIDES", "EPOCHS", "MODEL", "GRADING"):
        assert advanced[name] == {False}, name


def test_toolbox_groups_follow_the_work(provider):
    """The toolbox sorts groups by name: numbered, they read in the order of the work."""
    groups = sorted({algorithm.group() for algorithm in provider.algorithms()})
    assert groups == ["1. Setup", "2. Factors", "3. Sampling", "4. Modelling", "5. Mapping", "6. Workflows"]


def test_a_chain_whose_step_lacks_a_package_says_so_before_it_starts(provider, monkeypatch):
    """Debian 14's QGIS runs without scipy unless python3-scipy is installed: the whole
    chain says what to install instead of failing at its sampling step."""
    from lsghnet.algorithms.extract_samples import ExtractSamples

    monkeypatch.setattr(ExtractSamples, "REQUIRED_MODULES", ("no_such_module_xyz",))
    chain = QgsApplication.processingRegistry().createAlgorithmById("lsghnet:susceptibilitychain")
    ok, message = chain.canExecute()
    assert not ok and "sudo apt-get install python3-no_such_module_xyz" in message
    monkeypatch.undo()
    assert QgsApplication.processingRegistry().createAlgorithmById("lsghnet:susceptibilitychain").canExecute()[0]
