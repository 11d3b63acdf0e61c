"""Translation helpers: one Qt context for the whole plugin, so one .ts file per language."""
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "FragileBorders"


def tr(text):
    """Translate ``text`` in the plugin's context (falls back to the English source)."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_noop(text):
    """Mark a class-level string for extraction; it is translated where it is shown."""
    return text


#: languages written right to left (the dock is mirrored for them)
RTL_LANGUAGES = ("ar", "fa", "he", "ur")


def plugin_locale():
    """Two-letter language of the QGIS user interface (``locale/userLocale``, else the system)."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale

    value = QgsSettings().value("locale/userLocale", "") or QLocale().name()
    return str(value)[:2].lower()


def is_rtl(language=None):
    """True when ``language`` (default: the QGIS locale) is written right to left."""
    return (language or plugin_locale()) in RTL_LANGUAGES


def install_translator(language=None):
    """Install ``resources/i18n/<language>.qm`` (default: the QGIS locale) into the application.

    Returns the installed ``QTranslator`` — keep it, and pass it to ``QCoreApplication.removeTranslator``
    on unload — or None when there is no translation for the language (English stays).
    """
    import os

    from qgis.PyQt.QtCore import QTranslator

    language = (language or plugin_locale())[:2].lower()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "i18n", f"{language}.qm")
    if not os.path.isfile(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
