"""A training run's settings with their defaults, and the named presets: the one
place the algorithms' default values, the worker's command-line options and the
engine take them from.

Two presets of the networks' training (`PRESETS`):
- `default`: batch normalisation with momentum 0.9, whose moving statistics are
  usable after a few dozen steps (Keras's 0.99 needs several hundred, so on a few
  hundred samples the paper's network predicts a near-constant map for tens of
  epochs); AdamW with weight decay; early stopping on the validation loss, a smoother
  criterion than the binarized accuracy; a validation part drawn like the test split
  (whole landslides, or spatial blocks); an ensemble of networks from consecutive
  seeds, averaged; the classes of graded factors as ordinal (thermometer) rows; the
  coordinate channels in the networks' input (encoding.py), so that they can tell the
  factors apart. Spatial cross-validation (docs/evaluation.md) backs the
  ensemble, the momentum against the paper's 0.99, the ordinal encoding against
  one-hot (ahead in every comparison) and the coordinate channels (ahead on two
  independent seeds); it does not tell weight decay, the stopping criterion or the
  validation part from seed-to-seed noise.
- `paper`: the configuration of the paper (Keras defaults, Adam, binarized validation
  accuracy on random cells, one network, classes one-hot, one input channel), which
  reproduces the earlier versions.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..vocabulary import SEED
from .encoding import ENCODINGS

#: How the validation part of the training samples is drawn: random cells, whole
#: landslides (with their soft samples), or spatial blocks (k-means of the coordinates).
VALIDATIONS = ("random", "landslides", "spatial")
#: The early-stopping criteria: validation loss (lower is better) or accuracy with
#: labels and predictions binarized at 0.5 (higher is better).
CRITERIA = ("loss", "accuracy")


@dataclass
class Settings:
    kind: str = "lsghnet"
    epochs: int = 200
    patience: int = 20
    batch_size: int = 32
    learning_rate: float = 0.001
    dropout: float = 0.5
    validation_fraction: float = 0.2
    seed: int = SEED
    preset: str = "default"
    bn_momentum: float = 0.9
    weight_decay: float = 0.0001
    stopping: str = "loss"
    validation: str = "landslides"
    members: int = 5
    #: Filters of the first convolution block; each further block doubles them (the paper: 32).
    filters: int = 32
    #: How the factor classes enter the networks (encoding.ENCODINGS).
    encoding: str = "ordinal"
    #: Whether the networks' input carries the row and column coordinates (encoding.py).
    coordinate_channels: bool = True

    @classmethod
    def of(cls, preset: str = "default", **values) -> "Settings":
        """A preset's settings with the values given; a value of None is left to the
        preset (so a dialog's empty field means "the preset's")."""
        if preset not in PRESETS:
            raise InputError("Unknown preset '{preset}': use one of {presets}.", preset=preset,
                             presets=", ".join(PRESETS))
        given = {name: value for name, value in values.items() if value is not None}
        settings = cls(**dict(PRESETS[preset], preset=preset, **given))
        if settings.members < 1:
            raise InputError("An ensemble needs at least one network (got {members}).", members=settings.members)
        if settings.encoding not in ENCODINGS:
            raise InputError("Unknown encoding '{encoding}': use one of {encodings}.", encoding=settings.encoding,
                             encodings=", ".join(ENCODINGS))
        if settings.filters < 1:
            raise InputError("A convolution block needs at least one filter (got {filters}).", filters=settings.filters)
        return settings


#: The fields a preset sets; whatever it does not name keeps the value given.
PRESETS = {
    "default": {"patience": Settings.patience, "bn_momentum": Settings.bn_momentum,
                "weight_decay": Settings.weight_decay, "stopping": Settings.stopping,
                "validation": Settings.validation, "members": Settings.members, "filters": Settings.filters,
                "encoding": Settings.encoding, "coordinate_channels": Settings.coordinate_channels},
    "paper": {"patience": 50, "bn_momentum": 0.99, "weight_decay": 0.0, "stopping": "accuracy",
              "validation": "random", "members": 1, "filters": 32, "encoding": "onehot", "coordinate_channels": False},
}


def boolean(text: str) -> bool:
    """A yes/no setting written as text (the worker's command line, the benchmarks'
    variants): true/false, yes/no or 1/0."""
    value = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}.get(text.strip().lower())
    if value is None:
        raise ValueError(f"expected true or false, not {text!r}")
    return value
