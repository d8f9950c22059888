"""What differs between the supported QGIS versions (docs/qgis-versions.md, *Supported QGIS
versions*), asserted on whichever QGIS runs the suite: `make test` (3.22) and
`make test-qgis DIST=trixie|forky` (3.40, 3.44) together check every row."""
import json
import os

import numpy as np
from qgis.core import Qgis

from tests.helpers import read_array
from tests.qgis.ecuador import FACTOR_FILES, LANDSLIDES, MASK

VERSION = Qgis.QGIS_VERSION_INT
HEATMAP_INPUTS = {"LANDSLIDES": LANDSLIDES, "REFERENCE": FACTOR_FILES[0], "RADIUS": 6}


def test_debian_qgis_process_wrapper(qgis_process, tmp_path):
    """Debian's /usr/bin/qgis_process passes --noversioncheck, which the 3.22 binary
    rejects; from 3.40 on the wrapper works like the binary."""
    output = tmp_path / "heat.tif"
    completed = qgis_process("gaussianheatmap", program="/usr/bin/qgis_process", OUTPUT=output, **HEATMAP_INPUTS)
    if VERSION < 34000:
        assert completed.returncode != 0 and "--noversioncheck not known" in completed.stdout + completed.stderr
        assert not output.exists()
    else:
        assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
        assert np.count_nonzero(read_array(output) == 1.0) > 100


def test_json_parameters_on_standard_input(qgis_process, tmp_path):
    """From QGIS 3.24 on, `qgis_process run ALGORITHM -` reads the parameters as
    JSON; before, only `-- NAME=value` works."""
    output = tmp_path / "heat.tif"
    completed = qgis_process("gaussianheatmap", json_input=json.dumps(
        {"inputs": dict(HEATMAP_INPUTS, OUTPUT=str(output))}))
    if VERSION < 32400:
        assert completed.returncode != 0
        assert 'Parameter values must be entered after "--"' in completed.stdout + completed.stderr
        assert not output.exists()
    else:
        assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
        assert json.loads(completed.stdout)["results"]["OUTPUT"] == str(output)
        assert np.count_nonzero(read_array(output) == 1.0) > 100


def test_chain_outputs_left_out(qgis_process, tmp_path):
    """QGIS 3.22's qgis_process needs every output of a chain named; from 3.40 on,
    the outputs left out go to temporary files and the chain runs."""
    zones = tmp_path / "zones.tif"
    completed = qgis_process("susceptibilitychain", *[f"FACTORS={path}" for path in FACTOR_FILES],
                             "GRADING=slope,breaks,,10;20;30;35;40;45;50", f"zoning:zones={zones}",
                             LANDSLIDES=LANDSLIDES, MASK=MASK, EPOCHS=1)
    if VERSION < 34000:
        assert completed.returncode != 0
        assert "mandatory parameters were not specified" in completed.stdout + completed.stderr
    else:
        assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
        assert set(np.unique(read_array(zones)).tolist()) == {0, 1, 2, 3, 4, 5}
    # Only what was named (with its style, and the statistics GDAL may keep beside it).
    written = set(os.listdir(tmp_path)) - {"zones.tif.aux.xml"}
    assert written == ({"zones.qml", "zones.tif"} if VERSION >= 34000 else set())
