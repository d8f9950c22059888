"""lsghnet:crossvalidate - random and spatial cross-validation of model kinds, in
the Keras worker (engine: model/modelling/crossvalidation.py)."""
import os

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..model.worker import protocol
from ..model.factors.stack import read_gradings
from ..model.modelling import kinds as model_kinds
from ..model.modelling.crossvalidation import MEASURES, verdict, verdict_message
from ..model.sampling.dataset import presence_absence
from ..model.core.vocabulary import PARTITIONS, SampleKind
from . import bounds
from . import field_types
from .base import LsghnetAlgorithm
from .parameters import DeviceParameter, TrainingParameters
from .inputs import parts_of
from .translation import engine_text
from .samples_io import exchange_file, samples_to_file
from .worker_runner import run_worker

#: The PARTITION choices: random, spatial, both.
PARTITION_CHOICES = tuple((partition,) for partition in PARTITIONS) + (PARTITIONS,)


class CrossValidate(TrainingParameters, DeviceParameter, LsghnetAlgorithm):
    """Its training parameters (PRESET, EPOCHS, PATIENCE, MEMBERS, ENCODING, SEED) are
    the worker's crossvalidate settings (TrainingParameters)."""
    ALGORITHM_ID = "crossvalidate"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CrossValidate", "Cross-validate models")
    GROUP_ID = "modelling"
    GROUP_NAME = QT_TRANSLATE_NOOP("CrossValidate", "Modelling")
    NEEDS_WORKER = True
    SETTINGS_COMMAND = protocol.CROSSVALIDATE.name

    SAMPLES = "SAMPLES"
    LABEL_FIELD = "LABEL_FIELD"
    FACTORS = "FACTORS"
    HEATMAP = "HEATMAP"
    N_PER_INTERVAL = "N_PER_INTERVAL"
    MODELS = "MODELS"
    FOLDS = "FOLDS"
    REPETITIONS = "REPETITIONS"
    PARTITION = "PARTITION"
    DEVICE = "DEVICE"
    OUTPUT = "OUTPUT"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):
        integer = QgsProcessingParameterNumber.Type.Integer
        parameters = [
            (QgsProcessingParameterFeatureSource(self.SAMPLES, self.tr("Samples, or presence/absence points"),
                                                 [QgsProcessing.SourceType.TypeVectorPoint]),
             self.tr("A layer from 'Extract training samples', or points with a 1/0 landslide field (set the "
                     "presence/absence field below).")),
            (QgsProcessingParameterField(self.LABEL_FIELD, self.tr("Presence/absence field (1 = landslide)"),
                                         parentLayerParameterName=self.SAMPLES,
                                         type=QgsProcessingParameterField.DataType.Numeric, optional=True),
             self.tr("Only for presence/absence points: their classes are read from the factor stack.")),
            (QgsProcessingParameterRasterLayer(self.FACTORS, self.tr("Factor stack")),
             self.tr("The stack the samples come from (its catalogue gives the classes).")),
            (QgsProcessingParameterRasterLayer(self.HEATMAP, self.tr("Heatmap for soft samples (presence/absence "
                                                                     "points)"), optional=True),
             self.tr("With presence/absence points: LSGH-Net's soft samples are drawn from this heatmap around the "
                     "presence points, each following its landslide's fold.")),
            (QgsProcessingParameterNumber(self.N_PER_INTERVAL, self.tr("Soft samples per heatmap interval"), integer,
                                          optional=True, minValue=0, maxValue=bounds.SAMPLES),
             self.tr("Default: a third of the presence points each.")),
            (QgsProcessingParameterEnum(self.MODELS, self.tr("Models"), list(model_kinds.NAMES), allowMultiple=True,
                                        defaultValue=[0, 2, 3, 4]),
             self.tr("LSGH-Net, its ablation, the CNN, the random forest and logistic regression (GLM) on the "
                     "one-hot classes.")),
            (QgsProcessingParameterNumber(self.FOLDS, self.tr("Folds"), integer, defaultValue=5, minValue=2,
                                          maxValue=bounds.FOLDS),
             self.tr("k of the k-fold cross-validation.")),
            (QgsProcessingParameterNumber(self.REPETITIONS, self.tr("Repetitions"), integer, defaultValue=1,
                                          minValue=1, maxValue=bounds.REPETITIONS), self.tr("Each repetition draws new folds.")),
            (QgsProcessingParameterEnum(self.PARTITION, self.tr("Partition"),
                                        [self.tr("random"), self.tr("spatial (k-means of the coordinates)"),
                                         self.tr("both")], defaultValue=2),
             self.tr("Spatial folds are k-means clusters of the sample coordinates: test ground the model has not "
                     "seen.")),
            *self.training_parameters(),
            self.device_parameter(),
            (QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Cross-validation table"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("Per model and partition: mean and standard deviation of AUROC, AP, accuracy, F1 and MSE over "
                     "folds and repetitions.")),
            self.report_parameter(self.OUTPUT_REPORT, self.tr("Cross-validation report"),
                                   self.tr("Boxplots of the folds' AUROC per model and partition, and the table.")),
        ]
        self.add_parameters(parameters)

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.SAMPLES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SAMPLES))
        stack = self.parameterAsRasterLayer(parameters, self.FACTORS, context)
        stack_path = self.gdal_path(stack, self.tr("factor stack"))
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        if label_field and source.fields().indexOf(label_field) < 0:
            raise QgsProcessingException(self.tr(
                "The presence/absence field '{0}' is not in the samples layer (its fields: {1}). Choose the field "
                "that holds 1 for a landslide and 0 for none.").format(label_field, ", ".join(source.fields().names())))
        with self.engine_errors():
            gradings, stack_id = read_gradings(stack_path)
            if label_field:
                samples = self.presence_absence_file(parameters, context, feedback, source, label_field, stack_path,
                                                     stack.crs(), gradings, stack_id)
            else:
                samples = samples_to_file(source, gradings, feedback, stack_id, stack_path)
        kinds = [model_kinds.NAMES[i] for i in self.parameterAsEnums(parameters, self.MODELS, context)]
        if not kinds:
            raise QgsProcessingException(self.tr("Choose at least one model."))
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        try:
            result = run_worker(protocol.CROSSVALIDATE.argv(
                samples=samples, models=kinds,
                folds=self.parameterAsInt(parameters, self.FOLDS, context),
                repetitions=self.parameterAsInt(parameters, self.REPETITIONS, context),
                partitions=PARTITION_CHOICES[self.parameterAsEnum(parameters, self.PARTITION, context)],
                **self.training_values(parameters, context), report=report_path,
                device=self.device_value(parameters, context)), feedback, 2, 98)
        finally:
            os.remove(samples)
        columns = [("model", field_types.STRING), ("partition", field_types.STRING), ("runs", field_types.INT)] + [
            (f"{measure}_{statistic}", field_types.DOUBLE) for measure in MEASURES
            for statistic in ("mean", "sd")]
        table = self.write_table(parameters, self.OUTPUT, context, columns, [
            [entry["model"], entry["partition"], int(entry["runs"])] +
            [float(entry[f"{m}_{s}"]) for m in MEASURES for s in ("mean", "sd")] for entry in result["summary"]])
        for partition in sorted({entry["partition"] for entry in result["summary"]}):
            ranked = sorted((e for e in result["summary"] if e["partition"] == partition),
                            key=lambda e: -e["roc_auc_mean"])
            for entry in ranked:
                feedback.pushInfo(self.tr("{0} {1}: AUROC {2:.3f} +/- {3:.3f}, AP {4:.3f}").format(
                    partition, entry["model"], entry["roc_auc_mean"], entry["roc_auc_sd"], entry["ap_mean"]))
            feedback.pushInfo(engine_text(verdict_message(partition, verdict(result["folds"], result["summary"],
                                                                             partition))))
        return {self.OUTPUT: table, self.OUTPUT_REPORT: report_path}

    def presence_absence_file(self, parameters, context, feedback, source, label_field, stack_path, crs, gradings,
                              stack_id):
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        xs, ys, labels = [], [], []
        for feature in source.getFeatures(request):
            value = feature[label_field]
            if not feature.hasGeometry() or value is None or str(value) == "NULL":
                continue
            try:
                label = float(value)
            except (TypeError, ValueError):
                label = None
            if label not in (0.0, 1.0):
                raise QgsProcessingException(self.tr(
                    "The presence/absence field '{0}' holds '{1}'; it must hold 1 for a landslide and 0 for none. "
                    "Choose that field, or recode it (Field calculator).").format(label_field, value))
            for part in parts_of(feature.geometry()):
                point = part.asPoint()
                xs.append(point.x())
                ys.append(point.y())
                labels.append(label)
        heatmap = self.parameterAsRasterLayer(parameters, self.HEATMAP, context)
        per_interval = self.optional_int(parameters, self.N_PER_INTERVAL, context)
        dataset, notes = presence_absence(stack_path, np.array(xs), np.array(ys), np.array(labels),
                                          self.gdal_path(heatmap, self.tr("heatmap")) if heatmap else None,
                                          per_interval, self.training_values(parameters, context)["seed"])
        for note in notes:
            feedback.pushWarning(note)
        feedback.pushInfo(self.tr("{0} presence, {1} absence and {2} soft samples.").format(
            *(int((dataset.kind == kind).sum()) for kind in (SampleKind.POSITIVE, SampleKind.NEGATIVE,
                                                             SampleKind.HEATMAP))))
        return exchange_file(dataset, gradings, stack_id)
