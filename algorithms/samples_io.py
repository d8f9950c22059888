"""Reading a samples layer (from 'Extract training samples') into the exchange
file the Keras worker reads."""
import contextlib
import os
import uuid

from qgis.core import QgsProcessingUtils

from ..model.sampling.dataset import check_fields, check_same_stack, from_columns
from ..model.errors import Cancelled

#: The samples layer's field holding the fingerprint of the stack they were drawn from.
STACK_ID = "stack_id"


def samples_to_file(source, factor_names, feedback, stack_id=None, stack_name=""):
    """Write the samples of a feature source to a temporary .npz; return its path.
    With `stack_id` (the fingerprint of the stack, or of the model's stack, they are
    used with), samples that carry another stack's fingerprint are refused: their
    class codes would be read against the wrong classes. Raises the engine's
    InputError or Cancelled (run it inside `engine_errors`)."""
    fields = source.fields().names()
    check_fields(fields, factor_names)
    has_landslide = "landslide" in fields
    checked = stack_id is not None and STACK_ID in fields  # samples of earlier versions carry none
    rows = []
    for index, feature in enumerate(source.getFeatures()):
        if index % 10000 == 0 and feedback.isCanceled():
            raise Cancelled()
        if checked:
            check_same_stack(str(feature[STACK_ID]), stack_id, stack_name)
        point = feature.geometry().asPoint() if feature.hasGeometry() else None
        rows.append((_number(feature["label"]), feature["kind"], feature["split"],
                     _number(feature["landslide"]) if has_landslide else -1,
                     [_number(feature[name]) for name in factor_names],
                     (point.x(), point.y()) if point is not None else (float("nan"), float("nan"))))
    return exchange_file(from_columns(factor_names, rows))


def exchange_file(dataset):
    """The samples as the temporary .npz the worker reads; the caller removes it."""
    path = os.path.join(QgsProcessingUtils.tempFolder(), f"lsghnet-samples-{uuid.uuid4().hex}.npz")
    try:
        dataset.save(path)
    except BaseException:  # e.g. a full disk: no partial file left in the temporary folder
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
        raise
    return path


def _number(value):
    """A field value as a Python number (QGIS NULL becomes None)."""
    try:
        return float(value) if value is not None and str(value) != "NULL" else None
    except (TypeError, ValueError):
        return None
