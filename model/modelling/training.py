"""Training a model kind (method sections 5-6; the kinds are in kinds.py), its
evaluation on the test split, and what its model file records of the run
(modelfile.py writes and reads the file).

Networks train as `settings.py`'s presets say (network.fit_network); an ensemble's
members are all saved, each hashed, and predict as their mean.
"""
from __future__ import annotations

from dataclasses import asdict

from ..core.errors import InputError
from ..factors.stack import read_gradings
from ..core.progress import Progress
from ..core.replacement import atomic_outputs
from ..core.reports import metrics_rows, place_plotly_script, write_training_report
from .calibration import assess_model
from ..factors.grading import from_catalogue
from ..sampling.dataset import Dataset, check_classes, read_checked, read_samples
from . import kinds
from .encoding import FactorClasses
from .modelfile import save
from .settings import Settings


def read_graded_samples(samples: str, catalogue: str | None) -> tuple:
    """(dataset, gradings, stack_id): a samples file and the gradings of the stack (or
    its catalogue JSON) it was drawn from, checked against each other, and the stack's
    fingerprint (None for a catalogue JSON). The QGIS side's exchange file carries the
    gradings and fingerprint it was checked against: the stack is not read again."""
    checked = read_checked(samples)
    if checked is not None:
        dataset, entries, stack_id = checked
        return dataset, from_catalogue(entries), stack_id
    if not catalogue:
        raise InputError("Give the factor stack the samples were drawn from (--catalogue stack.tif, or its "
                         "catalogue .json).")
    gradings, stack_id = read_gradings(catalogue)
    names, class_counts = [g.name for g in gradings], [g.classes for g in gradings]
    dataset = read_samples(samples, names, stack_id, catalogue)
    if dataset.factor_names != names:
        raise InputError("The samples' factors ({samples}) differ from the catalogue's ({catalogue}).",
                         samples=", ".join(dataset.factor_names), catalogue=", ".join(names))
    check_classes(dataset, class_counts)
    return dataset, gradings, stack_id


def train(dataset: Dataset, factors: FactorClasses, settings: Settings, progress: Progress,
          log=print) -> kinds.Estimator:
    """The estimator of the kind `settings` names, fitted on the training split (whose
    class codes the caller checked against the catalogue, `read_graded_samples`) of
    these factors (`FactorClasses.of(gradings)`)."""
    return kinds.by_name(settings.kind)(settings).fit(dataset, factors, progress, log)


def write_model(path: str, trained: kinds.Estimator, settings: Settings, catalogue: list, evaluation: dict, device: str,
                stack_id: str | None = None) -> None:
    """The model file of a training run (modelfile.save) with what the run records:
    the catalogue, the settings, the test scores, how the epochs or the forest's
    parameters were chosen, and the device; `stack_id` is the fingerprint of the stack
    it was trained on (factors.stack_fingerprint), which evaluation checks the samples
    against."""
    save(path, trained, {
        "catalogue": catalogue,
        "stack_id": stack_id,
        "hyperparameters": vars(settings),
        "metrics": evaluation,
        "history": trained.history,
        "best_epoch": trained.best_epoch,
        "member_epochs": trained.member_epochs,
        "search": trained.search,
        "calibration": trained.calibration.to_json() if trained.calibration else None,
        "device": device,
    })


def train_to_file(samples: str, catalogue: str | None, output: str, report: str | None, settings: Settings, device: str,
                  progress: Progress, log=print) -> dict:
    """Train on a samples file graded by a stack (or its catalogue JSON; none for the
    QGIS side's exchange file, `read_graded_samples`); write the model file (and
    the HTML report) only when everything succeeded. The result holds the metrics
    and the rows of their table."""
    dataset, gradings, stack_id = read_graded_samples(samples, catalogue)
    test = dataset.subset(dataset.test)
    preset = f" with the '{settings.preset}' preset" if kinds.by_name(settings.kind).needs_keras else ""
    log(f"Training {settings.kind}{preset} on {device}.")
    trained = train(dataset, FactorClasses.of(gradings), settings,
                    Progress(lambda value: progress.step(0.95 * value), progress.is_cancelled), log)
    evaluation, curve = trained.evaluate(test)
    assessed = assess_model(trained, test)
    for _, assessment in assessed:
        log(f"Brier score over the study area (hard test samples, {100 * assessment['prevalence']:.3g} % of its cells "
            f"on a landslide): index {assessment['brier_index']:.4f}, probability "
            f"{assessment['brier_probability']:.4f}.")
    with atomic_outputs(output, *([report] if report else [])) as temporaries:
        notes = training_notes(trained, settings, device)
        write_model(temporaries[0], trained, settings, [asdict(g) for g in gradings], evaluation, device, stack_id)
        if report:
            write_training_report(temporaries[1], settings.kind, trained.history, evaluation, curve, notes, assessed)
        progress.step(1.0)  # the last chance to cancel: once the files are in place, the run has succeeded
    place_plotly_script(report)
    return {"metrics": evaluation, "rows": metrics_rows(settings.kind, evaluation), "device": device,
            "best_epoch": trained.best_epoch,
            "member_epochs": trained.member_epochs, "epochs_run": len(trained.history.get("epoch", [])),
            "search": trained.search}


def training_notes(trained: kinds.Estimator, settings: Settings, device: str) -> str:
    """The report's account of the run: the kind, the device, and how the epochs or
    the forest's parameters were chosen."""
    if not trained.history:
        return f"{settings.kind}, {device}. Grid search: {trained.search}."
    note = (f"{settings.kind}, {device}. Preset '{settings.preset}'. Best epoch {trained.best_epoch} of "
            f"{len(trained.history['epoch'])}")
    if len(trained.member_epochs) > 1:
        note += (f" (curves of member 1 of {len(trained.member_epochs)}; best epochs of the members: "
                 f"{', '.join(map(str, trained.member_epochs))})")
    return note + "."
