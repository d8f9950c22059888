"""lsghnet:gaussianheatmap - the landslide Gaussian heatmap (engine: model/sampling/heatmap.py)."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from ..model.sampling import heatmap
from ..model.core.errors import InputError
from ..model.core.vocabulary import INTERVAL_LABELS
from . import bounds
from .base import LsghnetAlgorithm
from .checks import raster_value_problem
from .translation import engine_text


class GaussianHeatmap(LsghnetAlgorithm):
    ALGORITHM_ID = "gaussianheatmap"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("GaussianHeatmap", "Landslide Gaussian heatmap")
    GROUP_ID = "sampling"
    GROUP_NAME = QT_TRANSLATE_NOOP("GaussianHeatmap", "Sampling")

    LANDSLIDES = "LANDSLIDES"
    REFERENCE = "REFERENCE"
    RADIUS = "RADIUS"
    BOUNDARY_VALUE = "BOUNDARY_VALUE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        landslides = QgsProcessingParameterFeatureSource(
            self.LANDSLIDES,
            self.tr("Landslides (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
        )
        landslides.setHelp(self.tr("Mapped landslides. A polygon's kernel sits on its centroid, or inside it when the "
                                   "centroid falls outside; each part of a multipart feature is a landslide of its "
                                   "own. Any CRS: they are reprojected to the reference raster's CRS."))
        reference = QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference raster (defines the grid)"))
        reference.setHelp(self.tr("The heatmap is written on exactly this raster's grid (extent, pixel size, CRS). "
                                  "Cells that are nodata in its first band stay nodata."))
        radius = QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Kernel radius R (pixels)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=6, minValue=1, maxValue=bounds.RADIUS,
        )
        radius.setHelp(self.tr("Kernel radius in pixels; the kernel is 2R+1 pixels wide. The paper's scales "
                               "are R = 3, 6, 9 (diameters 7, 13, 19); 6 worked best."))
        boundary = QgsProcessingParameterNumber(
            self.BOUNDARY_VALUE, self.tr("Value on the kernel boundary"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.1, minValue=0.0, maxValue=1.0,
        )
        boundary.setHelp(self.tr("Heatmap value at distance R from a landslide, strictly between 0 and 1 "
                                 "(the paper: 0.1). It sets the Gaussian's sigma."))
        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Gaussian heatmap"))
        output.setHelp(self.tr("Float32 GeoTIFF on the reference grid: 1 at landslide pixels, falling to "
                               "the boundary value at R, 0 beyond; nodata where the reference is nodata."))
        for parameter in (landslides, reference, radius, boundary, output):
            self.addParameter(parameter)

    def checkParameterValues(self, parameters, context):
        radius = self.parameterAsInt(parameters, self.RADIUS, context)
        boundary = self.parameterAsDouble(parameters, self.BOUNDARY_VALUE, context)
        try:
            heatmap.validate_parameters(radius, boundary)
        except InputError as error:
            return False, engine_text(error.message)
        problem = raster_value_problem(parameters.get(self.REFERENCE), context, self.tr("reference raster"))
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        reference_path = self.gdal_path(reference, self.tr("reference raster"))
        output_path = self.geotiff_output(parameters, self.OUTPUT, context, self.tr(
                "The heatmap is written as a GeoTIFF: give the output file a .tif extension ({0})."))

        xs, ys, _ = self.read_landslides(parameters, self.LANDSLIDES, context, feedback, reference.crs())
        radius = self.parameterAsInt(parameters, self.RADIUS, context)
        boundary = self.parameterAsDouble(parameters, self.BOUNDARY_VALUE, context)
        feedback.pushInfo(self.tr("Kernel: radius {0} px (diameter {1} px), boundary value {2:g}, "
                                  "sigma {3:.3f} px.").format(radius, 2 * radius + 1, boundary,
                                                              heatmap.sigma(radius, boundary)))
        with self.engine_errors():
            summary = heatmap.write_heatmap(
                reference_path, output_path, xs, ys, radius, boundary,
                progress=self.progress_for(feedback, 10, 100),
            )
        self.report(summary, feedback)
        return {self.OUTPUT: output_path}

    def report(self, summary, feedback):
        feedback.pushInfo(self.tr("Landslides used: {0} (in {1} distinct pixels); outside the grid, skipped: {2}.")
                          .format(summary.landslides_used, summary.distinct_pixels, summary.landslides_outside))
        if summary.landslides_outside:
            feedback.pushWarning(self.tr("{0} landslide(s) lie outside the reference raster and were skipped.")
                                 .format(summary.landslides_outside))
        valid = int(summary.interval_counts.sum())
        feedback.pushInfo(self.tr("Cells per heatmap interval ({0} cells with data, {1} nodata):")
                          .format(valid, summary.nodata_cells))
        for label, count in zip(INTERVAL_LABELS, summary.interval_counts):
            share = 100.0 * count / valid if valid else 0.0
            feedback.pushInfo(f"  {label}: {int(count)} ({share:.2f} %)")
