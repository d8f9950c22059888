"""The `lsghnet` Processing provider."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .cross_validate import CrossValidate
from .evaluate_models import EvaluateModels
from .extract_samples import ExtractSamples
from .factor_screening import FactorScreening
from .gaussian_heatmap import GaussianHeatmap
from .predict_susceptibility import PredictSusceptibility
from .prepare_factors import PrepareFactors
from .train_model import TrainModel
from .worker import SETTING
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

    def load(self):
        """Register the Processing setting for the Keras worker's Python."""
        from processing.core.ProcessingConfig import ProcessingConfig, Setting

        ProcessingConfig.settingIcons[self.name()] = self.icon()
        ProcessingConfig.addSetting(Setting(
            self.name(), SETTING,
            QCoreApplication.translate("LsghnetProvider", "Python for training and prediction (needs Keras; empty: "
                                                          "auto-detect the plugin's .venv, then python3)"),
            "", valuetype=Setting.FILE))
        ProcessingConfig.readSettings()
        self.refreshAlgorithms()
        return True

    def unload(self):
        from processing.core.ProcessingConfig import ProcessingConfig

        ProcessingConfig.removeSetting(SETTING)

    def loadAlgorithms(self):
        for algorithm in (GaussianHeatmap(), PrepareFactors(), FactorScreening(), ExtractSamples(), TrainModel(),
                          EvaluateModels(), CrossValidate(), PredictSusceptibility(), Zoning()):
            self.addAlgorithm(algorithm)
