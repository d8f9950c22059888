"""The susceptibility raster (method section 7): the trained model applied to every
cell of the study area, window by window.

With one-hot classed factors a landscape holds far fewer distinct class
combinations than cells. Each window's combinations are predicted once, and only
those not seen in an earlier window: a cache maps combination -> susceptibility.
The result equals per-cell prediction (the same inputs give the same outputs), many
times faster; for an ensemble the cache holds the members' mean and standard
deviation (the uncertainty raster) per combination. Memory holds one window and the
cache (bounded: it is emptied when it outgrows `CACHE_LIMIT` entries).

Input: the graded stack from 'Prepare factor stack', whose catalogue must match the
model's, or raw factor rasters, graded here with the model's catalogue.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..modelling import modelfile
from ..core.errors import InputError, Message
from ..factors.stack import AlignedFactors, FactorSource, stack_catalogue
from ..factors.grading import GradingRule
from ..core.progress import Progress
from ..core.raster import Grid, create_float_raster, open_raster
from ..core.replacement import atomic_outputs
from ..core.vocabulary import NODATA

CACHE_LIMIT = 5_000_000


def compare_catalogues(model: list, stack: list) -> list:
    """Differences between two lists of factor gradings, as messages."""
    differences = []
    model_names, stack_names = [g.name for g in model], [g.name for g in stack]
    if model_names != stack_names:
        return [Message("the model's factors are {model}; the input's are {input}", model=", ".join(model_names),
                        input=", ".join(stack_names))]
    for ours, theirs in zip(model, stack):
        for attribute in ("kind", "method", "breaks", "codes"):
            a, b = getattr(ours, attribute), getattr(theirs, attribute)
            if attribute == "breaks" and len(a) == len(b) and np.allclose(a, b, rtol=1e-9, atol=0):
                continue
            if a != b:
                differences.append(Message("factor '{factor}': {attribute} {model} in the model, {input} in the input",
                                           factor=ours.name, attribute=attribute, model=_text(a), input=_text(b)))
    return differences


def _text(value) -> str:
    return " ".join(f"{v:g}" for v in value) if isinstance(value, list) else str(value)


class CombinationCache:
    """A model's answer per distinct combination of factor classes: `width` values
    each (the susceptibility; with the ensemble's spread, two)."""

    def __init__(self, class_counts: list, limit: int = CACHE_LIMIT, width: int = 1) -> None:
        radix = np.cumprod([1] + [k + 1 for k in class_counts[:-1]], dtype=object)
        self.compact = int(radix[-1]) * (class_counts[-1] + 1) < 2 ** 62
        self.radix = np.array([int(r) for r in radix], dtype=np.int64) if self.compact else None
        self.limit = limit
        self.keys = np.empty(0, dtype=np.int64 if self.compact else object)
        self.values = np.empty((0, width), dtype=np.float32)
        self.predicted = 0

    def _keys(self, classes: np.ndarray) -> np.ndarray:
        if self.compact:  # mixed-radix number, one factor at a time (no cells x factors int64 copy)
            keys = np.zeros(len(classes), dtype=np.int64)
            for column, radix in enumerate(self.radix):
                keys += classes[:, column].astype(np.int64) * radix
            return keys
        rows = np.ascontiguousarray(classes.astype(np.uint16))
        return rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()

    def predict(self, classes: np.ndarray, answer) -> np.ndarray:
        """(cells, width) float32: `answer` of (cells, factors) class codes, which
        gives (n,) or (n, width) values and is asked only for combinations not seen before."""
        keys = self._keys(classes)
        unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        values = np.empty((len(unique), self.values.shape[1]), dtype=np.float32)
        if len(self.keys):
            position = np.minimum(np.searchsorted(self.keys, unique), len(self.keys) - 1)
            known = self.keys[position] == unique
            values[known] = self.values[position[known]]
        else:
            known = np.zeros(len(unique), dtype=bool)
        if not known.all():
            values[~known] = np.asarray(answer(classes[first[~known]]), dtype=np.float32).reshape(-1, values.shape[1])
            self.predicted += int(np.count_nonzero(~known))
            self._remember(unique[~known], values[~known])
        return values[inverse.reshape(-1)]

    def _remember(self, keys: np.ndarray, values: np.ndarray) -> None:
        if len(self.keys) + len(keys) > self.limit:
            self.keys, self.values = self.keys[:0], self.values[:0]
        if len(keys) > self.limit:  # more new combinations in one window than the cache holds
            return
        merged_keys = np.concatenate([self.keys, keys])
        order = np.argsort(merged_keys, kind="stable")
        self.keys, self.values = merged_keys[order], np.concatenate([self.values, values])[order]


@dataclass
class PredictionSummary:
    cells: int = 0
    nodata: int = 0
    combinations: int = 0
    unseen: dict = field(default_factory=dict)  # factor -> {code: [count, min row, min col, max row, max col]}


class StackInput:
    """A graded stack read window by window: class codes, valid where all > 0."""

    def __init__(self, path: str, model_gradings: list) -> None:
        self.dataset = open_raster(path, Message("factor stack"))
        self.grid = Grid.of(self.dataset)
        try:
            gradings = stack_catalogue(path)
        except InputError as error:
            raise InputError("{problem} Or give the raw factor rasters, named like the model's factors ({factors}), to "
                             "be graded with the model's catalogue.", problem=error.message,
                             factors=", ".join(g.name for g in model_gradings)) from error
        differences = compare_catalogues(model_gradings, gradings)
        if differences:
            raise InputError("The factor stack does not match the model: {differences}. Prepare the stack with the "
                             "grading the model was trained on, or give the raw factor rasters.",
                             differences=differences)
        self.gradings = model_gradings
        self.counts = [g.classes for g in model_gradings]

    def read(self, window) -> tuple:
        classes = self.dataset.ReadAsArray(window.col, window.row, window.width, window.height).reshape(
            len(self.counts), window.height, window.width)
        return classes, np.all(classes > 0, axis=0), [None] * len(self.counts)


class RawInput:
    """Raw factor rasters graded with the model's catalogue, on the first one's grid."""

    def __init__(self, sources: list, model_gradings: list) -> None:
        names = [s.name for s in sources]
        wanted = [g.name for g in model_gradings]
        if sorted(names) != sorted(wanted):
            missing, extra = sorted(set(wanted) - set(names)), sorted(set(names) - set(wanted))
            raise InputError("The factor rasters do not match the model's factors (missing: {missing}; not in the "
                             "model: {extra}). Name the layers like the model's factors: {wanted}.",
                             missing=", ".join(missing) or "-", extra=", ".join(extra) or "-", wanted=", ".join(wanted))
        by_name = {s.name: s for s in sources}
        ordered = [by_name[name] for name in wanted]
        rules = {g.name: GradingRule(g.name, g.method) for g in model_gradings}
        self.grid = Grid.of(open_raster(ordered[0].path, Message("factor '{factor}'", factor=ordered[0].name)))
        self.factors = AlignedFactors(ordered, rules, self.grid, None)
        self.gradings = model_gradings
        self.counts = [g.classes for g in model_gradings]

    def read(self, window) -> tuple:
        values, valid = self.factors.read(window)
        classes = np.zeros((len(values), window.height, window.width), dtype=np.uint16)
        raw = []
        for index, (graded, array) in enumerate(zip(self.gradings, values)):
            classes[index][valid] = graded.classify(array[valid])
            raw.append(array)
        return classes, valid, raw


def open_input(manifest: dict, uncertainty: bool, stack_path: Optional[str] = None,
               sources: Optional[list] = None, probability: bool = False):
    """The input a model maps (`StackInput` or `RawInput`), checked against the model
    file's manifest alone, without loading a weight: the stack's catalogue or the raw
    factors' names must match the model's, the uncertainty map needs an ensemble and
    the probability map a model that knows its study area's prevalence.
    The QGIS side runs it before the worker starts, so that a mismatch is refused
    before any work (`InputError`)."""
    members = len(manifest.get("members") or [manifest.get("member")])
    if uncertainty and members < 2:
        raise InputError("The uncertainty map needs an ensemble of networks, and this model holds a single {kind} "
                         "model. Train it with more than one network in the ensemble (the default preset), or leave "
                         "the uncertainty output empty.", kind=manifest["kind"])
    if probability and not manifest.get("calibration"):
        raise InputError("This model file does not know the share of its study area's cells on a landslide, so its "
                         "index cannot be turned into a probability. Train it on samples from 'Extract training "
                         "samples' of this version (they carry that share), or leave the probability output empty.")
    gradings = modelfile.gradings(manifest)
    return StackInput(stack_path, gradings) if stack_path else RawInput(sources, gradings)


def predict_raster(model, output_path: str, stack_path: Optional[str] = None, sources: Optional[list] = None,
                   progress: Optional[Progress] = None, window_size: Optional[int] = None,
                   uncertainty_path: Optional[str] = None, probability_path: Optional[str] = None) -> PredictionSummary:
    """Write the susceptibility raster of a stack (or raw factors) with a model: a
    fitted estimator (modelling/kinds.py, as `modelfile.load` reads it), or the path
    of a model file. With `uncertainty_path`, also the standard deviation of the
    ensemble members' susceptibility per cell (a model of one member has none:
    `InputError`); with `probability_path`, the probability of a landslide cell
    (calibration.py; the model must know its study area's prevalence)."""
    progress = progress or Progress()
    fitted = modelfile.load(model) if isinstance(model, str) else model
    manifest = fitted.manifest
    source = open_input(manifest, bool(uncertainty_path), stack_path, sources, bool(probability_path))
    gradings = source.gradings
    grid = source.grid
    windows = grid.windows(window_size)
    answer = (lambda classes: np.column_stack(fitted.predict_spread(classes))) if uncertainty_path else \
        fitted.predict
    cache = CombinationCache(source.counts, width=2 if uncertainty_path else 1)
    summary = PredictionSummary()
    # (path, the layer of a window's cached values (index, spread) it writes, its band description)
    layers = [(output_path, lambda values: values[:, 0], f"susceptibility ({manifest['kind']})")]
    if uncertainty_path:
        layers.append((uncertainty_path, lambda values: values[:, 1],
                       f"uncertainty: standard deviation of {len(fitted.members)} members ({manifest['kind']})"))
    if probability_path:
        layers.append((probability_path, lambda values: fitted.calibration.probability(values[:, 0]),
                       f"probability of a landslide cell ({manifest['kind']}; study area's prevalence "
                       f"{fitted.calibration.prevalence:.4g})"))
    with atomic_outputs(*(path for path, _, _ in layers)) as temporaries:
        outputs = [create_float_raster(temporary, grid, NODATA) for temporary in temporaries]
        bands = [output.GetRasterBand(1) for output in outputs]
        for window in progress.over(windows):
            classes, valid, raw = source.read(window)
            _track_unseen(summary, window, classes, valid, raw, source.counts, gradings)
            usable = valid & np.all((classes > 0) & (classes <= np.array(source.counts)[:, None, None]), axis=0)
            values = cache.predict(classes[:, usable].T, answer) if usable.any() else None
            for band, (_, layer, _) in zip(bands, layers):
                result = np.full((window.height, window.width), NODATA, dtype=np.float32)
                if values is not None:
                    result[usable] = layer(values)
                band.WriteArray(result, window.col, window.row)
            summary.cells += int(usable.sum())
            summary.nodata += int(usable.size - usable.sum())
        if summary.unseen:
            raise InputError(unseen_problem(summary.unseen, grid))
        if summary.cells == 0:
            raise InputError("No cell has data in every factor, so there is nothing to predict. Check the input's "
                             "extent and nodata.")
        for band, output, (_, _, description) in zip(bands, outputs, layers):
            band.SetDescription(description)
            output.FlushCache()
        bands = outputs = None
        progress.step(1.0)  # the last chance to cancel: once the files are in place, the run has succeeded
    summary.combinations = cache.predicted
    return summary


def _track_unseen(summary, window, classes, valid, raw, counts, gradings) -> None:
    """Record class codes beyond the model's classes (stack input) or categorical
    codes outside its catalogue (raw input, classified 0)."""
    for index, (count, graded) in enumerate(zip(counts, gradings)):
        if raw[index] is None:
            wrong = valid & (classes[index] > count)
            codes = classes[index]
        else:
            wrong = valid & (classes[index] == 0)
            codes = raw[index]
        if not wrong.any():
            continue
        rows, cols = np.nonzero(wrong)
        for code in np.unique(codes[wrong]).tolist():
            where = codes[wrong] == code
            entry = summary.unseen.setdefault(graded.name, {}).setdefault(
                code, [0, np.inf, np.inf, -np.inf, -np.inf])
            entry[0] += int(where.sum())
            entry[1] = min(entry[1], int(rows[where].min()) + window.row)
            entry[2] = min(entry[2], int(cols[where].min()) + window.col)
            entry[3] = max(entry[3], int(rows[where].max()) + window.row)
            entry[4] = max(entry[4], int(cols[where].max()) + window.col)


def unseen_problem(unseen: dict, grid: Grid) -> Message:
    x0, dx, _, y0, _, dy = grid.geotransform
    parts = []
    for name, codes in unseen.items():
        for code, (count, row0, col0, row1, col1) in sorted(codes.items()):
            parts.append(Message("factor '{factor}' code {code:g}: {count} cells within x {west:.1f} .. {east:.1f}, "
                                 "y {south:.1f} .. {north:.1f}", factor=name, code=code, count=count,
                                 west=x0 + col0 * dx, east=x0 + (col1 + 1) * dx, south=y0 + (row1 + 1) * dy,
                                 north=y0 + row0 * dy))
    return Message("The input holds classes the model never saw: {parts}. The model cannot predict them: mask those "
                   "areas out, or train with samples that cover these classes.", parts=parts)


def raw_sources(pairs: list) -> list:
    """FactorSource list from 'name=path' or 'name=path:band' strings."""
    sources = []
    for pair in pairs:
        name, _, location = pair.partition("=")
        path, _, band = location.rpartition(":") if location.rsplit(":", 1)[-1].isdigit() else (location, "", "1")
        sources.append(FactorSource(name, path, int(band)))
    return sources
