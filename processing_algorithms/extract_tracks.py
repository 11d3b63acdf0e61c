"""``fragileborders:extracttracks`` — desert tracks as connected lines with a confidence."""
from qgis.core import (
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_LINE, SOURCE_POLYGON
from ..i18n import tr, tr_noop
from .base import FragileBordersAlgorithm, core_callbacks
from .layers import output_path, raster_path, source_to_frame


class ExtractTracksAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "extracttracks"
    DISPLAY_NAME = tr_noop("Extract desert tracks")
    GROUP_ID = "tracks"
    DESCRIPTION = tr_noop(
        "Finds vehicle tracks — thin, curving, often faint lines brighter (disturbed crust) or darker "
        "than the desert around them — and returns them as connected lines with a confidence. "
        "A small neural network shipped with the plugin (run on the processor, no download) or, on "
        "request, oriented line filters with dune-field, edge and blob suppression give a track "
        "response; it is thresholded with hysteresis, thinned, "
        "turned into a graph whose short spurs are pruned and whose short sand-covered gaps are "
        "bridged, then simplified. Large images are processed in overlapping tiles; lines crossing "
        "tile borders come out whole. With a BEFORE image, tracks that BEFORE does not show are "
        "flagged new (each date's response is computed from its own relative contrast, so a "
        "different illumination does not matter), and the detector also reads the difference of the "
        "two dates, in which dune crests and rock texture cancel: faint new tracks that the image "
        "alone hides are found.")
    OUTPUT_HELP = {}

    def initAlgorithm(self, config=None):  # noqa: N802
        for add_group in (self._add_images, self._add_detection, self._add_limits, self._add_outputs):
            add_group()

    def _add_images(self):
        """INPUT and the optional earlier date."""
        self.add(QgsProcessingParameterRasterLayer("INPUT", tr("Image")),
                 tr("Image in which to find tracks (GeoTIFF, any number of bands, projected or geographic "
                    "CRS)."))
        self.add(QgsProcessingParameterRasterLayer("BEFORE", tr("Earlier image")),
                 tr("Earlier image of the same area; tracks absent from it get is_new = 1, and a line that "
                    "runs on from an old track onto a new one is cut where the earlier image stops showing "
                    "it. It also finds faint new tracks: it is matched to INPUT (sub-pixel shift, "
                    "sharpness, illumination) and the tracks that appear in the difference, where what both "
                    "dates show cancels, are added. A faint track that faded between the dates on dunes "
                    "can then come out as a new one. With the learned detector, where it shows an old track "
                    "that INPUT shows only faintly (dusted over, less contrast), the two dates' responses are "
                    "pooled, so the track comes out whole; a track of which INPUT shows no trace is not "
                    "drawn. Resampled onto INPUT's grid when needed."),
                 optional=True)

    def _add_detection(self):
        """What a track is: width, polarity, length, sensitivity, detector."""
        self.add(QgsProcessingParameterNumber("TRACK_WIDTH_M", tr("Track width (m)"), NUMBER_DOUBLE, 6.0,
                                              minValue=0.01),
                 tr("Typical width of the tracks in metres (0.5 to 50 pixels). Tracks up to about twice "
                    "this width are found too. On imagery finer than half this width (e.g. 6 m tracks on "
                    "0.5 m pixels) the image is averaged onto a coarser analysis grid on which a track is "
                    "about 2 pixels wide: faster, and less disturbed by pixel-scale texture."))
        self.add(QgsProcessingParameterEnum("POLARITY", tr("Track polarity"), options=[
            tr("both"), tr("brighter than the ground"), tr("darker than the ground")], defaultValue=0),
                 tr("Whether tracks are brighter (disturbed crust) or darker than their surroundings, "
                    "or both."))
        self.add(QgsProcessingParameterNumber("MIN_LENGTH_M", tr("Minimum track length (m)"), NUMBER_DOUBLE,
                                              150.0, minValue=0.0),
                 tr("Lines shorter than this length in metres are dropped."))
        self.add(QgsProcessingParameterNumber("SENSITIVITY", tr("Sensitivity (0–1)"), NUMBER_DOUBLE, 0.5,
                                              minValue=0.0, maxValue=1.0),
                 tr("0 = only clear tracks, 1 = faint ones too (more false lines). Hysteresis thresholds "
                    "on the response: high = 1.6 + 2.4 × (1 − S), low = 0.55 × high. Learned detector: "
                    "response = 5.6 × track probability (S = 0.5 keeps pixels above probability 0.5 "
                    "connected to others above 0.275). Filters: response in noise units, one unit being "
                    "exceeded by 1 % of the pixels of pure noise."))
        self.add(QgsProcessingParameterEnum("DETECTOR", tr("Detector"), options=[
            tr("learned (neural network)"), tr("oriented filters")], defaultValue=0),
                 tr("learned: a small U-Net trained on generated desert borderlands and on drawn "
                    "look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more "
                    "tracks with fewer false lines there (see the README's benchmark). Each run measures "
                    "INPUT's texture (median relative contrast) against the training scenes' and says in "
                    "the log whether INPUT lies outside that domain; on much coarser texture (towns, "
                    "farmland) the same network fine-tuned on real road images runs, reading the contrast "
                    "proportionally weaker, and still finds only part of the roads. oriented filters: the hand-built line detector with dune-field, edge "
                    "and blob suppression; to cross-check. Both run offline on the processor."),
                 advanced=True)

    def _add_limits(self):
        """Area, band, gap bridging and tiling."""
        self.add(QgsProcessingParameterFeatureSource("AOI", tr("Area of interest"), [SOURCE_POLYGON]),
                 tr("Polygons: only their extent is processed and the lines are clipped to them."),
                 optional=True)
        self.add(QgsProcessingParameterBand("BAND", tr("Band"), None, "INPUT", optional=True),
                 tr("Band to use alone. Empty = brightness, the mean of the visible bands (bands 1–3 of a "
                    "4-band blue/green/red/NIR image; all bands when there are fewer than 4)."),
                 optional=True)
        self.add(QgsProcessingParameterNumber("MAX_GAP_M", tr("Largest bridged gap (m)"), NUMBER_DOUBLE, 0.0,
                                              minValue=0.0),
                 tr("Largest interruption (e.g. sand cover), in metres, bridged between two line ends "
                    "pointing at each other. 0 = automatic: 10 track widths, at least 10 pixels."),
                 optional=True, advanced=True)
        self.add(QgsProcessingParameterNumber("TILE_PX", tr("Tile size (pixels)"), NUMBER_INTEGER, 1024,
                                              minValue=128, maxValue=8192),
                 tr("Side of the tiles, in pixels of the analysis grid, in which large images are "
                    "processed (memory grows with its square)."), optional=True, advanced=True)

    def _add_outputs(self):
        """Lines and the response raster."""
        self.add(QgsProcessingParameterVectorDestination("OUTPUT", tr("Tracks"), SOURCE_LINE),
                 tr("Line layer (GeoPackage) in INPUT's CRS with length_m (metres), confidence (0–1, from "
                    "response strength and continuity), mean_response (see SENSITIVITY), is_new (0/1), "
                    "azimuth_deg (0–180, clockwise from north) and sinuosity (length / straight distance)."))
        self.add(QgsProcessingParameterRasterDestination("OUTPUT_RESPONSE", tr("Track response"),
                                                         createByDefault=False),
                 tr("Float32 GeoTIFF of the track response on the analysis grid: 5.6 × probability "
                    "(learned detector) or noise units (filters), as under SENSITIVITY. With BEFORE, the "
                    "response the lines are drawn from: the difference's new tracks and the two dates' "
                    "pooled evidence included."), optional=True)

    def process(self, parameters, context, feedback):
        # the enum options are listed in the order of the core's POLARITIES and DETECTORS
        from ..core.tracks import DETECTORS, POLARITIES, extract_tracks

        input_path = raster_path(self, parameters, "INPUT", context)
        before_path = raster_path(self, parameters, "BEFORE", context)
        aoi = source_to_frame(self, parameters, "AOI", context, fields=[], feedback=feedback)
        band = self.parameterAsInt(parameters, "BAND", context) if parameters.get("BAND") not in (None, "") else 0
        gap = self.parameterAsDouble(parameters, "MAX_GAP_M", context) if parameters.get("MAX_GAP_M") else 0.0
        tile = self.parameterAsInt(parameters, "TILE_PX", context) if parameters.get("TILE_PX") else 1024
        output = output_path(self, parameters, "OUTPUT", context)
        response = None
        if parameters.get("OUTPUT_RESPONSE"):
            response = self.parameterAsOutputLayer(parameters, "OUTPUT_RESPONSE", context) or None
        progress, is_cancelled = core_callbacks(feedback)
        result = extract_tracks(
            input_path, output, before_path=before_path,
            track_width_m=self.parameterAsDouble(parameters, "TRACK_WIDTH_M", context),
            polarity=POLARITIES[self.parameterAsEnum(parameters, "POLARITY", context)],
            min_length_m=self.parameterAsDouble(parameters, "MIN_LENGTH_M", context),
            sensitivity=self.parameterAsDouble(parameters, "SENSITIVITY", context),
            aoi=aoi if aoi is not None and len(aoi) else None, band=band or None,
            response_path=response, gap_m=gap or None, tile_px=tile,
            detector=DETECTORS[self.parameterAsEnum(parameters, "DETECTOR", context)],
            progress=progress, is_cancelled=is_cancelled)
        self.report_detector(result, feedback)
        feedback.pushInfo(tr("{} track(s), {:.1f} km, {} new.").format(
            result["count"], result["length_km"], result["new_count"]))
        self.report_empty(result, feedback)
        results = {"OUTPUT": output}
        if response:
            results["OUTPUT_RESPONSE"] = response
        return results

    @staticmethod
    def report_detector(result, feedback):
        """Which detector ran, on an INPUT within or outside the domain it was trained on."""
        from ..core.track_model import CONTRAST_UNIT, TRAINED_TEXTURE

        texture, trained = result["texture_pct"], 100.0 * CONTRAST_UNIT * TRAINED_TEXTURE
        if result["detector"] == "filters":
            feedback.pushInfo(tr("Detector: oriented filters (as chosen)."))
        elif result["domain"] == "trained":
            feedback.pushInfo(tr("Detector: learned network. INPUT's texture (median relative contrast {:.1f} %) "
                                 "is like that of the scenes it was trained on (about {:.1f} %).").format(
                texture, trained))
        elif result["domain"] == "coarser":
            feedback.pushWarning(tr(
                "Detector: learned network fine-tuned on real road images: INPUT's texture (median relative "
                "contrast {:.1f} %) is much coarser than that of the generated desert scenes (about {:.1f} %), "
                "as in towns, farmland and very fine imagery, outside the domain of the desert-scene network. "
                "It read the image's contrast {:.1f} times weaker, as in its training; its quality on real "
                "images is still low (README benchmark on real images): cross-check with DETECTOR = oriented "
                "filters.").format(texture, trained, result["contrast_gain"]))
        elif result["domain"] == "finer":
            feedback.pushWarning(tr(
                "Detector: learned network. INPUT is flatter than the scenes it was trained on (median relative "
                "contrast {:.1f} % against about {:.1f} %: haze, a smooth plain or a flat band); it was read as "
                "it is. Faint tracks may be missed: raise SENSITIVITY if needed.").format(texture, trained))

    @staticmethod
    def report_empty(result, feedback):
        """Why the layer is empty, when it is."""
        reason = result["empty_reason"]
        if reason == "constant":
            feedback.pushWarning(tr("No track: INPUT is constant (every valid pixel has the same value), so there "
                                    "is no texture in which to find tracks. Check the band selection and the file."))
        elif reason == "no_response":
            feedback.pushWarning(tr("No track: no pixel reached the detector's high threshold ({:.2f}; highest "
                                    "response {:.2f}). The image shows no line of about TRACK_WIDTH_M; check the "
                                    "width, or raise SENSITIVITY.").format(
                result["high_threshold"], result["peak_response"]))
        elif reason == "no_line":
            feedback.pushWarning(tr("No track: candidate lines were found, but none is at least MIN_LENGTH_M long "
                                    "with enough response along it. Lower MIN_LENGTH_M or raise SENSITIVITY."))
