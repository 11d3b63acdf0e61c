"""Shared fixtures: real QGIS (via pytest-qgis), the staged plugin, a generated scene.

Tests import the plugin from ``build/plugins`` — the folder ``make package`` zips — never
from the source tree, so they test what users install.
"""
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS_DIR = os.path.join(ROOT, "build", "plugins")
STAGED_PLUGIN = os.path.join(PLUGINS_DIR, "fragile_borders_plugin")
if not os.path.isdir(STAGED_PLUGIN):
    raise RuntimeError("The plugin is not staged: run 'make stage' (or 'make test').")
sys.path.insert(0, PLUGINS_DIR)
sys.path.insert(1, "/usr/share/qgis/python/plugins")  # QGIS's own 'processing' package
if os.path.isdir("/usr/share/proj"):
    # pyproj looks for proj.db under sys.prefix, which is the venv's, not Debian's
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")

#: size of the scene shared by the Processing tests (small, so the suite stays quick)
TEST_SCENE_SIZE_PX = 512


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """The Fragile Borders provider, registered once in the Processing registry."""
    from qgis.core import QgsApplication

    from fragile_borders_plugin.processing_algorithms.provider import FragileBordersProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("fragileborders")
    if existing is not None:
        return existing
    instance = FragileBordersProvider()
    assert registry.addProvider(instance)
    return instance


@pytest.fixture(scope="session")
def scene(provider, tmp_path_factory):
    """A generated training scene (seed 7, 512 px): dict of paths from the Processing algorithm."""
    import processing

    folder = str(tmp_path_factory.mktemp("scene"))
    return processing.run("fragileborders:trainingscene",
                          {"SEED": 7, "SIZE_PX": TEST_SCENE_SIZE_PX, "PIXEL_SIZE_M": 3.0, "OUTPUT_FOLDER": folder})


def file_digest(path):
    """SHA-256 of a file, to prove an input was not modified."""
    import hashlib
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def recording_feedback():
    """A ``QgsProcessingFeedback`` that keeps every message: ``lines`` (info, warnings and errors,
    in order), and ``infos``, ``warnings`` and ``errors`` apart."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines, self.infos, self.warnings, self.errors = [], [], [], []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)
            self.infos.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)
            self.warnings.append(warning)
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.lines.append(error)
            self.errors.append(error)
            super().reportError(error, fatalError)

    return RecordingFeedback()


def qgis_process_env(plugins_dir, config_dir):
    """Environment for ``qgis_process``: the given plugin folder and an isolated profile."""
    env = dict(os.environ, QGIS_PLUGINPATH=plugins_dir, QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=config_dir)
    return env
