"""Reading a samples layer (from 'Extract training samples') into the exchange
file the Keras worker reads."""
import os
import uuid

from qgis.core import QgsProcessingUtils

from ..model.dataset import check_fields, from_columns
from ..model.errors import Cancelled


def samples_to_file(source, factor_names, feedback):
    """Write the samples of a feature source to a temporary .npz; return its path.
    Raises the engine's InputError or Cancelled (run it inside `engine_errors`)."""
    fields = source.fields().names()
    check_fields(fields, factor_names)
    has_landslide = "landslide" in fields
    rows = []
    for index, feature in enumerate(source.getFeatures()):
        if index % 10000 == 0 and feedback.isCanceled():
            raise Cancelled()
        point = feature.geometry().asPoint() if feature.hasGeometry() else None
        rows.append((_number(feature["label"]), feature["kind"], feature["split"],
                     _number(feature["landslide"]) if has_landslide else -1,
                     [_number(feature[name]) for name in factor_names],
                     (point.x(), point.y()) if point is not None else (float("nan"), float("nan"))))
    dataset = from_columns(factor_names, rows)
    path = os.path.join(QgsProcessingUtils.tempFolder(), f"lsghnet-samples-{uuid.uuid4().hex}.npz")
    dataset.save(path)
    return path


def _number(value):
    """A field value as a Python number (QGIS NULL becomes None)."""
    try:
        return float(value) if value is not None and str(value) != "NULL" else None
    except (TypeError, ValueError):
        return None
