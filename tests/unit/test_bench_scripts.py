"""The benchmarks run against the engine's current names: an engine change that
renames or removes what a benchmark calls fails here, not in the next measurement."""
import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

from model.modelling.settings import Settings

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("script", ["bench_training", "bench_prediction", "bench_memory_per_network",
                                    "evaluate_ecuador", "synthetic_region", "paired"])
def test_a_benchmark_imports(script):
    assert callable(importlib.import_module(f"bench.{script}").main)


@pytest.mark.parametrize("script", sorted(path.name for path in BENCH.glob("*.py")))
def test_every_engine_name_a_benchmark_imports_exists(script):
    """Also the imports inside functions (synthetic_region.py's main imports the
    engine only when it runs), which importing the script does not reach."""
    tree = ast.parse((BENCH / script).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "model":
            module = importlib.import_module(node.module)
            submodules = ({info.name for info in pkgutil.iter_modules(module.__path__)}
                          if hasattr(module, "__path__") else set())
            missing = [alias.name for alias in node.names
                       if not hasattr(module, alias.name) and alias.name not in submodules]
            assert not missing, f"{script}: {node.module} has no {', '.join(missing)}"


def test_a_variant_sets_yes_no_and_numeric_settings():
    from bench.evaluate_ecuador import variant

    kind, settings = variant("lsghnet:default:coordinate_channels=false,members=2,dropout=0.7", 10, 3)
    assert kind == "lsghnet" and settings.coordinate_channels is False
    assert (settings.members, settings.dropout, settings.epochs, settings.seed) == (2, 0.7, 10, 3)
    assert variant("lsghnet:paper:coordinate_channels=yes", 10, 3)[1].coordinate_channels is True
    assert variant("lsghnet", 10, 3)[1].coordinate_channels is Settings().coordinate_channels is True
    with pytest.raises(ValueError, match="expected true or false"):
        variant("lsghnet:default:coordinate_channels=maybe", 10, 3)


def test_the_training_path_reads_a_function_once_across_both_processes():
    """issue 14's measure: the worker's steps are spliced into the QGIS side's; what one
    process read is not read again, and a step left empty does not count as a visit."""
    from bench.training_path import joined

    qgis_then_worker = [["stack", "read_gradings"], ["dataset", "save"], ["stack", "read_gradings"],
                        ["dataset", "read_samples"], ["kinds", "fit"], ["stack", "read_gradings", "check"]]
    assert joined(qgis_then_worker) == [["stack", "read_gradings"], ["dataset", "save", "read_samples"],
                                        ["kinds", "fit"], ["stack", "check"]]


def test_work_done_on_both_sides_of_the_process_boundary_is_listed_but_the_protocols():
    from bench.training_path import both_sides

    qgis = [["model.factors.stack", "read_gradings"], ["model.worker.protocol", "Command.argv"],
            ["model.modelling.settings", "declared", "Declaration.preset_set"], ["model.sampling.dataset", "save"]]
    worker = [["model.worker.protocol", "Command.argv"], ["model.modelling.settings", "declared",
                                                          "Declaration.preset_set"],
              ["model.sampling.dataset", "read_checked"], ["model.factors.stack", "read_gradings", "_catalogue_of"]]
    assert both_sides(qgis, worker) == ["model.factors.stack.read_gradings"]
    assert both_sides(qgis, worker[:2]) == []


def test_issue_14s_span_ends_where_the_model_file_is_written():
    from bench.training_path import until_saved

    path = [["algorithms.train_model", "process"], ["model.modelling.modelfile", "save", "write", "_sha256"],
            ["model.core.reports", "write_training_report"]]
    assert until_saved(path) == [["algorithms.train_model", "process"],
                                 ["model.modelling.modelfile", "save", "write"]]
    with pytest.raises(ValueError):
        until_saved(path[:1])
