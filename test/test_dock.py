"""The dock panel, the styled result loading, the results table and the trainee's path.

Loading and styling are tested against real files written here with the pipeline's layer
names and fields (the output field contract); the end-to-end runs go through the real
Processing algorithms in the QGIS task manager.
"""
import json
import os
import shutil

import pytest
from conftest import ROOT, TEST_SCENE_SIZE_PX

SCREENSHOTS = os.path.join(ROOT, "docs", "screenshots")
#: set FB_UPDATE_SCREENSHOTS=1 to refresh the committed screenshots in docs/screenshots
UPDATE_SCREENSHOTS = os.environ.get("FB_UPDATE_SCREENSHOTS") == "1"
PIPELINE_STEPS = ("pipeline", "detectchanges", "extracttracks", "scoresegments", "planpatrols")
ORIGIN_X, ORIGIN_Y = 500000.0, 1500000.0  # UTM 32N, metres
CLASSES = ["new_bright_surface", "darkening", "vegetation_loss", "vegetation_gain", "other"]


# ---------------------------------------------------------------------------- helpers
def _registered(provider, names):
    return all(provider.algorithm(name) is not None for name in names)


def _training_core_available():
    try:
        from fragile_borders_plugin.core import training_scene  # noqa: F401
    except ImportError:
        return False
    return True


def _watch(dock):
    """Record every ``run_finished`` of ``dock`` (a cancel of a queued task reports at once)."""
    dock.finished_runs = []
    dock.run_finished.connect(lambda kind, ok, message: dock.finished_runs.append((kind, ok, message)))
    return dock


def _wait(dock, timeout_s=120):
    """Run the event loop until the dock reports the end of its background run; return the report."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    seen = len(dock.finished_runs) - (0 if dock.is_running() else 1)
    loop = QEventLoop()
    dock.run_finished.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    if dock.is_running():
        loop.exec()
    timer.stop()
    dock.run_finished.disconnect(loop.quit)
    assert len(dock.finished_runs) > seen, f"the background run did not finish within {timeout_s} s"
    return dock.finished_runs[-1]


def _save(image_or_widget, path, docs_name=None):
    image = image_or_widget.grab() if hasattr(image_or_widget, "grab") else image_or_widget
    assert image.save(str(path)), path
    assert os.path.getsize(path) > 1000
    if UPDATE_SCREENSHOTS and docs_name:
        os.makedirs(SCREENSHOTS, exist_ok=True)
        shutil.copyfile(str(path), os.path.join(SCREENSHOTS, docs_name))


def render_map(canvas, layers, path, size=(900, 700), extent=None):
    """Render ``layers`` (top first) at ``extent`` (default: the canvas's) to a PNG with a parallel render job."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(canvas.mapSettings().destinationCrs())
    settings.setExtent(extent or canvas.extent())
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("#f4efe6"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    assert image.save(str(path)), path
    return image


def _group_names(project):
    return [child.name() for child in project.layerTreeRoot().children()]


def _visible(project, layer):
    return project.layerTreeRoot().findLayer(layer.id()).isVisible()


# ---------------------------------------------------------------------------- a pipeline run on disk
@pytest.fixture(scope="module")
def fake_run(tmp_path_factory, qgis_app):
    """A folder shaped like the pipeline's output: fragile_borders.gpkg (5 layers) + 3 rasters + run.json."""
    import geopandas as gpd
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from shapely.geometry import LineString, Point, box

    folder = tmp_path_factory.mktemp("run")
    gpkg = str(folder / "fragile_borders.gpkg")
    crs = "EPSG:32632"
    x0, y0 = ORIGIN_X, ORIGIN_Y
    segments = []
    for i in range(12):
        score = float((i * 37) % 100)
        segments.append({"segment_id": i, "start_km": i * 0.5, "end_km": (i + 1) * 0.5, "length_m": 500.0,
                         "f_tracks": score / 100, "f_incidents": 0.2, "score": score, "rank": 0,
                         "priority": "critical" if score >= 75 else "high" if score >= 50 else
                         "medium" if score >= 25 else "low",
                         "drivers": "tracks 60%, incidents 40%", "risk": float((i * 53) % 100), "hotspot_z": 0.5,
                         "geometry": LineString([(x0 + 500 * i, y0 + 3000), (x0 + 500 * (i + 1), y0 + 3000)])})
    frame = gpd.GeoDataFrame(segments, crs=crs)
    frame["rank"] = frame["score"].rank(ascending=False, method="first").astype(int)
    frame.to_file(gpkg, layer="segments", driver="GPKG")
    changes = gpd.GeoDataFrame(
        [{"area_m2": 900.0, "score": 20.0 + k, "score_max": 40.0, "p_value": 0.001, "change_class": cls,
          "geometry": box(x0 + 800 * k, y0 + 1000, x0 + 800 * k + 300, y0 + 1300)} for k, cls in enumerate(CLASSES)],
        crs=crs)
    changes.to_file(gpkg, layer="changes", driver="GPKG")
    tracks = gpd.GeoDataFrame(
        [{"length_m": 2000.0, "confidence": c, "mean_response": c, "is_new": int(k % 2), "azimuth_deg": 10.0 * k,
          "sinuosity": 1.1, "geometry": LineString([(x0 + 1000 * k, y0), (x0 + 1000 * k + 400, y0 + 5000)])}
         for k, c in enumerate([0.1, 0.4, 0.6, 0.9])], crs=crs)
    tracks.to_file(gpkg, layer="tracks", driver="GPKG")
    posts = gpd.GeoDataFrame(
        [{"post_id": k, "segment_id": s, "covered_priority": 150.0, "risk": 20.0,
          "geometry": Point(x0 + 500 * s + 250, y0 + 3000)} for k, s in enumerate([2, 8])], crs=crs)
    posts.to_file(gpkg, layer="patrol_posts", driver="GPKG")
    coverage = gpd.GeoDataFrame(
        [{"segment_id": s, "post_id": 0 if s < 5 else 1, "geometry": segments[s]["geometry"]} for s in (1, 2, 3, 7, 8, 9)],
        crs=crs)
    coverage.to_file(gpkg, layer="patrol_coverage", driver="GPKG")
    transform = from_origin(x0, y0 + 6000, 30.0, 30.0)
    profile = {"driver": "GTiff", "width": 200, "height": 200, "count": 1, "crs": crs, "transform": transform}
    rng = np.random.default_rng(1)
    score = rng.gamma(2.0, 5.0, (200, 200)).astype("float32")
    with rasterio.open(folder / "change_score.tif", "w", dtype="float32", **profile) as ds:
        ds.write(score[None])
    with rasterio.open(folder / "change_mask.tif", "w", dtype="uint8", **profile) as ds:
        ds.write((score > 25).astype("uint8")[None])
    with rasterio.open(folder / "track_response.tif", "w", dtype="float32", **profile) as ds:
        ds.write(rng.random((1, 200, 200), dtype="float32"))
    with open(folder / "run.json", "w", encoding="utf-8") as handle:
        json.dump({"n_changes": 5, "n_tracks": 4, "n_new_tracks": 2, "n_segments": 12, "n_patrol_posts": 2,
                   "covered_share": 0.42}, handle)
    return str(folder)


def _outputs(folder):
    gpkg = os.path.join(folder, "fragile_borders.gpkg")
    outputs = {"OUTPUT_FOLDER": folder, "OUTPUT_GPKG": gpkg, "SUMMARY_JSON": os.path.join(folder, "run.json")}
    for name, key in (("changes", "CHANGES"), ("tracks", "TRACKS"), ("segments", "SEGMENTS"),
                      ("patrol_posts", "PATROL_POSTS"), ("patrol_coverage", "PATROL_COVERAGE")):
        outputs[key] = f"{gpkg}|layername={name}"
    for name, key in (("change_score", "CHANGE_SCORE"), ("change_mask", "CHANGE_MASK"),
                      ("track_response", "TRACK_RESPONSE")):
        outputs[key] = os.path.join(folder, f"{name}.tif")
    return outputs


def check_result_group(project, group):
    """The group holds every result layer with its style; returns the layers by role."""
    from fragile_borders_plugin.gui import results as loader

    layers = {node.layer().customProperty(loader.ROLE_PROPERTY): node.layer() for node in group.findLayers()}
    assert set(layers) >= {"changes", "tracks", "segments", "segments_risk", "change_score", "change_mask",
                           "track_response"}
    changes = layers["changes"].renderer()
    assert changes.type() == "categorizedSymbol" and changes.classAttribute() == "change_class"
    assert set(CLASSES) <= {c.value() for c in changes.categories()}
    tracks = layers["tracks"].renderer()
    assert tracks.type() == "RuleRenderer"
    filters = [rule.filterExpression() for rule in tracks.rootRule().children()]
    assert any('"is_new" = 1' in f for f in filters)
    assert sum("confidence" in f for f in filters) == 4
    segments = layers["segments"].renderer()
    assert segments.type() == "graduatedSymbol" and segments.classAttribute() == "score"
    assert len(segments.ranges()) == 4 and layers["segments"].labelsEnabled()
    assert "priority" in layers["segments"].labeling().settings().fieldName
    risk = layers["segments_risk"].renderer()
    assert risk.type() == "graduatedSymbol" and risk.classAttribute() == "risk"
    assert not _visible(project, layers["segments_risk"]) and _visible(project, layers["segments"])
    score = layers["change_score"].renderer()
    assert score.type() == "singlebandpseudocolor" and not _visible(project, layers["change_score"])  # noise on top
    assert score.classificationMax() > score.classificationMin() > 0.0  # stretched onto the data, not 0–1
    assert layers["change_mask"].renderer().type() == "paletted"
    assert not _visible(project, layers["change_mask"]) and not _visible(project, layers["track_response"])
    if "patrol_posts" in layers:
        assert layers["patrol_posts"].labelsEnabled()
        assert layers["patrol_coverage"].renderer().type() == "singleSymbol"
    return layers


# ---------------------------------------------------------------------------- tests
def test_dock_builds_with_typed_pickers_and_parameters(qgis_iface, qgis_new_project, provider, tmp_path):
    from fragile_borders_plugin import compat
    from fragile_borders_plugin.gui.dock import FragileBordersDock

    dock = FragileBordersDock(iface=qgis_iface, work_folder=str(tmp_path))
    filters = {name: combo.filters() for name, combo in dock.layer_inputs.items()}
    assert filters["BEFORE"] == filters["AFTER"] == filters["MASK"] == compat.LAYER_FILTER_RASTER
    assert filters["BORDER"] == compat.LAYER_FILTER_LINE
    assert filters["INCIDENTS"] == filters["CROSSINGS"] == compat.LAYER_FILTER_POINT
    assert [n for n, c in dock.layer_inputs.items() if c.allowEmptyLayer()] == ["INCIDENTS", "CROSSINGS", "MASK",
                                                                                 "AOI"]
    assert dock.number_inputs["TEAMS"].value() == 3
    for name in ("TRACK_WIDTH_M", "SEGMENT_LENGTH_M", "CORRIDOR_M", "REACH_M"):
        assert "(m)" in dock.number_labels[name].text(), name
    assert "(days)" in dock.number_labels["HALF_LIFE_DAYS"].text()
    for name in ("SEGMENT_LENGTH_M", "REACH_M"):  # auto: left to the pipeline, which derives them
        box = dock.number_inputs[name]
        assert box.value() == box.minimum() == 0.0 and box.text() == "auto (from the border length)"
    assert dock.cancel_button.isEnabled() is False
    dock.resize(420, 900)
    _save(dock, tmp_path / "dock.png", "dock.png")


def test_missing_input_shows_a_message_and_starts_nothing(qgis_iface, qgis_new_project, provider, tmp_path):
    from qgis.core import Qgis, QgsApplication

    from fragile_borders_plugin.gui.dock import FragileBordersDock

    dock = FragileBordersDock(iface=qgis_iface, work_folder=str(tmp_path))
    tasks_before = QgsApplication.taskManager().count()
    assert dock.run_pipeline() is False
    assert not dock.is_running() and QgsApplication.taskManager().count() == tasks_before
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert warnings and "Before image" in warnings[-1] and "Border line" in warnings[-1]
    assert not os.listdir(tmp_path)  # no output folder created


def test_results_load_styled_into_a_run_group_and_zoom(fake_run, qgis_canvas, qgis_new_project, tmp_path):
    from qgis.core import QgsProject

    from fragile_borders_plugin.gui import results as loader

    project = QgsProject.instance()
    loaded = loader.load_results(_outputs(fake_run), project=project, canvas=qgis_canvas)
    assert loaded.name.startswith("Fragile Borders 20")
    assert _group_names(project) == [loaded.name]
    layers = check_result_group(project, loaded.group)
    assert layers["segments"].featureCount() == 12
    extent = qgis_canvas.extent()
    assert extent.contains(layers["segments"].extent())
    assert min(extent.width(), extent.height()) < 7000  # zoomed to the 6 km of results, not the world
    # a second load of the same run gets its own group
    again = loader.load_results(_outputs(fake_run), project=project, canvas=qgis_canvas)
    assert again.name == loaded.name + " (2)" and len(_group_names(project)) == 2
    order = [layers[r] for r in ("patrol_posts", "tracks", "segments", "patrol_coverage", "changes", "change_score")]
    image = render_map(qgis_canvas, order, tmp_path / "results_map.png", extent=layers["change_score"].extent())
    assert image.width() == 900


def test_results_sit_above_their_after_image(fake_run, scene, qgis_canvas, qgis_new_project, tmp_path):
    from qgis.core import QgsProject, QgsRasterLayer

    from fragile_borders_plugin.gui import results as loader

    folder = tmp_path / "run"
    shutil.copytree(fake_run, folder)
    with open(folder / "run.json", encoding="utf-8") as handle:
        summary = json.load(handle)
    summary["parameters"] = {"AFTER": scene["AFTER"]}
    with open(folder / "run.json", "w", encoding="utf-8") as handle:
        json.dump(summary, handle)
    project = QgsProject.instance()
    loaded = loader.load_results(str(folder), project=project, canvas=qgis_canvas)
    nodes = loaded.group.findLayers()
    assert nodes[-1].layer().customProperty(loader.ROLE_PROPERTY) == "after" and nodes[-1].isVisible()
    assert nodes[-1].layer().renderer().type() == "multibandcolor"
    assert not _visible(project, loaded.layers["change_score"])
    # an AFTER image already in the project is not loaded twice
    project.addMapLayer(QgsRasterLayer(scene["AFTER"], "after"))
    again = loader.load_results(str(folder), project=project, canvas=qgis_canvas)
    assert "after" not in again.layers


def test_load_results_from_folder_or_gpkg_and_table_zooms(fake_run, qgis_iface, qgis_canvas, qgis_new_project,
                                                           tmp_path):
    from qgis.core import Qgis, QgsProject

    from fragile_borders_plugin.gui.dock import FragileBordersDock

    project = QgsProject.instance()
    dock = FragileBordersDock(iface=qgis_iface, work_folder=str(tmp_path))
    assert dock.load_results_from(fake_run)
    assert dock.load_results_from(os.path.join(fake_run, "fragile_borders.gpkg"))
    groups = _group_names(project)
    assert len(groups) == 2 and groups[0].endswith("(2)")
    check_result_group(project, project.layerTreeRoot().findGroup(groups[0]))
    assert "5 changes, 4 tracks (2 new)" in dock.results_label.text() and "42%" in dock.results_label.text()
    table = dock.segments_table
    assert table.rowCount() == 12
    assert [int(table.item(r, 0).text()) for r in range(table.rowCount())] == list(range(1, 13))
    layer = table.layer()
    top = max(layer.getFeatures(), key=lambda f: f["score"])
    assert float(table.item(0, 1).text()) == pytest.approx(top["score"], abs=0.05)
    assert table.item(0, 2).text() == top["priority"]
    # clicking a row selects that segment and zooms onto it
    table.cellClicked.emit(3, 0)
    fid = table.feature_id(3)
    assert layer.selectedFeatureIds() == [fid]
    segment_box = layer.getFeature(fid).geometry().boundingBox()
    extent = qgis_canvas.extent()
    assert extent.contains(segment_box) and extent.width() < 4 * segment_box.width()
    successes = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert successes and groups[0] in successes[-1]
    # nothing to load: a message, no group
    empty = tmp_path / "empty"
    empty.mkdir()
    assert dock.load_results_from(str(empty)) is False
    assert len(_group_names(project)) == 2
    assert "No Fragile Borders results" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[-1]


@pytest.fixture
def training_scene(request):
    """The shared generated scene, or a skip while the generator is not written yet."""
    if not _training_core_available():
        pytest.skip("fragile_borders_plugin/core/training_scene.py is not there yet")
    return request.getfixturevalue("scene")


def test_answers_toggle_only_the_truth_layers(qgis_new_project, training_scene, tmp_path):
    from qgis.core import QgsProject

    scene = training_scene

    from fragile_borders_plugin.gui import results as loader

    project = QgsProject.instance()
    loaded = loader.load_training_scene(scene, project=project)
    roles = set(loaded.layers)
    assert {"before", "after", "border", "crossings", "incidents", "truth_changes", "truth_tracks"} <= roles
    after = loaded.layers["after"].renderer()
    assert after.type() == "multibandcolor"
    assert (after.redBand(), after.greenBand(), after.blueBand()) == (3, 2, 1)
    assert after.redContrastEnhancement().maximumValue() > after.redContrastEnhancement().minimumValue()
    for role in ("truth_changes", "truth_tracks"):
        assert not _visible(project, loaded.layers[role])
    assert _visible(project, loaded.layers["after"]) and _visible(project, loaded.layers["border"])
    assert loader.set_answers_visible(loaded.group, True) == 2
    assert all(_visible(project, loaded.layers[r]) for r in ("truth_changes", "truth_tracks"))
    assert _visible(project, loaded.layers["after"])


@pytest.fixture
def training_dock(qgis_iface, qgis_new_project, provider, tmp_path):
    if not _training_core_available():
        pytest.skip("fragile_borders_plugin/core/training_scene.py is not there yet")
    from fragile_borders_plugin.gui.dock import FragileBordersDock

    dock = _watch(FragileBordersDock(iface=qgis_iface, work_folder=str(tmp_path)))
    dock.size_combo.setCurrentIndex(dock.size_combo.findData(TEST_SCENE_SIZE_PX))
    yield dock
    dock.shutdown()


def test_training_borderland_in_the_background_then_show_answers(training_dock, tmp_path):
    from qgis.core import QgsProject

    dock = training_dock
    project = QgsProject.instance()
    dock.seed_spin.setValue(11)
    assert dock.generate_training()
    assert dock.is_running() and dock.cancel_button.isEnabled() and not dock.run_button.isEnabled()
    kind, ok, message = _wait(dock)
    assert (kind, ok) == ("training", True), message
    assert dock.progress_bar.value() == 100 and dock.run_button.isEnabled()
    group = dock.training_group()
    assert group is not None and group.name() == "Training borderland (seed 11)"
    assert os.path.isfile(tmp_path / "training" / f"seed11_{TEST_SCENE_SIZE_PX}px" / "scene.gpkg")
    # the pickers are filled with the scene, ready to Run
    assert dock.layer_inputs["AFTER"].currentLayer().name() == "After image (RGB)"
    assert dock.layer_inputs["BORDER"].currentLayer().name() == "Border"
    truth = [node for node in group.findLayers() if node.layer().name().startswith("Answers")]
    assert len(truth) == 2 and not any(node.isVisible() for node in truth)
    dock.answers_check.setChecked(True)
    assert all(node.isVisible() for node in truth)
    dock.resize(420, 900)
    dock.tabs.setCurrentIndex(0)
    _save(dock, tmp_path / "dock_training.png", "dock_training.png")
    visible = [node.layer() for node in group.findLayers() if node.isVisible()]
    render_map(dock.canvas, visible, tmp_path / "training_map.png", size=(800, 800),
               extent=dock.layer_inputs["AFTER"].currentLayer().extent())
    if UPDATE_SCREENSHOTS:
        shutil.copyfile(tmp_path / "training_map.png", os.path.join(SCREENSHOTS, "training_answers.png"))
    dock.answers_check.setChecked(False)
    assert not any(node.isVisible() for node in truth)
    assert project.layerTreeRoot().findGroup(group.name()) is group


@pytest.mark.parametrize("started_first", [False, True], ids=["queued", "running"])
def test_cancel_leaves_no_half_loaded_group(training_dock, started_first):
    from qgis.core import QgsProject

    dock = training_dock
    project = QgsProject.instance()
    groups_before = _group_names(project)
    dock.size_combo.setCurrentIndex(dock.size_combo.findData(2048))  # long enough to cancel
    assert dock.generate_training()
    if started_first:  # let the task start and report progress, then cancel it while it works
        import time

        from qgis.PyQt.QtCore import QCoreApplication, QThread

        deadline = time.monotonic() + 30
        while dock.is_running() and dock.progress_bar.value() < 1 and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            QThread.msleep(20)
        assert dock.is_running() and dock.progress_bar.value() >= 1
    dock.cancel()
    kind, ok, message = _wait(dock)
    assert (kind, ok) == ("training", False) and "Cancelled" in message
    assert _group_names(project) == groups_before
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()
    assert dock.progress_bar.value() == 0


def test_pipeline_run_from_the_dock_loads_styled_results(qgis_iface, qgis_canvas, qgis_new_project, provider,
                                                        request, tmp_path):
    if not _registered(provider, PIPELINE_STEPS):
        pytest.skip("fragileborders:pipeline and its steps ({}) are not all registered yet".format(
            ", ".join(PIPELINE_STEPS)))
    if not _training_core_available():
        pytest.skip("fragile_borders_plugin/core/training_scene.py is not there yet")
    scene = request.getfixturevalue("scene")
    from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer

    from fragile_borders_plugin.gui.dock import FragileBordersDock

    project = QgsProject.instance()
    layers = {"BEFORE": QgsRasterLayer(scene["BEFORE"], "before"), "AFTER": QgsRasterLayer(scene["AFTER"], "after"),
              "MASK": QgsRasterLayer(scene["CLOUD_MASK"], "cloud"),
              "BORDER": QgsVectorLayer(scene["BORDER"], "border", "ogr"),
              "INCIDENTS": QgsVectorLayer(scene["INCIDENTS"], "incidents", "ogr"),
              "CROSSINGS": QgsVectorLayer(scene["CROSSINGS"], "crossings", "ogr")}
    project.addMapLayers(list(layers.values()))
    dock = _watch(FragileBordersDock(iface=qgis_iface, work_folder=str(tmp_path)))
    for name, layer in layers.items():
        dock.layer_inputs[name].setLayer(layer)
    dock.number_inputs["SEGMENT_LENGTH_M"].setValue(300.0)
    dock.number_inputs["REACH_M"].setValue(400.0)
    dock.number_inputs["MAX_RISK"].setValue(100.0)  # the small scene is violent everywhere: allow posts
    dock.output_folder.setFilePath(str(tmp_path / "out"))
    assert dock.run_pipeline()
    kind, ok, message = _wait(dock, timeout_s=300)
    assert (kind, ok) == ("pipeline", True), message
    group = project.layerTreeRoot().findGroup(dock.last_group_name)
    assert group is not None and group.name().startswith("Fragile Borders 20")
    loaded = check_result_group(project, group)
    assert loaded["segments"].featureCount() > 0 and dock.segments_table.rowCount() > 0
    assert loaded["patrol_posts"].featureCount() > 0
    assert os.path.isfile(tmp_path / "out" / "fragile_borders.gpkg")
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    dock.resize(420, 900)
    dock.tabs.setCurrentIndex(1)
    _save(dock, tmp_path / "dock_results.png", "dock_results.png")
    order = [loaded[r] for r in ("patrol_posts", "tracks", "segments", "patrol_coverage", "changes") if r in loaded]
    from fragile_borders_plugin.gui.results import style_rgb
    style_rgb(layers["AFTER"])
    order.append(layers["AFTER"])
    render_map(qgis_canvas, order, tmp_path / "pipeline_map.png", extent=layers["AFTER"].extent())
    if UPDATE_SCREENSHOTS:
        shutil.copyfile(tmp_path / "pipeline_map.png", os.path.join(SCREENSHOTS, "results_map.png"))


def test_plugin_adds_dock_toolbar_and_menus_and_unloads(qgis_iface, qgis_new_project, provider):
    from qgis.core import QgsApplication

    import fragile_borders_plugin

    plugin = fragile_borders_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.dock is not None and plugin.dock.iface is qgis_iface
        assert plugin.dock.canvas is qgis_iface.mapCanvas()
        main = plugin.actions[0]
        assert main.isCheckable() and not main.icon().isNull()
        raster_menu_actions = [call.args[1] for call in qgis_iface.addPluginToRasterMenu.call_args_list]
        assert main in raster_menu_actions
        plugin.show_tab(2)
        assert plugin.dock.tabs.currentIndex() == 2
    finally:
        plugin.unload()
    assert plugin.dock is None and plugin.actions == []
    assert qgis_iface.removePluginRasterMenu.called
    # the provider registered by the session was not taken down by the plugin's unload
    assert QgsApplication.processingRegistry().providerById("fragileborders") is provider


def test_a_failing_run_shows_the_reason_in_the_message_bar(qgis_iface, qgis_new_project, provider, tmp_path):
    if not _training_core_available():
        pytest.skip("fragile_borders_plugin/core/training_scene.py is not there yet")
    from qgis.core import Qgis, QgsProject

    from fragile_borders_plugin.gui.dock import FragileBordersDock

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the work folder should be", encoding="utf-8")
    dock = _watch(FragileBordersDock(iface=qgis_iface, work_folder=str(blocker)))
    dock.size_combo.setCurrentIndex(dock.size_combo.findData(TEST_SCENE_SIZE_PX))
    assert dock.generate_training()
    kind, ok, message = _wait(dock)
    assert (kind, ok) == ("training", False)
    critical = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert critical and "The run failed" in critical[-1] and "not_a_folder" in critical[-1]
    assert _group_names(QgsProject.instance()) == []
    assert dock.run_button.isEnabled() and dock.progress_bar.value() == 0
