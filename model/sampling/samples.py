"""Training samples (method section 2): hard positives and negatives from the
inventory, soft samples from the heatmap's middle intervals, a train/test split.

One streaming pass over the stack and the heatmap. Every candidate pixel gets a
uniform random key (from the seeded generator, in window order); per category the
pixels with the smallest keys are kept, which is a uniform random sample without
replacement, reproducible with the seed, in memory bounded by the sample size.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..core.errors import InputError, Message
from ..factors.stack import stack_catalogue
from .heatmap import nearest_squared_distance
from ..core.progress import Progress
from ..core.cells import LandslideCells, Reservoir
from ..core.raster import Grid, Window, open_raster, read_valid
from ..core.vocabulary import HEATMAP, INTERVAL_LABELS, NEGATIVE, POSITIVE, SAMPLE_KINDS, SEED, SOFT_INTERVALS



@dataclass
class SampleSet:
    """Samples as parallel arrays (one entry per sample)."""

    factor_names: list
    rows: np.ndarray
    cols: np.ndarray
    x: np.ndarray
    y: np.ndarray
    label: np.ndarray
    kind: np.ndarray          # NEGATIVE / POSITIVE / HEATMAP
    interval: np.ndarray      # 0..4, index into INTERVAL_LABELS
    landslide: np.ndarray     # index of the landslide a positive or soft sample belongs to, -1 for negatives
    classes: np.ndarray       # (samples, factors) class codes
    block: np.ndarray = field(default=None)
    test: np.ndarray = field(default=None)  # bool
    notes: list = field(default_factory=list)
    #: The share of the stack's valid cells (of the heatmap too) on a landslide: the
    #: study area's prevalence, which calibrates a model's index (calibration.py).
    prevalence: float = None

    def __len__(self) -> int:
        return len(self.label)


def check_same_grid(stack: Grid, heatmap: Grid, stack_path: str, heatmap_path: str) -> None:
    same = (stack.width, stack.height) == (heatmap.width, heatmap.height) and np.allclose(
        stack.geotransform, heatmap.geotransform, rtol=0, atol=1e-6 * abs(stack.geotransform[1]))
    if not same:
        raise InputError("The factor stack '{stack}' ({stack_grid}) and the heatmap '{heatmap}' ({heatmap_grid}) are "
                         "on different grids. Compute the heatmap with the stack as its reference raster.",
                         stack=stack_path, stack_grid=_grid_text(stack), heatmap=heatmap_path,
                         heatmap_grid=_grid_text(heatmap))


def _grid_text(grid: Grid) -> Message:
    return Message("{width} x {height} px, origin {x:.2f}, {y:.2f}, pixel {pixel:g}", width=grid.width,
                   height=grid.height, x=grid.geotransform[0], y=grid.geotransform[3], pixel=grid.geotransform[1])


def extract_samples(
    stack_path: str,
    heatmap_path: str,
    landslides: LandslideCells,
    n_negative: Optional[int] = None,
    min_distance: float = 0.0,
    n_per_interval: Optional[int] = None,
    heatmap_samples: bool = True,
    test_fraction: float = 0.3,
    split: str = "landslides",
    block_size: float = 1000.0,
    seed: int = SEED,
    progress: Optional[Progress] = None,
    window_size: Optional[int] = None,
) -> SampleSet:
    """Draw the samples; see the module docstring. `landslides` must be on the
    stack's grid (`LandslideCells(stack grid, ...)`)."""
    progress = progress or Progress()
    if not 0.0 < test_fraction < 1.0:
        raise InputError("The test fraction must lie strictly between 0 and 1 (got {fraction:g}).",
                         fraction=test_fraction)
    stack = open_raster(stack_path, Message("factor stack"))
    gradings = stack_catalogue(stack_path)
    heat = open_raster(heatmap_path, Message("heatmap"))
    grid = Grid.of(stack)
    check_same_grid(grid, Grid.of(heat), stack_path, heatmap_path)
    heat_band = heat.GetRasterBand(1)
    names = [g.name for g in gradings]
    windows = grid.windows(window_size)
    rng = np.random.default_rng(seed)

    upper = landslides.count_upper_bound(windows)
    positives = Reservoir(upper, len(names))
    negatives = Reservoir(upper if n_negative is None else n_negative, len(names))
    soft_size = (upper + 2) // 3 if n_per_interval is None else n_per_interval
    soft = [Reservoir(soft_size if heatmap_samples else 0, len(names)) for _ in SOFT_INTERVALS]
    pixel = abs(grid.geotransform[1])
    across = math.hypot(grid.width * pixel, grid.height * abs(grid.geotransform[5]))
    if min_distance >= across:
        # No cell can be that far from a landslide inside the stack (and the distance
        # search's halo would grow with the distance, to many gigabytes).
        raise InputError("MIN_DISTANCE ({distance:g} map units) is as large as the whole stack ({across:.0f} map units "
                         "corner to corner): no cell can be that far from a landslide. Choose a smaller MIN_DISTANCE.",
                         distance=min_distance, across=across)
    exclusion = int(math.ceil(min_distance / pixel)) if min_distance > 0 else 0
    landslide_pixels = []  # (flat index, landslide id) of every landslide cell, for soft-sample ownership
    valid_cells = 0

    for window in progress.over(windows):
        classes = stack.ReadAsArray(window.col, window.row, window.width, window.height).reshape(
            len(names), window.height, window.width)
        valid = (classes.min(axis=0) > 0) & read_valid(heat_band, window)
        value = heat_band.ReadAsArray(window.col, window.row, window.width, window.height).astype(np.float64)
        halo = Window(window.col - exclusion, window.row - exclusion, window.width + 2 * exclusion,
                      window.height + 2 * exclusion)
        halo_ids = landslides.ids(halo)
        ids = halo_ids[exclusion:exclusion + window.height, exclusion:exclusion + window.width]
        on_landslide = ids > 0
        valid_cells += int(valid.sum())

        def flat_index(positions):
            """Grid-wide flat index of window positions (row-major)."""
            return (window.row + positions // window.width) * grid.width + window.col + positions % window.width

        cells = np.flatnonzero(on_landslide)
        landslide_pixels.append(np.stack([flat_index(cells), ids.ravel()[cells].astype(np.int64) - 1]))

        def offer(reservoir, candidates, label_of):
            positions = np.flatnonzero(candidates)
            reservoir.offer(len(positions), rng, lambda keep: [
                flat_index(positions[keep]), label_of(positions[keep]),
                ids.ravel()[positions[keep]].astype(np.int64) - 1,
                classes.reshape(len(names), -1)[:, positions[keep]].T.astype(np.uint16)])

        offer(positives, valid & on_landslide, lambda p: np.ones(len(p)))
        far = valid & ~on_landslide & (value == 0)
        if exclusion:
            site_rows, site_cols = np.nonzero(halo_ids)
            distance = nearest_squared_distance(site_rows - exclusion, site_cols - exclusion, window.height,
                                                window.width, exclusion)
            far &= distance.astype(np.float64) * pixel * pixel >= min_distance * min_distance
        offer(negatives, far, lambda p: np.zeros(len(p)))
        for reservoir, (low, high) in zip(soft, SOFT_INTERVALS):
            offer(reservoir, valid & ~on_landslide & (value >= low) & (value < high), lambda p: value.ravel()[p])
    progress.step(1.0)

    notes = []
    if positives.candidates == 0:
        raise InputError("Every landslide cell is nodata in the stack or the heatmap, so there is no positive "
                         "sample. Check the stack's extent, mask and nodata.")
    if landslides.outside:
        notes.append(f"{landslides.outside} landslide(s) lie outside the stack and were not used.")
    # Defaults follow the paper's proportions: as many negatives as positives, and
    # the remaining third of the samples spread over the three soft intervals.
    wanted_negatives = positives.candidates if n_negative is None else n_negative
    if wanted_negatives and negatives.candidates == 0 and min_distance > 0:
        raise InputError("No cell outside the heatmap is {distance:g} map units or more from every landslide, so there "
                         "is no negative sample. Choose a smaller MIN_DISTANCE (or a smaller heatmap radius).",
                         distance=min_distance)
    if wanted_negatives and negatives.candidates == 0:
        raise InputError("No cell with data lies outside the heatmap, so there is no negative sample. Use a smaller "
                         "heatmap radius, or a larger study area.")
    wanted_soft = int(round(positives.candidates / 3)) if n_per_interval is None else n_per_interval
    parts = [(POSITIVE, 4, positives, positives.candidates), (NEGATIVE, 0, negatives, wanted_negatives)]
    if heatmap_samples:
        parts += [(HEATMAP, index + 1, reservoir, wanted_soft) for index, reservoir in enumerate(soft)]
    for kind, interval, reservoir, wanted in parts:
        if reservoir.candidates < wanted:
            limit = f" MIN_DISTANCE ({min_distance:g} map units) limits them." if kind == NEGATIVE and min_distance else ""
            notes.append(f"Only {reservoir.candidates} candidate pixels for {SAMPLE_KINDS[kind]} samples in "
                         f"{INTERVAL_LABELS[interval]} (asked {wanted}): all of them were taken.{limit}")
    samples = _assemble(parts, grid, names, landslide_pixels)
    samples.notes = notes
    samples.prevalence = positives.candidates / valid_cells
    _assign_blocks(samples, grid, block_size)
    samples.test = split_samples(samples, test_fraction, split, rng)
    samples.notes.append(split_note(samples, split))
    return samples


def _assemble(parts: list, grid: Grid, names: list, landslide_pixels: list) -> SampleSet:
    columns, kinds, intervals = [[], [], [], []], [], []
    for kind, interval, reservoir, wanted in parts:
        taken = [column[:wanted] for column in reservoir.sorted_columns()]
        for store, column in zip(columns, taken):
            store.append(column)
        kinds.append(np.full(len(taken[0]), kind))
        intervals.append(np.full(len(taken[0]), interval))
    flat, label, landslide, classes = (np.concatenate(c) for c in columns)
    kind, interval = np.concatenate(kinds), np.concatenate(intervals)
    rows, cols = flat // grid.width, flat % grid.width
    soft = kind == HEATMAP
    if soft.any():  # a soft sample belongs to the nearest landslide cell's landslide
        from scipy.spatial import cKDTree  # here: the plugin must load where QGIS's Python has no scipy

        cells = np.concatenate(landslide_pixels, axis=1)
        tree = cKDTree(np.column_stack([cells[0] // grid.width, cells[0] % grid.width]))
        _, nearest = tree.query(np.column_stack([rows[soft], cols[soft]]))
        landslide[soft] = cells[1][nearest]
    x0, dx, _, y0, _, dy = grid.geotransform
    return SampleSet(names, rows, cols, x0 + (cols + 0.5) * dx, y0 + (rows + 0.5) * dy, label, kind, interval,
                     np.where(kind == NEGATIVE, -1, landslide), classes)


def _assign_blocks(samples: SampleSet, grid: Grid, block_size: float) -> None:
    """Square blocks of `block_size` map units over the grid; positive and soft
    samples are placed in the block of their landslide (its first sampled cell), so
    a landslide and its soft samples never straddle the split."""
    if block_size <= 0:
        raise InputError("The block size must be positive (got {size:g} map units).", size=block_size)
    pixel = abs(grid.geotransform[1])
    if block_size < pixel:
        raise InputError("The block size ({size:g} map units) is smaller than a cell of the stack ({pixel:g} map "
                         "units), so every sample would be a block of its own. Give blocks of at least one cell, "
                         "better several times the landslides' size.", size=block_size, pixel=pixel)
    per_row = int(math.ceil(grid.width * pixel / block_size))
    block = (samples.rows * pixel // block_size).astype(np.int64) * per_row + \
        (samples.cols * pixel // block_size).astype(np.int64)
    owned = samples.landslide >= 0
    if owned.any():
        ids, first = np.unique(samples.landslide[owned], return_index=True)
        anchor = dict(zip(ids.tolist(), block[owned][first].tolist()))
        block[owned] = [anchor.get(i, b) for i, b in zip(samples.landslide[owned].tolist(), block[owned].tolist())]
    # Numbered 0, 1, ... in the order of the blocks on the grid: the number of blocks
    # holding samples, not of the grid's blocks, bounds them (an output's integer field).
    samples.block = np.unique(block, return_inverse=True)[1].reshape(block.shape)


#: The ways to split train and test, in the order of the algorithm's SPLIT choices
#: (public: scripts store the index).
SPLIT_METHODS = ("random", "blocks", "landslides")


def split_note(samples: SampleSet, split: str) -> str:
    """What the log says about the split, with a warning for the per-cell one."""
    owned = samples.landslide[samples.landslide >= 0]
    if split == "landslides":
        return (f"Split by landslide: {len(np.unique(owned[samples.test[samples.landslide >= 0]]))} of "
                f"{len(np.unique(owned))} landslides, each with its cells and soft samples, are in the test set.")
    if split == "random" and len(owned) > len(np.unique(owned)):
        return ("Warning: the per-cell random split (the paper's) puts cells of one landslide, and its soft samples, "
                "on both sides, so the test score is optimistic. Split by landslide or by spatial blocks for an honest "
                "one.")
    return f"Split: {split}."


def split_samples(samples: SampleSet, test_fraction: float, split: str, rng: np.random.Generator) -> np.ndarray:
    """Boolean test flags.
    - "landslides": whole landslides, with their soft samples, in random order go to
      the test set until it holds the test fraction of the landslide samples; the
      negatives are drawn at random. No landslide straddles the split.
    - "random": the test fraction of every kind, drawn cell by cell (the paper's 7:3);
      cells of one landslide polygon fall on both sides, so the test score is optimistic.
    - "blocks": whole blocks, in random order, go to the test set until it holds the
      test fraction of all samples."""
    test = np.zeros(len(samples), dtype=bool)
    if split == "random":
        for kind in range(len(SAMPLE_KINDS)):
            members = np.flatnonzero(samples.kind == kind)
            test[rng.permutation(members)[:int(round(test_fraction * len(members)))]] = True
    elif split == "landslides":
        owned = samples.landslide >= 0
        test[owned] = whole_groups(samples.landslide[owned], test_fraction * np.count_nonzero(owned), rng)
        free = np.flatnonzero(~owned)
        test[rng.permutation(free)[:int(round(test_fraction * len(free)))]] = True
    elif split == "blocks":
        test = whole_groups(samples.block, test_fraction * len(samples), rng)
        if test.all():
            raise InputError("All samples fall in one block, so a spatial split is impossible. Use a smaller "
                             "block size or the random split.")
    else:
        raise InputError("Unknown split '{split}': use one of {splits}.", split=split, splits=", ".join(SPLIT_METHODS))
    if not test.any() or test.all():
        raise InputError("Too few samples to make both a training and a test set. Draw more samples or change "
                         "the test fraction.")
    return test


def whole_groups(groups: np.ndarray, limit: float, rng: np.random.Generator) -> np.ndarray:
    """Flags of the members of whole groups, taken in random order while they number at
    most `limit` (at least one group): the test split by blocks or landslides, and the
    networks' validation part."""
    names, counts = np.unique(groups, return_counts=True)
    order = rng.permutation(len(names))
    taken = np.cumsum(counts[order]) <= limit
    taken[0] = True
    return np.isin(groups, names[order][taken])
