"""LSGH-Net and its ablation in pure Keras 3 (method section 5), so the same code
runs on TensorFlow (the default), PyTorch or JAX.

Everything is built from stock Keras layers (no Lambda, no custom class), so a saved
model reloads in Keras's safe mode without any custom object.
"""
from __future__ import annotations

import keras
from keras import layers

FILTERS = (32, 64, 128, 256)
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


def build_network(factors: int, width: int, attention: bool = True, dropout: float = 0.5) -> keras.Model:
    """LeNet-like CNN: four conv blocks (32 -> 64 -> 128 -> 256 filters, batch
    normalisation, optional scSE, 2x2 max pooling), a global max pool to the
    1 x 1 x 256 feature, dropout, dense, sigmoid susceptibility index."""
    inputs = keras.Input(shape=(factors, width, 1), name="one_hot_factors")
    x = inputs
    for index, (filters, kernel) in enumerate(zip(FILTERS, KERNELS), start=1):
        x = layers.Conv2D(filters, kernel, padding="same", name=f"conv{index}")(x)
        x = layers.BatchNormalization(name=f"bn{index}")(x)
        x = layers.Activation("relu", name=f"relu{index}")(x)
        if attention:
            x = scse_block(x, name=f"scse{index}")
        x = layers.MaxPooling2D(2, padding="same", name=f"pool{index}")(x)
    x = layers.GlobalMaxPooling2D(name="feature")(x)  # 1 x 1 x 256, flattened
    x = layers.Dropout(dropout, name="dropout")(x)
    x = layers.Dense(64, activation="relu", name="dense")(x)
    outputs = layers.Dense(1, activation="sigmoid", name="susceptibility")(x)
    return keras.Model(inputs, outputs, name="lsghnet" if attention else "lsghnet_noscse")
