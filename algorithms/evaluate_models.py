"""lsghnet:evaluatemodels - several model files on one samples layer's test split:
one metrics table and one chart of every model's PR curve (the paper's Figures 8
and 12). Prediction runs in the Keras worker."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
)

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..model.worker import protocol
from ..model.factors.grading import from_catalogue
from ..model.modelling import modelfile
from .base import LsghnetAlgorithm
from .samples_io import samples_to_file
from .worker_runner import run_worker


class EvaluateModels(LsghnetAlgorithm):
    ALGORITHM_ID = "evaluatemodels"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("EvaluateModels", "Compare models")
    GROUP_ID = "modelling"
    GROUP_NAME = QT_TRANSLATE_NOOP("EvaluateModels", "Modelling")
    NEEDS_WORKER = True

    MODELS = "MODELS"
    SAMPLES = "SAMPLES"
    OUTPUT_METRICS = "OUTPUT_METRICS"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):
        parameters = [
            (QgsProcessingParameterMultipleLayers(self.MODELS, self.tr("Model files (.lsghnet)"),
                                                  QgsProcessing.SourceType.TypeFile),
             self.tr("Models from 'Train susceptibility model', trained on the same factor stack.")),
            (QgsProcessingParameterFeatureSource(self.SAMPLES, self.tr("Samples"),
                                                 [QgsProcessing.SourceType.TypeVectorPoint]),
             self.tr("A samples layer; its test split is used.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_METRICS, self.tr("Metrics"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("One row per model and evaluation (all samples binarized at 0.5; hard samples only).")),
            self.report_parameter(self.OUTPUT_REPORT, self.tr("Comparison report"),
                                   self.tr("Every model's precision-recall curve with its AP, and the metrics table.")),
        ]
        self.add_parameters(parameters)

    def process(self, parameters, context, feedback):
        paths = self.parameterAsFileList(parameters, self.MODELS, context)
        if not paths:
            raise QgsProcessingException(self.tr("Choose at least one model file."))
        source = self.parameterAsSource(parameters, self.SAMPLES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SAMPLES))
        with self.engine_errors():
            manifests = [modelfile.read(path, with_members=False)[0] for path in paths]  # the worker reads the rest
            samples = samples_to_file(source, from_catalogue(manifests[0]["catalogue"]), feedback,
                                      modelfile.trained_stack(manifests), self.tr("the models' stack"))
        names = self.unique_names([os.path.splitext(os.path.basename(path))[0] for path in paths])
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        try:
            result = run_worker(protocol.EVALUATE.argv(samples=samples, models=paths, names=names,
                                                       report=report_path), feedback, 2, 98)
        finally:
            os.remove(samples)
        metrics_id = self.write_metrics(parameters, self.OUTPUT_METRICS, context, result["rows"])
        return {self.OUTPUT_METRICS: metrics_id, self.OUTPUT_REPORT: report_path}
