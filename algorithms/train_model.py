"""lsghnet:trainmodel - trains LSGH-Net or a baseline in the Keras worker
(engine: model/training.py, run by model/worker_cli.py)."""
import math
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputHtml,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from . import field_types
from ..model.factors.stack import stack_catalogue, stack_fingerprint
from ..model.modelling.modelfile import KINDS
from ..model.reports import EVALUATIONS, METRIC_LABELS
from ..model.vocabulary import SEED
from .base import LsghnetAlgorithm
from .samples_io import samples_to_file
from .worker_runner import run_worker

#: Columns of a metrics table.
METRICS_COLUMNS = [("model", field_types.STRING), ("evaluation", field_types.STRING),
                   ("samples", field_types.INT)] + [(name, field_types.DOUBLE) for name in METRIC_LABELS]


def metrics_rows(name, evaluation):
    """Rows of a metrics table: one per evaluation of a model."""
    return [[name, EVALUATIONS[way], int(scores["samples"])] + [defined(scores[key]) for key in METRIC_LABELS]
            for way, scores in evaluation.items()]


def defined(value):
    """A measure as a number, or None (NULL) where it is undefined (e.g. precision
    without any positive prediction)."""
    return None if value is None or math.isnan(value) else float(value)


class TrainModel(LsghnetAlgorithm):
    ALGORITHM_ID = "trainmodel"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TrainModel", "Train susceptibility model")
    GROUP_ID = "modelling"
    GROUP_NAME = QT_TRANSLATE_NOOP("TrainModel", "Modelling")
    NEEDS_WORKER = True

    SAMPLES = "SAMPLES"
    FACTORS = "FACTORS"
    MODEL_KIND = "MODEL_KIND"
    EPOCHS = "EPOCHS"
    PATIENCE = "PATIENCE"
    BATCH_SIZE = "BATCH_SIZE"
    LEARNING_RATE = "LEARNING_RATE"
    DROPOUT = "DROPOUT"
    VALIDATION_FRACTION = "VALIDATION_FRACTION"
    SEED = "SEED"
    DEVICE = "DEVICE"
    OUTPUT_MODEL = "OUTPUT_MODEL"
    OUTPUT_METRICS = "OUTPUT_METRICS"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):
        integer, double = QgsProcessingParameterNumber.Type.Integer, QgsProcessingParameterNumber.Type.Double
        parameters = [
            (QgsProcessingParameterFeatureSource(self.SAMPLES, self.tr("Training samples"),
                                                 [QgsProcessing.SourceType.TypeVectorPoint]),
             self.tr("Output of 'Extract training samples' (fields label, kind, split and one per factor).")),
            (QgsProcessingParameterRasterLayer(self.FACTORS, self.tr("Factor stack the samples come from")),
             self.tr("Its factor catalogue goes into the model file, so that prediction can check (or grade) its "
                     "input; the samples' factor fields are checked against it.")),
            (QgsProcessingParameterEnum(self.MODEL_KIND, self.tr("Model"), [
                self.tr("LSGH-Net (scSE attention, heatmap samples)"), self.tr("LSGH-Net without scSE (ablation)"),
                self.tr("CNN baseline (hard samples only)"), self.tr("Random forest baseline (GridSearchCV)")],
                defaultValue=0),
             self.tr("lsghnet / lsghnet_noscse / cnn / rf. CNN and RF ignore the heatmap samples.")),
            (QgsProcessingParameterNumber(self.EPOCHS, self.tr("Maximum epochs"), integer, defaultValue=200,
                                          minValue=1), self.tr("The paper: 200.")),
            (QgsProcessingParameterNumber(self.PATIENCE, self.tr("Early-stopping patience (epochs)"), integer,
                                          defaultValue=50, minValue=1),
             self.tr("Stop when the validation accuracy has not improved for this many epochs; the best weights "
                     "are kept.")),
            (QgsProcessingParameterNumber(self.BATCH_SIZE, self.tr("Batch size"), integer, defaultValue=32,
                                          minValue=1), self.tr("The paper: 32.")),
            (QgsProcessingParameterNumber(self.LEARNING_RATE, self.tr("Learning rate (Adam)"), double,
                                          defaultValue=0.001, minValue=1e-7, maxValue=1.0),
             self.tr("Adam's step size.")),
            (QgsProcessingParameterNumber(self.DROPOUT, self.tr("Dropout"), double, defaultValue=0.5, minValue=0.0,
                                          maxValue=0.95), self.tr("Dropout before the dense layer (the paper: 0.5).")),
            (QgsProcessingParameterNumber(self.VALIDATION_FRACTION, self.tr("Validation fraction"), double,
                                          defaultValue=0.2, minValue=0.01, maxValue=0.9),
             self.tr("Share of the training split held out for early stopping.")),
            (QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), integer, defaultValue=SEED),
             self.tr("The same seed on the CPU gives the same model and metrics.")),
            self.device_parameter(),
            (QgsProcessingParameterFileDestination(self.OUTPUT_MODEL, self.tr("Model file"),
                                                   self.tr("LSGH-Net model (*.lsghnet)")),
             self.tr("Weights plus the factor catalogue, encoding, model kind, hyper-parameters, metrics and "
                     "library versions. Loading it never runs code from the file.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_METRICS, self.tr("Test metrics"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("Accuracy, precision, specificity, sensitivity, F1, MSE, AP and ROC AUC on the test split: all "
                     "samples binarized at 0.5 (as the paper), and hard samples only.")),
            (QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, self.tr("Training report"),
                                                   self.tr("HTML files (*.html)")),
             self.tr("Training curves and the precision-recall curve.")),
        ]
        self.add_parameters(parameters)
        self.addOutput(QgsProcessingOutputHtml(self.OUTPUT_REPORT, self.tr("Training report")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.SAMPLES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SAMPLES))
        stack_path = self.gdal_path(self.parameterAsRasterLayer(parameters, self.FACTORS, context),
                                    self.tr("factor stack"))
        with self.engine_errors():
            factor_names = [grading.name for grading in stack_catalogue(stack_path)]
        model_path = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if not model_path.lower().endswith(".lsghnet"):
            raise QgsProcessingException(self.tr("Give the model file the extension .lsghnet ({0}).").format(model_path))
        with self.engine_errors():
            samples = samples_to_file(source, factor_names, feedback, stack_fingerprint(stack_path), stack_path)
        kind = KINDS[self.parameterAsEnum(parameters, self.MODEL_KIND, context)]
        try:
            result = run_worker([
                "train", "--samples", samples, "--catalogue", stack_path, "--output", model_path,
                "--report", report_path, "--kind", kind,
                "--epochs", self.parameterAsInt(parameters, self.EPOCHS, context),
                "--patience", self.parameterAsInt(parameters, self.PATIENCE, context),
                "--batch-size", self.parameterAsInt(parameters, self.BATCH_SIZE, context),
                "--learning-rate", self.parameterAsDouble(parameters, self.LEARNING_RATE, context),
                "--dropout", self.parameterAsDouble(parameters, self.DROPOUT, context),
                "--validation-fraction", self.parameterAsDouble(parameters, self.VALIDATION_FRACTION, context),
                "--seed", self.parameterAsInt(parameters, self.SEED, context),
                "--device", self.device_value(parameters, context),
            ], feedback, 2, 98)
        finally:
            os.remove(samples)
        metrics_id = self.write_table(parameters, self.OUTPUT_METRICS, context, METRICS_COLUMNS,
                                      metrics_rows(kind, result["metrics"]))
        feedback.pushInfo(self.tr("Device: {0}.").format(result["device"]))
        for way, scores in result["metrics"].items():
            feedback.pushInfo(self.tr("Test ({0}): {1}").format(EVALUATIONS[way], ", ".join(
                f"{label} {defined(scores[key]):.4f}" if defined(scores[key]) is not None else f"{label} undefined"
                for key, label in METRIC_LABELS.items())))
        return {self.OUTPUT_MODEL: model_path, self.OUTPUT_METRICS: metrics_id, self.OUTPUT_REPORT: report_path}
