"""LSGH-Net and its ablation in pure Keras 3 (method section 5), and their training
loop (section 6), so the same code runs on TensorFlow (the default), PyTorch or JAX.

Everything is built from stock Keras layers (no Lambda, no custom class), so a saved
model reloads in Keras's safe mode without any custom object.
"""
from __future__ import annotations

import functools
import json
import random

import keras
import numpy as np
from keras import layers

from ..core.errors import Cancelled
from ..sampling.samples import whole_groups

#: 3 x 3 kernels where the maps are large enough; the last two blocks see maps of
#: about 3 x 4 and 2 x 2 cells, where 2 x 2 kernels cover them at 40 % of the cost.
KERNELS = (3, 3, 2, 2)


def scse_block(features, reduction: int = 2, name: str = "scse"):
    """Concurrent spatial and channel squeeze & excitation: E = E_cSE + E_sSE.

    cSE: global average pooling, 1x1 conv + ReLU, 1x1 conv + sigmoid, times the map.
    sSE: 1x1 conv to one channel + sigmoid, times the map.
    Computed as U * (cSE gate + sSE gate), the same sum with one multiplication; the
    1x1 convolutions are Dense layers on the channel axis (identical maths, fewer
    and cheaper operations: the block's cost is dominated by their count).
    """
    channels = features.shape[-1]
    squeeze = layers.GlobalAveragePooling2D(keepdims=True, name=f"{name}_cse_pool")(features)
    squeeze = layers.Dense(max(channels // reduction, 1), activation="relu", name=f"{name}_cse_reduce")(squeeze)
    channel_gate = layers.Dense(channels, activation="sigmoid", name=f"{name}_cse_expand")(squeeze)
    spatial_gate = layers.Dense(1, activation="sigmoid", name=f"{name}_sse_gate")(features)
    gates = layers.Add(name=f"{name}_gates")([channel_gate, spatial_gate])  # broadcast to H x W x C
    return layers.Multiply(name=name)([features, gates])


def build_network(factors: int, width: int, attention: bool = True, dropout: float = 0.5,
                  bn_momentum: float = 0.99, filters: int = 32, channels: int = 1) -> keras.Model:
    """LeNet-like CNN on a (factors, width, channels) image (encoding.py): four conv
    blocks (`filters` doubled in each block, the paper's 32 -> 64 -> 128 -> 256; batch
    normalisation, optional scSE, 2x2 max pooling), a global max pool to a feature of
    8 x `filters` values, dropout, dense, sigmoid susceptibility index."""
    inputs = keras.Input(shape=(factors, width, channels), name="one_hot_factors")
    x = inputs
    for index, kernel in enumerate(KERNELS, start=1):
        x = layers.Conv2D(filters * 2 ** (index - 1), kernel, padding="same", name=f"conv{index}")(x)
        x = layers.BatchNormalization(momentum=bn_momentum, name=f"bn{index}")(x)
        x = layers.Activation("relu", name=f"relu{index}")(x)
        if attention:
            x = scse_block(x, name=f"scse{index}")
        x = layers.MaxPooling2D(2, padding="same", name=f"pool{index}")(x)
    x = layers.GlobalMaxPooling2D(name="feature")(x)  # 1 x 1 x (8 x filters), flattened
    x = layers.Dropout(dropout, name="dropout")(x)
    x = layers.Dense(64, activation="relu", name="dense")(x)
    outputs = layers.Dense(1, activation="sigmoid", name="susceptibility")(x)
    return keras.Model(inputs, outputs, name="lsghnet" if attention else "lsghnet_noscse")


def fit_network(images: np.ndarray, dataset, rows, settings, attention: bool, progress, log):
    """Train `settings.members` networks on `rows` of the dataset (whose
    `images` encoding.encode made), member i with seed
    `settings.seed + i` (its own validation part and initial weights); each keeps
    the weights of its best epoch on its validation part. Adam (AdamW with weight
    decay), MSE, at most `settings.epochs` epochs. Returns (networks, the first
    member's history, every member's best epoch).

    Each member is built as its own network (its initial weights drawn from its
    seed) and trained in this process's compiled trainer of the same shape
    (`_trainer`), which starts from that member's weights and a fresh optimizer:
    the result is the member trained on its own, without tracing the training step
    again for every member, fold and run (about 10 s each on TensorFlow)."""
    labels = dataset.label.astype(np.float32)
    architecture = dict(factors=images.shape[1], width=images.shape[2], attention=attention, dropout=settings.dropout,
                        bn_momentum=settings.bn_momentum, filters=settings.filters, channels=images.shape[3])
    networks, histories, best_epochs = [], [], []
    for member in range(settings.members):
        seed = settings.seed + member
        validation, training = validation_part(dataset, rows, settings.validation_fraction, settings.validation,
                                               np.random.default_rng(seed))
        # The trainer first: whatever random numbers making it draws, the seed then resets.
        trainer = _trainer(keras.backend.backend(), tuple(sorted(architecture.items())), settings.learning_rate,
                           settings.weight_decay)
        keras.utils.set_random_seed(seed)
        network = build_network(**architecture)
        trainer = _start(trainer, network)
        prefix = f"{settings.kind}" + (f" member {member + 1}/{settings.members}" if settings.members > 1 else "")
        log(f"{prefix}: {len(training)} training and {len(validation)} validation samples ({settings.validation} "
            f"validation part), {network.count_params()} parameters.")
        member_progress = progress.part(member, settings.members)
        monitor = _EarlyStopping(images[validation], labels[validation], settings, member_progress,
                                 lambda text: log(f"{prefix}: {text}"))
        trainer.fit(images[training], labels[training], batch_size=settings.batch_size, epochs=settings.epochs,
                    shuffle=True, verbose=0, callbacks=[monitor])
        if monitor.cancelled:
            raise Cancelled()
        kept = monitor.best_epoch - 1
        log(f"{prefix}: kept the weights of epoch {monitor.best_epoch} of {len(monitor.history['epoch'])} (validation "
            f"loss {monitor.history['val_loss'][kept]:.4f}, validation accuracy "
            f"{100 * monitor.history['val_accuracy'][kept]:.2f} %), the best on the validation part.")
        network.set_weights(monitor.best_weights)
        networks.append(network)
        histories.append(monitor.history)
        best_epochs.append(monitor.best_epoch)
    return networks, histories[0], best_epochs


#: How many trainers, and how many predictors, a process keeps (the most recently used).
KEPT = 4


def _set_state(target: keras.Model, source: keras.Model) -> None:
    """Weights and random state (dropout's) of `source` into `target`, of the same graph."""
    for to, value in zip(target.variables, source.variables, strict=True):
        to.assign(value)


@functools.lru_cache(maxsize=KEPT)
def _trainer(backend: str, architecture: tuple, learning_rate: float, weight_decay: float) -> tuple:
    """(model, its optimizer's fresh state): this process's compiled network of
    `architecture` (build_network's arguments as (name, value) pairs) and its
    optimizer, for `backend`; `_start` sets it to a member's weights. The optimizer is
    built at once, not inside the first traced step, which TensorFlow would then trace
    twice."""
    arguments = dict(architecture)
    trainer = build_network(**arguments)
    optimizer = (keras.optimizers.AdamW(learning_rate, weight_decay=weight_decay)
                 if weight_decay else keras.optimizers.Adam(learning_rate))
    trainer.compile(optimizer=optimizer, loss="mse", steps_per_execution=_steps_per_execution(backend))
    optimizer.build(trainer.trainable_variables)
    # A fit of no epoch builds what the first fit builds (the loss's tracker); on
    # PyTorch that draws from the global random state, as dropout does: done here,
    # before a member's seed is set, every member's fit draws alike. (Seeded, with any
    # seed: the worker's TensorFlow refuses unseeded random operations.)
    keras.utils.set_random_seed(0)
    shape = (1, arguments["factors"], arguments["width"], arguments["channels"])
    trainer.fit(np.zeros(shape, dtype=np.float32), np.zeros(1, dtype=np.float32), epochs=0, shuffle=False, verbose=0)
    return trainer, [variable.numpy() for variable in optimizer.variables]


def _start(trainer: tuple, network: keras.Model) -> keras.Model:
    """The trainer (`_trainer`) set to `network`'s weights (and its dropout's random
    state) and a fresh optimizer: fitting it trains `network` as fitting `network`
    itself would."""
    model, fresh_optimizer = trainer
    _set_state(model, network)
    for variable, value in zip(model.optimizer.variables, fresh_optimizer, strict=True):
        variable.assign(value)
    return model


@functools.lru_cache(maxsize=KEPT)
def _predictor(backend: str, config: str) -> keras.Model:
    """This process's model of the graph `config` (JSON) for `backend`. Making it
    draws random numbers (its initial weights); the draws are undone."""
    states = random.getstate(), np.random.get_state()
    predictor = keras.Model.from_config(json.loads(config))
    random.setstate(states[0])
    np.random.set_state(states[1])
    return predictor


def predict(network: keras.Model, images: np.ndarray, batch_size: int) -> np.ndarray:
    """`network.predict(images)` as a flat float32 array, computed by this process's
    predictor of the same graph set to `network`'s weights: Keras traces a predict
    step per model object, so an ensemble's members, and every network that a
    cross-validation trains, would each trace their own."""
    predictor = _predictor(keras.backend.backend(), json.dumps(network.get_config(), sort_keys=True, default=str))
    _set_state(predictor, network)
    return predictor.predict(images, batch_size=batch_size, verbose=0).reshape(-1).astype(np.float32)


def validation_part(dataset, rows: np.ndarray, fraction: float, how: str, rng: np.random.Generator) -> tuple:
    """(validation rows, training rows): at most `fraction` of `rows` (at least one
    group), drawn as `settings.VALIDATIONS` says. Whole landslides keep a landslide's
    cells and soft samples together, so validation scores are not flattered by
    neighbouring cells of one slide; spatial blocks (k-means of the coordinates, about
    1/fraction blocks, whole blocks taken in random order) mimic a spatial test split."""
    wanted = max(1, int(round(fraction * len(rows))))
    if how == "random":
        shuffled = rng.permutation(rows)
        return shuffled[:wanted], shuffled[wanted:]
    if how == "spatial" and np.isfinite(dataset.x[rows]).all() and np.isfinite(dataset.y[rows]).all():
        from sklearn.cluster import KMeans

        blocks = max(2, int(round(1 / fraction)))
        coordinates = np.column_stack([dataset.x[rows], dataset.y[rows]])
        groups = KMeans(n_clusters=min(blocks, len(rows)), n_init=3,
                        random_state=int(rng.integers(2 ** 31))).fit_predict(coordinates)
    else:  # landslides: a sample without a landslide (a negative) is a group of its own
        owner = dataset.landslide[rows]
        groups = np.where(owner >= 0, owner, -2 - np.arange(len(rows)))
    inside = whole_groups(groups, wanted, rng)
    return rows[inside], rows[~inside]


def _steps_per_execution(backend: str) -> int:
    """Batches per compiled call: 32 cuts TensorFlow's per-step overhead on these
    tiny batches (JAX allows it too); Keras's PyTorch backend runs one at a time."""
    return 1 if backend == "torch" else 32


class _EarlyStopping(keras.callbacks.Callback):
    """Early stopping on the validation part with patience, best weights kept,
    progress and cancel. The criterion (settings.stopping): the validation loss (MSE,
    lower is better) or the accuracy with labels and predictions binarized at 0.5
    (the paper's; higher is better, ties keep the earlier epoch).

    A cancel stops the fit as early stopping does, at the next batch, and
    `fit_network` raises `Cancelled` once Keras has returned: no exception unwinds
    Keras's fit loop (an asynchronous one crashed TensorFlow once in 200
    cancels, see worker/cli.py, Cancel)."""

    def __init__(self, x, y, settings, progress, log):
        super().__init__()
        self.x, self.truth, self.labels = x, y >= 0.5, y
        self.settings, self.progress, self.log = settings, progress, log
        self.best, self.best_epoch, self.best_weights, self.waited = np.inf, 0, None, 0
        self.cancelled = False
        self.history = {"epoch": [], "loss": [], "val_loss": [], "val_accuracy": []}

    def _report(self, fraction: float) -> None:
        try:
            self.progress.step(fraction)
        except Cancelled:
            self.cancelled = self.model.stop_training = True

    def on_train_batch_end(self, batch, logs=None):
        self._report(len(self.history["epoch"]) / self.settings.epochs)

    def on_epoch_end(self, epoch, logs=None):
        if self.cancelled:
            return
        # A direct call: model.predict builds an input pipeline on every call.
        predicted = keras.ops.convert_to_numpy(self.model(self.x, training=False)).reshape(-1)
        accuracy = float(np.mean((predicted >= 0.5) == self.truth))
        val_loss = float(np.mean((predicted - self.labels) ** 2))
        for key, value in (("epoch", epoch + 1), ("loss", float(logs["loss"])), ("val_loss", val_loss),
                           ("val_accuracy", accuracy)):
            self.history[key].append(value)
        score = val_loss if self.settings.stopping == "loss" else -accuracy  # lower is better
        if score < self.best:
            self.best, self.best_epoch, self.waited = score, epoch + 1, 0
            self.best_weights = self.model.get_weights()
        else:
            self.waited += 1
        self.log(f"epoch {epoch + 1}: loss {logs['loss']:.4f}, validation loss {val_loss:.4f}, "
                 f"validation accuracy {100 * accuracy:.2f} %")
        self._report((epoch + 1) / self.settings.epochs)
        if self.waited >= self.settings.patience:
            criterion = "loss" if self.settings.stopping == "loss" else "accuracy"
            self.log(f"Early stop: no better validation {criterion} for {self.settings.patience} epochs.")
            self.model.stop_training = True
