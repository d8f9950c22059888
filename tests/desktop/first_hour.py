"""The first hour of a new user, run inside a real QGIS desktop (`qgis --code`) on a
fresh profile where the plugin's zip was installed (test_first_hour.py starts it); with LSGHNET_WALK_LOCALE, only
what a user of that language sees.

It does what the user does and records what they see: the message bar that offers
the set-up, the set-up's dialog opened from it, the sample data loaded from the
*Plugins* menu, the whole chain run from its dialog (the grading table filled for
the chosen factors) and its outputs in the project. Screenshots go to
LSGHNET_WALK_SCREENSHOTS, the record (JSON) to LSGHNET_WALK_RECORD; QGIS exits when done.
LSGHNET_WALK_PYTHON stands for the environment *Setup* would make (its run needs
the internet, which a test does not have).
"""
import json
import os
import time
import traceback

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QTableWidget, QTextEdit
from qgis.utils import iface

RECORD = os.environ["LSGHNET_WALK_RECORD"]
SCREENSHOTS = os.environ["LSGHNET_WALK_SCREENSHOTS"]
#: Set (zh-Hans, de ...) to see the plugin in the language the profile's QGIS is set to.
LOCALE = os.environ.get("LSGHNET_WALK_LOCALE")
record = {}


def screenshot(widget, name):
    QApplication.processEvents()
    path = os.path.join(SCREENSHOTS, name)
    widget.grab().save(path)
    record.setdefault("screenshots", []).append(path)


def wait_until(condition, seconds):
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    return condition()


def algorithm_dialogs(algorithm_id):
    return [widget for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and hasattr(widget, "algorithm") and widget.algorithm().id() == algorithm_id]


def plugin_actions():
    from qgis.utils import plugins

    return {action.text(): action for action in plugins["lsghnet"].actions}


def register_the_worker():
    """What Setup leaves behind: the worker's Python, registered."""
    from processing.core.ProcessingConfig import ProcessingConfig

    ProcessingConfig.setSettingValue("LSGHNET_PYTHON", os.environ["LSGHNET_WALK_PYTHON"])


def in_the_users_language():
    """What a user whose QGIS speaks another language sees: the message bar, the menu,
    the whole chain's and the training's dialogs with their help (screenshots)."""
    from qgis.PyQt.QtWidgets import QTextBrowser

    record["setup_offered"] = [item.text() for item in iface.messageBar().items()]
    register_the_worker()  # the chain opens only where it can run
    actions = plugin_actions()
    record["menu"] = list(actions)
    list(actions.values())[2].trigger()  # the whole chain
    dialog = [widget for widget in QApplication.topLevelWidgets()
              if widget.isVisible() and hasattr(widget, "algorithm")][0]
    dialog.resize(1100, 750)
    record["chain_title"] = dialog.windowTitle()
    screenshot(dialog, f"whole_chain_dialog_{LOCALE}.png")
    dialog.close()
    import processing

    dialog = processing.createAlgorithmDialog("lsghnet:trainmodel", {})
    dialog.show()
    dialog.resize(1100, 750)
    record["training_title"] = dialog.windowTitle()
    record["training_help"] = "\n".join(browser.toPlainText() for browser in dialog.findChildren(QTextBrowser))
    screenshot(dialog, f"training_dialog_{LOCALE}.png")
    dialog.close()


def walk():
    os.makedirs(SCREENSHOTS, exist_ok=True)
    iface.mainWindow().resize(1280, 800)
    if LOCALE:
        return in_the_users_language()
    # 1. The message bar offers the set-up.
    items = [item for item in iface.messageBar().items() if "one-time set-up" in item.text()]
    record["setup_offered"] = [item.text() for item in items]
    screenshot(iface.mainWindow(), "first_run.png")
    items[0].findChild(QPushButton).click()
    record["setup_dialog"] = bool(wait_until(lambda: algorithm_dialogs("lsghnet:setupenvironment"), 10))
    dialog = algorithm_dialogs("lsghnet:setupenvironment")[0]
    screenshot(dialog, "setup_from_message_bar.png")
    dialog.close()
    record["message_bar_left"] = [item.text() for item in iface.messageBar().items()]
    register_the_worker()
    # 2. The sample data, from the Plugins menu.
    actions = plugin_actions()
    record["menu"] = list(actions)
    actions[next(text for text in actions if "sample data" in text)].trigger()
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    record["layers"] = {name: layer.isValid() for name, layer in layers.items()}
    record["groups"] = [group.name() for group in QgsProject.instance().layerTreeRoot().findGroups()]
    # 3. The whole chain, from its dialog.
    actions[next(text for text in actions if text.startswith("Whole chain"))].trigger()
    dialog = algorithm_dialogs("lsghnet:susceptibilitychain")[0]
    factors = [layers[name].id() for name in ("slope", "cplan", "cprof", "elev", "log10_carea")]
    dialog.setParameters({"FACTORS": factors, "LANDSLIDES": layers["landslides"].id(),
                          "MASK": layers["study_mask"].id(), "EPOCHS": 3})
    table = dialog.findChild(QTableWidget)
    record["grading_rows"] = [table.item(row, 0).text() for row in range(table.rowCount())] if table else None
    dialog.resize(1100, 750)
    screenshot(dialog, "whole_chain_dialog.png")
    before = set(QgsProject.instance().mapLayers())
    dialog.runAlgorithm()
    log = dialog.findChild(QTextEdit, "txtLog")
    wait_until(lambda: "Execution completed" in log.toPlainText() or "Execution failed" in log.toPlainText(), 900)
    record["chain_log"] = log.toPlainText()
    record["outputs_in_project"] = sorted(layer.name() for layer_id, layer in QgsProject.instance().mapLayers().items()
                                          if layer_id not in before)
    dialog.showLog()
    screenshot(dialog, "whole_chain_log.png")
    dialog.close()
    for node in QgsProject.instance().layerTreeRoot().findLayers():  # the zones and the landslides on them
        node.setItemVisibilityChecked(node.name() in ("zones", "landslides"))
    zones = QgsProject.instance().mapLayersByName("zones")[0]
    record["zone_classes"] = [entry.label for entry in zones.renderer().classes()]
    rendered = []
    iface.mapCanvas().mapCanvasRefreshed.connect(lambda: rendered.append(True))
    iface.mapCanvas().setExtent(zones.extent())
    iface.mapCanvas().refresh()
    wait_until(lambda: rendered, 30)
    screenshot(iface.mainWindow(), "zoned_map.png")


def run():
    try:
        walk()
    except Exception:  # noqa: BLE001 - the record says what went wrong, the test fails on it
        record["error"] = traceback.format_exc()
    with open(RECORD, "w", encoding="utf-8") as handle:
        json.dump(record, handle, indent=1)
    os._exit(0)  # not QGIS's exit, which would ask whether to save the project


QTimer.singleShot(1000, run)
