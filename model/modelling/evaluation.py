"""Model files compared on the test split of one samples file (the paper's Figures
8 and 12): the metrics of each, and one chart of every model's PR curve."""
from __future__ import annotations

from ..core.errors import InputError, Message
from ..core.progress import Progress
from ..core.replacement import atomic_outputs
from ..core.reports import (calibration_sections, metrics_rows, metrics_table, place_plotly_script, pr_figure,
                            write_report)
from ..sampling.dataset import check_classes, read_samples
from . import kinds, modelfile
from .calibration import assess_model


def compare_models(samples: str, paths: list, names: list | None, report: str | None, keras_device,
                   progress: Progress, log=print) -> dict:
    """Metrics per model name, and the rows of their table (`metrics_rows`); each
    model file is read once. `keras_device()` prepares Keras's device and describes
    it; it is called only if a model needs it."""
    names = names or [f"model {i + 1}" for i in range(len(paths))]
    files = [modelfile.read(path) for path in paths]
    if any(kinds.by_name(manifest["kind"]).needs_keras for manifest, _ in files):
        log(f"Predicting on {keras_device()}.")
    models = [modelfile.estimator(manifest, members) for manifest, members in files]
    factor_sets = {tuple(f["name"] for f in model.manifest["catalogue"]) for model in models}
    if len(factor_sets) > 1:
        raise InputError("The models were trained on different factors; compare models of the same factor stack.")
    dataset = read_samples(samples, list(factor_sets.pop()), modelfile.trained_stack([model.manifest for model in models]),
                           Message("the models' stack"))
    test = dataset.subset(dataset.test)
    if len(test) == 0:
        raise InputError("The samples have no test split ('split' = 'test').")
    results, curves, rows, assessed = {}, [], [], []
    for index, (model, name) in enumerate(zip(models, names)):
        check_classes(test, model.encoding.class_counts)
        evaluation, curve = model.evaluate(test)
        results[name] = evaluation
        curves.append((name,) + curve)
        rows += metrics_rows(name, evaluation)
        assessed += [(name, assessment) for _, assessment in assess_model(model, test)]
        log(f"{name} ({model.name}): AP {100 * evaluation['all']['ap']:.2f} %, accuracy "
            f"{100 * evaluation['all']['accuracy']:.2f} % on {len(test)} test samples.")
        progress.step((index + 1) / len(paths))
    if report:
        with atomic_outputs(report) as (temporary,):
            write_report(temporary, "Model comparison", [("Precision-recall curves (test split)", pr_figure(curves)),
                                                          ("Test metrics", metrics_table(rows)),
                                                          *calibration_sections(assessed)])
        place_plotly_script(report)
    return {"metrics": results, "rows": rows}
