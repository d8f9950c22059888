"""Parameter builders every algorithm uses (help text, advanced flag, HTML reports,
bounds stated in the help), and mixins that declare and read their parameters
together: the device (algorithms that run networks) and the networks' training
settings (training and cross-validation)."""
from qgis.core import (QgsProcessingOutputHtml, QgsProcessingParameterDefinition, QgsProcessingParameterEnum,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber)

from ..model.modelling.settings import Settings, declared, types
from ..model.modelling.settings import presets as settings_presets
from ..model.core.vocabulary import DEVICES
from .checks import UNBOUNDED
from .translation import engine_text


#: Parameters that every dialog, the chains' included, shows under *Advanced
#: parameters*, by name: what an analyst can leave at its default (the seed, the
#: device, the sampling's spacing and counts, the heatmap's edge value). The training
#: settings say their own (settings.py, `advanced`).
ADVANCED = frozenset({"SEED", "DEVICE", "N_PER_INTERVAL", "MIN_DISTANCE", "BLOCK_SIZE", "BOUNDARY_VALUE"})


def mark_advanced(definition):
    if definition.name() in ADVANCED:
        definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)


class ParameterBuilders:
    """Adding parameters with their help; reading optional ones."""

    def add_parameters(self, parameters):
        """Add (parameter, help text) pairs. An HTML report parameter
        (`report_parameter`) also becomes an HTML output, which QGIS offers to open."""
        for parameter, text in parameters:
            parameter.setHelp(text)
            self.addParameter(parameter)
            if isinstance(parameter, QgsProcessingParameterFileDestination) and \
                    parameter.fileFilter() == self.html_filter():
                self.addOutput(QgsProcessingOutputHtml(parameter.name(), parameter.description()))

    def addParameter(self, definition, *arguments):  # noqa: N802 - QGIS's method
        """QGIS's, with the allowed range of a bounded number added to its help, and
        flagged advanced when `ADVANCED` names it."""
        mark_advanced(definition)
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
    """The training settings the algorithm's worker command takes, made from their
    declarations (model/modelling/settings.py): one parameter each, named after the
    setting (EPOCHS, PATIENCE ...), a number with its range or a drop-down of its
    choices. A setting a preset sets is optional (empty, or "the preset's": the
    preset's value), so that chains saved before a setting existed stay valid."""

    #: The worker command whose settings the dialog offers (settings.TRAIN or CROSSVALIDATE).
    SETTINGS_COMMAND = ""
    #: Where the settings are declared.
    SETTINGS = Settings

    def training_parameters(self):
        """(parameter, help text) pairs, in the declarations' order."""
        defaults, presets = vars(self.SETTINGS()), settings_presets(self.SETTINGS)
        pairs = []
        for name, declaration in self.declared_settings().items():
            label, text = engine_text(declaration.label), engine_text(declaration.help)
            if declaration.preset_set:
                text += " " + self.tr("Default preset: {0}; the paper: {1}.").format(presets["default"][name],
                                                                                   declaration.paper)
            if declaration.choices:
                options = [engine_text(choice) for choice in declaration.labels]
                parameter = (QgsProcessingParameterEnum(name.upper(), label, [self.tr("the preset's")] + options,
                                                        defaultValue=0, optional=True) if declaration.preset_set
                             else QgsProcessingParameterEnum(name.upper(), label, options,
                                                             defaultValue=declaration.choices.index(defaults[name])))
            else:
                number = (QgsProcessingParameterNumber.Type.Integer if types(self.SETTINGS)[name] is int
                          else QgsProcessingParameterNumber.Type.Double)
                parameter = QgsProcessingParameterNumber(
                    name.upper(), label, number, defaultValue=None if declaration.preset_set else defaults[name],
                    optional=declaration.preset_set, minValue=declaration.minimum, maxValue=declaration.maximum)
            if declaration.advanced:
                parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            pairs.append((parameter, text))
        return pairs

    def declared_settings(self) -> dict:
        return declared(self.SETTINGS, self.SETTINGS_COMMAND, dialog=True)

    def training_values(self, parameters, context) -> dict:
        """The worker's options of these settings (None: the preset's)."""
        values = {}
        for name, declaration in self.declared_settings().items():
            key = name.upper()
            if declaration.choices:
                choices = ((None,) if declaration.preset_set else ()) + declaration.choices
                values[name] = choices[self.parameterAsEnum(parameters, key, context)]
            elif declaration.preset_set and parameters.get(key) in (None, ""):
                values[name] = None
            elif types(self.SETTINGS)[name] is int:
                values[name] = self.parameterAsInt(parameters, key, context)
            else:
                values[name] = self.parameterAsDouble(parameters, key, context)
        return values
