"""``fragileborders:planpatrols`` — place patrol posts covering the most segment priority."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_LINE, SOURCE_POINT
from ..i18n import tr, tr_noop
from .base import FragileBordersAlgorithm, core_callbacks
from .layers import output_path, source_to_frame

METHODS = ("auto", "exact", "greedy")
#: defaults shared with the pipeline
DEFAULT_TEAMS, DEFAULT_REACH_M, DEFAULT_MAX_RISK = 3, 5000.0, 70.0


class PlanPatrolsAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "planpatrols"
    DISPLAY_NAME = tr_noop("Plan patrol posts")
    GROUP_ID = "border"
    DESCRIPTION = tr_noop(
        "Chooses where to post TEAMS patrol teams along a scored border so that the covered priority is the "
        "largest (maximal covering location problem). Candidates are the segment midpoints; a post covers the "
        "segments whose midpoints are within REACH_M along the border (chainage from start_km/end_km; "
        "straight-line distance when the layer has none). No new post goes on a segment whose risk is above "
        "MAX_RISK; existing posts stay and count among the TEAMS. Solved exactly with HiGHS "
        "(scipy.optimize.milp) when the eligible candidates are at most EXACT_MAX_CANDIDATES, otherwise greedily "
        "(always at least 63 % = 1 − 1/e of the optimum, usually within 1 %); the log says which. When every "
        "segment is above MAX_RISK no post is placed and the log explains why.")
    OUTPUT_HELP = {
        "OUTPUT_POSTS": tr_noop("Posts (points at segment midpoints): post_id, segment_id, covered_priority "
                                "(priority of the segments it covers, each counted once for its nearest post), "
                                "risk, existing (1 = existing post)."),
        "OUTPUT_COVERAGE": tr_noop("Covered segment lines: segment_id, post_id (nearest post)."),
        "COVERED_SHARE": tr_noop("Share (0–1) of the total priority that the posts cover."),
        "METHOD": tr_noop("Method used: exact, exact (time limit, best found) or greedy."),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("SEGMENTS", tr("Scored segments"), [SOURCE_LINE]),
                 tr("Border segments from Score border segments (segment_id, start_km, end_km, score, risk)."))
        self.add(QgsProcessingParameterNumber("TEAMS", tr("Patrol teams"), NUMBER_INTEGER, DEFAULT_TEAMS,
                                              minValue=1),
                 tr("Number of posts, one team each, existing posts included."))
        self.add(QgsProcessingParameterNumber("REACH_M", tr("Team reach along the border (m)"), NUMBER_DOUBLE,
                                              DEFAULT_REACH_M, minValue=1.0),
                 tr("How far in metres along the border one team covers from its post, each way."))
        self.add(QgsProcessingParameterNumber("MAX_RISK", tr("Maximum risk for a post (0–100)"), NUMBER_DOUBLE,
                                              DEFAULT_MAX_RISK, minValue=0.0, maxValue=100.0),
                 tr("No new post is placed on a segment whose risk (0–100) is above this value."))
        self.add(QgsProcessingParameterFeatureSource("EXISTING_POSTS", tr("Existing posts"), [SOURCE_POINT]),
                 tr("Posts that must stay (points); each is moved to the nearest segment midpoint."), optional=True)
        self.add(QgsProcessingParameterField("PRIORITY_FIELD", tr("Priority field"), "score", "SEGMENTS"),
                 tr("Numeric field with the priority to cover (default score, 0–100; empty or negative "
                    "values count 0)."), optional=True)
        self.add(QgsProcessingParameterField("RISK_FIELD", tr("Risk field"), "risk", "SEGMENTS"),
                 tr("Numeric field with the risk to personnel (0–100) compared with MAX_RISK; leave empty to plan "
                    "without the risk rule."), optional=True)
        self.add(QgsProcessingParameterEnum("METHOD", tr("Method"), options=[tr("auto"), tr("exact"),
                                                                            tr("greedy")], defaultValue=0),
                 tr("auto = exact when the eligible candidates are at most EXACT_MAX_CANDIDATES, greedy "
                    "otherwise."), advanced=True)
        self.add(QgsProcessingParameterNumber("EXACT_MAX_CANDIDATES", tr("Largest exact problem (candidates)"),
                                              NUMBER_INTEGER, 3000, minValue=1),
                 tr("With auto, problems with more eligible candidate segments are solved greedily."),
                 advanced=True)
        self.add(QgsProcessingParameterNumber("TIME_LIMIT_S", tr("Time limit of the exact solver (s)"),
                                              NUMBER_DOUBLE, 30.0, minValue=1.0),
                 tr("Seconds after which HiGHS stops; the better of its best plan and the greedy plan is kept."),
                 advanced=True)
        self.add(QgsProcessingParameterVectorDestination("OUTPUT_POSTS", tr("Patrol posts")),
                 tr("Output points: the chosen posts."))
        self.add(QgsProcessingParameterVectorDestination("OUTPUT_COVERAGE", tr("Patrol coverage")),
                 tr("Output lines: the covered segments and the post covering each."))
        self.addOutput(QgsProcessingOutputNumber("COVERED_SHARE", tr("Covered priority share")))
        self.addOutput(QgsProcessingOutputString("METHOD", tr("Method used")))

    def process(self, parameters, context, feedback):
        from ..core.patrols import plan_patrols, write_plan

        segments = source_to_frame(self, parameters, "SEGMENTS", context, feedback=feedback)
        if segments is None:
            raise ValueError(tr("SEGMENTS: choose the scored segment layer."))
        existing = source_to_frame(self, parameters, "EXISTING_POSTS", context, fields=[], feedback=feedback)
        priority_field = (self.parameterAsString(parameters, "PRIORITY_FIELD", context) or "").strip() or "score"
        risk_field = (self.parameterAsString(parameters, "RISK_FIELD", context) or "").strip() or None
        progress, is_cancelled = core_callbacks(feedback, 5, 95)
        posts, coverage, info = plan_patrols(
            segments, self.parameterAsInt(parameters, "TEAMS", context),
            self.parameterAsDouble(parameters, "REACH_M", context),
            max_risk=self.parameterAsDouble(parameters, "MAX_RISK", context), existing_posts=existing,
            priority_field=priority_field, risk_field=risk_field,
            method=METHODS[self.parameterAsEnum(parameters, "METHOD", context)],
            exact_max_candidates=self.parameterAsInt(parameters, "EXACT_MAX_CANDIDATES", context),
            time_limit_s=self.parameterAsDouble(parameters, "TIME_LIMIT_S", context),
            progress=progress, is_cancelled=is_cancelled)
        for message in info["warnings"]:
            feedback.pushWarning(message)
        if info["method"] != "none":
            feedback.pushInfo(tr("Method: {} ({} eligible candidates, distance {}).").format(
                info["method"], info["eligible"], info["distance"]))
            feedback.pushInfo(tr("{} posts cover {:.1%} of the total priority {:.1f} (greedy alone: {:.1%}).").format(
                info["posts"], info["covered_share"], info["total_priority"], info["greedy_share"]))
        posts_path = output_path(self, parameters, "OUTPUT_POSTS", context)
        coverage_path = output_path(self, parameters, "OUTPUT_COVERAGE", context)
        write_plan(posts, coverage, posts_path, coverage_path)
        return {"OUTPUT_POSTS": posts_path, "OUTPUT_COVERAGE": coverage_path,
                "COVERED_SHARE": float(info["covered_share"]), "METHOD": info["method"]}
