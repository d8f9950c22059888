"""numpy values as JSON, for the worker's messages and the model file's manifest."""
import numpy as np


def plain(value):
    """numpy values as plain Python for JSON (the `default` of json.dumps)."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"cannot store {type(value).__name__} as JSON")
