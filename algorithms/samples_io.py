"""Reading a samples layer (from 'Extract training samples') into the exchange
file the Keras worker reads."""
import contextlib
import os
import uuid
from dataclasses import asdict

from qgis.core import QgsProcessingException, QgsProcessingUtils, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..model.core.errors import Cancelled
from ..model.sampling.dataset import from_features
from .translation import engine_text


def samples_to_file(source, gradings, feedback, stack_id=None, stack_name=""):
    """Write the samples of a feature source to a temporary .npz; return its path.
    They are checked first (`dataset.from_features`) against the stack's `gradings`
    and, with `stack_id` (the fingerprint of the stack, or of the model's stack, they
    are used with), against its fingerprint. Raises the engine's InputError or
    Cancelled (run it inside `engine_errors`)."""
    geometry_type = QgsWkbTypes.geometryType(source.wkbType())
    if geometry_type in (QgsWkbTypes.GeometryType.LineGeometry, QgsWkbTypes.GeometryType.PolygonGeometry):
        raise QgsProcessingException(QCoreApplication.translate(
            "SamplesFile", "The samples are {0} features; samples are points, one per cell, as 'Extract training "
            "samples' writes them. Use that output, or turn the features into points with 'Centroids'.").format(
                QgsWkbTypes.geometryDisplayString(geometry_type).lower()))

    def located():
        for index, feature in enumerate(source.getFeatures()):
            if index % 10000 == 0 and feedback.isCanceled():
                raise Cancelled()
            yield feature, sample_point(feature)

    dataset = from_features([grading.name for grading in gradings], source.fields().names(), located(), stack_id,
                            stack_name, [grading.classes for grading in gradings],
                            lambda message: feedback.pushWarning(engine_text(message)))
    return exchange_file(dataset, gradings, stack_id)


def sample_point(feature):
    """(x, y) of a sample feature (NaN without geometry): a point, or a multipoint of
    one point (as some formats store points)."""
    if not feature.hasGeometry() or feature.geometry().isEmpty():
        return float("nan"), float("nan")
    points = feature.geometry().asGeometryCollection() if feature.geometry().isMultipart() else [feature.geometry()]
    if len(points) != 1:
        raise QgsProcessingException(QCoreApplication.translate(
            "SamplesFile", "Sample feature {0} holds {1} points; a sample is one point (one cell). Split the layer "
            "with 'Multipart to singleparts' first.").format(feature.id(), len(points)))
    point = points[0].asPoint()
    return point.x(), point.y()


def exchange_file(dataset, gradings, stack_id=None):
    """The samples as the temporary .npz the worker reads, with the stack's gradings
    and fingerprint they were checked against (the worker reads no stack); the caller
    removes it."""
    path = os.path.join(QgsProcessingUtils.tempFolder(), f"lsghnet-samples-{uuid.uuid4().hex}.npz")
    try:
        dataset.save(path, [asdict(grading) for grading in gradings], stack_id)
    except BaseException:  # e.g. a full disk: no partial file left in the temporary folder
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
        raise
    return path
