"""Bad values are refused before any work, with a message that says what is allowed
(QGIS alone says only "Incorrect parameter value for EPOCHS"), through the real
qgis_process: numbers out of range, a choice that does not exist, an output folder
that does not exist (before, training ran to the end and then failed)."""
import pytest


def train_arguments(ecuador, tmp_path, **changes):
    values = dict(SAMPLES=ecuador["samples"], FACTORS=ecuador["stack"], EPOCHS=2, OUTPUT_MODEL=tmp_path / "m.lsghnet",
                  OUTPUT_METRICS=tmp_path / "m.gpkg", OUTPUT_REPORT=tmp_path / "r.html")
    values.update(changes)
    return {name: str(value) for name, value in values.items()}


@pytest.mark.parametrize("changes, message", [
    ({"EPOCHS": 0}, "EPOCHS must be a whole number of at least 1; it is 0."),
    ({"EPOCHS": "2.5"}, "EPOCHS must be a whole number of at least 1; it is 2.5."),
    ({"EPOCHS": "many"}, "EPOCHS must be a number; it is 'many'."),
    ({"DROPOUT": 1.5}, "DROPOUT must be a number from 0 to 0.9"),
    ({"VALIDATION_FRACTION": 0}, "VALIDATION_FRACTION must be a number from 0.01 to 0.9; it is 0."),
    ({"MODEL_KIND": 7}, "MODEL_KIND must be one of 0 = LSGH-Net (scSE attention, heatmap samples); 1 = "),
    ({"OUTPUT_MODEL": "/nonexistent/folder/m.lsghnet"},
     "The folder of OUTPUT_MODEL ('/nonexistent/folder') does not exist. Choose an existing folder."),
])
def test_training_refuses_before_any_work(qgis_process, ecuador, tmp_path, changes, message):
    completed = qgis_process("trainmodel", **train_arguments(ecuador, tmp_path, **changes))
    text = completed.stdout + completed.stderr
    assert completed.returncode != 0 and message in text, text[-2000:]
    assert "Traceback" not in text and "epoch 1" not in text
    assert not list(tmp_path.iterdir())


def test_a_whole_number_parameter_of_the_heatmap(qgis_process, tmp_path):
    from tests.qgis.ecuador import FACTOR_FILES, LANDSLIDES

    completed = qgis_process("gaussianheatmap", LANDSLIDES=LANDSLIDES, REFERENCE=FACTOR_FILES[0], RADIUS="2.5",
                             OUTPUT=tmp_path / "h.tif")
    assert completed.returncode != 0
    assert "RADIUS must be a whole number of at least 1; it is 2.5." in completed.stdout + completed.stderr
    assert not list(tmp_path.iterdir())
