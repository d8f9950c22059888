"""The `lsghnet` Processing provider."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .extract_samples import ExtractSamples
from .factor_screening import FactorScreening
from .gaussian_heatmap import GaussianHeatmap
from .prepare_factors import PrepareFactors
from .zoning import Zoning

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "lsghnet.svg")


class LsghnetProvider(QgsProcessingProvider):
    def id(self):
        return "lsghnet"

    def name(self):
        return QCoreApplication.translate("LsghnetProvider", "Landslide susceptibility (LSGH-Net)")

    def longName(self):
        return self.name()

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):
        return ICON

    def supportedOutputRasterLayerExtensions(self):
        return ["tif"]

    def loadAlgorithms(self):
        for algorithm in (GaussianHeatmap(), PrepareFactors(), FactorScreening(), ExtractSamples(), Zoning()):
            self.addAlgorithm(algorithm)
