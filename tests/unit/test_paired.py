"""bench/paired.py: paired per-fold differences, on rows whose answer is computed by hand."""
import math

import pytest

import subprocess
import sys

from model.modelling.crossvalidation import paired_differences
from tests.helpers import REPO


def row(model, partition, fold, auroc):
    return {"model": model, "partition": partition, "repetition": 1, "fold": fold, "roc_auc": auroc}


def test_differences_over_the_folds_both_have():
    rows = [row("lsghnet", "spatial", 1, 0.70), row("lsghnet", "spatial", 2, 0.60), row("lsghnet", "spatial", 3, 0.80),
            row("rf", "spatial", 1, 0.75), row("rf", "spatial", 2, 0.58), row("rf", "spatial", 3, 0.90),
            row("rf", "spatial", 4, 0.99),  # no baseline fold to pair with: left out
            row("lsghnet", "random", 1, 0.70), row("rf", "random", 1, 0.80)]
    spatial, = [d for d in paired_differences(rows, "lsghnet") if d["partition"] == "spatial"]
    assert spatial["model"] == "rf" and spatial["folds"] == 3 and spatial["higher"] == 2
    assert spatial["mean"] == pytest.approx((0.05 - 0.02 + 0.10) / 3)
    assert spatial["sd"] == pytest.approx(0.060277, abs=1e-6)
    random, = [d for d in paired_differences(rows, "lsghnet") if d["partition"] == "random"]
    assert random["mean"] == pytest.approx(0.10) and random["folds"] == 1 and math.isnan(random["sd"])


def test_a_missing_baseline_is_named(tmp_path):
    rows = tmp_path / "rows.json"
    rows.write_text('[{"model": "rf", "partition": "spatial", "repetition": 1, "fold": 1, "roc_auc": 0.7}]')
    completed = subprocess.run([sys.executable, "bench/paired.py", "--baseline", "glm", str(rows)], cwd=REPO,
                               capture_output=True, text=True)
    assert completed.returncode != 0 and "No rows of 'glm'; the rows hold rf." in completed.stderr
