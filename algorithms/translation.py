"""The engine's messages in the user's language.

The engine (model/) never imports Qt: its errors carry an English template and the
values to fill in (model/core/errors.py). Their translations live in the `.ts` files under
ENGINE_CONTEXT, collected from the engine's source by i18n/engine_messages.py.
"""
from qgis.PyQt.QtCore import QCoreApplication

from ..model.core.errors import Message

ENGINE_CONTEXT = "LsghnetEngine"


def engine_text(message: Message) -> str:
    return message.render(lambda template: QCoreApplication.translate(ENGINE_CONTEXT, template))
