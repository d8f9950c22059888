"""Exceptions the engine raises; the Processing algorithms turn them into
`QgsProcessingException`s with the same message."""


class InputError(ValueError):
    """Bad input. The message says what is wrong and what to do about it."""


class Cancelled(Exception):
    """The user cancelled the run; nothing has been written."""
