"""Inputs as QGIS users have them, read in one place for every algorithm:
multi-band rasters (one factor per band), landslide layers of points, multipoints,
polygons or multipolygons (each part a landslide of its own), files that hold
several layers (refused unless one is named), and features without geometry
(skipped and counted; refused when none is left)."""
import math
import os

import numpy as np
from osgeo import ogr
from qgis.core import (QgsCoordinateTransform, QgsCsException, QgsFeatureRequest, QgsGeometry, QgsProcessingException,
                       QgsProcessingFeatureSourceDefinition, QgsProperty, QgsWkbTypes)



from ..model.core.raster import band_descriptions
from .translation import translate

#: Parameter types whose value may name a vector file.
VECTOR_TYPES = ("source", "vector", "layer", "multilayer")


def factor_bands(algorithm, layers):
    """(name, path, band) of every band of the factor rasters: a single-band raster
    goes by its layer name, a band of a multi-band raster by its description in the
    file (else <layer>_b<band>; <layer>_<description> when another factor has that
    description too)."""
    bands = []
    for layer in layers:
        path = algorithm.gdal_path(layer, translate("InputReaders", "factor '{0}'").format(layer.name()))
        descriptions = band_descriptions(path)
        for band, description in enumerate(descriptions, start=1):
            name = layer.name() if len(descriptions) == 1 else (description.strip() or f"{layer.name()}_b{band}")
            bands.append((name, path, band, layer.name(), len(descriptions)))
    names = [name for name, *_ in bands]
    # Two multi-band rasters that describe their bands alike (B4 of two scenes): the
    # layer's name tells them apart; two single-band layers of one name stay a clash
    # that preparefactors names.
    return [(f"{layer}_{name}" if count > 1 and names.count(name) > 1 else name, path, band)
            for name, path, band, layer, count in bands]


def layer_choice_problem(definitions, parameters):
    """Why a vector input names a file holding several layers without saying which
    (QGIS would silently take the first), or None."""
    for definition in definitions:
        if definition.isDestination() or definition.type() not in VECTOR_TYPES:
            continue
        value = parameters.get(definition.name())
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, QgsProcessingFeatureSourceDefinition):
                item = item.source.staticValue() if isinstance(item.source, QgsProperty) else item.source
            if not isinstance(item, str) or "|" in item or not os.path.exists(item):
                continue
            names = vector_layer_names(item)
            if len(names) > 1:
                return translate(
                    "InputReaders", "'{1}' given for {0} holds {2} layers ({3}). Say which one to use, e.g. '{1}|layername={4}' "
                    "(in the dialog: pick the layer from the project or the browser).").format(
                        definition.name(), item, len(names), ", ".join(names[:10]), names[0])
    return None


def vector_layer_names(path):
    """The vector layers of a file or folder OGR can open ([] for anything else)."""
    try:
        source = ogr.Open(path)
    except RuntimeError:
        return []
    if source is None:
        return []
    return [source.GetLayer(index).GetName() for index in range(source.GetLayerCount())]


def parts_of(geometry):
    """The single parts of a geometry, curves made straight (GDAL rasterises those)."""
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    return geometry.asGeometryCollection() if geometry.isMultipart() else [geometry]


def transformed(geometry, transform):
    """Transform `geometry` in place; False when it cannot be (coordinates outside
    what the source CRS allows), whether PROJ says so or gives infinite values."""
    try:
        geometry.transform(transform)
    except QgsCsException:
        return False
    box = geometry.boundingBox()
    return all(math.isfinite(value) for value in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))


def part_centre(part):
    """A polygon part's kernel centre: its centroid, or, for a part whose centroid
    lies outside it (a crescent, a U), the point on its surface QGIS picks."""
    centre = part.centroid()
    return centre if part.contains(centre) else part.pointOnSurface()


class InputReaders:
    """The readers an algorithm uses (a mixin of `LsghnetAlgorithm`)."""

    def gdal_path(self, layer, what):
        """The GDAL data source of a raster layer, or a clear error."""
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.tr("The {0} cannot be read. Choose a raster layer or a raster file "
                                                 "GDAL can open.").format(what))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr(
                "The {0} comes from the '{1}' provider; this algorithm reads rasters through GDAL. "
                "Save it as a GeoTIFF (Export > Save As) and use that file.").format(what, layer.providerType()))
        return layer.source()

    def transform_to(self, source, crs, context, feedback, what):
        """The transform of the source's geometries to `crs`, or None for a layer
        without a CRS (a shapefile without its .prj), whose coordinates are taken to
        be in `crs` already, as the log says."""
        if source.sourceCrs().isValid():
            return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        if feedback is not None:
            feedback.pushWarning(self.tr(
                "The {0} has no coordinate reference system; its coordinates are taken to be in the grid's ({1}). "
                "If they are not, set the layer's CRS (Layer Properties > Source) and run this again.").format(
                    what, crs.authid() or crs.description()))
        return None

    def request_in(self, source, crs, context, feedback, what):
        """A request for the source's geometries in `crs` (see `transform_to`)."""
        request = QgsFeatureRequest().setNoAttributes()
        if self.transform_to(source, crs, context, feedback, what) is not None:
            request.setDestinationCrs(crs, context.transformContext())
        return request

    def polygons_wkb(self, parameters, name, context, crs, feedback=None):
        """WKB of the polygons of an optional polygon source, in `crs`; None when
        the parameter is not set."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        if QgsWkbTypes.geometryType(source.wkbType()) in (QgsWkbTypes.GeometryType.PointGeometry,
                                                           QgsWkbTypes.GeometryType.LineGeometry):
            raise QgsProcessingException(self.tr(
                "The mask layer has {0} geometries; a study area is a polygon. Choose a polygon layer of the study "
                "area's outline, or leave the mask empty.").format(
                    QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType())).lower()))
        request = self.request_in(source, crs, context, feedback, self.tr("mask layer"))
        wkbs = [bytes(part.asWkb()) for feature in source.getFeatures(request)
                if not feature.geometry().isNull() and not feature.geometry().isEmpty()
                for part in parts_of(feature.geometry())
                if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry]
        if not wkbs:
            raise QgsProcessingException(self.tr("The mask layer has no polygon. Choose a layer with the study "
                                                 "area's outline, or leave the mask empty."))
        return wkbs

    def read_landslides(self, parameters, name, context, feedback, crs, polygon_cells=False):
        """Landslides of a point or polygon source in `crs`: (xs, ys, None) for
        points and polygons' kernel centres, (None, None, wkbs) for polygons' cells
        when `polygon_cells` is true. Each point of a multipoint and each part of a
        multipolygon is a landslide of its own."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        geometry_type = QgsWkbTypes.geometryType(source.wkbType())
        collections = QgsWkbTypes.flatType(source.wkbType()) == QgsWkbTypes.Type.GeometryCollection
        if geometry_type in (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry) \
                and not collections:
            raise QgsProcessingException(self.tr(
                "The landslide layer has no geometries (a table, or a layer whose features have none); use a layer "
                "of landslide points or polygons."))
        if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
            raise QgsProcessingException(self.tr(
                "The landslide layer has {0} geometries; use points (landslide locations) or polygons "
                "(landslide outlines). Lines can become polygons with 'Lines to polygons' or points with "
                "'Centroids'.").format(QgsWkbTypes.geometryDisplayString(geometry_type).lower()))
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                "The landslide layer is empty (or its selection/filter leaves no feature). "
                "Choose a layer with mapped landslides."))
        # Transformed here, not by the request, which drops a geometry it cannot
        # transform as if it had none: a layer whose CRS is wrong is told apart.
        transform = self.transform_to(source, crs, context, feedback, self.tr("landslide layer"))
        xs, ys, wkbs, skipped, untransformed = [], [], [], 0, 0
        for index, feature in enumerate(source.getFeatures(QgsFeatureRequest().setNoAttributes())):
            if index % 10000 == 0 and feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: nothing was written."))
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            if transform is not None and not transformed(geometry, transform):
                untransformed += 1
                continue
            for part in parts_of(geometry):
                if part.isEmpty():
                    continue
                # Each part by its own type: a geometry collection may hold any.
                part_type = QgsWkbTypes.geometryType(part.wkbType())
                if part_type not in (QgsWkbTypes.GeometryType.PointGeometry,
                                     QgsWkbTypes.GeometryType.PolygonGeometry):
                    raise QgsProcessingException(self.tr(
                        "A landslide feature holds {0} geometries; use points (landslide locations) or polygons "
                        "(landslide outlines). Lines can become polygons with 'Lines to polygons' or points with "
                        "'Centroids'.").format(QgsWkbTypes.geometryDisplayString(part_type).lower()))
                polygon = part_type == QgsWkbTypes.GeometryType.PolygonGeometry
                if polygon and polygon_cells:
                    wkbs.append(bytes(part.asWkb()))
                    continue
                point = (part_centre(part) if polygon else part).asPoint()
                xs.append(point.x())
                ys.append(point.y())
        if untransformed and not xs and not wkbs:
            raise QgsProcessingException(self.tr(
                "None of the landslides could be transformed from the layer's coordinate reference system ({0}) to "
                "the grid's ({1}): the layer's CRS is probably not the one its coordinates are in. Set the right "
                "one (Layer Properties > Source) and run this again.").format(
                    source.sourceCrs().authid() or source.sourceCrs().description(), crs.authid() or crs.description()))
        if untransformed:
            feedback.pushWarning(self.tr("{0} landslide feature(s) could not be transformed to the grid's coordinate "
                                         "reference system and were skipped.").format(untransformed))
        if skipped:
            feedback.pushWarning(self.tr("{0} landslide feature(s) without geometry (null or empty) "
                                         "were skipped.").format(skipped))
        if not xs and not wkbs:
            raise QgsProcessingException(self.tr(
                "None of the {0} landslide features has a geometry (all are null or empty). Choose a layer with "
                "mapped landslides, or repair its geometries.").format(skipped))
        if wkbs and xs:
            raise QgsProcessingException(self.tr(
                "The landslide layer mixes points and polygons (in geometry collections); their cells cannot be "
                "taken alike. Split it with 'Multipart to singleparts' and use its points or its polygons."))
        if wkbs:
            return None, None, wkbs
        return np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64), None
