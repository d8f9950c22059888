"""Susceptibility prediction: the plain way against the combination cache.

Side by side in one run, on the same stack (9 factors with spatial structure, the
paper's class counts) and the same LSGH-Net model, loaded before timing:
- reading the stack once with GDAL (the floor);
- plain per-cell `model.predict`, timed on a sample of cells from windows across the
  stack and extrapolated to every cell (predicting whole windows cell by cell holds
  gigabytes of encoded images: --size 2000 was killed for memory at 22.8 GB);
- `predict_raster` (blocks + one prediction per distinct class combination);
with pixels per second, the number of distinct combinations, and the peak memory of
`predict_raster` in a fresh process, also on a 20,000 x 20,000 stack (goal: at most
1.5 GB resident; speed goal: at least 50x the plain way).

Usage: python bench/bench_prediction.py [--size 2000] [--memory-size 20000]
"""
import argparse
import os
import subprocess
import sys
import time

import numpy as np
from osgeo import gdal

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from bench.bench_samples import smooth_field  # noqa: E402
from bench.bench_training import CLASS_COUNTS  # noqa: E402
from model.modelling import device  # noqa: E402
from model.factors import grading  # noqa: E402
from model.modelling import modelfile  # noqa: E402
from model.modelling.encoding import FactorClasses  # noqa: E402
from model.sampling.dataset import Dataset  # noqa: E402
from model.factors.stack import create_stack, grid_description  # noqa: E402
from model.mapping.prediction import predict_raster  # noqa: E402
from model.core.progress import Progress  # noqa: E402
from model.core.raster import Grid, open_raster  # noqa: E402
from model.modelling.training import Settings, train, write_model  # noqa: E402

gdal.UseExceptions()
gdal.SetCacheMax(64 * 2 ** 20)
ORIGIN_X, ORIGIN_Y, PIXEL = 500000.0, 9700000.0, 10.0


def write_stack(path, size):
    gradings = [grading.FactorGrading(f"f{i}", "continuous", "equal", breaks=list(np.linspace(-2, 2, k + 1)[1:-1]),
                                      labels=[str(c) for c in range(k)]) for i, k in enumerate(CLASS_COUNTS)]
    grid = Grid(size, size, (ORIGIN_X, PIXEL, 0, ORIGIN_Y, 0, -PIXEL), "")
    stack = create_stack(path, grid, gradings, grading.catalogue_json(gradings, grid_description(grid)))
    for row in range(0, size, 1024):
        rows = min(1024, size - row)
        for index, graded in enumerate(gradings):
            stack.GetRasterBand(index + 1).WriteArray(graded.classify(smooth_field(size, row, rows, index)), 0, row)
    stack = None
    return gradings


def train_model(path, stack_path, gradings):
    """A real LSGH-Net (one epoch on the stack's first 200 x 200 cells: only its
    speed matters here; training on 500 x 500 took this benchmark's peak to 8.7 GB)."""
    classes = gdal.Open(stack_path).ReadAsArray(0, 0, 200, 200).reshape(len(gradings), -1).T.astype(np.int64)
    rng = np.random.default_rng(0)
    label = (classes[:, 0] > np.median(classes[:, 0])).astype(float)
    kind = np.where(label == 1, "positive", "negative")
    dataset = Dataset([g.name for g in gradings], classes, label, kind, rng.random(len(label)) < 0.3,
                      np.full(len(label), -1), np.zeros(len(label)), np.zeros(len(label)))
    settings = Settings(epochs=1, patience=1)
    trained = train(dataset, FactorClasses.of(gradings), settings, Progress(), log=lambda message: None)
    scores, _ = trained.evaluate(dataset.subset(dataset.test))
    write_model(path, trained, settings, [vars(g) for g in gradings], scores, "CPU")


def read_once(path):
    dataset = open_raster(path, "stack")
    start = time.perf_counter()
    for window in Grid.of(dataset).windows():
        dataset.ReadAsArray(window.col, window.row, window.width, window.height)
    return time.perf_counter() - start


#: The plain way is timed on this many cells (in chunks of PLAIN_CHUNK) drawn from
#: windows across the stack, and its time for every cell extrapolated: predicting a
#: whole window cell by cell holds its encoded images (gigabytes at --size 2000).
PLAIN_SAMPLE, PLAIN_CHUNK = 262_144, 65_536


def plain(model_path, stack_path, seed=0):
    """Per-cell model.predict: seconds for every cell of the stack, extrapolated
    from PLAIN_SAMPLE cells read from windows spread over it (memory bounded by
    PLAIN_CHUNK cells)."""
    predictor = modelfile.load(model_path)
    dataset = open_raster(stack_path, "stack")
    grid = Grid.of(dataset)
    windows = grid.windows()
    rng = np.random.default_rng(seed)
    cells, elapsed = 0, 0.0
    while cells < PLAIN_SAMPLE:
        window = windows[rng.integers(len(windows))]
        classes = dataset.ReadAsArray(window.col, window.row, window.width, window.height)
        rows = classes.reshape(classes.shape[0], -1).T[:PLAIN_CHUNK]
        start = time.perf_counter()
        predictor.predict(rows)
        elapsed += time.perf_counter() - start
        cells += len(rows)
    return elapsed * grid.width * grid.height / cells


def peak_mib():
    """This process's own resident high-water mark. (ru_maxrss would start from the
    size of the parent that spawned it.)"""
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024.0


def child(model_path, stack_path, output):
    """predict_raster in this process, the model loaded first (as for the plain way);
    print wall time, combinations, cells, peak MiB."""
    device.prepare("cpu")
    predictor = modelfile.load(model_path)
    start = time.perf_counter()
    summary = predict_raster(predictor, output, stack_path=stack_path)
    wall = time.perf_counter() - start
    print(wall, summary.combinations, summary.cells, peak_mib())


def run_child(model_path, stack_path, output):
    completed = subprocess.run([sys.executable, __file__, "--child", model_path, stack_path, output],
                               capture_output=True, text=True, check=True, cwd=REPO)
    wall, combinations, cells, peak = completed.stdout.split()[-4:]
    return float(wall), int(combinations), int(cells), float(peak)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--memory-size", type=int, default=20000, help="0 to skip the large stack")
    parser.add_argument("--folder", default=os.path.join(REPO, "bench_output"))
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(*arguments.child)
        return
    device.prepare("cpu")
    os.makedirs(arguments.folder, exist_ok=True)
    size, folder = arguments.size, arguments.folder
    stack, model = os.path.join(folder, f"predict_stack{size}.tif"), os.path.join(folder, "bench.lsghnet")
    print(f"Building a {size} x {size} stack of {len(CLASS_COUNTS)} factors and training a model ...")
    gradings = write_stack(stack, size)
    train_model(model, stack, gradings)
    cells = size * size
    floor, slow = read_once(stack), plain(model, stack)
    fast, combinations, predicted, peak = run_child(model, stack, os.path.join(folder, "susceptibility_bench.tif"))
    print()
    print(f"{'what':52s} {'wall s':>8s} {'cells/s':>12s} {'x plain':>8s}")
    print(f"{'read the stack once with GDAL (floor)':52s} {floor:8.2f} {cells / floor:12.0f} {slow / floor:8.1f}")
    print(f"{'plain per-cell model.predict (extrapolated)':52s} {slow:8.2f} {cells / slow:12.0f} {1:8.1f}")
    print(f"{'predict_raster (blocks + combination cache)':52s} {fast:8.2f} {cells / fast:12.0f} "
          f"{slow / fast:8.1f}")
    print(f"{predicted} cells, {combinations} distinct class combinations predicted; peak memory {peak:.0f} MiB")
    if arguments.memory_size:
        big = os.path.join(folder, f"predict_stack{arguments.memory_size}.tif")
        print()
        print(f"Building a {arguments.memory_size} x {arguments.memory_size} stack ...")
        write_stack(big, arguments.memory_size)
        wall, combinations, predicted, peak = run_child(model, big, os.path.join(folder, "susceptibility_big.tif"))
        print(f"{arguments.memory_size} x {arguments.memory_size} x {len(CLASS_COUNTS)} factors: {wall:.1f} s, "
              f"{predicted / wall:.0f} cells/s, {combinations} combinations, peak memory {peak:.0f} MiB "
              "(goal: at most 1536 MiB)")
        for path in (big, os.path.join(folder, "susceptibility_big.tif")):
            os.remove(path)


if __name__ == "__main__":
    main()
