"""The one-shot pipeline, in process and end-to-end through ``qgis_process --json``."""
import json
import os
import subprocess

import geopandas as gpd
import pytest
import rasterio
from shapely.ops import unary_union

from conftest import PLUGINS_DIR, file_digest, qgis_process_env

from fragile_borders_plugin.core.io import list_layers

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
LAYERS = ("changes", "tracks", "segments", "patrol_posts", "patrol_coverage")


def pipeline_arguments(scene, folder):
    gpkg = scene["SCENE_GPKG"]
    return {"BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "MASK": scene["CLOUD_MASK"],
            "BORDER": f"{gpkg}|layername=border", "INCIDENTS": f"{gpkg}|layername=incidents",
            "CROSSINGS": f"{gpkg}|layername=crossings", "SEGMENT_LENGTH_M": 250, "CORRIDOR_M": 500,
            "TEAMS": 2, "REACH_M": 250, "OUTPUT_FOLDER": str(folder)}


def check_outputs(results, scene, teams):
    """Assert what every pipeline run must deliver, whatever the caller."""
    gpkg = results["OUTPUT_GPKG"]
    assert set(LAYERS) <= set(list_layers(gpkg))
    truth = gpd.read_file(scene["SCENE_GPKG"], layer="truth_changes")
    truth_tracks = gpd.read_file(scene["SCENE_GPKG"], layer="truth_tracks")
    # a track that appeared or vanished is a change too
    moved = truth_tracks[truth_tracks.in_before != truth_tracks.in_after]
    changed = list(truth.geometry) + [g.buffer(w / 2.0 + 3.0) for g, w in zip(moved.geometry, moved.width_m)]
    changes = gpd.read_file(gpkg, layer="changes")
    assert len(changes) > 0
    hit = changes.geometry.intersects(unary_union(changed))
    assert hit.sum() >= 0.5 * len(changes), "most change polygons should lie on true changes"
    tracks = gpd.read_file(gpkg, layer="tracks")
    assert tracks["length_m"].sum() > 300
    segments = gpd.read_file(gpkg, layer="segments")
    assert sorted(segments["rank"]) == list(range(1, len(segments) + 1))
    assert segments["score"].between(0, 100).all()
    posts = gpd.read_file(gpkg, layer="patrol_posts")
    assert 1 <= len(posts) <= min(teams, len(segments))
    for raster in ("CHANGE_SCORE", "CHANGE_MASK", "TRACK_RESPONSE"):
        with rasterio.open(results[raster]) as src, rasterio.open(scene["BEFORE"]) as before:
            assert src.crs == before.crs and src.width == before.width
    with open(results["SUMMARY_JSON"], encoding="utf-8") as handle:
        summary = json.load(handle)
    assert summary["n_changes"] == len(changes)
    assert summary["n_segments"] == len(segments)
    assert summary["top_segments"][0]["rank"] == 1
    leftovers = [n for n in os.listdir(results["OUTPUT_FOLDER"]) if n.startswith(".")]
    assert not leftovers, leftovers


def test_pipeline_runs_in_process(scene, tmp_path):
    import processing
    inputs = [scene["BEFORE"], scene["AFTER"], scene["SCENE_GPKG"]]
    digests = [file_digest(p) for p in inputs]
    arguments = pipeline_arguments(scene, tmp_path / "run")
    arguments["TEAMS"] = 50  # more teams than segments: lowered to the segment count, not an error
    results = processing.run("fragileborders:pipeline", arguments)
    check_outputs(results, scene, teams=50)
    assert [file_digest(p) for p in inputs] == digests


@pytest.mark.slow
def test_pipeline_end_to_end_through_qgis_process(scene, tmp_path):
    env = qgis_process_env(PLUGINS_DIR, str(tmp_path / "profile"))
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "fragile_borders_plugin"], env=env,
                             capture_output=True, text=True)
    assert enabled.returncode == 0, enabled.stderr
    arguments = [f"{k}={v}" for k, v in pipeline_arguments(scene, tmp_path / "run").items()]
    done = subprocess.run([QGIS_PROCESS, "--json", "run", "fragileborders:pipeline", "--", *arguments],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    payload = json.loads(done.stdout[done.stdout.index("{"):])
    check_outputs(payload["results"], scene, teams=2)


def test_pipeline_with_non_overlapping_rasters_fails_cleanly(scene, tmp_path):
    import numpy as np
    import processing
    from qgis.core import QgsProcessingException

    far = tmp_path / "far.tif"
    with rasterio.open(scene["BEFORE"]) as src:
        profile = src.profile
        data = src.read()
        profile["transform"] = rasterio.Affine(src.transform.a, 0, src.transform.c + 1e6, 0, src.transform.e,
                                               src.transform.f)
    with rasterio.open(far, "w", **profile) as dst:
        dst.write(np.asarray(data))
    arguments = pipeline_arguments(scene, tmp_path / "run")
    arguments["AFTER"] = str(far)
    with pytest.raises(QgsProcessingException, match="(?i)overlap"):
        processing.run("fragileborders:pipeline", arguments)
    assert not os.path.exists(tmp_path / "run" / "fragile_borders.gpkg")
    assert not [n for n in os.listdir(tmp_path / "run")]
