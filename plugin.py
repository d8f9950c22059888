"""The plugin object. `initProcessing` registers the Processing provider, which is all
`qgis_process` loads (there `iface` is None). In the desktop, `initGui` adds what a
first-time user needs to find the way: a *Plugins* menu (set-up, sample data, the
whole chain, the tutorial) and, while the deep-learning steps have no environment, a
message bar that offers the set-up. Nothing is installed until the user runs it."""
import os

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator, QUrl
from qgis.PyQt.QtGui import QIcon, QTextDocument
from qgis.PyQt.QtWidgets import QDialog, QPushButton, QTextBrowser, QVBoxLayout

if Qgis.QGIS_VERSION_INT >= 40000:  # Qt6, where QAction moved to QtGui
    from qgis.PyQt.QtGui import QAction
else:
    from qgis.PyQt.QtWidgets import QAction

from .algorithms.provider import ICON, LsghnetProvider
from .algorithms.translation import localised_file, translate
from .algorithms.worker_runner import python_problem

PLUGIN_DIR = os.path.dirname(__file__)
I18N = os.path.join(PLUGIN_DIR, "i18n")
SAMPLE_DATA = os.path.join(PLUGIN_DIR, "resources", "sample_data", "ecuador")
TUTORIAL = os.path.join(PLUGIN_DIR, "docs", "tutorial")
SETUP = "lsghnet:setupenvironment"
CHAIN = "lsghnet:susceptibilitychain"
#: The sample layers a new user starts from, in the order of the layer tree.
SAMPLE_LAYERS = (("landslides.gpkg", "landslides"), ("lsl_presence_absence.gpkg", "lsl"),
                 ("study_mask.gpkg", "study_mask"), "slope.tif", "cplan.tif", "cprof.tif", "elev.tif",
                 "log10_carea.tif")


def install_translator(locale=None):
    """Load the plugin's translation for `locale` (default: QGIS's user locale, where
    `zh-Hans` takes the `zh_CN` file) into the application; return the translator, or
    None without a translation."""
    path = localised_file(I18N, "lsghnet", "qm", locale)
    translator = QTranslator()
    if os.path.exists(path) and translator.load(path):
        QCoreApplication.installTranslator(translator)
        return translator
    return None


def load_sample_data(project):
    """Ecuador's sample layers in one layer group of `project` (made once: a second call
    returns the group already there)."""
    name = translate("LsghnetPlugin", "LSGH-Net sample data (Ecuador)")
    root = project.layerTreeRoot()
    group = root.findGroup(name)
    if group is not None:
        return group
    group = root.insertGroup(0, name)
    for entry in SAMPLE_LAYERS:
        if isinstance(entry, tuple):
            file_name, layer_name = entry
            layer = QgsVectorLayer(f"{os.path.join(SAMPLE_DATA, file_name)}|layername={layer_name}", layer_name, "ogr")
        else:
            layer = QgsRasterLayer(os.path.join(SAMPLE_DATA, entry), os.path.splitext(entry)[0])
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group


class LsghnetPlugin:
    @staticmethod
    def tr(text):
        return translate("LsghnetPlugin", text)

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = install_translator()
        self.actions = []
        self.windows = []  # open dialogs, kept alive while shown
        self.setup_offer = None

    def initProcessing(self):  # noqa: N802 - QGIS's name
        self.provider = LsghnetProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)
        # The shipped models' steps are this provider's algorithms: they resolve
        # only once the provider is registered, so load the algorithms again.
        self.provider.refreshAlgorithms()

    def initGui(self):  # noqa: N802 - QGIS's name
        self.initProcessing()
        for text, slot in ((self.tr("Set up the deep-learning environment…"), lambda: self.open_algorithm(SETUP)),
                           (self.tr("Load the sample data (Ecuador)"), self.add_sample_data),
                           (self.chain_title() + "…", lambda: self.open_algorithm(CHAIN)),
                           (self.tr("Tutorial"), self.show_tutorial)):
            action = QAction(QIcon(ICON), text, self.iface.mainWindow())
            action.triggered.connect(slot)
            self.iface.addPluginToMenu(self.menu_name(), action)
            self.actions.append(action)
        self.offer_setup()

    @classmethod
    def chain_title(cls):
        chain = QgsApplication.processingRegistry().algorithmById(CHAIN)  # None if its .model3 did not load
        return chain.displayName() if chain else cls.tr("Whole chain: factors to susceptibility zoning")

    def menu_name(self):
        return self.tr("&Landslide susceptibility (LSGH-Net)")

    def offer_setup(self):
        """While no worker environment works, say so in the message bar, with a button
        that opens the set-up's dialog."""
        if python_problem() is None:
            return
        bar = self.iface.messageBar()
        item = bar.createMessage(self.tr("LSGH-Net"), self.tr(
            "Training and mapping need a one-time set-up (about 1.6 GB). Nothing is installed until you run it."))
        button = QPushButton(self.tr("Set up…"), item)
        button.clicked.connect(lambda: (bar.popWidget(item), self.open_algorithm(SETUP)))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Warning)
        self.setup_offer = item

    def open_algorithm(self, algorithm_id):
        """The algorithm's dialog, as the toolbox opens it: what it cannot run without
        is said in the message bar instead."""
        import processing

        ok, problem = QgsApplication.processingRegistry().algorithmById(algorithm_id).canExecute()
        if not ok:
            self.iface.messageBar().pushMessage(self.tr("LSGH-Net"), problem, Qgis.MessageLevel.Critical, 0)
            return None

        dialog = processing.createAlgorithmDialog(algorithm_id, {})
        self.show_window(dialog)
        return dialog

    def add_sample_data(self):
        group = load_sample_data(QgsProject.instance())
        self.iface.messageBar().pushMessage(self.tr("LSGH-Net"), self.tr(
            "The sample data is in the layer group '{0}'. Open the whole chain from the plugin's menu to map it.").format(
                group.name()), Qgis.MessageLevel.Info, 10)

    def show_tutorial(self):
        """The tutorial (docs/tutorial, shipped in the plugin, in the user's language
        where translated) in a window of its own: it works offline."""
        dialog = QDialog(self.iface.mainWindow())
        dialog.setWindowTitle(self.tr("LSGH-Net tutorial"))
        browser = QTextBrowser(dialog)
        browser.setOpenExternalLinks(True)
        browser.setSource(QUrl.fromLocalFile(localised_file(TUTORIAL, "README", "md")),
                          QTextDocument.ResourceType.MarkdownResource)
        QVBoxLayout(dialog).addWidget(browser)
        dialog.resize(900, 700)
        self.show_window(dialog)
        return dialog

    def show_window(self, window):
        self.windows = [kept for kept in self.windows if kept.isVisible()] + [window]
        window.show()

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name(), action)
        self.actions = []
        if self.setup_offer is not None:
            try:
                self.iface.messageBar().popWidget(self.setup_offer)
            except RuntimeError:  # the user closed it: Qt deleted the item
                pass
            self.setup_offer = None
        for window in self.windows:
            window.close()
        self.windows = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
