"""The LSGH-Net engine: numpy, scipy, GDAL and (in worker processes only) Keras.

Never imports qgis, so everything here runs and is tested without QGIS. Grouped like
the Processing toolbox: `factors/`, `sampling/`, `modelling/`, `mapping/`, on a
shared core (vocabulary, errors, progress, raster, cells, breaks, reports) and the
Keras worker's command line (`worker_cli`, `protocol`).
"""
