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
import zipfile
import zlib

import numpy as np

from ..errors import InputError, Message
from ..factors.grading import from_catalogue
from ..protocol import plain
from . import kinds

FORMAT = "lsghnet-model"
VERSION = 2
MANIFEST_HASH = "manifest.sha256"
EXTENSION = ".lsghnet"


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


def read(path: str, with_member: bool = True) -> tuple:
    """(manifest, member bytes) of a model file, verified; `InputError` if the file
    is not an LSGH-Net model or was edited. Without the member (None), only the
    manifest is read and checked: what the QGIS side needs to prepare a run."""
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
            member = archive.read(name) if with_member else None
            recorded = archive.read(MANIFEST_HASH).decode("ascii") if MANIFEST_HASH in archive.namelist() else None
        except (KeyError, TypeError, ValueError) as error:  # no manifest or member: another program's zip
            raise InputError(not_ours) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:  # a zip whose content is broken
            raise InputError("The model file '{path}' is damaged: its content cannot be unpacked ({error}). Use "
                             "the file as training wrote it, or train again.", path=path, error=str(error)) from error
    if manifest.get("version", 0) > VERSION:
        raise InputError("'{path}' was written by a newer version of the plugin. Update the plugin.", path=path)
    manifest_edited = manifest.get("version", 0) >= 2 and recorded != _sha256(text)
    if manifest_edited or (with_member and manifest.get("sha256", {}).get(name) != _sha256(member)):
        raise InputError("The model file '{path}' was edited or is damaged (its content does not match its "
                         "manifest). Use the file as training wrote it, or train again.", path=path)
    if manifest.get("kind") not in [kind.name for kind in kinds.SAVED]:
        raise InputError(not_ours)
    return manifest, member


def gradings(manifest: dict) -> list:
    return from_catalogue(manifest["catalogue"])


class Predictor:
    """A loaded model: `predict(classes)` gives the susceptibility of (samples,
    factors) class codes."""

    def __init__(self, manifest: dict, estimator) -> None:
        self.manifest, self.estimator = manifest, estimator
        self.model_kind = kinds.by_name(manifest["kind"])
        self.class_counts = manifest["encoding"]["class_counts"]

    @property
    def kind(self) -> str:
        return self.model_kind.name

    def predict(self, classes: np.ndarray) -> np.ndarray:
        classes = np.asarray(classes)
        if len(classes) == 0:
            return np.zeros(0, dtype=np.float32)
        return self.model_kind.predict(self.estimator, classes, self.class_counts)


def predictor(manifest: dict, member: bytes) -> Predictor:
    """The model of a file `read` returned (Keras kinds: configure the device first)."""
    return Predictor(manifest, kinds.by_name(manifest["kind"]).loads(member))


def load(path: str) -> Predictor:
    return predictor(*read(path))
