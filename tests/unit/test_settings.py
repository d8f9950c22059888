"""Each training setting is declared once (model/modelling/settings.py): the worker's
options, the presets and the checks are made from the declaration, so that a new
setting needs its declaration and the code that uses it, nothing else
(tests/qgis/test_settings_parameters.py shows the same for the Processing dialogs)."""
from dataclasses import dataclass

import pytest

from model.worker import protocol
from model.core.errors import InputError, Message
from model.modelling.settings import (CROSSVALIDATE, PRESETS, TRAIN, Settings, declared, presets, setting,
                                      types)


@dataclass
class Extended(Settings):
    """The settings with one more, declared as any other."""

    warmup: int = setting(3, paper=0, label=Message("Warm-up epochs"), help=Message("Epochs at a low rate."),
                          commands=(TRAIN, CROSSVALIDATE), minimum=0, maximum=100)


def parsed(command, arguments):
    parser = protocol.argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    command.add_to(commands)
    return parser.parse_args(arguments)


def test_a_new_setting_is_its_declaration_only():
    assert list(declared(Extended, TRAIN))[-1] == "warmup" and "warmup" in declared(Extended, CROSSVALIDATE)
    assert presets(Extended)["paper"]["warmup"] == 0 and presets(Extended)["default"]["warmup"] == 3
    assert Extended.of("paper").warmup == 0 and Extended.of().warmup == 3 and Extended.of(warmup=7).warmup == 7
    with pytest.raises(InputError, match="'warmup' must lie from 0 to 100 .got 101."):
        Extended.of(warmup=101)
    command = protocol.Command("train", "", protocol.setting_options(TRAIN, settings_class=Extended))
    options = parsed(command, command.argv(warmup=9, epochs=4))
    assert (options.warmup, options.epochs, options.patience) == (9, 4, None)
    assert Extended.of(**{name: getattr(options, name) for name in declared(Extended, TRAIN)}).warmup == 9
    assert parsed(command, ["train"]).warmup is None  # the preset's


@pytest.mark.parametrize("command", [protocol.TRAIN, protocol.CROSSVALIDATE])
def test_every_declared_setting_of_a_command_reaches_the_settings(command):
    """Each setting, set to a value other than its default,
    crosses the command line into `Settings.of` unchanged."""
    others = {int: lambda value: value + 1, float: lambda value: value / 2, bool: lambda value: not value,
              str: None}
    values = {}
    for name, declaration in declared(command=command.name).items():
        default = getattr(Settings(), name)
        if declaration.choices:
            allowed = [option.choices for option in command.options if option.name == name][0]
            values[name] = next(choice for choice in allowed if choice != default)
        else:
            values[name] = others[types()[name]](default)
    options = parsed(command, command.argv(**values, **{option.name: "x" for option in command.options
                                                        if option.required}))
    settings = Settings.of(**{name: getattr(options, name) for name in declared(command=command.name)})
    assert {name: getattr(settings, name) for name in values} == values


def test_the_presets_are_the_declared_defaults_and_papers_values():
    assert PRESETS["default"]["patience"] == Settings().patience == 20 and PRESETS["paper"]["patience"] == 50
    assert PRESETS["paper"] == {"patience": 50, "members": 1, "encoding": "onehot", "validation": "random",
                                "bn_momentum": 0.99, "weight_decay": 0.0, "stopping": "accuracy", "filters": 32,
                                "coordinate_channels": False}
    assert set(PRESETS["default"]) == set(PRESETS["paper"])


def test_values_outside_the_declaration_are_refused():
    with pytest.raises(InputError, match="Unknown preset 'fast': use one of default, paper"):
        Settings.of("fast")
    with pytest.raises(InputError, match="'members' must lie from 1 to 50"):
        Settings.of(members=0)
    with pytest.raises(InputError, match="Unknown validation 'all'"):
        Settings.of(validation="all")


def test_the_dialogs_show_numbers_and_choices_only():
    """What the Processing dialogs can offer (algorithms/parameters.py)."""
    for command in (TRAIN, CROSSVALIDATE):
        for name, declaration in declared(command=command, dialog=True).items():
            assert declaration.choices or (types()[name] in (int, float) and declaration.maximum is not None), name
            assert len(declaration.labels) == len(declaration.choices), name
