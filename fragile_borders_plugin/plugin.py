"""QGIS plugin entry: registers the Processing provider and, in the desktop, the dock panel."""
from qgis.core import QgsApplication

from .compat import MESSAGE_WARNING
from .dependencies import install_hint, missing_modules
from .processing_algorithms.provider import FragileBordersProvider


class FragileBordersPlugin:
    """Plugin object created by :func:`classFactory`."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 (QGIS calls it, also under qgis_process)
        if self.provider is None:
            self.provider = FragileBordersProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        missing = missing_modules()
        if missing:
            self.iface.messageBar().pushMessage("Fragile Borders", install_hint(missing),
                                                level=MESSAGE_WARNING, duration=0)

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
