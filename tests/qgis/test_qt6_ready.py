"""QGIS 4 (Qt6) readiness of the plugin (tests/qt6_readiness.py): its code passes,
and every kind of Qt5-only line planted into it is caught at its line."""
import glob
import os
import shutil

import pytest

from tests.helpers import REPO
from tests.qt6_readiness import findings

PLUGIN_FILES = sorted(glob.glob(os.path.join(REPO, "algorithms", "*.py"))) + [
    os.path.join(REPO, "plugin.py"), os.path.join(REPO, "__init__.py")]
#: The throwaway PyQt6 environment `make qt6-check-env` builds (requirements-qt6.txt).
PYQT6_PYTHON = os.path.join(REPO, ".build", "pyqt6", "bin", "python")

#: Qt5-only lines, each with a word its finding must contain.
QT5_ONLY = [
    ("from PyQt5.QtCore import QCoreApplication", "import Qt through qgis.PyQt"),
    ("import sip", "import Qt through qgis.PyQt"),
    ("from qgis.PyQt.QtCore import QRegExp", "QtCore.QRegExp does not exist in PyQt6"),
    ("from qgis.PyQt.QtWidgets import QDesktopWidget", "QtWidgets.QDesktopWidget does not exist in PyQt6"),
    ("from qgis.PyQt.QtWidgets import QAction", "QtWidgets.QAction does not exist in PyQt6"),
    ("ALIGNMENT = Qt.AlignLeft", "QtCore.Qt.AlignLeft does not exist in PyQt6"),
    ("FIELD_TYPE = QVariant.Int", "QtCore.QVariant.Int does not exist in PyQt6"),
    ("QDialog().exec_()", "exec_(): use exec()"),
    ("SOURCE = QgsProcessing.TypeVectorPoint", "use QgsProcessing.SourceType.TypeVectorPoint"),
    ("NUMBER = QgsProcessingParameterNumber.Double", "use QgsProcessingParameterNumber.Type.Double"),
]
#: What those lines need imported (themselves Qt6-ready).
IMPORTS = ("from qgis.PyQt.QtCore import Qt, QVariant\n"
           "from qgis.PyQt.QtWidgets import QDialog\n"
           "from qgis.core import QgsProcessing, QgsProcessingParameterNumber, Qgis\n")


@pytest.fixture(scope="module")
def pyqt6():
    assert os.access(PYQT6_PYTHON, os.X_OK), "run 'make qt6-check-env' (make test does) for the PyQt6 interpreter"
    return PYQT6_PYTHON


def test_plugin_code_is_qt6_ready(pyqt6):
    assert [str(finding) for finding in findings(PLUGIN_FILES, pyqt6)] == []


@pytest.mark.parametrize("line, expected", QT5_ONLY, ids=[line for line, _ in QT5_ONLY])
def test_a_planted_qt5_only_line_is_caught(pyqt6, tmp_path, line, expected):
    planted = tmp_path / "base.py"
    shutil.copy(os.path.join(REPO, "algorithms", "base.py"), planted)
    with open(planted, "a", encoding="utf-8") as handle:
        handle.write("\n" + IMPORTS + line + "\n")
    line_number = len(planted.read_text(encoding="utf-8").splitlines())
    found = findings([str(planted)], pyqt6)
    assert [(f.line, expected in f.text) for f in found] == [(line_number, True)], [str(f) for f in found]


def test_qt5_spellings_behind_a_version_guard_are_allowed(pyqt6, tmp_path):
    """Code that runs only before QGIS 4 may keep the Qt5 spelling; the same line
    on the QGIS 4 side of the guard is caught."""
    guarded = tmp_path / "guarded.py"
    guarded.write_text(IMPORTS + "if Qgis.QGIS_VERSION_INT >= 33800:\n    T = QgsProcessing.SourceType.TypeVectorPoint\n"
                       "else:\n    T = QVariant.Int\n"
                       "if Qgis.QGIS_VERSION_INT < 40000:\n    A = Qt.AlignLeft\nelse:\n    A = Qt.AlignRight\n",
                       encoding="utf-8")
    assert [(f.line, f.text.split(" ")[0]) for f in findings([str(guarded)], pyqt6)] == [(11, "QtCore.Qt.AlignRight")]
