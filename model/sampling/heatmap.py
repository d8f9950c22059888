"""Landslide Gaussian heatmap (LSGH-Net, section 1 of the method).

Around the pixel of every landslide a Gaussian kernel of radius R pixels is drawn:
value 1 at the landslide's pixel, exactly `boundary` at distance R, 0 beyond R.
Overlapping kernels combine by their maximum.

Because the kernel decreases with distance, the maximum over all kernels at a pixel
is the kernel value of the *nearest* landslide pixel. So the engine computes, per
window, the squared distance d2 (an integer: offsets between pixel centres) to the
nearest landslide pixel, capped at R^2 + 1, and looks the value up in a table:

    value(d2) = exp(-d2 / (2 sigma^2)) = boundary ** (d2 / R^2),  sigma = R / sqrt(-2 ln boundary)

Two exact ways give d2; the cheaper one is picked per window:
- stamping: for each kernel offset, a vectorised minimum at every landslide
  (cost ~ landslides x R^2; fastest for a sparse inventory);
- separable: a row pass then a column pass of (2R + 1) shifted minima each
  (cost ~ pixels x R, independent of the number of landslides; wins when kernels
  overlap densely).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..core.errors import InputError, Message
from ..core.cells import landslide_pixels
from ..core.progress import Progress
from ..core.raster import Grid, Window, create_float_raster, open_raster, read_valid
from ..core.replacement import atomic_output
from ..core.vocabulary import INTERVAL_EDGES, NODATA


#: Relative cost of one stamped pixel against one pixel of a separable pass
#: (measured with bench/bench_heatmap.py; only decides speed, never values).
_STAMP_COST = 12.0


def sigma(radius: float, boundary: float) -> float:
    """Standard deviation (pixels) that puts `boundary` on the circle of `radius`."""
    return radius / math.sqrt(-2.0 * math.log(boundary))


def value_table(radius: int, boundary: float) -> np.ndarray:
    """Kernel value by squared pixel distance 0 .. R^2 + 1 (the last entry, 0, stands
    for every distance beyond R)."""
    squared = np.arange(radius * radius + 2, dtype=np.float64)
    table = np.power(boundary, squared / (radius * radius))
    table[-1] = 0.0
    return table.astype(np.float32)


def kernel(radius: int, boundary: float) -> np.ndarray:
    """The (2R + 1) x (2R + 1) kernel around one landslide pixel."""
    offsets = np.arange(-radius, radius + 1)
    squared = offsets[:, None] ** 2 + offsets[None, :] ** 2
    return value_table(radius, boundary)[np.minimum(squared, radius * radius + 1)]


def validate_parameters(radius: int, boundary: float, grid: Grid | None = None) -> None:
    """Raise `InputError` for a radius or boundary value the method cannot use."""
    if not 0.0 < boundary < 1.0:
        raise InputError("The boundary value must lie strictly between 0 and 1 (got {boundary:g}); the paper uses "
                         "0.1.", boundary=boundary)
    if radius < 1:
        raise InputError("The kernel radius must be at least 1 pixel (got {radius}); the paper's radii are 3, 6 and 9 "
                         "pixels (kernel diameters 7, 13, 19).", radius=radius)
    if grid is not None and max(grid.width, grid.height) < 3:
        raise InputError("The reference grid ({width} x {height} pixels) is too small for any kernel: the smallest "
                         "(radius 1) is 3 pixels wide. Use a raster that covers the study area as the reference.",
                         width=grid.width, height=grid.height)
    if grid is not None and 2 * radius + 1 > max(grid.width, grid.height):
        raise InputError("A radius of {radius} pixels makes a kernel {diameter} pixels wide, wider than the whole "
                         "reference grid ({width} x {height} pixels). Use a radius below {limit} pixels; the paper "
                         "used 3 to 9.", radius=radius, diameter=2 * radius + 1, width=grid.width, height=grid.height,
                         limit=max(grid.width, grid.height) // 2)


def _distance_dtype(radius: int) -> type:
    """Smallest integer type that holds 2 R^2 + 1 (the separable pass adds two terms)."""
    return np.int16 if 2 * radius * radius + 1 < np.iinfo(np.int16).max else np.int32


def _stamp(rows: np.ndarray, cols: np.ndarray, height: int, width: int, radius: int) -> np.ndarray:
    """Squared distance to the nearest site by stamping every kernel offset."""
    cap = radius * radius + 1
    pad = 2 * radius  # sites lie up to R outside the window, their kernels R further
    padded_width = width + 2 * pad
    distance = np.full((height + 2 * pad, padded_width), cap, dtype=_distance_dtype(radius))
    flat = distance.reshape(-1)
    origin = (rows + pad) * padded_width + (cols + pad)
    for d_row in range(-radius, radius + 1):
        for d_col in range(-radius, radius + 1):
            squared = d_row * d_row + d_col * d_col
            if squared >= cap:
                continue
            target = origin + (d_row * padded_width + d_col)
            flat[target] = np.minimum(flat[target], squared)
    return distance[pad:pad + height, pad:pad + width]


def _separable(rows: np.ndarray, cols: np.ndarray, height: int, width: int, radius: int) -> np.ndarray:
    """Squared distance to the nearest site by a column pass then a row pass."""
    cap = radius * radius + 1
    dtype = _distance_dtype(radius)
    sites = np.zeros((height + 2 * radius, width + 2 * radius), dtype=bool)
    sites[rows + radius, cols + radius] = True
    # Column pass: squared row offset to the nearest site in the same column within
    # R rows. Offsets are visited nearest first, so the first hit is the minimum.
    vertical = np.full((height, width + 2 * radius), cap, dtype=dtype)
    unset = np.ones(vertical.shape, dtype=bool)
    hit = np.empty(vertical.shape, dtype=bool)
    for offset in range(radius + 1):
        for d_row in {offset, -offset}:
            np.logical_and(unset, sites[radius + d_row:radius + d_row + height, :], out=hit)
            np.copyto(vertical, offset * offset, where=hit)
            np.logical_and(unset, ~hit, out=unset)
    # Row pass: add the squared column offset, keep the minimum.
    distance = np.full((height, width), cap, dtype=dtype)
    shifted = np.empty((height, width), dtype=dtype)
    for d_col in range(-radius, radius + 1):
        np.add(vertical[:, radius + d_col:radius + d_col + width], d_col * d_col, out=shifted)
        np.minimum(distance, shifted, out=distance)
    return np.minimum(distance, cap, out=distance)


def nearest_squared_distance(
    rows: np.ndarray, cols: np.ndarray, height: int, width: int, radius: int, method: str = "auto"
) -> np.ndarray:
    """Squared pixel distance from each cell of a `height` x `width` window to the
    nearest site, capped at R^2 + 1.

    `rows`, `cols`: distinct site pixels relative to the window, each within R of it.
    `method`: "stamp", "separable" or "auto" (the cheaper for this window).
    """
    if method == "auto":
        stamp_cost = _STAMP_COST * len(rows) * (math.pi * radius * radius)
        separable_cost = 2.0 * height * (width + radius) * (2 * radius + 1)
        method = "stamp" if stamp_cost < separable_cost else "separable"
    compute = _stamp if method == "stamp" else _separable
    return compute(rows, cols, height, width, radius)


@dataclass
class HeatmapSummary:
    """What the log reports about a heatmap run."""

    landslides_used: int
    landslides_outside: int
    distinct_pixels: int
    nodata_cells: int = 0
    interval_counts: np.ndarray = field(default_factory=lambda: np.zeros(5, dtype=np.int64))


def interval_index(values: np.ndarray) -> np.ndarray:
    """Index 0..4 of the heatmap interval each value falls in: v is in interval i
    when INTERVAL_EDGES[i-1] <= v < INTERVAL_EDGES[i]."""
    return np.searchsorted(np.asarray(INTERVAL_EDGES), values, side="right")


def write_heatmap(
    reference_path: str,
    output_path: str,
    xs: np.ndarray,
    ys: np.ndarray,
    radius: int = 6,
    boundary: float = 0.1,
    progress: Progress | None = None,
    window_size: int | None = None,
) -> HeatmapSummary:
    """Write the Gaussian heatmap of landslides at map coordinates (`xs`, `ys`, in the
    reference raster's CRS) as a Float32 GeoTIFF on the reference grid.

    Cells that are nodata in the reference's first band are nodata in the output.
    The output appears only when the whole raster is written.
    """
    progress = progress or Progress()
    reference = open_raster(reference_path, Message("reference raster"))
    grid = Grid.of(reference)
    validate_parameters(radius, boundary, grid)
    if len(xs) == 0:
        raise InputError("There are no landslides to draw. Choose a layer with landslide points or polygons.")
    rows, cols, inside = landslide_pixels(grid, xs, ys)
    outside = int(np.count_nonzero(~inside))
    if len(rows) == 0:
        x0, dx, _, y0, _, dy = grid.geotransform
        raise InputError("None of the {count} landslides lies inside the reference raster (x {west:.2f} .. "
                         "{east:.2f}, y {south:.2f} .. {north:.2f}). Check that the landslide layer and the reference "
                         "raster cover the same area.", count=outside, west=x0, east=x0 + dx * grid.width,
                         south=y0 + dy * grid.height, north=y0)
    pixel_ids = np.unique(rows * grid.width + cols)  # sorted by row, then column
    site_rows, site_cols = pixel_ids // grid.width, pixel_ids % grid.width
    summary = HeatmapSummary(len(rows), outside, len(pixel_ids))
    # Output value by table index: squared distance 0 .. R^2, beyond R, then nodata.
    table = np.append(value_table(radius, boundary), np.float32(NODATA))
    nodata_index = len(table) - 1
    beyond_index = nodata_index - 1
    cells_by_index = np.zeros(len(table), dtype=np.int64)
    band = reference.GetRasterBand(1)
    windows = grid.windows(window_size)

    with atomic_output(output_path) as temporary:
        output = create_float_raster(temporary, grid, NODATA)
        out_band = output.GetRasterBand(1)
        for window in progress.over(windows):
            index = _window_distance(window, site_rows, site_cols, radius)
            invalid = ~read_valid(band, window)
            np.copyto(index, nodata_index, where=invalid)
            # Most cells lie beyond R: histogram only the others (much faster).
            near = index[index < beyond_index]
            cells_by_index[:beyond_index] += np.bincount(near, minlength=beyond_index)
            nodata = int(np.count_nonzero(invalid))
            cells_by_index[beyond_index] += index.size - near.size - nodata
            cells_by_index[nodata_index] += nodata
            out_band.WriteArray(table[index], window.col, window.row)
        progress.step(1.0)
        out_band.SetDescription(f"Gaussian heatmap (R={radius} px, boundary {boundary:g})")
        output.FlushCache()
        output = None  # closes the file before it is moved into place
    summary.nodata_cells = int(cells_by_index[nodata_index])
    summary.interval_counts = np.bincount(interval_index(table[:nodata_index]),
                                          weights=cells_by_index[:nodata_index], minlength=5).astype(np.int64)
    return summary


def _window_distance(window: Window, site_rows: np.ndarray, site_cols: np.ndarray, radius: int) -> np.ndarray:
    """Capped squared distance to the nearest site for one window, from the sites
    within R of it (`site_rows` sorted)."""
    first = np.searchsorted(site_rows, window.row - radius, side="left")
    last = np.searchsorted(site_rows, window.row + window.height + radius, side="left")
    rows = site_rows[first:last] - window.row
    cols = site_cols[first:last] - window.col
    near = (cols >= -radius) & (cols < window.width + radius)
    return nearest_squared_distance(rows[near], cols[near], window.height, window.width, radius)
