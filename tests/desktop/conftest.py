"""Desktop tests: the plugin's dialogs in a real QGIS GUI session (pytest-qgis with
its GUI, on a virtual X screen: `make desktop-test` runs them under xvfb-run)."""
import pytest

from tests.qgis.conftest import provider  # noqa: F401 - the provider fixture, shared


@pytest.fixture
def desktop(provider, qgis_iface, monkeypatch):  # noqa: F811 - the imported fixture
    """pytest-qgis's stand-in iface, completed with what Processing's dialogs and
    toolbox ask of QGIS's own (a browser model, the icon size)."""
    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtCore import QSize

    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: model, raising=False)
    monkeypatch.setattr(qgis_iface, "iconSize", lambda dock=False: QSize(24, 24), raising=False)
    return qgis_iface
