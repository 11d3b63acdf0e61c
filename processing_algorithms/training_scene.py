"""``fragileborders:trainingscene`` — generate the training borderland."""
import os

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER
from ..i18n import tr, tr_noop
from .base import FragileBordersAlgorithm, core_callbacks

#: scene.gpkg layer -> output name
SCENE_LAYERS = {
    "border": "BORDER", "crossings": "CROSSINGS", "incidents": "INCIDENTS",
    "truth_changes": "TRUTH_CHANGES", "truth_tracks": "TRUTH_TRACKS",
}


class TrainingSceneAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "trainingscene"
    DISPLAY_NAME = tr_noop("Generate training borderland")
    GROUP_ID = "training"
    DESCRIPTION = tr_noop(
        "Generates a synthetic Sahel desert borderland for training and testing: a pair of 4-band "
        "images (blue, green, red, NIR; uint16 reflectance x 10000) of the same area at two dates, "
        "with dunes, wadis, rock and sparse vegetation, desert tracks from strong to faint (some new "
        "between the dates), real changes (compounds, pits, a cleared strip, vegetation loss) and "
        "nuisances that are not change (illumination difference, sub-pixel misregistration, a cloud "
        "with its shadow). Also writes the border, official crossings, dated incidents and the "
        "ground truth (truth_changes, truth_tracks) so a trainee can check the answers. The same "
        "seed always gives the same scene.")
    OUTPUT_HELP = {
        "BEFORE": tr_noop("before.tif, the earlier 4-band image."),
        "AFTER": tr_noop("after.tif, the later 4-band image."),
        "CLOUD_MASK": tr_noop("cloud_mask.tif, 1 where the after image has cloud or cloud shadow."),
        "SCENE_GPKG": tr_noop("scene.gpkg with layers border, crossings, incidents, truth_changes, "
                              "truth_tracks and truth_nuisances."),
        "SCENE_JSON": tr_noop("scene.json: dates, radiometric and geometric nuisances, counts."),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterNumber("SEED", tr("Random seed"), NUMBER_INTEGER, 0, minValue=0),
                 tr("Seed of the generator; the same seed always gives the same scene."))
        self.add(QgsProcessingParameterNumber("SIZE_PX", tr("Scene size (pixels)"), NUMBER_INTEGER, 2048,
                                              minValue=256, maxValue=16384),
                 tr("Width and height of the square scene in pixels (256–16384)."))
        self.add(QgsProcessingParameterNumber("PIXEL_SIZE_M", tr("Pixel size (m)"), NUMBER_DOUBLE, 3.0,
                                              minValue=0.1, maxValue=100.0),
                 tr("Ground sampling distance in metres; the scene covers SIZE_PX × PIXEL_SIZE_M metres."))
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")),
                 tr("Folder that receives before.tif, after.tif, cloud_mask.tif, scene.gpkg and scene.json."))
        self.addOutput(QgsProcessingOutputRasterLayer("BEFORE", tr("Before image")))
        self.addOutput(QgsProcessingOutputRasterLayer("AFTER", tr("After image")))
        self.addOutput(QgsProcessingOutputRasterLayer("CLOUD_MASK", tr("Cloud mask")))
        self.addOutput(QgsProcessingOutputFile("SCENE_GPKG", tr("Scene GeoPackage")))
        self.addOutput(QgsProcessingOutputFile("SCENE_JSON", tr("Scene description")))
        for layer, output in SCENE_LAYERS.items():
            self.addOutput(QgsProcessingOutputVectorLayer(output, layer))

    def process(self, parameters, context, feedback):
        from ..core.training_scene import generate_training_scene

        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        progress, is_cancelled = core_callbacks(feedback)
        paths = generate_training_scene(
            folder,
            seed=self.parameterAsInt(parameters, "SEED", context),
            size_px=self.parameterAsInt(parameters, "SIZE_PX", context),
            pixel_size_m=self.parameterAsDouble(parameters, "PIXEL_SIZE_M", context),
            progress=progress, is_cancelled=is_cancelled)
        results = {
            "OUTPUT_FOLDER": os.path.abspath(folder),
            "BEFORE": paths["before"], "AFTER": paths["after"], "CLOUD_MASK": paths["cloud_mask"],
            "SCENE_GPKG": paths["gpkg"], "SCENE_JSON": paths["json"],
        }
        results.update({output: f"{paths['gpkg']}|layername={layer}" for layer, output in SCENE_LAYERS.items()})
        return results
