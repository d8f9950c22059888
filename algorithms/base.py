"""What every LSGH-Net algorithm shares: translation, help, dependency checks and
the mapping of engine errors to `QgsProcessingException`."""
import contextlib
import importlib.util
import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QTextDocument

from ..model.errors import Cancelled, InputError
from ..model.progress import Progress
from ..model.raster import open_raster

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
HELP_DIR = os.path.join(PLUGIN_DIR, "resources", "help")
HOMEPAGE = "https://github.com/lsghnet/lsghnet-qgis"

#: Python module -> Debian package that provides it to QGIS's Python.
DEBIAN_PACKAGES = {"scipy": "python3-scipy", "numpy": "python3-numpy", "osgeo": "python3-gdal"}


class LsghnetAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set `ALGORITHM_ID`, `DISPLAY_NAME`, `GROUP_ID`,
    `GROUP_NAME` and, if they import optional packages, `REQUIRED_MODULES`."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    GROUP_NAME = ""
    REQUIRED_MODULES = ()

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP_NAME)

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        path = os.path.join(HELP_DIR, f"{self.ALGORITHM_ID}.md")
        with open(path, encoding="utf-8") as handle:
            document = QTextDocument()
            document.setMarkdown(handle.read())
        return document.toHtml()

    def helpUrl(self):
        return f"{HOMEPAGE}#{self.ALGORITHM_ID}"

    def canExecute(self):
        missing = [name for name in self.REQUIRED_MODULES if importlib.util.find_spec(name) is None]
        if not missing:
            return True, ""
        debian = " ".join(DEBIAN_PACKAGES.get(name, f"python3-{name}") for name in missing)
        return False, self.tr(
            "This algorithm needs the Python package(s) {0}, which QGIS's Python cannot import. "
            "Install them with 'sudo apt-get install {1}' (Debian/Ubuntu) or "
            "'python3 -m pip install {0}' for the Python that runs QGIS, then restart QGIS."
        ).format(" ".join(missing), debian)

    def raster_problem(self, parameters, name, context, what):
        """Why the raster parameter `name` cannot be loaded, in words an analyst can
        act on (QGIS itself only says "not found"), or None when it loads."""
        value = parameters.get(name)
        if not isinstance(value, str) or not value or self.parameterAsRasterLayer(parameters, name, context):
            return None
        path = value.split("|")[0]
        if not os.path.exists(path):
            return self.tr("The {0} '{1}' does not exist. Check the path.").format(what, path)
        try:
            open_raster(path, what)
        except InputError as error:
            return str(error)
        return self.tr("QGIS cannot load the {0} '{1}'. Check that it is a raster file.").format(what, path)

    @staticmethod
    def progress_for(feedback, start=0.0, end=100.0):
        """An engine `Progress` that maps 0..1 onto `start`..`end` percent of
        `feedback` and stops when the user cancels."""
        return Progress(
            report=lambda fraction: feedback.setProgress(start + (end - start) * fraction),
            is_cancelled=feedback.isCanceled,
        )

    @contextlib.contextmanager
    def engine_errors(self):
        """Turn engine exceptions into the `QgsProcessingException`s QGIS shows."""
        try:
            yield
        except InputError as error:
            raise QgsProcessingException(str(error)) from error
        except Cancelled as error:
            raise QgsProcessingException(self.tr("Cancelled: nothing was written.")) from error
