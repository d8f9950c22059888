"""lsghnet:factorscreening - correlation and importance of candidate factors
(engine: model/factors/screening.py)."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from . import bounds
from . import field_types
from ..model.factors import stack as factors
from ..model.factors import grading
from ..model.factors import screening
from ..model.core.raster import Grid, PolygonRaster, open_raster
from ..model.core.replacement import atomic_output
from ..model.core.cells import LandslideCells
from ..model.core.vocabulary import SEED
from ..model.core.reports import place_plotly_script, write_screening_report
from .base import LsghnetAlgorithm
from .inputs import factor_bands


class FactorScreening(LsghnetAlgorithm):
    ALGORITHM_ID = "factorscreening"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FactorScreening", "Factor screening")
    GROUP_ID = "factors"
    GROUP_NAME = QT_TRANSLATE_NOOP("FactorScreening", "Factors")
    REQUIRED_MODULES = ("sklearn", "plotly")

    FACTORS = "FACTORS"
    STACK = "STACK"
    LANDSLIDES = "LANDSLIDES"
    MASK = "MASK"
    THRESHOLD = "THRESHOLD"
    SEED = "SEED"
    OUTPUT_CORRELATION = "OUTPUT_CORRELATION"
    OUTPUT_IMPORTANCE = "OUTPUT_IMPORTANCE"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):
        double, integer = QgsProcessingParameterNumber.Type.Double, QgsProcessingParameterNumber.Type.Integer
        parameters = [
            (QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Candidate factor rasters"),
                                                  QgsProcessing.SourceType.TypeRaster, optional=True),
             self.tr("Raw factor rasters, aligned to the first one's grid. Give these or a factor stack.")),
            (QgsProcessingParameterRasterLayer(self.STACK, self.tr("Or: factor stack"), optional=True),
             self.tr("A stack from 'Prepare factor stack': its class codes are screened.")),
            (QgsProcessingParameterFeatureSource(
                self.LANDSLIDES, self.tr("Landslides (points or polygons)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]),
             self.tr("Landslide cells (point cells, or cells inside polygons) against as many random other "
                     "cells train the random forest.")),
            (QgsProcessingParameterFeatureSource(self.MASK, self.tr("Study area mask"),
                                                 [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
             self.tr("Only cells inside these polygons are used.")),
            (QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Correlation threshold |r|"), double,
                                          defaultValue=0.7, minValue=0.0, maxValue=1.0),
             self.tr("Pairs of factors correlated above this are flagged in the log and the report.")),
            (QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), integer, defaultValue=SEED, minValue=0,
                                          maxValue=bounds.SEED),
             self.tr("Seed of the non-landslide sample and of the random forest.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_CORRELATION, self.tr("Correlation table"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("Pearson r of every factor pair: one row per factor, one column per factor.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_IMPORTANCE, self.tr("Importance table"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("Random-forest importance (mean decrease in impurity, sums to 1) and rank per factor.")),
            self.report_parameter(self.OUTPUT_REPORT, self.tr("Screening report"),
                                   self.tr("HTML with the correlation heatmap and the importance bar chart.")),
        ]
        self.add_parameters(parameters)

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        stack = self.parameterAsRasterLayer(parameters, self.STACK, context)
        if bool(layers) == bool(stack):
            raise QgsProcessingException(self.tr("Give either candidate factor rasters or a factor stack (one of "
                                                 "the two)."))
        crs = (layers[0] if layers else stack).crs()
        mask = self.polygons_wkb(parameters, self.MASK, context, crs, feedback)
        xs, ys, wkbs = self.read_landslides(parameters, self.LANDSLIDES, context, feedback, crs, polygon_cells=True)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        with self.engine_errors():
            if layers:
                sources = [factors.FactorSource(*band) for band in factor_bands(self, layers)]
                grid = Grid.of(open_raster(sources[0].path, self.tr("first factor")))
                rules = {source.name: grading.GradingRule(source.name) for source in sources}
                reader = factors.AlignedFactors(sources, rules, grid,
                                                PolygonRaster(mask, grid) if mask is not None else None)
            else:
                reader = factors.StackFactors(self.gdal_path(stack, self.tr("factor stack")), mask)
            cells = LandslideCells(reader.grid, xs, ys, wkbs)
            result = screening.screen_factors(reader, cells, seed=self.parameterAsInt(parameters, self.SEED, context),
                                              progress=self.progress_for(feedback, 0, 95))
            with atomic_output(report_path) as temporary:
                write_screening_report(temporary, result, threshold)
            place_plotly_script(report_path)

        correlation_id = self.write_correlation(parameters, context, result)
        importance_id = self.write_importance(parameters, context, result)
        feedback.pushInfo(self.tr("{0} cells with data in every factor; {1} landslide cells.").format(
            result.cells, result.landslide_cells))
        for first, second, r in result.flagged(threshold):
            feedback.pushWarning(self.tr("{0} and {1} are strongly correlated (r = {2:.3f} > {3:g}): consider "
                                         "keeping only one of them.").format(first, second, r, threshold))
        feedback.pushInfo(self.tr("Importance ranking (out-of-bag accuracy {0:.1f} %):").format(
            100 * result.oob_accuracy))
        for rank, (name, value) in enumerate(result.ranking(), start=1):
            feedback.pushInfo(f"  {rank}. {name}: {value:.4f}")
        return {self.OUTPUT_CORRELATION: correlation_id, self.OUTPUT_IMPORTANCE: importance_id,
                self.OUTPUT_REPORT: report_path}

    def write_correlation(self, parameters, context, result):
        columns = [("factor", field_types.STRING)] + [(name, field_types.DOUBLE) for name in result.names]
        rows = [[name] + [float(r) for r in row] for name, row in zip(result.names, result.correlation)]
        return self.write_table(parameters, self.OUTPUT_CORRELATION, context, columns, rows)

    def write_importance(self, parameters, context, result):
        columns = [("factor", field_types.STRING), ("importance", field_types.DOUBLE), ("rank", field_types.INT)]
        rows = [[name, value, rank] for rank, (name, value) in enumerate(result.ranking(), start=1)]
        return self.write_table(parameters, self.OUTPUT_IMPORTANCE, context, columns, rows)
