"""The bad-input catalogue: at least eight bad or edge inputs per algorithm, run as a
user runs them (the real qgis_process). Each must end with a non-zero exit code and a
plain message that says what is wrong (no traceback), write nothing, and leave every
input byte for byte as it was."""
import hashlib
import os
import pathlib
import shutil

import pytest
from osgeo import gdal, ogr, osr

from tests.helpers import SAMPLE

LANDSLIDES_LAYER = "|layername=landslides"


def _points_far_away(path):
    """Landslide points 100 km east of the Ecuador grid, in its CRS."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = source.CreateLayer("elsewhere", srs, ogr.wkbPoint)
    for offset in range(5):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({815000 + offset * 50} 9560000)"))
        layer.CreateFeature(feature)
    source = None


def _polygon_far_away(path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = source.CreateLayer("far", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((815000 9560000, 816000 9560000, 816000 9561000, "
                                                  "815000 9561000, 815000 9560000))"))
    layer.CreateFeature(feature)
    source = None


def _cut(source, path):
    with open(source, "rb") as handle:
        data = handle.read()
    with open(path, "wb") as handle:
        handle.write(data[:len(data) * 2 // 3])
    return path


@pytest.fixture(scope="module")
def files(ecuador, trained, tmp_path_factory):
    """Every input of the catalogue, copied into one folder."""
    folder = tmp_path_factory.mktemp("catalogue_inputs")
    paths = {}
    for name, source in (("stack", ecuador["stack"]), ("heat", ecuador["heat"]), ("samples", ecuador["samples"]),
                         ("model", trained["rf"][0]["OUTPUT_MODEL"]), ("net", trained["lsghnet"][0]["OUTPUT_MODEL"]),
                         ("slope", os.path.join(SAMPLE, "slope.tif")), ("cplan", os.path.join(SAMPLE, "cplan.tif")),
                         ("landslides", os.path.join(SAMPLE, "landslides.gpkg")),
                         ("presence", os.path.join(SAMPLE, "lsl_presence_absence.gpkg"))):
        paths[name] = str(shutil.copy(source, folder / os.path.basename(source)))
    paths["cut_slope"] = _cut(paths["slope"], str(folder / "cut_slope.tif"))
    paths["cut_stack"] = _cut(paths["stack"], str(folder / "cut_stack.tif"))
    paths["cut_heat"] = _cut(paths["heat"], str(folder / "cut_heat.tif"))
    paths["cut_model"] = str(folder / "cut_model.lsghnet")
    data = bytearray(pathlib.Path(paths["model"]).read_bytes())
    data[200:400] = bytes(200)  # inside the compressed manifest: the zip opens, its content does not unpack
    pathlib.Path(paths["cut_model"]).write_bytes(bytes(data))
    paths["notes"] = str(folder / "notes.txt")
    pathlib.Path(paths["notes"]).write_text("not a raster, not a model\n", encoding="utf-8")
    gdal.Translate(str(folder / "small_heat.tif"), paths["heat"], srcWin=[0, 0, 200, 200])
    paths["small_heat"] = str(folder / "small_heat.tif")
    _points_far_away(str(folder / "elsewhere.gpkg"))
    paths["elsewhere"] = str(folder / "elsewhere.gpkg") + "|layername=elsewhere"
    _polygon_far_away(str(folder / "far.gpkg"))
    paths["far_mask"] = str(folder / "far.gpkg") + "|layername=far"
    paths["old_python"] = str(folder / "python3")
    pathlib.Path(paths["old_python"]).write_text("#!/bin/sh\necho 3 8 10\n", encoding="utf-8")
    os.chmod(paths["old_python"], 0o755)
    # The same factors graded with other slope breaks: the class codes fit, the classes do not.
    from tests.qgis.conftest import run_algorithm
    from tests.qgis.ecuador import FACTOR_FILES, GRADING

    regraded = [value if value != "10 20 30 35 40 45 50" else "12 22 32 36 41 46 51" for value in GRADING]
    run_algorithm("preparefactors", {"FACTORS": FACTOR_FILES, "GRADING": regraded, "OUTPUT": str(folder / "other.tif")})
    run_algorithm("extractsamples", {"LANDSLIDES": paths["landslides"] + LANDSLIDES_LAYER, "HEATMAP": paths["heat"],
                                     "FACTORS": str(folder / "other.tif"), "OUTPUT": str(folder / "other.gpkg")})
    paths.update(other_stack=str(folder / "other.tif"), other_samples=str(folder / "other.gpkg"))
    paths["missing"] = str(folder / "missing.tif")
    paths["folder"] = str(folder)
    return paths


def digests(folder):
    found = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                found[name] = hashlib.sha256(handle.read()).hexdigest()
    return found


# algorithm -> (outputs, {case: (parameters, expected message)}). Values are formatted
# with the input paths ({stack}, ...) and the empty output folder ({out}).
OUTPUTS = {
    "gaussianheatmap": {"OUTPUT": "{out}/h.tif"},
    "preparefactors": {"OUTPUT": "{out}/s.tif"},
    "factorscreening": {"OUTPUT_CORRELATION": "{out}/c.gpkg", "OUTPUT_IMPORTANCE": "{out}/i.gpkg",
                        "OUTPUT_REPORT": "{out}/r.html"},
    "extractsamples": {"OUTPUT": "{out}/samples.gpkg"},
    "trainmodel": {"OUTPUT_MODEL": "{out}/m.lsghnet", "OUTPUT_METRICS": "{out}/m.gpkg", "OUTPUT_REPORT": "{out}/r.html"},
    "evaluatemodels": {"OUTPUT_METRICS": "{out}/m.gpkg", "OUTPUT_REPORT": "{out}/r.html"},
    "crossvalidate": {"OUTPUT": "{out}/cv.gpkg", "OUTPUT_REPORT": "{out}/r.html"},
    "explainmodel": {"OUTPUT_IMPORTANCE": "{out}/i.gpkg", "OUTPUT_RESPONSE": "{out}/r.gpkg",
                     "OUTPUT_REPORT": "{out}/e.html"},
    "predictsusceptibility": {"OUTPUT": "{out}/p.tif"},
    "zoning": {"OUTPUT_ZONES": "{out}/z.tif", "OUTPUT_TABLE": "{out}/t.gpkg", "OUTPUT_REPORT": "{out}/r.html"},
    "setupenvironment": {},
}
HEAT = {"LANDSLIDES": "{landslides}" + LANDSLIDES_LAYER, "REFERENCE": "{slope}"}
PREPARE = {"FACTORS": "{slope}"}
SCREEN = {"STACK": "{stack}", "LANDSLIDES": "{landslides}" + LANDSLIDES_LAYER}
EXTRACT = {"LANDSLIDES": "{landslides}" + LANDSLIDES_LAYER, "HEATMAP": "{heat}", "FACTORS": "{stack}"}
TRAIN = {"SAMPLES": "{samples}", "FACTORS": "{stack}", "EPOCHS": "2"}
EVALUATE = {"MODELS": "{model}", "SAMPLES": "{samples}"}
CROSS = {"SAMPLES": "{samples}", "FACTORS": "{stack}", "MODELS": "3", "FOLDS": "2"}
EXPLAIN = {"MODEL": "{model}", "SAMPLES": "{samples}"}
PREDICT = {"MODEL": "{model}", "FACTORS": "{stack}"}
ZONE = {"SUSCEPTIBILITY": "{heat}", "LANDSLIDES": "{landslides}" + LANDSLIDES_LAYER}
NO_FOLDER = "The folder of {0} ('/nonexistent/folder') does not exist."


def damaged(name):
    """The messages for a raster cut short, as alternatives: a read failure (GDAL 3.6
    names the file by its path, 3.10 by its name alone), or, where GDAL already
    fails to open it (its directory was cut off), the unreadable-raster message."""
    return [("GDAL could not read or write a raster: ", f"{name}, band "),
            (f"{name}' cannot be read as a raster", "is complete")]

CASES = {
    "gaussianheatmap": {
        "output is the reference": (dict(HEAT, OUTPUT="{slope}"), "The output OUTPUT is the file of the input REFERENCE"),
        "output folder missing": (dict(HEAT, OUTPUT="/nonexistent/folder/h.tif"), NO_FOLDER.format("OUTPUT")),
        "radius 0": (dict(HEAT, RADIUS="0"), "The kernel radius must be at least 1 pixel (got 0)"),
        "radius not whole": (dict(HEAT, RADIUS="2.5"), "RADIUS must be a whole number from 1 to 1000; it is 2.5."),
        "boundary value 1.5": (dict(HEAT, BOUNDARY_VALUE="1.5"), "must lie strictly between 0 and 1"),
        "reference missing": (dict(HEAT, REFERENCE="{missing}"), "does not exist. Check the path."),
        "reference cut short": (dict(HEAT, REFERENCE="{cut_slope}"), damaged("cut_slope.tif")),
        "reference is text": (dict(HEAT, REFERENCE="{notes}"), "cannot be read as a raster"),
        "output not a GeoTIFF": (dict(HEAT, OUTPUT="{out}/h.png"), "give the output file a .tif extension"),
        "landslides all outside": (dict(HEAT, LANDSLIDES="{elsewhere}"), "Check that the landslide layer and the reference raster cover the same area."),
    },
    "preparefactors": {
        "output is a factor": (dict(PREPARE, OUTPUT="{folder}/./slope.tif"), "The output OUTPUT is the file of the input FACTORS"),
        "output folder missing": (dict(PREPARE, OUTPUT="/nonexistent/folder/s.tif"), NO_FOLDER.format("OUTPUT")),
        "factor cut short": (dict(PREPARE, FACTORS="{cut_slope}"), damaged("cut_slope.tif")),
        "factor missing": (dict(PREPARE, FACTORS="{missing}"), "The file '{missing}' given for FACTORS does not exist."),
        "unknown grading method": (dict(PREPARE, GRADING="slope,magic,,"), "magic"),
        "breaks not increasing": (dict(PREPARE, GRADING="slope,breaks,,30;20"), "increasing"),
        "output not a GeoTIFF": (dict(PREPARE, OUTPUT="{out}/s.png"), "give it a .tif extension"),
        "mask covers no data": (dict(PREPARE, MASK="{far_mask}"), "mask"),
        "catalogue is the factor": (dict(PREPARE, CATALOGUE="{slope}"), "The output CATALOGUE is the file of the input FACTORS"),
    },
    "factorscreening": {
        "no factors": ({"LANDSLIDES": "{landslides}" + LANDSLIDES_LAYER}, "Give either candidate factor rasters or a factor stack"),
        "table is the landslides": (dict(SCREEN, OUTPUT_CORRELATION="{landslides}"), "The output OUTPUT_CORRELATION is the file of the input LANDSLIDES"),
        "report is the stack": (dict(SCREEN, OUTPUT_REPORT="{stack}"), "The output OUTPUT_REPORT is the file of the input STACK"),
        "threshold 1.5": (dict(SCREEN, THRESHOLD="1.5"), "THRESHOLD must be a number from 0 to 1; it is 1.5."),
        "report folder missing": (dict(SCREEN, OUTPUT_REPORT="/nonexistent/folder/r.html"), NO_FOLDER.format("OUTPUT_REPORT")),
        "stack cut short": (dict(SCREEN, STACK="{cut_stack}"), damaged("cut_stack.tif")),
        "stack is text": (dict(SCREEN, STACK="{notes}"), "cannot be read as a raster"),
        "landslides all outside": (dict(SCREEN, LANDSLIDES="{elsewhere}"), "outside"),
    },
    "extractsamples": {
        "output is the landslides": (dict(EXTRACT, OUTPUT="{landslides}"), "The output OUTPUT is the file of the input LANDSLIDES"),
        "output folder missing": (dict(EXTRACT, OUTPUT="/nonexistent/folder/s.gpkg"), NO_FOLDER.format("OUTPUT")),
        "min distance beyond the stack": (dict(EXTRACT, MIN_DISTANCE="1e5"), "Choose a smaller MIN_DISTANCE"),
        "test fraction 1.5": (dict(EXTRACT, TEST_FRACTION="1.5"), "TEST_FRACTION must be a number from"),
        "heatmap on another grid": (dict(EXTRACT, HEATMAP="{small_heat}"), "grid"),
        "stack cut short": (dict(EXTRACT, FACTORS="{cut_stack}"), damaged("cut_stack.tif")),
        "split 5": (dict(EXTRACT, SPLIT="5"), "SPLIT must be one of 0 = "),
        "landslides all outside": (dict(EXTRACT, LANDSLIDES="{elsewhere}"), "No landslide lies inside the factor stack"),
    },
    "trainmodel": {
        "model is the stack": (dict(TRAIN, OUTPUT_MODEL="{stack}"), "The output OUTPUT_MODEL is the file of the input FACTORS"),
        "output folder missing": (dict(TRAIN, OUTPUT_MODEL="/nonexistent/folder/m.lsghnet"), NO_FOLDER.format("OUTPUT_MODEL")),
        "epochs 0": (dict(TRAIN, EPOCHS="0"), "EPOCHS must be a whole number from 1 to 10000; it is 0."),
        "epochs not a number": (dict(TRAIN, EPOCHS="many"), "EPOCHS must be a number; it is 'many'."),
        "dropout 1.5": (dict(TRAIN, DROPOUT="1.5"), "DROPOUT must be a number from 0 to 0.9"),
        "model kind 7": (dict(TRAIN, MODEL_KIND="7"), "MODEL_KIND must be one of 0 = LSGH-Net"),
        "samples are not samples": (dict(TRAIN, SAMPLES="{landslides}" + LANDSLIDES_LAYER), "label"),
        "stack is a raw factor": (dict(TRAIN, FACTORS="{slope}"), "catalogue"),
        "device 5": (dict(TRAIN, DEVICE="5"), "DEVICE must be one of 0 = auto"),
        "samples of another stack": (dict(TRAIN, FACTORS="{other_stack}"), "These samples were extracted from another factor stack than {other_stack}"),
    },
    "evaluatemodels": {
        "report is the model": (dict(EVALUATE, OUTPUT_REPORT="{model}"), "The output OUTPUT_REPORT is the file of the input MODELS"),
        "metrics is the samples": (dict(EVALUATE, OUTPUT_METRICS="{samples}"), "The output OUTPUT_METRICS is the file of the input SAMPLES"),
        "model is text": (dict(EVALUATE, MODELS="{notes}"), "is not an LSGH-Net model file"),
        "model missing": (dict(EVALUATE, MODELS="{folder}/missing.lsghnet"), "does not exist"),
        "model damaged": (dict(EVALUATE, MODELS="{cut_model}"), "is damaged"),
        "report folder missing": (dict(EVALUATE, OUTPUT_REPORT="/nonexistent/folder/r.html"), NO_FOLDER.format("OUTPUT_REPORT")),
        "samples are not samples": (dict(EVALUATE, SAMPLES="{landslides}" + LANDSLIDES_LAYER), "label"),
        "model is the samples": (dict(EVALUATE, MODELS="{samples}"), "is not an LSGH-Net model file"),
        "samples of another stack": (dict(EVALUATE, SAMPLES="{other_samples}"), "These samples were extracted from another factor stack than the models' stack"),
    },
    "crossvalidate": {
        "output is the samples": (dict(CROSS, OUTPUT="{samples}"), "The output OUTPUT is the file of the input SAMPLES"),
        "folds 1": (dict(CROSS, FOLDS="1"), "FOLDS must be a whole number"),
        "repetitions 0": (dict(CROSS, REPETITIONS="0"), "REPETITIONS must be a whole number"),
        "partition 7": (dict(CROSS, PARTITION="7"), "PARTITION must be one of 0 = random"),
        "report folder missing": (dict(CROSS, OUTPUT_REPORT="/nonexistent/folder/r.html"), NO_FOLDER.format("OUTPUT_REPORT")),
        "label field missing": (dict(CROSS, SAMPLES="{presence}", LABEL_FIELD="nothing"), "The presence/absence field 'nothing' is not in the samples layer (its fields: "),
        "stack is a raw factor": (dict(CROSS, FACTORS="{slope}"), "catalogue"),
        "device 5": (dict(CROSS, DEVICE="5"), "DEVICE must be one of 0 = auto"),
        "samples of another stack": (dict(CROSS, FACTORS="{other_stack}"), "These samples were extracted from another factor stack than {other_stack}"),
    },
    "explainmodel": {
        "importance is the samples": (dict(EXPLAIN, OUTPUT_IMPORTANCE="{samples}"), "The output OUTPUT_IMPORTANCE is the file of the input SAMPLES"),
        "model missing": (dict(EXPLAIN, MODEL="{folder}/missing.lsghnet"), "does not exist"),
        "model damaged": (dict(EXPLAIN, MODEL="{cut_model}"), "is damaged"),
        "model is text": (dict(EXPLAIN, MODEL="{notes}"), "MODEL must be a .lsghnet file; it is '{notes}'."),
        "folds 1": (dict(EXPLAIN, FOLDS="1"), "One spatial fold cannot hold ground out"),
        "shuffles 0": (dict(EXPLAIN, REPEATS="0"), "REPEATS must be a whole number from 1 to 1000; it is 0."),
        "samples are not samples": (dict(EXPLAIN, SAMPLES="{landslides}" + LANDSLIDES_LAYER), "label"),
        "samples of another stack": (dict(EXPLAIN, SAMPLES="{other_samples}"), "These samples were extracted from another factor stack than the model's stack"),
        "device 5": (dict(EXPLAIN, DEVICE="5"), "DEVICE must be one of 0 = auto"),
    },
    "predictsusceptibility": {
        "output is the stack": (dict(PREDICT, OUTPUT="{stack}"), "The output OUTPUT is the file of the input FACTORS"),
        "output folder missing": (dict(PREDICT, OUTPUT="/nonexistent/folder/p.tif"), NO_FOLDER.format("OUTPUT")),
        "model missing": (dict(PREDICT, MODEL="{folder}/missing.lsghnet"), "does not exist"),
        "model damaged": (dict(PREDICT, MODEL="{cut_model}"), "is damaged"),
        "model is text": (dict(PREDICT, MODEL="{notes}"), "MODEL must be a .lsghnet file; it is '{notes}'."),
        "stack cut short": (dict(PREDICT, FACTORS="{cut_stack}"), damaged("cut_stack.tif")),
        "output not a GeoTIFF": (dict(PREDICT, OUTPUT="{out}/p.png"), "give it a .tif extension"),
        "raw factors missing one": (dict(PREDICT, FACTORS="{cplan}"), "slope"),
        "device 5": (dict(PREDICT, DEVICE="5"), "DEVICE must be one of 0 = auto"),
    },
    "zoning": {
        "zones are the index": (dict(ZONE, OUTPUT_ZONES="{heat}"), "The output OUTPUT_ZONES is the file of the input SUSCEPTIBILITY"),
        "index cut short": (dict(ZONE, SUSCEPTIBILITY="{cut_heat}"), damaged("cut_heat.tif")),
        "zones 1": (dict(ZONE, N_ZONES="1"), "N_ZONES must be a whole number"),
        "method 9": (dict(ZONE, METHOD="9"), "METHOD must be one of 0 = "),
        "user breaks decreasing": (dict(ZONE, METHOD="3", BREAKS="0.8 0.2"), "increasing"),
        "report folder missing": (dict(ZONE, OUTPUT_REPORT="/nonexistent/folder/r.html"), NO_FOLDER.format("OUTPUT_REPORT")),
        "index outside 0 to 1": (dict(ZONE, SUSCEPTIBILITY="{slope}"), "[0, 1]"),
        "zones not a GeoTIFF": (dict(ZONE, OUTPUT_ZONES="{out}/z.png"), "The zones raster is a GeoTIFF: give it a .tif extension."),
        "index missing": (dict(ZONE, SUSCEPTIBILITY="{missing}"), "The file '{missing}' given for SUSCEPTIBILITY does not exist."),
    },
    "setupenvironment": {
        "base python missing": ({"BASE_PYTHON": "{folder}/nowhere/python3"}, "does not exist"),
        "base python too old": ({"BASE_PYTHON": "{old_python}", "FOLDER": "{out}/env"}, "is version 3.8.10"),
        "backend 5": ({"BACKEND": "5"}, "BACKEND must be one of 0 = TensorFlow"),
    },
}
CATALOGUE = [(algorithm, case) for algorithm in CASES for case in CASES[algorithm]]
#: Cases per algorithm that every leg of the QGIS matrix runs: how qgis_process passes
#: a refusal on (exit code, message, nothing written). The others check the plugin's
#: own rules, which no QGIS version changes: marked `once`, they run on the host leg.
ON_EVERY_LEG = 2


def test_every_algorithm_has_eight_cases():
    algorithms = {os.path.splitext(name)[0] for name in os.listdir(os.path.join(SAMPLE, "..", "..", "help"))
                  if "_" not in name}  # <id>_<locale>.md: a translation
    assert set(CASES) == algorithms
    assert all(len(CASES[a]) >= 8 for a in algorithms if a != "setupenvironment")


@pytest.mark.parametrize("algorithm, case", [
    pytest.param(algorithm, case, id=f"{algorithm}: {case}",
                 marks=[pytest.mark.once] if list(CASES[algorithm]).index(case) >= ON_EVERY_LEG else [])
    for algorithm, case in CATALOGUE])
def test_bad_input(qgis_process, files, tmp_path, algorithm, case):
    parameters, expected = CASES[algorithm][case]
    out = tmp_path / "out"
    out.mkdir()
    values = dict(files, out=str(out))
    arguments = {name: value.format(**values) for name, value in {**OUTPUTS[algorithm], **parameters}.items()}
    before = digests(files["folder"])
    completed = qgis_process(algorithm, **arguments)
    text = completed.stdout + completed.stderr
    assert completed.returncode != 0, text[-1500:]
    alternatives = expected if isinstance(expected, list) else [(expected,)]
    assert any(all(part.format(**values) in text for part in parts) for parts in alternatives), text[-1500:]
    assert "Traceback" not in text and "stopped unexpectedly" not in text, text[-1500:]
    assert os.listdir(out) == []
    after = digests(files["folder"])
    assert [name for name in before if after.get(name) != before[name]] == []


def test_a_step_of_a_chain_is_refused_too(run, tmp_path):
    """Inside a chain QGIS checks no step's parameters: the guard runs when the step
    starts (prepareAlgorithm)."""
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    from lsghnet.algorithms.gaussian_heatmap import GaussianHeatmap

    reference = str(shutil.copy(os.path.join(SAMPLE, "slope.tif"), tmp_path / "slope.tif"))
    before = digests(str(tmp_path))
    algorithm = GaussianHeatmap()
    algorithm.initAlgorithm()
    parameters = {"LANDSLIDES": os.path.join(SAMPLE, "landslides.gpkg") + "|layername=landslides",
                  "REFERENCE": reference, "OUTPUT": reference}
    with pytest.raises(QgsProcessingException, match="^The output OUTPUT is the file of the input REFERENCE"):
        algorithm.prepareAlgorithm(parameters, QgsProcessingContext(), QgsProcessingFeedback())
    assert digests(str(tmp_path)) == before
