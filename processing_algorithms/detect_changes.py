"""``fragileborders:detectchanges`` — what changed between two images of the same area."""
from qgis.core import (
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POLYGON
from ..core.change_defaults import LINE_LENGTH_M, MIN_AREA_M2
from ..i18n import tr, tr_noop
from .base import FragileBordersAlgorithm, core_callbacks
from .layers import output_path, raster_path, source_to_frame

#: METHOD enum index -> core method name (indices of earlier versions kept; auto appended)
METHODS = ["imad", "cva", "ndvi", "brightness", "auto"]
THRESHOLD_MODES = ["noise", "otsu", "adaptive"]


class DetectChangesAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "detectchanges"
    DISPLAY_NAME = tr_noop("Detect changes between two images")
    GROUP_ID = "change"
    DESCRIPTION = tr_noop(
        "Finds what changed between an earlier (BEFORE) and a later (AFTER) multispectral image of the "
        "same area — new compounds, cleared ground, pits, vegetation cut — while ignoring what is not "
        "change: a different illumination or sensor calibration, a sub-pixel misregistration, clouds "
        "given in MASK.<br><br>"
        "<b>Alignment.</b> The analysis runs on BEFORE's pixel grid, restricted to the overlap of the two "
        "images. AFTER (any CRS, pixel size, extent) is resampled onto it: bilinear (no half-pixel jitter, "
        "no overshoot at sharp edges that would itself look like change), or average when AFTER is much "
        "finer; MASK with nearest. Nodata of both images, MASK and the outside of the AOI are left out of "
        "the statistics and come out as nodata.<br><br>"
        "<b>Methods.</b> <i>Automatic</i> (default): iMAD where the images have 2 or more independent bands "
        "that relate pixel to pixel (largest canonical correlation 0.7 or more); on weakly related dates (very "
        "high resolution pairs: buildings lean, shadows move) the texture: the edge energy of each date over "
        "21-pixel windows, compared by its log ratio, which neither a shift nor a gain changes; the brightness difference on "
        "a single band (panchromatic, one SAR band, an index). The log says which. "
        "<i>iMAD</i>: iteratively re-weighted Multivariate Alteration Detection "
        "(Nielsen 2007) — canonical correlation between the dates, pixels re-weighted by their no-change "
        "probability until the canonical correlations move by less than 0.001 (at most 100 iterations); "
        "insensitive to any per-band gain and offset between the dates; the score is the chi-square "
        "statistic (degrees of freedom = bands), calibrated on the unchanged pixels (texture and blur make "
        "them wider than chi-square); constant or duplicated bands are dropped with a warning; needs 2 "
        "independent bands or more (an error otherwise). <i>CVA</i>: length of the per-band difference "
        "vector after a robust per-band gain/offset normalisation of AFTER onto BEFORE (score in pixel "
        "units). <i>NDVI difference</i>: |NDVI after − NDVI before| (vegetation changes only). "
        "<i>Brightness difference</i>: |difference of the mean of the bands| in pixel units (bare soil, "
        "clearing, roofs, pits).<br><br>"
        "<b>Threshold.</b> Adaptive (default): the squared change of the sampled pixels is modelled as two "
        "classes, unchanged and changed (a two-gamma mixture fitted by EM); the threshold is the smaller of "
        "the SIGNIFICANCE quantile of the unchanged class and the boundary where a pixel becomes more likely "
        "changed than not. Where changes are rare SIGNIFICANCE decides (1 − SIGNIFICANCE = false-alarm rate "
        "on unchanged pixels); where much changed the boundary does. The log gives the estimated changed "
        "share; when under 30 % of the pixels look unchanged the images are taken as unrelated (\"no stable "
        "background\" warning) and nothing is mapped. <i>No-change quantile</i>: SIGNIFICANCE quantile only; "
        "<i>Otsu</i>: the larger of that and Otsu's threshold.<br><br>"
        "<b>Misregistration.</b> A pixel stays changed only if it cannot be explained by moving the blurrier "
        "date by up to TOLERANCE_PX pixels along the 8 directions — as far as the shift measured between "
        "the dates plus 0.3 pixel: edges that only moved are dropped, a new one-pixel wall is kept. Skipped "
        "on dates that relate weakly pixel to pixel. Then isolated pixels and changes smaller than "
        "MIN_AREA_M2 are removed; thin outlines (walls, fences) are kept.<br><br>"
        "<b>Thin lines.</b> Walls, fences and new tracks too faint for the pixel test are found from the "
        "evidence summed along 1-pixel lines of LINE_LENGTH_M (30 m by default; 0 = off, about a third "
        "faster); the misregistration test drops such a line only where both dates show an edge there (a "
        "dune crest that moved).<br><br>"
        "<b>Change classes</b> (change_class, from the mean spectral change of each polygon, AFTER "
        "normalised onto BEFORE): <i>vegetation_loss</i> — NDVI drops by 0.08 or more from vegetation "
        "(NDVI ≥ 0.2 before); <i>vegetation_gain</i> — NDVI rises by 0.08 or more to vegetation; "
        "<i>new_bright_surface</i> — 8 % brighter or more (structures, roofs, cleared ground, airstrips, "
        "new tracks); <i>darkening</i> — 8 % darker or more (excavation, pits, burn scars, water, "
        "tarmac); <i>other</i> — the rest (colour changes). Vegetation classes need the red and NIR "
        "bands among the compared bands.<br><br>"
        "Large images are processed in one streaming pass of row blocks after the statistics are taken "
        "from a sample: memory does not grow with the image height.")
    OUTPUT_HELP = {}

    def initAlgorithm(self, config=None):  # noqa: N802
        for add_group in (self._add_images, self._add_method, self._add_limits, self._add_advanced,
                          self._add_outputs):
            add_group()

    def _add_images(self):
        """The two dates."""
        self.add(QgsProcessingParameterRasterLayer("BEFORE", tr("Before image")),
                 tr("Earlier multispectral image (GeoTIFF; e.g. blue, green, red, NIR). Its grid (CRS, "
                    "pixel size) is the grid of the outputs."))
        self.add(QgsProcessingParameterRasterLayer("AFTER", tr("After image")),
                 tr("Later image of the same area; may differ in CRS, pixel size, extent and band count "
                    "(resampled onto BEFORE's grid, bilinear)."))

    def _add_method(self):
        """How change is measured and how much is kept."""
        self.add(QgsProcessingParameterEnum("METHOD", tr("Method"), options=[
            tr("iMAD (iteratively re-weighted MAD)"), tr("CVA (change vector magnitude)"),
            tr("NDVI difference"), tr("Brightness difference"), tr("Automatic (iMAD, texture or brightness)")],
            defaultValue=4),
                 tr("Automatic (recommended): iMAD on 2+ independent, related bands, texture (edge energy "
                    "over windows) on weakly related dates, brightness on a single band; the log says which. iMAD: chi-square statistic, "
                    "insensitive to gain/offset differences (2+ bands). CVA: spectral difference magnitude. "
                    "NDVI: vegetation changes. Brightness: bare soil / bright or dark surfaces."))
        self.add(QgsProcessingParameterNumber("SIGNIFICANCE", tr("Change significance (probability)"),
                                              NUMBER_DOUBLE, 0.99, minValue=0.5, maxValue=0.999999),
                 tr("Probability of change required to mark a pixel changed (0.5–0.999999); higher = fewer, "
                    "surer changes. Where changes are rare, 1 − SIGNIFICANCE is the false-alarm rate on "
                    "unchanged pixels."))
        self.add(QgsProcessingParameterNumber("MIN_AREA_M2", tr("Minimum change area (m²)"), NUMBER_DOUBLE,
                                              MIN_AREA_M2, minValue=0.0),
                 tr("Changes smaller than this area in square metres are dropped (areas are true m² also "
                    "for images in a geographic CRS). 50 m² keeps a mining pit 10 m across."))

    def _add_limits(self):
        """What is compared: area, bands, ignored pixels."""
        self.add(QgsProcessingParameterFeatureSource("AOI", tr("Area of interest"), [SOURCE_POLYGON]),
                 tr("Polygons (any CRS) limiting the analysis; pixels outside are nodata."), optional=True)
        self.add(QgsProcessingParameterBand("BANDS_BEFORE", tr("Bands of BEFORE"), None, "BEFORE",
                                            optional=True, allowMultiple=True),
                 tr("Bands of BEFORE to compare, paired in order with BANDS_AFTER. Empty = the first N bands, "
                    "N = the smaller band count of the two images."), optional=True)
        self.add(QgsProcessingParameterBand("BANDS_AFTER", tr("Bands of AFTER"), None, "AFTER",
                                            optional=True, allowMultiple=True),
                 tr("Bands of AFTER paired with BANDS_BEFORE (same number of bands). Empty = same band "
                    "numbers as BANDS_BEFORE."), optional=True)
        self.add(QgsProcessingParameterRasterLayer("MASK", tr("Ignore mask (cloud, shadow)")),
                 tr("Raster whose non-zero pixels are ignored (clouds, shadows, known artefacts); left out "
                    "of the statistics and nodata in the outputs. Resampled with nearest."), optional=True)

    def _add_advanced(self):
        """Band roles, misregistration, line test, smoothing, threshold (advanced)."""
        self.add(QgsProcessingParameterNumber("RED_BAND", tr("Red band of BEFORE"), NUMBER_INTEGER, 3,
                                              minValue=1),
                 tr("Band number of BEFORE holding red (matched to AFTER through the band lists); used by "
                    "NDVI and the vegetation classes."), advanced=True)
        self.add(QgsProcessingParameterNumber("NIR_BAND", tr("NIR band of BEFORE"), NUMBER_INTEGER, 4,
                                              minValue=1),
                 tr("Band number of BEFORE holding near-infrared; used by NDVI and the vegetation "
                    "classes."), advanced=True)
        self.add(QgsProcessingParameterNumber("TOLERANCE_PX", tr("Misregistration tolerance (pixels)"),
                                              NUMBER_INTEGER, 1, minValue=0, maxValue=3),
                 tr("Largest shift, in pixels, between the dates that is not counted as change (0 = "
                    "compare pixel to pixel); within it, only the measured shift plus 0.3 pixel is allowed."),
                 advanced=True)
        self.add(QgsProcessingParameterNumber("LINE_LENGTH_M", tr("Line test length (m)"), NUMBER_DOUBLE,
                                              LINE_LENGTH_M, minValue=0.0),
                 tr("Also find thin, faint straight changes (walls, fences, new tracks) from the evidence summed "
                    "along 1-pixel lines of about this length in metres, in 8 orientations, after removing the "
                    "measured shift; the misregistration tolerance then drops such a line only where both dates "
                    "show an edge (a moved dune crest). 0 = off: about a third faster, but most thin walls and "
                    "faint new tracks are missed."), advanced=True)
        self.add(QgsProcessingParameterBoolean("SMOOTH", tr("Compare 3×3 means"), False),
                 tr("Compare 3×3 pixel means instead of single pixels: less noise on noisy images, at the "
                    "cost of 1 pixel of blur on change outlines."), advanced=True)
        self.add(QgsProcessingParameterEnum("THRESHOLD_MODE", tr("Threshold"),
                                            options=[tr("no-change model at SIGNIFICANCE"), tr("Otsu"),
                                                     tr("adaptive (two-class model)")],
                                            defaultValue=2),
                 tr("Adaptive (recommended): the smaller of the SIGNIFICANCE quantile of the unchanged class "
                    "and the boundary of a two-class (unchanged/changed) model of the score, so that recall "
                    "holds where much changed. No-change model: the SIGNIFICANCE quantile only. Otsu: the "
                    "larger of that and Otsu's threshold of the score histogram."),
                 advanced=True)

    def _add_outputs(self):
        """Score, mask and polygons."""
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_SCORE", tr("Change score")),
                 tr("Float32 GeoTIFF on BEFORE's grid: iMAD = calibrated chi-square statistic (unitless, "
                    "degrees of freedom = bands); CVA and brightness = change magnitude in the image's "
                    "pixel units (e.g. reflectance × 10000); NDVI = |NDVI difference|; "
                    "texture = |log ratio of the edge energy|. Nodata −9999."))
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_MASK", tr("Change mask")),
                 tr("Uint8 GeoTIFF: 1 = change, 0 = no change, 255 = nodata (no data, MASK, outside AOI)."))
        self.add(QgsProcessingParameterVectorDestination("OUTPUT_CHANGES", tr("Changes"), SOURCE_POLYGON),
                 tr("Polygons (GeoPackage) in BEFORE's CRS: area_m2 (m²), score (mean), score_max, p_value "
                    "(probability that an unchanged pixel scores the polygon's mean score), change_class "
                    "(see above), d_ndvi (mean NDVI change) and d_brightness (relative brightness change)."))

    def process(self, parameters, context, feedback):
        from ..core.change import detect_changes

        before = raster_path(self, parameters, "BEFORE", context)
        after = raster_path(self, parameters, "AFTER", context)
        mask = raster_path(self, parameters, "MASK", context)
        aoi = source_to_frame(self, parameters, "AOI", context, fields=[], feedback=feedback)
        bands_before = self.parameterAsInts(parameters, "BANDS_BEFORE", context) or None
        bands_after = self.parameterAsInts(parameters, "BANDS_AFTER", context) or None
        method = METHODS[self.parameterAsEnum(parameters, "METHOD", context)]
        score_path = output_path(self, parameters, "OUTPUT_SCORE", context)
        mask_path = output_path(self, parameters, "OUTPUT_MASK", context)
        changes_path = output_path(self, parameters, "OUTPUT_CHANGES", context)
        progress, is_cancelled = core_callbacks(feedback)
        summary = detect_changes(
            before, after, score_path, mask_path, changes_path,
            method=method,
            significance=self.parameterAsDouble(parameters, "SIGNIFICANCE", context),
            min_area_m2=self.parameterAsDouble(parameters, "MIN_AREA_M2", context),
            aoi=aoi, bands_before=bands_before, bands_after=bands_after, ignore_mask=mask,
            red_band=self.parameterAsInt(parameters, "RED_BAND", context),
            nir_band=self.parameterAsInt(parameters, "NIR_BAND", context),
            tolerance_px=self.parameterAsInt(parameters, "TOLERANCE_PX", context),
            line_length_m=self.parameterAsDouble(parameters, "LINE_LENGTH_M", context),
            smooth=self.parameterAsBool(parameters, "SMOOTH", context),
            threshold_mode=THRESHOLD_MODES[self.parameterAsEnum(parameters, "THRESHOLD_MODE", context)],
            progress=progress, is_cancelled=is_cancelled, warn=feedback.pushWarning, info=feedback.pushInfo)
        if summary["method"] == "imad":
            feedback.pushInfo(tr("iMAD: {} iteration(s), converged: {}, canonical correlations {}.").format(
                summary["iterations"], summary["converged"], ", ".join(f"{r:.4f}" for r in summary["rho"])))
        feedback.pushInfo(tr("Method {}; estimated changed share {:.1f} %; {} change(s), {} changed pixel(s) of {} "
                             "valid; threshold {:.4g}.").format(
            summary["method"], 100.0 * summary["changed_share_estimate"], summary["n_changes"],
            summary["changed_pixels"], summary["valid_pixels"], summary["threshold"]))
        return {"OUTPUT_SCORE": score_path, "OUTPUT_MASK": mask_path, "OUTPUT_CHANGES": changes_path}
