"""The checks of a run's parameters before any work, as functions of the parameter
definitions and values (no algorithm runs): numbers and choices outside what their
parameter allows, input files that do not exist or are no raster, outputs that
would overwrite an input or whose folder cannot be written, Python packages QGIS
cannot import. Each returns a message an analyst can act on, or None."""
import importlib.util
import os

from qgis.core import (QgsMapLayer, QgsProcessing, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProcessingUtils, QgsProperty)
from qgis.PyQt.QtCore import QCoreApplication

from ..model.core.errors import InputError
from ..model.core.raster import open_raster
from .translation import engine_text

#: Beyond this, a QgsProcessingParameterNumber's bound is unset (QGIS uses the largest double).
UNBOUNDED = 1e308
#: Parameter types whose value is, or names, a file the run reads.
INPUT_FILE_TYPES = ("raster", "vector", "source", "layer", "multilayer", "file")
#: Python module -> (Debian package, pip package) that provide it to QGIS's Python.
PACKAGES = {"scipy": ("python3-scipy", "scipy"), "sklearn": ("python3-sklearn", "scikit-learn"),
            "plotly": ("python3-plotly", "plotly"), "jenkspy": (None, "jenkspy")}


def translate(context, text):
    """Text in the user's language (`context` is "ParameterChecks" throughout, spelled
    out so that pylupdate finds each message)."""
    return QCoreApplication.translate(context, text)


def items_of(value):
    """The items of a list parameter's value, or the value as a list of one."""
    return value if isinstance(value, (list, tuple)) else [value]


def file_of(value, context, must_exist=True):
    """The file a parameter value reads or writes, as one spelling (absolute, links
    resolved, case-folded where the file system folds case, without `|layername=`),
    or None for a value that is no file (a memory layer, a temporary output)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, QgsMapLayer):
        value = value.source()
    if not isinstance(value, str) or not value or value == QgsProcessing.TEMPORARY_OUTPUT:
        return None
    layer = QgsProcessingUtils.mapLayerFromString(value, context, False) if must_exist else None
    path = (layer.source() if layer else value).split("|")[0]
    if must_exist and not os.path.isfile(path):
        return None
    return os.path.normcase(os.path.realpath(os.path.expanduser(path)))


def number_problem(definition, value):
    """Why `value` is no number the number parameter allows, or None."""
    name = definition.name()
    try:
        number = float(value)
    except (TypeError, ValueError):
        return translate("ParameterChecks", "{0} must be a number; it is '{1}'.").format(name, value)
    low, high = definition.minimum(), definition.maximum()
    integer = definition.dataType() == QgsProcessingParameterNumber.Type.Integer
    if low <= number <= high and (number.is_integer() or not integer):
        return None
    if high < UNBOUNDED and low > -UNBOUNDED:
        template = (translate("ParameterChecks", "{0} must be a whole number from {1:g} to {2:g}; it is {3}.")
                    if integer else translate("ParameterChecks", "{0} must be a number from {1:g} to {2:g}; it is {3}."))
    elif low > -UNBOUNDED:
        template = (translate("ParameterChecks", "{0} must be a whole number of at least {1:g}; it is {3}.")
                    if integer else translate("ParameterChecks", "{0} must be a number of at least {1:g}; it is {3}."))
    else:
        template = (translate("ParameterChecks", "{0} must be a whole number of at most {2:g}; it is {3}.")
                    if integer else translate("ParameterChecks", "{0} must be a number of at most {2:g}; it is {3}."))
    return template.format(name, low, high, value)


def value_problem(definitions, parameters):
    """A number or choice outside what its parameter allows, saying what it allows
    (QGIS itself only says "Incorrect parameter value"), or None."""
    for definition in definitions:
        value = parameters.get(definition.name())
        if value is None or value == "" or isinstance(value, QgsProperty):
            continue
        name = definition.name()
        if isinstance(definition, QgsProcessingParameterNumber):
            problem = number_problem(definition, value)
            if problem:
                return problem
        elif isinstance(definition, QgsProcessingParameterFile) and definition.extension() and \
                not str(value).lower().endswith("." + definition.extension().lower()):
            return translate("ParameterChecks", "{0} must be a .{1} file; it is '{2}'.").format(
                name, definition.extension(), value)
        elif isinstance(definition, QgsProcessingParameterEnum) and not definition.allowMultiple():
            options = definition.options()
            if str(value).lstrip("-").isdigit() and not 0 <= int(value) < len(options):
                listed = "; ".join(f"{index} = {option}" for index, option in enumerate(options))
                return translate("ParameterChecks", "{0} must be one of {1}; it is {2}.").format(name, listed, value)
    return None


def missing_file(definitions, parameters, context):
    """An input file that does not exist, named with its parameter (QGIS says only
    "Incorrect parameter value" for some parameter types), or None."""
    for definition in definitions:
        if definition.isDestination() or definition.type() not in INPUT_FILE_TYPES or (
                isinstance(definition, QgsProcessingParameterFile)
                and definition.behavior() == QgsProcessingParameterFile.Behavior.Folder):
            continue  # a folder parameter may name one still to be made
        for item in items_of(parameters.get(definition.name())):
            if not isinstance(item, str) or not item:
                continue
            path = item.split("|")[0]
            looks_like_a_path = "=" not in path and "://" not in path and (os.sep in path or "." in path)
            if looks_like_a_path and not os.path.exists(path) and \
                    QgsProcessingUtils.mapLayerFromString(item, context, False) is None:
                return translate("ParameterChecks", "The file '{1}' given for {0} does not exist. Check the "
                                                    "path.").format(definition.name(), path)
    return None


def raster_value_problem(value, context, what):
    """Why a raster file (a parameter's value; `what` names it in the message)
    cannot be loaded, in words an analyst can act on (QGIS itself only says "not
    found"), or None when it loads."""
    if not isinstance(value, str) or not value or QgsProcessingUtils.mapLayerFromString(
            value, context, True, QgsProcessingUtils.LayerHint.Raster):
        return None
    path = value.split("|")[0]
    if not os.path.exists(path):
        return translate("ParameterChecks", "The {0} '{1}' does not exist. Check the path.").format(what, path)
    try:
        open_raster(path, what)
    except InputError as error:
        return engine_text(error.message)
    return translate("ParameterChecks", "QGIS cannot load the {0} '{1}'. Check that it is a raster file.").format(
        what, path)


def unreadable_raster(definitions, parameters, context):
    """A raster input (or an item of a list of rasters) that exists but cannot be
    read as a raster (QGIS says "not found" or "Incorrect parameter value"), or None."""
    for definition in definitions:
        value = parameters.get(definition.name())
        if isinstance(definition, QgsProcessingParameterRasterLayer):
            items = [value]
        elif isinstance(definition, QgsProcessingParameterMultipleLayers) and \
                definition.layerType() == QgsProcessing.SourceType.TypeRaster:
            items = items_of(value)
        else:
            continue
        for item in items:
            problem = raster_value_problem(item, context, definition.name())
            if problem:
                return problem
    return None


def output_clash(definitions, parameters, context):
    """Why an output would overwrite an input of this run, or None. QGIS lets an
    output name an input's file, and writing it would destroy that input."""
    inputs = {}
    for definition in definitions:
        if not definition.isDestination() and definition.type() in INPUT_FILE_TYPES:
            for item in items_of(parameters.get(definition.name())):
                path = file_of(item, context)
                if path:
                    inputs.setdefault(path, definition.name())
    for definition in definitions:
        path = file_of(parameters.get(definition.name()), context, must_exist=False) \
            if definition.isDestination() else None
        if path in inputs:
            return translate("ParameterChecks", "The output {0} is the file of the input {1} ('{2}'): writing it "
                                                "would destroy that input. Choose another file for {0}.").format(
                definition.name(), inputs[path], path)
    return None


def output_problem(definitions, parameters, context):
    """An output that would overwrite an input, or whose folder does not exist or
    cannot be written, or None."""
    clash = output_clash(definitions, parameters, context)
    if clash:
        return clash
    for definition in definitions:
        if not definition.isDestination():
            continue
        path = file_of(parameters.get(definition.name()), context, must_exist=False)
        folder = os.path.dirname(path) if path else None
        if folder and not os.path.isdir(folder):
            return translate("ParameterChecks", "The folder of {0} ('{1}') does not exist. Choose an existing "
                                                "folder.").format(definition.name(), folder)
        if folder and not os.access(folder, os.W_OK):
            return translate("ParameterChecks", "The folder of {0} ('{1}') cannot be written to. Choose a folder "
                                                "you may write to.").format(definition.name(), folder)
    return None


def missing_packages(modules):
    """Why QGIS's Python cannot run an algorithm that imports `modules`, with how to
    install them, or None."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    debian = [PACKAGES.get(name, (f"python3-{name}", name))[0] for name in missing]
    pip = " ".join(PACKAGES.get(name, (None, name))[1] for name in missing)
    apt = "'sudo apt-get install {0}' (Debian/Ubuntu) or ".format(" ".join(debian)) if all(debian) else ""
    return translate("ParameterChecks",
                     "This algorithm needs the Python package(s) {0}, which QGIS's Python cannot import. "
                     "Install them with {1}'python3 -m pip install {2}' for the Python that runs QGIS (on Windows "
                     "in the OSGeo4W Shell), then restart QGIS.").format(" ".join(missing), apt, pip)
