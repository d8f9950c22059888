"""The engine's messages: literal templates, complete translations whose fields
match, and rendering that survives the worker's JSON protocol."""
import ast
import glob
import os
import string
import sys
import xml.etree.ElementTree as ET

import pytest

from model.core.errors import InputError, Message
from tests.helpers import REPO

sys.path.insert(0, os.path.join(REPO, "i18n"))
import engine_messages  # noqa: E402

TRANSLATIONS = sorted(glob.glob(os.path.join(REPO, "i18n", "*.ts")))


def fields(template):
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name is not None)


def translations(path, context=engine_messages.CONTEXT):
    root = ET.parse(path).getroot()
    for block in root.iter("context"):
        if block.find("name").text == context:
            return {m.find("source").text: m.find("translation") for m in block.iter("message")}
    return {}


def test_every_engine_message_has_a_literal_template():
    """An f-string or a concatenation could not be looked up in the translations."""
    for path, line, argument in engine_messages.message_calls():
        assert not isinstance(argument, (ast.JoinedStr, ast.BinOp)), f"{path}:{line}: template is not a literal"
        if isinstance(argument, ast.Constant):
            assert isinstance(argument.value, str), f"{path}:{line}"


def test_templates_are_found():
    found = engine_messages.templates()
    assert "Unknown device '{device}': use auto, cpu or gpu." in found
    assert "factor stack" in found  # a noun used inside other messages
    assert len(found) > 90


@pytest.mark.parametrize("path", TRANSLATIONS, ids=os.path.basename)
def test_translations_are_complete_and_keep_the_fields(path):
    table = translations(path)
    for template in engine_messages.templates():
        assert template in table, f"{os.path.basename(path)} lacks {template!r} (run make update-translations)"
        translation = table[template]
        assert translation.get("type") != "unfinished" and translation.text, f"untranslated: {template!r}"
        assert fields(translation.text) == fields(template), f"fields differ in the translation of {template!r}"


def test_render_nested_values_and_lists():
    where = Message("Grading row {number} ('{factor}')", number=3, factor="slope")
    message = Message("{where}: breaks must be strictly increasing (got {breaks}).", where=where, breaks="3 2")
    assert str(message) == "Grading row 3 ('slope'): breaks must be strictly increasing (got 3 2)."
    parts = Message("differ: {parts}.", parts=[Message("a {x:.1f}", x=1.25), Message("b")])
    assert str(parts) == "differ: a 1.2; b."


def test_translate_applies_to_every_level():
    where = Message("row {number}", number=2)
    message = Message("{where}: bad", where=where)
    table = {"row {number}": "Zeile {number}", "{where}: bad": "{where}: schlecht"}
    assert message.render(lambda template: table.get(template, template)) == "Zeile 2: schlecht"


def test_a_translation_with_wrong_fields_falls_back_to_english():
    message = Message("Only {count} training samples.", count=7)
    assert message.render(lambda template: "Nur {anzahl} Stichproben.") == "Only 7 training samples."


def test_json_round_trip_keeps_numbers_for_format_specs():
    import json

    import numpy as np

    message = Message("{where}: value {value:g}, {parts}", where=Message("row {n}", n=np.int64(4)),
                      value=np.float32(0.5), parts=[Message("p {x:.2f}", x=np.float64(1.0)), "plain"])
    restored = Message.from_json(json.loads(json.dumps(message.to_json())))
    assert str(restored) == str(message) == "row 4: value 0.5, p 1.00; plain"


def test_input_error_is_english_text_and_keeps_its_message():
    error = InputError("Zoning needs at least 2 zones (got {zones}).", zones=1)
    assert str(error) == "Zoning needs at least 2 zones (got 1)."
    assert error.message.template == "Zoning needs at least 2 zones (got {zones})."
    assert InputError(error.message).message is error.message
