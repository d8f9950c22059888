"""How every algorithm writes its outputs: required outputs a chain leaves unset go
to a temporary file, vector outputs a failed run had begun are recorded for removal
(`run_guard`), a feature or a buffer the disk refuses is an error (never a silently
shorter layer), tables without geometry, metrics tables, GeoTIFF-only rasters."""
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingLayerPostProcessorInterface, QgsProcessingParameterDefinition, QgsProcessingUtils,
                       QgsProject, QgsWkbTypes)

from ..model.core.reports import METRIC_LABELS
from . import field_types
from .run_guard import new_vector_file


def beside_the_project(name, extension):
    """A file of the current project's folder, for a result worth keeping (a trained
    model): `<project>_<name><extension>`, numbered so that no file there is replaced;
    None (a temporary file) when the project is not saved yet or its folder cannot
    be written."""
    project = QgsProject.instance().fileName()
    folder = os.path.dirname(project)
    if not project or not os.path.isdir(folder) or not os.access(folder, os.W_OK):
        return None
    stem = os.path.join(folder, f"{os.path.splitext(os.path.basename(project))[0]}_{name}")
    path, number = stem + extension, 1
    while os.path.exists(path):
        number += 1
        path = f"{stem}_{number}{extension}"
    return path


def is_temporary(path):
    """Whether `path` lies in QGIS's temporary folder, which it empties on closing."""
    temporary = os.path.realpath(QgsProcessingUtils.tempFolder())
    try:
        return os.path.commonpath([os.path.realpath(path), temporary]) == temporary
    except ValueError:  # Windows: on another drive
        return False


class SavedStyle(QgsProcessingLayerPostProcessorInterface):
    """Applies the style saved beside a raster output (<name>.qml) when Processing
    loads it into the project: Processing loads outputs without their default style."""

    kept = []  # QGIS holds post-processors by pointer only: Python must keep them

    def __init__(self, path):
        super().__init__()
        self.path = path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS's method
        layer.loadNamedStyle(self.path)
        layer.triggerRepaint()


class OutputWriters:
    """Mixed into `LsghnetAlgorithm`; `created_files` is the run's list of vector
    files it made (set by `processAlgorithm`)."""

    @staticmethod
    def style_when_loaded(layer, path, context):
        """Save `layer`'s style beside the raster `path` (QGIS applies it whenever the
        file is opened) and apply it when this run loads the raster into the project."""
        style = os.path.splitext(path)[0] + ".qml"
        layer.saveNamedStyle(style)
        if context.willLoadLayerOnCompletion(path):
            processor = SavedStyle(style)
            SavedStyle.kept.append(processor)
            context.layerToLoadOnCompletionDetails(path).setPostProcessor(processor)

    # A required output that arrives unset (QGIS 3.40 and later run a chain whose user
    # left one of its outputs out, passing the step no value) is written to a temporary
    # file, as QGIS does for a chain's intermediate results. Unset optional outputs stay
    # skipped.
    def parameterAsOutputLayer(self, parameters, name, context):  # noqa: N802 - QGIS's method
        return super().parameterAsOutputLayer(self._destined(parameters, name), name, context)

    def parameterAsFileOutput(self, parameters, name, context):  # noqa: N802
        return super().parameterAsFileOutput(self._destined(parameters, name), name, context)

    def parameterAsSink(self, parameters, name, context, *arguments):  # noqa: N802
        sink, destination = super().parameterAsSink(self._destined(parameters, name), name, context, *arguments)
        created = new_vector_file(destination) if sink is not None else None
        if created:
            getattr(self, "created_files", []).append(created)
        return sink, destination

    def _destined(self, parameters, name):
        optional = self.parameterDefinition(name).flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
        if optional or parameters.get(name) not in (None, ""):
            return parameters
        return dict(parameters, **{name: QgsProcessing.TEMPORARY_OUTPUT})

    def geotiff_output(self, parameters, name, context, problem):
        """The path of the raster output `name`, which must be a GeoTIFF; else
        `problem` (translated; {0} stands for the path)."""
        path = self.parameterAsOutputLayer(parameters, name, context)
        if not path.lower().endswith((".tif", ".tiff")):
            raise QgsProcessingException(problem.format(path))
        return path

    def add_feature(self, sink, feature):
        """Add a feature to an output sink; a feature the sink refuses is an error,
        never a silently shorter layer."""
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.write_failure(sink))

    def finish_sink(self, sink):
        """Write what the sink still buffers; a failure (a full disk) is an error,
        and the run's guard removes the half-written layer."""
        if not sink.flushBuffer():
            raise QgsProcessingException(self.write_failure(sink))

    def write_failure(self, sink):
        return self.tr("Could not write an output layer ({0}). Check that its disk has free space and that you may "
                       "write there; nothing was left behind.").format(sink.lastError())

    def write_table(self, parameters, name, context, columns, rows):
        """Write a table without geometry to the sink `name`: `columns` are (field
        name, `field_types` type) pairs, `rows` lists of values; return its id."""
        fields = QgsFields()
        for column, kind in columns:
            fields.append(QgsField(column, kind))
        sink, destination = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            self.add_feature(sink, feature)
        self.finish_sink(sink)
        return destination

    def write_metrics(self, parameters, name, context, rows):
        """A metrics table (rows of `reports.metrics_rows`) to the sink `name`."""
        columns = [("model", field_types.STRING), ("evaluation", field_types.STRING), ("samples", field_types.INT)]
        return self.write_table(parameters, name, context,
                                columns + [(measure, field_types.DOUBLE) for measure in METRIC_LABELS], rows)

    @staticmethod
    def unique_names(names):
        """Names for a report and a table: numbered when two are the same."""
        return [f"{name} ({index + 1})" for index, name in enumerate(names)] if len(set(names)) < len(names) else names
