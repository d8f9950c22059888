"""lsghnet:predictsusceptibility - the susceptibility raster, predicted in the Keras
worker (engine: model/mapping/prediction.py)."""
import os

from qgis.core import (
    QgsColorRampShader,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QColor
from ..model.worker import protocol
from ..model.factors.stack import CATALOGUE_METADATA
from ..model.mapping import prediction
from ..model.mapping.zoning import zone_colours
from ..model.modelling import modelfile
from ..model.core.raster import open_raster
from .base import LsghnetAlgorithm
from .parameters import DeviceParameter
from .inputs import factor_bands
from .worker_runner import run_worker


def susceptibility_style(path):
    """The raster as a layer in the paper's five-class green-to-red style."""
    layer = QgsRasterLayer(path, "susceptibility", "gdal")
    ramp = QgsColorRampShader(0.0, 1.0)
    ramp.setColorRampType(QgsColorRampShader.Type.Discrete)
    bounds = [0.2, 0.4, 0.6, 0.8, 1.0]
    ramp.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(upper, QColor(*colour), f"{upper - 0.2:.1f} - {upper:.1f}")
        for upper, colour in zip(bounds, zone_colours(5))])
    shader = QgsRasterShader(0.0, 1.0)
    shader.setRasterShaderFunction(ramp)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
    return layer


#: The uncertainty style: standard deviations of the members (at most 0.5 for values
#: in [0, 1]), from light (the members agree) to dark (they disagree).
UNCERTAINTY_STOPS = ((0.0, (255, 255, 204)), (0.05, (161, 218, 180)), (0.1, (65, 182, 196)),
                     (0.15, (44, 127, 184)), (0.25, (37, 52, 148)))


def uncertainty_style(path):
    """The uncertainty raster as a layer styled light to dark blue."""
    layer = QgsRasterLayer(path, "uncertainty", "gdal")
    ramp = QgsColorRampShader(0.0, UNCERTAINTY_STOPS[-1][0])
    ramp.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList([QgsColorRampShader.ColorRampItem(value, QColor(*colour), f"{value:.2f}")
                               for value, colour in UNCERTAINTY_STOPS])
    ramp.setClip(False)
    shader = QgsRasterShader(0.0, UNCERTAINTY_STOPS[-1][0])
    shader.setRasterShaderFunction(ramp)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
    return layer


def probability_style(path):
    """The probability raster as a layer styled light yellow to dark red, stretched
    over its own range (probabilities of landslide cells are small: a few percent)."""
    layer = QgsRasterLayer(path, "probability", "gdal")
    statistics = layer.dataProvider().bandStatistics(1)
    top = max(statistics.maximumValue, 1e-6)
    stops = ((0.0, (255, 255, 212)), (0.25, (254, 217, 142)), (0.5, (254, 153, 41)), (0.75, (217, 95, 14)),
             (1.0, (153, 52, 4)))
    ramp = QgsColorRampShader(0.0, top)
    ramp.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList([QgsColorRampShader.ColorRampItem(share * top, QColor(*colour), f"{100 * share * top:.2g} %")
                               for share, colour in stops])
    shader = QgsRasterShader(0.0, top)
    shader.setRasterShaderFunction(ramp)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
    return layer


class PredictSusceptibility(DeviceParameter, LsghnetAlgorithm):
    ALGORITHM_ID = "predictsusceptibility"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PredictSusceptibility", "Susceptibility map")
    GROUP_ID = "mapping"
    GROUP_NAME = QT_TRANSLATE_NOOP("PredictSusceptibility", "Mapping")
    NEEDS_WORKER = True

    MODEL = "MODEL"
    FACTORS = "FACTORS"
    DEVICE = "DEVICE"
    OUTPUT = "OUTPUT"
    UNCERTAINTY = "UNCERTAINTY"
    PROBABILITY = "PROBABILITY"

    def initAlgorithm(self, config=None):
        parameters = [
            (QgsProcessingParameterFile(self.MODEL, self.tr("Model file"), extension="lsghnet"),
             self.tr("A model from 'Train susceptibility model' (any kind, random forest included).")),
            (QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor stack, or raw factor rasters"),
                                                  QgsProcessing.SourceType.TypeRaster),
             self.tr("The graded stack from 'Prepare factor stack' (its catalogue must match the model's), or the "
                     "raw factor rasters, named like the model's factors, which are then graded with the model's "
                     "catalogue: a model trained once can map a new area or a newer DEM.")),
            self.device_parameter(),
            (QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Susceptibility")),
             self.tr("Float32 GeoTIFF on the input's grid, values in [0, 1], nodata (-9999) wherever a factor is "
                     "nodata; styled in five classes from green to red.")),
            (QgsProcessingParameterRasterDestination(self.UNCERTAINTY, self.tr("Uncertainty (ensemble models)"),
                                                     optional=True, createByDefault=False),
             self.tr("Optional Float32 GeoTIFF: per cell, the standard deviation of the susceptibility of the "
                     "ensemble's networks (default preset). Dark where they disagree: read the map there with "
                     "care, or add landslides and factors that cover such ground.")),
            (QgsProcessingParameterRasterDestination(self.PROBABILITY, self.tr("Probability of a landslide cell"),
                                                     optional=True, createByDefault=False),
             self.tr("Optional Float32 GeoTIFF: the index turned into the probability that a cell is a landslide "
                     "cell, for the share of landslide cells in the study area (the index is learned from as many "
                     "landslide as other samples, so 0.8 does not mean 80 %). Same ranking as the index. Needs a "
                     "model trained on samples from 'Extract training samples' of this version.")),
        ]
        self.add_parameters(parameters)

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS's method
        ok, problem = super().checkParameterValues(parameters, context)
        if ok and os.path.isfile(self.parameterAsFile(parameters, self.MODEL, context)):
            problem = self.model_problem(parameters, context)
        return (False, problem) if problem else (ok, problem)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - a chain's step is checked here
        problem = self.model_problem(parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        return super().prepareAlgorithm(parameters, context, feedback)

    def model_problem(self, parameters, context):
        """What the model file says against this run (its factors, the uncertainty map
        of a single network), found before the worker starts, or None."""
        try:
            with self.engine_errors():
                manifest, _ = modelfile.read(self.parameterAsFile(parameters, self.MODEL, context), with_members=False)
                source = self.input_source(parameters, context)
                uncertainty = bool(self.parameterAsOutputLayer(parameters, self.UNCERTAINTY, context))
                probability = bool(self.parameterAsOutputLayer(parameters, self.PROBABILITY, context))
                prediction.open_input(manifest, uncertainty, source.get("stack"),
                                      prediction.raw_sources(source.get("factors", [])), probability)
        except QgsProcessingException as error:
            return str(error)
        return None

    def input_source(self, parameters, context):
        """The worker's input option: {"stack": path} for a graded stack, else
        {"factors": ["name=path:band", ...]} for raw factor rasters."""
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose the factor stack or the raw factor rasters."))
        paths = [self.gdal_path(layer, layer.name()) for layer in layers]
        with self.engine_errors():
            is_stack = len(layers) == 1 and open_raster(paths[0], self.tr("input")).GetMetadataItem(CATALOGUE_METADATA)
        if is_stack:
            return {"stack": paths[0]}
        return {"factors": [f"{name}={path}:{band}" for name, path, band in factor_bands(self, layers)]}

    def process(self, parameters, context, feedback):
        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        source = self.input_source(parameters, context)
        output_path = self.geotiff_output(parameters, self.OUTPUT, context, self.tr(
            "The susceptibility raster is a GeoTIFF: give it a .tif extension."))
        uncertainty_path = self.parameterAsOutputLayer(parameters, self.UNCERTAINTY, context) or None
        if uncertainty_path:
            uncertainty_path = self.geotiff_output(parameters, self.UNCERTAINTY, context, self.tr(
                "The uncertainty raster is a GeoTIFF: give it a .tif extension."))
        probability_path = self.parameterAsOutputLayer(parameters, self.PROBABILITY, context) or None
        if probability_path:
            probability_path = self.geotiff_output(parameters, self.PROBABILITY, context, self.tr(
                "The probability raster is a GeoTIFF: give it a .tif extension."))
        if "stack" in source:
            feedback.pushInfo(self.tr("Input: the factor stack '{0}'.").format(source["stack"]))
        else:
            feedback.pushInfo(self.tr("Input: {0} raw factor band(s), graded with the model's catalogue.").format(
                len(source["factors"])))
        result = run_worker(protocol.PREDICT.argv(model=model_path, output=output_path, uncertainty=uncertainty_path,
                                                  probability=probability_path,
                                                  device=self.device_value(parameters, context), **source),
                            feedback, 0, 98)
        self.style_when_loaded(susceptibility_style(output_path), output_path, context)
        if uncertainty_path:
            self.style_when_loaded(uncertainty_style(uncertainty_path), uncertainty_path, context)
        if probability_path:
            self.style_when_loaded(probability_style(probability_path), probability_path, context)
        feedback.pushInfo(self.tr("{0} cells predicted ({1} distinct factor-class combinations, each predicted once), "
                                  "{2} nodata cells; model {3} on {4}.").format(
            result["cells"], result["combinations"], result["nodata"], result["kind"], result["device"]))
        return {self.OUTPUT: output_path, self.UNCERTAINTY: uncertainty_path, self.PROBABILITY: probability_path}
