"""Training of the four model kinds (method sections 5-6) and their evaluation on
the test split.

- `lsghnet`: the network with scSE attention on all training samples (hard and
  soft labels), MSE loss.
- `lsghnet_noscse`: the same without attention (the paper's ablation).
- `cnn`: the LSGH-Net network on the hard samples only (the paper's CNN baseline).
- `rf`: a scikit-learn random forest on the class codes of the hard samples, tuned
  by GridSearchCV (the paper's RF baseline).
- `glm`: logistic regression on the one-hot classes of the hard samples, the
  classic reference of susceptibility studies (used by cross-validation only).

Networks: Adam, batch 32, at most `epochs` epochs, early stopping when the accuracy
on the validation part (labels and predictions binarized at 0.5) has not improved
for `patience` epochs; the best weights are kept.
"""
from __future__ import annotations

import os
import platform
import sys
import tempfile
from dataclasses import dataclass, field

import numpy as np

from ..modelling import metrics
from ..sampling.dataset import Dataset, check_classes, check_trainable
from .encoding import encode
from .modelfile import NETWORK_KINDS, Predictor, write
from ..progress import Progress
from ..vocabulary import SEED


#: Kinds trained on the hard samples only.
HARD_ONLY = ("cnn", "rf", "glm")


@dataclass
class Settings:
    kind: str = "lsghnet"
    epochs: int = 200
    patience: int = 50
    batch_size: int = 32
    learning_rate: float = 0.001
    dropout: float = 0.5
    validation_fraction: float = 0.2
    seed: int = SEED


@dataclass
class Trained:
    predictor: Predictor
    member_name: str
    member: bytes
    history: dict = field(default_factory=dict)
    best_epoch: int = 0
    search: dict = field(default_factory=dict)


def training_rows(dataset: Dataset, kind: str) -> np.ndarray:
    """Which samples train this kind: CNN and RF ignore the heatmap samples."""
    rows = ~dataset.test
    return rows & dataset.hard if kind in HARD_ONLY else rows


def train(dataset: Dataset, class_counts: list, settings: Settings, progress: Progress, log=print) -> Trained:
    check_classes(dataset, class_counts)
    check_trainable(dataset, hard_only=settings.kind in HARD_ONLY)
    rows = np.flatnonzero(training_rows(dataset, settings.kind))
    if settings.kind == "rf":
        return _train_forest(dataset, rows, settings, progress, log)
    if settings.kind == "glm":
        return _train_glm(dataset, rows, class_counts, settings)
    return _train_network(dataset, rows, class_counts, settings, progress, log)


def _train_network(dataset, rows, class_counts, settings, progress, log) -> Trained:
    import keras

    from .network import build_network

    rng = np.random.default_rng(settings.seed)
    shuffled = rng.permutation(rows)
    n_validation = max(1, int(round(settings.validation_fraction * len(shuffled))))
    validation, training = shuffled[:n_validation], shuffled[n_validation:]
    encoded = encode(dataset.classes, class_counts)
    labels = dataset.label.astype(np.float32)
    keras.utils.set_random_seed(settings.seed)
    network = build_network(len(class_counts), max(class_counts), attention=settings.kind != "lsghnet_noscse",
                            dropout=settings.dropout)
    network.compile(optimizer=keras.optimizers.Adam(settings.learning_rate), loss="mse",
                    steps_per_execution=_steps_per_execution(keras.backend.backend()))
    log(f"{settings.kind}: {len(training)} training and {len(validation)} validation samples, "
        f"{network.count_params()} parameters.")
    monitor = _BinarizedEarlyStopping(encoded[validation], labels[validation], settings, progress, log)
    network.fit(encoded[training], labels[training], batch_size=settings.batch_size, epochs=settings.epochs,
                shuffle=True, verbose=0, callbacks=[monitor])
    network.set_weights(monitor.best_weights)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.keras")
        network.save(path)
        with open(path, "rb") as handle:
            member = handle.read()
    return Trained(Predictor({"kind": settings.kind, "encoding": {"class_counts": class_counts}}, network),
                   "model.keras", member, monitor.history, monitor.best_epoch)


def _steps_per_execution(backend: str) -> int:
    """Batches per compiled call: 32 cuts TensorFlow's per-step overhead on these
    tiny batches (JAX allows it too); Keras's PyTorch backend runs one at a time."""
    return 1 if backend == "torch" else 32


class _BinarizedEarlyStopping:
    """Keras callback (duck-typed, so the class needs no Keras import at module
    level): validation accuracy with labels and predictions binarized at 0.5,
    early stopping with patience, best weights kept, progress and cancel."""

    def __new__(cls, *arguments):
        import keras

        class Callback(keras.callbacks.Callback):
            def __init__(self, x, y, settings, progress, log):
                super().__init__()
                self.x, self.truth, self.labels = x, y >= 0.5, y
                self.settings, self.progress, self.log = settings, progress, log
                self.best, self.best_epoch, self.best_weights, self.waited = -1.0, 0, None, 0
                self.history = {"epoch": [], "loss": [], "val_loss": [], "val_accuracy": []}

            def on_train_batch_end(self, batch, logs=None):
                self.progress.step(len(self.history["epoch"]) / self.settings.epochs)  # honours cancel

            def on_epoch_end(self, epoch, logs=None):
                # A direct call: model.predict builds an input pipeline on every call.
                predicted = keras.ops.convert_to_numpy(self.model(self.x, training=False)).reshape(-1)
                accuracy = float(np.mean((predicted >= 0.5) == self.truth))
                val_loss = float(np.mean((predicted - self.labels) ** 2))
                for key, value in (("epoch", epoch + 1), ("loss", float(logs["loss"])), ("val_loss", val_loss),
                                   ("val_accuracy", accuracy)):
                    self.history[key].append(value)
                if accuracy > self.best:
                    self.best, self.best_epoch, self.waited = accuracy, epoch + 1, 0
                    self.best_weights = self.model.get_weights()
                else:
                    self.waited += 1
                self.log(f"epoch {epoch + 1}: loss {logs['loss']:.4f}, validation loss {val_loss:.4f}, "
                         f"validation accuracy {100 * accuracy:.2f} %")
                self.progress.step((epoch + 1) / self.settings.epochs)
                if self.waited >= self.settings.patience:
                    self.log(f"Early stop: no better validation accuracy for {self.settings.patience} epochs; "
                             f"keeping epoch {self.best_epoch} ({100 * self.best:.2f} %).")
                    self.model.stop_training = True

        return Callback(*arguments)


def _train_forest(dataset, rows, settings, progress, log) -> Trained:
    import skops.io
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import GridSearchCV, StratifiedKFold

    grid = {"n_estimators": [100, 300], "max_depth": [None, 10, 20], "min_samples_leaf": [1, 5]}
    log(f"rf: GridSearchCV over {grid} on {len(rows)} hard training samples (3-fold, ROC AUC).")
    progress.step(0.0)
    search = GridSearchCV(RandomForestClassifier(random_state=settings.seed), grid, scoring="roc_auc",
                          cv=StratifiedKFold(3, shuffle=True, random_state=settings.seed), n_jobs=1)
    search.fit(dataset.classes[rows], dataset.label[rows] >= 0.5)
    progress.step(0.9)
    log(f"rf: best parameters {search.best_params_} (cross-validated ROC AUC {search.best_score_:.4f}).")
    forest = search.best_estimator_
    return Trained(Predictor({"kind": "rf", "encoding": {"class_counts": []}}, forest), "model.skops",
                   skops.io.dumps(forest), search={"best_params": search.best_params_,
                                                    "best_score": float(search.best_score_)})


def _train_glm(dataset, rows, class_counts, settings) -> Trained:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(encode(dataset.classes[rows], class_counts).reshape(len(rows), -1), dataset.label[rows] >= 0.5)
    return Trained(Predictor({"kind": "glm", "encoding": {"class_counts": class_counts}}, model), "", b"")


def evaluate(predictor: Predictor, dataset: Dataset) -> dict:
    test = dataset.subset(dataset.test)
    predictions = predictor.predict(test.classes)
    return metrics.evaluate(test.label, predictions, test.hard)


def software(kind: str) -> dict:
    """The Keras backend (None for the forest) and the library versions that trained
    a model; read from the modules already loaded, so no other backend is imported."""
    import sklearn

    versions = {"python": platform.python_version(), "numpy": np.__version__, "sklearn": sklearn.__version__}
    if kind not in NETWORK_KINDS:
        import skops

        return {"backend": None, "versions": dict(versions, skops=skops.__version__)}
    import keras

    backend = keras.backend.backend()
    return {"backend": backend,
            "versions": dict(versions, keras=keras.__version__, **{backend: sys.modules[backend].__version__})}


def write_model(path: str, trained: Trained, settings: Settings, catalogue: list, class_counts: list,
               evaluation: dict, device: str, stack_id: str | None = None) -> None:
    """The model file; `stack_id` is the fingerprint of the stack it was trained on
    (factors.stack_fingerprint), which evaluation checks the samples against."""
    metadata = {
        "kind": settings.kind,
        "catalogue": catalogue,
        "stack_id": stack_id,
        "encoding": {"layout": "one row per factor (catalogue order), one column per class (class c in column "
                               "c - 1), zero-padded to the largest class count, one channel",
                     "class_counts": class_counts},
        "hyperparameters": vars(settings),
        "metrics": evaluation,
        "history": trained.history,
        "best_epoch": trained.best_epoch,
        "search": trained.search,
        "device": device,
        **software(settings.kind),
    }
    write(path, trained.member_name, trained.member, metadata)
