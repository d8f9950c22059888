"""How a causative factor becomes classes 1..k, and the catalogue that records it.

Continuous factors are cut at increasing breaks b_1 < ... < b_(k-1); class i holds
the values in (b_(i-1), b_i] (the first class everything <= b_1, the last everything
> b_(k-1)), the convention of QGIS's reclassify tools and of jenkspy's upper bounds.
Breaks are given explicitly (the paper's Table 2) or computed from the study area's
values by equal intervals, quantiles or Jenks natural breaks. Categorical factors keep
one class per code, in increasing code order.

The catalogue (JSON) lists every factor with its kind, breaks or codes and class
labels. It travels with the stack and later inside the model file, so prediction can
check it is fed the same factors graded the same way, or grade raw rasters itself.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Optional

import numpy as np

from ..core.errors import InputError, Message
from ..core import breaks as breaks_module
from ..core.breaks import Method
from ..core.raster import open_raster

CATALOGUE_FORMAT = "lsghnet-factor-catalogue"
CATALOGUE_VERSION = 1
CATEGORICAL = "categorical"
METHODS = breaks_module.METHODS + (CATEGORICAL,)
DEFAULT_METHOD, DEFAULT_CLASSES = Method.QUANTILE.value, 10
#: A categorical factor with more codes than this is surely continuous.
MAX_CATEGORIES = 255
#: The most classes equal, quantile or Jenks grading makes of a continuous factor.
MAX_CLASSES = 100
#: Bins of the histogram (over the factor's range) that quantile breaks are read
#: from: fine enough for heavy-tailed factors such as curvature.
HISTOGRAM_BINS = 2 ** 20
#: Jenks runs on the histogram merged to this many bins (its cost is quadratic).
JENKS_BINS = 4096
#: An integer factor with at most this many codes is suggested as categorical
#: (lithology, land use, soil type); with more it is a measure (elevation in metres).
SUGGESTED_MAX_CODES = 30
#: The suggestion reads the band decimated to at most this many cells a side.
SUGGESTION_SIDE = 1024


@dataclass
class GradingRule:
    """What the analyst asked for one factor (a row of the GRADING table)."""

    factor: str
    method: str = DEFAULT_METHOD
    classes: int = DEFAULT_CLASSES
    breaks: list = field(default_factory=list)

    @property
    def kind(self) -> str:
        return CATEGORICAL if self.method == CATEGORICAL else "continuous"


def suggested_rule(name: str, path: str, band: int) -> GradingRule:
    """What to suggest for a factor before the analyst says: categorical for an
    integer band with few codes, else quantile classes. Reads the band decimated (an
    overview where the file has one), so it takes a moment on any raster size."""
    dataset = open_raster(path, Message("factor raster"))
    source = dataset.GetRasterBand(band)
    scale = max(1.0, max(dataset.RasterXSize, dataset.RasterYSize) / SUGGESTION_SIDE)
    width, height = max(1, int(dataset.RasterXSize / scale)), max(1, int(dataset.RasterYSize / scale))
    values = source.ReadAsArray(buf_xsize=width, buf_ysize=height)
    if not np.issubdtype(values.dtype, np.integer):
        return GradingRule(name)
    nodata = source.GetNoDataValue()
    codes = np.unique(values if nodata is None else values[values != nodata])
    if len(codes) <= SUGGESTED_MAX_CODES:
        return GradingRule(name, CATEGORICAL, classes=len(codes))
    return GradingRule(name)


@dataclass
class FactorGrading:
    """A graded factor as the catalogue records it."""

    name: str
    kind: str
    method: str
    breaks: list = field(default_factory=list)
    codes: list = field(default_factory=list)
    labels: list = field(default_factory=list)

    @property
    def classes(self) -> int:
        return len(self.labels)

    def classify(self, values: np.ndarray) -> np.ndarray:
        """Class 1..k of each value (values must be valid data). Categorical codes
        not in the catalogue get class 0."""
        if self.kind == CATEGORICAL:
            codes = np.asarray(self.codes, dtype=np.float64)
            position = np.clip(np.searchsorted(codes, values), 0, len(codes) - 1)
            return np.where(codes[position] == values, position + 1, 0).astype(np.uint16)
        return (np.searchsorted(np.asarray(self.breaks, dtype=np.float64), values, side="left") + 1
                ).astype(np.uint16)


def parse_rules(rows: list, factor_names: list) -> dict:
    """GRADING table rows [factor, method, classes, breaks] -> {factor: GradingRule}.

    `breaks` is a string of numbers separated by spaces or semicolons. Raises
    `InputError` naming the row for anything unusable.
    """
    rules = {}
    for number, row in enumerate(rows, start=1):
        cells = [str(cell).strip() if cell is not None else "" for cell in row] + [""] * 4
        name, method, classes, breaks = cells[:4]
        if not any(cells):
            continue  # an empty row of the dialog's table
        method = method.lower() or DEFAULT_METHOD
        where = Message("Grading row {number} ('{factor}')", number=number, factor=name)
        if name not in factor_names:
            raise InputError("{where}: there is no factor of that name. Factors: {factors}.", where=where,
                             factors=", ".join(factor_names))
        if name in rules:
            raise InputError("{where}: the factor is listed twice. Give one row per factor.", where=where)
        if method not in METHODS:
            raise InputError("{where}: unknown method '{method}'. Use one of: {methods}.", where=where, method=method,
                             methods=", ".join(METHODS))
        rule = GradingRule(name, method)
        if method == Method.BREAKS:
            try:
                rule.breaks = breaks_module.parse(breaks)
            except ValueError as error:
                raise InputError("{where}: breaks must be numbers separated by spaces or ';', with '.' for decimals "
                                 "(got '{breaks}').", where=where, breaks=breaks) from error
            check_breaks(rule.breaks, where)
            rule.classes = len(rule.breaks) + 1
        elif method != CATEGORICAL:
            try:
                rule.classes = int(float(classes)) if classes else DEFAULT_CLASSES
            except (ValueError, OverflowError) as error:
                raise InputError("{where}: the class count must be a whole number (got '{classes}').", where=where,
                                 classes=classes) from error
            if not 2 <= rule.classes <= MAX_CLASSES:
                raise InputError("{where}: the class count must be from 2 to {most} (got {classes}).", where=where,
                                 classes=rule.classes, most=MAX_CLASSES)
        rules[name] = rule
    return rules


def check_breaks(breaks: list, where: Message) -> None:
    if not breaks:
        raise InputError("{where}: the 'breaks' method needs at least one break value, e.g. '10 20 30'.",
                         where=where)
    if any(not np.isfinite(value) for value in breaks):
        raise InputError("{where}: breaks must be finite numbers.", where=where)
    if not breaks_module.increasing(breaks):
        raise InputError("{where}: breaks must be strictly increasing (got {breaks}).", where=where,
                         breaks=" ".join(f"{b:g}" for b in breaks))


@dataclass
class FactorStatistics:
    """What one streaming pass over a factor's valid cells learns."""

    minimum: float = np.inf
    maximum: float = -np.inf
    count: int = 0
    integral: bool = True
    codes: set = field(default_factory=set)

    def add(self, values: np.ndarray, track_codes: bool) -> None:
        if values.size == 0:
            return
        self.minimum = min(self.minimum, float(values.min()))
        self.maximum = max(self.maximum, float(values.max()))
        self.count += values.size
        self.integral = self.integral and bool(np.all(np.mod(values, 1) == 0))
        if track_codes and len(self.codes) <= MAX_CATEGORIES:
            self.codes.update(np.unique(values).tolist())


def histogram_edges(statistics: FactorStatistics) -> np.ndarray:
    return np.linspace(statistics.minimum, statistics.maximum, HISTOGRAM_BINS + 1)


def needs_histogram(rule: GradingRule) -> bool:
    return rule.method in breaks_module.FROM_VALUES


def grade(rule: GradingRule, statistics: FactorStatistics, histogram: Optional[np.ndarray] = None) -> FactorGrading:
    """The catalogue entry of a factor from its rule and its statistics (and, for
    quantile and Jenks, its histogram over `histogram_edges(statistics)`)."""
    name = rule.factor
    if statistics.count == 0:
        raise InputError("Factor '{factor}' has no data inside the study area (all nodata or outside the mask). "
                         "Check the raster, its nodata value and the mask.", factor=name)
    if rule.method == CATEGORICAL:
        if not statistics.integral:
            raise InputError("Factor '{factor}' is graded as categorical but holds non-integer values ({low:g} .. "
                             "{high:g}). Categories must be integer codes; grade it as continuous (breaks, equal, "
                             "quantile or jenks) instead.", factor=name, low=statistics.minimum,
                             high=statistics.maximum)
        if len(statistics.codes) > MAX_CATEGORIES:
            raise InputError("Factor '{factor}' has more than {limit} distinct codes; that is not a categorical "
                             "factor. Grade it as continuous instead.", factor=name, limit=MAX_CATEGORIES)
        codes = sorted(statistics.codes)
        if len(codes) < 2:
            raise InputError("Factor '{factor}' has a single category ({code:g}) in the study area, so it cannot "
                             "tell landslides apart. Remove it from the factors.", factor=name, code=codes[0])
        return FactorGrading(name, CATEGORICAL, CATEGORICAL, codes=[_number(c) for c in codes],
                             labels=[f"{_number(c)}" for c in codes])
    if statistics.minimum == statistics.maximum:
        raise InputError("Factor '{factor}' has the single value {value:g} everywhere in the study area, so it "
                         "makes one class only. Remove it from the factors.", factor=name, value=statistics.minimum)
    values = weights = None
    if rule.method in breaks_module.FROM_VALUES:
        edges = histogram_edges(statistics)
        if rule.method == Method.QUANTILE:  # the fine histogram: each bin by its upper edge
            values, weights = edges[1:], histogram
        else:  # Jenks's dynamic programme on a coarser histogram
            merge = HISTOGRAM_BINS // JENKS_BINS
            values, weights = edges[merge::merge], histogram.reshape(JENKS_BINS, merge).sum(axis=1)
        occupied = weights > 0
        values, weights = values[occupied], weights[occupied]
        if rule.method == Method.JENKS and len(values) < rule.classes:
            raise InputError("Factor '{factor}' has too few distinct values for {classes} Jenks classes. Ask "
                             "for fewer classes or use explicit breaks.", factor=name, classes=rule.classes)
    breaks = breaks_module.inner_breaks(rule.method, rule.classes, statistics.minimum, statistics.maximum, values,
                                        weights, rule.breaks)
    if rule.method == Method.QUANTILE:  # ties merge classes rather than make empty ones; the maximum is no break
        breaks = sorted(set(float(b) for b in breaks if b < statistics.maximum))
    grading = FactorGrading(name, "continuous", rule.method, breaks=[float(b) for b in breaks])
    grading.labels = continuous_labels(grading.breaks)
    return grading


def continuous_labels(breaks: list) -> list:
    text = [f"{b:g}" for b in breaks]
    return [f"<= {text[0]}"] + [f"{a} - {b}" for a, b in zip(text, text[1:])] + [f"> {text[-1]}"]


def _number(value: float):
    return int(value) if float(value).is_integer() else float(value)


def catalogue_json(gradings: list, grid: dict) -> str:
    return json.dumps({
        "format": CATALOGUE_FORMAT, "version": CATALOGUE_VERSION, "grid": grid,
        "factors": [dict(asdict(g), classes=g.classes) for g in gradings],
    }, indent=2)


def read_catalogue(text: str) -> list:
    """Factor gradings from catalogue JSON; `InputError` if it is not one."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise InputError("The factor catalogue is not valid JSON ({error}).", error=error) from error
    if not isinstance(data, dict) or data.get("format") != CATALOGUE_FORMAT:
        raise InputError("This is not an LSGH-Net factor catalogue. Use the one 'Prepare factor stack' wrote.")
    return from_catalogue(data["factors"])


def from_catalogue(factors: list) -> list:
    """Factor gradings from a catalogue's factor entries (the JSON's, or a model
    manifest's copy)."""
    return [FactorGrading(f["name"], f["kind"], f["method"], f.get("breaks", []), f.get("codes", []),
                          f.get("labels", [])) for f in factors]
