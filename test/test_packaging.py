"""The zip built by ``make package`` installs into a plugin folder and runs under qgis_process."""
import json
import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, qgis_process_env

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def plugin_zip():
    done = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "build_plugin.py"), "package"],
                          capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_zip_has_one_plugin_folder_with_metadata_icon_provider_and_resources(plugin_zip):
    assert os.path.basename(plugin_zip).startswith("fragile_borders_plugin-")
    with zipfile.ZipFile(plugin_zip) as zf:
        names = zf.namelist()
    assert {n.split("/")[0] for n in names} == {"fragile_borders_plugin"}
    for required in ("metadata.txt", "__init__.py", "resources/icons/fragile_borders.svg",
                     "processing_algorithms/provider.py", "core/common.py", "LICENSE"):
        assert f"fragile_borders_plugin/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


@pytest.mark.slow
def test_zip_installs_and_runs_under_qgis_process(plugin_zip, tmp_path):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(plugin_zip) as zf:
        zf.extractall(plugins)
    env = qgis_process_env(str(plugins), str(tmp_path / "profile"))
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "fragile_borders_plugin"],
                             env=env, capture_output=True, text=True)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    out = tmp_path / "scene"
    run = subprocess.run([QGIS_PROCESS, "--json", "run", "fragileborders:trainingscene", "--",
                          "SEED=3", "SIZE_PX=256", f"OUTPUT_FOLDER={out}"], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout[run.stdout.index("{"):])
    # the algorithm ran from the unpacked zip, not from the source tree or the staging folder
    assert result["algorithm_details"]["id"] == "fragileborders:trainingscene"
    assert os.path.exists(result["results"]["BEFORE"])
    assert os.path.exists(out / "scene.gpkg")
