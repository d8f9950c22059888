"""The model file: one zip holding the trained model and everything needed to use
it later (factor catalogue, encoding, kind, hyper-parameters, metrics, library
versions).

Members:
- `manifest.json`: the metadata and the SHA-256 of every other member;
- `manifest.sha256`: the SHA-256 of `manifest.json` itself (from format version 2;
  version-1 files, which lack it, still load);
- `model.keras` (networks, Keras's own format) or `model.skops` (random forest,
  skops's format); an ensemble of networks (format version 3) holds one file per
  network, `model-1.keras`, `model-2.keras` ..., listed in the manifest's `members`.
Format version 4 records which factors are encoded ordinally (`encoding.ordinal`,
encoding.py); files of earlier versions are one-hot, and earlier plugins refuse
version-4 files instead of reading their classes one-hot. Format version 5 records
whether the networks' input carries the coordinate channels
(`encoding.coordinate_channels`); files of earlier versions do not, and earlier plugins refuse
version-5 files instead of feeding their networks a one-channel image.

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
import platform
import sys
import zipfile
import zlib

import numpy as np

from ..core.errors import InputError, Message
from ..factors.grading import from_catalogue
from ..core.jsonable import plain
from . import kinds
from .encoding import Encoding

FORMAT = "lsghnet-model"
VERSION = 5
MANIFEST_HASH = "manifest.sha256"
EXTENSION = ".lsghnet"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def member_names(kind_member: str, count: int) -> list:
    """The names of an ensemble's `count` members in the zip ("model.keras" alone)."""
    if count == 1:
        return [kind_member]
    stem, extension = os.path.splitext(kind_member)
    return [f"{stem}-{index}{extension}" for index in range(1, count + 1)]


def write(path: str, names: list, members: list, metadata: dict) -> None:
    """Write a model file (callers make it atomic with `replacement.atomic_outputs`)."""
    manifest = dict(metadata, format=FORMAT, version=VERSION, member=names[0], members=names,
                    sha256={name: _sha256(member) for name, member in zip(names, members)})
    text = json.dumps(manifest, indent=2, default=plain).encode("utf-8")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", text)
        archive.writestr(MANIFEST_HASH, _sha256(text))
        for name, member in zip(names, members):
            archive.writestr(name, member)


def software(kind: type) -> dict:
    """The Keras backend (None for the forest) and the library versions a model was
    trained with; read from the modules already loaded, so no other backend is imported."""
    import sklearn

    versions = {"python": platform.python_version(), "numpy": np.__version__, "sklearn": sklearn.__version__}
    if not kind.needs_keras:
        import skops

        return {"backend": None, "versions": dict(versions, skops=skops.__version__)}
    import keras

    backend = keras.backend.backend()
    return {"backend": backend,
            "versions": dict(versions, keras=keras.__version__, **{backend: sys.modules[backend].__version__})}


def save(path: str, fitted: kinds.Estimator, metadata: dict) -> None:
    """Write a fitted estimator with `metadata` (what the run records: training.py);
    the inverse of `load`: its kind, its encoding, the software that trained it and
    each member in the kind's own format."""
    kind = type(fitted)
    names = member_names(kind.member, len(fitted.members))
    write(path, names, [kind.dumps(member) for member in fitted.members],
          dict(metadata, kind=kind.name, encoding=fitted.encoding.manifest(), **software(kind)))


def read(path: str, with_members: bool = True) -> tuple:
    """(manifest, [member bytes]) of a model file, verified; `InputError` if the file
    is not an LSGH-Net model or was edited. Without the members (None), only the
    manifest is read and checked: what the QGIS side needs to prepare a run."""
    not_ours = Message("'{path}' is not an LSGH-Net model file. Use a file written by 'Train susceptibility model' "
                       "(extension {extension}).", path=path, extension=EXTENSION)
    if not os.path.isfile(path):
        raise InputError("The model file '{path}' does not exist. Check the path.", path=path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        with open(path, "rb") as handle:
            starts_like_a_zip = handle.read(4) == b"PK\x03\x04"
        if starts_like_a_zip:  # a zip cut short: a copy or download that did not finish, a full disk
            raise InputError("The model file '{path}' is incomplete (it ends before its content does): it was "
                             "copied, downloaded or written only in part. Copy it again from where training wrote "
                             "it, or train again.", path=path) from error
        raise InputError(not_ours) from error
    with archive:
        try:
            text = archive.read("manifest.json")
            manifest = json.loads(text)
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise InputError(not_ours)
            names = manifest.get("members") or [manifest.get("member")]  # versions 1 and 2: one member
            members = [archive.read(name) for name in names] if with_members else None
            recorded = archive.read(MANIFEST_HASH).decode("ascii") if MANIFEST_HASH in archive.namelist() else None
        except (KeyError, TypeError, ValueError) as error:  # no manifest or member: another program's zip
            raise InputError(not_ours) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:  # a zip whose content is broken
            raise InputError("The model file '{path}' is damaged: its content cannot be unpacked ({error}). Use "
                             "the file as training wrote it, or train again.", path=path, error=str(error)) from error
    if manifest.get("version", 0) > VERSION:
        raise InputError("'{path}' was written by a newer version of the plugin. Update the plugin.", path=path)
    manifest_edited = manifest.get("version", 0) >= 2 and recorded != _sha256(text)
    hashes = manifest.get("sha256", {})
    if manifest_edited or (with_members and any(hashes.get(name) != _sha256(member)
                                                for name, member in zip(names, members))):
        raise InputError("The model file '{path}' was edited or is damaged (its content does not match its "
                         "manifest). Use the file as training wrote it, or train again.", path=path)
    if manifest.get("kind") not in [kind.name for kind in kinds.SAVED]:
        raise InputError(not_ours)
    return manifest, members


def gradings(manifest: dict) -> list:
    return from_catalogue(manifest["catalogue"])


def trained_stack(manifests: list) -> str | None:
    """The fingerprint of the stack these models were trained on, for checking samples
    against; None when they name none (files written before models recorded it) or
    several."""
    stacks = {manifest.get("stack_id") for manifest in manifests} - {None}
    return stacks.pop() if len(stacks) == 1 else None


def estimator(manifest: dict, members: list) -> kinds.Estimator:
    """The fitted model of a file `read` returned (Keras kinds: configure the device
    first), with the file's metadata as its `manifest`."""
    kind = kinds.by_name(manifest["kind"])
    return kind.fitted(Encoding.from_manifest(manifest["encoding"]), [kind.loads(member) for member in members],
                       manifest)


def load(path: str) -> kinds.Estimator:
    return estimator(*read(path))
