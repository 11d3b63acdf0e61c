"""``fragileborders:scoresegments`` — cut the border into segments and score them for patrol priority."""
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..compat import NUMBER_DOUBLE, SOURCE_LINE, SOURCE_POINT, SOURCE_POLYGON
from ..i18n import tr, tr_noop
from .base import FragileBordersAlgorithm, core_callbacks
from .layers import output_path, raster_path, source_to_frame

SIDES = ("both", "left", "right")
DEFAULT_WEIGHTS = "crossings=2,tracks=0.5,changes=1,incidents=3,remoteness=0.5,terrain=0.5"
LONG_RUN_SHARE = 0.5  # same default as core.segments.DEFAULT_LONG_RUN_SHARE
DEFAULT_CLASS_WEIGHTS = "new_bright_surface=1,darkening=0.5,vegetation_loss=0.5,vegetation_gain=0.2,other=0.3"
DEFAULT_VIOLENT = ("armed_attack,ied,ambush,kidnapping,attack,explosion,shooting,battles,"
                   "explosions/remote_violence,violence_against_civilians")


def optional_number(algorithm, parameters, name, context):
    """The number given for an optional parameter without default, or None when left empty."""
    value = parameters.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return algorithm.parameterAsDouble(parameters, name, context)


class ScoreSegmentsAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "scoresegments"
    DISPLAY_NAME = tr_noop("Score border segments")
    GROUP_ID = "border"
    DESCRIPTION = tr_noop(
        "Cuts the border into segments of equal length (measured in metres in a local UTM zone when the "
        "border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and "
        "scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): "
        "<b>crossings</b> = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) "
        "per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; "
        "<b>tracks</b> = track length in the corridor per km² (same weights); <b>changes</b> = change "
        "area in the corridor per km², weighted by change class; <b>incidents</b> = Σ severity × type weight × "
        "(LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate "
        "blended with the decayed recent intensity); <b>remoteness</b> = 1 − exp(−distance along the border to the "
        "nearest official crossing / REMOTENESS_SCALE_M); <b>terrain</b> = passability from the DEM slope "
        "(1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and "
        "5 × the median of their non-zero values, mapped onto 0–0.5 up to that scale and compressed into 0.5–1 "
        "above it (the hottest segments keep their order). score = 100 × (Σ weight × factor / Σ weight "
        "over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M, by default chosen "
        "from the incidents); with FIT_WEIGHTS the weights are learned from your own dated incidents: a "
        "regularised Poisson model of the incidents per segment (exposure = segment length) is fitted to one "
        "half of them (split at the median date) and checked on the other, both ways, which chooses the penalty, "
        "the share of the incident history and σ (f_incidents is then the incident factor ÷ its maximum, the "
        "linear scale the fit uses); with too few incidents (under 30, or all on one day) WEIGHTS are kept and the "
        "log says why; the fitted weights and their bootstrap standard errors are in the log and in "
        "OUTPUT_WEIGHTS; rank 1 = highest; "
        "priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every "
        "score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* "
        "z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z > 1.96 is a "
        "significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × "
        "0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × "
        "(1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, "
        "new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, "
        "n_violent_incidents. Output geometry is each segment line in the border's CRS.")
    OUTPUT_HELP = {
        "OUTPUT": tr_noop("Segment lines: segment_id, part, start_km, end_km (chainage), length_m, f_crossings, "
                          "f_tracks, f_changes, f_incidents, f_remoteness, f_terrain (0–1), raw values, score "
                          "(0–100), rank, priority, drivers, risk (0–100), hotspot_z."),
        "OUTPUT_WEIGHTS": tr_noop("CSV, one row per factor: factor, weight (as used in the score), share (of "
                                  "Σ weights, 0–1), std_error (bootstrap standard error of the fitted share; "
                                  "empty for fixed weights), status (fitted, today's weight, dropped: constant "
                                  "along the border, no data, weight 0 in WEIGHTS, not used)."),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        for add_group in (self._add_border_settings, self._add_evidence_layers, self._add_incident_settings,
                          self._add_weight_settings, self._add_factor_settings, self._add_risk_and_outputs):
            add_group()

    def _add_border_settings(self):
        """Border, segment length, corridor and side."""
        self.add(QgsProcessingParameterFeatureSource("BORDER", tr("Border line"), [SOURCE_LINE]),
                 tr("The border line (one or several parts, any CRS; lengths are measured in metres)."))
        self.add(QgsProcessingParameterNumber("SEGMENT_LENGTH_M", tr("Segment length (m)"), NUMBER_DOUBLE, 2000.0,
                                              minValue=1.0),
                 tr("Length of each segment in metres; a last piece shorter than half a segment joins the "
                    "previous one."))
        self.add(QgsProcessingParameterNumber("CORRIDOR_M", tr("Corridor half-width (m)"), NUMBER_DOUBLE, 5000.0,
                                              minValue=1.0),
                 tr("Width in metres of the corridor on each side of the border in which tracks, changes and "
                    "incidents are counted."))
        self.add(QgsProcessingParameterEnum("SIDE", tr("Corridor side"), options=[tr("both"), tr("left"),
                                                                               tr("right")], defaultValue=0),
                 tr("Count both sides of the border or one side only; left/right as seen walking along the "
                    "border in the digitised direction of its longest part."))

    def _add_evidence_layers(self):
        """The evidence layers: tracks, changes, incidents, official crossings, DEM."""
        self.add(QgsProcessingParameterFeatureSource("TRACKS", tr("Tracks"), [SOURCE_LINE]),
                 tr("Track lines (e.g. from Extract tracks: confidence 0–1, is_new 0/1); used for crossings and "
                    "track density."), optional=True)
        self.add(QgsProcessingParameterFeatureSource("CHANGES", tr("Changes"), [SOURCE_POLYGON]),
                 tr("Change polygons (e.g. from Detect changes: change_class); area counted inside the "
                    "corridor in m²."), optional=True)
        self.add(QgsProcessingParameterFeatureSource("INCIDENTS", tr("Incidents"), [SOURCE_POINT]),
                 tr("Incident points with a date (e.g. from Import incidents)."), optional=True)
        self.add(QgsProcessingParameterFeatureSource("CROSSINGS", tr("Official crossings"), [SOURCE_POINT]),
                 tr("Official border crossing points; segments far from them score higher on remoteness."),
                 optional=True)
        self.add(QgsProcessingParameterRasterLayer("DEM", tr("Elevation model")),
                 tr("Digital elevation model in metres (GeoTIFF); gentle slopes mean passable terrain."),
                 optional=True)

    def _add_incident_settings(self):
        """Incident fields, reference date, decay and long-run share."""
        self.add(QgsProcessingParameterField("INCIDENT_DATE_FIELD", tr("Incident date field"), "date", "INCIDENTS"),
                 tr("Field with the incident date (Date field, or text such as 2024-01-15, 15/01/2024 or "
                    "'15 January 2024')."), optional=True)
        self.add(QgsProcessingParameterField("INCIDENT_SEVERITY_FIELD", tr("Incident severity field"), "severity",
                                             "INCIDENTS"),
                 tr("Numeric severity multiplying each incident (empty values count 1). Leave empty to give every "
                    "incident severity 1."), optional=True)
        self.add(QgsProcessingParameterField("INCIDENT_TYPE_FIELD", tr("Incident type field"), "type", "INCIDENTS"),
                 tr("Incident type, used for TYPE_WEIGHTS and to pick the violent incidents of the risk."),
                 optional=True)
        self.add(QgsProcessingParameterString("REFERENCE_DATE", tr("Reference date (YYYY-MM-DD)"), "",
                                              optional=True),
                 tr("Date from which incident ages are counted, as YYYY-MM-DD; empty = the latest incident date "
                    "(today when there are none). Later incidents are ignored."), optional=True)
        self.add(QgsProcessingParameterNumber("HALF_LIFE_DAYS", tr("Incident half-life (days)"), NUMBER_DOUBLE,
                                              180.0, minValue=1.0),
                 tr("An incident counts half as much after this many days, a quarter after twice as many."))
        self.add(QgsProcessingParameterNumber("LONG_RUN_SHARE", tr("Long-run share of the incident factor"),
                                              NUMBER_DOUBLE, LONG_RUN_SHARE, minValue=0.0, maxValue=1.0),
                 tr("0–1, no unit. In the incident factor each incident weighs this share plus (1 − share) × "
                    "0.5^(age / HALF_LIFE_DAYS): old incidents keep this share (the long-run rate), recent ones "
                    "count fully. 0 = pure decay, 1 = plain count. incident_intensity stays the decayed sum."),
                 advanced=True)

    def _add_weight_settings(self):
        """The weight fit, the factor weights and the class / type weights."""
        self.add(QgsProcessingParameterBoolean("FIT_WEIGHTS", tr("Fit the weights to the incident history"), True),
                 tr("Learn the factor weights from the dated incidents (each half, split at the median date, "
                    "fitted and checked on the other; at least 30 incidents in the corridors on two or more days). Off, or with too thin a "
                    "history: WEIGHTS as given."))
        self.add(QgsProcessingParameterString("WEIGHTS", tr("Factor weights"), DEFAULT_WEIGHTS),
                 tr("Weight of each factor in the score as factor=weight, comma-separated (factors: crossings, "
                    "tracks, changes, incidents, remoteness, terrain; unnamed keep their default). Used when "
                    "FIT_WEIGHTS is off or the history is too thin to fit; a factor with weight 0 stays out of the "
                    "score and of the fit. Default: {}.").format(DEFAULT_WEIGHTS))
        self.add(QgsProcessingParameterString("TYPE_WEIGHTS", tr("Incident type weights"), "", optional=True),
                 tr("Multipliers of the severity per incident type as type=weight (e.g. fuel_smuggling=2); other "
                    "types count 1."), optional=True, advanced=True)
        self.add(QgsProcessingParameterString("CHANGE_CLASS_WEIGHTS", tr("Change class weights"),
                                              DEFAULT_CLASS_WEIGHTS),
                 tr("Weight of the change area per change_class as class=weight. Default: {}.").format(
                     DEFAULT_CLASS_WEIGHTS), advanced=True)

    def _add_factor_settings(self):
        """Settings of the crossings, remoteness, terrain factors and the smoothing."""
        self.add(QgsProcessingParameterNumber("NEW_TRACK_WEIGHT", tr("Weight of new tracks"), NUMBER_DOUBLE, 2.0,
                                              minValue=0.0),
                 tr("Tracks with is_new = 1 count this many times (crossings and density)."), advanced=True)
        self.add(QgsProcessingParameterNumber("REMOTENESS_SCALE_M", tr("Remoteness scale (m)"), NUMBER_DOUBLE,
                                              10000.0, minValue=1.0),
                 tr("Distance in metres along the border from an official crossing at which remoteness reaches "
                    "63 %."), advanced=True)
        self.add(QgsProcessingParameterNumber("REMOTE_CROSSING_BOOST", tr("Remote crossing boost"), NUMBER_DOUBLE,
                                              2.0, minValue=0.0),
                 tr("Track crossings count (1 + this × remoteness) times, so informal crossings far from an "
                    "official post weigh more (needs CROSSINGS; 0 = off)."), advanced=True)
        self.add(QgsProcessingParameterNumber("MAX_SLOPE_DEG", tr("Impassable slope (degrees)"), NUMBER_DOUBLE,
                                              30.0, minValue=0.1, maxValue=90.0),
                 tr("Slope in degrees at which terrain counts as impassable for vehicles."), advanced=True)
        self.add(QgsProcessingParameterNumber("SMOOTHING_M", tr("Smoothing along the border (m)"), NUMBER_DOUBLE,
                                              None, optional=True, minValue=0.0),
                 tr("σ in metres of the Gaussian smoothing of the score along the border; 0 = none; empty = "
                    "chosen from the incidents: 0, ½, 1 or 2 segment lengths, whichever lets the earlier half "
                    "of the dated incidents best predict the later half (one segment length when fewer than "
                    "40 incidents lie in the corridors)."), optional=True, advanced=True)

    def _add_risk_and_outputs(self):
        """Hot spots, personnel risk and the outputs."""
        self.add(QgsProcessingParameterNumber("HOTSPOT_DISTANCE_M", tr("Hot-spot neighbourhood (m)"),
                                              NUMBER_DOUBLE, None, optional=True, minValue=0.0),
                 tr("Segments whose midpoints are within this many metres along the border are neighbours in the "
                    "Gi* hot-spot statistic; empty = 5 segment lengths."), optional=True, advanced=True)
        self.add(QgsProcessingParameterString("VIOLENT_TYPES", tr("Violent incident types"), DEFAULT_VIOLENT),
                 tr("Comma-separated incident types that count in the personnel risk (case, spaces and "
                    "underscores ignored)."), advanced=True)
        self.add(QgsProcessingParameterNumber("RISK_HALF_LIFE_DAYS", tr("Risk half-life (days)"), NUMBER_DOUBLE,
                                              90.0, minValue=1.0),
                 tr("A violent incident weighs half as much in the risk after this many days."), advanced=True)
        self.add(QgsProcessingParameterNumber("RISK_DISTANCE_M", tr("Risk distance (m)"), NUMBER_DOUBLE, None,
                                              optional=True, minValue=0.0),
                 tr("Violent incidents within this many metres of a segment raise its risk; empty = the "
                    "corridor half-width."), optional=True, advanced=True)
        self.add(QgsProcessingParameterNumber("RISK_HALF_SEVERITY", tr("Severity for risk 50"), NUMBER_DOUBLE, 3.0,
                                              minValue=0.01),
                 tr("Sum of decayed severities that gives a risk of 50 (100 × (1 − 0.5^(R / this)))."),
                 advanced=True)
        self.add(QgsProcessingParameterVectorDestination("OUTPUT", tr("Scored segments")),
                 tr("Output segment lines with factors, score, rank, priority, drivers, risk and hotspot_z."))
        self.add(QgsProcessingParameterFileDestination("OUTPUT_WEIGHTS", tr("Weight table"), tr("CSV files (*.csv)"),
                                                       optional=True, createByDefault=False),
                 tr("Optional CSV beside the segments: the weight of each factor, its share, its standard error "
                    "when fitted, and why a factor is left out."), optional=True)

    def process(self, parameters, context, feedback):
        from ..core.segments import score_segments, write_segments, write_weight_table

        border = source_to_frame(self, parameters, "BORDER", context, feedback=feedback)
        if border is None:
            raise ValueError(tr("BORDER: choose the border line layer."))
        layers = {name: source_to_frame(self, parameters, name.upper(), context, feedback=feedback)
                  for name in ("tracks", "changes", "incidents", "crossings")}
        if layers["incidents"] is not None and not (self.parameterAsString(parameters, "INCIDENT_DATE_FIELD",
                                                                             context) or "").strip():
            raise ValueError(tr("INCIDENT_DATE_FIELD: name the date field of the incident layer."))
        progress, is_cancelled = core_callbacks(feedback, 5, 95)
        segments, info = score_segments(border, progress=progress, is_cancelled=is_cancelled, **layers,
                                        **self._settings(parameters, context))
        for message in info["warnings"]:
            feedback.pushWarning(message)
        feedback.pushInfo(tr("Border {:.2f} km in {} part(s), measured in {}; {} segments.").format(
            info["border_km"], info["parts"], info["metric_crs"], info["segments"]))
        feedback.pushInfo(tr("Factors in the score: {}; reference date: {}.").format(
            ", ".join(f"{k}={v:.3g}" for k, v in info["weights"].items()), info["reference_date"] or "-"))
        self._log_weight_fit(info["weight_fit"], feedback)
        smoothing_sources = {"given": tr("given as SMOOTHING_M"), "incidents": tr("chosen from the incidents"),
                             "fit": tr("chosen with the weights fitted to the incidents"),
                             "default": tr("one segment length: too few dated incidents to choose")}
        feedback.pushInfo(tr("Smoothing along the border: σ = {:.0f} m ({}).").format(
            info["smoothing_m"], smoothing_sources[info["smoothing_source"]]))
        for row in segments.sort_values("rank").head(5).itertuples():
            feedback.pushInfo(tr("Rank {}: segment {} (km {:.1f}–{:.1f}), score {:.1f}, {}, risk {:.0f}: {}").format(
                row.rank, row.segment_id, row.start_km, row.end_km, row.score, row.priority, row.risk, row.drivers))
        path = output_path(self, parameters, "OUTPUT", context)
        weights_path = (self.parameterAsFileOutput(parameters, "OUTPUT_WEIGHTS", context) or "").strip()
        write_segments(segments, path)
        results = {"OUTPUT": path}
        if weights_path:
            write_weight_table(info, weights_path)
            results["OUTPUT_WEIGHTS"] = weights_path
        feedback.setProgress(100)
        return results

    def _settings(self, parameters, context):
        """The keyword settings of core ``score_segments`` read from the parameters."""
        fields = {name: (self.parameterAsString(parameters, name, context) or "").strip() or None
                  for name in ("INCIDENT_DATE_FIELD", "INCIDENT_SEVERITY_FIELD", "INCIDENT_TYPE_FIELD")}
        violent = [t.strip() for t in self.parameterAsString(parameters, "VIOLENT_TYPES", context).split(",")
                   if t.strip()]
        return dict(
            segment_length_m=self.parameterAsDouble(parameters, "SEGMENT_LENGTH_M", context),
            corridor_m=self.parameterAsDouble(parameters, "CORRIDOR_M", context),
            side=SIDES[self.parameterAsEnum(parameters, "SIDE", context)],
            dem_path=raster_path(self, parameters, "DEM", context),
            incident_date_field=fields["INCIDENT_DATE_FIELD"] or "date",
            incident_severity_field=fields["INCIDENT_SEVERITY_FIELD"],
            incident_type_field=fields["INCIDENT_TYPE_FIELD"],
            reference_date=self.parameterAsString(parameters, "REFERENCE_DATE", context).strip() or None,
            half_life_days=self.parameterAsDouble(parameters, "HALF_LIFE_DAYS", context),
            long_run_share=self.parameterAsDouble(parameters, "LONG_RUN_SHARE", context),
            weights=self.parameterAsString(parameters, "WEIGHTS", context),
            fit_weights=self.parameterAsBool(parameters, "FIT_WEIGHTS", context),
            type_weights=self.parameterAsString(parameters, "TYPE_WEIGHTS", context),
            change_class_weights=self.parameterAsString(parameters, "CHANGE_CLASS_WEIGHTS", context),
            new_track_weight=self.parameterAsDouble(parameters, "NEW_TRACK_WEIGHT", context),
            remoteness_scale_m=self.parameterAsDouble(parameters, "REMOTENESS_SCALE_M", context),
            max_slope_deg=self.parameterAsDouble(parameters, "MAX_SLOPE_DEG", context),
            remote_crossing_boost=self.parameterAsDouble(parameters, "REMOTE_CROSSING_BOOST", context),
            smoothing_m=optional_number(self, parameters, "SMOOTHING_M", context),
            hotspot_distance_m=optional_number(self, parameters, "HOTSPOT_DISTANCE_M", context),
            violent_types=violent,
            risk_half_life_days=self.parameterAsDouble(parameters, "RISK_HALF_LIFE_DAYS", context),
            risk_distance_m=optional_number(self, parameters, "RISK_DISTANCE_M", context),
            risk_half_severity=self.parameterAsDouble(parameters, "RISK_HALF_SEVERITY", context),
        )

    @staticmethod
    def _log_weight_fit(fit, feedback):
        """Say whether the weights were fitted (with their standard errors) or why today's were kept."""
        if fit.dropped:
            feedback.pushInfo(tr("Left out of the weight fit: {}.").format(
                "; ".join(f"{name} ({why})" for name, why in fit.dropped)))
        if fit.source == "fitted":
            feedback.pushInfo(tr("Weights fitted to the incident history ({} incidents before {} and {} from it, "
                                 "each part checked on the other; penalty {:g}, incident history share {:.0%}): {}. "
                                 "On the check, their log-likelihood of the checked incidents minus that of WEIGHTS "
                                 "is {:+.3f} per incident (positive: the fit predicted better; it is used either "
                                 "way).").format(
                fit.n_fit, fit.cut_date, fit.n_check, fit.penalty, fit.history_share,
                ", ".join(f"{name} {share:.2f} ± {fit.std_errors.get(name, 0.0):.2f}"
                          for name, share in fit.weights.items()), fit.check_gain))
        else:
            feedback.pushInfo(tr("WEIGHTS kept, not fitted: {}.").format(fit.reason))
