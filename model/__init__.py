"""The LSGH-Net engine: numpy, scipy, GDAL and (in worker processes only) Keras.

Never imports qgis, so everything here runs and is tested without QGIS. Packages
only, grouped like the Processing toolbox: `factors/`, `sampling/`, `modelling/`,
`mapping/`, on a shared core (`core/`: vocabulary, errors, progress, raster, cells,
breaks, reports, safe file replacement) and the Keras worker (`worker/`: its command
line, protocol, environment and the programs it starts).
"""
