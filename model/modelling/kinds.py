"""The model kinds, one class each under one base, as scikit-learn's estimators:
how a kind trains, predicts, and is stored in and loaded from a model file.
Everything else asks the kind (`by_name`) instead of branching on its name, so a new
kind is a class here and its entry in `KINDS`.

- `lsghnet`: the network with scSE attention on all training samples (hard and
  soft labels), MSE loss (method sections 5-6).
- `lsghnet_noscse`: the same without attention (the paper's ablation).
- `cnn`: the LSGH-Net network on the hard samples only (the paper's CNN baseline).
- `rf`: a scikit-learn random forest on the class codes of the hard samples, tuned
  by GridSearchCV (the paper's RF baseline).
- `glm`: logistic regression on the one-hot classes of the hard samples, the
  classic reference of susceptibility studies (cross-validation only: not saved).
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field

import numpy as np

from ..core.errors import InputError, Message
from .encoding import Encoding


@dataclass
class Fitted:
    """What training one kind gives: the fitted estimators (the members of an
    ensemble, whose predictions are averaged; one for most kinds) and how they were
    chosen (the first member's training history and best epoch, every member's best
    epoch, a grid search's result)."""

    members: list
    history: dict = field(default_factory=dict)
    best_epoch: int = 0
    search: dict = field(default_factory=dict)
    member_epochs: list = field(default_factory=list)


class ModelKind:
    """The base: a kind's name, its label in the dialogs and what it needs."""

    name = ""
    label: Message = None
    #: Trains and predicts with Keras (in the worker, on the chosen device).
    needs_keras = False
    #: Trains on the hard samples only (ignores the heatmap samples).
    hard_only = True
    #: The model-file member holding the fitted model; "" for kinds that are not saved.
    member = ""

    @property
    def saved(self) -> bool:
        """Whether 'Train susceptibility model' offers it (writes it to a model file)."""
        return bool(self.member)

    def fit(self, dataset, rows: np.ndarray, encoding: Encoding, settings, progress, log) -> Fitted:
        raise NotImplementedError

    def predict(self, estimator, classes: np.ndarray, encoding: Encoding) -> np.ndarray:
        """Susceptibility (float32) of (samples, factors) class codes by one member."""
        raise NotImplementedError

    def dumps(self, estimator) -> bytes:
        raise NotImplementedError

    def loads(self, member: bytes):
        raise NotImplementedError


class Network(ModelKind):
    """LSGH-Net and its variants (modelling/network.py), saved in Keras's format."""

    needs_keras = True
    member = "model.keras"

    def __init__(self, name: str, label: Message, attention: bool, hard_only: bool) -> None:
        self.name, self.label, self.attention, self.hard_only = name, label, attention, hard_only

    def fit(self, dataset, rows, encoding, settings, progress, log) -> Fitted:
        from .network import fit_network

        images = encoding.image(dataset.classes)
        networks, history, best_epochs = fit_network(images, dataset, rows, settings, self.attention, progress, log)
        return Fitted(networks, history, best_epochs[0], member_epochs=best_epochs)

    def predict(self, estimator, classes, encoding, batch_size: int = 8192) -> np.ndarray:
        return estimator.predict(encoding.image(classes), batch_size=batch_size,
                                 verbose=0).reshape(-1).astype(np.float32)

    def dumps(self, estimator) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, self.member)
            estimator.save(path)
            with open(path, "rb") as handle:
                return handle.read()

    def loads(self, member: bytes):
        """Keras's safe mode: a Lambda layer or any unknown object is refused."""
        import keras

        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, self.member)
            with open(path, "wb") as handle:
                handle.write(member)
            try:
                return keras.saving.load_model(path, safe_mode=True, compile=False)
            except Exception as error:  # Keras raises ValueError/TypeError for unsafe or unknown content
                raise InputError("The network in the model file cannot be loaded safely ({error}). The file may have "
                                 "been altered; train the model again.", error=error) from error


class RandomForest(ModelKind):
    name = "rf"
    label = Message("Random forest baseline (GridSearchCV)")
    member = "model.skops"
    GRID = {"n_estimators": [100, 300], "max_depth": [None, 10, 20], "min_samples_leaf": [1, 5]}
    #: Types of a fitted forest that skops does not trust by default; they hold only
    #: arrays (the fitted trees).
    INTERNALS = ("sklearn.tree._tree.Tree",)

    def fit(self, dataset, rows, encoding, settings, progress, log) -> Fitted:
        from sklearn.ensemble import RandomForestClassifier
        from sklearn.model_selection import GridSearchCV, StratifiedKFold

        log(f"rf: GridSearchCV over {self.GRID} on {len(rows)} hard training samples (3-fold, ROC AUC).")
        progress.step(0.0)
        search = GridSearchCV(RandomForestClassifier(random_state=settings.seed), self.GRID, scoring="roc_auc",
                              cv=StratifiedKFold(3, shuffle=True, random_state=settings.seed), n_jobs=1)
        search.fit(dataset.classes[rows], dataset.label[rows] >= 0.5)
        progress.step(0.9)
        log(f"rf: best parameters {search.best_params_} (cross-validated ROC AUC {search.best_score_:.4f}).")
        return Fitted([search.best_estimator_], search={"best_params": search.best_params_,
                                                      "best_score": float(search.best_score_)})

    def predict(self, estimator, classes, encoding) -> np.ndarray:
        return estimator.predict_proba(classes)[:, 1].astype(np.float32)

    def dumps(self, estimator) -> bytes:
        import skops.io

        return skops.io.dumps(estimator)

    def loads(self, member: bytes):
        """skops only rebuilds scikit-learn and numpy types it trusts (never a pickle),
        and the result must be a RandomForestClassifier."""
        import skops.io
        from sklearn.ensemble import RandomForestClassifier

        untrusted = skops.io.get_untrusted_types(data=member)
        foreign = [name for name in untrusted if name not in self.INTERNALS]
        if foreign:
            raise InputError("The random forest in the model file holds types that are not allowed ({types}); it was "
                             "not written by this plugin. Train the model again.", types=", ".join(foreign[:5]))
        forest = skops.io.loads(member, trusted=untrusted)
        if not isinstance(forest, RandomForestClassifier):
            raise InputError("The model file holds a {type}, not the random forest this plugin writes. Train the "
                             "model again.", type=type(forest).__name__)
        return forest


class LogisticRegression(ModelKind):
    name = "glm"
    label = Message("Logistic regression (GLM) on the one-hot classes")

    def fit(self, dataset, rows, encoding, settings, progress, log) -> Fitted:
        from sklearn.linear_model import LogisticRegression as Estimator

        model = Estimator(C=1.0, max_iter=2000)
        model.fit(encoding.onehot.image(dataset.classes[rows]).reshape(len(rows), -1), dataset.label[rows] >= 0.5)
        return Fitted([model])

    def predict(self, estimator, classes, encoding) -> np.ndarray:
        flat = encoding.onehot.image(classes).reshape(len(classes), -1)
        return estimator.predict_proba(flat)[:, 1].astype(np.float32)


#: Every kind, in the order of the algorithms' choices (public: their indices are
#: what models and scripts store).
KINDS = (
    Network("lsghnet", Message("LSGH-Net (scSE attention, heatmap samples)"), attention=True, hard_only=False),
    Network("lsghnet_noscse", Message("LSGH-Net without scSE (ablation)"), attention=False, hard_only=False),
    Network("cnn", Message("CNN baseline (hard samples only)"), attention=True, hard_only=True),
    RandomForest(),
    LogisticRegression(),
)
NAMES = tuple(kind.name for kind in KINDS)
#: The kinds a model file can hold.
SAVED = tuple(kind for kind in KINDS if kind.saved)


def by_name(name: str) -> ModelKind:
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise InputError("Unknown model kind '{kind}': use one of {kinds}.", kind=name, kinds=", ".join(NAMES))
