"""Reading a samples layer (from 'Extract training samples') into the exchange
file the Keras worker reads."""
import contextlib
import os
import uuid

from qgis.core import QgsProcessingUtils

from ..model.errors import Cancelled
from ..model.sampling.dataset import from_features
from .translation import engine_text


def samples_to_file(source, gradings, feedback, stack_id=None, stack_name=""):
    """Write the samples of a feature source to a temporary .npz; return its path.
    They are checked first (`dataset.from_features`) against the stack's `gradings`
    and, with `stack_id` (the fingerprint of the stack, or of the model's stack, they
    are used with), against its fingerprint. Raises the engine's InputError or
    Cancelled (run it inside `engine_errors`)."""
    def located():
        for index, feature in enumerate(source.getFeatures()):
            if index % 10000 == 0 and feedback.isCanceled():
                raise Cancelled()
            point = feature.geometry().asPoint() if feature.hasGeometry() else None
            yield feature, (point.x(), point.y()) if point is not None else (float("nan"), float("nan"))

    return exchange_file(from_features([grading.name for grading in gradings], source.fields().names(), located(),
                                       stack_id, stack_name, [grading.classes for grading in gradings],
                                       lambda message: feedback.pushWarning(engine_text(message))))


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
