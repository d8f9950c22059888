"""The shared names and defaults are written out once, in model/core/vocabulary.py
(issue 14): no literal default seed, nodata value, sample-kind, interval or device
list anywhere else in the plugin's code, and the shipped chains' seed default is
the vocabulary's."""
import glob
import os
import re
import xml.etree.ElementTree as ElementTree

import pytest

from model.core import vocabulary

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CODE = sorted(set(glob.glob(os.path.join(REPO, "model", "**", "*.py"), recursive=True)
                  + glob.glob(os.path.join(REPO, "algorithms", "*.py")) + [os.path.join(REPO, "plugin.py")])
              - {os.path.join(REPO, "model", "core", "vocabulary.py")})
#: What each shared definition looks like when it is written out again.
LITERALS = {
    "seed": re.compile(r"(seed|SEED)[^\n]{0,40}\b42\b|\b42\b[^\n]{0,10}#.*seed"),
    "nodata": re.compile(r"(?<!\()-9999(\.0)?\b"),
    "sample kinds": re.compile(r"[\(\[]\s*\"negative\",\s*\"positive\""),
    "heatmap intervals": re.compile(r"\"0-0\.2\"|\(0\.2,\s*0\.4\)|\(0\.2,\s*0\.4,\s*0\.6,\s*0\.8\)"),
    "devices": re.compile(r"\(\s*\"auto\",\s*\"cpu\",\s*\"gpu\"\s*\)"),
}


def code_lines():
    for path in CODE:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                yield os.path.relpath(path, REPO), number, line


@pytest.mark.parametrize("concept", sorted(LITERALS))
def test_defined_only_in_the_vocabulary(concept):
    pattern = LITERALS[concept]
    found = [f"{path}:{number}: {line.strip()}" for path, number, line in code_lines() if pattern.search(line)]
    assert not found, f"{concept} written out outside model/core/vocabulary.py:\n" + "\n".join(found)


def test_the_guard_catches_a_literal(tmp_path):
    """The patterns match the forms the code used before the vocabulary existed."""
    for concept, line in (("seed", "    seed: int = 42,"), ("seed", 'train.add_argument("--seed", type=int, default=42)'),
                          ("nodata", "NODATA = -9999.0"), ("sample kinds", 'KINDS = ("negative", "positive", "heatmap")'),
                          ("heatmap intervals", 'SOFT_INTERVALS = ((0.2, 0.4), (0.4, 0.6), (0.6, 0.8))'),
                          ("devices", 'DEVICES = ("auto", "cpu", "gpu")')):
        assert LITERALS[concept].search(line), (concept, line)


@pytest.mark.parametrize("chain", sorted(glob.glob(os.path.join(REPO, "resources", "models", "*.model3"))))
def test_the_chains_seed_default_is_the_vocabularys(chain):
    root = ElementTree.parse(chain).getroot()
    defaults = [option.find("Option[@name='default']").get("value")
                for option in root.iter("Option") if option.get("name") == "SEED" and option.get("type") == "Map"
                and option.find("Option[@name='default']") is not None]
    assert defaults == [str(vocabulary.SEED)]


def test_soft_intervals_are_the_middle_three():
    assert vocabulary.SOFT_INTERVALS == ((0.2, 0.4), (0.4, 0.6), (0.6, 0.8))
    assert len(vocabulary.INTERVAL_LABELS) == len(vocabulary.INTERVAL_EDGES) + 1
