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
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from model.modelling.crossvalidation import paired_differences  # noqa: E402 - the checkout's engine


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
    models = sorted({row["model"] for row in rows})
    if arguments.baseline not in models:
        raise SystemExit(f"No rows of '{arguments.baseline}'; the rows hold {', '.join(models)}.")
    print(f"{arguments.measure}, paired with {arguments.baseline} fold by fold: mean difference (sd, folds higher)")
    for line in paired_differences(rows, arguments.baseline, arguments.measure):
        print(f"{line['model']:>40s} {line['partition']:>8s} {line['mean']:+.3f} ({line['sd']:.3f}, "
              f"{line['higher']}/{line['folds']})")


if __name__ == "__main__":
    main()
