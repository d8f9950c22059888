"""The `lsghnet` Processing provider."""
import glob
import os

from qgis.core import QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import numbered_group
from .help_html import help_page
from .parameters import mark_advanced
from .cross_validate import CrossValidate
from .evaluate_models import EvaluateModels
from .explain_model import ExplainModel
from .extract_samples import ExtractSamples
from .factor_screening import FactorScreening
from .gaussian_heatmap import GaussianHeatmap
from .predict_susceptibility import PredictSusceptibility
from .prepare_factors import GRADING_WIDGET, PrepareFactors
from .setup_environment import SetupEnvironment
from .train_model import TrainModel
from .worker_runner import SETTING
from .zoning import Zoning

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources")
ICON = os.path.join(RESOURCES, "icons", "lsghnet.svg")
MODELS = os.path.join(RESOURCES, "models")


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
                                                          "the environment 'Set up the deep-learning environment' "
                                                          "made, else the plugin's .venv, else python3)"),
            "", valuetype=Setting.FILE))
        ProcessingConfig.readSettings()
        self.refreshAlgorithms()
        return True

    def unload(self):
        from processing.core.ProcessingConfig import ProcessingConfig

        ProcessingConfig.removeSetting(SETTING)

    def loadAlgorithms(self):
        for algorithm in (GaussianHeatmap(), PrepareFactors(), FactorScreening(), ExtractSamples(), TrainModel(),
                          EvaluateModels(), CrossValidate(), ExplainModel(), PredictSusceptibility(), Zoning(), SetupEnvironment()):
            self.addAlgorithm(algorithm)
        for path in sorted(glob.glob(os.path.join(MODELS, "*.model3"))):
            self.load_model(path)

    def load_model(self, path):
        model = ShippedModel(path)
        if model.loaded:
            self.addAlgorithm(model)
        else:
            QgsMessageLog.logMessage(f"Could not load the model {path}", "LSGH-Net")


class ShippedModel(QgsProcessingModelAlgorithm):
    """A shipped graphical-modeler chain, loaded from its .model3 file as QGIS's own
    model provider does: lsghnet:<name> in the toolbox and qgis_process, and open
    for editing in the modeler. Only its title is ours (translatable)."""

    TITLES = {
        "susceptibilitychain": QT_TRANSLATE_NOOP("ShippedModel", "Whole chain: factors to susceptibility zoning"),
        "comparemodels": QT_TRANSLATE_NOOP("ShippedModel", "Compare LSGH-Net with the CNN baseline"),
    }
    GROUP = QT_TRANSLATE_NOOP("ShippedModel", "Workflows")  # the group the .model3 files name

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.loaded = self.fromFile(path)
        self.setSourceFilePath(path)
        # The modeler keeps input help in the model's help content; an output
        # takes the help of the step's output it exposes.
        for parameter in self.parameterDefinitions():
            parameter.setHelp(self.helpContent().get(parameter.name()) or self.output_help(parameter.name()))
            mark_advanced(parameter)
            if parameter.name() == PrepareFactors.GRADING:
                parameter.setMetadata(GRADING_WIDGET)

    def output_help(self, name):
        child_id, _, output = name.partition(":")
        if not output or child_id not in self.childAlgorithms():
            return ""
        child = self.childAlgorithm(child_id)
        step = child.algorithm()
        definition = step.parameterDefinition(child.modelOutput(output).childOutputName()) if step else None
        return definition.help() if definition else ""

    def canExecute(self):  # noqa: N802 - QGIS's method
        """What a step lacks (a package QGIS's Python has not, the worker's
        environment) stops the chain before it starts, with the step's own message."""
        for child in self.childAlgorithms().values():
            step = child.algorithm()
            ok, problem = step.canExecute() if step is not None else (True, "")
            if not ok:
                return False, problem
        return super().canExecute()

    def displayName(self):
        title = self.TITLES.get(self.name())
        return QCoreApplication.translate("ShippedModel", title) if title else super().displayName()

    def group(self):
        return numbered_group("workflows", QCoreApplication.translate("ShippedModel", super().group()))

    def helpUrl(self):
        return help_page(self)

    def createInstance(self):
        return ShippedModel(self.path)
