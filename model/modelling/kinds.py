"""The model kinds, one estimator class each, scikit-learn style: a kind's training
settings are its constructor's argument, `fit` trains it and returns it, `predict`
gives the susceptibility of class codes, and it turns its fitted members into bytes
and back for the model file (modelfile.py, which only reads and writes the zip).
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

import numpy as np

from ..core.errors import InputError, Message
from ..sampling.dataset import check_trainable
from . import metrics
from .calibration import Calibration
from .encoding import Encoding


class Estimator:
    """The base: a kind's name, its label in the dialogs and what it needs, and what
    every kind does with its fitted members (an ensemble's members predict as their
    mean; most kinds have one).

    Fitted (by `fit`, or read from a model file by `fitted`): `encoding` (how class
    codes enter it), `members`, and how they were chosen: the first member's training
    `history` and `best_epoch`, every member's best epoch (`member_epochs`), a grid
    `search`'s result; its `calibration` into a probability (None when the samples
    did not carry the study area's prevalence); `manifest`, the model file's metadata
    (None until saved)."""

    name = ""
    label: Message = None
    #: Trains and predicts with Keras (in the worker, on the chosen device).
    needs_keras = False
    #: Trains on the hard samples only (ignores the heatmap samples).
    hard_only = True
    #: The model-file member holding a fitted member; "" for kinds that are not saved.
    member = ""

    def __init__(self, settings=None) -> None:
        self.settings = settings
        self.encoding: Encoding | None = None
        self.members: list = []
        self.history: dict = {}
        self.best_epoch = 0
        self.member_epochs: list = []
        self.search: dict = {}
        self.calibration: Calibration | None = None
        self.manifest: dict | None = None

    @classmethod
    def fitted(cls, encoding: Encoding, members: list, manifest: dict | None = None) -> "Estimator":
        """An estimator of fitted members (a model file's)."""
        estimator = cls()
        estimator.encoding, estimator.members, estimator.manifest = encoding, members, manifest
        estimator.calibration = Calibration.from_manifest(manifest or {})
        return estimator

    def fit(self, dataset, factors, progress, log=print) -> "Estimator":
        """Train on the training split of `dataset` (whose class codes the caller
        checked against the catalogue) of these factors (`FactorClasses.of(gradings)`)."""
        check_trainable(dataset, hard_only=self.hard_only)
        rows = np.flatnonzero(dataset.training_rows(self.hard_only))
        self.encoding = Encoding.of(factors, self.settings.encoding, self.settings.coordinate_channels)
        self._fit(dataset, rows, progress, log)
        self.calibration = Calibration.of(dataset, rows)
        return self

    def _fit(self, dataset, rows: np.ndarray, progress, log) -> None:
        raise NotImplementedError

    def predict_member(self, member, classes: np.ndarray) -> np.ndarray:
        """Susceptibility (float32) of (samples, factors) class codes by one member."""
        raise NotImplementedError

    def predict(self, classes: np.ndarray) -> np.ndarray:
        return self.predict_spread(classes, spread=False)[0]

    def predict_spread(self, classes: np.ndarray, spread: bool = True) -> tuple:
        """(mean, standard deviation) of the members' susceptibility of (samples,
        factors) class codes, float32; the deviation is 0 for a single model, and None
        when not asked for."""
        classes = np.asarray(classes)
        each = (np.stack([self.predict_member(member, classes) for member in self.members]) if len(classes)
                else np.zeros((len(self.members), 0), dtype=np.float32))
        mean = each[0] if len(each) == 1 else each.mean(axis=0, dtype=np.float64).astype(np.float32)
        return mean, each.std(axis=0).astype(np.float32) if spread else None

    def evaluate(self, test) -> tuple:
        """(scores, curve) on test samples (a Dataset): the metrics on all samples and on
        the hard ones, and the precision-recall curve with its AP, for a report's chart."""
        predictions = self.predict(test.classes)
        scores = metrics.evaluate(test.label, predictions, test.hard)
        return scores, metrics.pr_curve(test.label, predictions) + (scores["all"]["ap"],)

    @classmethod
    def dumps(cls, member) -> bytes:
        raise NotImplementedError

    @classmethod
    def loads(cls, data: bytes):
        raise NotImplementedError


class Network(Estimator):
    """LSGH-Net and its variants (modelling/network.py), saved in Keras's format."""

    needs_keras = True
    member = "model.keras"
    attention = True

    def _fit(self, dataset, rows, progress, log) -> None:
        from .network import fit_network

        images = self.encoding.image(dataset.classes)
        self.members, self.history, self.member_epochs = fit_network(images, dataset, rows, self.settings,
                                                                     self.attention, progress, log)
        self.best_epoch = self.member_epochs[0]

    def predict_member(self, member, classes, batch_size: int = 8192) -> np.ndarray:
        from .network import predict

        return predict(member, self.encoding.image(classes), batch_size)

    @classmethod
    def dumps(cls, member) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, cls.member)
            member.save(path)
            with open(path, "rb") as handle:
                return handle.read()

    @classmethod
    def loads(cls, data: bytes):
        """Keras's safe mode: a Lambda layer or any unknown object is refused."""
        import keras

        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, cls.member)
            with open(path, "wb") as handle:
                handle.write(data)
            try:
                return keras.saving.load_model(path, safe_mode=True, compile=False)
            except Exception as error:  # Keras raises ValueError/TypeError for unsafe or unknown content
                raise InputError("The network in the model file cannot be loaded safely ({error}). The file may have "
                                 "been altered; train the model again.", error=error) from error


class LsghNet(Network):
    name = "lsghnet"
    label = Message("LSGH-Net (scSE attention, heatmap samples)")
    hard_only = False


class LsghNetWithoutScse(Network):
    name = "lsghnet_noscse"
    label = Message("LSGH-Net without scSE (ablation)")
    attention = False
    hard_only = False


class Cnn(Network):
    name = "cnn"
    label = Message("CNN baseline (hard samples only)")


class RandomForest(Estimator):
    name = "rf"
    label = Message("Random forest baseline (GridSearchCV)")
    member = "model.skops"
    GRID = {"n_estimators": [100, 300], "max_depth": [None, 10, 20], "min_samples_leaf": [1, 5]}
    #: Types of a fitted forest that skops does not trust by default; they hold only
    #: arrays (the fitted trees).
    INTERNALS = ("sklearn.tree._tree.Tree",)

    def _fit(self, dataset, rows, progress, log) -> None:
        from sklearn.ensemble import RandomForestClassifier
        from sklearn.model_selection import GridSearchCV, StratifiedKFold

        seed = self.settings.seed
        log(f"rf: GridSearchCV over {self.GRID} on {len(rows)} hard training samples (3-fold, ROC AUC).")
        progress.step(0.0)
        search = GridSearchCV(RandomForestClassifier(random_state=seed), self.GRID, scoring="roc_auc",
                              cv=StratifiedKFold(3, shuffle=True, random_state=seed), n_jobs=1)
        search.fit(dataset.classes[rows], dataset.label[rows] >= 0.5)
        progress.step(0.9)
        log(f"rf: best parameters {search.best_params_} (cross-validated ROC AUC {search.best_score_:.4f}).")
        self.members = [search.best_estimator_]
        self.search = {"best_params": search.best_params_, "best_score": float(search.best_score_)}

    def predict_member(self, member, classes) -> np.ndarray:
        return member.predict_proba(classes)[:, 1].astype(np.float32)

    @classmethod
    def dumps(cls, member) -> bytes:
        import skops.io

        return skops.io.dumps(member)

    @classmethod
    def loads(cls, data: bytes):
        """skops only rebuilds scikit-learn and numpy types it trusts (never a pickle),
        and the result must be a RandomForestClassifier."""
        import skops.io
        from sklearn.ensemble import RandomForestClassifier

        untrusted = skops.io.get_untrusted_types(data=data)
        foreign = [name for name in untrusted if name not in cls.INTERNALS]
        if foreign:
            raise InputError("The random forest in the model file holds types that are not allowed ({types}); it was "
                             "not written by this plugin. Train the model again.", types=", ".join(foreign[:5]))
        forest = skops.io.loads(data, trusted=untrusted)
        if not isinstance(forest, RandomForestClassifier):
            raise InputError("The model file holds a {type}, not the random forest this plugin writes. Train the "
                             "model again.", type=type(forest).__name__)
        return forest


class LogisticRegression(Estimator):
    name = "glm"
    label = Message("Logistic regression (GLM) on the one-hot classes")

    def _fit(self, dataset, rows, progress, log) -> None:
        from sklearn.linear_model import LogisticRegression as Regression

        model = Regression(C=1.0, max_iter=2000)
        model.fit(self.encoding.onehot.image(dataset.classes[rows]).reshape(len(rows), -1), dataset.label[rows] >= 0.5)
        self.members = [model]

    def predict_member(self, member, classes) -> np.ndarray:
        flat = self.encoding.onehot.image(classes).reshape(len(classes), -1)
        return member.predict_proba(flat)[:, 1].astype(np.float32)


#: Every kind, in the order of the algorithms' choices (public: their indices are
#: what models and scripts store).
KINDS = (LsghNet, LsghNetWithoutScse, Cnn, RandomForest, LogisticRegression)
NAMES = tuple(kind.name for kind in KINDS)
#: The kinds a model file can hold.
SAVED = tuple(kind for kind in KINDS if kind.member)


def by_name(name: str) -> type:
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise InputError("Unknown model kind '{kind}': use one of {kinds}.", kind=name, kinds=", ".join(NAMES))
