"""No output may overwrite an input of the same run: every algorithm refuses before
any work, names both parameters, exits non-zero without a traceback, and leaves every
input byte for byte as it was, whatever the spelling of the path (`|layername=`,
`./`, a symbolic link)."""
import hashlib
import os
import shutil

import pytest

from tests.helpers import SAMPLE


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


@pytest.fixture
def files(ecuador, trained, tmp_path):
    """Copies of the inputs, so that a failure of the guard cannot harm the shared ones."""
    copies = {"stack": ecuador["stack"], "samples": ecuador["samples"], "heat": ecuador["heat"],
              "model": trained["rf"][0]["OUTPUT_MODEL"], "slope": os.path.join(SAMPLE, "slope.tif"),
              "landslides": os.path.join(SAMPLE, "landslides.gpkg")}
    folder = tmp_path / "inputs"
    folder.mkdir()
    paths = {name: str(shutil.copy(path, folder / os.path.basename(path))) for name, path in copies.items()}
    os.symlink(paths["stack"], folder / "linked_stack.tif")
    paths.update(linked_stack=str(folder / "linked_stack.tif"), report=str(tmp_path / "report.html"))
    return paths


CASES = {
    "gaussianheatmap": (lambda f: ["LANDSLIDES={landslides}|layername=landslides", "REFERENCE={slope}",
                                   "OUTPUT={slope}"], "OUTPUT", "REFERENCE"),
    "preparefactors": (lambda f: ["FACTORS={slope}", "OUTPUT=" + os.path.join(os.path.dirname(f["slope"]), ".",
                                                                              "slope.tif")], "OUTPUT", "FACTORS"),
    "factorscreening": (lambda f: ["STACK={stack}", "LANDSLIDES={landslides}|layername=landslides",
                                   "OUTPUT_CORRELATION={landslides}", "OUTPUT_IMPORTANCE=TEMPORARY_OUTPUT",
                                   "OUTPUT_REPORT={report}"], "OUTPUT_CORRELATION", "LANDSLIDES"),
    "extractsamples": (lambda f: ["LANDSLIDES={landslides}|layername=landslides", "HEATMAP={heat}",
                                  "FACTORS={stack}", "OUTPUT={landslides}"], "OUTPUT", "LANDSLIDES"),
    "trainmodel": (lambda f: ["SAMPLES={samples}", "FACTORS={stack}", "OUTPUT_MODEL={linked_stack}",
                              "OUTPUT_METRICS=TEMPORARY_OUTPUT", "OUTPUT_REPORT={report}"], "OUTPUT_MODEL", "FACTORS"),
    "evaluatemodels": (lambda f: ["MODELS={model}", "SAMPLES={samples}", "OUTPUT_METRICS=TEMPORARY_OUTPUT",
                                  "OUTPUT_REPORT={model}"], "OUTPUT_REPORT", "MODELS"),
    "crossvalidate": (lambda f: ["SAMPLES={samples}", "FACTORS={stack}", "OUTPUT={samples}",
                                 "OUTPUT_REPORT={report}"], "OUTPUT", "SAMPLES"),
    "predictsusceptibility": (lambda f: ["MODEL={model}", "FACTORS={stack}", "OUTPUT={stack}"], "OUTPUT", "FACTORS"),
    "zoning": (lambda f: ["SUSCEPTIBILITY={heat}", "LANDSLIDES={landslides}|layername=landslides",
                          "OUTPUT_ZONES={heat}", "OUTPUT_TABLE=TEMPORARY_OUTPUT", "OUTPUT_REPORT={report}"],
               "OUTPUT_ZONES", "SUSCEPTIBILITY"),
}


@pytest.mark.parametrize("algorithm_id", sorted(CASES))
def test_an_output_naming_an_input_is_refused(qgis_process, files, algorithm_id):
    arguments, output, clashing_input = CASES[algorithm_id]
    before = {name: digest(path) for name, path in files.items() if os.path.isfile(path)}
    completed = qgis_process(algorithm_id, *[argument.format(**files) for argument in arguments(files)])
    text = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert f"The output {output} is the file of the input {clashing_input} (" in text, text[-2000:]
    assert "Traceback" not in text
    assert {name: digest(path) for name, path in files.items() if os.path.isfile(path)} == before
    assert not os.path.exists(files["report"])


def test_a_step_of_a_chain_is_refused_too(run, tmp_path):
    """Inside a chain QGIS checks no step's parameters: the guard runs when the step
    starts (prepareAlgorithm)."""
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    from lsghnet.algorithms.gaussian_heatmap import GaussianHeatmap

    reference = str(shutil.copy(os.path.join(SAMPLE, "slope.tif"), tmp_path / "slope.tif"))
    before = digest(reference)
    algorithm = GaussianHeatmap()
    algorithm.initAlgorithm()
    parameters = {"LANDSLIDES": os.path.join(SAMPLE, "landslides.gpkg") + "|layername=landslides",
                  "REFERENCE": reference, "OUTPUT": reference}
    with pytest.raises(QgsProcessingException, match="^The output OUTPUT is the file of the input REFERENCE"):
        algorithm.prepareAlgorithm(parameters, QgsProcessingContext(), QgsProcessingFeedback())
    assert digest(reference) == before
