"""The checks of a run's parameters (algorithms/checks.py) as functions of parameter
definitions and values, without running an algorithm."""
import os
import shutil

import pytest
from qgis.core import (QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer, QgsProcessing)

from lsghnet.algorithms import checks
from tests.qgis.ecuador import FACTOR_FILES

pytestmark = pytest.mark.usefixtures("provider")
INTEGER = QgsProcessingParameterNumber.Type.Integer


@pytest.fixture
def context():
    return QgsProcessingContext()


def number(name="EPOCHS", low=1, high=10000, kind=INTEGER):
    return QgsProcessingParameterNumber(name, name, kind, minValue=low, maxValue=high)


@pytest.mark.parametrize("value, expected", [
    (0, "EPOCHS must be a whole number from 1 to 10000; it is 0."),
    (10001, "EPOCHS must be a whole number from 1 to 10000; it is 10001."),
    (2.5, "EPOCHS must be a whole number from 1 to 10000; it is 2.5."),
    ("many", "EPOCHS must be a number; it is 'many'."),
    (1, None), (10000, None), ("", None), (None, None)])
def test_numbers_outside_their_range_say_the_range(value, expected):
    assert checks.value_problem([number()], {"EPOCHS": value}) == expected


def test_a_number_without_upper_bound_says_its_lower_one():
    definition = QgsProcessingParameterNumber("RADIUS", "RADIUS", QgsProcessingParameterNumber.Type.Double,
                                              minValue=0.5)
    assert checks.value_problem([definition], {"RADIUS": 0.1}) == "RADIUS must be a number of at least 0.5; it is 0.1."


def test_a_choice_outside_the_options_lists_them():
    definition = QgsProcessingParameterEnum("DEVICE", "Device", ["auto", "CPU", "GPU"])
    assert checks.value_problem([definition], {"DEVICE": 3}) == \
        "DEVICE must be one of 0 = auto; 1 = CPU; 2 = GPU; it is 3."
    assert checks.value_problem([definition], {"DEVICE": 2}) is None


def test_a_file_parameter_with_an_extension_refuses_another():
    definition = QgsProcessingParameterFile("MODEL", "Model", extension="lsghnet")
    assert checks.value_problem([definition], {"MODEL": "/data/model.zip"}) == \
        "MODEL must be a .lsghnet file; it is '/data/model.zip'."


def test_a_missing_input_file_is_named_with_its_parameter(context, tmp_path):
    definition = QgsProcessingParameterMultipleLayers("FACTORS", "Factors", QgsProcessing.SourceType.TypeRaster)
    missing = str(tmp_path / "slope.tif")
    assert checks.missing_file([definition], {"FACTORS": [FACTOR_FILES[0], missing]}, context) == \
        f"The file '{missing}' given for FACTORS does not exist. Check the path."
    assert checks.missing_file([definition], {"FACTORS": FACTOR_FILES}, context) is None


def test_a_file_that_is_no_raster_is_said_so(context, tmp_path):
    text = tmp_path / "slope.tif"
    text.write_text("slope,1\n")
    definition = QgsProcessingParameterRasterLayer("REFERENCE", "Reference")
    problem = checks.unreadable_raster([definition], {"REFERENCE": str(text)}, context)
    assert problem and str(text) in problem and "Traceback" not in problem
    assert checks.unreadable_raster([definition], {"REFERENCE": FACTOR_FILES[0]}, context) is None


def test_an_output_on_an_input_is_refused(context, tmp_path):
    source = tmp_path / "slope.tif"
    shutil.copyfile(FACTOR_FILES[0], source)
    definitions = [QgsProcessingParameterRasterLayer("INPUT", "Input"),
                   QgsProcessingParameterRasterDestination("OUTPUT", "Output")]
    # The same file through another spelling (a relative path with '..') is still that input.
    other_spelling = os.path.join(str(tmp_path), "..", tmp_path.name, "slope.tif")
    problem = checks.output_problem(definitions, {"INPUT": str(source),
                                                  "OUTPUT": QgsProcessingOutputLayerDefinition(other_spelling)},
                                    context)
    assert problem.startswith("The output OUTPUT is the file of the input INPUT")
    assert checks.output_problem(definitions, {"INPUT": str(source), "OUTPUT": str(tmp_path / "out.tif")},
                                 context) is None


def test_an_output_folder_that_does_not_exist_is_named(context, tmp_path):
    definitions = [QgsProcessingParameterRasterDestination("OUTPUT", "Output")]
    folder = tmp_path / "missing"
    assert checks.output_problem(definitions, {"OUTPUT": str(folder / "out.tif")}, context) == \
        f"The folder of OUTPUT ('{folder}') does not exist. Choose an existing folder."
    assert checks.output_problem(definitions, {"OUTPUT": "TEMPORARY_OUTPUT"}, context) is None


def test_missing_packages_say_how_to_install_them():
    assert checks.missing_packages(["numpy"]) is None
    problem = checks.missing_packages(["numpy", "no_such_package_lsghnet"])
    assert problem.startswith("This algorithm needs the Python package(s) no_such_package_lsghnet,")
    assert "python3 -m pip install no_such_package_lsghnet" in problem
