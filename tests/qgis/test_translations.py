"""The plugin speaks the user's language: Simplified Chinese and German."""
import html
import os

import pytest
from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from model.modelling.device import installed_backends
from lsghnet.algorithms.help_html import help_html
from tests.helpers import REPO
from tests.qgis.conftest import run_algorithm, train
from tests.qgis.ecuador import FACTOR_FILES, LANDSLIDES


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
    assert registry.algorithmById("lsghnet:gaussianheatmap").group() == "3. 采样"
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


def test_chinese_engine_message(locale, tmp_path):
    """A message raised by the engine (model/, which never imports Qt) is shown translated."""
    locale("zh_CN")
    with pytest.raises(QgsProcessingException, match=r"边界值必须严格介于 0 和 1 之间（当前为 1\.5）；论文使用 0\.1。"):
        run_algorithm("gaussianheatmap", {"LANDSLIDES": LANDSLIDES, "REFERENCE": FACTOR_FILES[0], "BOUNDARY_VALUE": 1.5,
                                          "OUTPUT": str(tmp_path / "heat.tif")})


def test_german_message_from_the_worker(locale, ecuador, tmp_path):
    """The worker sends its message's template and values; QGIS translates them."""
    locale("de")
    backend = installed_backends()[0]  # the worker's (the tests' .venv is the worker's Python)
    with pytest.raises(QgsProcessingException, match=rf"^DEVICE ist „gpu“, aber Keras \({backend}\) sieht keine GPU"):
        train(ecuador, tmp_path, DEVICE=2)
    assert not (tmp_path / "model.lsghnet").exists()


@pytest.mark.parametrize("qgis_locale, expected", [("zh-Hans", "滑坡易发性（LSGH-Net）"), ("zh_CN", "滑坡易发性（LSGH-Net）"),
                                                   ("de", "Rutschungssuszeptibilität (LSGH-Net)"),
                                                   ("de_AT", "Rutschungssuszeptibilität (LSGH-Net)")])
def test_the_locale_qgis_is_set_to_loads_its_translation(locale, qgis_locale, expected):
    """QGIS calls Simplified Chinese `zh-Hans`; the plugin's file says zh_CN."""
    locale(qgis_locale)
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("lsghnet").name() == expected
    assert registry.algorithmById("lsghnet:susceptibilitychain").group() == {"滑": "6. 工作流程", "R": "6. Arbeitsabläufe"}[
        expected[0]]


@pytest.mark.parametrize("qgis_locale", ["zh-Hant", "zh_TW", "fr", "en_US", ""])
def test_other_locales_stay_english(provider, qgis_locale):
    """Traditional Chinese is not given the simplified script; untranslated languages get English."""
    from lsghnet.plugin import install_translator

    assert install_translator(qgis_locale) is None


def test_menu_and_grading_table_are_translated(locale):
    from lsghnet.algorithms.grading_widget import method_names
    from lsghnet.plugin import LsghnetPlugin

    locale("zh-Hans")
    assert LsghnetPlugin.tr("Load the sample data (Ecuador)") == "加载示例数据（厄瓜多尔）"
    assert method_names()["categorical"] == "分类型（每个编码一类）"


HELP = os.path.join(REPO, "resources", "help")
HELP_LOCALES = {"de": ("Was es tut", "Was Sie wählen", "Einzelheiten"), "zh-Hans": ("作用", "如何选择", "详细说明")}


@pytest.mark.parametrize("qgis_locale", HELP_LOCALES)
def test_help_is_in_the_users_language(provider, qgis_locale, monkeypatch):
    """Every algorithm's help page is translated whole: what it does, what to choose,
    and the details, with as many list items as the English page."""
    from qgis.core import QgsSettings

    monkeypatch.setattr(QgsSettings, "value", lambda self, key, default=None, *rest:
                        qgis_locale if key == "locale/userLocale" else default)
    for algorithm in provider.algorithms():
        if algorithm.name() in ("susceptibilitychain", "comparemodels"):
            continue
        page = algorithm.shortHelpString()
        for words in HELP_LOCALES[qgis_locale]:
            assert words in page, (algorithm.name(), words)
        english = open(os.path.join(HELP, f"{algorithm.name()}.md"), encoding="utf-8").read()
        assert page.count("<li>") == help_html(english).count("<li>"), algorithm.name()
        assert page.count("<p>") == help_html(english).count("<p>"), algorithm.name()


def test_english_help_opens_in_plain_words(provider):
    for algorithm in provider.algorithms():
        if algorithm.name() not in ("susceptibilitychain", "comparemodels"):
            page = algorithm.shortHelpString()
            assert page.index("What it does") < page.index("What to choose") < page.index("Details"), algorithm.name()
