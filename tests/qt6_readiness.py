"""QGIS 4 (Qt6) readiness of the plugin's Qt and QGIS code, checked on a Qt5 QGIS.

The source is read with `ast`, and every Qt and QGIS name it uses is looked up
where it must exist:
- each name imported from `qgis.PyQt.<module>`, and each attribute chain on it
  (`Qt.AlignmentFlag.AlignLeft`, `QVariant.Int`, `QtWidgets.QAction`), in PyQt6's
  module of that name, imported in a PyQt6 interpreter: Qt5-only names (`QRegExp`,
  `QDesktopWidget`, `QAction` from QtWidgets), unscoped enums (`Qt.AlignLeft`) and
  `QVariant` types do not exist there;
- each attribute chain on a name imported from `qgis.core`/`qgis.gui`/
  `qgis.analysis`, in the running QGIS: an enum value reached without its enum
  (`QgsProcessing.TypeVectorPoint`) is unscoped where a scoped name exists;
and, by their spelling: Qt imported other than through `qgis.PyQt`, and `exec_()` /
`print_()`. Branches guarded by `Qgis.QGIS_VERSION_INT` that never run on QGIS 4
are Qt5-only by construction and are skipped.
"""
from __future__ import annotations

import ast
import json
import subprocess
from dataclasses import dataclass

QT_PACKAGE = "qgis.PyQt"
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
QT_ONLY_THROUGH_QGIS = ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6")
RENAMED_METHODS = {"exec_": "exec", "print_": "print"}
#: QGIS_VERSION_INT of QGIS 4.0, the first Qt6-only release.
QGIS_4 = 40000


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


@dataclass(frozen=True)
class Use:
    """A dotted name the code uses: `module` is the Qt module (e.g. QtCore) or the
    QGIS module it was imported from; `chain` the name and attributes after it."""
    path: str
    line: int
    module: str
    chain: tuple

    @property
    def dotted(self) -> str:
        return ".".join(self.chain)


class _Reader(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.qt_names: dict = {}  # local name -> (Qt module, imported name or None for the module itself)
        self.qgis_names: dict = {}  # local name -> QGIS module
        self.qt_uses: list = []
        self.qgis_uses: list = []
        self.findings: list = []

    def _flag(self, node, text: str) -> None:
        self.findings.append(Finding(self.path, node.lineno, text))

    def visit_Import(self, node):  # noqa: N802 - ast.NodeVisitor's naming
        for alias in node.names:
            if alias.name.split(".")[0] in QT_ONLY_THROUGH_QGIS:
                self._flag(node, f"import {alias.name}: import Qt through qgis.PyQt")

    def visit_ImportFrom(self, node):  # noqa: N802
        module = node.module or ""
        if module.split(".")[0] in QT_ONLY_THROUGH_QGIS:
            self._flag(node, f"from {module} import ...: import Qt through qgis.PyQt")
        elif module == QT_PACKAGE:
            for alias in node.names:
                self.qt_names[alias.asname or alias.name] = (alias.name, None)
                self.qt_uses.append(Use(self.path, node.lineno, alias.name, ()))
        elif module.startswith(QT_PACKAGE + "."):
            qt_module = module[len(QT_PACKAGE) + 1:]
            for alias in node.names:
                self.qt_names[alias.asname or alias.name] = (qt_module, alias.name)
                self.qt_uses.append(Use(self.path, node.lineno, qt_module, (alias.name,)))
        elif module in QGIS_MODULES:
            for alias in node.names:
                self.qgis_names[alias.asname or alias.name] = module

    def visit_If(self, node):  # noqa: N802
        on_qgis_4 = _test_on_qgis_4(node.test)
        self.visit(node.test)
        if on_qgis_4 is not False:
            for statement in node.body:
                self.visit(statement)
        if on_qgis_4 is not True:
            for statement in node.orelse:
                self.visit(statement)

    def visit_Attribute(self, node):  # noqa: N802
        if node.attr in RENAMED_METHODS:
            self._flag(node, f"{node.attr}(): use {RENAMED_METHODS[node.attr]}() (Qt6 has no {node.attr})")
        chain, root = [node.attr], node.value
        while isinstance(root, ast.Attribute):
            chain.insert(0, root.attr)
            root = root.value
        if isinstance(root, ast.Name) and root.id in self.qt_names:
            qt_module, name = self.qt_names[root.id]
            self.qt_uses.append(Use(self.path, node.lineno, qt_module, tuple(([name] if name else []) + chain)))
        elif isinstance(root, ast.Name) and root.id in self.qgis_names:
            self.qgis_uses.append(Use(self.path, node.lineno, self.qgis_names[root.id], tuple([root.id] + chain)))
        else:
            self.generic_visit(node)


def _test_on_qgis_4(test):
    """True or False if `test` is `Qgis.QGIS_VERSION_INT <op> N` whose value is the
    same on every QGIS from 4.0 on; None otherwise."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Attribute)
            and test.left.attr == "QGIS_VERSION_INT" and isinstance(test.comparators[0], ast.Constant)):
        return None
    bound = test.comparators[0].value
    if not isinstance(bound, int) or bound > QGIS_4:
        return None
    compare = {ast.Lt: lambda a, b: a < b, ast.LtE: lambda a, b: a <= b, ast.Gt: lambda a, b: a > b,
               ast.GtE: lambda a, b: a >= b}.get(type(test.ops[0]))
    return None if compare is None else compare(QGIS_4 + 1, bound)


def read(paths) -> list:
    """One reader per Python file, holding its uses and spelling findings."""
    readers = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            reader = _Reader(str(path))
            reader.visit(ast.parse(handle.read(), str(path)))
            readers.append(reader)
    return readers


#: Run in the PyQt6 interpreter: which of the given (module, chain) pairs do not resolve.
_PYQT6_LOOKUP = """
import importlib, json, sys
missing = []
for index, (module, chain) in enumerate(json.load(sys.stdin)):
    try:
        value = importlib.import_module("PyQt6." + module)
        for name in chain:
            value = getattr(value, name)
    except (ImportError, AttributeError) as error:
        missing.append([index, str(error)])
print(json.dumps(missing))
"""


def missing_in_pyqt6(uses, pyqt6_python: str) -> list:
    """Findings for the Qt uses that PyQt6 does not have."""
    uses = list(uses)
    result = subprocess.run([pyqt6_python, "-c", _PYQT6_LOOKUP], input=json.dumps([[u.module, u.chain] for u in uses]),
                            capture_output=True, text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen"})
    if result.returncode != 0:
        raise RuntimeError(f"the PyQt6 interpreter {pyqt6_python} failed: {result.stderr}")
    return [Finding(uses[index].path, uses[index].line,
                    f"{uses[index].module}.{uses[index].dotted} does not exist in PyQt6 ({error})")
            for index, error in json.loads(result.stdout)]


def unscoped_qgis_enums(uses) -> list:
    """Findings for QGIS enum values reached without their enum, looked up in the
    running QGIS (which must be importable)."""
    import importlib

    found = []
    for use in uses:
        parent = importlib.import_module(use.module)
        for name in use.chain:
            value = getattr(parent, name, None)
            if value is None:
                break
            scope = _enum_scope(parent, value)
            if scope:
                found.append(Finding(use.path, use.line, f"unscoped enum {use.dotted}: use "
                                                         f"{parent.__name__}.{scope}.{name}"))
                break
            parent = value
    return found


def _enum_scope(parent, value):
    """The name under which `parent` (a class) holds the enum of `value`, when
    `value` is an enum value reached on `parent` without it; else None. Looked up by
    identity: from QGIS 3.36 on, `QgsProcessing.SourceType` is `Qgis.ProcessingSourceType`."""
    import enum
    import types

    enum_type = type(value)
    if (not isinstance(value, (int, enum.Enum)) or isinstance(value, bool) or parent is enum_type
            or isinstance(parent, types.ModuleType)):
        return None
    return next((name for name in dir(parent) if getattr(parent, name, None) is enum_type), None)


def findings(paths, pyqt6_python: str) -> list:
    """Every Qt6-readiness finding in the given files (needs QGIS importable, and a
    Python with PyQt6)."""
    readers = read(paths)
    spelled = [finding for reader in readers for finding in reader.findings]
    qt = missing_in_pyqt6([use for reader in readers for use in reader.qt_uses], pyqt6_python)
    qgis = unscoped_qgis_enums([use for reader in readers for use in reader.qgis_uses])
    return sorted(spelled + qt + qgis, key=lambda f: (f.path, f.line, f.text))
