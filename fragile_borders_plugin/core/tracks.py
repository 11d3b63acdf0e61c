"""Desert track extraction: track response -> hysteresis -> skeleton -> graph -> lines.

Two detectors give the response (``detector``): "learned", the U-Net of :mod:`.track_model`
(response = ``RESPONSE_PER_PROBABILITY`` x probability, 0 within ``NODATA_MARGIN_PX`` of nodata),
and "filters", the oriented ridge filters of :mod:`.ridges` (response in noise units). With BEFORE,
the detector also reads the difference of the two dates matched to each other
(:func:`new_track_response`, :mod:`.track_change`), where dune crests and rock texture cancel and
faint new tracks stand out; INPUT's response is the larger of the two. Everything after the
response is shared.

Training domain: every run first measures INPUT's texture (:func:`sample_texture`, the median
relative contrast the network reads) and places it against the training scenes'
(:func:`domain_of`); the learned detector reads a much coarser texture (real towns, farmland) in a
proportionally larger contrast unit (:func:`.track_model.contrast_gain`), and :func:`run_report`
tells the caller which detector ran, on what, and why a layer is empty.

Entry points
------------
:func:`extract_tracks` (files: GeoTIFF in, GeoPackage lines out) and
:func:`extract_tracks_array` (numpy arrays in, lines in pixel coordinates out). Both stream the
image in overlapping tiles (``tile_px`` core + an overlap covering the detector's reach: the
network's context or the filters' reach and periodic-field search, rounded up to the 64-px
noise blocks), keep the
skeleton of each tile's core, and build ONE graph from the union of the cores so lines that
cross tile seams come out as single features.

Memory: one tile of float32 work arrays (filters: ~35 arrays of (tile+2*overlap)^2 pixels, the 12
oriented measures of each polarity and temporaries; learned: the network's feature maps, ~24
full-resolution channels at the widest step, plus ~1 MB of im2col stripe per thread; with BEFORE,
the network runs on one window at a time and the matching of the dates, which runs on a second
thread meanwhile, adds ~12 float32 arrays of the window),
plus one byte per pixel of the processed area for the quantised response of INPUT (and one for
BEFORE's response, ``NO_BEFORE`` where it has no data), plus the sparse skeleton coordinates.

SENSITIVITY (S, 0..1) -> hysteresis thresholds on the response (filters: noise units, 1 = level
exceeded by 1 % of pure-noise pixels, see :mod:`.ridges`; learned: 5.6 x probability)::

    high = 1.6 + 2.4 * (1 - S)      (S = 0.5 -> 2.8; S = 1 -> 1.6; S = 0 -> 4.0)
    low  = 0.55 * high

and a line is kept when its mean response times the square root of its length in minimum
lengths (capped at 4) reaches ``LINE_EVIDENCE`` (learned 1.6, filters 1.2) times ``high``: short
lines need a strong response, long faint ones are kept.

Confidence (0..1) of a line::

    0.5 * min(1, mean_response / (2 * high)) + 0.35 * continuity + 0.15 * min(1, length / (3 * min_length))

with continuity the share of the line (every pixel) whose response is at least ``low`` (bridged
gaps lower it).

is_new (with BEFORE): BEFORE gets the same noise-normalised response (so a gain/offset
difference between dates cancels), maximum-filtered over +/- (1 + width/2) pixels to absorb
misregistration; a line is new when the share of its length where BEFORE shows a ridge above
``low`` is below ``NEW_SHARE`` (0.35) of its share in INPUT, among the samples BEFORE covers
(lines that BEFORE covers for less than half their length are not flagged). A line is first cut
where it passes between a stretch BEFORE shows and one it does not, each at least a minimum length
long (:func:`split_new_stretches`): a new track that branches off an old one gets its own line.
"""
import contextlib
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

import numpy as np
from scipy import ndimage

from .common import arc_lengths, check_cancel, polyline_piece, report
from .ridges import (BLOCK, FAR_FACTOR, brightness, clear_near_nodata, dune_reach_px, field_range_px, flank_distance,
                     line_length_px, pyramid_levels, ridge_response, scale_for_width, scales_for_width, used_bands)
from .skeleton_graph import TrackGraph, polyline_length, skeleton_edges, trim_end_hooks
from . import track_change, track_model

POLARITIES = ("both", "brighter", "darker")
#: "learned": the U-Net of :mod:`.track_model`; "filters": the oriented ridge filters of :mod:`.ridges`
DETECTORS = ("learned", "filters")
#: learned detector: response = RESPONSE_PER_PROBABILITY * probability, so that the default
#: hysteresis (high 2.8, low 1.54 at SENSITIVITY 0.5) reads probability 0.5 and 0.275
RESPONSE_PER_PROBABILITY = 5.6
#: learned detector: no response within this many pixels of nodata (no lines along nodata edges)
NODATA_MARGIN_PX = 3
FIELDS = ["length_m", "confidence", "mean_response", "is_new", "azimuth_deg", "sinuosity"]
FIELD_TYPES = {"length_m": "float", "confidence": "float", "mean_response": "float", "is_new": "int",
               "azimuth_deg": "float", "sinuosity": "float"}
#: BEFORE/INPUT ratio of ridge shares under which a line is new
NEW_SHARE = 0.35
#: per detector, lines whose :func:`_evidence` is below this times the high threshold are dropped:
#: the network's false lines are short and weak, so it can ask more of short lines without losing
#: tracks; the filters lose faint tracks above 1.2 (benchmarks/results_tracks.md)
LINE_EVIDENCE = {"learned": 1.6, "filters": 1.2}
EVIDENCE_CAP = 4.0
#: sand cover (in track widths) bridged by default; a detector that reads through it also runs on
#: past a track's end, so line ends are checked for a curl over the same length
SAND_COVER_WIDTHS = 10.0
EVIDENCE_POWER = 0.5
#: the detector is tuned for tracks about this many pixels wide; images much finer than the track
#: width are analysed on a grid this many times coarser than INPUT (see :func:`analysis_factor`)
ANALYSIS_WIDTH_PX = 2.0
#: response quantisation: q = round(sqrt(R) * Q_SCALE), R = (q / Q_SCALE)^2, up to 63.5
Q_SCALE = 32.0
#: code of BEFORE's quantised response where BEFORE has no data (its responses stop one code below)
NO_BEFORE = 255
#: a pixel is on a track's crest (what is thinned into its centre line) at this share of the highest
#: response of its component across the ridge (:func:`_crest`); chosen on seeds 0-4 (0.5 and 0.7 tried)
CREST_RATIO = 0.7
#: learned detector: where BEFORE shows a track, INPUT's response is raised to the mean of the two
#: dates' responses, BEFORE's weighted this many times, wherever INPUT's reaches at least
#: PERSIST_FLOOR (probability 0.022; :func:`_pool_persistent_tracks`); chosen on seeds 0-4
#: (weights 1-3, floors 1/16-1/4 tried)
PERSIST_WEIGHT = 2.0
PERSIST_FLOOR = 0.125


def thresholds(sensitivity):
    """Hysteresis thresholds ``(low, high)`` in noise units for SENSITIVITY in [0, 1]."""
    s = float(sensitivity)
    if not 0.0 <= s <= 1.0:
        raise ValueError(f"SENSITIVITY must be between 0 and 1 (got {s}).")
    high = 1.6 + 2.4 * (1.0 - s)
    return 0.55 * high, high


def quantise(response):
    """Float response -> uint8 code (sqrt scale)."""
    return np.clip(np.rint(np.sqrt(np.maximum(response, 0)) * Q_SCALE), 0, 255).astype(np.uint8)


def dequantise(codes):
    """uint8 code -> float32 response."""
    return (codes.astype(np.float32) / Q_SCALE) ** 2


@dataclass
class Settings:
    """Settings of one run (lengths in pixels of the analysis grid; ``gap_px`` None: the default
    sand cover) and the parameters derived from them (:meth:`__post_init__`)."""

    width_px: float
    polarity: str = "both"
    sensitivity: float = 0.5
    min_length_px: float = 50.0
    gap_px: Optional[float] = None
    tile_px: int = 1024
    detector: str = "learned"
    #: learned detector: the network reads relative contrast in units of this many times
    #: track_model.CONTRAST_UNIT (track_model.contrast_gain: 1 within its training domain)
    contrast_gain: float = 1.0

    def __post_init__(self):
        if self.polarity not in POLARITIES:
            raise ValueError(f"POLARITY must be one of {', '.join(POLARITIES)} (got {self.polarity!r}).")
        if self.detector not in DETECTORS:
            raise ValueError(f"DETECTOR must be one of {', '.join(DETECTORS)} (got {self.detector!r}).")
        self.contrast_gain = float(self.contrast_gain)
        self.width_px = float(self.width_px)
        self.low, self.high = thresholds(self.sensitivity)
        self.min_length_px = float(self.min_length_px)
        self.sigmas = scales_for_width(self.width_px)
        self.flank = flank_distance(self.width_px, max(self.sigmas))
        # default: SAND_COVER_WIDTHS (at least 10 px) of sand cover, plus the integration length of
        # the detector (its response fades over up to half of it on each side of a gap)
        self.gap_px = (float(self.gap_px) if self.gap_px is not None
                       else max(10.0, SAND_COVER_WIDTHS * self.width_px) + line_length_px(self.width_px))
        self.spur_px = max(10.0, 5.0 * self.width_px)
        self.reach = max(6.0, 4.0 * self.width_px)
        # the last this many px of a line are checked for a curl onto the crest a track stops at
        self.end_hook_px = max(6.0, SAND_COVER_WIDTHS * self.width_px)
        # a curl leaves the line's course by more than a track width; less is the skeleton's jitter
        # where crests and shadows cross the track (1 px cut 1.3 points of completeness on seeds 0-4)
        self.hook_tolerance_px = max(1.0, self.width_px)
        self.misreg_px = 1 + int(round(self.width_px / 2))
        # the detector's reach + a margin for hysteresis connectivity; gaps are bridged on the
        # global graph, not per tile
        need = (track_model.reach_px() if self.detector == "learned" else filters_reach_px(self.width_px)) + 32
        self.overlap = int(math.ceil(need / BLOCK) * BLOCK)
        self.tile_px = max(BLOCK, int(math.ceil(int(self.tile_px) / BLOCK) * BLOCK))

    def network(self):
        """Weights of the learned detector for this run (:func:`.track_model.weights_for`)."""
        return track_model.load_weights(track_model.weights_for(self.contrast_gain))


def filters_reach_px(width_px):
    """Reach of the oriented filters: smoothing, far flanks, along-line integration, the
    periodic-field search and the dune filter."""
    sigma = scale_for_width(width_px)
    return (max(pyramid_levels(width_px)) * (3 * sigma + FAR_FACTOR * flank_distance(width_px, sigma)
                                             + line_length_px(width_px) // 2 + field_range_px(width_px)[1] + 4)
            + dune_reach_px(width_px))


#: a side up to this many tile sizes is one tile: two tiles would cover it with 1.6-2x its pixels
#: (their overlaps), one tile costs no more memory than an inner tile of a large image
SINGLE_TILE_FACTOR = 1.5


def tile_windows(height, width, tile_px, overlap):
    """Yield ``(core, padded)`` windows as ``(row0, row1, col0, col1)`` tuples."""
    row_step = height if height <= SINGLE_TILE_FACTOR * tile_px else tile_px
    col_step = width if width <= SINGLE_TILE_FACTOR * tile_px else tile_px
    for r0 in range(0, height, row_step):
        for c0 in range(0, width, col_step):
            core = (r0, min(r0 + row_step, height), c0, min(c0 + col_step, width))
            pad = (max(r0 - overlap, 0), min(r0 + row_step + overlap, height),
                   max(c0 - overlap, 0), min(c0 + col_step + overlap, width))
            yield core, pad


def sample_texture(read, shape, window_px=512, per_side=3):
    """:func:`.track_model.texture_level` of INPUT, measured on up to ``per_side`` x ``per_side``
    windows of ``window_px`` spread evenly over the grid (all of it when it is smaller); None
    when INPUT is constant or has no data there."""
    height, width = shape
    levels = []
    for r0 in _window_starts(height, window_px, per_side):
        for c0 in _window_starts(width, window_px, per_side):
            image, valid = read((r0, min(r0 + window_px, height), c0, min(c0 + window_px, width)))
            if valid.sum() > 16 and np.ptp(image[valid]) > 0:
                levels.append(track_model.texture_level(image, valid))
    return float(np.median(levels)) if levels else None


def _window_starts(length, window_px, count):
    if length <= window_px:
        return [0]
    return sorted({int(round(k * (length - window_px) / max(count - 1, 1))) for k in range(count)})


def detector_gain(detector, texture):
    """Contrast gain of ``detector`` on an INPUT of ``texture``: the network's
    (:func:`.track_model.contrast_gain`); the filters normalise by their own noise unit (1)."""
    return track_model.contrast_gain(texture) if detector == "learned" else 1.0


def domain_of(texture):
    """Where INPUT's texture (:func:`sample_texture`) lies against the training scenes':
    "trained", "coarser" (the learned detector reads its contrast in a larger unit,
    :func:`.track_model.contrast_gain`), "finer" (flatter than any training scene: read as it is)
    or "constant"."""
    if texture is None:
        return "constant"
    if texture > track_model.TRAINED_TEXTURE * track_model.TEXTURE_TOLERANCE:
        return "coarser"
    if texture < track_model.TRAINED_TEXTURE / track_model.TEXTURE_TOLERANCE:
        return "finer"
    return "trained"


def run_report(detector, texture, textured, resp_q, line_count, settings):
    """What the caller tells the user about a run: which detector ran on which input, and why a
    layer is empty.

    Returns
    -------
    dict
        ``detector``, ``domain`` (:func:`domain_of`), ``texture_pct`` (median relative contrast,
        %, None when constant), ``contrast_gain``, ``peak_response`` (highest response, see
        SENSITIVITY), ``high_threshold`` and ``empty_reason``: None (lines found), "constant" (INPUT does not vary),
        "no_response" (no pixel reached the high threshold) or "no_line" (candidates, none long
        and strong enough).
    """
    peak = float(dequantise(np.array([resp_q.max() if resp_q.size else 0]))[0])
    reason = None
    if line_count == 0:
        reason = "constant" if not textured else ("no_response" if peak < settings.high else "no_line")
    return {"detector": detector, "domain": domain_of(texture),
            "texture_pct": None if texture is None else round(100.0 * track_model.CONTRAST_UNIT * texture, 2),
            "contrast_gain": round(settings.contrast_gain, 3), "peak_response": round(peak, 3),
            "high_threshold": round(settings.high, 3), "empty_reason": reason}


def tile_response(image, valid, settings, origin=(0, 0), quantum=0.0):
    """Track response of one window (see :data:`DETECTORS`), look-alikes suppressed."""
    if settings.detector == "filters":
        return ridge_response(image, valid, settings.width_px, settings.polarity, origin, quantum)
    response = track_model.track_probability(image, valid, settings.network(),
                                             contrast_unit=track_model.CONTRAST_UNIT * settings.contrast_gain)
    response *= np.float32(RESPONSE_PER_PROBABILITY)
    _keep_polarity(response, image, settings)
    return clear_near_nodata(response, valid, NODATA_MARGIN_PX)


def new_track_response(change, before_response, settings, origin, pool):
    """Response of the window's tracks that BEFORE does not show, found in the difference of the
    two dates (``change``: :func:`.track_change.change_contrast` of the window), where the crests
    and texture common to both cancel: the detector reads the difference as an image.

    Kept only where the ridge is more than the residual of an edge (:func:`.track_change.off_edges`),
    where it appeared rather than faded (:func:`.track_change.appeared`) and where ``before_response``
    (BEFORE's own response, maximum-filtered over the misregistration) stays below ``low``. Those
    two tests run on ``pool`` (an executor) while the detector reads the difference.
    """
    contrast, both, matched = change
    gates = pool.submit(_change_gates, contrast, matched, settings.width_px)
    if settings.detector == "filters":
        # a brightness whose relative contrast is the difference
        pseudo = np.float32(1.0) + np.float32(track_model.CONTRAST_UNIT) * contrast
        response = ridge_response(pseudo, both, settings.width_px, settings.polarity, origin)
    else:
        scaled = contrast / np.float32(settings.contrast_gain)
        response = track_model.input_probability(np.stack([scaled, both.astype(np.float32)]), both,
                                                 settings.network())
        response *= np.float32(RESPONSE_PER_PROBABILITY)
        _keep_polarity(response, contrast, settings)
    response[~gates.result()] = 0.0
    response[before_response >= settings.low] = 0.0
    return clear_near_nodata(response, both, NODATA_MARGIN_PX)


def _change_gates(contrast, matched, width_px):
    """Where a ridge of the difference appeared and is more than an edge's residual."""
    return track_change.appeared(matched, width_px) & track_change.off_edges(contrast, matched, width_px)


def _keep_polarity(response, image, settings):
    """Zero ``response`` (in place) where ``image`` has the other polarity than requested: the
    network finds both, so keep the side whose centre is brighter (darker) than the track-width
    surroundings."""
    if settings.polarity == "both":
        return
    sigma = scale_for_width(settings.width_px)
    centre = ndimage.gaussian_filter(image, sigma)
    contrast = centre - ndimage.gaussian_filter(centre, 3.0 * sigma + settings.width_px)
    response[(contrast < 0) if settings.polarity == "brighter" else (contrast > 0)] = 0.0


def tile_skeleton(response, settings):
    """Hysteresis on ``response`` then skeleton, without blob-like components.

    Components whose mean width (area / skeleton length) exceeds twice the expected ridge width
    (vegetation clumps, bright patches) and those with fewer than 3 skeleton pixels are dropped.
    Periodic look-alikes (dune crests) are already suppressed in the response.
    """
    low_mask = response >= settings.low
    labels, count = ndimage.label(low_mask, structure=np.ones((3, 3), bool))
    if count == 0:
        return np.zeros(response.shape, dtype=bool)
    strong = np.bincount(labels[response >= settings.high], minlength=count + 1) > 0
    strong[0] = False
    mask = strong[labels]
    ridge_width = settings.width_px + 2 * max(settings.sigmas)
    skeleton = _thin_components(labels, np.flatnonzero(strong), response, int(math.ceil(ridge_width)))
    area = np.bincount(labels[mask], minlength=count + 1).astype(float)
    length = np.bincount(labels[skeleton], weights=_skeleton_steps_px(skeleton), minlength=count + 1)
    mean_width = area / np.maximum(length, 1)
    bad = (mean_width > max(4.0, 2.0 * ridge_width)) | (length < 3)
    bad[0] = True
    skeleton &= ~bad[labels]
    return skeleton


def _thin_components(labels, keep, response, reach_px):
    """Thinning of the crest (:func:`_crest`, ``reach_px``) of the components ``keep`` of ``labels``,
    each on its own bounding box.

    The crest, not the whole hysteresis mask: the mask's medial axis runs off the track wherever
    the mask is lopsided (sand banked on one flank, a neighbouring feature above the low threshold
    on one side), and a line is only right within about 2 px of the track.
    Thinning, not skeletonize: scikit-image 0.19's skeletonize erases 45-degree bands that end two
    pixels thick, from the end inwards (a diagonal track lost two fifths of its length). Two
    8-connected components never touch, so thinning each alone gives the thinning of their union,
    without iterating over the empty rest of the tile.
    """
    from skimage.morphology import thin

    skeleton = np.zeros(labels.shape, dtype=bool)
    boxes = ndimage.find_objects(labels)
    for label in keep:
        rows, cols = boxes[label - 1]
        box = (slice(max(rows.start - 1, 0), rows.stop + 1), slice(max(cols.start - 1, 0), cols.stop + 1))
        inside = labels[box] == label
        own = np.where(inside, response[box], np.float32(0.0))
        skeleton[box] |= thin(_crest(own, inside, reach_px))
    return skeleton


def _crest(own, inside, reach_px):
    """Pixels of ``inside`` at ≥ :data:`CREST_RATIO` of the highest response ``own`` (0 outside the
    component) within ``reach_px`` (the ridge's width: a shoulder of the ridge is never its own
    crest) ACROSS the ridge, the direction of the Hessian's strongest curvature: along the ridge the
    response may fade (sand cover) without breaking the crest."""
    hrr = ndimage.gaussian_filter(own, 1.0, order=(2, 0))
    hcc = ndimage.gaussian_filter(own, 1.0, order=(0, 2))
    hrc = ndimage.gaussian_filter(own, 1.0, order=(1, 1))
    r, c = np.nonzero(inside)
    # across = the direction of the strongest curvature (either sign: a flank's hollow points across too)
    hrr, hcc, hrc = hrr[r, c], hcc[r, c], hrc[r, c]
    angle = 0.5 * np.arctan2(2.0 * hrc, hrr - hcc) + np.where(hrr + hcc < 0, 0.5 * np.pi, 0.0)
    across = np.stack([np.cos(angle), np.sin(angle)])
    steps = np.concatenate([np.arange(-reach_px, 0), np.arange(1, reach_px + 1)]).astype(np.float32)
    rows = r[None, :] + steps[:, None] * across[0][None, :]
    cols = c[None, :] + steps[:, None] * across[1][None, :]
    neighbours = ndimage.map_coordinates(own, [rows.ravel(), cols.ravel()], order=1, mode="constant", cval=0.0)
    top = np.maximum(neighbours.reshape(len(steps), -1).max(axis=0), own[r, c])
    crest = np.zeros_like(inside)
    crest[r, c] = own[r, c] >= CREST_RATIO * top
    return crest


def _skeleton_steps_px(skeleton):
    """Length (px) each skeleton pixel stands for, in the order of ``skeleton``'s True pixels
    (row-major): half of its links, 1 to a side neighbour and sqrt(2) to a diagonal one not
    already joined through a side neighbour (counting pixels would shorten a diagonal by
    sqrt(2), hence widen it in the blob test). Computed at the skeleton's pixels only."""
    padded = np.pad(np.asarray(skeleton, bool), 1)
    rows, cols = np.nonzero(padded)

    def neighbour(dr, dc):
        return padded[rows + dr, cols + dc]

    side = sum(neighbour(dr, dc).astype(float) for dr, dc in ((0, 1), (0, -1), (1, 0), (-1, 0)))
    diagonal = sum((neighbour(dr, dc) & ~neighbour(dr, 0) & ~neighbour(0, dc)).astype(float)
                   for dr in (-1, 1) for dc in (-1, 1))
    return 0.5 * side + 0.5 * math.sqrt(2.0) * diagonal


def _before_codes(later, bimage, bvalid, settings, origin, quantum, pool):
    """Quantised response of BEFORE (maximum-filtered over the misregistration; ``NO_BEFORE`` where
    it has no data) of one window, and the tracks of the difference of the dates merged into the
    response of ``later`` = (image, valid, response or None when INPUT is constant), in place; with
    the learned detector, BEFORE's evidence on old tracks is pooled into it too
    (:func:`_pool_persistent_tracks`).

    The dates are matched on ``pool``'s thread while BEFORE's own response is computed here
    (scipy.ndimage and numpy release the interpreter lock): the two share the cores.
    """
    image, valid, response = later
    codes = np.zeros(bimage.shape, dtype=np.uint8)
    if bvalid.any() and np.ptp(bimage[bvalid]) > 0:
        change = pool.submit(track_change.change_contrast, image, valid, bimage, bvalid) if response is not None else None
        bresp = tile_response(bimage, bvalid, settings, origin, quantum)
        bresp = ndimage.maximum_filter(bresp, size=2 * settings.misreg_px + 1)
        codes = np.minimum(quantise(bresp), NO_BEFORE - 1)
        if change is not None:
            np.maximum(response, new_track_response(change.result(), bresp, settings, origin, pool), out=response)
            if settings.detector == "learned":
                # the floor is a trace of probability; in the filters' noise units it is noise, and
                # BEFORE's look-alikes came through (independent style: correctness 0.48 -> 0.34)
                _pool_persistent_tracks(response, np.where(bvalid, bresp, np.float32(0.0)))
    codes[~bvalid] = NO_BEFORE
    return codes


def _pool_persistent_tracks(response, before_response):
    """Where ``before_response`` is higher, raise ``response`` (INPUT's, in place) to the mean of
    the two, BEFORE's weighted :data:`PERSIST_WEIGHT` times, wherever INPUT's reaches
    :data:`PERSIST_FLOOR`.

    A track seen in BEFORE very likely persists (desert tracks last for years), so an earlier look
    at a faint or sand-dusted stretch is evidence for it now; INPUT must still show a trace of it,
    which keeps out the tracks that vanished and what only BEFORE's look-alikes show.
    """
    pooled = (response + np.float32(PERSIST_WEIGHT) * before_response) / np.float32(1.0 + PERSIST_WEIGHT)
    pooled[response < PERSIST_FLOOR] = 0.0
    np.maximum(response, pooled, out=response)


def _run_tiles(read, shape, settings, quantum, read_before=None, sink=None, progress=None,
               is_cancelled=None, start=0.0, end=70.0):
    """Stream tiles: returns skeleton (rows, cols), quantised INPUT and BEFORE responses, and
    whether INPUT varies at all (False: constant, nothing was detected)."""
    height, width = shape
    resp_q = np.zeros(shape, dtype=np.uint8)
    before_q = np.full(shape, NO_BEFORE, dtype=np.uint8) if read_before is not None else None
    rows_out, cols_out = [], []
    windows = list(tile_windows(height, width, settings.tile_px, settings.overlap))
    vmin, vmax, n_valid = np.inf, -np.inf, 0
    finished = []
    # the matching of the dates runs on the pool's thread (:func:`_before_codes`); a tile's
    # skeleton on the finisher's, while the next tile's response is computed
    with ThreadPoolExecutor(1) as pool, ThreadPoolExecutor(1) as finisher:
        for k, (core, pad) in enumerate(windows):
            check_cancel(is_cancelled)
            image, valid = read(pad)
            if valid.any():
                vals = image[valid]
                vmin, vmax = min(vmin, float(vals.min())), max(vmax, float(vals.max()))
                n_valid += int(valid.sum())
            cr = slice(core[0] - pad[0], core[1] - pad[0])
            cc = slice(core[2] - pad[2], core[3] - pad[2])
            textured = valid.any() and float(vals.max()) > float(vals.min())
            response = (tile_response(image, valid, settings, (pad[0], pad[2]), quantum) if textured
                        else np.zeros(image.shape, dtype=np.float32))
            if read_before is not None:
                # BEFORE's response and the difference cost more than INPUT's: report the tile in halves
                report(progress, start + (end - start) * (k + 1 / 2) / len(windows))
                check_cancel(is_cancelled)
                bimage, bvalid = read_before(pad)
                before_q[core[0]:core[1], core[2]:core[3]] = _before_codes(
                    (image, valid, response if textured else None), bimage, bvalid, settings, (pad[0], pad[2]),
                    quantum, pool)[cr, cc]
            finished.append(finisher.submit(_finish_tile, response, textured, core, (cr, cc), settings, resp_q, sink))
            if len(finished) > 1:
                finished[-2].result()  # errors show at once; at most one tile waits for its skeleton
            report(progress, start + (end - start) * (k + 1) / len(windows))
        for future in finished:
            pixels = future.result()
            if pixels is not None:
                rows_out.append(pixels[0])
                cols_out.append(pixels[1])
    if n_valid == 0:
        raise ValueError("INPUT has no valid pixel (everything is nodata) in the processed area: "
                         "check the image and the AOI.")
    rows = np.concatenate(rows_out) if rows_out else np.zeros(0, dtype=np.int64)
    cols = np.concatenate(cols_out) if cols_out else np.zeros(0, dtype=np.int64)
    return rows, cols, resp_q, before_q, bool(vmax > vmin)


def _finish_tile(response, textured, core, inner, settings, resp_q, sink):
    """The skeleton pixels (rows, cols) of a tile's ``core`` (None when it has no texture), its
    quantised response written into ``resp_q`` and handed to ``sink``; ``inner`` slices the core
    out of the tile."""
    resp_q[core[0]:core[1], core[2]:core[3]] = quantise(response[inner])
    if sink is not None:
        sink(core, response[inner])
    if not textured:
        return None
    r, c = np.nonzero(tile_skeleton(response, settings)[inner])
    return r + core[0], c + core[2]


def _samples(coords, step=1.0):
    """Points every ``step`` pixels along an (n, 2) polyline (row, col)."""
    cum = arc_lengths(coords)
    total = cum[-1]
    if total <= 0:
        return coords[:1]
    at = np.linspace(0.0, total, max(2, int(math.ceil(total / step)) + 1))
    return np.column_stack([np.interp(at, cum, coords[:, 0]), np.interp(at, cum, coords[:, 1])])


def _lookup(grid, pts):
    r = np.clip(np.rint(pts[:, 0]).astype(np.int64), 0, grid.shape[0] - 1)
    c = np.clip(np.rint(pts[:, 1]).astype(np.int64), 0, grid.shape[1] - 1)
    return grid[r, c]


def build_lines(rows, cols, shape, resp_q, settings, is_cancelled=None):
    """Skeleton pixels -> list of polylines (row, col) after pruning, bridging and linking."""
    node_xy, edges = skeleton_edges(rows, cols, shape)
    check_cancel(is_cancelled)
    graph = TrackGraph(node_xy, edges)
    graph.prune_spurs(settings.spur_px)
    low = settings.low

    def support(p, q):
        pts = _samples(np.vstack([p, q]))[1:-1]
        if len(pts) == 0:
            return 1.0
        return float(np.mean(dequantise(_lookup(resp_q, pts)) >= 0.5 * low))

    graph.bridge_gaps(settings.gap_px, support, settings.reach, short_gap_px=3.0)
    check_cancel(is_cancelled)
    graph.prune_spurs(settings.spur_px)
    lines = [trim_end_hooks(coords, settings.end_hook_px, 2.0 * settings.end_hook_px, settings.hook_tolerance_px)
             for coords, _ in graph.chains(settings.reach)]
    needed = LINE_EVIDENCE[settings.detector] * settings.high
    lines = [c for c in lines if _evidence(c, resp_q, settings) >= needed]
    return lines


def _evidence(coords, resp_q, settings):
    """Mean response along a line times its length in minimum lengths (capped at
    ``EVIDENCE_CAP``): short lines need a strong response, long ones less."""
    pts = _samples(coords)
    mean = float(dequantise(_lookup(resp_q, pts)).mean())
    ratio = polyline_length(coords) / max(settings.min_length_px, 1.0)
    return mean * min(ratio, EVIDENCE_CAP) ** EVIDENCE_POWER


def split_new_stretches(coords, before_q, settings):
    """``coords`` cut where the line passes between a stretch that BEFORE shows (share of samples
    above ``low`` over a minimum length at least ``NEW_SHARE``) and one it does not, every piece at
    least ``settings.min_length_px`` long. Lines BEFORE does not cover entirely stay whole."""
    if before_q is None:
        return [coords]
    pts = _samples(coords)
    min_samples = max(3, int(settings.min_length_px))
    if len(pts) < 2 * min_samples or (_lookup(before_q, pts) == NO_BEFORE).any():
        return [coords]
    shown = _shown_before(before_q, pts, settings).astype(np.float32)
    old = ndimage.uniform_filter1d(shown, min_samples, mode="nearest") >= NEW_SHARE
    starts = [0, *(np.flatnonzero(np.diff(old.astype(np.int8))) + 1)]
    runs = [[a, b] for a, b in zip(starts, starts[1:] + [len(old)])]
    while len(runs) > 1:
        k = min(range(len(runs)), key=lambda i: runs[i][1] - runs[i][0])
        if runs[k][1] - runs[k][0] >= min_samples:
            break
        # the shortest run joins its neighbours (runs alternate, so they share a state)
        lo, hi = max(k - 1, 0), min(k + 1, len(runs) - 1)
        runs[lo:hi + 1] = [[runs[lo][0], runs[hi][1]]]
    if len(runs) == 1:
        return [coords]
    along = arc_lengths(coords)
    cuts = [0.0, *(a * along[-1] / (len(pts) - 1) for a, _ in runs[1:]), along[-1]]
    return [polyline_piece(coords, along, a, b) for a, b in zip(cuts[:-1], cuts[1:])]


def _shown_before(before_q, pts, settings):
    """Whether BEFORE's response reaches ``low`` at each of ``pts``."""
    return dequantise(_lookup(before_q, pts)) >= settings.low


def line_attributes(coords, resp_q, settings, min_length_px, before_q=None):
    """Response-based attributes of one polyline (pixel units; lengths converted by the caller)."""
    pts = _samples(coords)
    resp = dequantise(_lookup(resp_q, pts))
    mean_response = float(resp.mean())
    continuity = float(np.mean(resp >= settings.low))
    length_px = polyline_length(coords)
    confidence = (0.5 * min(1.0, mean_response / (2.0 * settings.high)) + 0.35 * continuity
                  + 0.15 * min(1.0, length_px / (3.0 * max(min_length_px, 1.0))))
    is_new = 0
    before_share = None
    if before_q is not None:
        covered = _lookup(before_q, pts) != NO_BEFORE
        if covered.mean() >= 0.5:
            before_share = float(np.mean(_shown_before(before_q, pts[covered], settings)))
            is_new = int(before_share < NEW_SHARE * max(continuity, 0.2))
    return {"mean_response": round(mean_response, 4), "confidence": round(float(np.clip(confidence, 0, 1)), 4),
            "continuity": continuity, "is_new": is_new, "before_share": before_share}


def _shape_attributes(xy):
    """length, azimuth (deg from north/up, 0-180) and sinuosity of an (n, 2) metric x/y polyline."""
    length = float(np.hypot(*np.diff(xy, axis=0).T).sum())
    chord_v = xy[-1] - xy[0]
    chord = float(np.hypot(*chord_v))
    if chord < 0.1 * length and len(xy) > 2:
        centred = xy - xy.mean(axis=0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        chord_v = vt[0]
    azimuth = math.degrees(math.atan2(chord_v[0], chord_v[1])) % 180.0
    sinuosity = min(length / chord, 100.0) if chord > 0 else 100.0
    return length, azimuth, sinuosity


def extract_tracks_array(image, pixel_size_m, track_width_m=6.0, polarity="both", min_length_m=150.0,
                         sensitivity=0.5, valid=None, before=None, before_valid=None, gap_m=None,
                         tile_px=1024, quantum=0.0, detector="learned", progress=None, is_cancelled=None,
                         return_response=False, run_info=None):
    """Extract tracks from a 2-D brightness array (tests, benchmarks, embedding).

    Runs on the array's own grid: unlike :func:`extract_tracks` it does not coarsen very fine
    imagery (:func:`analysis_factor`); pass an already averaged array for wide tracks.

    Parameters
    ----------
    image : ndarray (rows, cols)
        Brightness (e.g. :func:`.ridges.brightness` of the visible bands).
    pixel_size_m : float
        Pixel size in metres.
    track_width_m, min_length_m, gap_m : float
        Track width, minimum line length and largest bridged gap, in metres.
    valid, before_valid : ndarray of bool, optional
        Pixels with data (default: all).
    before : ndarray, optional
        Earlier image on the same grid: lines absent there get ``is_new = 1``.
    tile_px : int
        Tile core size in pixels.
    run_info : dict, optional
        Filled with :func:`run_report`'s keys (which detector ran on what, why nothing was found).

    Returns
    -------
    list of dict
        Each with ``coords`` ((n, 2) row/col pixel array, simplified), ``length_m``,
        ``confidence``, ``mean_response``, ``is_new``, ``azimuth_deg`` (0-180, from the
        row axis pointing up), ``sinuosity``.
    """
    image = np.asarray(image, dtype=np.float32)
    if valid is None:
        valid = np.isfinite(image)
    width_px = check_width(track_width_m, pixel_size_m)
    read = _array_reader(image, valid)
    texture = sample_texture(read, image.shape)
    settings = Settings(width_px, polarity, sensitivity, min_length_m / pixel_size_m,
                        None if gap_m is None else gap_m / pixel_size_m, tile_px, detector,
                        detector_gain(detector, texture))

    read_before = None
    if before is not None:
        before = np.asarray(before, dtype=np.float32)
        read_before = _array_reader(before, np.isfinite(before) if before_valid is None else before_valid)

    full = np.zeros(image.shape, dtype=np.float32) if return_response else None

    def sink(core, block):
        full[core[0]:core[1], core[2]:core[3]] = block

    rows, cols, resp_q, before_q, textured = _run_tiles(
        read, image.shape, settings, quantum, read_before, sink if return_response else None,
        progress, is_cancelled)
    lines = build_lines(rows, cols, image.shape, resp_q, settings, is_cancelled)
    out = []
    for coords in (piece for line in lines for piece in split_new_stretches(line, before_q, settings)):
        attrs = line_attributes(coords, resp_q, settings, settings.min_length_px, before_q)
        xy = np.column_stack([coords[:, 1], -coords[:, 0]]) * pixel_size_m
        length, azimuth, sinuosity = _shape_attributes(xy)
        if length < min_length_m:
            continue
        attrs.update(coords=simplify(coords), length_m=round(length, 2), azimuth_deg=round(azimuth, 2),
                     sinuosity=round(sinuosity, 4))
        out.append(attrs)
    if run_info is not None:
        run_info.update(run_report(detector, texture, textured, resp_q, len(out), settings))
    report(progress, 100)
    if return_response:
        return out, full
    return out


def simplify(coords, tolerance_px=0.5):
    """Douglas-Peucker simplification of an (n, 2) polyline (pixels); 0.5 px keeps the line on its
    skeleton (0.75 px let a 45-degree line cut across by 1.1 px)."""
    from shapely.geometry import LineString

    if len(coords) < 3:
        return coords
    line = LineString(coords[:, ::-1]).simplify(tolerance_px, preserve_topology=False)
    xy = np.asarray(line.coords)
    return xy[:, ::-1]


def analysis_factor(width_px):
    """Integer coarsening of the analysis grid for tracks ``width_px`` INPUT pixels wide.

    On very fine imagery (0.5 m, a 6 m track 12 px wide) the line detector would need segments,
    flanks and search ranges many times longer than those it is tuned for, and sensor noise and
    texture at the pixel scale would dominate. The image is instead averaged onto a grid
    ``factor`` times coarser, so that a track is about :data:`ANALYSIS_WIDTH_PX` pixels wide
    there (1 = INPUT's own grid, the usual case for 1-5 m imagery).
    """
    return max(1, int(float(width_px) // ANALYSIS_WIDTH_PX))


def check_width(track_width_m, pixel_size_m):
    """TRACK_WIDTH_M in pixels, refusing widths under half a pixel or over 50 pixels."""
    if not pixel_size_m or pixel_size_m <= 0:
        raise ValueError("The pixel size of INPUT is not positive: the raster has no valid geotransform.")
    width_px = float(track_width_m) / float(pixel_size_m)
    if width_px < 0.5:
        raise ValueError(f"TRACK_WIDTH_M = {track_width_m} m is less than half a pixel "
                         f"({pixel_size_m:.3g} m): tracks this narrow cannot be seen at this resolution. "
                         f"Use at least {0.5 * pixel_size_m:.3g} m or a finer image.")
    if width_px > 50:
        raise ValueError(f"TRACK_WIDTH_M = {track_width_m} m is more than 50 pixels ({pixel_size_m:.3g} m "
                         f"each): use at most {50 * pixel_size_m:.4g} m, or resample the image coarser.")
    return width_px


# ----------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------

def pixel_size_metres(crs, transform, bounds):
    """(x, y) size of one pixel in metres; geographic CRSs are measured at the centre."""
    import pyproj

    if crs is None:
        raise ValueError("INPUT has no coordinate reference system: set its CRS (Layer Properties > "
                         "Source) so that widths and lengths can be measured in metres.")
    crs = pyproj.CRS.from_user_input(crs.to_wkt() if hasattr(crs, "to_wkt") else crs)
    px, py = abs(transform.a), abs(transform.e)
    if crs.is_geographic:
        left, bottom, right, top = bounds
        lon, lat = 0.5 * (left + right), 0.5 * (bottom + top)
        geod = pyproj.Geod(ellps="WGS84")
        mx = geod.inv(lon - px / 2, lat, lon + px / 2, lat)[2]
        my = geod.inv(lon, lat - py / 2, lon, lat + py / 2)[2]
        return mx, my
    factor = 1.0
    if crs.axis_info and crs.axis_info[0].unit_conversion_factor:
        factor = float(crs.axis_info[0].unit_conversion_factor)
    return px * factor, py * factor


def mean_pixel_metres(src):
    """Geometric mean of the pixel sides (m) of the open dataset ``src`` (:func:`pixel_size_metres`)."""
    return math.sqrt(np.prod(pixel_size_metres(src.crs, src.transform, src.bounds)))


def analysis_grid(src, width_px, window=None):
    """The grid :func:`extract_tracks` analyses: the window ``(row0, col0, height, width)`` of
    the open dataset ``src`` (default: all of it), coarsened by :func:`analysis_factor` for tracks
    ``width_px`` pixels wide. Returns the :class:`.raster_align.Grid` and the factor."""
    from rasterio.transform import Affine
    from rasterio.windows import Window

    from .raster_align import Grid

    row0, col0, height, width = window or (0, 0, src.height, src.width)
    factor = analysis_factor(width_px)
    transform = src.window_transform(Window(col0, row0, width, height)) * Affine.scale(factor)
    return Grid(src.crs, transform, math.ceil(width / factor), math.ceil(height / factor)), factor


def analysis_image(input_path, track_width_m, band=None):
    """INPUT as :func:`extract_tracks` reads it for tracks ``track_width_m`` wide (for training
    and diagnostics): brightness and validity on the analysis grid, and the grid.

    Returns
    -------
    image : ndarray float32 (rows, cols)
    valid : ndarray bool (rows, cols)
    grid : :class:`.raster_align.Grid`
    """
    import rasterio

    from .raster_align import AlignedReader

    with rasterio.open(input_path) as src:
        pixel_m = mean_pixel_metres(src)
        grid, _ = analysis_grid(src, check_width(track_width_m, pixel_m))
        reader = AlignedReader(input_path, grid, used_bands(src.count, band), name="INPUT", dataset=src)
        try:
            image, valid = _brightness_reader(reader)((0, grid.height, 0, grid.width))
        finally:
            reader.close()
    return image, valid, grid


def learned_contrast_unit(image, valid):
    """Contrast unit the learned detector reads a whole brightness array in (its texture placed
    against the training domain, :func:`.track_model.contrast_gain`)."""
    texture = sample_texture(_array_reader(image, valid), image.shape)
    return track_model.CONTRAST_UNIT * track_model.contrast_gain(texture)


def _array_reader(image, valid):
    """``read(win)`` for :func:`_run_tiles` of arrays held in memory."""

    def read(win):
        r0, r1, c0, c1 = win
        return image[r0:r1, c0:c1], valid[r0:r1, c0:c1]

    return read


def _brightness_reader(reader):
    """``read(win)`` for :func:`_run_tiles`: brightness and validity of a window of ``reader``'s grid.

    ``reader`` is a :class:`.raster_align.AlignedReader` (plain windowed read on the grid, or
    warped onto it), so INPUT and BEFORE are read and aligned the same way as in change detection.
    """

    def read(win):
        r0, r1, c0, c1 = win
        data, valid = reader.read(r0, r1, c0, c1)
        return brightness(data), valid

    return read


def extract_tracks(input_path, output_path, before_path=None, track_width_m=6.0, polarity="both",
                   min_length_m=150.0, sensitivity=0.5, aoi=None, band=None, response_path=None,
                   gap_m=None, tile_px=1024, detector="learned", progress=None, is_cancelled=None):
    """Extract desert tracks from a GeoTIFF into a line GeoPackage.

    Parameters
    ----------
    input_path : str
        Image (any band count; GDAL-readable), in a projected or geographic CRS.
    output_path : str
        Line layer to write (GeoPackage), in INPUT's CRS, fields :data:`FIELDS`.
    before_path : str, optional
        Earlier image; warped onto INPUT's grid when it is on another one. Lines absent there
        get ``is_new = 1``; with the learned detector, its evidence is pooled with INPUT's on old
        tracks that INPUT shows only faintly (:func:`_pool_persistent_tracks`).
    track_width_m : float
        Typical track width in metres; must be 0.5 to 50 pixels.
    polarity : {"both", "brighter", "darker"}
    min_length_m : float
        Lines shorter than this (metres) are dropped.
    sensitivity : float
        0..1, mapped to the hysteresis thresholds by :func:`thresholds`.
    aoi : geopandas.GeoDataFrame, optional
        Polygons: only their bounding window is processed and the lines are clipped to them.
    band : int, optional
        1-based band to use instead of the visible-band brightness.
    response_path : str, optional
        Float32 GeoTIFF of the ridge response (noise units) over the processed window.
    gap_m : float, optional
        Largest gap bridged, metres (default 10 track widths, at least 10 pixels).
    tile_px : int
        Tile core size in pixels.
    detector : {"learned", "filters"}
        See :data:`DETECTORS`. The learned detector reads an image whose texture is coarser than
        its training scenes' with a larger contrast unit (:func:`.track_model.contrast_gain`).

    Returns
    -------
    dict
        ``output``, ``response`` (path or None), ``count``, ``new_count``, ``length_km``, and the
        keys of :func:`run_report` (detector, domain, texture_pct, contrast_gain, peak_response,
        empty_reason) for the log.
    """
    import rasterio

    from .change import bounded_gdal_cache
    from .io import write_vector_atomic

    report(progress, 0)
    if min_length_m is None or min_length_m < 0:
        raise ValueError("MIN_LENGTH_M must be zero or positive (metres).")
    # GDAL would keep up to 5 % of the RAM of decoded blocks of both images; tiles need only theirs
    with bounded_gdal_cache(), rasterio.open(input_path) as src, contextlib.ExitStack() as closing:
        pixel_m = mean_pixel_metres(src)
        width_px = check_width(track_width_m, pixel_m)
        window, aoi_pixels = _aoi_window(src, aoi)
        grid, factor = analysis_grid(src, width_px, window)
        aoi_pixels = _on_analysis_grid(aoi_pixels, factor)
        read, quantum = _open_input(closing, input_path, src, grid, band, factor)
        read_before = _open_before(closing, before_path, src, grid, band, window)
        shape = (grid.height, grid.width)
        texture = sample_texture(read, shape)
        grid_pixel_m = pixel_m * factor
        settings = Settings(width_px / factor, polarity, sensitivity, min_length_m / grid_pixel_m,
                            None if gap_m is None else gap_m / grid_pixel_m, tile_px, detector,
                            detector_gain(detector, texture))
        report(progress, 2)
        with _response_sink(response_path, src, grid.transform, grid.width, grid.height) as sink:
            rows, cols, resp_q, before_q, textured = _run_tiles(
                read, shape, settings, quantum, read_before, sink, progress, is_cancelled, 2.0, 75.0)
            lines = build_lines(rows, cols, shape, resp_q, settings, is_cancelled)
            report(progress, 85)
            pieces = _clipped_pieces(lines, aoi_pixels, before_q, settings)
            frame = _line_frame(pieces, resp_q, before_q, settings, grid.transform, src.crs.to_wkt(), min_length_m)
            check_cancel(is_cancelled)
            write_vector_atomic(frame, output_path, geometry_type="LineString", field_types=FIELD_TYPES)
    report(progress, 100)
    return {"output": output_path, "response": response_path, "count": int(len(frame)),
            "new_count": int(frame["is_new"].sum()) if len(frame) else 0,
            "length_km": float(frame["length_m"].sum() / 1000.0) if len(frame) else 0.0,
            **run_report(detector, texture, textured, resp_q, len(frame), settings)}


def _aoi_window(src, aoi):
    """The window ``(row0, col0, height, width)`` of INPUT (dataset ``src``) that ``aoi`` covers
    (all of INPUT without one), and the AOI in that window's pixels (x = col, y = row, pixel
    centres at integers; None without an AOI)."""
    from shapely.affinity import affine_transform
    from shapely.ops import unary_union

    if aoi is None or not len(aoi):
        return (0, 0, src.height, src.width), None
    if aoi.crs is not None and src.crs is not None:
        aoi = aoi.to_crs(src.crs.to_wkt())
    geom = unary_union([g for g in aoi.geometry if g is not None and not g.is_empty])
    inv = ~src.transform
    aoi_px = affine_transform(geom, [inv.a, inv.b, inv.d, inv.e, inv.c - 0.5, inv.f - 0.5])
    minx, miny, maxx, maxy = aoi_px.bounds
    c0, r0 = max(int(math.floor(minx)), 0), max(int(math.floor(miny)), 0)
    c1, r1 = min(int(math.ceil(maxx)) + 1, src.width), min(int(math.ceil(maxy)) + 1, src.height)
    if c1 <= c0 or r1 <= r0 or aoi_px.is_empty:
        raise ValueError("AOI does not overlap INPUT: draw the area of interest over the image "
                         "or leave AOI empty.")
    return (r0, c0, r1 - r0, c1 - c0), affine_transform(aoi_px, [1, 0, 0, 1, -c0, -r0])


def _on_analysis_grid(aoi_pixels, factor):
    """The AOI in INPUT window pixels moved onto the analysis grid ``factor`` times coarser
    (pixel centres at integers on both grids)."""
    if aoi_pixels is None or factor == 1:
        return aoi_pixels
    from shapely.affinity import affine_transform

    shift = 0.5 / factor - 0.5
    return affine_transform(aoi_pixels, [1.0 / factor, 0, 0, 1.0 / factor, shift, shift])


def _open_input(closing, input_path, src, grid, band, factor):
    """``read(win)`` of INPUT's brightness on ``grid`` (its reader closed by the ExitStack
    ``closing``), and the quantum of that brightness (0 for float data)."""
    from .raster_align import AlignedReader

    bands = used_bands(src.count, band)
    reader = AlignedReader(input_path, grid, bands, name="INPUT", dataset=src)
    closing.callback(reader.close)
    integer = np.issubdtype(np.dtype(src.dtypes[0]), np.integer)
    # integer DN averaged over the bands (and the factor x factor block) are finer than one DN
    quantum = 1.0 / (math.sqrt(len(bands)) * factor) if integer else 0.0
    return _brightness_reader(reader), quantum


def _open_before(closing, before_path, src, grid, band, window):
    """``read(win)`` of BEFORE's brightness warped onto ``grid``, or None without BEFORE; raises
    when BEFORE does not overlap INPUT's ``window``."""
    if not before_path:
        return None
    import rasterio
    from rasterio.windows import Window

    from .raster_align import AlignedReader

    before_src = closing.enter_context(rasterio.open(before_path))
    row0, col0, height, width = window
    _check_overlap(src, before_src, src.window_transform(Window(col0, row0, width, height)), width, height)
    reader = AlignedReader(before_path, grid, used_bands(before_src.count, band), name="BEFORE", dataset=before_src)
    closing.callback(reader.close)
    return _brightness_reader(reader)


def _clipped_pieces(lines, aoi_pixels, before_q, settings):
    """``lines`` (row, col on the analysis grid) clipped to the AOI and cut where they pass
    between stretches BEFORE shows and stretches it does not (:func:`split_new_stretches`)."""
    from shapely.geometry import LineString

    for coords in lines:
        pieces = [coords]
        if aoi_pixels is not None:
            clipped = LineString(coords[:, ::-1]).intersection(aoi_pixels)
            pieces = [np.asarray(p.coords)[:, ::-1] for p in getattr(clipped, "geoms", [clipped])
                      if p.geom_type == "LineString" and not p.is_empty and len(p.coords) > 1]
        for piece in pieces:
            yield from split_new_stretches(piece, before_q, settings)


def _line_frame(pieces, resp_q, before_q, settings, transform, crs_wkt, min_length_m):
    """GeoDataFrame of :data:`FIELDS` of the line ``pieces`` (analysis-grid pixels, ``transform``
    to ``crs_wkt``), lengths and shapes measured in a metric CRS, lines under ``min_length_m`` dropped."""
    import geopandas as gpd
    from shapely.geometry import LineString

    from .crs import to_metric

    records, geoms = [], []
    t = transform
    for piece in pieces:
        attrs = line_attributes(piece, resp_q, settings, settings.min_length_px, before_q)
        simple = simplify(piece)
        xs = t.c + t.a * (simple[:, 1] + 0.5) + t.b * (simple[:, 0] + 0.5)
        ys = t.f + t.d * (simple[:, 1] + 0.5) + t.e * (simple[:, 0] + 0.5)
        geoms.append(LineString(np.column_stack([xs, ys])))
        records.append({k: attrs[k] for k in ("confidence", "mean_response", "is_new")})
    frame = gpd.GeoDataFrame(records, columns=["confidence", "mean_response", "is_new"], geometry=geoms, crs=crs_wkt)
    metric = to_metric(frame) if len(frame) else frame
    shape_attrs = [_shape_attributes(np.asarray(g.coords)) for g in metric.geometry]
    frame["length_m"] = [round(a[0], 2) for a in shape_attrs]
    frame["azimuth_deg"] = [round(a[1], 2) for a in shape_attrs]
    frame["sinuosity"] = [round(a[2], 4) for a in shape_attrs]
    frame = frame[frame["length_m"] >= float(min_length_m)] if len(frame) else frame
    frame = gpd.GeoDataFrame(frame[FIELDS + ["geometry"]].reset_index(drop=True), geometry="geometry", crs=crs_wkt)
    frame["is_new"] = frame["is_new"].astype(int)
    return frame


def _check_overlap(src, before, window_transform, width, height):
    """Raise when BEFORE does not overlap the processed window of INPUT."""
    from rasterio.warp import transform_bounds

    if before.crs is None:
        raise ValueError("BEFORE has no coordinate reference system: set its CRS first.")
    left, top = window_transform.c, window_transform.f
    right = left + window_transform.a * width
    bottom = top + window_transform.e * height
    b = transform_bounds(before.crs, src.crs, *before.bounds, densify_pts=21)
    ix = min(right, b[2]) - max(left, b[0])
    iy = min(max(top, bottom), b[3]) - max(min(top, bottom), b[1])
    if ix <= 0 or iy <= 0:
        raise ValueError("BEFORE does not overlap INPUT (or the AOI): choose the earlier image of the "
                         "same area, or leave BEFORE empty.")


class _response_sink:
    """Context manager writing the response tiles to an atomic float32 GeoTIFF (or nothing)."""

    def __init__(self, path, src, transform, width, height):
        self.path, self.src, self.transform = path, src, transform
        self.width, self.height = width, height
        self._ctx = self._dataset = None

    def __enter__(self):
        import rasterio
        from .io import atomic_path

        if not self.path:
            return None
        self._ctx = atomic_path(self.path)
        tmp = self._ctx.__enter__()
        profile = {"driver": "GTiff", "width": self.width, "height": self.height, "count": 1,
                   "dtype": "float32", "crs": self.src.crs, "transform": self.transform, "tiled": True,
                   "blockxsize": 256, "blockysize": 256, "compress": "deflate", "zlevel": 1,
                   "predictor": 3, "BIGTIFF": "IF_SAFER"}
        self._dataset = rasterio.open(tmp, "w", **profile)
        self._dataset.set_band_description(1, "track ridge response (noise units)")

        def sink(core, block):
            from rasterio.windows import Window

            self._dataset.write(block.astype(np.float32), 1,
                                window=Window(core[2], core[0], core[3] - core[2], core[1] - core[0]))
        return sink

    def __exit__(self, exc_type, exc, tb):
        if self._dataset is not None:
            self._dataset.close()
        if self._ctx is not None:
            return self._ctx.__exit__(exc_type, exc, tb)
        return False
