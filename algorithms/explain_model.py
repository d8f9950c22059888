"""lsghnet:explainmodel - which factors drive a model file's map, and how:
permutation importance (on the test split, optionally over spatial folds) and the
response to each factor's classes, computed in the Keras worker (engine:
model/modelling/explanation.py)."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..model.core.vocabulary import SEED
from ..model.factors.grading import from_catalogue
from ..model.modelling import modelfile
from ..model.worker import protocol
from . import bounds, field_types
from .base import LsghnetAlgorithm
from .parameters import DeviceParameter
from .samples_io import samples_to_file
from .worker_runner import run_worker


class ExplainModel(DeviceParameter, LsghnetAlgorithm):
    ALGORITHM_ID = "explainmodel"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExplainModel", "Explain a model")
    GROUP_ID = "modelling"
    GROUP_NAME = QT_TRANSLATE_NOOP("ExplainModel", "Modelling")
    NEEDS_WORKER = True

    MODEL = "MODEL"
    SAMPLES = "SAMPLES"
    REPEATS = "REPEATS"
    FOLDS = "FOLDS"
    SEED = "SEED"
    DEVICE = "DEVICE"
    OUTPUT_IMPORTANCE = "OUTPUT_IMPORTANCE"
    OUTPUT_RESPONSE = "OUTPUT_RESPONSE"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):
        integer = QgsProcessingParameterNumber.Type.Integer
        parameters = [
            (QgsProcessingParameterFile(self.MODEL, self.tr("Model file"), extension="lsghnet"),
             self.tr("A model from 'Train susceptibility model' (any kind, ensembles and the random forest "
                     "included).")),
            (QgsProcessingParameterFeatureSource(self.SAMPLES, self.tr("Samples"),
                                                 [QgsProcessing.SourceType.TypeVectorPoint]),
             self.tr("Samples from 'Extract training samples' on the model's factor stack; the importance is "
                     "measured on their test split.")),
            (QgsProcessingParameterNumber(self.REPEATS, self.tr("Shuffles per factor"), integer, defaultValue=5,
                                          minValue=1, maxValue=bounds.SHUFFLES),
             self.tr("How often each factor is shuffled; the spread over the shuffles is the importance's "
                     "standard deviation.")),
            (QgsProcessingParameterNumber(self.FOLDS, self.tr("Spatial folds (0: the test split only)"), integer,
                                          defaultValue=0, minValue=0, maxValue=bounds.FOLDS),
             self.tr("With 2 or more, the model's kind is trained again with the file's settings on each spatial "
                     "fold's training part and the importance measured on ground it has not seen: what reviewers "
                     "ask for, at the cost of that many trainings.")),
            (QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), integer, defaultValue=SEED, minValue=0,
                                          maxValue=bounds.SEED),
             self.tr("The same seed gives the same shuffles, folds and tables.")),
            self.device_parameter(),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_IMPORTANCE, self.tr("Factor importance"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("One row per factor and evaluation, most important first: how much the AUROC falls when the "
                     "factor is shuffled (mean and standard deviation).")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_RESPONSE, self.tr("Response per class"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("One row per class of each factor: the mean susceptibility with the factor set to that class "
                     "(partial dependence), and the share of the samples in the class.")),
            self.report_parameter(self.OUTPUT_REPORT, self.tr("Explanation report"),
                                   self.tr("The importance as bars with their spread, the response curve of every "
                                           "factor, and the table.")),
        ]
        self.add_parameters(parameters)

    def process(self, parameters, context, feedback):
        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        source = self.parameterAsSource(parameters, self.SAMPLES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SAMPLES))
        folds = self.parameterAsInt(parameters, self.FOLDS, context)
        if folds == 1:
            raise QgsProcessingException(self.tr("One spatial fold cannot hold ground out. Choose 0 (the test split "
                                                 "only) or 2 and more folds."))
        with self.engine_errors():
            manifest, _ = modelfile.read(model_path, with_members=False)  # the worker reads the rest
            samples = samples_to_file(source, from_catalogue(manifest["catalogue"]), feedback,
                                      modelfile.trained_stack([manifest]), self.tr("the model's stack"))
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        try:
            result = run_worker(protocol.EXPLAIN.argv(
                model=model_path, samples=samples, report=report_path, folds=folds,
                repeats=self.parameterAsInt(parameters, self.REPEATS, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                device=self.device_value(parameters, context)), feedback, 2, 98)
        finally:
            os.remove(samples)
        importance = self.write_table(parameters, self.OUTPUT_IMPORTANCE, context, [
            ("factor", field_types.STRING), ("evaluation", field_types.STRING), ("rank", field_types.INT),
            ("auroc_fall", field_types.DOUBLE), ("auroc_fall_sd", field_types.DOUBLE),
            ("shuffles", field_types.INT)], result["importance"])
        response = self.write_table(parameters, self.OUTPUT_RESPONSE, context, [
            ("factor", field_types.STRING), ("class", field_types.INT), ("label", field_types.STRING),
            ("susceptibility", field_types.DOUBLE), ("sample_share", field_types.DOUBLE)], result["response"])
        ranked = [row[0] for row in result["importance"] if row[1] == result["importance"][-1][1]]
        feedback.pushInfo(self.tr("Factors by importance: {0}.").format(", ".join(ranked)))
        return {self.OUTPUT_IMPORTANCE: importance, self.OUTPUT_RESPONSE: response, self.OUTPUT_REPORT: report_path}
