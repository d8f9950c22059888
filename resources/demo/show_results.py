"""The end of `make demo`: print the metrics and zoning tables, render PNG previews
of the susceptibility and zoning maps with their styles, list the outputs.

Usage: python resources/demo/show_results.py OUTPUT_FOLDER LANDSLIDES_FILE
"""
import os
import sys

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsMarkerSymbol, QgsRasterLayer,
                       QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def print_table(path, title, columns):
    layer = QgsVectorLayer(path, title, "ogr")
    print(f"\n{title} ({os.path.basename(path)})")
    print("  ".join(f"{name:>{width}s}" for name, width in columns))
    for feature in layer.getFeatures():
        cells = []
        for name, width in columns:
            value = feature[name]
            cells.append(f"{value:>{width}.4f}" if isinstance(value, float) else f"{str(value):>{width}s}")
        print("  ".join(cells))


def render(raster_path, landslides_path, png_path):
    """The raster with its saved style (its .qml) and the landslides on top."""
    raster = QgsRasterLayer(raster_path, "map", "gdal")
    points = QgsVectorLayer(landslides_path, "landslides", "ogr")
    points.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "black", "size": "1.2", "outline_style": "no"})))
    settings = QgsMapSettings()
    settings.setLayers([points, raster])
    settings.setDestinationCrs(raster.crs())
    settings.setExtent(raster.extent())
    width = 800
    settings.setOutputSize(QSize(width, int(width * raster.height() / raster.width())))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png_path, "png")


def main(folder, landslides):
    application = QgsApplication([], False)
    application.initQgis()
    metrics = [("model", 8), ("evaluation", 36), ("samples", 7), ("accuracy", 8), ("precision", 9), ("specificity", 11),
               ("sensitivity", 11), ("f1", 7), ("mse", 7), ("ap", 7), ("roc_auc", 7)]
    print_table(os.path.join(folder, "metrics.gpkg"), "Test metrics", metrics)
    zoning = [("label", 15), ("lower", 7), ("upper", 7), ("pixels", 7), ("cell_ratio", 10), ("landslide_units", 15),
              ("landslide_ratio", 15), ("density", 8), ("frequency_ratio", 15)]
    print_table(os.path.join(folder, "zoning.gpkg"), "Zoning and landslide density", zoning)
    for name in ("susceptibility", "zones"):
        render(os.path.join(folder, f"{name}.tif"), landslides, os.path.join(folder, f"{name}.png"))
    print(f"\nDemo outputs in {folder}:")
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".aux.xml", ".qml")):
            print(f"  {name}")
    application.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:3])
