"""Paired per-fold differences between cross-validated variants: the figures a model
choice needs on Ecuador, where the networks of one seed vary by as much as most
settings do (README, "Six more variants of the training"). For each variant and
partition: the mean difference of its AUROC to the baseline's over the same folds, the
sd of those differences, and in how many folds the variant is higher.

The rows come from `evaluate_ecuador.py --rows` or `synthetic_region.py --rows`; runs made
side by side pair up when they used the same seed, folds and repetitions.

Usage: python bench/paired.py --baseline lsghnet rows-a.json rows-b.json
"""
import argparse
import json
from collections import defaultdict

import numpy as np


def paired_differences(rows: list, baseline: str, measure: str = "roc_auc") -> list:
    """One dict per other variant and partition: model, partition, folds (paired),
    mean, sd (ddof 1) and higher (folds where the variant beats the baseline)."""
    scores = defaultdict(dict)
    for row in rows:
        scores[row["model"]][(row["partition"], row["repetition"], row["fold"])] = row[measure]
    if baseline not in scores:
        raise SystemExit(f"No rows of '{baseline}'; the rows hold {', '.join(scores)}.")
    differences = []
    for model, values in scores.items():
        if model == baseline:
            continue
        for partition in sorted({key[0] for key in values}):
            keys = sorted(key for key in values if key[0] == partition and key in scores[baseline])
            delta = np.array([values[key] - scores[baseline][key] for key in keys])
            differences.append({"model": model, "partition": partition, "folds": len(keys),
                                "mean": float(delta.mean()) if len(keys) else float("nan"),
                                "sd": float(delta.std(ddof=1)) if len(keys) > 1 else float("nan"),
                                "higher": int((delta > 0).sum())})
    return differences


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default="lsghnet", help="the variant the others are compared with")
    parser.add_argument("--measure", default="roc_auc")
    parser.add_argument("rows", nargs="+", help="JSON files of cross-validation rows")
    arguments = parser.parse_args()
    rows = []
    for path in arguments.rows:
        with open(path, encoding="utf-8") as file:
            rows += json.load(file)
    print(f"{arguments.measure}, paired with {arguments.baseline} fold by fold: mean difference (sd, folds higher)")
    for line in paired_differences(rows, arguments.baseline, arguments.measure):
        print(f"{line['model']:>40s} {line['partition']:>8s} {line['mean']:+.3f} ({line['sd']:.3f}, "
              f"{line['higher']}/{line['folds']})")


if __name__ == "__main__":
    main()
