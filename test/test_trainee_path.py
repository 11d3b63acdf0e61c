"""The trainee's path: every offered scene size runs with the dock's defaults, ranks segments and places posts.

Runs go through the dock (QGIS task manager), as a trainee clicks: Generate, then Run.
"""
import json
import os

import pytest
from conftest import recording_feedback
from test_dock import _wait, _watch


@pytest.fixture
def dock(qgis_iface, qgis_new_project, provider, tmp_path):
    from fragile_borders_plugin.gui.dock import FragileBordersDock

    dock = _watch(FragileBordersDock(iface=qgis_iface, work_folder=str(tmp_path)))
    yield dock
    dock.shutdown()


def test_lengths_are_readable_and_give_enough_segments():
    from fragile_borders_plugin.core.scales import derived_reach, derived_segment_length, readable_length

    assert [readable_length(v) for v in (178.1, 620.0, 2400.0, 1000.0, 0.3)] == [100.0, 500.0, 2000.0, 1000.0, 0.25]
    for border_m in (1781.0, 3562.0, 7124.0, 14000.0):
        segment = derived_segment_length(border_m)
        assert border_m / segment >= 10 and segment == readable_length(segment)
    assert derived_segment_length(500000.0) == 2000.0  # long borders keep the plugin's 2 km
    assert derived_reach(2000.0) == 5000.0 and derived_reach(100.0) == 250.0
    with pytest.raises(ValueError, match="no length"):
        derived_segment_length(0.0)


def test_pipeline_derives_empty_lengths_and_says_so(scene, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    inputs = {"BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "BORDER": scene["BORDER"],
              "INCIDENTS": scene["INCIDENTS"], "TEAMS": 0}
    feedback = recording_feedback()
    result = processing.run("fragileborders:pipeline", dict(inputs, OUTPUT_FOLDER=str(tmp_path / "auto")),
                            feedback=feedback)
    log = "\n".join(feedback.lines)
    assert "SEGMENT_LENGTH_M left empty: 100 m" in log and "1.78 km border" in log
    assert "REACH_M left empty: 250 m" in log
    with open(result["SUMMARY_JSON"], encoding="utf-8") as handle:
        summary = json.load(handle)
    assert summary["parameters"]["SEGMENT_LENGTH_M"] == 100.0 and summary["n_segments"] >= 10
    # an explicit value that cannot work stays a clear error, and leaves no result behind
    with pytest.raises(QgsProcessingException, match=r"segment length \(2000 m\) is longer than the whole border"):
        processing.run("fragileborders:pipeline", dict(inputs, SEGMENT_LENGTH_M=2000.0,
                                                       OUTPUT_FOLDER=str(tmp_path / "explicit")))
    assert not os.path.exists(tmp_path / "explicit" / "fragile_borders.gpkg")


def test_the_dock_says_why_no_post_was_placed(scene, dock, tmp_path):
    import processing

    folder = str(tmp_path / "run")
    # the plugin's 5 km corridor on a 1.5 km scene: every segment sees every violent incident (risk 88)
    processing.run("fragileborders:pipeline", {
        "BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "BORDER": scene["BORDER"],
        "INCIDENTS": scene["INCIDENTS"], "TEAMS": 2, "MAX_RISK": 70.0, "OUTPUT_FOLDER": folder})
    assert dock.load_results_from(folder)
    text = dock.results_label.text()
    assert "No patrol post could be placed: all 18 segments have a risk to patrols above the limit of 70" in text
    assert "Maximum risk for a post" in text and "0 patrol posts" in text
    assert "No patrol post could be placed" in dock.messages[-1][1]


def _trainee_run(dock, size):
    """Generate the scene of ``size`` px with the dock, Run with what the dock filled in; returns the loaded layers."""
    from qgis.core import QgsProject

    from fragile_borders_plugin.core.scales import readable_length
    from fragile_borders_plugin.gui import results as loader

    dock.size_combo.setCurrentIndex(dock.size_combo.findData(size))
    assert dock.generate_training()
    kind, ok, message = _wait(dock, timeout_s=600)
    assert (kind, ok) == ("training", True), message
    assert "Parameters set for this scene" in message
    parameters = dock.pipeline_parameters()
    assert parameters["CORRIDOR_M"] == readable_length(size * 3.0 / 3.0)
    assert size * 3.0 / parameters["SEGMENT_LENGTH_M"] >= 10 and parameters["REACH_M"] > parameters["SEGMENT_LENGTH_M"]
    assert dock.run_pipeline()
    kind, ok, message = _wait(dock, timeout_s=900)
    assert (kind, ok) == ("pipeline", True), message
    group = QgsProject.instance().layerTreeRoot().findGroup(dock.last_group_name)
    return {node.layer().customProperty(loader.ROLE_PROPERTY): node.layer() for node in group.findLayers()}


@pytest.mark.parametrize("size", [512, 1024, pytest.param(2048, marks=pytest.mark.slow)])
def test_every_offered_scene_size_ranks_segments_and_places_posts(dock, size):
    layers = _trainee_run(dock, size)
    segments = layers["segments"]
    assert segments.featureCount() >= 5 and dock.segments_table.rowCount() >= 5
    ranks = sorted(f["rank"] for f in segments.getFeatures())
    assert ranks == list(range(1, segments.featureCount() + 1))
    assert layers["patrol_posts"].featureCount() >= 1
    assert "No patrol post could be placed" not in dock.results_label.text()
    assert "Posts cover" in dock.results_label.text()
