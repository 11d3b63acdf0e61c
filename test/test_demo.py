"""``make demo``'s script: runs twice through qgis_process and gives the same summary."""
import os
import subprocess
import sys

import pytest

from conftest import PLUGINS_DIR, ROOT


@pytest.mark.slow
def test_demo_runs_twice_with_the_same_results(tmp_path):
    env = dict(os.environ, DEMO_DIR=str(tmp_path), DEMO_SIZE_PX="512", QGIS_PLUGINPATH=PLUGINS_DIR)
    outputs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo.py")], env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert "Change polygons:" in outputs[0] and "Tracks:" in outputs[0] and "#1 segment" in outputs[0]
    assert os.path.exists(tmp_path / "results" / "fragile_borders.gpkg")
