"""A damaged raster (a GeoTIFF cut short by an interrupted copy: its header reads,
its pixels do not) gives a plain message naming the file, in the algorithms that read
pixels in QGIS and in the Keras worker, and nothing is written."""
import os

import pytest

from tests.helpers import SAMPLE
from tests.qgis.ecuador import LANDSLIDES


def truncated(source, folder):
    with open(source, "rb") as handle:
        data = handle.read()
    path = os.path.join(folder, "cut_" + os.path.basename(source))
    with open(path, "wb") as handle:
        handle.write(data[:len(data) * 2 // 3])
    return path


@pytest.fixture
def damaged(ecuador, tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    return {"slope": truncated(os.path.join(SAMPLE, "slope.tif"), folder),
            "stack": truncated(ecuador["stack"], folder), "heat": truncated(ecuador["heat"], folder)}


CASES = {
    "gaussianheatmap": (lambda d, o: {"LANDSLIDES": LANDSLIDES, "REFERENCE": d["slope"], "OUTPUT": o / "h.tif"}, "slope"),
    "preparefactors": (lambda d, o: {"FACTORS": d["slope"], "OUTPUT": o / "s.tif"}, "slope"),
    "zoning": (lambda d, o: {"SUSCEPTIBILITY": d["heat"], "LANDSLIDES": LANDSLIDES, "OUTPUT_ZONES": o / "z.tif",
                             "OUTPUT_TABLE": o / "t.gpkg", "OUTPUT_REPORT": o / "r.html"}, "heat"),
    "predictsusceptibility": (lambda d, o: {"MODEL": None, "FACTORS": d["stack"], "OUTPUT": o / "p.tif"}, "stack"),
}


@pytest.mark.parametrize("algorithm_id", sorted(CASES))
def test_a_cut_geotiff_gives_a_plain_message(qgis_process, trained, damaged, tmp_path, algorithm_id):
    build, which = CASES[algorithm_id]
    output = tmp_path / "out"
    output.mkdir()
    parameters = build(damaged, output)
    if "MODEL" in parameters:
        parameters["MODEL"] = trained["rf"][0]["OUTPUT_MODEL"]
    completed = qgis_process(algorithm_id, **parameters)
    text = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert f"GDAL could not read or write a raster: {damaged[which]}, band " in text, text[-2000:]
    assert "Traceback" not in text and "stopped unexpectedly" not in text
    assert os.listdir(output) == []
