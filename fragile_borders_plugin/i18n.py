"""Translation helpers: one Qt context for the whole plugin, so one .ts file per language."""
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "FragileBorders"


def tr(text):
    """Translate ``text`` in the plugin's context (falls back to the English source)."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_noop(text):
    """Mark a class-level string for extraction; it is translated where it is shown."""
    return text
