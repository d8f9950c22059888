"""lsghnet:setupenvironment - the deep-learning steps' own Python environment,
made from QGIS (engine: model/worker/environment.py), so that a user without a terminal
can train: Keras never loads into QGIS itself, it runs in the worker's Python."""
import shutil

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..model.worker import environment
from ..model.core.errors import InputError
from .base import LsghnetAlgorithm
from .translation import engine_text
from .worker_runner import profile_environment, register_python

#: Free disk space the set-up needs: the environment (TensorFlow with Keras: 1.6 GB installed, measured) plus pip's downloads.
NEEDED_BYTES = 3 * 1024 ** 3


class SetupEnvironment(LsghnetAlgorithm):
    ALGORITHM_ID = "setupenvironment"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SetupEnvironment", "Set up the deep-learning environment")
    GROUP_ID = "setup"
    GROUP_NAME = QT_TRANSLATE_NOOP("SetupEnvironment", "Setup")

    BACKEND = "BACKEND"
    BASE_PYTHON = "BASE_PYTHON"
    FOLDER = "FOLDER"
    PYTHON = "PYTHON"
    KERAS_BACKEND = "KERAS_BACKEND"
    GPUS = "GPUS"

    def initAlgorithm(self, config=None):
        folder = QgsProcessingParameterFile(self.FOLDER, self.tr("Environment folder"),
                                            QgsProcessingParameterFile.Behavior.Folder, optional=True)
        folder.setFlags(folder.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.add_parameters([
            (QgsProcessingParameterEnum(self.BACKEND, self.tr("Deep-learning backend"),
                                        [self.tr("TensorFlow, CPU (PyTorch where TensorFlow has no build)"),
                                         self.tr("PyTorch")], defaultValue=0),
             self.tr("TensorFlow runs the networks fastest on the CPU; these small networks gain nothing from a "
                     "GPU. PyTorch is the alternative where TensorFlow cannot be installed; "
                     "for an NVIDIA GPU on Windows, install PyTorch's CUDA build into the environment afterwards, as "
                     "PyTorch's own install instructions say.")),
            # A filter that admits files without an extension: QGIS's default, *.*, refuses /usr/bin/python3.
            (QgsProcessingParameterFile(self.BASE_PYTHON, self.tr("Base Python (empty: the one QGIS uses)"),
                                        optional=True, fileFilter=self.tr("All files (*)")),
             self.tr("The Python the environment is made from; it must have GDAL's bindings (osgeo). Empty: the "
                     "Python that ships with QGIS on Windows and macOS, /usr/bin/python3 on Linux.")),
            (folder, self.tr("Where the environment goes. Empty: the folder lsghnet/worker-environment in your QGIS "
                             "profile, which survives plugin upgrades.")),
        ])
        self.addOutput(QgsProcessingOutputString(self.PYTHON, self.tr("Worker Python")))
        self.addOutput(QgsProcessingOutputString(self.KERAS_BACKEND, self.tr("Keras backend")))
        self.addOutput(QgsProcessingOutputString(self.GPUS, self.tr("GPUs seen")))

    def checkParameterValues(self, parameters, context):
        chosen, folder = parameters.get(self.BASE_PYTHON), parameters.get(self.FOLDER)
        try:
            if isinstance(chosen, str) and chosen:
                environment.find_base_python(chosen)
            if isinstance(folder, str) and folder:
                environment.check_folder(folder)
        except InputError as error:
            return False, engine_text(error.message)
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        backend = environment.BACKENDS[self.parameterAsEnum(parameters, self.BACKEND, context)]
        folder = self.parameterAsFile(parameters, self.FOLDER, context) or profile_environment()
        with self.engine_errors():
            base = environment.find_base_python(self.parameterAsFile(parameters, self.BASE_PYTHON, context))
            version = environment.check_base_python(base)
        free = shutil.disk_usage(environment.existing_parent(folder)).free
        if free < NEEDED_BYTES:
            raise QgsProcessingException(self.tr(
                "Only {0:.1f} GB are free on the disk holding '{1}'; the environment needs about 3 GB. Free some "
                "space or choose another Environment folder.").format(free / 1024 ** 3, folder))
        feedback.pushInfo(self.tr("Base Python {0} (version {1}); environment {2}.").format(
            base, ".".join(map(str, version)), folder))
        with self.engine_errors():
            check = environment.create(folder, base, backend, self.progress_for(feedback), feedback.pushInfo)
        gpus = ", ".join(check["gpus"]) or self.tr("none")
        feedback.pushInfo(self.tr("The worker runs Keras {0} on {1} {2}; GPUs: {3}.").format(
            check["keras"], check["backend"], check["backend_version"], gpus))
        self.python = check["python"]
        return {self.PYTHON: check["python"], self.KERAS_BACKEND: check["backend"], self.GPUS: gpus}

    def postProcessAlgorithm(self, context, feedback):
        """Registered here, in the main thread, only after everything succeeded."""
        register_python(self.python)
        feedback.pushInfo(self.tr("The training, prediction and evaluation algorithms now use {0}.").format(
            self.python))
        return {}
