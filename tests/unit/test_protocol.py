"""The worker's commands are declared once (model/worker/protocol.py): the command line the
QGIS side builds is the one the worker parses, with the defaults of the training
settings; the model kinds are classes under one base (model/modelling/kinds.py)."""
import pytest

from model.worker import protocol
from model.core.errors import InputError
from model.modelling import kinds
from model.modelling.settings import Settings


def parsed(arguments):
    return protocol.parser().parse_args(arguments)


def test_the_qgis_sides_command_line_is_what_the_worker_parses():
    arguments = protocol.TRAIN.argv(samples="s.npz", catalogue="stack.tif", output="m.lsghnet", kind="cnn",
                                    epochs=7, learning_rate=0.01, seed=3, device="cpu")
    options = parsed(arguments)
    assert (options.command, options.samples, options.kind, options.epochs, options.learning_rate, options.seed,
            options.device) == ("train", "s.npz", "cnn", 7, 0.01, 3, "cpu")
    assert options.report is None and options.preset == "default"
    assert options.patience is None and options.members is None  # the preset's
    assert Settings.of(options.preset, patience=options.patience).patience == Settings().patience == 20


def test_list_options_and_defaults():
    options = parsed(protocol.CROSSVALIDATE.argv(samples="s", catalogue="c", models=["glm", "rf"],
                                                 partitions=["spatial"]))
    assert options.models == ["glm", "rf"] and options.partitions == ["spatial"]
    assert (options.folds, options.epochs, options.seed) == (5, Settings().epochs, Settings().seed)
    assert parsed(protocol.PREDICT.argv(model="m", output="o.tif", factors=["a=x.tif:1", "b=y.tif"])).factors == \
        ["a=x.tif:1", "b=y.tif"]


def test_the_encoding_reaches_both_training_commands():
    train = parsed(protocol.TRAIN.argv(samples="s", catalogue="c", output="o", encoding="ordinal"))
    assert train.encoding == "ordinal"
    assert parsed(protocol.TRAIN.argv(samples="s", catalogue="c", output="o")).encoding is None  # the preset's
    assert parsed(protocol.CROSSVALIDATE.argv(samples="s", catalogue="c", encoding="ordinal")).encoding == "ordinal"
    with pytest.raises(SystemExit):
        parsed(["train", "--samples", "s", "--catalogue", "c", "--output", "o", "--encoding", "thermo"])


def test_the_coordinate_channels_are_a_yes_no_option_of_train():
    argv = protocol.TRAIN.argv(samples="s", catalogue="c", output="o", coordinate_channels=False)
    assert "--coordinate-channels" in argv and parsed(argv).coordinate_channels is False
    assert parsed(protocol.TRAIN.argv(samples="s", catalogue="c", output="o")).coordinate_channels is None  # preset's
    assert parsed(["train", "--samples", "s", "--catalogue", "c", "--output", "o", "--coordinate-channels",
                   "yes"]).coordinate_channels is True
    with pytest.raises(SystemExit):
        parsed(["train", "--samples", "s", "--catalogue", "c", "--output", "o", "--coordinate-channels", "maybe"])


def test_a_wrong_or_missing_option_fails_loudly():
    with pytest.raises(TypeError, match="unknown options"):
        protocol.TRAIN.argv(samples="s", catalogue="c", output="o", epoch=3)
    with pytest.raises(TypeError, match="required"):
        protocol.TRAIN.argv(samples="s", catalogue="c")


def test_every_training_setting_is_an_option_of_train():
    declared = {option.name for option in protocol.TRAIN.options}
    assert set(vars(Settings())) <= declared


def test_messages_round_trip():
    import numpy as np

    line = protocol.encode({"type": protocol.RESULT, "value": np.float32(0.5), "cells": np.int64(3)})
    assert protocol.decode(line) == {"type": "result", "value": 0.5, "cells": 3}
    assert protocol.decode("Epoch 1/2") is None and protocol.decode("[1, 2]") is None


def test_the_kinds_in_the_public_order():
    assert kinds.NAMES == ("lsghnet", "lsghnet_noscse", "cnn", "rf", "glm")
    assert [kind.name for kind in kinds.SAVED] == ["lsghnet", "lsghnet_noscse", "cnn", "rf"]
    assert [kind.name for kind in kinds.KINDS if kind.needs_keras] == ["lsghnet", "lsghnet_noscse", "cnn"]
    assert [kind.name for kind in kinds.KINDS if kind.hard_only] == ["cnn", "rf", "glm"]
    assert all(issubclass(kind, kinds.Estimator) and kind.label.template for kind in kinds.KINDS)


def test_an_unknown_kind_is_named():
    with pytest.raises(InputError, match="Unknown model kind 'svm': use one of lsghnet, lsghnet_noscse, cnn, rf, glm"):
        kinds.by_name("svm")
