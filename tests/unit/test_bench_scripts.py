"""The benchmarks run against the engine's current names: an engine change that
renames or removes what a benchmark calls fails here, not in the next measurement."""
import importlib

import pytest

from model.modelling.settings import Settings


@pytest.mark.parametrize("script", ["bench_training", "bench_prediction", "bench_memory_per_network",
                                    "evaluate_ecuador", "synthetic_region", "paired"])
def test_a_benchmark_imports(script):
    assert callable(importlib.import_module(f"bench.{script}").main)


def test_the_names_the_synthetic_regions_map_step_imports_exist():
    """bench/synthetic_region.py imports these only when it maps (`--map`)."""
    from model.modelling import training

    assert callable(training.train) and callable(training.write_model)


def test_a_variant_sets_yes_no_and_numeric_settings():
    from bench.evaluate_ecuador import variant

    kind, settings = variant("lsghnet:default:coordinate_channels=false,members=2,dropout=0.7", 10, 3)
    assert kind == "lsghnet" and settings.coordinate_channels is False
    assert (settings.members, settings.dropout, settings.epochs, settings.seed) == (2, 0.7, 10, 3)
    assert variant("lsghnet:paper:coordinate_channels=yes", 10, 3)[1].coordinate_channels is True
    assert variant("lsghnet", 10, 3)[1].coordinate_channels is Settings().coordinate_channels is True
    with pytest.raises(ValueError, match="expected true or false"):
        variant("lsghnet:default:coordinate_channels=maybe", 10, 3)
