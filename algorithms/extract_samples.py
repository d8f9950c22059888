"""lsghnet:extractsamples - training samples (engine: model/sampling/samples.py)."""
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from . import bounds
from . import field_types
from ..model.sampling import samples as engine
from ..model.sampling.schema import FIELDS, PREVALENCE, RESERVED, STACK_ID
from ..model.factors.stack import stack_fingerprint
from ..model.core.raster import Grid, open_raster
from ..model.core.vocabulary import INTERVAL_LABELS, SAMPLE_KINDS, SEED
from .base import LsghnetAlgorithm

#: The schema's field types as QGIS spells them.
FIELD_TYPES = {"double": field_types.DOUBLE, "string": field_types.STRING, "int": field_types.INT}


class ExtractSamples(LsghnetAlgorithm):
    ALGORITHM_ID = "extractsamples"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExtractSamples", "Extract training samples")
    GROUP_ID = "sampling"
    GROUP_NAME = QT_TRANSLATE_NOOP("ExtractSamples", "Sampling")
    REQUIRED_MODULES = ("scipy",)

    LANDSLIDES = "LANDSLIDES"
    POLYGON_MODE = "POLYGON_MODE"
    HEATMAP = "HEATMAP"
    FACTORS = "FACTORS"
    N_NEGATIVE = "N_NEGATIVE"
    MIN_DISTANCE = "MIN_DISTANCE"
    HEATMAP_SAMPLES = "HEATMAP_SAMPLES"
    N_PER_INTERVAL = "N_PER_INTERVAL"
    TEST_FRACTION = "TEST_FRACTION"
    SPLIT = "SPLIT"
    BLOCK_SIZE = "BLOCK_SIZE"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        integer, double = QgsProcessingParameterNumber.Type.Integer, QgsProcessingParameterNumber.Type.Double
        parameters = [
            (QgsProcessingParameterFeatureSource(
                self.LANDSLIDES, self.tr("Landslides (points or polygons)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]),
             self.tr("Positive samples: the cell holding each point, or the cells of each polygon.")),
            (QgsProcessingParameterEnum(self.POLYGON_MODE, self.tr("Polygon landslides give"),
                                        [self.tr("every cell inside the polygon"), self.tr("the centroid cell only")],
                                        defaultValue=0),
             self.tr("For polygon landslides: every cell whose centre is inside, or only the centroid's cell.")),
            (QgsProcessingParameterRasterLayer(self.HEATMAP, self.tr("Gaussian heatmap")),
             self.tr("Output of 'Landslide Gaussian heatmap' on the stack's grid.")),
            (QgsProcessingParameterRasterLayer(self.FACTORS, self.tr("Factor stack")),
             self.tr("Output of 'Prepare factor stack'.")),
            (QgsProcessingParameterNumber(self.N_NEGATIVE, self.tr("Negative samples (default: as many as "
                                                                   "positives)"), integer, optional=True,
                                          minValue=1, maxValue=bounds.SAMPLES),
             self.tr("Random cells where the heatmap is 0. Leave empty for as many as there are positives.")),
            (QgsProcessingParameterNumber(self.MIN_DISTANCE, self.tr("Minimum distance of negatives from "
                                                                     "landslides (map units)"), double,
                                          defaultValue=0.0, minValue=0.0, maxValue=bounds.DISTANCE),
             self.tr("Negatives lie at least this far from every landslide cell (0: only outside the heatmap).")),
            (QgsProcessingParameterBoolean(self.HEATMAP_SAMPLES, self.tr("Add heatmap (soft) samples"),
                                           defaultValue=True),
             self.tr("LSGH-Net's soft samples. Off: the hard-label dataset of the paper's CNN baseline.")),
            (QgsProcessingParameterNumber(self.N_PER_INTERVAL, self.tr("Heatmap samples per interval (default: "
                                                                       "a third of the positives)"), integer,
                                          optional=True, minValue=0, maxValue=bounds.SAMPLES),
             self.tr("Random cells from each of 0.2-0.4, 0.4-0.6 and 0.6-0.8; the label is the heatmap value.")),
            (QgsProcessingParameterNumber(self.TEST_FRACTION, self.tr("Test fraction"), double, defaultValue=0.3,
                                          minValue=0.0, maxValue=1.0),
             self.tr("Share of the samples held out for testing (the paper: 0.3).")),
            (QgsProcessingParameterEnum(self.SPLIT, self.tr("Split"), [
                self.tr("random cells (the paper; optimistic test score)"), self.tr("spatial blocks"),
                self.tr("random whole landslides")], defaultValue=engine.SPLIT_METHODS.index("landslides")),
             self.tr("Random whole landslides: each landslide goes to train or test with all its cells and soft "
                     "samples; negatives at random. Random cells (the paper): cell by cell, so cells of one landslide "
                     "polygon land on both sides and the test score is optimistic. Spatial blocks: whole square "
                     "blocks go to train or test, so the test score says how the model transfers to unseen ground.")),
            (QgsProcessingParameterNumber(self.BLOCK_SIZE, self.tr("Block size (map units)"), double,
                                          defaultValue=1000.0, minValue=0.0, maxValue=bounds.DISTANCE),
             self.tr("Side of the square blocks; a landslide's soft samples share its block.")),
            (QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), integer, defaultValue=SEED, minValue=0,
                                          maxValue=bounds.SEED),
             self.tr("The same seed gives the same samples.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Training samples"),
                                               QgsProcessing.SourceType.TypeVectorPoint),
             self.tr("Points at cell centres: label, kind (positive/negative/heatmap), heatmap interval, split "
                     "(train/test), block, landslide (index of the landslide a sample belongs to, -1 for "
                     "negatives) and one integer field per factor with its class.")),
        ]
        self.add_parameters(parameters)

    def process(self, parameters, context, feedback):
        stack_layer = self.parameterAsRasterLayer(parameters, self.FACTORS, context)
        stack_path = self.gdal_path(stack_layer, self.tr("factor stack"))
        heatmap_path = self.gdal_path(self.parameterAsRasterLayer(parameters, self.HEATMAP, context),
                                      self.tr("heatmap"))
        polygon_cells = self.parameterAsEnum(parameters, self.POLYGON_MODE, context) == 0
        xs, ys, wkbs = self.read_landslides(parameters, self.LANDSLIDES, context, feedback, stack_layer.crs(),
                                            polygon_cells=polygon_cells)
        optional_int = {name: self.optional_int(parameters, name, context)
                        for name in (self.N_NEGATIVE, self.N_PER_INTERVAL)}
        with self.engine_errors():
            grid = Grid.of(open_raster(stack_path, self.tr("factor stack")))
            stack_id = stack_fingerprint(stack_path)
            cells = engine.LandslideCells(grid, xs, ys, wkbs)
            drawn = engine.extract_samples(
                stack_path, heatmap_path, cells,
                n_negative=optional_int[self.N_NEGATIVE],
                min_distance=self.parameterAsDouble(parameters, self.MIN_DISTANCE, context),
                n_per_interval=optional_int[self.N_PER_INTERVAL],
                heatmap_samples=self.parameterAsBoolean(parameters, self.HEATMAP_SAMPLES, context),
                test_fraction=self.parameterAsDouble(parameters, self.TEST_FRACTION, context),
                split=engine.SPLIT_METHODS[self.parameterAsEnum(parameters, self.SPLIT, context)],
                block_size=self.parameterAsDouble(parameters, self.BLOCK_SIZE, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                progress=self.progress_for(feedback, 0, 90),
            )
        for note in drawn.notes:
            feedback.pushWarning(note)
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context, self.fields(drawn.factor_names),
                                                 QgsWkbTypes.Type.Point, stack_layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        self.write(sink, drawn, stack_id, feedback)
        self.report(drawn, feedback)
        return {self.OUTPUT: destination}

    def fields(self, factor_names):
        clash = [name for name in factor_names if name.lower() in RESERVED]
        if clash:
            raise QgsProcessingException(self.tr("Factor name(s) {0} clash with the samples layer's own fields ({1}). "
                                                 "Rename those factors and prepare the stack again.").format(
                ", ".join(clash), ", ".join(RESERVED)))
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(QgsField(name, FIELD_TYPES[kind]))
        for name in factor_names:
            fields.append(QgsField(name, field_types.INT))
        fields.append(QgsField(STACK_ID, field_types.STRING))
        fields.append(QgsField(PREVALENCE, field_types.DOUBLE))
        return fields

    def write(self, sink, drawn, stack_id, feedback):
        """Write every sample. Not interruptible on purpose: a cancel here would leave
        a half-written layer, and writing takes a second or two at most."""
        total = len(drawn)
        for index in range(total):
            if index % 5000 == 0:
                feedback.setProgress(90 + 10 * index / total)
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(drawn.x[index]), float(drawn.y[index]))))
            feature.setAttributes([
                float(drawn.label[index]), SAMPLE_KINDS[drawn.kind[index]],
                INTERVAL_LABELS[drawn.interval[index]], "test" if drawn.test[index] else "train",
                int(drawn.block[index]), int(drawn.landslide[index]),
            ] + [int(value) for value in drawn.classes[index]] + [stack_id, float(drawn.prevalence)])
            self.add_feature(sink, feature)
        self.finish_sink(sink)

    def report(self, drawn, feedback):
        for kind, name in enumerate(SAMPLE_KINDS):
            members = drawn.kind == kind
            feedback.pushInfo(self.tr("{0}: {1} samples ({2} train, {3} test)").format(
                name, int(members.sum()), int((members & ~drawn.test).sum()), int((members & drawn.test).sum())))
        feedback.pushInfo(self.tr("Total: {0} samples, {1} in the test set.").format(len(drawn), int(drawn.test.sum())))
