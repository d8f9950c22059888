"""lsghnet:zoning - susceptibility zones, landslide-density table and charts
(engine: model/mapping/zoning.py)."""
from qgis.core import (
    QgsPalettedRasterRenderer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QColor

from . import field_types, mapping_units
from ..model.mapping import zoning
from ..model.core.raster import Grid, open_raster
from ..model.core.cells import LandslideCells
from ..model.core.breaks import Method
from ..model.core.breaks import parse as parse_breaks
from .base import LsghnetAlgorithm

COLUMN_TYPES = {"model": field_types.STRING, "zone": field_types.INT, "label": field_types.STRING,
                "pixels": field_types.LONG, "landslide_units": field_types.LONG}


def zone_style(path, zones):
    """The zone raster as a layer with a colour and a label per zone."""
    layer = QgsRasterLayer(path, "zones", "gdal")
    classes = [QgsPalettedRasterRenderer.Class(zone, QColor(*colour), label)
               for zone, (colour, label) in enumerate(zip(zoning.zone_colours(zones), zoning.zone_labels(zones)),
                                                      start=1)]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return layer


#: The zoning methods (model/core/breaks.py), in the order of the METHOD choices.
METHOD_CHOICES = tuple(method.value for method in (Method.JENKS, Method.EQUAL, Method.QUANTILE,
                                                   Method.BREAKS))

class Zoning(LsghnetAlgorithm):
    ALGORITHM_ID = "zoning"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("Zoning", "Susceptibility zoning and landslide density")
    GROUP_ID = "mapping"
    GROUP_NAME = QT_TRANSLATE_NOOP("Zoning", "Mapping")
    REQUIRED_MODULES = ("plotly",)

    SUSCEPTIBILITY = "SUSCEPTIBILITY"
    LANDSLIDES = "LANDSLIDES"
    MASK = "MASK"
    METHOD = "METHOD"
    N_ZONES = "N_ZONES"
    BREAKS = "BREAKS"
    COMPARE = "COMPARE"
    UNITS = "UNITS"
    PROBABILITY = "PROBABILITY"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    OUTPUT_UNITS = "OUTPUT_UNITS"

    def initAlgorithm(self, config=None):
        parameters = [
            (QgsProcessingParameterRasterLayer(self.SUSCEPTIBILITY, self.tr("Susceptibility raster")),
             self.tr("Susceptibility index in [0, 1], e.g. the output of 'Susceptibility map'.")),
            (QgsProcessingParameterFeatureSource(
                self.LANDSLIDES, self.tr("Landslides (points or polygons)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]),
             self.tr("Landslide units: the cell holding each point, or every cell inside each polygon. Any CRS.")),
            (QgsProcessingParameterFeatureSource(self.MASK, self.tr("Study area mask"),
                                                 [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
             self.tr("Only cells inside these polygons are zoned and counted.")),
            (QgsProcessingParameterEnum(self.METHOD, self.tr("Zoning method"),
                                        [self.tr("Jenks natural breaks"), self.tr("equal intervals"),
                                         self.tr("quantiles"), self.tr("user breaks")], defaultValue=0),
             self.tr("Jenks on the whole raster (the paper); equal intervals 0-0.2 ... 0.8-1 (the paper's tables); "
                     "quantiles; or the breaks given below.")),
            (QgsProcessingParameterNumber(self.N_ZONES, self.tr("Number of zones"),
                                          QgsProcessingParameterNumber.Type.Integer, defaultValue=5, minValue=2,
                                          maxValue=20),
             self.tr("Five zones are labelled extremely low, low, moderate, high, extremely high.")),
            (QgsProcessingParameterString(self.BREAKS, self.tr("User breaks (e.g. 0.2 0.4 0.6 0.8)"),
                                          optional=True),
             self.tr("Increasing breaks strictly between 0 and 1, for the 'user breaks' method; they make "
                     "(number of breaks + 1) zones.")),
            (QgsProcessingParameterMultipleLayers(self.COMPARE, self.tr("Further susceptibility rasters to compare"),
                                                  QgsProcessing.SourceType.TypeRaster, optional=True),
             self.tr("Other models' maps on the same grid (e.g. the CNN baseline): zoned the same way and shown "
                     "side by side in the table and charts.")),
            (QgsProcessingParameterFeatureSource(self.UNITS, self.tr("Mapping units (slope units, catchments ...)"),
                                                 [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
             self.tr("Optional polygons planners work with: each gets the mean and the 90th percentile of the "
                     "index over its cells, the zone of its mean, its landslides and their density.")),
            (QgsProcessingParameterRasterLayer(self.PROBABILITY, self.tr("Probability raster (for the mapping "
                                                                         "units)"), optional=True),
             self.tr("Optional: the probability of a landslide cell that 'Susceptibility map' wrote with this "
                     "index. Each mapping unit then also gets its mean probability: the share of its cells expected "
                     "on a landslide.")),
            (QgsProcessingParameterRasterDestination(self.OUTPUT_ZONES, self.tr("Zones")),
             self.tr("Zone numbers 1..N (Byte, 0 = nodata), styled green to red with the zone labels.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, self.tr("Zoning table"),
                                               QgsProcessing.SourceType.TypeVector),
             self.tr("Per model and zone: bounds, cells, area, share of cells, landslide units, share of landslide "
                     "units, landslide density and frequency ratio.")),
            self.report_parameter(self.OUTPUT_REPORT, self.tr("Zoning report"),
                                   self.tr("Frequency histogram of the index and landslide density per zone.")),
            (QgsProcessingParameterFeatureSink(self.OUTPUT_UNITS, self.tr("Zoning per mapping unit"),
                                               QgsProcessing.SourceType.TypeVectorPolygon, optional=True),
             self.tr("The mapping units with their fields and cells, mean_index, p90_index, zone, zone_label, "
                     "landslides, landslide_cells, density_pct (% of the unit's cells) and probability (with the "
                     "probability raster), coloured by zone. Written when mapping units are given.")),
        ]
        self.add_parameters(parameters)

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.SUSCEPTIBILITY, context)
        paths = [self.gdal_path(layer, self.tr("susceptibility raster"))]
        names = [layer.name()]
        for other in self.parameterAsLayerList(parameters, self.COMPARE, context):
            paths.append(self.gdal_path(other, other.name()))
            names.append(other.name())
        for raster in [layer] + self.parameterAsLayerList(parameters, self.COMPARE, context):
            if raster.bandCount() > 1:
                feedback.pushWarning(self.tr("'{0}' has {1} bands; zoning reads its first band as the susceptibility "
                                             "index.").format(raster.name(), raster.bandCount()))
        names = self.unique_names(names)
        method = METHOD_CHOICES[self.parameterAsEnum(parameters, self.METHOD, context)]
        text = self.parameterAsString(parameters, self.BREAKS, context)
        try:
            breaks = parse_breaks(text)
        except ValueError as error:
            raise QgsProcessingException(self.tr("User breaks must be numbers separated by spaces (got '{0}').")
                                         .format(text)) from error
        zones_path = self.geotiff_output(parameters, self.OUTPUT_ZONES, context, self.tr(
            "The zones raster is a GeoTIFF: give it a .tif extension."))
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        xs, ys, wkbs = self.read_landslides(parameters, self.LANDSLIDES, context, feedback, layer.crs(),
                                            polygon_cells=True)
        mask = self.polygons_wkb(parameters, self.MASK, context, layer.crs(), feedback)
        chance = self.parameterAsRasterLayer(parameters, self.PROBABILITY, context)
        chance_path = self.gdal_path(chance, self.tr("probability raster")) if chance else None
        units = mapping_units.UnitZoning(self, self.parameterAsSource(parameters, self.UNITS, context), layer.crs(),
                                         context, feedback)
        with self.engine_errors():
            cells = LandslideCells(Grid.of(open_raster(paths[0], self.tr("susceptibility raster"))), xs, ys, wkbs)
            if method == Method.BREAKS and not breaks:
                raise QgsProcessingException(self.tr("The 'user breaks' method needs breaks, e.g. '0.2 0.4 0.6 0.8'."))
            results = zoning.zone_rasters(paths, names, cells, method, self.parameterAsInt(parameters, self.N_ZONES,
                                                                                           context),
                                          breaks, mask, zones_path, self.progress_for(feedback, 0, 90),
                                          report_path=report_path,
                                          before_writing=lambda zonings: units.measure(paths[0], cells, mask,
                                                                                       zonings[0], chance_path))
        self.style_when_loaded(zone_style(zones_path, results[0].zones), zones_path, context)
        table = self.write_zoning_table(parameters, context, results)
        self.report(results, cells, feedback)
        return {self.OUTPUT_ZONES: zones_path, self.OUTPUT_TABLE: table, self.OUTPUT_REPORT: report_path,
                self.OUTPUT_UNITS: units.write(parameters, self.OUTPUT_UNITS, results[0].zones)}

    def write_zoning_table(self, parameters, context, results):
        columns = [(column, COLUMN_TYPES.get(column, field_types.DOUBLE)) for column in zoning.TABLE_COLUMNS]
        rows = [[row[column] for column in zoning.TABLE_COLUMNS] for result in results for row in result.rows()]
        return self.write_table(parameters, self.OUTPUT_TABLE, context, columns, rows)

    def report(self, results, cells, feedback):
        if cells.outside:
            feedback.pushWarning(self.tr("{0} landslide(s) lie outside the raster.").format(cells.outside))
        for result in results:
            summary = result.summary()
            bounds = " ".join(f"{b:.4f}" for b in result.bounds)
            feedback.pushInfo(self.tr("{0}: zone bounds {1}").format(result.name, bounds))
            for row in result.rows():
                feedback.pushInfo(f"  {row['label']:>15s}: {row['cell_ratio']:6.2f} % of cells, "
                                  f"{row['landslide_ratio']:6.2f} % of landslide units, "
                                  f"density {row['density']:.3f} %, frequency ratio {row['frequency_ratio']:.2f}")
            if summary["landslide_units"] == 0:
                feedback.pushWarning(self.tr("{0}: no landslide falls on a zoned cell; the table holds cell counts "
                                             "only. Check the landslide layer and the mask.").format(result.name))
                continue
            trend = self.tr("rises monotonically") if summary["monotonic"] else self.tr(
                "does NOT rise monotonically")
            feedback.pushInfo(self.tr("{0}: landslide density {1} from zone to zone; the top two zones hold "
                                      "{2:.1f} % of the landslide units on {3:.1f} % of the area.").format(
                result.name, trend, summary["top_two_landslides"], summary["top_two_area"]))
