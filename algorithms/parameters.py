"""Parameter builders every algorithm uses (help text, advanced flag, HTML reports,
bounds stated in the help), and mixins that declare and read their parameters
together: the device (algorithms that run networks) and the networks' training
settings (training and cross-validation)."""
from qgis.core import (QgsProcessingOutputHtml, QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber)

from ..model.modelling.encoding import ENCODINGS
from ..model.modelling.settings import PRESETS
from ..model.vocabulary import DEVICES
from . import bounds
from .checks import UNBOUNDED


class ParameterBuilders:
    """Adding parameters with their help; reading optional ones."""

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


class DeviceParameter:
    """The DEVICE parameter of the algorithms that run networks."""

    def device_parameter(self, name="DEVICE"):
        return (QgsProcessingParameterEnum(name, self.tr("Device"), [self.tr("auto"), self.tr("CPU"), self.tr("GPU")],
                                           defaultValue=0),
                self.tr("auto uses a GPU when Keras sees one; the log says which device ran. These small networks "
                        "often train slower on a GPU than on the CPU: choose CPU then."))

    def device_value(self, parameters, context, name="DEVICE"):
        """The worker's --device value of the device parameter."""
        return DEVICES[self.parameterAsEnum(parameters, name, context)]


class TrainingParameters:
    """The networks' preset (settings.py) and the settings a user may want to change
    without leaving it (empty: the preset's): PRESET, PATIENCE, MEMBERS, ENCODING.
    They are optional, so that chains saved before a setting existed stay valid."""

    def training_parameters(self):
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
                     "Spatial cross-validation on the bundled data favours ordinal.").format(default["encoding"],
                                                                                        paper["encoding"])),
        ]

    def training_values(self, parameters, context) -> dict:
        """The worker's --preset, --patience, --members and --encoding values."""
        return {"preset": tuple(PRESETS)[self.parameterAsEnum(parameters, "PRESET", context)],
                "patience": self.optional_int(parameters, "PATIENCE", context),
                "members": self.optional_int(parameters, "MEMBERS", context),
                "encoding": ((None,) + ENCODINGS)[self.parameterAsEnum(parameters, "ENCODING", context)]}
