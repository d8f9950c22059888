"""The LSGH-Net engine: numpy, scipy, GDAL and (in worker processes only) Keras.

Never imports qgis, so everything here runs and is tested without QGIS.
"""
