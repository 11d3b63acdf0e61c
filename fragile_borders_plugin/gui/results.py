"""Load pipeline results and training scenes into the project, styled, in their own layer group.

Everything is built before anything is added to the project, so a failure (or a cancelled
run, which never reaches this module) leaves no half-loaded group behind.
"""
import datetime
import json
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsMultiBandColorRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from ..compat import LIMITS_CUMULATIVE_CUT, STRETCH_MIN_MAX
from ..i18n import tr, tr_noop

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
GPKG_NAME = "fragile_borders.gpkg"

#: custom properties that mark our groups and layers (survive project save/load)
KIND_PROPERTY = "fragile_borders/kind"  # on groups: "results" or "training"
ROLE_PROPERTY = "fragile_borders/role"  # on layers: one of the roles below

#: role, result key, GeoPackage layer, layer title, style, visible — listed top to bottom
RESULT_VECTORS = [
    ("patrol_posts", "PATROL_POSTS", "patrol_posts", tr_noop("Patrol posts"), "patrol_posts", True),
    ("tracks", "TRACKS", "tracks", tr_noop("Tracks (new: magenta halo)"), "tracks", True),
    ("segments", "SEGMENTS", "segments", tr_noop("Border segments – priority"), "segments", True),
    ("segments_risk", "SEGMENTS", "segments", tr_noop("Border segments – risk to patrols"), "segments_risk",
     False),
    ("patrol_coverage", "PATROL_COVERAGE", "patrol_coverage", tr_noop("Patrol coverage"), "patrol_coverage",
     True),
    ("changes", "CHANGES", "changes", tr_noop("Changes"), "changes", True),
]
#: role, result key, file name, layer title, style, visible — listed top to bottom
RESULT_RASTERS = [
    ("change_mask", "CHANGE_MASK", "change_mask.tif", tr_noop("Change mask"), "change_mask", False),
    ("track_response", "TRACK_RESPONSE", "track_response.tif", tr_noop("Track response"), None, False),
    # hidden: over the image it reads as noise; tick it to see where the statistic is high
    ("change_score", "CHANGE_SCORE", "change_score.tif", tr_noop("Change score"), "change_score", False),
]
#: the run's AFTER image, loaded at the bottom of the results group as their backdrop
BACKDROP_ROLE, BACKDROP_TITLE = "after", tr_noop("After image (RGB)")

#: training scene: role, result key, layer title, style, visible — listed top to bottom
TRAINING_VECTORS = [
    ("truth_tracks", "TRUTH_TRACKS", tr_noop("Answers: true tracks"), "truth_tracks", False),
    ("truth_changes", "TRUTH_CHANGES", tr_noop("Answers: true changes"), "truth_changes", False),
    ("crossings", "CROSSINGS", tr_noop("Official crossings"), "crossings", True),
    ("incidents", "INCIDENTS", tr_noop("Incidents"), "incidents", True),
    ("border", "BORDER", tr_noop("Border"), "border", True),
]
TRAINING_RASTERS = [
    ("cloud_mask", "CLOUD_MASK", tr_noop("Cloud mask"), "change_mask", False),
    ("after", "AFTER", tr_noop("After image (RGB)"), None, True),
    ("before", "BEFORE", tr_noop("Before image (RGB)"), None, False),
]
ANSWER_ROLES = ("truth_tracks", "truth_changes")

#: legend labels written in the QML styles, marked here so they are extracted and translated on load
STYLE_LABELS = (
    tr_noop("New bright surface (compound, cleared ground)"), tr_noop("Darkening (pits, burnt or wet ground)"),
    tr_noop("Vegetation loss"), tr_noop("Vegetation gain"), tr_noop("Other change"), tr_noop("Unclassified"),
    tr_noop("New track (appeared between the dates)"), tr_noop("Confidence 0.00–0.25 (faint)"),
    tr_noop("Confidence 0.25–0.50"), tr_noop("Confidence 0.50–0.75"), tr_noop("Confidence 0.75–1.00 (clear)"),
    tr_noop("Score 0–25"), tr_noop("Score 25–50"), tr_noop("Score 50–75"), tr_noop("Score 75–100"), tr_noop("Risk 0–25"), tr_noop("Risk 25–50"), tr_noop("Risk 50–75"),
    tr_noop("Risk 75–100 (dangerous for patrols)"), tr_noop("Severity 1"), tr_noop("Severity 2"),
    tr_noop("Severity 3"), tr_noop("Severity 4+"), tr_noop("True new track"), tr_noop("True older track"),
    tr_noop("No change"), tr_noop("Significant change"),
)


def style_path(name):
    """Path of the QML style ``name`` shipped in resources/styles."""
    return os.path.join(STYLE_DIR, f"{name}.qml")


def run_group_name(when=None):
    """Group name of a run, e.g. ``"Fragile Borders 2026-11-27 21:40"``."""
    when = when or datetime.datetime.now()
    return "{} {}".format(tr("Fragile Borders"), when.strftime("%Y-%m-%d %H:%M"))


def unique_group_name(root, name):
    """``name``, or ``name (2)``, ``name (3)``… when a top-level group already uses it."""
    taken = {child.name() for child in root.children()}
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def outputs_from_path(path):
    """Describe the outputs of an earlier pipeline run from its folder or its GeoPackage.

    Parameters
    ----------
    path : str
        The pipeline's output folder, ``fragile_borders.gpkg`` in it, or ``run.json``.

    Returns
    -------
    dict
        The same keys as the pipeline's results (OUTPUT_FOLDER, OUTPUT_GPKG, CHANGES, ...,
        CHANGE_SCORE, ...) for the files that exist.
    """
    path = os.path.abspath(path.split("|")[0])
    if os.path.isdir(path):
        folder, gpkg = path, os.path.join(path, GPKG_NAME)
    else:
        folder = os.path.dirname(path)
        gpkg = path if path.lower().endswith(".gpkg") else os.path.join(folder, GPKG_NAME)
    outputs = {"OUTPUT_FOLDER": folder}
    if os.path.isfile(gpkg):
        outputs["OUTPUT_GPKG"] = gpkg
        for _role, key, layer, *_rest in RESULT_VECTORS:
            outputs[key] = f"{gpkg}|layername={layer}"
    for _role, key, file_name, *_rest in RESULT_RASTERS:
        if os.path.isfile(os.path.join(folder, file_name)):
            outputs[key] = os.path.join(folder, file_name)
    summary = os.path.join(folder, "run.json")
    if os.path.isfile(summary):
        outputs["SUMMARY_JSON"] = summary
    if "OUTPUT_GPKG" not in outputs and not any(key for _r, key, *_x in RESULT_RASTERS if key in outputs):
        raise ValueError(tr("No Fragile Borders results in {}: choose the pipeline's output folder or its "
                            "fragile_borders.gpkg.").format(path))
    return outputs


def run_parameters(outputs):
    """The parameters recorded in the run's run.json (empty when there is none or it is unreadable)."""
    summary = outputs.get("SUMMARY_JSON")
    if not summary or not os.path.isfile(summary):
        return {}
    try:
        with open(summary, encoding="utf-8") as handle:
            parameters = json.load(handle).get("parameters")
    except (OSError, ValueError, AttributeError):
        return {}
    return parameters if isinstance(parameters, dict) else {}


def backdrop_path(outputs, project=None):
    """File of the run's AFTER image when it exists and the project does not show it already, else None."""
    path = outputs.get("AFTER") or run_parameters(outputs).get("AFTER")
    if not isinstance(path, str) or not os.path.isfile(path.split("|")[0]):
        return None
    path = path.split("|")[0]
    shown = {os.path.abspath(layer.source().split("|")[0])
             for layer in (project or QgsProject.instance()).mapLayers().values()}
    return None if os.path.abspath(path) in shown else path


def run_time(outputs):
    """When the run described by ``outputs`` finished (run.json or file time), as a datetime."""
    summary = outputs.get("SUMMARY_JSON")
    if summary and os.path.isfile(summary):
        try:
            with open(summary, encoding="utf-8") as handle:
                data = json.load(handle)
            for key in ("finished", "created", "time", "timestamp"):
                if isinstance(data.get(key), str):
                    return datetime.datetime.fromisoformat(data[key][:19])
        except (OSError, ValueError):
            pass
    for key in ("OUTPUT_GPKG", "CHANGE_SCORE", "SUMMARY_JSON"):
        if outputs.get(key) and os.path.exists(outputs[key]):
            return datetime.datetime.fromtimestamp(os.path.getmtime(outputs[key]))
    return datetime.datetime.now()


def translate_legend(layer, translate=tr):
    """Translate the legend labels of ``layer``'s renderer (the QML styles are written in English).

    ``translate`` maps an English label to the shown one (default: the interface language).
    """
    renderer = layer.renderer()
    if renderer is None:
        return
    kind = renderer.type()
    if kind == "categorizedSymbol":
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, translate(category.label()))
    elif kind == "graduatedSymbol":
        for index, value_range in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(index, translate(value_range.label()))
    elif kind == "RuleRenderer":
        for rule in renderer.rootRule().descendants():
            rule.setLabel(translate(rule.label()))
    elif kind == "paletted":
        for paletted_class in renderer.classes():
            renderer.setLabel(paletted_class.value, translate(paletted_class.label))


def _vector(uri, title, style):
    layer = QgsVectorLayer(uri, title, "ogr")
    if not layer.isValid():
        return None
    if style:
        _apply_style(layer, style)
    return layer


def _apply_style(layer, style):
    """Load the QML ``style`` of resources/styles into ``layer`` and translate its legend."""
    _message, ok = layer.loadNamedStyle(style_path(style))
    if not ok:
        raise ValueError(tr("Could not read the style {}.").format(style_path(style)))
    translate_legend(layer)


def _raster(path, title, style):
    if not path or not os.path.isfile(path.split("|")[0]):
        return None
    layer = QgsRasterLayer(path, title, "gdal")
    if not layer.isValid():
        return None
    if style:
        _apply_style(layer, style)
    else:
        layer.setContrastEnhancement(STRETCH_MIN_MAX, LIMITS_CUMULATIVE_CUT)
    return layer


def rescale_pseudocolor(layer, lower=0.02, upper=0.98):
    """Stretch the colour ramp of a pseudocolour raster onto its own 2–98 % value range.

    The QML style fixes the colours; the values they sit at depend on the scene.
    """
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "singlebandpseudocolor":
        return
    low, high = layer.dataProvider().cumulativeCut(1, lower, upper, QgsRectangle(), 250000)
    if not (high > low):
        return
    shader = renderer.shader().rasterShaderFunction()
    items = shader.colorRampItemList()
    old_low, old_high = items[0].value, items[-1].value
    span = (old_high - old_low) or 1.0
    for item in items:
        item.value = low + (item.value - old_low) / span * (high - low)
    shader.setColorRampItemList(items)
    shader.setMinimumValue(low)
    shader.setMaximumValue(high)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)


def style_rgb(layer, red=3, green=2, blue=1):
    """Show a multiband image as an RGB composite (bands 3, 2, 1 = red, green, blue) with a 2–98 % stretch."""
    if layer.bandCount() < max(red, green, blue):
        layer.setContrastEnhancement(STRETCH_MIN_MAX, LIMITS_CUMULATIVE_CUT)
        return
    layer.setRenderer(QgsMultiBandColorRenderer(layer.dataProvider(), red, green, blue))
    layer.setContrastEnhancement(STRETCH_MIN_MAX, LIMITS_CUMULATIVE_CUT)


def _add_group(project, name, kind, entries):
    """Add ``entries`` [(role, layer, visible)] (top to bottom) under a new top-level group."""
    root = project.layerTreeRoot()
    group = root.insertGroup(0, unique_group_name(root, name))
    group.setCustomProperty(KIND_PROPERTY, kind)
    for role, layer, visible in entries:
        layer.setCustomProperty(ROLE_PROPERTY, role)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        if not visible:
            node.setExpanded(False)
    return group


def layers_extent(layers, canvas=None, project=None):
    """Combined extent of ``layers`` in the canvas CRS (or the first layer's CRS without a canvas)."""
    project = project or QgsProject.instance()
    target = None
    if canvas is not None and canvas.mapSettings().destinationCrs().isValid():
        target = canvas.mapSettings().destinationCrs()
    extent = QgsRectangle()
    for layer in layers:
        if layer is None or layer.extent().isEmpty():
            continue
        if target is None:
            target = layer.crs()
        box = layer.extent()
        if layer.crs() != target and layer.crs().isValid():
            box = QgsCoordinateTransform(layer.crs(), target, project).transformBoundingBox(box)
        if extent.isEmpty() or extent.isNull():
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    return extent, target


def zoom_to(canvas, layers, project=None):
    """Zoom ``canvas`` to the layers (sets its CRS from them when it has none)."""
    if canvas is None:
        return
    extent, crs = layers_extent(layers, canvas, project)
    if extent.isEmpty():
        return
    if not canvas.mapSettings().destinationCrs().isValid() and crs is not None:
        canvas.setDestinationCrs(crs)
    canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * 0.03))
    canvas.refresh()


class LoadedGroup:
    """What a load put in the project: the group and its layers by role."""

    def __init__(self, group, layers):
        self.group = group
        self.layers = layers  # role -> layer

    @property
    def name(self):
        return self.group.name()


def load_results(outputs, project=None, canvas=None, name=None):
    """Load a pipeline run's outputs, styled, into a new group at the top of the layer tree.

    Parameters
    ----------
    outputs : dict or str
        The pipeline's results dictionary, or a folder / GeoPackage path of an earlier run.
    project : QgsProject, optional
        Target project (the current one by default).
    canvas : QgsMapCanvas, optional
        Zoomed to the results when given.
    name : str, optional
        Group name; default "Fragile Borders <date time>" of the run.

    Returns
    -------
    LoadedGroup
    """
    if isinstance(outputs, str):
        outputs = outputs_from_path(outputs)
    project = project or QgsProject.instance()
    entries = []
    for role, key, _layer, title, style, visible in RESULT_VECTORS:
        uri = outputs.get(key)
        layer = _vector(uri, tr(title), style) if uri else None
        if layer is not None:
            entries.append((role, layer, visible))
    for role, key, _file, title, style, visible in RESULT_RASTERS:
        layer = _raster(outputs.get(key), tr(title), style)
        if layer is not None:
            if style == "change_score":
                rescale_pseudocolor(layer)
            entries.append((role, layer, visible))
    if not entries:
        raise ValueError(tr("The run produced no layer that could be opened ({}).").format(
            outputs.get("OUTPUT_FOLDER", "?")))
    backdrop = _raster(backdrop_path(outputs, project), tr(BACKDROP_TITLE), None)
    if backdrop is not None:
        style_rgb(backdrop)
        entries.append((BACKDROP_ROLE, backdrop, True))
    group = _add_group(project, name or run_group_name(run_time(outputs)), "results", entries)
    layers = {role: layer for role, layer, _visible in entries}
    zoom_to(canvas, [layers[r] for r in ("segments", "changes", "tracks", "change_score") if r in layers]
            or list(layers.values()), project)
    return LoadedGroup(group, layers)


def load_training_scene(outputs, project=None, canvas=None, name=None):
    """Load a generated training scene: RGB images, border, crossings, incidents, hidden answers.

    ``outputs`` is the result dictionary of ``fragileborders:trainingscene``.
    """
    project = project or QgsProject.instance()
    entries = []
    for role, key, title, style, visible in TRAINING_VECTORS:
        uri = outputs.get(key)
        if not uri and outputs.get("SCENE_GPKG"):
            uri = f"{outputs['SCENE_GPKG']}|layername={role}"
        layer = _vector(uri, tr(title), style) if uri else None
        if layer is not None:
            entries.append((role, layer, visible))
    for role, key, title, style, visible in TRAINING_RASTERS:
        layer = _raster(outputs.get(key), tr(title), style)
        if layer is None:
            continue
        if style is None:
            style_rgb(layer)
        entries.append((role, layer, visible))
    if not entries:
        raise ValueError(tr("The training scene could not be opened ({}).").format(outputs.get("OUTPUT_FOLDER", "?")))
    group = _add_group(project, name or tr("Training borderland"), "training", entries)
    layers = {role: layer for role, layer, _visible in entries}
    zoom_to(canvas, [layers[r] for r in ("after", "border") if r in layers] or list(layers.values()), project)
    return LoadedGroup(group, layers)


def find_groups(project=None, kind=None):
    """Top-level groups this plugin created (optionally of one ``kind``), newest first."""
    root = (project or QgsProject.instance()).layerTreeRoot()
    groups = [child for child in root.children()
              if child.customProperty(KIND_PROPERTY) and (kind is None or child.customProperty(KIND_PROPERTY) == kind)]
    return groups


def layer_by_role(group, role):
    """The layer with ``role`` in ``group`` (None when absent or removed by the user)."""
    if group is None:
        return None
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(ROLE_PROPERTY) == role:
            return layer
    return None


def set_answers_visible(group, visible):
    """Show or hide the answer layers (truth_changes, truth_tracks) of a training group."""
    changed = 0
    if group is None:
        return changed
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(ROLE_PROPERTY) in ANSWER_ROLES:
            node.setItemVisibilityChecked(visible)
            changed += 1
    return changed
