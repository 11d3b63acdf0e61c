"""Without rasterio/geopandas/scikit-image the plugin still loads and explains what to install."""
import os
import subprocess
import sys
import textwrap

from conftest import PLUGINS_DIR

SCRIPT = textwrap.dedent("""
    import sys
    for name in ("rasterio", "geopandas", "skimage"):
        sys.modules[name] = None  # what Python does for a module that must not be imported
    sys.path[:0] = [{plugins!r}, "/usr/share/qgis/python/plugins"]
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    import fragile_borders_plugin
    plugin = fragile_borders_plugin.classFactory(None)
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("fragileborders")
    print("ALGORITHMS", len(provider.algorithms()))
    alg = QgsApplication.processingRegistry().createAlgorithmById("fragileborders:trainingscene")

    class Capture(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatalError=False):
            self.errors.append(error)

    feedback = Capture()
    results, ok = alg.run({{"SEED": 1, "SIZE_PX": 256, "OUTPUT_FOLDER": {out!r}}}, QgsProcessingContext(), feedback)
    print("RAN", ok, " | ".join(feedback.errors))
""")


def test_plugin_loads_and_names_missing_modules(tmp_path):
    out = str(tmp_path / "scene")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(plugins=PLUGINS_DIR, out=out)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    loaded = [line for line in done.stdout.splitlines() if line.startswith("ALGORITHMS")]
    assert loaded and int(loaded[0].split()[1]) >= 1
    ran = [line for line in done.stdout.splitlines() if line.startswith("RAN")][0]
    assert ran.startswith("RAN False")
    for expected in ("rasterio", "geopandas", "skimage", "python3-rasterio", "python3-skimage", "pip install"):
        assert expected in ran, expected
    assert not os.path.exists(out + "/before.tif")
