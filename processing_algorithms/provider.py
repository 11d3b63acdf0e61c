"""The Fragile Borders Processing provider (id ``fragileborders``)."""
import importlib
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr

#: module name in this package -> algorithm class name; one module per algorithm
ALGORITHM_MODULES = {
    "training_scene": "TrainingSceneAlgorithm",
    "detect_changes": "DetectChangesAlgorithm",
    "extract_tracks": "ExtractTracksAlgorithm",
    "pipeline": "PipelineAlgorithm",
    "score_segments": "ScoreSegmentsAlgorithm",
    "plan_patrols": "PlanPatrolsAlgorithm",
    "import_incidents": "ImportIncidentsAlgorithm",
    "briefing": "BriefingAlgorithm",
}


class FragileBordersProvider(QgsProcessingProvider):
    """Registers every Fragile Borders algorithm with QGIS Processing."""

    def id(self):
        return "fragileborders"

    def name(self):
        return tr("Fragile Borders")

    def longName(self):  # noqa: N802
        return tr("Fragile Borders – GEOINT of insecure borderlands")

    def icon(self):
        return QIcon(os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons",
                                  "fragile_borders.svg"))

    def loadAlgorithms(self):  # noqa: N802
        for module_name, class_name in ALGORITHM_MODULES.items():
            module = importlib.import_module(f"{__package__}.{module_name}")
            self.addAlgorithm(getattr(module, class_name)())

    def defaultVectorFileExtension(self, hasGeometry=True):  # noqa: N802,N803
        return "gpkg"

    def defaultRasterFileExtension(self):  # noqa: N802
        return "tif"

    def supportedOutputVectorLayerExtensions(self):  # noqa: N802
        return ["gpkg", "shp", "geojson", "fgb"]

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        return ["tif"]

    def supportsNonFileBasedOutput(self):  # noqa: N802
        return False
