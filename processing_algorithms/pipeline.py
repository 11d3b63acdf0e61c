"""``fragileborders:pipeline`` — changes, tracks, scored segments and a patrol plan in one run."""
import json
import os
import shutil
import tempfile

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_LINE, SOURCE_POINT, SOURCE_POLYGON
from ..core.change_defaults import MIN_AREA_M2
from ..i18n import tr, tr_noop
from ..dependencies import missing_modules
from .base import FragileBordersAlgorithm
from .layers import raster_path, source_to_frame, vector_file
from .plan_patrols import DEFAULT_MAX_RISK, DEFAULT_TEAMS
from .score_segments import optional_number

GPKG_NAME = "fragile_borders.gpkg"
#: raster file name in the output folder -> result name
RASTERS = {"change_score.tif": "CHANGE_SCORE", "change_mask.tif": "CHANGE_MASK",
           "track_response.tif": "TRACK_RESPONSE"}
#: layer name in the GeoPackage -> result name
LAYERS = {"changes": "CHANGES", "tracks": "TRACKS", "segments": "SEGMENTS",
          "patrol_posts": "PATROL_POSTS", "patrol_coverage": "PATROL_COVERAGE"}
RASTER_INPUTS = ("BEFORE", "AFTER", "MASK")
#: vector input -> geometry type declared if it is written out empty
VECTOR_INPUTS = {"BORDER": "LineString", "INCIDENTS": "Point", "CROSSINGS": "Point", "AOI": "Polygon"}


def border_length_m(algorithm, parameters, context):
    """Total length in metres of the BORDER lines (measured in a local UTM zone when in degrees)."""
    from ..core.crs import to_metric

    border = source_to_frame(algorithm, parameters, "BORDER", context, fields=[])
    if border is None or border.empty:
        raise ValueError(tr("BORDER: the border layer holds no line; choose the border line layer."))
    return float(to_metric(border).geometry.length.sum())


class PipelineAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "pipeline"
    DISPLAY_NAME = tr_noop("Border surveillance pipeline (all steps)")
    GROUP_ID = "workflows"
    DESCRIPTION = tr_noop(
        "Runs the whole analysis in one go, for batch runs and models: detects changes between the "
        "BEFORE and AFTER images, extracts desert tracks from AFTER (flagging those absent from "
        "BEFORE as new), scores the border segments from tracks, changes, incidents and official "
        "crossings, and, when TEAMS > 0, plans patrol posts. All vector results go to one GeoPackage "
        "(fragile_borders.gpkg with layers changes, tracks, segments, patrol_posts, patrol_coverage), "
        "rasters beside it, and run.json records the parameters and a summary. Results appear only "
        "when every step succeeded.")
    OUTPUT_HELP = {
        "OUTPUT_GPKG": tr_noop("fragile_borders.gpkg with all vector results."),
        "CHANGES": tr_noop("Change polygons (area_m2, score, score_max, p_value, change_class)."),
        "TRACKS": tr_noop("Track lines (length_m, confidence 0–1, is_new)."),
        "SEGMENTS": tr_noop("Border segments with factors, score 0–100, rank, priority, drivers, risk."),
        "PATROL_POSTS": tr_noop("Chosen patrol posts (only when TEAMS > 0)."),
        "PATROL_COVERAGE": tr_noop("Segments covered by each post (only when TEAMS > 0)."),
        "CHANGE_SCORE": tr_noop("change_score.tif, per-pixel change statistic."),
        "CHANGE_MASK": tr_noop("change_mask.tif, 1 = change."),
        "TRACK_RESPONSE": tr_noop("track_response.tif, response of the track detector (5.6 × track probability)."),
        "SUMMARY_JSON": tr_noop("run.json: parameters and summary figures of the run."),
        "COVERED_SHARE": tr_noop("Share (0–1) of the total segment priority covered by the patrol posts."),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterRasterLayer("BEFORE", tr("Before image")),
                 tr("Earlier multispectral image (GeoTIFF; e.g. blue, green, red, NIR)."))
        self.add(QgsProcessingParameterRasterLayer("AFTER", tr("After image")),
                 tr("Later image of the same area; resampled onto BEFORE's grid where they differ."))
        self.add(QgsProcessingParameterFeatureSource("BORDER", tr("Border line"), [SOURCE_LINE]),
                 tr("The border as one or more lines, in any CRS (lengths are measured in metres)."))
        self.add(QgsProcessingParameterFeatureSource("INCIDENTS", tr("Incidents"), [SOURCE_POINT]),
                 tr("Dated incident points (fields date, type, severity by default)."), optional=True)
        self.add(QgsProcessingParameterFeatureSource("CROSSINGS", tr("Official crossings"), [SOURCE_POINT]),
                 tr("Official border crossing points; segments far from them score higher."), optional=True)
        self.add(QgsProcessingParameterRasterLayer("MASK", tr("Ignore mask (cloud, shadow)")),
                 tr("Raster whose non-zero pixels are left out of change detection (e.g. clouds)."),
                 optional=True)
        self.add(QgsProcessingParameterFeatureSource("AOI", tr("Area of interest"), [SOURCE_POLYGON]),
                 tr("Polygons that limit change detection and track extraction."), optional=True)
        self.add(QgsProcessingParameterNumber("SIGNIFICANCE", tr("Change significance (probability)"),
                                              NUMBER_DOUBLE, 0.99, minValue=0.5, maxValue=0.999999),
                 tr("Probability of change above which a pixel is marked changed (0.5–0.999999)."))
        self.add(QgsProcessingParameterNumber("MIN_AREA_M2", tr("Minimum change area (m²)"), NUMBER_DOUBLE,
                                              MIN_AREA_M2, minValue=0.0),
                 tr("Change polygons smaller than this area in square metres are dropped."))
        self.add(QgsProcessingParameterNumber("TRACK_WIDTH_M", tr("Track width (m)"), NUMBER_DOUBLE, 6.0,
                                              minValue=0.1),
                 tr("Typical width of the tracks to find, in metres."))
        self.add(QgsProcessingParameterNumber("MIN_LENGTH_M", tr("Minimum track length (m)"), NUMBER_DOUBLE,
                                              150.0, minValue=0.0),
                 tr("Tracks shorter than this length in metres are dropped."))
        self.add(QgsProcessingParameterNumber("SEGMENT_LENGTH_M", tr("Segment length (m)"), NUMBER_DOUBLE,
                                              None, minValue=10.0),
                 tr("Length of the border segments in metres; empty = derived from the border's length (at "
                    "least 10 segments, a readable length of at most 2000 m, said in the log)."), optional=True)
        self.add(QgsProcessingParameterNumber("CORRIDOR_M", tr("Corridor half-width (m)"), NUMBER_DOUBLE,
                                              5000.0, minValue=1.0),
                 tr("Distance in metres on each side of the border within which evidence is counted."))
        self.add(QgsProcessingParameterString("REFERENCE_DATE", tr("Reference date (YYYY-MM-DD)")),
                 tr("Date at which incident recency is measured; empty = latest incident date."), optional=True)
        self.add(QgsProcessingParameterNumber("HALF_LIFE_DAYS", tr("Incident half-life (days)"), NUMBER_DOUBLE,
                                              180.0, minValue=1.0),
                 tr("An incident this many days old counts half as much as one on the reference date."))
        self.add(QgsProcessingParameterNumber("TEAMS", tr("Patrol teams"), NUMBER_INTEGER, DEFAULT_TEAMS,
                                              minValue=0),
                 tr("Number of patrol teams to place; 0 skips patrol planning."))
        self.add(QgsProcessingParameterNumber("REACH_M", tr("Team reach along the border (m)"), NUMBER_DOUBLE,
                                              None, minValue=1.0),
                 tr("How far along the border, in metres each way, one team covers from its post; empty = 2.5 "
                    "segment lengths, rounded to a readable length (5000 m for 2000 m segments)."), optional=True)
        self.add(QgsProcessingParameterNumber("MAX_RISK", tr("Maximum risk for a post (0–100)"), NUMBER_DOUBLE,
                                              DEFAULT_MAX_RISK, minValue=0.0, maxValue=100.0),
                 tr("Posts are never placed on segments whose personnel risk exceeds this value."))
        self.add(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")),
                 tr("Folder that receives fragile_borders.gpkg, the rasters and run.json."))
        self.addOutput(QgsProcessingOutputFile("OUTPUT_GPKG", tr("Results GeoPackage")))
        for layer, output in LAYERS.items():
            self.addOutput(QgsProcessingOutputVectorLayer(output, layer))
        for name, output in RASTERS.items():
            self.addOutput(QgsProcessingOutputRasterLayer(output, name))
        self.addOutput(QgsProcessingOutputFile("SUMMARY_JSON", tr("Run summary")))
        self.addOutput(QgsProcessingOutputNumber("COVERED_SHARE", tr("Covered priority share")))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """Resolve the inputs to plain files here, in the thread that owns ``context``.

        When the dock or the toolbox runs the pipeline in the background, this runs in the main
        thread and :meth:`process` in a worker. The steps then get plain files and a context
        without the project, so nothing in the worker thread reads or holds the project's layers
        (cross-thread use of project layers is what QGIS's own algorithms avoid by preparing).
        """
        self._exported = tempfile.mkdtemp(prefix="fragile-borders-inputs-")
        self._inputs, self._derived = {}, {}
        if missing_modules():
            return True  # processAlgorithm reports them with the install hint
        try:
            self._inputs = {name: raster_path(self, parameters, name, context) for name in RASTER_INPUTS}
            for name, geometry_type in VECTOR_INPUTS.items():
                self._inputs[name] = vector_file(self, parameters, name, context, self._exported, geometry_type)
            self._derived = self._derived_lengths(parameters, context, feedback)
        except ValueError as error:
            shutil.rmtree(self._exported, ignore_errors=True)
            raise QgsProcessingException(str(error)) from None
        return True

    def process(self, parameters, context, feedback):
        folder = os.path.abspath(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        work = None
        try:
            os.makedirs(folder, exist_ok=True)
            parameters = {**parameters, **self._derived}
            work = tempfile.mkdtemp(prefix=".pipeline-", dir=folder)
            results = self._run_steps(parameters, context, feedback, work)
            return self._publish(parameters, context, results, work, folder)
        finally:
            if work:
                shutil.rmtree(work, ignore_errors=True)
            shutil.rmtree(self._exported, ignore_errors=True)

    def _derived_lengths(self, parameters, context, feedback):
        """SEGMENT_LENGTH_M and REACH_M derived from the border's length, for those left empty.

        The derived values go into the parameters so the steps use them and run.json records them.
        """
        from ..core.scales import derived_reach, derived_segment_length

        segment_length = optional_number(self, parameters, "SEGMENT_LENGTH_M", context)
        reach = optional_number(self, parameters, "REACH_M", context)
        derived = {}
        if segment_length is None:
            border_length = border_length_m(self, parameters, context)
            segment_length = derived["SEGMENT_LENGTH_M"] = derived_segment_length(border_length)
            feedback.pushInfo(tr("SEGMENT_LENGTH_M left empty: {:.0f} m, for about {:.0f} segments along the "
                                 "{:.2f} km border.").format(segment_length, border_length / segment_length,
                                                            border_length / 1000.0))
        if reach is None:
            reach = derived["REACH_M"] = derived_reach(segment_length)
            feedback.pushInfo(tr("REACH_M left empty: {:.0f} m each way from a post ({:.1f} segment lengths).").format(
                reach, reach / segment_length))
        return derived

    def _run_steps(self, parameters, context, feedback, work):
        """Run the child algorithms into ``work``; return their results by step."""
        import processing

        def number(name):
            # the declared default when the caller left it out, evaluated when it is an expression
            return self.parameterAsDouble(parameters, name, context)

        teams = self.parameterAsInt(parameters, "TEAMS", context)
        steps = 4 if teams > 0 else 3
        multi = QgsProcessingMultiStepFeedback(steps, feedback)
        # the steps' own context, made in this thread and without the project: they open the files
        # prepareAlgorithm resolved and keep what they load to themselves
        steps_context = QgsProcessingContext()
        steps_context.copyThreadSafeSettings(context)
        steps_context.setProject(None)

        def child(step, algorithm, child_parameters):
            multi.setCurrentStep(step)
            multi.pushInfo(tr("Step {} of {}: {}").format(step + 1, steps, algorithm))
            return processing.run(algorithm, child_parameters, context=steps_context, feedback=multi,
                                  is_child_algorithm=True)

        passed = self._inputs
        changes = child(0, "fragileborders:detectchanges", {
            "BEFORE": passed["BEFORE"], "AFTER": passed["AFTER"], "MASK": passed["MASK"], "AOI": passed["AOI"],
            "SIGNIFICANCE": number("SIGNIFICANCE"), "MIN_AREA_M2": number("MIN_AREA_M2"),
            "OUTPUT_SCORE": os.path.join(work, "change_score.tif"),
            "OUTPUT_MASK": os.path.join(work, "change_mask.tif"),
            "OUTPUT_CHANGES": os.path.join(work, "changes.gpkg")})
        tracks = child(1, "fragileborders:extracttracks", {
            "INPUT": passed["AFTER"], "BEFORE": passed["BEFORE"], "AOI": passed["AOI"],
            "TRACK_WIDTH_M": number("TRACK_WIDTH_M"),
            "MIN_LENGTH_M": number("MIN_LENGTH_M"),
            "OUTPUT": os.path.join(work, "tracks.gpkg"),
            "OUTPUT_RESPONSE": os.path.join(work, "track_response.tif")})
        scoring = {
            "BORDER": passed["BORDER"], "INCIDENTS": passed["INCIDENTS"], "CROSSINGS": passed["CROSSINGS"],
            "TRACKS": tracks["OUTPUT"], "CHANGES": changes["OUTPUT_CHANGES"],
            "SEGMENT_LENGTH_M": number("SEGMENT_LENGTH_M"),
            "CORRIDOR_M": number("CORRIDOR_M"),
            "HALF_LIFE_DAYS": number("HALF_LIFE_DAYS"),
            "OUTPUT": os.path.join(work, "segments.gpkg")}
        reference_date = self.parameterAsString(parameters, "REFERENCE_DATE", context).strip()
        if reference_date:
            scoring["REFERENCE_DATE"] = reference_date
        segments = child(2, "fragileborders:scoresegments", scoring)
        results = {"changes": changes, "tracks": tracks, "segments": segments}
        teams = self._teams_for(teams, segments["OUTPUT"], multi)
        if teams > 0:
            results["patrols"] = child(3, "fragileborders:planpatrols", {
                "SEGMENTS": segments["OUTPUT"], "TEAMS": teams,
                "REACH_M": number("REACH_M"), "MAX_RISK": number("MAX_RISK"),
                "OUTPUT_POSTS": os.path.join(work, "patrol_posts.gpkg"),
                "OUTPUT_COVERAGE": os.path.join(work, "patrol_coverage.gpkg")})
        return results

    @staticmethod
    def _teams_for(teams, segments_path, feedback):
        """TEAMS, lowered to the number of segments on a short border (with a warning)."""
        from ..core.io import feature_count

        if teams <= 0:
            return 0
        count = feature_count(segments_path.split("|")[0])
        if teams > count:
            feedback.pushWarning(tr("TEAMS = {} but the border has only {} segment(s): placing {} team(s).").format(
                teams, count, count))
        return min(teams, count)

    def _publish(self, parameters, context, results, work, folder):
        """Move the finished outputs from ``work`` into ``folder`` and describe them."""
        from ..core.io import atomic_path, merge_layers_atomic
        from ..core.summary import summarise_run

        gpkg = os.path.join(folder, GPKG_NAME)
        layers = {name: os.path.join(work, f"{name}.gpkg") for name in LAYERS}
        merge_layers_atomic({name: path for name, path in layers.items() if os.path.exists(path)}, gpkg)
        for name in RASTERS:
            os.replace(os.path.join(work, name), os.path.join(folder, name))
        covered_share = results.get("patrols", {}).get("COVERED_SHARE")
        summary = summarise_run(gpkg, covered_share)
        recorded = {**parameters, **{name: self._inputs[name] for name in RASTER_INPUTS if self._inputs.get(name)}}
        summary["parameters"] = {k: v if isinstance(v, (int, float, str, type(None))) else str(v)
                                 for k, v in recorded.items()}
        summary_path = os.path.join(folder, "run.json")
        with atomic_path(summary_path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
            json.dump(summary, handle, indent=2, ensure_ascii=False, default=str)
        outputs = {"OUTPUT_FOLDER": folder, "OUTPUT_GPKG": gpkg, "SUMMARY_JSON": summary_path,
                   "COVERED_SHARE": covered_share}
        outputs.update({output: os.path.join(folder, name) for name, output in RASTERS.items()})
        outputs.update({output: f"{gpkg}|layername={name}" for name, output in LAYERS.items()
                        if os.path.exists(layers[name])})
        return outputs
