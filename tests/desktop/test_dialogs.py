"""What a user sees in QGIS desktop: every algorithm's dialog shows its help as
clean text (no style sheet, bold only where the help says), the chains list their
parameters in workflow order, and the README's screenshots are taken here."""
import glob
import os
import re

import pytest

from tests.helpers import REPO

HELP = os.path.join(REPO, "resources", "help")
ALGORITHMS = sorted(name for name in (os.path.splitext(os.path.basename(path))[0]
                                      for path in glob.glob(os.path.join(HELP, "*.md"))) if "_" not in name)
#: Where the screenshots go (`make screenshots` copies them to resources/screenshots for the README).
SCREENSHOTS = os.environ.get("LSGHNET_SCREENSHOTS", os.path.join(REPO, ".build", "screenshots"))


def open_dialog(algorithm_id):
    import processing

    dialog = processing.createAlgorithmDialog(f"lsghnet:{algorithm_id}")
    dialog.show()
    return dialog


def help_panel(dialog):
    from qgis.PyQt.QtWidgets import QTextBrowser

    panels = [browser for browser in dialog.findChildren(QTextBrowser) if browser.toPlainText().strip()]
    assert len(panels) == 1
    return panels[0].document()


def bold_runs(document):
    """The bold stretches of text the panel shows."""
    from qgis.PyQt.QtGui import QFont

    runs, block = [], document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontWeight() > QFont.Weight.Normal and fragment.text().strip():
                runs.append(fragment.text().strip())
            fragments += 1
        block = block.next()
    return runs


@pytest.mark.parametrize("algorithm_id", ALGORITHMS)
def test_help_reads_cleanly(desktop, algorithm_id):
    from qgis.core import QgsApplication

    with open(os.path.join(HELP, f"{algorithm_id}.md"), encoding="utf-8") as handle:
        markdown = handle.read()
    dialog = open_dialog(algorithm_id)
    try:
        document = help_panel(dialog)
        text = document.toPlainText()
        assert "white-space" not in text and "{" not in text and "p, li" not in text
        title = QgsApplication.processingRegistry().algorithmById(f"lsghnet:{algorithm_id}").displayName()
        emphasised = set(re.findall(r"\*\*(.+?)\*\*", markdown)) | {title}
        assert set(bold_runs(document)) <= emphasised
        assert len("".join(bold_runs(document))) < 0.1 * len(text)
    finally:
        dialog.close()


@pytest.mark.parametrize("chain", ["susceptibilitychain", "comparemodels"])
def test_chains_list_parameters_in_workflow_order(desktop, chain):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QLabel

    algorithm = QgsApplication.processingRegistry().algorithmById(f"lsghnet:{chain}")
    inputs = [p for p in algorithm.parameterDefinitions() if not p.isDestination()]
    expected = ["FACTORS", "GRADING", "MASK", "LANDSLIDES", "RADIUS", "EPOCHS", "UNITS", "SEED"]
    assert [p.name() for p in inputs] == (expected if chain == "susceptibilitychain" else
                                          [name for name in expected if name != "UNITS"])
    inputs = inputs[:-1]  # the seed is under Advanced parameters, folded away
    dialog = open_dialog(chain)
    try:
        labels = [label for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
        shown = [next(i for i, label in enumerate(labels) if label.text().startswith(p.description()))
                 for p in inputs]
        assert shown == sorted(shown)
    finally:
        dialog.close()


def test_screenshots_for_the_readme(desktop):
    from processing.gui.ProcessingToolbox import ProcessingToolbox

    os.makedirs(SCREENSHOTS, exist_ok=True)
    toolbox = ProcessingToolbox()
    toolbox.resize(420, 500)
    toolbox.show()
    toolbox.searchBox.setText("LSGH")
    assert toolbox.grab().save(os.path.join(SCREENSHOTS, "toolbox.png"))
    toolbox.close()
    dialog = open_dialog("setupenvironment")
    dialog.resize(980, 620)
    assert dialog.grab().save(os.path.join(SCREENSHOTS, "setup_dialog.png"))
    dialog.close()
    for name in ("toolbox.png", "setup_dialog.png"):
        assert os.path.getsize(os.path.join(SCREENSHOTS, name)) > 10000


def test_training_dialog_saves_the_model_beside_the_project(desktop, tmp_path):
    """A trained model outlives QGIS: with a saved project, the dialog's model file is
    in the project's folder, not a temporary file."""
    from qgis.core import QgsProject

    QgsProject.instance().setFileName(str(tmp_path / "valley.qgz"))
    try:
        dialog = open_dialog("trainmodel")
        try:
            value = dialog.mainWidget().wrappers["OUTPUT_MODEL"].parameterValue()
            assert getattr(value, "sink", value) == str(tmp_path / "valley_model.lsghnet")
        finally:
            dialog.close()
    finally:
        QgsProject.instance().setFileName("")


def test_grading_table_fills_a_row_per_chosen_factor(desktop, tmp_path):
    """One row per factor (a multi-band raster gives one per band), with a suggestion:
    integer codes are categorical, measurements quantile classes; what the analyst set
    is kept when the factors change, and the value is the matrix qgis_process takes."""
    import numpy as np
    from osgeo import gdal
    from qgis.core import QgsProcessingContext
    from qgis.PyQt.QtWidgets import QTableWidget

    from tests.helpers import SAMPLE, write_raster

    geology = write_raster(tmp_path / "geology.tif", np.arange(400).reshape(20, 20) % 4 + 1, data_type=gdal.GDT_Byte)
    dialog = open_dialog("preparefactors")
    try:
        wrappers = dialog.mainWidget().wrappers
        table = dialog.findChild(QTableWidget)
        wrappers["FACTORS"].setParameterValue([os.path.join(SAMPLE, "slope.tif"), geology], QgsProcessingContext())
        assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["slope", "geology"]
        assert wrappers["GRADING"].parameterValue() == ["slope", "quantile", "10", "", "geology", "categorical", "", ""]
        table.cellWidget(0, 1).setCurrentIndex(table.cellWidget(0, 1).findData("breaks"))
        table.cellWidget(0, 3).setText("10 20 30")
        wrappers["FACTORS"].setParameterValue([os.path.join(SAMPLE, "terrain_attributes.tif"), geology,
                                               os.path.join(SAMPLE, "slope.tif")], QgsProcessingContext())
        value = wrappers["GRADING"].parameterValue()
        assert value[0::4] == ["terrain_attributes_slope", "cplan", "cprof", "elev", "log10_carea", "geology", "slope"]
        assert value[-8:] == ["geology", "categorical", "", "", "slope", "breaks", "", "10 20 30"]
        dialog.resize(980, 620)
        os.makedirs(SCREENSHOTS, exist_ok=True)
        assert dialog.grab().save(os.path.join(SCREENSHOTS, "grading_table.png"))
    finally:
        dialog.close()


def test_grading_in_the_batch_dialog_is_qgis_table(desktop):
    """In the batch dialog (and the modeler, which takes the same path), the grading
    is QGIS's own table of the same flat value."""
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.gui.FixedTablePanel import FixedTablePanel
    from processing.gui.wrappers import WidgetWrapperFactory
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("lsghnet:preparefactors")
    dialog = BatchAlgorithmDialog(algorithm)
    try:
        wrapper = WidgetWrapperFactory.create_wrapper(algorithm.parameterDefinition("GRADING"), dialog)
        assert isinstance(wrapper.widget, FixedTablePanel)
        wrapper.setValue(["slope", "breaks", "", "10 20"])
        assert wrapper.value() == ["slope", "breaks", "", "10 20"]
    finally:
        dialog.close()
