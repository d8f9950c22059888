"""The training settings' Processing parameters are made from their declarations
(model/modelling/settings.py, algorithms/parameters.py): a new declared setting
appears in the dialogs of the algorithms whose worker command takes it, with its
range, help and presets, and its value reaches the worker's options."""
from dataclasses import dataclass

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingParameterDefinition

from lsghnet.algorithms.cross_validate import CrossValidate
from lsghnet.algorithms.train_model import TrainModel
from lsghnet.model.worker import protocol
from lsghnet.model.core.errors import Message
from lsghnet.model.modelling.settings import CROSSVALIDATE, TRAIN, Settings, declared, setting

pytestmark = [pytest.mark.usefixtures("provider"), pytest.mark.once]


@dataclass
class Extended(Settings):
    warmup: int = setting(3, paper=0, label=Message("Warm-up epochs"), help=Message("Epochs at a low rate."),
                          commands=(TRAIN, CROSSVALIDATE), minimum=0, maximum=100)
    schedule: str = setting("cosine", label=Message("Schedule"), help=Message("How the rate decays."),
                            commands=(TRAIN,), advanced=False, choices=("cosine", "step"),
                            labels=(Message("cosine"), Message("step")))


def algorithm_with(algorithm_class, settings_class):
    extended = type("Extended" + algorithm_class.__name__, (algorithm_class,), {"SETTINGS": settings_class})()
    extended.initAlgorithm()
    return extended


@pytest.mark.parametrize("algorithm_class, command", [(TrainModel, TRAIN), (CrossValidate, CROSSVALIDATE)])
def test_a_declared_setting_becomes_a_parameter_whose_value_reaches_the_worker(algorithm_class, command):
    algorithm = algorithm_with(algorithm_class, Extended)
    warmup = algorithm.parameterDefinition("WARMUP")
    assert (warmup.minimum(), warmup.maximum(), warmup.defaultValue()) == (0, 100, None)
    assert warmup.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
    assert warmup.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced
    assert "Epochs at a low rate. Default preset: 3; the paper: 0. Allowed: 0 to 100." == warmup.help()
    context = QgsProcessingContext()
    assert algorithm.training_values({"WARMUP": 7}, context)["warmup"] == 7
    assert algorithm.training_values({}, context)["warmup"] is None  # the preset's
    schedule = algorithm.parameterDefinition("SCHEDULE")
    if command == TRAIN:
        assert schedule.options() == ["cosine", "step"] and schedule.defaultValue() == 0
        assert not schedule.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced
        assert algorithm.training_values({"SCHEDULE": 1}, context)["schedule"] == "step"
    else:
        assert schedule is None


@pytest.mark.parametrize("algorithm_class, command", [(TrainModel, protocol.TRAIN),
                                                      (CrossValidate, protocol.CROSSVALIDATE)])
def test_the_dialogs_offer_the_commands_settings_under_their_public_names(algorithm_class, command):
    """The parameter names scripts and chains use stay as they were."""
    algorithm = algorithm_with(algorithm_class, Settings)
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    offered = {name.upper() for name in declared(command=command.name, dialog=True)}
    expected = {"PRESET", "EPOCHS", "PATIENCE", "MEMBERS", "ENCODING", "SEED"} | (
        {"VALIDATION", "BATCH_SIZE", "LEARNING_RATE", "DROPOUT", "VALIDATION_FRACTION"}
        if command is protocol.TRAIN else set())
    assert offered == expected and expected <= names
    values = algorithm.training_values({"PRESET": 1, "EPOCHS": 9, "ENCODING": 2}, QgsProcessingContext())
    assert (values["preset"], values["epochs"], values["encoding"], values["patience"]) == ("paper", 9, "ordinal",
                                                                                          None)
    assert set(values) <= {option.name for option in command.options}
