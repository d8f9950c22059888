"""A synthetic study region whose true susceptibility is known, at the paper's size:
by default 2,000 x 2,000 cells of 30 m, nine factors (seven continuous, two
categorical with spatial structure) and about 3,600 landslide points drawn from a
known susceptibility function. Model choices are then judged against the truth:
AUROC on random and spatial cross-validation, and the correlation of a trained
model's map with the true probability; its share of the area at the extremes beside
the truth's (`balanced_truth`: as a perfect model of balanced samples would map it).

The factors: elevation (smooth random relief), slope and plan curvature derived from
it, northness (cos aspect), distance to streams (the relief's valley lines), rainfall
(a regional gradient plus noise), vegetation index (smooth field), lithology
(5 units as Voronoi regions) and land use (4 classes from a smooth field).
The true probability is a logistic function of slope, curvature, streams, rainfall,
vegetation, lithology and land use, with a slope x lithology interaction; northness
and elevation have no effect (the models must learn to ignore them).

Usage:
  python bench/synthetic_region.py [--size 2000] [--landslides 3600] [--folds 5]
      [--models lsghnet:paper lsghnet cnn rf glm] [--map lsghnet] [--explain lsghnet rf]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
sys.path.insert(0, os.path.join(REPO, "bench"))

CELL = 30.0
ORIGIN = (500000.0, 9800000.0)
EPSG = 32717
CONTINUOUS = ("elevation", "slope", "curvature", "northness", "streams", "rainfall", "vegetation")
CATEGORICAL = ("lithology", "landuse")
FACTORS = CONTINUOUS + CATEGORICAL
#: Effect of each lithology unit and land-use class on the log-odds.
LITHOLOGY_EFFECT = np.array([0.0, 1.2, -0.8, 0.6, -1.5])
LANDUSE_EFFECT = np.array([0.0, 0.9, -0.6, 0.3])


def _smooth(rng, size, scale):
    """A smooth random field with values about N(0, 1), features of `scale` cells."""
    field = ndimage.gaussian_filter(rng.standard_normal((size, size)), scale, mode="reflect")
    return (field - field.mean()) / field.std()


def _z(values):
    return (values - values.mean()) / values.std()


def factors_and_truth(size: int, seed: int) -> tuple:
    """({factor: 2-D array}, true probability up to a constant factor)."""
    rng = np.random.default_rng(seed)
    elevation = 1500 + 400 * _smooth(rng, size, size / 12) + 60 * _smooth(rng, size, size / 60)
    dz_dy, dz_dx = np.gradient(elevation, CELL)
    slope = np.degrees(np.arctan(np.hypot(dz_dx, dz_dy)))
    northness = np.cos(np.arctan2(-dz_dx, dz_dy))
    curvature = -ndimage.laplace(ndimage.gaussian_filter(elevation, 2)) / CELL ** 2 * 1e4
    valleys = ndimage.gaussian_filter(elevation, 3) < ndimage.uniform_filter(elevation, size // 40) - 25
    streams = ndimage.distance_transform_edt(~valleys) * CELL
    rows = np.arange(size)[:, None] / size
    rainfall = 1200 + 800 * rows + 150 * _smooth(rng, size, size / 20)
    vegetation = np.clip(0.5 + 0.2 * _smooth(rng, size, size / 30), 0, 1)
    centres = rng.uniform(0, size, (25, 2))
    grid = np.stack(np.mgrid[0:size, 0:size], axis=-1).reshape(-1, 2)
    from scipy.spatial import cKDTree

    lithology = (cKDTree(centres).query(grid)[1] % len(LITHOLOGY_EFFECT)).reshape(size, size) + 1
    land = _smooth(rng, size, size / 25)
    landuse = np.searchsorted(np.quantile(land, [0.4, 0.7, 0.9]), land) + 1
    factors = dict(elevation=elevation, slope=slope, curvature=curvature, northness=northness, streams=streams,
                   rainfall=rainfall, vegetation=vegetation, lithology=lithology, landuse=landuse)
    logit = sum(effect_terms(factors).values())
    truth = 1 / (1 + np.exp(-(logit - 4.0)))
    return {name: values.astype(np.float32) for name, values in factors.items()}, truth.astype(np.float32)


def effect_terms(factors: dict) -> dict:
    """Each factor's term in the true log-odds (the slope x lithology interaction
    counted with the slope); elevation and northness have none."""
    slope, lithology = _z(factors["slope"]), factors["lithology"].astype(int)
    return {"slope": 1.4 * slope + 0.5 * slope * (lithology == 2),
            "streams": -0.5 * _z(np.log1p(factors["streams"])), "curvature": 0.4 * _z(factors["curvature"]),
            "rainfall": 0.5 * _z(factors["rainfall"]), "vegetation": -0.6 * _z(factors["vegetation"]),
            "lithology": LITHOLOGY_EFFECT[lithology - 1],
            "landuse": LANDUSE_EFFECT[factors["landuse"].astype(int) - 1]}


def true_effects(factors: dict) -> dict:
    """How much each factor moves the true log-odds over the region: the standard
    deviation of its term (0 for the factors without effect), which a model's
    factor importance should rank alike."""
    terms = effect_terms(factors)
    return {name: float(np.std(terms[name])) if name in terms else 0.0 for name in FACTORS}


def draw_landslides(truth: np.ndarray, count: int, seed: int) -> tuple:
    """Rows and columns of `count` distinct cells drawn with probability proportional
    to the true susceptibility."""
    rng = np.random.default_rng(seed + 1)
    flat = truth.ravel().astype(np.float64)
    chosen = rng.choice(flat.size, size=count, replace=False, p=flat / flat.sum())
    return chosen // truth.shape[1], chosen % truth.shape[1]


def write_raster(path: str, values: np.ndarray) -> str:
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(path, values.shape[1], values.shape[0], 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE",
                                                                                          "TILED=YES"])
    dataset.SetGeoTransform((ORIGIN[0], CELL, 0, ORIGIN[1], 0, -CELL))
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(EPSG)
    dataset.SetProjection(reference.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(values)
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    dataset = None
    return path


def write_points(path: str, rows: np.ndarray, cols: np.ndarray) -> str:
    driver = ogr.GetDriverByName("GPKG")
    source = driver.CreateDataSource(path)
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(EPSG)
    layer = source.CreateLayer("landslides", reference, ogr.wkbPoint)
    for row, col in zip(rows.tolist(), cols.tolist()):
        feature = ogr.Feature(layer.GetLayerDefn())
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(ORIGIN[0] + (col + 0.5) * CELL, ORIGIN[1] - (row + 0.5) * CELL)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    source = None
    return path


def make_region(folder: str, size: int = 2000, landslides: int = 3600, seed: int = 0) -> dict:
    """Write the factors (GeoTIFF), the true probability (truth.tif) and the
    landslide points (landslides.gpkg) into `folder`; return their paths and arrays."""
    factors, truth = factors_and_truth(size, seed)
    rows, cols = draw_landslides(truth, landslides, seed)
    paths = {name: write_raster(os.path.join(folder, f"{name}.tif"), values) for name, values in factors.items()}
    return {"factors": paths, "truth": write_raster(os.path.join(folder, "truth.tif"), truth), "truth_array": truth,
            "landslides": write_points(os.path.join(folder, "landslides.gpkg"), rows, cols), "rows": rows, "cols": cols}


def region_dataset(region: dict, folder: str, classes: int = 10, seed: int = 0) -> tuple:
    """The paper's chain on the region: graded stack (continuous factors in
    `classes` quantile classes), Gaussian heatmap, samples; (dataset, gradings, stack)."""
    from model.core.cells import LandslideCells
    from model.factors.grading import GradingRule
    from model.factors.stack import FactorSource, prepare_stack
    from model.core.raster import Grid, open_raster
    from model.sampling import heatmap
    from model.sampling.dataset import Dataset
    from model.sampling.samples import SAMPLE_KINDS, extract_samples

    sources = [FactorSource(name, path) for name, path in region["factors"].items()]
    rules = {name: GradingRule(name, "quantile", classes) for name in CONTINUOUS}
    rules.update({name: GradingRule(name, "categorical") for name in CATEGORICAL})
    stack = os.path.join(folder, "stack.tif")
    gradings = prepare_stack(sources, rules, sources[0].path, stack, [], log=lambda message: None)
    grid = Grid.of(open_raster(stack, "stack"))
    xs = ORIGIN[0] + (region["cols"] + 0.5) * CELL
    ys = ORIGIN[1] - (region["rows"] + 0.5) * CELL
    heat = os.path.join(folder, "heat.tif")
    heatmap.write_heatmap(stack, heat, xs, ys)
    drawn = extract_samples(stack, heat, LandslideCells(grid, xs, ys), seed=seed)
    dataset = Dataset([g.name for g in gradings], drawn.classes.astype(np.int64), drawn.label,
                      np.array(SAMPLE_KINDS)[drawn.kind], drawn.test, drawn.landslide, drawn.x, drawn.y,
                      drawn.prevalence)
    return dataset, gradings, stack


def extremes(values: np.ndarray) -> float:
    """The share of the values (a map's cells) at the extremes, 0-0.2 or 0.8-1."""
    return float(np.mean((values < 0.2) | (values > 0.8)))


def balanced_truth(truth: np.ndarray) -> np.ndarray:
    """The map a perfect model trained on as many landslide as non-landslide samples
    would give: the probability that a sample at a cell is a landslide, p / (p + mean
    p), for negatives drawn uniformly over the region. The reference for a map's
    share at the extremes: a model that ranks and scales like the truth has this one's."""
    truth = truth.astype(np.float64)
    return truth / (truth + truth.mean())


def map_agreement(model_path: str, stack: str, truth: np.ndarray, folder: str) -> dict:
    """Pearson and Spearman correlation of a model's map with the true probability,
    and the share of the area at the extremes (0-0.2 or 0.8-1)."""
    from scipy.stats import pearsonr, spearmanr

    from model.mapping.prediction import predict_raster

    output = os.path.join(folder, "map.tif")
    predict_raster(model_path, output, stack_path=stack)
    values = gdal.Open(output).ReadAsArray()
    valid = values != -9999
    sample = np.random.default_rng(0).choice(np.flatnonzero(valid), size=min(200_000, int(valid.sum())),
                                             replace=False)
    mapped, true = values.ravel()[sample], truth.ravel()[sample]
    return {"pearson": float(pearsonr(mapped, true)[0]), "spearman": float(spearmanr(mapped, true)[0]),
            "extremes": extremes(values[valid])}


def main():
    from evaluate_ecuador import MODELS, evaluate_variants, explain_variants, print_table, variant

    from model.modelling import device
    from model.modelling.encoding import FactorClasses
    from model.modelling.training import train, write_model
    from model.core.progress import Progress

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--landslides", type=int, default=3600)
    parser.add_argument("--models", nargs="*", default=MODELS, help="kind[:preset][:field=value,...]")
    parser.add_argument("--map", nargs="*", default=["lsghnet:paper", "lsghnet", "rf"],
                        help="models trained once on the samples' training split whose map is compared with the truth")
    parser.add_argument("--explain", nargs="*", default=[], help="models whose permutation importance over the "
                        "spatial folds is printed beside the generator's true effects")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repetitions", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--rows", help="a JSON file for every fold's scores (bench/paired.py compares them)")
    arguments = parser.parse_args()
    device.prepare("cpu")
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        region = make_region(folder, arguments.size, arguments.landslides, seed=arguments.seed)
        dataset, gradings, stack = region_dataset(region, folder, seed=arguments.seed)
        factors, catalogue = FactorClasses.of(gradings), [dict(vars(g)) for g in gradings]
        kinds = {kind: int((dataset.kind == kind).sum()) for kind in ("positive", "negative", "heatmap")}
        print(f"Synthetic region {arguments.size} x {arguments.size}, {len(FACTORS)} factors: {kinds} "
              f"(made in {time.perf_counter() - start:.0f} s)", flush=True)
        if arguments.explain:
            effects = true_effects({name: gdal.Open(path).ReadAsArray() for name, path in region["factors"].items()})
            explain_variants(dataset, factors, arguments.explain, arguments.epochs, arguments.seed, arguments.folds,
                             5, effects, "true effect")
        if arguments.models:
            rows, timings = evaluate_variants(dataset, factors, arguments.models, arguments.epochs, arguments.seed,
                                              arguments.folds, arguments.repetitions, arguments.rows)
            print()
            print_table(rows, timings, arguments.folds, arguments.repetitions)
        if arguments.map:
            print(f"{'truth, as a perfect model of balanced samples':>40s}: area at 0-0.2 or 0.8-1: "
                  f"{100 * extremes(balanced_truth(region['truth_array'])):.0f} %", flush=True)
        for spec in arguments.map:
            kind, settings = variant(spec, arguments.epochs, arguments.seed)
            trained = train(dataset, factors, settings, Progress(), log=lambda message: None)
            path = os.path.join(folder, "model.lsghnet")
            scores, _ = trained.evaluate(dataset.subset(dataset.test))
            write_model(path, trained, settings, catalogue, scores, "CPU")
            agreement = map_agreement(path, stack, region["truth_array"], folder)
            print(f"{spec:>40s}: map vs truth Pearson {agreement['pearson']:.3f}, Spearman {agreement['spearman']:.3f};"
                  f" area at 0-0.2 or 0.8-1: {100 * agreement['extremes']:.0f} %", flush=True)


if __name__ == "__main__":
    main()
