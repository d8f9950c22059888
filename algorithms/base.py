"""What every LSGH-Net algorithm shares: its identity, translation and help, the
checks of a run's parameters before any work (`checks`), the guard around its work
(`run_guard`) and the mapping of engine and GDAL errors to `QgsProcessingException`.
Parameter builders, output writers and input readers are mixed in from their own
modules."""
import contextlib
import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..model.core.errors import Cancelled, InputError, disk_failure, out_of_memory
from ..model.core.progress import Progress
from ..model.core.raster import gdal_failure
from . import checks
from .help_html import help_html, help_markdown, help_page
from .inputs import InputReaders, layer_choice_problem
from .outputs import OutputWriters
from .parameters import ParameterBuilders
from .run_guard import interrupts_cancel, remove_outputs
from .translation import engine_text
from .worker_runner import python_problem

#: The toolbox's groups in the order of the work; their names are numbered so, as the
#: toolbox sorts groups by name (in every language).
GROUP_ORDER = ("setup", "factors", "sampling", "modelling", "mapping", "workflows")


def numbered_group(group_id, name):
    return f"{GROUP_ORDER.index(group_id) + 1}. {name}"


PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
HELP_DIR = os.path.join(PLUGIN_DIR, "resources", "help")


class LsghnetAlgorithm(ParameterBuilders, OutputWriters, InputReaders, QgsProcessingAlgorithm):
    """Base class: subclasses set `ALGORITHM_ID`, `DISPLAY_NAME`, `GROUP_ID`,
    `GROUP_NAME` and, if they import optional packages, `REQUIRED_MODULES`; those
    that run the Keras worker set `NEEDS_WORKER`; each does its work in `process`."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    GROUP_NAME = ""
    REQUIRED_MODULES = ()
    NEEDS_WORKER = False

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
        return numbered_group(self.GROUP_ID, self.tr(self.GROUP_NAME))

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        return help_html(help_markdown(HELP_DIR, self.ALGORITHM_ID))

    def helpUrl(self):
        return help_page(self)

    # Checked before any work, in the dialog and qgis_process (checkParameterValues)
    # and for a chain's steps too (prepareAlgorithm): outputs never overwrite inputs.
    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS's method
        definitions = self.parameterDefinitions()
        problem = (checks.value_problem(definitions, parameters)
                   or checks.missing_file(definitions, parameters, context)
                   or layer_choice_problem(definitions, parameters)
                   or checks.unreadable_raster(definitions, parameters, context)
                   or checks.output_problem(definitions, parameters, context))
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        problem = checks.output_problem(self.parameterDefinitions(), parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        return True

    def canExecute(self):
        problem = (python_problem() if self.NEEDS_WORKER else None) or checks.missing_packages(self.REQUIRED_MODULES)
        return (False, problem) if problem else (True, "")

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
