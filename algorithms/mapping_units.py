"""Zoning per mapping unit on the QGIS side (engine: model/mapping/units.py): the
units read from a polygon layer, the output layer (the units with their attributes
and statistics, in the units' CRS) and its style, a colour per zone."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsWkbTypes,
)
from . import field_types
from ..model.core.raster import PolygonRaster
from ..model.mapping import units as engine
from ..model.mapping.zoning import zone_colours, zone_labels
from .translation import translate

#: The statistics' fields: (name, type) after the unit's own fields.
FIELDS = (("cells", field_types.LONG), ("mean_index", field_types.DOUBLE),
          (f"p{engine.PERCENTILE}_index", field_types.DOUBLE), ("zone", field_types.INT),
          ("zone_label", field_types.STRING), ("landslides", field_types.LONG),
          ("landslide_cells", field_types.LONG), ("density_pct", field_types.DOUBLE),
          ("probability", field_types.DOUBLE))


class UnitZoning:
    """The zoning per mapping unit of one run: the units read (none when `source` is
    None), measured once the zones are known (`measure`, before any file is
    written), and written with their statistics (`write`)."""

    def __init__(self, algorithm, source, crs, context, feedback):
        self.algorithm, self.source, self.context, self.feedback = algorithm, source, context, feedback
        self.features, self.wkbs, self.rows = [], [], []
        if source is None:
            return
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(translate(
                "MappingUnits", "The mapping units must be polygons (slope units, catchments, parcels ...); this "
                                "layer has other geometries."))
        transform = algorithm.transform_to(source, crs, context, feedback,
                                           translate("MappingUnits", "mapping units layer"))
        for feature in source.getFeatures():  # a unit is a feature, all its parts together
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            self.features.append(feature)
            self.wkbs.append(bytes(geometry.asWkb()))

    def measure(self, path, landslides, mask_wkbs, zoning, probability_path=None):
        if self.source is not None:
            mask = PolygonRaster(mask_wkbs, landslides.grid) if mask_wkbs else None
            self.rows = engine.unit_statistics(path, self.wkbs, landslides, zoning, mask,
                                               self.algorithm.progress_for(self.feedback, 90, 95),
                                               probability_path=probability_path)

    def write(self, parameters, name, zones):
        """The units with their fields (a field named like a statistic keeps its
        values as `<name>_unit`) and the statistics (`engine.COLUMNS`), coloured by
        zone when loaded; the sink's id, or None without units."""
        if self.source is None:
            return None
        ours = [field for field, _ in FIELDS]
        fields = QgsFields()
        for field in self.source.fields():
            renamed = QgsField(field)
            if field.name() in ours:
                renamed.setName(f"{field.name()}_unit")
            fields.append(renamed)
        for field, kind in FIELDS:
            fields.append(QgsField(field, kind))
        sink, destination = self.algorithm.parameterAsSink(parameters, name, self.context, fields,
                                                           self.source.wkbType(), self.source.sourceCrs())
        for feature, row in zip(self.features, self.rows):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [row[key] for key in engine.COLUMNS])
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.algorithm.writeFeatureError(sink, parameters, name))
        if self.context.willLoadLayerOnCompletion(destination):
            processor = ZoneCategories(zones)
            ZoneCategories.kept.append(processor)
            self.context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
        self.feedback.pushInfo(translate("MappingUnits", "{0} mapping units zoned; {1} hold no cell with an "
                                                         "index.").format(len(self.rows), sum(
                                                             1 for row in self.rows if not row["cells"])))
        return destination


class ZoneCategories(QgsProcessingLayerPostProcessorInterface):
    """The units coloured by zone when the output is loaded into the project."""

    kept = []  # QGIS holds post-processors by pointer only: Python must keep them

    def __init__(self, zones):
        super().__init__()
        self.zones = zones

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS's method
        categories = []
        for zone, (colour, label) in enumerate(zip(zone_colours(self.zones), zone_labels(self.zones)), start=1):
            symbol = QgsFillSymbol.createSimple({"color": ",".join(map(str, colour)), "outline_color": "80,80,80",
                                                 "outline_width": "0.1"})
            categories.append(QgsRendererCategory(zone, symbol, label))
        layer.setRenderer(QgsCategorizedSymbolRenderer("zone", categories))
        layer.triggerRepaint()
