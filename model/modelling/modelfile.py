"""The model file: one zip holding the trained model and everything needed to use
it later (factor catalogue, encoding, kind, hyper-parameters, metrics, library
versions).

Members:
- `manifest.json`: the metadata and the SHA-256 of every other member;
- `manifest.sha256`: the SHA-256 of `manifest.json` itself (from format version 2;
  version-1 files, which lack it, still load);
- `model.keras` (networks, Keras's own format) or `model.skops` (random forest,
  skops's format).

Loading never executes code from the file: the manifest is plain JSON; Keras
models load in safe mode (a Lambda layer or any unknown object is refused); the
random forest loads with skops, which only rebuilds scikit-learn and numpy types
it trusts (never a pickle), and must be a RandomForestClassifier. A member or a
manifest whose hash differs from the one recorded means the file was edited (a
changed class break would silently change the map) or damaged, and it is refused. (The hashes catch edits and
damage; they are not a signature against a forger who rewrites the manifest too,
whose code safe loading still refuses to run.)
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib

import numpy as np

from .encoding import encode
from ..errors import InputError, Message
from ..factors.grading import FactorGrading

FORMAT = "lsghnet-model"
VERSION = 2
MANIFEST_HASH = "manifest.sha256"
EXTENSION = ".lsghnet"
NETWORK_KINDS = ("lsghnet", "lsghnet_noscse", "cnn")
KINDS = NETWORK_KINDS + ("rf",)
#: Types of a fitted random forest that skops does not trust by default; they hold
#: only arrays (the fitted trees).
FOREST_INTERNALS = ("sklearn.tree._tree.Tree",)



def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write(path: str, member_name: str, member: bytes, metadata: dict) -> None:
    """Write a model file (callers make it atomic with `raster.atomic_outputs`)."""
    manifest = dict(metadata, format=FORMAT, version=VERSION, member=member_name,
                    sha256={member_name: _sha256(member)})
    text = json.dumps(manifest, indent=2, default=plain).encode("utf-8")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", text)
        archive.writestr(MANIFEST_HASH, _sha256(text))
        archive.writestr(member_name, member)


def plain(value):
    """numpy values as plain Python for JSON (the `default` of json.dumps)."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"cannot store {type(value).__name__} in the manifest")


def read(path: str) -> tuple:
    """(manifest, member bytes) of a model file, verified; `InputError` if the file
    is not an LSGH-Net model or was edited."""
    not_ours = Message("'{path}' is not an LSGH-Net model file. Use a file written by 'Train susceptibility model' "
                       "(extension {extension}).", path=path, extension=EXTENSION)
    if not os.path.isfile(path):
        raise InputError("The model file '{path}' does not exist. Check the path.", path=path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(not_ours) from error
    with archive:
        try:
            text = archive.read("manifest.json")
            manifest = json.loads(text)
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise InputError(not_ours)
            name = manifest.get("member")
            member = archive.read(name)
            recorded = archive.read(MANIFEST_HASH).decode("ascii") if MANIFEST_HASH in archive.namelist() else None
        except (KeyError, TypeError, ValueError) as error:  # no manifest or member: another program's zip
            raise InputError(not_ours) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:  # a zip whose content is broken
            raise InputError("The model file '{path}' is damaged: its content cannot be unpacked ({error}). Use "
                             "the file as training wrote it, or train again.", path=path, error=str(error)) from error
    if manifest.get("version", 0) > VERSION:
        raise InputError("'{path}' was written by a newer version of the plugin. Update the plugin.", path=path)
    manifest_edited = manifest.get("version", 0) >= 2 and recorded != _sha256(text)
    if manifest_edited or manifest.get("sha256", {}).get(name) != _sha256(member):
        raise InputError("The model file '{path}' was edited or is damaged (its content does not match its "
                         "manifest). Use the file as training wrote it, or train again.", path=path)
    if manifest.get("kind") not in KINDS:
        raise InputError(not_ours)
    return manifest, member


def gradings(manifest: dict) -> list:
    return [FactorGrading(f["name"], f["kind"], f["method"], f.get("breaks", []), f.get("codes", []),
                          f.get("labels", [])) for f in manifest["catalogue"]]


class Predictor:
    """A loaded model: `predict(classes)` gives the susceptibility of (samples,
    factors) class codes."""

    def __init__(self, manifest: dict, estimator) -> None:
        self.manifest, self.estimator = manifest, estimator
        self.kind = manifest["kind"]
        self.class_counts = manifest["encoding"]["class_counts"]

    def predict(self, classes: np.ndarray, batch_size: int = 8192) -> np.ndarray:
        classes = np.asarray(classes)
        if len(classes) == 0:
            return np.zeros(0, dtype=np.float32)
        if self.kind == "rf":
            return self.estimator.predict_proba(classes)[:, 1].astype(np.float32)
        if self.kind == "glm":
            flat = encode(classes, self.class_counts).reshape(len(classes), -1)
            return self.estimator.predict_proba(flat)[:, 1].astype(np.float32)
        return self.estimator.predict(encode(classes, self.class_counts), batch_size=batch_size,
                                      verbose=0).reshape(-1).astype(np.float32)


def load(path: str) -> Predictor:
    manifest, member = read(path)
    if manifest["kind"] == "rf":
        return Predictor(manifest, _load_forest(member))
    return Predictor(manifest, _load_network(member))


def _load_network(member: bytes):
    import keras

    with tempfile.TemporaryDirectory() as folder:
        file = os.path.join(folder, "model.keras")
        with open(file, "wb") as handle:
            handle.write(member)
        try:
            return keras.saving.load_model(file, safe_mode=True, compile=False)
        except Exception as error:  # Keras raises ValueError/TypeError for unsafe or unknown content
            raise InputError("The network in the model file cannot be loaded safely ({error}). The file may have "
                             "been altered; train the model again.", error=error) from error


def _load_forest(member: bytes):
    import skops.io
    from sklearn.ensemble import RandomForestClassifier

    untrusted = skops.io.get_untrusted_types(data=member)
    foreign = [name for name in untrusted if name not in FOREST_INTERNALS]
    if foreign:
        raise InputError("The random forest in the model file holds types that are not allowed ({types}); it was not "
                         "written by this plugin. Train the model again.", types=", ".join(foreign[:5]))
    # skops's default trusted types (scikit-learn estimators, numpy) plus the tree internals.
    forest = skops.io.loads(member, trusted=untrusted)
    if not isinstance(forest, RandomForestClassifier):
        raise InputError("The model file holds a {type}, not the random forest this plugin writes. Train the model "
                         "again.", type=type(forest).__name__)
    return forest
