"""The plugin object: it only registers the Processing provider, so it works the same
in the desktop and in `qgis_process` (where `iface` is None)."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .algorithms.provider import LsghnetProvider

I18N = os.path.join(os.path.dirname(__file__), "i18n")


def install_translator(locale=None):
    """Load the plugin's translation for `locale` (default: QGIS's user locale)
    into the application; return the translator, or None without a translation."""
    locale = locale or QgsSettings().value("locale/userLocale", QLocale.system().name()) or ""
    for name in (locale, locale[:2]):
        path = os.path.join(I18N, f"lsghnet_{name}.qm")
        if name and os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


class LsghnetPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()

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
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
