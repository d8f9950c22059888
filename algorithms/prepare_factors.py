"""lsghnet:preparefactors - aligned, graded factor stack (engine: model/factors/stack.py)."""
import os

from qgis.core import (
    NULL,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from ..model.factors import stack as factors
from ..model.factors import grading
from .base import LsghnetAlgorithm
from .inputs import factor_bands

#: The GRADING parameter's metadata that gives it the grading table (grading_widget.py): named by its path, so
#: that Processing's GUI, which the table needs, is imported when a dialog opens and never in qgis_process.
GRADING_WIDGET = {"widget_wrapper": {"class": f"{__package__}.grading_widget.GradingWidgetWrapper"}}

GRADING_HEADERS = ["Factor", "Method", "Classes", "Breaks"]


class PrepareFactors(LsghnetAlgorithm):
    ALGORITHM_ID = "preparefactors"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PrepareFactors", "Prepare factor stack")
    GROUP_ID = "factors"
    GROUP_NAME = QT_TRANSLATE_NOOP("PrepareFactors", "Factors")

    FACTORS = "FACTORS"
    GRADING = "GRADING"
    REFERENCE = "REFERENCE"
    MASK = "MASK"
    OUTPUT = "OUTPUT"
    CATALOGUE = "CATALOGUE"

    def initAlgorithm(self, config=None):
        layers = QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Causative factors"),
                                                      QgsProcessing.SourceType.TypeRaster)
        layers.setHelp(self.tr("One raster per factor (slope, lithology, land use ...); each band of a multi-band "
                               "raster is a factor of its own, named by its band description. The layer name is a "
                               "single-band factor's name. A stand-in value for no data (-9999, -32768 ...) must be "
                               "declared as the raster's nodata value."))
        table = QgsProcessingParameterMatrix(self.GRADING, self.tr("Grading (one row per factor)"),
                                             numberRows=0, hasFixedNumberRows=False, headers=GRADING_HEADERS,
                                             optional=True)
        table.setMetadata(GRADING_WIDGET)
        table.setHelp(self.tr("Factor: its name. Method: categorical (each code a class), breaks (explicit, "
                              "increasing, separated by spaces or ';'), equal, quantile or jenks (with Classes, 2 to 100). "
                              "Unlisted factors: continuous, 10 quantile classes. In qgis_process: "
                              "GRADING=slope,breaks,,10;20;30,lithology,categorical,,"))
        reference = QgsProcessingParameterRasterLayer(self.REFERENCE, self.tr("Reference grid"), optional=True)
        reference.setHelp(self.tr("Raster whose grid (extent, pixel size, CRS) the stack takes; default: the first "
                                  "factor. Other factors are warped to it (nearest neighbour for categorical, "
                                  "bilinear for continuous factors)."))
        mask = QgsProcessingParameterFeatureSource(self.MASK, self.tr("Study area mask"),
                                                   [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        mask.setHelp(self.tr("Cells whose centre lies outside these polygons are nodata (0) in the stack."))
        output = QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Factor stack"))
        output.setHelp(self.tr("GeoTIFF, band i = factor i graded to classes 1..k, 0 = nodata (any factor nodata "
                               "or outside the mask); band descriptions are the factor names. Its catalogue is "
                               "stored inside it and written beside it as <name>.json."))
        catalogue = QgsProcessingParameterFileDestination(self.CATALOGUE, self.tr("Factor catalogue"),
                                                          self.tr("JSON files (*.json)"), optional=True,
                                                          createByDefault=False)
        catalogue.setHelp(self.tr("A further copy of the catalogue: every factor, its kind, breaks or category "
                                  "codes and class labels."))
        for parameter in (layers, table, reference, mask, output, catalogue):
            self.addParameter(parameter)

    def checkParameterValues(self, parameters, context):
        for layer in self.parameterAsLayerList(parameters, self.FACTORS, context):
            if layer.type() != layer.RasterLayer:
                return False, self.tr("'{0}' is not a raster layer; factors must be rasters.").format(layer.name())
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one factor raster."))
        sources = [factors.FactorSource(*band) for band in factor_bands(self, layers)]
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context) or layers[0]
        reference_path = self.gdal_path(reference, self.tr("reference grid"))
        output_path = self.geotiff_output(parameters, self.OUTPUT, context, self.tr(
            "The stack is written as a GeoTIFF: give it a .tif extension."))
        catalogue_paths = [os.path.splitext(output_path)[0] + ".json"]
        extra = self.parameterAsFileOutput(parameters, self.CATALOGUE, context)
        if extra and os.path.abspath(extra) != os.path.abspath(catalogue_paths[0]):
            catalogue_paths.append(extra)
        mask = self.polygons_wkb(parameters, self.MASK, context, reference.crs(), feedback)

        with self.engine_errors():
            rows = ["" if cell in (None, NULL) else cell
                    for cell in self.parameterAsMatrix(parameters, self.GRADING, context) or []]
            width = len(GRADING_HEADERS)
            rules = grading.parse_rules([rows[i:i + width] for i in range(0, len(rows), width)],
                                        [source.name for source in sources])
            gradings = factors.prepare_stack(sources, rules, reference_path, output_path, catalogue_paths,
                                             mask_wkbs=mask, progress=self.progress_for(feedback),
                                             log=feedback.pushInfo)
        for graded in gradings:
            detail = graded.breaks if graded.kind == "continuous" else graded.codes
            feedback.pushInfo(self.tr("{0}: {1}, {2} classes ({3}: {4})").format(
                graded.name, graded.kind, graded.classes, graded.method,
                " ".join(f"{value:g}" for value in detail)))
        return {self.OUTPUT: output_path, self.CATALOGUE: catalogue_paths[-1]}
