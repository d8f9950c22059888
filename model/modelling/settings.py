"""A training run's settings with their defaults: the one place the algorithms'
default values, the worker's command-line options and the engine take them from."""
from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import SEED


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
