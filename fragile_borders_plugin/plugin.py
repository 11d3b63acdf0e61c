"""QGIS plugin entry: registers the Processing provider and, in the desktop, the dock panel."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

from .compat import MESSAGE_WARNING, QAction
from .dependencies import install_hint, missing_modules
from .i18n import install_translator, tr
from .processing_algorithms.provider import FragileBordersProvider

ICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "icons", "fragile_borders.svg")


class FragileBordersPlugin:
    """Plugin object created by :func:`classFactory`."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.actions = []
        # before the provider exists, so algorithm names and help are translated too
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS calls it, also under qgis_process)
        registry = QgsApplication.processingRegistry()
        # a second registration of the same id would be refused (and the object deleted by QGIS)
        if self.provider is None and registry.providerById("fragileborders") is None:
            provider = FragileBordersProvider()
            if registry.addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802
        self.initProcessing()
        from .gui.dock import FragileBordersDock

        self.dock = FragileBordersDock(iface=self.iface, parent=self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        main = QAction(QIcon(ICON), tr("Fragile Borders"), self.iface.mainWindow())
        main.setObjectName("FragileBordersDockAction")
        main.setToolTip(tr("Fragile Borders: changes, desert tracks, border priorities and patrols"))
        main.setCheckable(True)
        main.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(main.setChecked)
        training = QAction(QIcon(ICON), tr("Training borderland…"), self.iface.mainWindow())
        training.triggered.connect(lambda: self.show_tab(2))
        load = QAction(tr("Load results…"), self.iface.mainWindow())
        load.triggered.connect(self.load_results)
        self.actions = [main, training, load]

        self.iface.addToolBarIcon(main)
        menu = tr("&Fragile Borders")
        for action in self.actions:
            self.iface.addPluginToMenu(menu, action)
            self.iface.addPluginToRasterMenu(menu, action)

        missing = missing_modules()
        if missing:
            self.iface.messageBar().pushMessage(tr("Fragile Borders"), install_hint(missing),
                                                level=MESSAGE_WARNING, duration=0)

    def show_tab(self, index):
        """Show the dock on tab ``index`` (0 analysis, 1 results, 2 training)."""
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
            self.dock.tabs.setCurrentIndex(index)

    def load_results(self):
        self.show_tab(1)
        self.dock.choose_results()

    def unload(self):
        menu = tr("&Fragile Borders")
        for action in self.actions:
            self.iface.removePluginMenu(menu, action)
            self.iface.removePluginRasterMenu(menu, action)
        if self.actions:
            self.iface.removeToolBarIcon(self.actions[0])
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
