"""lsghnet:trainmodel - trains LSGH-Net or a baseline in the Keras worker
(engine: model/modelling/training.py, run by model/worker/cli.py)."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..model.worker import protocol
from ..model.factors.stack import read_gradings
from ..model.modelling import kinds as model_kinds
from ..model.core.reports import METRIC_LABELS
from .base import LsghnetAlgorithm
from .outputs import beside_the_project, is_temporary
from .parameters import DeviceParameter, TrainingParameters
from .translation import engine_text
from .samples_io import samples_to_file
from .worker_runner import run_worker


class TrainModel(TrainingParameters, DeviceParameter, LsghnetAlgorithm):
    """Its training parameters (PRESET, EPOCHS, PATIENCE ... SEED) are the worker's
    train settings (TrainingParameters)."""
    ALGORITHM_ID = "trainmodel"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TrainModel", "Train susceptibility model")
    GROUP_ID = "modelling"
    GROUP_NAME = QT_TRANSLATE_NOOP("TrainModel", "Modelling")
    NEEDS_WORKER = True
    SETTINGS_COMMAND = protocol.TRAIN.name

    SAMPLES = "SAMPLES"
    FACTORS = "FACTORS"
    MODEL_KIND = "MODEL_KIND"
    DEVICE = "DEVICE"
    OUTPUT_MODEL = "OUTPUT_MODEL"
    OUTPUT_METRICS = "OUTPUT_METRICS"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):
        parameters = [
            (QgsProcessingParameterFeatureSource(self.SAMPLES, self.tr("Training samples"),
                                                 [QgsProcessing.SourceType.TypeVectorPoint]),
             self.tr("Output of 'Extract training samples' (fields label, kind, split and one per factor).")),
            (QgsProcessingParameterRasterLayer(self.FACTORS, self.tr("Factor stack the samples come from")),
             self.tr("Its factor catalogue goes into the model file, so that prediction can check (or grade) its "
                     "input; the samples' factor fields are checked against it.")),
            (QgsProcessingParameterEnum(self.MODEL_KIND, self.tr("Model"),
                                        [engine_text(kind.label) for kind in model_kinds.SAVED], defaultValue=0),
             self.tr("lsghnet / lsghnet_noscse / cnn / rf. CNN and RF ignore the heatmap samples.")),
            *self.training_parameters(),
            self.device_parameter(),
            (QgsProcessingParameterFileDestination(self.OUTPUT_MODEL, self.tr("Model file"),
                                                   self.tr("LSGH-Net model (*.lsghnet)"),
                                                   defaultValue=beside_the_project("model", ".lsghnet")),
             self.tr("Weights plus the factor catalogue, encoding, model kind, hyper-parameters, metrics and "
                     "library versions. Loading it never runs code from the file.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_METRICS, self.tr("Test metrics"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("Accuracy, precision, specificity, sensitivity, F1, MSE, AP and ROC AUC on the test split: all "
                     "samples binarized at 0.5 (as the paper), and hard samples only.")),
            self.report_parameter(self.OUTPUT_REPORT, self.tr("Training report"),
                                   self.tr("Training curves and the precision-recall curve.")),
        ]
        self.add_parameters(parameters)

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.SAMPLES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SAMPLES))
        stack_path = self.gdal_path(self.parameterAsRasterLayer(parameters, self.FACTORS, context),
                                    self.tr("factor stack"))
        model_path = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if not model_path.lower().endswith(".lsghnet"):
            raise QgsProcessingException(self.tr("Give the model file the extension .lsghnet ({0}).").format(model_path))
        kind = model_kinds.SAVED[self.parameterAsEnum(parameters, self.MODEL_KIND, context)].name
        options = dict(  # the worker's train options, all but the samples (which carry the stack's catalogue)
            output=model_path, report=report_path, kind=kind,
            **self.training_values(parameters, context), device=self.device_value(parameters, context))
        with self.engine_errors():
            gradings, stack_id = read_gradings(stack_path)
            samples = samples_to_file(source, gradings, feedback, stack_id, stack_path)
        try:
            result = run_worker(protocol.TRAIN.argv(samples=samples, **options), feedback, 2, 98)
        finally:
            os.remove(samples)
        metrics_id = self.write_metrics(parameters, self.OUTPUT_METRICS, context, result["rows"])
        feedback.pushInfo(self.tr("Device: {0}.").format(result["device"]))
        for _, evaluation, _, *values in result["rows"]:
            feedback.pushInfo(self.tr("Test ({0}): {1}").format(evaluation, ", ".join(
                f"{label} {value:.4f}" if value is not None else f"{label} undefined"
                for label, value in zip(METRIC_LABELS.values(), values))))
        if is_temporary(model_path):
            feedback.pushWarning(self.tr(
                "The model was saved to a temporary file, which QGIS deletes when it closes: {0}. To keep it, copy it "
                "to a folder of yours now, or train again with 'Model file' set to a file of yours.").format(model_path))
        return {self.OUTPUT_MODEL: model_path, self.OUTPUT_METRICS: metrics_id, self.OUTPUT_REPORT: report_path}
