"""What every LSGH-Net algorithm shares: translation, help, dependency checks, the
checks of every run's parameters before any work (ranges, missing or unreadable
files, outputs that would overwrite an input or have no folder), outputs a chain
leaves unset, and the mapping of engine and GDAL errors to `QgsProcessingException`."""
import contextlib
import importlib.util
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsMapLayer,
                       QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingFeatureSourceDefinition, QgsProcessingOutputLayerDefinition,
                       QgsProcessingOutputHtml, QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingUtils, QgsProperty, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication

from ..model.errors import Cancelled, InputError, disk_failure, out_of_memory
from ..model.progress import Progress
from ..model.raster import gdal_failure, open_raster
from ..model.reports import METRIC_LABELS
from ..model.modelling.encoding import ENCODINGS
from ..model.modelling.settings import PRESETS
from ..model.vocabulary import DEVICES
from . import bounds
from . import field_types
from .help_html import help_html
from .inputs import InputReaders, layer_choice_problem
from .run_guard import interrupts_cancel, new_vector_file, remove_outputs
from .translation import engine_text
from .worker_runner import python_problem

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
HELP_DIR = os.path.join(PLUGIN_DIR, "resources", "help")
HOMEPAGE = "https://github.com/lsghnet/lsghnet-qgis"

#: Python module -> (Debian package, pip package) that provide it to QGIS's Python.
PACKAGES = {"scipy": ("python3-scipy", "scipy"), "sklearn": ("python3-sklearn", "scikit-learn"),
            "plotly": ("python3-plotly", "plotly"), "jenkspy": (None, "jenkspy")}


#: Beyond this, a QgsProcessingParameterNumber's bound is unset (QGIS uses the largest double).
UNBOUNDED = 1e308
#: Parameter types whose value is, or names, a file the run reads.
INPUT_FILE_TYPES = ("raster", "vector", "source", "layer", "multilayer", "file")


def file_of(value, context, must_exist=True):
    """The file a parameter value reads or writes, as one spelling (absolute, links
    resolved, case-folded where the file system folds case, without `|layername=`),
    or None for a value that is no file (a memory layer, a temporary output)."""
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


class LsghnetAlgorithm(InputReaders, QgsProcessingAlgorithm):
    """Base class: subclasses set `ALGORITHM_ID`, `DISPLAY_NAME`, `GROUP_ID`,
    `GROUP_NAME` and, if they import optional packages, `REQUIRED_MODULES`; those
    that run the Keras worker set `NEEDS_WORKER`."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    GROUP_NAME = ""
    REQUIRED_MODULES = ()
    NEEDS_WORKER = False
    #: Values of the DEVICE parameter of the algorithms that run the worker.
    def tr(self, text):
        """Translated text: looked up under the algorithm's class, then under the
        classes it inherits from (for the messages their shared methods raise)."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP_NAME)

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        with open(os.path.join(HELP_DIR, f"{self.ALGORITHM_ID}.md"), encoding="utf-8") as handle:
            return help_html(handle.read())

    def helpUrl(self):
        return f"{HOMEPAGE}#{self.ALGORITHM_ID}"

    def add_parameters(self, parameters, advanced=()):
        """Add (parameter, help text) pairs; those named in `advanced` are secondary
        and shown under the dialog's Advanced parameters. An HTML report parameter
        (`report_parameter`) also becomes an HTML output, which QGIS offers to open."""
        for parameter, text in parameters:
            parameter.setHelp(text)
            if parameter.name() in advanced:
                parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
            if isinstance(parameter, QgsProcessingParameterFileDestination) and \
                    parameter.fileFilter() == self.html_filter():
                self.addOutput(QgsProcessingOutputHtml(parameter.name(), parameter.description()))

    def addParameter(self, definition, *arguments):  # noqa: N802 - QGIS's method
        """QGIS's, with the allowed range of a bounded number added to its help."""
        if isinstance(definition, QgsProcessingParameterNumber) and definition.maximum() < UNBOUNDED:
            integer = definition.dataType() == QgsProcessingParameterNumber.Type.Integer
            shown = [f"{value:.0f}" if integer else f"{value:g}" for value in (definition.minimum(),
                                                                              definition.maximum())]
            definition.setHelp(" ".join(filter(None, [definition.help(), self.tr("Allowed: {0} to {1}.").format(
                *shown)])))
        return super().addParameter(definition, *arguments)

    def report_parameter(self, name, description, text):
        """An (HTML report file, help text) pair for `add_parameters`."""
        return QgsProcessingParameterFileDestination(name, description, self.html_filter()), text

    def html_filter(self):
        return self.tr("HTML files (*.html)")

    def optional_int(self, parameters, name, context):
        """An optional integer parameter's value, None when it is unset."""
        return self.parameterAsInt(parameters, name, context) if parameters.get(name) not in (None, "") else None

    @staticmethod
    def unique_names(names):
        """Names for a report and a table: numbered when two are the same."""
        return [f"{name} ({index + 1})" for index, name in enumerate(names)] if len(set(names)) < len(names) else names

    def geotiff_output(self, parameters, name, context, problem):
        """The path of the raster output `name`, which must be a GeoTIFF; else
        `problem` (translated; {0} stands for the path)."""
        path = self.parameterAsOutputLayer(parameters, name, context)
        if not path.lower().endswith((".tif", ".tiff")):
            raise QgsProcessingException(problem.format(path))
        return path

    def device_parameter(self, name="DEVICE"):
        return (QgsProcessingParameterEnum(name, self.tr("Device"), [self.tr("auto"), self.tr("CPU"), self.tr("GPU")],
                                           defaultValue=0),
                self.tr("auto uses a GPU when Keras sees one; the log says which device ran. These small networks "
                        "often train slower on a GPU than on the CPU (the README's figures): choose CPU then."))

    def device_value(self, parameters, context, name="DEVICE"):
        """The worker's --device value of the device parameter."""
        return DEVICES[self.parameterAsEnum(parameters, name, context)]

    def training_parameters(self):
        """The networks' preset (settings.py) and the settings a user may want to change
        without leaving it (empty: the preset's), for PRESET, PATIENCE, MEMBERS, ENCODING.
        They are optional, so that chains saved before a setting existed stay valid."""
        integer = QgsProcessingParameterNumber.Type.Integer
        default, paper = PRESETS["default"], PRESETS["paper"]
        return [
            (QgsProcessingParameterEnum("PRESET", self.tr("Network training"), [
                self.tr("Default (ensemble of networks)"), self.tr("The paper's configuration")],
                defaultValue=0),
             self.tr("Default: batch normalisation that works from the first epochs on small inventories, weight "
                     "decay, early stopping on the validation loss with a validation part drawn like the test "
                     "split, an ensemble of networks whose mean is the susceptibility (their spread is the "
                     "uncertainty map of 'Susceptibility map'), the classes of graded factors encoded as ordinal "
                     "rows, and each cell's row and column as two more input channels, so that the network can tell "
                     "the factors apart. The paper: one network, Keras's defaults, one-hot classes, early stopping on "
                     "the binarized validation accuracy of random cells.")),
            (QgsProcessingParameterNumber("PATIENCE", self.tr("Early-stopping patience (epochs; empty: the preset's)"),
                                          integer, optional=True, minValue=1, maxValue=bounds.EPOCHS),
             self.tr("Stop when the validation criterion has not improved for this many epochs; the best weights "
                     "are kept. Default preset: {0}; the paper: {1}.").format(default["patience"], paper["patience"])),
            (QgsProcessingParameterNumber("MEMBERS", self.tr("Networks in the ensemble (empty: the preset's)"),
                                          integer, optional=True, minValue=1, maxValue=50),
             self.tr("Networks trained from consecutive seeds and averaged. Default preset: {0}; the paper: {1}. "
                     "Training time grows with their number.").format(default["members"], paper["members"])),
            (QgsProcessingParameterEnum("ENCODING", self.tr("Encoding of the factor classes"), [
                self.tr("the preset's"), self.tr("one-hot (the paper)"), self.tr("ordinal for graded factors")],
                defaultValue=0, optional=True),
             self.tr("One-hot: each class is its own column. Ordinal: class c of a factor graded from a continuous "
                     "raster (slope class 3 lies between 2 and 4) sets columns 1 to c, so that neighbouring classes "
                     "share what they learn; categorical factors stay one-hot. Default preset: {0}; the paper: {1}. "
                     "The README's evaluation compares them.").format(default["encoding"], paper["encoding"])),
        ]

    def training_values(self, parameters, context) -> dict:
        """The worker's --preset, --patience, --members and --encoding values."""
        return {"preset": tuple(PRESETS)[self.parameterAsEnum(parameters, "PRESET", context)],
                "patience": self.optional_int(parameters, "PATIENCE", context),
                "members": self.optional_int(parameters, "MEMBERS", context),
                "encoding": ((None,) + ENCODINGS)[self.parameterAsEnum(parameters, "ENCODING", context)]}

    # Outputs never overwrite inputs: QGIS lets an output name an input's file, and
    # writing it would destroy that input. Checked before any work, in the dialog and
    # qgis_process (checkParameterValues) and for a chain's steps too (prepareAlgorithm).
    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS's method
        problem = (self.value_problem(parameters) or self.missing_file(parameters, context)
                   or layer_choice_problem(self, parameters) or self.unreadable_raster(parameters, context)
                   or self.output_problem(parameters, context))
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        problem = self.output_problem(parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        return True

    def value_problem(self, parameters):
        """A number or choice outside what its parameter allows, saying what it allows
        (QGIS itself only says "Incorrect parameter value"), or None."""
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if value is None or value == "" or isinstance(value, QgsProperty):
                continue
            name = definition.name()
            if isinstance(definition, QgsProcessingParameterNumber):
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    return self.tr("{0} must be a number; it is '{1}'.").format(name, value)
                low, high = definition.minimum(), definition.maximum()
                integer = definition.dataType() == QgsProcessingParameterNumber.Type.Integer
                if low <= number <= high and (number.is_integer() or not integer):
                    continue
                if high < UNBOUNDED and low > -UNBOUNDED:
                    template = (self.tr("{0} must be a whole number from {1:g} to {2:g}; it is {3}.") if integer else
                                self.tr("{0} must be a number from {1:g} to {2:g}; it is {3}."))
                elif low > -UNBOUNDED:
                    template = (self.tr("{0} must be a whole number of at least {1:g}; it is {3}.") if integer else
                                self.tr("{0} must be a number of at least {1:g}; it is {3}."))
                else:
                    template = (self.tr("{0} must be a whole number of at most {2:g}; it is {3}.") if integer else
                                self.tr("{0} must be a number of at most {2:g}; it is {3}."))
                return template.format(name, low, high, value)
            if isinstance(definition, QgsProcessingParameterFile) and definition.extension() and \
                    not str(value).lower().endswith("." + definition.extension().lower()):
                return self.tr("{0} must be a .{1} file; it is '{2}'.").format(name, definition.extension(), value)
            if isinstance(definition, QgsProcessingParameterEnum) and not definition.allowMultiple():
                options = definition.options()
                if str(value).lstrip("-").isdigit() and not 0 <= int(value) < len(options):
                    listed = "; ".join(f"{index} = {option}" for index, option in enumerate(options))
                    return self.tr("{0} must be one of {1}; it is {2}.").format(name, listed, value)
        return None

    def missing_file(self, parameters, context):
        """An input file that does not exist, named with its parameter (QGIS says only
        "Incorrect parameter value" for some parameter types), or None."""
        for definition in self.parameterDefinitions():
            if definition.isDestination() or definition.type() not in INPUT_FILE_TYPES or (
                    isinstance(definition, QgsProcessingParameterFile)
                    and definition.behavior() == QgsProcessingParameterFile.Behavior.Folder):
                continue  # a folder parameter may name one still to be made
            value = parameters.get(definition.name())
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if not isinstance(item, str) or not item:
                    continue
                path = item.split("|")[0]
                looks_like_a_path = "=" not in path and "://" not in path and (os.sep in path or "." in path)
                if looks_like_a_path and not os.path.exists(path) and \
                        QgsProcessingUtils.mapLayerFromString(item, context, False) is None:
                    return self.tr("The file '{1}' given for {0} does not exist. Check the path.").format(
                        definition.name(), path)
        return None

    def unreadable_raster(self, parameters, context):
        """A raster input (or an item of a list of rasters) that exists but cannot be
        read as a raster (QGIS says "not found" or "Incorrect parameter value"), or None."""
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if isinstance(definition, QgsProcessingParameterRasterLayer):
                items = [value]
            elif isinstance(definition, QgsProcessingParameterMultipleLayers) and \
                    definition.layerType() == QgsProcessing.SourceType.TypeRaster:
                items = value if isinstance(value, (list, tuple)) else [value]
            else:
                continue
            for item in items:
                problem = self.raster_value_problem(item, context, definition.name())
                if problem:
                    return problem
        return None

    def output_problem(self, parameters, context):
        """An output that would overwrite an input, or whose folder does not exist or
        cannot be written, or None."""
        clash = self.output_clash(parameters, context)
        if clash:
            return clash
        for definition in self.destinationParameterDefinitions():
            value = parameters.get(definition.name())
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = value.sink
            path = file_of(value, context, must_exist=False)
            folder = os.path.dirname(path) if path else None
            if folder and not os.path.isdir(folder):
                return self.tr("The folder of {0} ('{1}') does not exist. Choose an existing folder.").format(
                    definition.name(), folder)
            if folder and not os.access(folder, os.W_OK):
                return self.tr("The folder of {0} ('{1}') cannot be written to. Choose a folder you may write "
                               "to.").format(definition.name(), folder)
        return None

    def output_clash(self, parameters, context):
        """Why an output would overwrite an input of this run, or None."""
        inputs = {}
        for definition in self.parameterDefinitions():
            if not definition.isDestination() and definition.type() in INPUT_FILE_TYPES:
                value = parameters.get(definition.name())
                for item in value if isinstance(value, (list, tuple)) else [value]:
                    path = file_of(item, context)
                    if path:
                        inputs.setdefault(path, definition.name())
        for definition in self.destinationParameterDefinitions():
            value = parameters.get(definition.name())
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = value.sink
            path = file_of(value, context, must_exist=False)
            if path in inputs:
                return self.tr("The output {0} is the file of the input {1} ('{2}'): writing it would destroy that "
                               "input. Choose another file for {0}.").format(definition.name(), inputs[path], path)
        return None

    def canExecute(self):
        if self.NEEDS_WORKER:
            problem = python_problem()
            if problem:
                return False, problem
        missing = [name for name in self.REQUIRED_MODULES if importlib.util.find_spec(name) is None]
        if not missing:
            return True, ""
        debian = [PACKAGES.get(name, (f"python3-{name}", name))[0] for name in missing]
        pip = " ".join(PACKAGES.get(name, (None, name))[1] for name in missing)
        apt = "'sudo apt-get install {0}' (Debian/Ubuntu) or ".format(" ".join(debian)) if all(debian) else ""
        return False, self.tr(
            "This algorithm needs the Python package(s) {0}, which QGIS's Python cannot import. "
            "Install them with {1}'python3 -m pip install {2}' for the Python that runs QGIS (on Windows in the "
            "OSGeo4W Shell), then restart QGIS."
        ).format(" ".join(missing), apt, pip)

    def raster_problem(self, parameters, name, context, what):
        """Why the raster parameter `name` cannot be loaded, in words an analyst can
        act on (QGIS itself only says "not found"), or None when it loads."""
        return self.raster_value_problem(parameters.get(name), context, what)

    def raster_value_problem(self, value, context, what):
        """Why a raster file (a parameter's value) cannot be loaded, or None."""
        if not isinstance(value, str) or not value or QgsProcessingUtils.mapLayerFromString(
                value, context, True, QgsProcessingUtils.LayerHint.Raster):
            return None
        path = value.split("|")[0]
        if not os.path.exists(path):
            return self.tr("The {0} '{1}' does not exist. Check the path.").format(what, path)
        try:
            open_raster(path, what)
        except InputError as error:
            return engine_text(error.message)
        return self.tr("QGIS cannot load the {0} '{1}'. Check that it is a raster file.").format(what, path)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS's method
        """`process` (each algorithm's work), cancelled by an interrupt; a vector
        output it created is removed when it fails (`run_guard`)."""
        self.created_files = []
        try:
            with interrupts_cancel(feedback):
                return self.process(parameters, context, feedback)
        except BaseException as error:
            remove_outputs(self.created_files, error)
            raise

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    # Outputs: a required output that arrives unset (QGIS 3.40 and later run a chain
    # whose user left one of its outputs out, passing the step no value) is written to
    # a temporary file, as QGIS does for a chain's intermediate results. Unset optional
    # outputs stay skipped.
    def parameterAsOutputLayer(self, parameters, name, context):  # noqa: N802 - QGIS's method
        return super().parameterAsOutputLayer(self._destined(parameters, name), name, context)

    def parameterAsFileOutput(self, parameters, name, context):  # noqa: N802
        return super().parameterAsFileOutput(self._destined(parameters, name), name, context)

    def parameterAsSink(self, parameters, name, context, *arguments):  # noqa: N802
        sink, destination = super().parameterAsSink(self._destined(parameters, name), name, context, *arguments)
        created = new_vector_file(destination) if sink is not None else None
        if created:
            getattr(self, "created_files", []).append(created)
        return sink, destination

    def _destined(self, parameters, name):
        optional = self.parameterDefinition(name).flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
        if optional or parameters.get(name) not in (None, ""):
            return parameters
        return dict(parameters, **{name: QgsProcessing.TEMPORARY_OUTPUT})

    def add_feature(self, sink, feature):
        """Add a feature to an output sink; a feature the sink refuses is an error,
        never a silently shorter layer."""
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.write_failure(sink))

    def finish_sink(self, sink):
        """Write what the sink still buffers; a failure (a full disk) is an error,
        and the run's guard removes the half-written layer."""
        if not sink.flushBuffer():
            raise QgsProcessingException(self.write_failure(sink))

    def write_failure(self, sink):
        return self.tr("Could not write an output layer ({0}). Check that its disk has free space and that you may "
                       "write there; nothing was left behind.").format(sink.lastError())

    def write_table(self, parameters, name, context, columns, rows):
        """Write a table without geometry to the sink `name`: `columns` are (field
        name, `field_types` type) pairs, `rows` lists of values; return its id."""
        fields = QgsFields()
        for column, kind in columns:
            fields.append(QgsField(column, kind))
        sink, destination = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            self.add_feature(sink, feature)
        self.finish_sink(sink)
        return destination

    def write_metrics(self, parameters, name, context, rows):
        """A metrics table (rows of `reports.metrics_rows`) to the sink `name`."""
        columns = [("model", field_types.STRING), ("evaluation", field_types.STRING), ("samples", field_types.INT)]
        return self.write_table(parameters, name, context,
                                columns + [(measure, field_types.DOUBLE) for measure in METRIC_LABELS], rows)

    @staticmethod
    def progress_for(feedback, start=0.0, end=100.0):
        """An engine `Progress` that maps 0..1 onto `start`..`end` percent of
        `feedback` and stops when the user cancels."""
        return Progress(
            report=lambda fraction: feedback.setProgress(start + (end - start) * fraction),
            is_cancelled=feedback.isCanceled,
        )

    @contextlib.contextmanager
    def engine_errors(self):
        """Turn engine exceptions into the `QgsProcessingException`s QGIS shows."""
        try:
            yield
        except InputError as error:
            raise QgsProcessingException(engine_text(error.message)) from error
        except Cancelled as error:
            raise QgsProcessingException(self.tr("Cancelled: nothing was written.")) from error
        except MemoryError as error:
            raise QgsProcessingException(engine_text(out_of_memory())) from error
        except OSError as error:
            failure = disk_failure(error)
            if failure is None:
                raise
            raise QgsProcessingException(engine_text(failure.message)) from error
        except RuntimeError as error:
            failure = gdal_failure(error)
            if failure is None:
                raise
            raise QgsProcessingException(engine_text(failure.message)) from error
