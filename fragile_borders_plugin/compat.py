"""Version shims between QGIS 3.22 (Qt5) and QGIS 3.34+/4 (Qt6), kept in one place.

Newer QGIS moved Processing enums into scoped ``Qgis.*`` enums and Qt6 dropped the
unscoped forms; QGIS 3.22 only has the old spellings. Every other module takes the
enum it needs from here.
"""
from qgis.core import (
    Qgis,
    QgsContrastEnhancement,
    QgsMapLayerProxyModel,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRasterMinMaxOrigin,
    QgsRenderContext,
    QgsTextFormat,
)

try:  # Qt6 moved QAction to QtGui; Qt5 has it in QtWidgets
    from qgis.PyQt.QtGui import QAction
except ImportError:  # pragma: no cover - depends on the Qt version
    from qgis.PyQt.QtWidgets import QAction


def _scoped(owner, scoped_enum, member, legacy_owner, legacy_member):
    enum = getattr(owner, scoped_enum, None)
    if enum is not None and hasattr(enum, member):
        return getattr(enum, member)
    return getattr(legacy_owner, legacy_member)


SOURCE_POINT = _scoped(Qgis, "ProcessingSourceType", "VectorPoint", QgsProcessing, "TypeVectorPoint")
SOURCE_LINE = _scoped(Qgis, "ProcessingSourceType", "VectorLine", QgsProcessing, "TypeVectorLine")
SOURCE_POLYGON = _scoped(Qgis, "ProcessingSourceType", "VectorPolygon", QgsProcessing, "TypeVectorPolygon")

NUMBER_INTEGER = _scoped(Qgis, "ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber, "Integer")
NUMBER_DOUBLE = _scoped(Qgis, "ProcessingNumberParameterType", "Double", QgsProcessingParameterNumber, "Double")

FLAG_OPTIONAL = _scoped(Qgis, "ProcessingParameterFlag", "Optional", QgsProcessingParameterDefinition,
                        "FlagOptional")
FLAG_ADVANCED = _scoped(Qgis, "ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition,
                        "FlagAdvanced")

MESSAGE_WARNING = _scoped(Qgis, "MessageLevel", "Warning", Qgis, "Warning")
MESSAGE_CRITICAL = _scoped(Qgis, "MessageLevel", "Critical", Qgis, "Critical")
MESSAGE_SUCCESS = _scoped(Qgis, "MessageLevel", "Success", Qgis, "Success")
MESSAGE_INFO = _scoped(Qgis, "MessageLevel", "Info", Qgis, "Info")

#: layer filters of QgsMapLayerComboBox (Qgis.LayerFilter since 3.34)
LAYER_FILTER_RASTER = _scoped(Qgis, "LayerFilter", "RasterLayer", QgsMapLayerProxyModel, "RasterLayer")
LAYER_FILTER_LINE = _scoped(Qgis, "LayerFilter", "LineLayer", QgsMapLayerProxyModel, "LineLayer")
LAYER_FILTER_POINT = _scoped(Qgis, "LayerFilter", "PointLayer", QgsMapLayerProxyModel, "PointLayer")
LAYER_FILTER_POLYGON = _scoped(Qgis, "LayerFilter", "PolygonLayer", QgsMapLayerProxyModel, "PolygonLayer")
#: raster contrast stretch (enum scoped in newer QGIS)
STRETCH_MIN_MAX = _scoped(QgsContrastEnhancement, "ContrastEnhancementAlgorithm", "StretchToMinimumMaximum",
                          QgsContrastEnhancement, "StretchToMinimumMaximum")
LIMITS_CUMULATIVE_CUT = _scoped(Qgis, "RasterRangeLimit", "CumulativeCut", QgsRasterMinMaxOrigin, "CumulativeCut")


#: a file parameter that picks a folder (Qgis.ProcessingFileParameterBehavior since 3.36)
FILE_FOLDER = _scoped(Qgis, "ProcessingFileParameterBehavior", "Folder", QgsProcessingParameterFile, "Folder")
#: algorithms that must run in the main thread (print layouts)
ALGORITHM_NO_THREADING = _scoped(Qgis, "ProcessingAlgorithmFlag", "NoThreading", QgsProcessingAlgorithm,
                                 "FlagNoThreading")
#: PDF export keeps text as text (searchable, pdftotext reads it) instead of outlines
TEXT_RENDER_ALWAYS_TEXT = _scoped(Qgis, "TextRenderFormat", "AlwaysText", QgsRenderContext, "TextFormatAlwaysText")


def set_text_font(target, font, color=None):
    """Font (and colour) of a layout label or a legend style.

    ``setTextFormat`` replaced ``setFont``/``setFontColor`` on QgsLayoutItemLabel (QGIS 3.24) and
    ``setFont`` on QgsLegendStyle (3.30); QGIS 3.22 has only the old calls.
    """
    if hasattr(target, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(font.pointSizeF())
        if color is not None:
            text_format.setColor(color)
        target.setTextFormat(text_format)
        return
    target.setFont(font)
    if color is not None and hasattr(target, "setFontColor"):
        target.setFontColor(color)


def enum_int(value):
    """Integer value of a Qt enum member (PyQt6 enums are not ints; PyQt5 ones are)."""
    return getattr(value, "value", value)


#: owners of the PROJ contexts that pyproj made for worker threads, kept for the life of QGIS
_PROJ_CONTEXT_OWNERS = []


def keep_proj_context_alive():
    """Keep this thread's pyproj PROJ context valid for as long as QGIS runs.

    pyproj >= 3.7 (QGIS 3.40 on Debian 13) keeps one PROJ context per OS thread behind a C
    thread-local pointer, but frees it with the *Python* thread state that created it. QGIS's
    task manager reuses its worker threads and gives each background task a new Python thread
    state, so the task after the first one on a thread found the pointer dangling and QGIS died on
    signal 11 (the trainee's Training-tab scene, then Run). Holding the context's owner here keeps
    the pointer valid; there is one per worker thread, so nothing accumulates. Older pyproj gives
    every object its own context and needs nothing. Call before the first pyproj use in a thread.
    """
    try:
        from pyproj import _context, datadir
        owner_of_this_thread = _context.get_context_manager
    except (ImportError, AttributeError):
        return
    datadir.get_user_data_dir()  # makes this thread's context when it has none yet
    owner = owner_of_this_thread()
    if owner is not None:  # None: the context was made, and kept, by an earlier task on this thread
        _PROJ_CONTEXT_OWNERS.append(owner)
