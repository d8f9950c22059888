"""The plugin speaks the user's language: Simplified Chinese and German."""
import pytest
from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from tests.qgis.conftest import run_algorithm
from tests.qgis.ecuador import LANDSLIDES


@pytest.fixture
def locale(provider):
    from lsghnet.plugin import install_translator

    installed = []

    def use(name):
        translator = install_translator(name)
        assert translator is not None, f"no compiled translation for {name} (run 'make translations')"
        installed.append(translator)

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_chinese(locale, tmp_path):
    locale("zh_CN")
    registry = QgsApplication.processingRegistry()
    assert registry.algorithmById("lsghnet:gaussianheatmap").displayName() == "滑坡高斯热力图"
    assert registry.algorithmById("lsghnet:gaussianheatmap").group() == "采样"
    assert registry.providerById("lsghnet").name() == "滑坡易发性（LSGH-Net）"
    with pytest.raises(QgsProcessingException, match="请给出候选因子栅格或因子栈（二者之一）。"):
        run_algorithm("factorscreening", {"LANDSLIDES": LANDSLIDES, "OUTPUT_CORRELATION": "TEMPORARY_OUTPUT",
                                          "OUTPUT_IMPORTANCE": "TEMPORARY_OUTPUT",
                                          "OUTPUT_REPORT": str(tmp_path / "r.html")})


def test_german_parameter_descriptions(locale):
    locale("de")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("lsghnet:zoning")
    assert algorithm.displayName() == "Suszeptibilitätszonen und Rutschungsdichte"
    assert algorithm.parameterDefinition("N_ZONES").description() == "Anzahl der Zonen"
