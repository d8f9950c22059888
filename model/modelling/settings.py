"""A training run's settings, each declared once: its name, type and default (the
field of `Settings`), and in its `Declaration` its range or choices, its value in the
paper's preset, its label and help in the dialogs, and which worker commands offer it.
The worker's command-line options (protocol.setting_options), the Processing
parameters of training and cross-validation (algorithms/parameters.py) and the
checks of `Settings.of` are made from these declarations, so that a new setting is
its field here and the code that uses it (tests/unit/test_settings.py shows it).

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

from dataclasses import dataclass, field, fields
from typing import get_type_hints

from ..core.errors import InputError, Message
from ..core.vocabulary import LARGEST_SEED, SEED
from .encoding import ENCODINGS
from .kinds import NAMES

#: The names of the presets, in the order of the algorithms' PRESET choices.
PRESET_NAMES = ("default", "paper")
#: How the validation part of the training samples is drawn: random cells, whole
#: landslides (with their soft samples), or spatial blocks (k-means of the coordinates).
VALIDATIONS = ("random", "landslides", "spatial")
#: The early-stopping criteria: validation loss (lower is better) or accuracy with
#: labels and predictions binarized at 0.5 (higher is better).
CRITERIA = ("loss", "accuracy")
#: The most epochs (and patience) a run may ask for: far beyond any sensible run, so
#: that a typo is refused before any work.
MAX_EPOCHS = 10000
#: What the value of a setting the presets do not set is in the paper's preset.
SAME = object()
TRAIN, CROSSVALIDATE = "train", "crossvalidate"


@dataclass(frozen=True)
class Declaration:
    """How a setting is offered and checked (its name, type and default are its
    `Settings` field's).

    - `paper`: its value in the paper's preset (SAME: the presets do not set it, and
      a run's value is used as it is; otherwise an unset value is the preset's).
    - `commands`: the worker commands that take it (TRAIN, CROSSVALIDATE), and so
      the Processing algorithms that run them; `dialog` False keeps it off the
      Processing dialogs (the benchmarks' variants), `advanced` shows it under the
      dialog's Advanced parameters.
    - `choices` and their `labels` in the dialogs, or the allowed range.
    """

    label: Message
    help: Message
    paper: object = SAME
    commands: tuple = (TRAIN,)
    dialog: bool = True
    advanced: bool = True
    choices: tuple = ()
    labels: tuple = ()
    minimum: float | None = None
    maximum: float | None = None

    @property
    def preset_set(self) -> bool:
        return self.paper is not SAME


def setting(default, **declaration):
    """A `Settings` field with its default and its declaration."""
    return field(default=default, metadata={"declaration": Declaration(**declaration)})


@dataclass
class Settings:
    #: Chosen by each algorithm its own way (trainmodel's MODEL_KIND, crossvalidate's MODELS).
    kind: str = setting("lsghnet", label=Message("Model"), help=Message("The model kind."), dialog=False,
                        choices=NAMES)
    preset: str = setting(
        "default", label=Message("Network training"), commands=(TRAIN, CROSSVALIDATE), advanced=False,
        choices=PRESET_NAMES, labels=(Message("Default (ensemble of networks)"),
                                      Message("The paper's configuration")),
        help=Message("Default: batch normalisation that works from the first epochs on small inventories, weight "
                     "decay, early stopping on the validation loss with a validation part drawn like the test "
                     "split, an ensemble of networks whose mean is the susceptibility (their spread is the "
                     "uncertainty map of 'Susceptibility map'), the classes of graded factors encoded as ordinal "
                     "rows, and each cell's row and column as two more input channels, so that the network can "
                     "tell the factors apart. The paper: one network, Keras's defaults, one-hot classes, early "
                     "stopping on the binarized validation accuracy of random cells."))
    epochs: int = setting(200, label=Message("Maximum epochs"), commands=(TRAIN, CROSSVALIDATE), advanced=False,
                          minimum=1, maximum=MAX_EPOCHS,
                          help=Message("The most epochs each network trains; early stopping usually ends it "
                                       "sooner. The paper: 200."))
    patience: int = setting(20, paper=50, label=Message("Early-stopping patience (epochs; empty: the preset's)"),
                            commands=(TRAIN, CROSSVALIDATE), minimum=1, maximum=MAX_EPOCHS,
                            help=Message("Stop when the validation criterion has not improved for this many "
                                         "epochs; the best weights are kept."))
    members: int = setting(5, paper=1, label=Message("Networks in the ensemble (empty: the preset's)"),
                           commands=(TRAIN, CROSSVALIDATE), minimum=1, maximum=50,
                           help=Message("Networks trained from consecutive seeds and averaged. Training time grows "
                                        "with their number."))
    #: How the factor classes enter the networks (encoding.ENCODINGS).
    encoding: str = setting(
        "ordinal", paper="onehot", label=Message("Encoding of the factor classes"), commands=(TRAIN, CROSSVALIDATE),
        choices=ENCODINGS, labels=(Message("one-hot (the paper)"), Message("ordinal for graded factors")),
        help=Message("One-hot: each class is its own column. Ordinal: class c of a factor graded from a continuous "
                     "raster (slope class 3 lies between 2 and 4) sets columns 1 to c, so that neighbouring "
                     "classes share what they learn; categorical factors stay one-hot. Spatial cross-validation "
                     "on the bundled data favours ordinal."))
    validation: str = setting(
        "landslides", paper="random", label=Message("Validation part"), choices=VALIDATIONS,
        labels=(Message("random cells"), Message("whole landslides"), Message("spatial blocks")),
        help=Message("How the samples held out for early stopping are drawn. Draw them like the test split: "
                     "spatial blocks when the samples were split by spatial blocks."))
    batch_size: int = setting(32, label=Message("Batch size"), minimum=1, maximum=65536,
                              help=Message("Samples per training step. The paper: 32."))
    learning_rate: float = setting(0.001, label=Message("Learning rate"), minimum=1e-7, maximum=1.0,
                                   help=Message("The optimiser's step size (AdamW in the default preset, Adam in "
                                                "the paper's)."))
    dropout: float = setting(0.5, label=Message("Dropout"), minimum=0.0, maximum=0.95,
                             help=Message("Dropout before the dense layer (the paper: 0.5)."))
    validation_fraction: float = setting(0.2, label=Message("Validation fraction"), minimum=0.01, maximum=0.9,
                                         help=Message("Share of the training split held out for early stopping."))
    seed: int = setting(SEED, label=Message("Random seed"), commands=(TRAIN, CROSSVALIDATE), minimum=0,
                        maximum=LARGEST_SEED,
                        help=Message("The same seed on the same machine gives the same result: the same model "
                                     "and metrics, the same folds and table."))
    # The benchmarks' variants: options of the worker, not of the dialogs.
    bn_momentum: float = setting(0.9, paper=0.99, label=Message("Batch normalisation momentum"), dialog=False,
                                 minimum=0.0, maximum=1.0, help=Message("Momentum of the moving statistics."))
    weight_decay: float = setting(0.0001, paper=0.0, label=Message("Weight decay"), dialog=False, minimum=0.0,
                                  maximum=1.0, help=Message("AdamW's weight decay; 0: Adam."))
    stopping: str = setting("loss", paper="accuracy", label=Message("Early-stopping criterion"), dialog=False,
                            choices=CRITERIA, help=Message("The validation criterion early stopping watches."))
    #: Filters of the first convolution block; each further block doubles them (the paper: 32).
    filters: int = setting(32, paper=32, label=Message("Filters"), dialog=False, minimum=1, maximum=4096,
                           help=Message("Filters of the first convolution block."))
    #: Whether the networks' input carries the row and column coordinates (encoding.py).
    coordinate_channels: bool = setting(True, paper=False, label=Message("Coordinate channels"), dialog=False,
                                        help=Message("The cells' row and column as two more input channels."))

    @classmethod
    def of(cls, preset: str = "default", **values) -> "Settings":
        """A preset's settings with the values given; a value of None is left to the
        preset (so a dialog's empty field means "the preset's"). Every value is
        checked against its declaration."""
        check("preset", preset, declared(cls)["preset"])
        given = {name: value for name, value in values.items() if value is not None}
        settings = cls(**dict(presets(cls)[preset], preset=preset, **given))
        for name, declaration in declared(cls).items():
            check(name, getattr(settings, name), declaration)
        return settings


def declared(settings_class=Settings, command: str | None = None, dialog: bool = False) -> dict:
    """Name -> declaration of the settings, in declaration order: all of them, or
    those a worker command takes (and, with `dialog`, its algorithm's dialog shows)."""
    return {item.name: item.metadata["declaration"] for item in fields(settings_class)
            if command is None or (command in item.metadata["declaration"].commands
                                   and (item.metadata["declaration"].dialog or not dialog))}


def types(settings_class=Settings) -> dict:
    """Name -> type (int, float, str or bool) of every setting."""
    hints = get_type_hints(settings_class)
    return {item.name: hints[item.name] for item in fields(settings_class)}


def presets(settings_class=Settings) -> dict:
    """Preset name -> the values it sets: the defaults, or the paper's values."""
    defaults = {item.name: item.default for item in fields(settings_class)}
    return {"default": {name: defaults[name] for name, declaration in declared(settings_class).items()
                        if declaration.preset_set},
            "paper": {name: declaration.paper for name, declaration in declared(settings_class).items()
                      if declaration.preset_set}}


#: The fields a preset sets; whatever it does not name keeps the value given.
PRESETS = presets()


def check(name: str, value, declaration: Declaration) -> None:
    if declaration.choices and value not in declaration.choices:
        raise InputError("Unknown {setting} '{value}': use one of {choices}.", setting=name, value=value,
                         choices=", ".join(declaration.choices))
    if declaration.minimum is not None and not declaration.minimum <= value <= declaration.maximum:
        raise InputError("The setting '{setting}' must lie from {minimum} to {maximum} (got {value}).", setting=name,
                         minimum=declaration.minimum, maximum=declaration.maximum, value=value)


def boolean(text: str) -> bool:
    """A yes/no setting written as text (the worker's command line, the benchmarks'
    variants): true/false, yes/no or 1/0."""
    value = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}.get(text.strip().lower())
    if value is None:
        raise ValueError(f"expected true or false, not {text!r}")
    return value
