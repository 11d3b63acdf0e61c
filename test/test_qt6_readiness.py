"""QGIS 4 / Qt6 readiness: our sources use none of the Qt5-only idioms that QGIS's Qt6 migration
guidance flags, except in ``compat.py``, the one module allowed to bridge versions.

The idioms (QGIS "Qt6 porting" notes and the PyQt6 differences from PyQt5):
- ``exec_()`` is gone in PyQt6 (``exec()``);
- PyQt6 removed unscoped enum members: ``Qt.AlignLeft`` must be ``Qt.AlignmentFlag.AlignLeft``,
  and QGIS 4 builds drop many unscoped QGIS members too (``QgsProcessing.TypeVectorLine``);
- ``QAction``, ``QActionGroup`` and ``QShortcut`` moved from QtWidgets to QtGui;
- ``QRegExp`` (and its validator), ``QDesktopWidget``, ``QTextCodec``, ``QStringRef`` were removed;
- direct ``PyQt5`` imports break on Qt6 (use ``qgis.PyQt``), and so do pyrcc resource modules;
- ``QVariant.Int``-style field types are deprecated in QGIS 3.38+ and absent in Qt6 (QMetaType).
"""
import io
import os
import re
import tokenize

import pytest
from conftest import ROOT

SOURCES = ("fragile_borders_plugin", "processing_algorithms", "scripts")
ALLOWED = {os.path.join("fragile_borders_plugin", "compat.py")}

#: idiom name -> regular expression, matched on code with comments and strings removed
IDIOMS = {
    "exec_()": re.compile(r"\.exec_\s*\("),
    "PyQt5 import": re.compile(r"\b(from|import)\s+PyQt5\b"),
    "pyrcc resources": re.compile(r"\bimport\s+\w*resources_rc\b|\bfrom\s+\.?\s*import\s+resources\b"),
    "QAction/QShortcut from QtWidgets": re.compile(
        r"QtWidgets\s+import\s+\(?[^)\n]*\b(QAction|QActionGroup|QShortcut)\b|QtWidgets\.(QAction|QShortcut)\b"),
    "removed Qt5 class": re.compile(r"\b(QRegExp|QRegExpValidator|QDesktopWidget|QTextCodec|QStringRef)\b"),
    "QVariant field type": re.compile(r"\bQVariant\.[A-Z]\w*"),
    # ClassName.UpperCaseMember not followed by '.', '(' or more identifier: an unscoped enum member
    # (Qt.AlignLeft); scoped access (Qt.AlignmentFlag.AlignLeft) has a dot after the enum's name.
    "unscoped enum member": re.compile(r"\b(?:Qt|Qgis|Q[A-Z][A-Za-z]*|Qgs[A-Za-z]+)\.[A-Z][A-Za-z0-9_]*\b(?![.(\w])"),
}


def python_files():
    for source in SOURCES:
        for folder, _dirs, files in os.walk(os.path.join(ROOT, source)):
            for name in sorted(files):
                if name.endswith(".py"):
                    yield os.path.relpath(os.path.join(folder, name), ROOT)


def code_only(text):
    """``text`` with comments and string literals blanked (line numbers kept)."""
    lines = text.splitlines(keepends=True)
    blanked = [list(line) for line in lines]
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type in (tokenize.COMMENT, tokenize.STRING):
            (start_row, start_col), (end_row, end_col) = token.start, token.end
            for row in range(start_row, end_row + 1):
                line = blanked[row - 1]
                first = start_col if row == start_row else 0
                last = end_col if row == end_row else len(line)
                for col in range(first, min(last, len(line))):
                    if line[col] != "\n":
                        line[col] = " "
    return "".join("".join(line) for line in blanked)


def findings(path):
    """Qt5-only idioms in ``path`` (relative to the repository, or absolute)."""
    with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
        code = code_only(handle.read())
    found = []
    for number, line in enumerate(code.splitlines(), 1):
        for idiom, pattern in IDIOMS.items():
            for match in pattern.finditer(line):
                found.append(f"{path}:{number}: {idiom}: {match.group(0).strip()}")
    return found


def test_sources_use_no_qt5_only_idiom_outside_compat():
    problems = [f for path in python_files() if path not in ALLOWED for f in findings(path)]
    assert not problems, "Qt5-only idioms (bridge them in compat.py):\n" + "\n".join(problems)


@pytest.mark.parametrize("snippet, idiom", [
    ("dialog.exec_()", "exec_()"),
    ("from PyQt5.QtCore import Qt", "PyQt5 import"),
    ("from qgis.PyQt.QtWidgets import QDockWidget, QAction", "QAction/QShortcut from QtWidgets"),
    ("validator = QRegExpValidator(QRegExp('[0-9]+'))", "removed Qt5 class"),
    ("field = QgsField('n', QVariant.Int)", "QVariant field type"),
    ("label.setAlignment(Qt.AlignLeft)", "unscoped enum member"),
    ("QgsProcessingParameterFeatureSource('B', 'b', [QgsProcessing.TypeVectorLine])", "unscoped enum member"),
])
def test_scanner_flags_each_idiom(tmp_path, snippet, idiom):
    path = tmp_path / "sample.py"
    path.write_text(snippet + "\n", encoding="utf-8")
    assert any(f": {idiom}: " in f for f in findings(str(path))), snippet


@pytest.mark.parametrize("snippet", [
    "label.setAlignment(Qt.AlignmentFlag.AlignLeft)",
    "dialog.exec()",
    "box = QgsFileWidget.StorageMode.GetDirectory",
    "layer = QgsProject.instance()",
    "# Qt.AlignLeft in a comment",
    "text = 'call exec_() in a string'",
    "from qgis.PyQt.QtGui import QAction",
])
def test_scanner_accepts_qt6_spellings(tmp_path, snippet):
    path = tmp_path / "sample.py"
    path.write_text(snippet + "\n", encoding="utf-8")
    assert findings(str(path)) == [], snippet
