"""Exceptions the engine raises, and the translatable messages they carry.

The engine never imports Qt, so it cannot translate. An error holds its English
template (always a string literal, so `i18n/engine_messages.py` can collect every
template for Qt Linguist) and the values to fill in; the Processing algorithms render
it in the user's language, and the worker sends template and values across its
protocol for the same purpose.
"""
from __future__ import annotations

import errno
import numbers
import os


class Message:
    """An English `str.format` template and its named values: numbers, text,
    nested messages, or lists of them (parts shown one after the other)."""

    def __init__(self, template: str, **values) -> None:
        self.template, self.values = template, values

    def render(self, translate=None) -> str:
        """The text, with every template passed through `translate` first (a
        translation whose fields do not match falls back to the English template)."""
        values = {key: _rendered(value, translate) for key, value in self.values.items()}
        template = translate(self.template) if translate else self.template
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict:
        return {"template": self.template, "values": {key: _plain(value) for key, value in self.values.items()}}

    @classmethod
    def from_json(cls, data: dict) -> "Message":
        return cls(data["template"], **{key: _parsed(value) for key, value in data.get("values", {}).items()})


def _rendered(value, translate):
    """A value as the template shows it; a list (of parts) joins with '; '."""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, list):
        return "; ".join(str(_rendered(part, translate)) for part in value)
    return value


def _plain(value):
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, list):
        return [_plain(part) for part in value]
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    return str(value)


def _parsed(value):
    if isinstance(value, dict):
        return Message.from_json(value)
    if isinstance(value, list):
        return [_parsed(part) for part in value]
    return value


class InputError(ValueError):
    """Bad input. The message says what is wrong and what to do about it."""

    def __init__(self, template, **values) -> None:
        self.message = template if isinstance(template, Message) else Message(template, **values)
        super().__init__(self.message.render())


class Cancelled(Exception):
    """The user cancelled the run; nothing has been written."""


#: The errno of a write to a full disk, or past the user's quota on it.
DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def disk_full(folder: str | None) -> InputError:
    """What a full disk tells the user, in QGIS and from the worker: the folder
    being written to, where it is known."""
    if folder:
        return InputError("The disk holding '{folder}' is full, so nothing was written. Free some space there, or "
                          "choose an output folder on another disk.", folder=folder)
    return InputError("A disk is full, so nothing was written. Free some space, or choose an output folder on "
                      "another disk.")


def disk_failure(error: BaseException) -> InputError | None:
    """`disk_full` for an OSError of a full disk (the folder of the file it names), else None."""
    if not isinstance(error, OSError) or error.errno not in DISK_FULL:
        return None
    return disk_full(os.path.dirname(os.path.abspath(error.filename)) if error.filename else None)


def out_of_memory() -> Message:
    """What a MemoryError tells the user, in QGIS and from the worker."""
    return Message("There was not enough memory to finish. Close other programs, or work on a smaller area, a coarser "
                   "grid or fewer samples.")
