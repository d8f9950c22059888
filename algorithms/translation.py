"""The plugin in the user's language: which of its translations a QGIS locale takes,
and the engine's messages translated.

The engine (model/) never imports Qt: its errors carry an English template and the
values to fill in (model/core/errors.py). Their translations live in the `.ts` files under
ENGINE_CONTEXT, collected from the engine's source by i18n/engine_messages.py.
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ..model.core.errors import Message

ENGINE_CONTEXT = "LsghnetEngine"


def translate(context: str, text: str) -> str:
    """`text` in the user's language, for code outside a class's `tr`: `context` is
    spelled out at each call so that pylupdate files the message under it."""
    return QCoreApplication.translate(context, text)


def engine_text(message: Message) -> str:
    return message.render(lambda template: QCoreApplication.translate(ENGINE_CONTEXT, template))


def user_locale() -> str:
    """The locale QGIS shows its own interface in (Settings > Options > General)."""
    from qgis.core import QgsSettings

    return QgsSettings().value("locale/userLocale", QLocale.system().name()) or ""


def locale_names(locale: str) -> list:
    """The names a translation for `locale` may be shipped under, best first.

    QGIS spells Simplified Chinese `zh-Hans` (and Traditional `zh-Hant`), where Qt's
    and our files say `zh_CN` (`zh_TW`): QLocale maps one to the other. A language
    alone (`de`) is tried last, except for Chinese, whose scripts differ."""
    names = [locale.replace("-", "_"), QLocale(locale).name()]
    if not locale.lower().startswith("zh"):
        names.append(locale[:2])
    return [name for i, name in enumerate(names) if name and name not in names[:i]]


def localised_file(folder: str, name: str, extension: str, locale: str = None) -> str:
    """`folder/<name>_<locale>.<extension>` for the first of `locale_names` that exists,
    else `folder/<name>.<extension>` (English)."""
    for candidate in locale_names(user_locale() if locale is None else locale):
        path = os.path.join(folder, f"{name}_{candidate}.{extension}")
        if os.path.exists(path):
            return path
    return os.path.join(folder, f"{name}.{extension}")
