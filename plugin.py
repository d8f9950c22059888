"""The plugin object: it only registers the Processing provider, so it works the same
in the desktop and in `qgis_process` (where `iface` is None)."""
from qgis.core import QgsApplication

from .algorithms.provider import LsghnetProvider


class LsghnetPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 - QGIS's name
        self.provider = LsghnetProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)
        # The shipped models' steps are this provider's algorithms: they resolve
        # only once the provider is registered, so load the algorithms again.
        self.provider.refreshAlgorithms()

    def initGui(self):  # noqa: N802 - QGIS's name
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
