"""Where Keras computes: which backend (TensorFlow, PyTorch or JAX: the model code
is pure Keras, so any of them trains and predicts) and which device (the CPU or a
GPU).

The backend is the one KERAS_BACKEND names, else the first of `BACKENDS` installed
in this Python: TensorFlow where the platform has wheels for it, PyTorch where it
has none (Python 3.14), or where the user installed it for a GPU on Windows, where
TensorFlow has no GPU support. A model file records its backend; it loads on any.

`prepare` runs before Keras is imported (choosing the backend and hiding GPUs must
happen first); `configure` checks and describes the device afterwards.
"""
from __future__ import annotations

import importlib.util
import os

from ..core.errors import InputError
from ..core.vocabulary import DEVICES, Device

#: Keras backends in the order the worker prefers them when KERAS_BACKEND is unset.
BACKENDS = ("tensorflow", "torch", "jax")
#: Where a scikit-learn model kind runs, as the log and the run's result say.
SCIKIT_LEARN = "CPU (scikit-learn)"


def installed_backends() -> list:
    """The Keras backends this Python has, in the order of `BACKENDS`."""
    return [name for name in BACKENDS if importlib.util.find_spec(name)]


def choose_backend() -> str:
    """The Keras backend of this process: KERAS_BACKEND if set, else the first
    installed (TensorFlow when none is, so that the missing-package message names
    it). Sets KERAS_BACKEND, which Keras reads when first imported."""
    chosen = os.environ.get("KERAS_BACKEND")
    if not chosen:
        chosen = (installed_backends() or [BACKENDS[0]])[0]
        os.environ["KERAS_BACKEND"] = chosen
    return chosen


def prepare(device: str) -> None:
    if device not in DEVICES:
        raise InputError("Unknown device '{device}': use auto, cpu or gpu.", device=device)
    choose_backend()
    if device == Device.CPU:
        os.environ["CUDA_VISIBLE_DEVICES"] = "-1"
        os.environ.setdefault("JAX_PLATFORMS", "cpu")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def gpus() -> list:
    """Names of the GPUs the active Keras backend sees."""
    import keras

    backend = keras.backend.backend()
    if backend == "tensorflow":
        import tensorflow as tf

        return [gpu.name for gpu in tf.config.list_physical_devices("GPU")]
    if backend == "torch":
        import torch

        return [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    if backend == "jax":
        import jax

        return [str(d) for d in jax.devices() if d.platform == "gpu"]
    return []


def configure(device: str) -> str:
    """Check the requested device is there; make CPU runs deterministic; return a
    description for the log."""
    import keras

    backend = keras.backend.backend()
    found = gpus()
    if device == Device.GPU and not found:
        raise InputError("DEVICE is 'gpu' but Keras ({backend}) sees no GPU. Use 'auto' or 'cpu', or install a GPU "
                         "build of the backend (on Windows: KERAS_BACKEND=torch with CUDA PyTorch).", backend=backend)
    on_gpu = bool(found) and device != Device.CPU
    if backend == "tensorflow":
        import tensorflow as tf

        tf.config.experimental.enable_op_determinism()
        if not on_gpu:
            _threads_for_small_tensors(tf)
    if on_gpu:
        return f"GPU ({', '.join(found)}) via Keras {keras.__version__} on {backend}"
    return f"CPU via Keras {keras.__version__} on {backend}"


def runs_on(kind, device: str) -> str:
    """Where a model kind (modelling/kinds.py) trains or predicts: Keras configured
    for the requested `device` (`configure`), or the CPU for a scikit-learn kind,
    which never imports Keras."""
    return configure(device) if kind.needs_keras else SCIKIT_LEARN


def _threads_for_small_tensors(tf) -> None:
    """One thread per operation, the cores across independent operations.

    The network's tensors are tiny (a batch of 32 maps of at most 9 x 13 cells), so
    splitting one operation across threads costs more than it saves, while the scSE
    branches and the optimizer's per-weight updates can run side by side: 200 epochs
    at the paper's size run about 18 % faster on 2 cores (bench/bench_training.py).
    """
    tf.config.threading.set_intra_op_parallelism_threads(1)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()  # not on Windows
    tf.config.threading.set_inter_op_parallelism_threads(usable or 1)
