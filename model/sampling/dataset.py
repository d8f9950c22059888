"""Training samples as arrays: read from the layer 'Extract training samples'
writes (any OGR vector file) or from the .npz the QGIS side hands to the worker,
and checked against the factor catalogue."""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from ..core.errors import InputError, Message
from ..core.vocabulary import SAMPLE_KINDS, SEED, SPLITS, SampleKind
from .schema import PREVALENCE, REQUIRED, STACK_ID


@dataclass
class Dataset:
    factor_names: list
    classes: np.ndarray      # (samples, factors) class codes
    label: np.ndarray        # float
    kind: np.ndarray         # str: negative / positive / heatmap
    test: np.ndarray         # bool
    landslide: np.ndarray    # int, -1 when unknown
    x: np.ndarray
    y: np.ndarray
    #: The share of the study area's cells on a landslide (samples.SampleSet), None
    #: when the samples do not say (presence/absence points, earlier versions).
    prevalence: float | None = None

    def __len__(self) -> int:
        return len(self.label)

    @property
    def hard(self) -> np.ndarray:
        return self.kind != SampleKind.HEATMAP

    def training_rows(self, hard_only: bool) -> np.ndarray:
        """Flags of the samples that train a model: the training split, its hard
        samples only for the kinds that ignore the heatmap samples."""
        return ~self.test & self.hard if hard_only else ~self.test

    def subset(self, keep: np.ndarray) -> "Dataset":
        return Dataset(self.factor_names, self.classes[keep], self.label[keep], self.kind[keep], self.test[keep],
                       self.landslide[keep], self.x[keep], self.y[keep], self.prevalence)

    def save(self, path: str, catalogue: list | None = None, stack_id: str | None = None) -> None:
        """The samples as .npz. With the `catalogue` (its factor entries) and the
        `stack_id` they were checked against, the file is the QGIS side's exchange
        file: the worker takes both from it (`read_checked`) and reads no stack."""
        checked = {} if catalogue is None else {"catalogue": json.dumps(catalogue), "stack_id": stack_id or ""}
        np.savez(path, factor_names=np.array(self.factor_names), classes=self.classes, label=self.label,
                 kind=self.kind, test=self.test, landslide=self.landslide, x=self.x, y=self.y,
                 prevalence=np.nan if self.prevalence is None else self.prevalence, **checked)


def read_checked(path: str) -> tuple | None:
    """(dataset, catalogue entries, stack_id or None) of an exchange file
    (`Dataset.save` with a catalogue: the samples were checked against it when it was
    written); None for any other samples file."""
    if not path.lower().endswith(".npz"):
        return None
    with np.load(path) as data:
        if "catalogue" not in data:
            return None
        return _dataset(data), json.loads(str(data["catalogue"])), str(data["stack_id"]) or None


def _dataset(data) -> Dataset:
    prevalence = float(data["prevalence"]) if "prevalence" in data else np.nan
    return Dataset(list(data["factor_names"]), data["classes"], data["label"], data["kind"].astype(str),
                   data["test"], data["landslide"], data["x"], data["y"], None if np.isnan(prevalence) else prevalence)


def read_samples(path: str, factor_names: list, stack_id: str | None = None, stack: str = "") -> Dataset:
    """Samples from a .npz written by `Dataset.save` (the QGIS side checked them) or
    from a vector file with the fields of 'Extract training samples', checked like
    `from_features` against the `stack_id` given."""
    if path.lower().endswith(".npz"):
        with np.load(path) as data:
            return _dataset(data)
    return _read_vector(path, factor_names, stack_id, stack)


def _read_vector(path: str, factor_names: list, stack_id: str | None, stack: str) -> Dataset:
    from osgeo import ogr

    source = ogr.Open(path)
    if source is None or source.GetLayerCount() == 0:
        raise InputError("'{path}' is not a vector file with samples. Use the output of 'Extract training samples'.",
                         path=path)
    layer = source.GetLayer(0)
    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    return from_features(factor_names, fields, ((feature, _xy(feature.GetGeometryRef())) for feature in layer),
                         stack_id, stack)


def _xy(geometry) -> tuple:
    """Coordinates now: OGR frees a feature's geometry with the feature."""
    return (geometry.GetX(), geometry.GetY()) if geometry is not None else (np.nan, np.nan)


def from_features(factor_names: list, fields: list, features, stack_id: str | None = None,
                  stack: str = "", class_counts: list | None = None, warn=None) -> Dataset:
    """A Dataset from the features of a samples layer with these `fields`:
    (feature, (x, y)) pairs, a feature giving a field's value by name (an OGR or a
    QGIS feature). Labels must lie in 0..1, and with `class_counts` (classes per
    factor in the stack's catalogue) every class code must be one of the stack's.
    With `stack_id`, samples that carry another stack's fingerprint are refused
    (`check_same_stack`); samples without one (made by an earlier version, exported,
    edited or made by another tool) are accepted only when their classes fit the
    stack, and `warn` is told that they could not be verified."""
    check_fields(fields, factor_names)
    has_landslide = "landslide" in fields
    has_fingerprint = STACK_ID in fields
    has_prevalence = PREVALENCE in fields
    unverified = 0
    rows, prevalences = [], set()
    for feature, xy in features:
        if has_prevalence:
            prevalences.add(_field_number(feature[PREVALENCE]))
        if stack_id is not None:
            fingerprint = feature[STACK_ID] if has_fingerprint else None
            if fingerprint is None or str(fingerprint) in ("", "NULL"):
                unverified += 1
            else:
                check_same_stack(str(fingerprint), stack_id, stack)
        rows.append((_field_number(feature["label"]), feature["kind"], feature["split"],
                     _field_number(feature["landslide"]) if has_landslide else -1,
                     [_field_number(feature[name]) for name in factor_names], xy))
    if not rows:
        raise InputError("The samples layer has no sample.")
    label = np.array([np.nan if row[0] is None else row[0] for row in rows], dtype=float)
    kind = np.array([row[1] for row in rows]).astype(str)
    split = np.array([row[2] for row in rows]).astype(str)
    classes = np.array([row[4] for row in rows], dtype=object)
    if any(value is None for value in classes.ravel()) or np.isnan(label).any():
        raise InputError("Some samples have an empty label or factor class. Extract the samples again.")
    outside = (label < 0) | (label > 1)
    if outside.any():
        raise InputError("{count} sample(s) have a label outside 0..1 (e.g. {value:g}); the label is 1 for a "
                         "landslide, 0 for none and the heatmap value in between. Use the output of 'Extract "
                         "training samples', or rescale the label field to 0..1.", count=int(outside.sum()),
                         value=float(label[outside][0]))
    if any(not float(value).is_integer() for value in classes.ravel()):
        raise InputError("Some factor fields of the samples hold fractions; they must hold the stack's class codes "
                         "(whole numbers). Extract the samples from the factor stack.")
    unknown = sorted(set(kind) - set(SAMPLE_KINDS)) + sorted(set(split) - set(SPLITS))
    if unknown:
        raise InputError("Unexpected values in the 'kind' or 'split' field: {values}. Use the output of 'Extract "
                         "training samples'.", values=", ".join(unknown))
    x = np.array([row[5][0] for row in rows], dtype=float)
    y = np.array([row[5][1] for row in rows], dtype=float)
    dataset = Dataset(list(factor_names), classes.astype(np.int64), label, kind, split == "test",
                      np.array([row[3] if row[3] is not None else -1 for row in rows], dtype=np.int64), x, y,
                      _one_prevalence(prevalences))
    if class_counts is not None:
        check_classes(dataset, class_counts)
    if unverified and warn is not None:
        warn(Message("{count} sample(s) carry no stack fingerprint ('{field}' field), so it cannot be verified that "
                     "they were drawn from {stack}; their class codes fit its classes, so they are used as they are.",
                     count=unverified, field=STACK_ID, stack=stack))
    return dataset


def _one_prevalence(values: set) -> float | None:
    """The samples' prevalence: None unless every sample gives the same one in 0..1
    (samples of two extractions merged, or edited, cannot say)."""
    if len(values) != 1:
        return None
    value = values.pop()
    return value if value is not None and 0 < value < 1 else None


def _field_number(value):
    """A field value as a Python number (None for an empty value: OGR's None, QGIS's NULL)."""
    try:
        return float(value) if value is not None and str(value) != "NULL" else None
    except (TypeError, ValueError):
        return None


def check_fields(fields: list, factor_names: list) -> None:
    missing = [name for name in REQUIRED if name not in fields]
    if missing:
        raise InputError("The samples lack the field(s) {fields}. Use the output of 'Extract training samples'.",
                         fields=", ".join(missing))
    absent = [name for name in factor_names if name not in fields]
    if absent:
        raise InputError("The samples have no field for the factor(s) {factors} of the catalogue. The samples and "
                         "the factor stack do not belong together: extract the samples from this stack.",
                         factors=", ".join(absent))


def check_classes(dataset: Dataset, class_counts: list) -> None:
    """Every class code must be one the catalogue knows (1..k)."""
    for index, (name, count) in enumerate(zip(dataset.factor_names, class_counts)):
        codes = dataset.classes[:, index]
        wrong = (codes < 1) | (codes > count)
        if wrong.any():
            raise InputError("Factor '{factor}' has class codes {codes} in the samples, but the catalogue grades it "
                             "into classes 1..{count}. The samples and the factor stack do not belong together.",
                             factor=name, codes=", ".join(f"{c:g}" for c in sorted(set(codes[wrong].tolist()))[:10]),
                             count=count)


def check_same_stack(samples_stack: str, stack_id: str, stack: str) -> None:
    """Samples are used only with the stack they were drawn from (fingerprints from
    factors.stack_fingerprint): another stack's class codes may fit and mean other classes."""
    if samples_stack != stack_id:
        raise InputError("These samples were extracted from another factor stack than {stack} (their stack_id is "
                         "{samples}, the stack's is {expected}): their class codes would be read against the wrong "
                         "classes. Use the stack they come from, or extract samples from this one.", stack=stack,
                         samples=samples_stack, expected=stack_id)


def check_trainable(dataset: Dataset, hard_only: bool) -> None:
    """Enough samples of both classes to train and to test."""
    train = dataset.training_rows(hard_only)
    if not dataset.test.any():
        raise InputError("The samples have no test split ('split' = 'test'). Extract them with a test fraction "
                         "above 0.")
    if train.sum() < 20:
        raise InputError("Only {count} training samples: too few to train. Extract more samples.",
                         count=int(train.sum()))
    # Both hard classes, for every model kind: soft (heatmap) labels lie on both sides
    # of 0.5, so without this LSGH-Net would train on no negatives at all.
    binary = dataset.label[train & dataset.hard] >= 0.5
    if binary.all() or not binary.any():
        raise InputError("All hard training samples are on the same side of 0.5 (all landslide or all "
                         "non-landslide); the model cannot learn to tell them apart, whatever the heatmap samples. "
                         "Extract both positives and negatives (check N_NEGATIVE and MIN_DISTANCE of 'Extract training "
                         "samples').")
    test_binary = dataset.label[dataset.test & dataset.hard] >= 0.5
    if test_binary.size < 4 or test_binary.all() or not test_binary.any():
        raise InputError("The test split needs hard landslide and non-landslide samples. Extract more samples or use "
                         "a larger test fraction.")


def presence_absence(stack_path: str, xs: np.ndarray, ys: np.ndarray, labels: np.ndarray,
                     heatmap_path: str = None, n_per_interval: int = None, seed: int = SEED) -> tuple:
    """A Dataset from presence/absence points (label >= 0.5: landslide) with their
    classes read from the stack, plus, when a heatmap is given, soft samples drawn
    from it around the presence points (each owned by its nearest presence point).
    Returns (dataset, notes)."""
    from ..factors.stack import stack_catalogue
    from ..core.raster import Grid, open_raster
    from ..core.cells import LandslideCells
    from .samples import HEATMAP, extract_samples

    names = [g.name for g in stack_catalogue(stack_path)]
    stack = open_raster(stack_path, Message("factor stack"))
    grid = Grid.of(stack)
    rows, cols = grid.pixel_of(xs, ys)
    inside = grid.contains(rows, cols)
    classes = np.zeros((len(xs), len(names)), dtype=np.int64)
    for index in np.flatnonzero(inside):
        classes[index] = stack.ReadAsArray(int(cols[index]), int(rows[index]), 1, 1).reshape(-1)
    usable = inside & np.all(classes > 0, axis=1)
    notes = []
    if not usable.all():
        notes.append(f"{int((~usable).sum())} point(s) outside the stack or on nodata were left out.")
    positive = np.asarray(labels, dtype=float) >= 0.5
    keep = np.flatnonzero(usable)
    kind = np.where(positive[keep], SampleKind.POSITIVE.value, SampleKind.NEGATIVE.value)
    landslide = np.where(positive[keep], keep, -1)
    parts = [(classes[keep], positive[keep].astype(float), kind, landslide, xs[keep], ys[keep])]
    if heatmap_path:
        presence = keep[positive[keep]]
        drawn = extract_samples(stack_path, heatmap_path, LandslideCells(grid, xs[presence], ys[presence]),
                                n_negative=0, n_per_interval=n_per_interval, seed=seed)
        soft = drawn.kind == HEATMAP
        notes += drawn.notes
        parts.append((drawn.classes[soft].astype(np.int64), drawn.label[soft], np.full(int(soft.sum()), SampleKind.HEATMAP.value),
                      presence[drawn.landslide[soft]], drawn.x[soft], drawn.y[soft]))
    columns = [np.concatenate(column) for column in zip(*parts)]
    dataset = Dataset(names, columns[0], columns[1], columns[2].astype(str), np.zeros(len(columns[1]), dtype=bool),
                      columns[3].astype(np.int64), columns[4].astype(float), columns[5].astype(float))
    return dataset, notes
