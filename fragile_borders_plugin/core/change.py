"""Change detection between two dates of imagery (pure numpy/scipy/rasterio).

:func:`detect_changes` is a short pipeline of named stages:

1. **align** (:func:`align_inputs`): BEFORE's pixel grid restricted to the overlap with AFTER
   (and the AOI bounds); AFTER (and MASK) resampled onto it when needed (:mod:`.raster_align`).
2. **statistics** (:func:`sample_pixels`, :func:`fit_statistics`): pixels from a spread of
   tile-sized windows (about 1/8 of a large scene, everything for a small one) give the model:
   method (``auto``: iMAD with 2 or more independent related bands, texture on weakly related
   ones, else the brightness difference),
   band rank check, iMAD canonical transform or radiometric normalisation, the two-class
   mixture of the change statistic and its threshold (:mod:`.change_mixture`), the measured
   misregistration and blur difference (and the optional window tests)
   (:mod:`.change_model`).
3. One streaming pass over blocks of rows (with halo rows), per block:
   **score** (:func:`score_block`) -> **threshold** (:func:`threshold_block`: pixel test, line
   test, optional window tests) -> **tolerance**
   (:func:`tolerate_block`: drop what a shift up to the measured misregistration explains) ->
   **clean** (:func:`.change_blocks.clean_mask`: speckle and small areas, thin outlines kept)
   -> **polygons** (:func:`label_block`, :class:`_Outputs`: rasters written block by block,
   pieces labelled and joined across block borders at the end). Two blocks are computed at once
   in worker threads while the finished ones are written in order; reading starts while the
   model is fitted. Peak memory depends on the scene width, not on its height.

Methods (``method``)
--------------------
``auto`` (default)
    iMAD where at least 2 independent bands remain after the rank check and the dates relate
    pixel to pixel (largest canonical correlation >= 0.7); on weakly related dates (very high
    resolution: buildings lean, shadows move) ``texture``, the absolute log ratio of the edge
    energy of the dates over 21-pixel windows (:func:`.change_model.edge_energy`), which neither
    a shift nor a gain changes; otherwise the brightness difference of the single band
    (panchromatic, one SAR band, an index).
``imad``
    Iteratively re-weighted Multivariate Alteration Detection (Nielsen 2007), see
    :mod:`.change_stats`; score = chi-square statistic (df = bands), calibrated on the no-change
    component of the mixture (texture and blur make unchanged pixels wider than chi-square).
``cva``
    Change vector analysis: length of the per-band difference after a robust per-band gain and
    offset normalisation of AFTER onto BEFORE (pixel units).
``ndvi``
    ``|NDVI_after - NDVI_before|`` after the same normalisation (red and NIR bands).
``brightness``
    Absolute difference of the mean of the bands, pixel units, after the same normalisation.

Threshold (``threshold_mode``)
------------------------------
``adaptive`` (default): the squared change distance is modelled as a two-gamma mixture fitted by
EM (Bruzzone & Prieto 2000 style); the threshold is the smaller of the ``significance``
quantile of the no-change component and the minimum-error boundary. Where changes are rare the
quantile decides (SIGNIFICANCE = 1 - false-alarm rate on unchanged pixels); where much changed,
the boundary. ``noise``: the quantile only. ``otsu``: the larger of the quantile and Otsu's
threshold. The estimated changed share is reported; below 30 % unchanged the images are taken
as unrelated ("no stable background") and nothing is mapped.

Window tests (``scales_px``, off by default)
--------------------------------------------
Optionally, the mean feature difference over windows of ``scales_px`` pixels is tested too, on
the difference left after compensating the measured shift and blur, standardised on sample
windows, each size at significance Bonferroni-corrected over the sizes and never below the
sample's empirical tail quantile; a pixel flagged by a window also needs its 3 x 3
neighbourhood to carry half the window's change. Off by default: on the benchmark scenes the
window statistics of unchanged ground were too heavy-tailed for it to beat the pixel test
(see benchmarks/results_change.md).

Line test (``line_length_m``, 30 m by default)
----------------------------------------------
Thin straight changes too faint for the pixel test (walls, fences, appeared tracks) are found
by the evidence summed along them (:mod:`.change_lines`): the shift-compensated difference
along the direction of a uniform brightening, over its expected spread (pixel scatter and what
the residual misregistration makes of existing edges), summed over both halves of 1-pixel lines
of about ``line_length_m`` in 8 orientations; both halves must pass the limit calibrated on the
sample windows away from the other detections (Bonferroni over the orientations, never below
the empirical tail). iMAD, CVA, brightness and NDVI only (not texture); the shift is measured
(and compensated) when the tolerance is on. A pixel that the pixel test and a line (or window)
test both flag survives the tolerance unless it also lies on an edge that both dates show
(:func:`.change_blocks.beyond_edge_shift`): the tolerance alone "explains" a faint new wall by
moving AFTER a fraction of a pixel off it. On the benchmark scenes the line test raised the
recall of walls and new tracks at no cost in pixel F1, for about a third more wall time (see
benchmarks/results_change.md).

Misregistration tolerance
-------------------------
A flagged pixel is kept only if BEFORE's pixel still differs from AFTER moved by up to
``tolerance_px`` along the 8 axes and diagonals (and AFTER's from BEFORE moved the other way:
blur differences). The displacement allowed along each direction is limited to the global
shift measured between the dates plus 0.3 px, so edges that only moved are dropped while a new
one-pixel wall is not explained away by a whole-pixel shift.
"""
import collections
import contextlib
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields

import numpy as np

from .blas import blas_threads
from .change_blocks import (
    EIGHT,
    FIELD_TYPES,
    assemble_changes,
    beyond_edge_shift,
    block_pieces,
    bounding_box,
    box_smooth,
    clean_mask,
    erase_from_mask,
    tolerant_change,
)
from .change_defaults import LINE_LENGTH_M, MIN_AREA_M2
from .change_lines import area_fringes, brightening_direction, fit_lines, line_evidence, line_length_px
from .change_model import (
    DIRECTIONS,
    METHODS,
    THRESHOLD_MODES,
    ChangeModel,
    blurrier_date,
    check_background,
    estimate_shift,
    fit_model,
    SUPPORT_PX,
    box_mean,
    compensate_shift,
    fit_scales,
    shift_limits,
    window_evidence,
)
from .change_stats import (
    check_band_rank,
    classify_change,
    imad,
    ndvi,
    otsu_threshold,
    robust_normalisation,
    weighted_moments,
)
from .common import check_cancel, map_in_threads, report

__all__ = [
    "CHANGE_CLASSES", "FIELD_TYPES", "METHODS", "THRESHOLD_MODES", "ChangeModel", "ChangeSettings",
    "bounded_gdal_cache", "box_smooth", "check_band_rank", "classify_change", "clean_mask", "detect_changes",
    "fit_model", "imad", "ndvi", "otsu_threshold", "robust_normalisation", "tolerant_change", "weighted_moments",
]

CHANGE_CLASSES = ("new_bright_surface", "darkening", "vegetation_loss", "vegetation_gain", "other")
SCORE_NODATA = -9999.0
MASK_NODATA = 255
#: side of the sample tiles (pixels) and how many of them keep their raw pixels for the
#: window tests and the shift estimate (central crops of this side)
SAMPLE_TILE_PX = 512
WINDOW_SAMPLES = 6
WINDOW_CROP_PX = 256
#: blocks of the streaming pass computed at once, each in its own thread
BLOCK_THREADS = 2


@dataclass
class ChangeSettings:
    """Settings of one change detection run (units in the names or below).

    method : one of :data:`METHODS`; significance : probability of change required (0.5-1);
    min_area_m2 : smallest change kept, square metres; aoi : polygons (GeoDataFrame) limiting
    the analysis; bands_before / bands_after : 1-based bands paired in order (default the first
    min(count) bands); ignore_mask : raster whose non-zero pixels are ignored; red_band /
    nir_band : 1-based bands of BEFORE holding red and NIR; tolerance_px : misregistration
    tolerance in pixels (0 = off); smooth : compare 3x3 means; threshold_mode : one of
    :data:`THRESHOLD_MODES`; scales_px : window sides (pixels) of the region-level tests
    (empty = pixel test only); line_length_m : length in metres of the line test (thin walls,
    fences, tracks; 0 = off); max_iter / delta : iMAD iterations and convergence; sample_size :
    pixels for the statistics; block_rows : rows per streaming block (default from the width);
    seed : sampling seed.
    """

    method: str = "auto"
    significance: float = 0.99
    min_area_m2: float = MIN_AREA_M2
    aoi: object = None
    bands_before: list = None
    bands_after: list = None
    ignore_mask: str = None
    red_band: int = 3
    nir_band: int = 4
    tolerance_px: int = 1
    smooth: bool = False
    threshold_mode: str = "adaptive"
    scales_px: tuple = ()
    line_length_m: float = LINE_LENGTH_M
    max_iter: int = 100
    delta: float = 0.001
    sample_size: int = 50_000
    block_rows: int = None
    seed: int = 0

    def validate(self):
        """Raise ValueError for settings out of range."""
        if self.method not in METHODS:
            raise ValueError(f"Unknown method {self.method!r}; choose one of {', '.join(METHODS)}.")
        if not 0.5 <= self.significance < 1.0:
            raise ValueError(f"SIGNIFICANCE must be a probability between 0.5 and 1 (got {self.significance}).")
        if self.min_area_m2 < 0:
            raise ValueError("MIN_AREA_M2 must be zero or positive (square metres).")
        if self.line_length_m < 0:
            raise ValueError("LINE_LENGTH_M must be zero or positive (metres).")
        if self.threshold_mode not in THRESHOLD_MODES:
            raise ValueError(f"Unknown threshold mode {self.threshold_mode!r}; use one of "
                             f"{', '.join(THRESHOLD_MODES)}.")
        if self.tolerance_px < 0 or any(int(s) < 3 for s in self.scales_px):
            raise ValueError("TOLERANCE_PX must be >= 0 and every window size >= 3 pixels.")

    def halo_rows(self, pixel_m):
        """Rows read around each block so that window and line tests and the tolerance see their
        neighbours (``pixel_m``: pixel size in metres)."""
        lines = line_length_px(self.line_length_m, pixel_m)
        reach = max([0] + [int(s) // 2 for s in self.scales_px] + ([lines // 2 + 1] if lines else []))
        return reach + self.tolerance_px + 3

    def min_pixels(self, grid):
        """Smallest change kept, in pixels of ``grid`` (0 = no limit)."""
        return int(math.ceil(self.min_area_m2 / grid.pixel_area_m2())) if self.min_area_m2 > 0 else 0


# ------------------------------------------------------------------------------------ align
@dataclass
class AlignedPair:
    """BEFORE, AFTER (and MASK) read on one grid; ``read`` gives ``x, y, valid`` of a window."""

    grid: object
    reader_b: object
    reader_a: object
    reader_m: object
    aoi_geoms: object
    bands_before: list
    bands_after: list
    red: object
    nir: object

    @property
    def band_count(self):
        return len(self.bands_before)

    def read(self, r0, r1, c0=0, c1=None, parts=None):
        """Pixels (p, h, w) of both dates and their validity (h, w) for rows r0:r1, cols c0:c1.

        ``parts`` are the two readers' results when they were read ahead (see :class:`_Prefetch`).
        """
        (x, vb), (y, va) = parts or (self.reader_b.read(r0, r1, c0, c1), self.reader_a.read(r0, r1, c0, c1))
        valid = vb & va
        if self.reader_m is not None:
            m, vm = self.reader_m.read(r0, r1, c0, c1)
            valid &= ~((m[0] != 0) & vm)
        if self.aoi_geoms is not None:
            from rasterio import features
            inside = features.geometry_mask(self.aoi_geoms, out_shape=valid.shape, invert=True,
                                            transform=self.grid.window_transform(r0, c0), all_touched=False)
            valid &= inside
        return x, y, valid


def _open_raster(stack, path, name):
    import rasterio

    try:
        return stack.enter_context(rasterio.open(path))
    except rasterio.errors.RasterioIOError as error:
        raise ValueError(f"{name}: cannot open '{path}' as a raster ({error}). Is it a complete, valid "
                         "GeoTIFF?") from None


def _band_lists(src_b, src_a, settings, warn):
    """1-based band lists of BEFORE and AFTER, paired in order."""
    from .raster_align import resolve_bands

    if not settings.bands_before and not settings.bands_after:
        n_common = min(src_b.count, src_a.count)
        if src_b.count != src_a.count:
            warn(f"BEFORE has {src_b.count} bands and AFTER {src_a.count}: comparing the first {n_common} bands "
                 "of each.")
        return list(range(1, n_common + 1)), list(range(1, n_common + 1))
    bb = resolve_bands(settings.bands_before, src_b.count, "BANDS_BEFORE") if settings.bands_before else None
    ba = resolve_bands(settings.bands_after, src_a.count, "BANDS_AFTER") if settings.bands_after else None
    if bb is None:
        bb = resolve_bands(list(range(1, len(ba) + 1)), src_b.count, "BANDS_BEFORE")
    if ba is None:
        ba = resolve_bands(list(range(1, len(bb) + 1)), src_a.count, "BANDS_AFTER")
    if len(bb) != len(ba):
        raise ValueError(f"BANDS_BEFORE has {len(bb)} bands and BANDS_AFTER {len(ba)}: give the same number of "
                         "bands, paired in order.")
    if not bb:
        raise ValueError("No common bands to compare: select bands with BANDS_BEFORE / BANDS_AFTER.")
    return bb, ba


def _aoi_geometries(aoi, crs):
    """AOI polygons (GeoDataFrame or None) in ``crs``; error when empty or without a CRS."""
    if aoi is None:
        return None
    if len(aoi) == 0:
        raise ValueError("The area of interest (AOI) has no polygon: give polygons or leave it empty.")
    if aoi.crs is None:
        raise ValueError("The area of interest (AOI) has no CRS: set its CRS and run again.")
    aoi = aoi.to_crs(crs)
    geoms = [g for g in aoi.geometry if g is not None and not g.is_empty]
    if not geoms:
        raise ValueError("The area of interest (AOI) has only empty geometries.")
    return geoms


def align_inputs(stack, before, after, settings, warn):
    """Stage *align*: open the rasters, find the common grid and the band lists.

    Returns
    -------
    AlignedPair
    """
    from .raster_align import AlignedReader, common_grid

    src_b = _open_raster(stack, before, "BEFORE")
    src_a = _open_raster(stack, after, "AFTER")
    aoi_geoms = _aoi_geometries(settings.aoi, src_b.crs)
    aoi_bounds = None
    if aoi_geoms is not None:
        from shapely.ops import unary_union
        aoi_bounds = unary_union(aoi_geoms).bounds
    grid = common_grid(src_b, src_a, aoi_bounds)
    bb, ba = _band_lists(src_b, src_a, settings, warn)
    red = bb.index(settings.red_band) if settings.red_band in bb else None
    nir = bb.index(settings.nir_band) if settings.nir_band in bb else None
    if (red is None or nir is None) and settings.method != "ndvi":
        warn("Red/NIR bands are not among the selected bands: vegetation classes are not assigned.")
    reader_b = stack.enter_context(AlignedReader(before, grid, bb, name="BEFORE", dataset=src_b))
    reader_a = stack.enter_context(AlignedReader(after, grid, ba, name="AFTER", dataset=src_a))
    reader_m = None
    if settings.ignore_mask:
        src_m = _open_raster(stack, settings.ignore_mask, "MASK")
        reader_m = stack.enter_context(AlignedReader(settings.ignore_mask, grid, [1], kind="mask", name="MASK",
                                                     dataset=src_m))
    return AlignedPair(grid, reader_b, reader_a, reader_m, aoi_geoms, bb, ba, red, nir)


class _Prefetch:
    """Reads BEFORE and AFTER in their own threads (``readers``: one single-thread executor per
    date, so that no dataset is read by two threads at once), ``depth`` windows ahead of the
    computation."""

    def __init__(self, pair, readers, windows, depth=1):
        self.pair, self.readers, self.windows = pair, readers, list(windows)
        self.futures = collections.deque(self._submit(i) for i in range(min(depth, len(self.windows))))

    def _submit(self, i):
        r0, r1, c0, c1 = self.windows[i]
        return (self.readers[0].submit(self.pair.reader_b.read, r0, r1, c0, c1),
                self.readers[1].submit(self.pair.reader_a.read, r0, r1, c0, c1))

    def cancel(self):
        """Drop the reads not started yet (when the windows must be read with another halo)."""
        for futures in self.futures:
            for future in futures:
                future.cancel()

    def __iter__(self):
        ahead = len(self.futures)
        for i, (r0, r1, c0, c1) in enumerate(self.windows):
            future_b, future_a = self.futures.popleft()
            parts = (future_b.result(), future_a.result())
            if i + ahead < len(self.windows):
                self.futures.append(self._submit(i + ahead))
            yield (r0, r1, c0, c1), self.pair.read(r0, r1, c0, c1, parts=parts)


# ------------------------------------------------------------------------------- statistics
def _sample_windows(grid, tile, rng, fraction=8):
    """Tile-sized windows spread over the grid: all for small grids, else 1/``fraction`` (8 to 16)."""
    cells = [(r, c) for r in range(0, grid.height, tile) for c in range(0, grid.width, tile)]
    if len(cells) > 8:
        k = min(16, max(8, int(math.ceil(len(cells) / fraction))))  # 2-4 Mpx: ample for the statistics
        picked = rng.choice(len(cells), size=k, replace=False)
        cells = [cells[i] for i in sorted(picked)]
    return [(r, min(r + tile, grid.height), c, min(c + tile, grid.width)) for r, c in cells]


def _central_crop(x, y, valid, size):
    h, w = valid.shape
    r0, c0 = max((h - size) // 2, 0), max((w - size) // 2, 0)
    sl = (slice(r0, r0 + size), slice(c0, c0 + size))
    return x[(slice(None),) + sl].copy(), y[(slice(None),) + sl].copy(), valid[sl].copy()


def _collect(pair, readers, windows, budget, rng, smooth, is_cancelled, progress):
    p = pair.band_count
    xs, ys, raw = [], [], []
    for i, (_, (x, y, valid)) in enumerate(_Prefetch(pair, readers, windows)):
        check_cancel(is_cancelled)
        if len(raw) < WINDOW_SAMPLES and valid.mean() > 0.5:
            raw.append(_central_crop(x, y, valid, WINDOW_CROP_PX))
        if smooth:
            x, y = box_smooth(x, valid), box_smooth(y, valid)
        idx = np.flatnonzero(valid)
        if idx.size > budget:
            idx = np.sort(rng.choice(idx, size=budget, replace=False))
        xs.append(x.reshape(p, -1)[:, idx].T)
        ys.append(y.reshape(p, -1)[:, idx].T)
        report(progress, 10.0 * (i + 1) / len(windows))
    return np.concatenate(xs), np.concatenate(ys), raw


def sample_pixels(pair, settings, readers, progress=None, is_cancelled=None):
    """Stage *statistics* (1/2): sample pixels ``xs, ys`` (n, p) and a few raw sample windows.

    Returns
    -------
    xs, ys : ndarray (n, p)
    windows : list of (x (p, h, w), y (p, h, w), valid (h, w))
    """
    grid, tile = pair.grid, SAMPLE_TILE_PX
    rng = np.random.default_rng(settings.seed)
    windows = _sample_windows(grid, tile, rng)
    per_window = max(1000, int(2 * settings.sample_size / max(len(windows), 1)))
    xs, ys, raw = _collect(pair, readers, windows, per_window, rng, settings.smooth, is_cancelled, progress)
    if len(xs) < 1000 and len(windows) < math.ceil(grid.height / tile) * math.ceil(grid.width / tile):
        # sparse valid data: scan everything
        every = [(r, min(r + tile, grid.height), c, min(c + tile, grid.width))
                 for r in range(0, grid.height, tile) for c in range(0, grid.width, tile)]
        xs, ys, raw = _collect(pair, readers, every, per_window, rng, settings.smooth, is_cancelled, progress)
    if len(xs) == 0:
        raise ValueError("BEFORE and AFTER have no valid pixel in common: the overlap is all nodata (or masked / "
                         "outside the AOI). Check nodata values, MASK and AOI.")
    if len(xs) > settings.sample_size:
        pick = rng.choice(len(xs), size=settings.sample_size, replace=False)
        xs, ys = xs[pick], ys[pick]
    return xs, ys, raw


def fit_statistics(xs, ys, windows, pair, settings, warn, info):
    """Stage *statistics* (2/2): the change model, its window and line tests and the measured shift.

    Returns
    -------
    ChangeModel
    """
    model = fit_model(xs, ys, settings.method, settings.significance, pair.red, pair.nir, settings.max_iter,
                      settings.delta, warn=warn, threshold_mode=settings.threshold_mode, info=info, windows=windows)
    info(f"Estimated changed share {100 * model.mixture.changed_share:.1f} % of the sampled pixels; threshold "
         f"{model.threshold:.4g} ({settings.threshold_mode}).")
    check_background(model, windows, warn)
    if settings.tolerance_px > 0 and not model.related:
        info("The dates relate weakly pixel to pixel: the misregistration tolerance is not applied (it would "
             "explain away every textured change).")
    elif settings.tolerance_px > 0:
        model.shift_px = estimate_shift(model, windows)
        model.max_step = shift_limits(None if model.shift_px is None else model.shift_px[:2], settings.tolerance_px)
        model.tolerance_sides = blurrier_date(model, windows)
        if model.shift_px is not None:
            info(f"Measured misregistration of AFTER: {model.shift_px[0]:+.2f} px down, {model.shift_px[1]:+.2f} px "
                 "right (the tolerance allows that plus 0.3 px).")
    model.scales = fit_scales(model, windows, settings.scales_px, settings.significance, settings.threshold_mode)
    length_px = line_length_px(settings.line_length_m, math.sqrt(pair.grid.pixel_area_m2()))
    if length_px and model.related and model.stable_background:
        model.lines = fit_line_test(model, windows, settings, length_px, ys.mean(axis=0), pair.grid)
    return model


def fit_line_test(model, windows, settings, length_px, mean_after, grid):
    """The line test calibrated on the sample windows, away from what the other stages detect
    there (:func:`.change_lines.fit_lines`), on the features the blocks will compare (smoothed
    with SMOOTH)."""
    from scipy import ndimage

    direction = brightening_direction(model, mean_after)
    min_pixels = settings.min_pixels(grid)

    def sample(window):
        x, y, valid = window
        fb, fa, score = score_block(model, x, y, valid, settings.smooth)
        detected = _detect_scored(model, settings, fb, fa, score, valid, np.zeros(len(DIRECTIONS)), min_pixels)
        reach = length_px + 3  # every line through a usable pixel misses the detections
        usable = ndimage.minimum_filter(valid, size=reach, mode="constant") & \
            ~ndimage.maximum_filter(detected, size=reach, mode="constant")
        return fb, fa, valid, usable, model.shift_px

    return fit_lines(direction, map_in_threads(sample, windows), length_px, settings.significance)


# ---------------------------------------------------------------------------- block stages
def score_block(model, x, y, valid, smooth):
    """Stage *score*: features (k, h, w) of both dates and the score (h, w) of a block."""
    fb, fa = model.block_features(x, y, valid)
    if smooth:
        fb, fa = box_smooth(fb, valid), box_smooth(fa, valid)
    return fb, fa, model.finish(squared_distance(fb, fa))


def squared_distance(fb, fa):
    """Squared Euclidean distance (h, w) between feature images ``fb``, ``fa`` (k, h, w).

    Summed feature by feature in one (h, w) buffer: no (k, h, w) difference is allocated, and
    the sum runs in the same order as ``einsum("kij,kij->ij", d, d)`` (the same numbers).
    """
    total = np.subtract(fb[0], fa[0])
    total *= total
    term = np.empty_like(total)
    for k in range(1, fb.shape[0]):
        np.subtract(fb[k], fa[k], out=term)
        term *= term
        total += term
    return total


def threshold_block(model, fb, fa, score, valid):
    """Stage *threshold*: pixels above the pixel threshold, and pixels that a window test flags
    (with the support of their own neighbourhood) on the difference left after compensating the
    measured misregistration."""
    windows = np.zeros(valid.shape, dtype=bool)
    if not model.stable_background:
        return windows, windows
    pixel = (score > model.threshold) & valid
    if model.scales:
        d = compensate_shift(fb - fa, fb, fa, model.shift_px)
        local = box_mean(d, valid, SUPPORT_PX)
        for evidence in model.scales:
            windows |= window_evidence(d, valid, evidence, local)
    if model.lines is not None:
        windows |= line_evidence(model.lines, fb, fa, valid, model.shift_px, skip=area_fringes(pixel))
    windows &= valid
    return pixel, windows


def tolerate_block(model, fb, fa, valid, pixel, windows, settings, explained_counts, min_pixels):
    """Stage *tolerance*: drop pixel-test detections that a shift up to the measured
    misregistration explains (window means already average a shifted edge out); one that a
    window or line test supports as well only where it also lies on an edge both dates show."""
    if settings.tolerance_px <= 0 or not model.related:
        return pixel | windows
    # pixels that cannot survive the clean-up need no tolerance test (it only removes pixels)
    tested = clean_mask(pixel | windows, valid, min_pixels) & pixel

    def unexplained(candidates, counts):
        return tolerant_change(fb, fa, valid, candidates, model.finish, model.threshold, settings.tolerance_px,
                               counts, max_step=model.max_step, sides=model.tolerance_sides)

    supported = tested & windows
    confirmed = unexplained(tested & ~windows, explained_counts)
    if supported.any():
        # a window or line test supports these too (on the shift-compensated difference): a thin wall
        # just above the threshold is "explained" by moving AFTER a fraction of a pixel off it, so
        # what the shifts explain is kept unless it lies on an edge that both dates show
        kept = unexplained(supported, None)
        confirmed |= kept | beyond_edge_shift(fb, fa, supported & ~kept)
    return (windows & ~pixel) | confirmed


class _Outputs:
    """Stage *polygons* and the writers: score/mask rasters block by block, change pieces."""

    def __init__(self, stack, grid, score_path, mask_path, changes_path):
        import rasterio

        self.grid, self.changes_path = grid, changes_path
        tmp_score = stack.enter_context(_maybe_atomic(score_path))
        tmp_mask = stack.enter_context(_maybe_atomic(mask_path))
        self.tmp_changes = stack.enter_context(_maybe_atomic(changes_path))
        self.score = self.mask = None
        if tmp_score:
            self.score = stack.enter_context(rasterio.open(
                tmp_score, "w", **_raster_profile(grid, "float32", SCORE_NODATA, None)))
        if tmp_mask:
            self.mask = stack.enter_context(rasterio.open(
                tmp_mask, "w+", **_raster_profile(grid, "uint8", MASK_NODATA, "deflate")))
        self.pieces, self.geoms, self.boundaries = {}, {}, []
        self.next_id = 0
        self.changed_pixels = self.valid_pixels = self.n_changes = 0

    def write_block(self, r0, r1, score, mask, valid, labelled):
        """Write one core block (rows r0:r1) and keep its pieces (``labelled``: :func:`label_block`)."""
        from rasterio.windows import Window

        grid = self.grid
        self.valid_pixels += int(valid.sum())
        self.changed_pixels += int(mask.sum())
        window = Window(0, r0, grid.width, r1 - r0)
        if self.score is not None:
            self.score.write(np.where(valid, score, np.float32(SCORE_NODATA))[None], window=window)
        if self.mask is not None:
            mask_u8 = mask.astype(np.uint8)
            mask_u8[~valid] = MASK_NODATA
            self.mask.write(mask_u8[None], window=window)
        count, pieces, geoms, top, bottom = labelled
        # the block numbers its pieces from 1: make the numbers unique over the scene
        base = self.next_id
        self.pieces.update((base + key, stats) for key, stats in pieces.items())
        self.geoms.update((base + key, geom) for key, geom in geoms.items())
        self.boundaries.append((np.where(top > 0, top + base, 0), np.where(bottom > 0, bottom + base, 0)))
        self.next_id += count

    def finish(self, model, min_area_m2):
        """Join pieces across block borders, drop small ones, write the polygons."""
        if not self.tmp_changes:
            return
        from .io import write_layer

        gdf, dropped = assemble_changes(self.pieces, self.geoms, self.boundaries, model, self.grid, min_area_m2)
        for geom in dropped:
            if self.mask is not None:
                erase_from_mask(self.mask, geom, self.grid)
        write_layer(gdf, self.tmp_changes, layer=os.path.splitext(os.path.basename(self.changes_path))[0],
                    geometry_type="Polygon", field_types=FIELD_TYPES)
        self.n_changes = len(gdf)
        pixel_area = abs(self.grid.transform.a) * abs(self.grid.transform.e)
        self.changed_pixels -= sum(int(round(g.area / pixel_area)) for g in dropped)


def _choose_block_rows(width, bands, budget_bytes=240e6):
    """Rows per block (multiple of 64, 128-1024) whose working arrays stay within ``budget_bytes``."""
    per_row = width * (bands * 36 + 48)
    rows = int(budget_bytes // max(per_row, 1)) // 64 * 64
    return int(min(1024, max(128, rows)))


def _detect_block(model, settings, x, y, valid, explained_counts, min_pixels):
    """Stages score -> threshold -> tolerance -> clean of one block read with its halo.

    ``explained_counts`` is the block's own copy. Returns the score and the cleaned mask
    (h, w), and ``explained_counts`` updated by the block.
    """
    fb, fa, score = score_block(model, x, y, valid, settings.smooth)
    return score, _detect_scored(model, settings, fb, fa, score, valid, explained_counts, min_pixels), \
        explained_counts


def _detect_scored(model, settings, fb, fa, score, valid, explained_counts, min_pixels):
    """Stages threshold -> tolerance -> clean of a scored block (:func:`score_block`): the cleaned mask."""
    pixel, windows = threshold_block(model, fb, fa, score, valid)
    detected = tolerate_block(model, fb, fa, valid, pixel, windows, settings, explained_counts, min_pixels)
    return clean_mask(detected, valid, min_pixels)


def label_block(mask, score, x, y, model, transform, polygons=True):
    """Stage *polygons* (1/2): the 8-connected pieces of a core block's ``mask``, numbered from 1.

    Returns ``(count, pieces, geoms, top, bottom)``: statistics and polygon of each piece
    (:func:`.change_blocks.block_pieces`) and the piece numbers along the block's first and last
    row (0 = none), by which :func:`.change_blocks.assemble_changes` joins pieces across blocks.
    ``transform`` gives the affine transform of a (row, col) offset in the block. Without
    ``polygons`` nothing is labelled.
    """
    h, w = mask.shape
    top, bottom = np.zeros(w, dtype=np.int64), np.zeros(w, dtype=np.int64)
    box = bounding_box(mask, 0) if polygons else None
    if box is None:
        return 0, {}, {}, top, bottom
    from scipy import ndimage

    b0, b1, d0, d1 = box
    labels, count = ndimage.label(mask[b0:b1, d0:d1], EIGHT)
    pieces, geoms = block_pieces(labels, count, score[b0:b1, d0:d1], x[:, b0:b1, d0:d1], y[:, b0:b1, d0:d1],
                                 model, transform(b0, d0), 0)
    if b0 == 0:
        top[d0:d1] = labels[0]
    if b1 == h:
        bottom[d0:d1] = labels[-1]
    return count, pieces, geoms, top, bottom


def _process_block(model, settings, grid, block, halo, read, explained_counts, min_pixels, polygons):
    """One block in a worker thread: detection on the block with its halo, then the pieces of its
    core rows. Returns ``(score, mask, valid, labelled, explained_counts)`` of the core rows."""
    (r0, r1), (x, y, valid) = block, read
    score, mask, explained_counts = _detect_block(model, settings, x, y, valid, explained_counts, min_pixels)
    core = slice(halo, halo + (r1 - r0))
    score, mask, valid = score[core], mask[core], valid[core]
    labelled = label_block(mask, score, x[:, core], y[:, core], model,
                           lambda row, col: grid.window_transform(r0 + row, col), polygons)
    return score, mask, valid, labelled, explained_counts


@dataclass
class _BlockPlan:
    """Row blocks ``(r0, r1)`` of the streaming pass, the halo rows read around each, and the
    reads of those windows, started ahead (:class:`_Prefetch`)."""

    blocks: list
    halo: int
    reads: object


def _plan_blocks(pair, settings, readers, model_halo=0):
    """Cut the grid into row blocks and start reading them (while the model is being fitted)."""
    height = pair.grid.height
    rows_per_block = settings.block_rows or _choose_block_rows(pair.grid.width, pair.band_count)
    blocks = [(r, min(r + rows_per_block, height)) for r in range(0, height, rows_per_block)]
    halo = settings.halo_rows(math.sqrt(pair.grid.pixel_area_m2())) + model_halo
    reads = _Prefetch(pair, readers, [(r0 - halo, r1 + halo, 0, None) for r0, r1 in blocks], depth=BLOCK_THREADS)
    return _BlockPlan(blocks, halo, reads)


def _stream(pair, model, outputs, settings, plan, progress, is_cancelled):
    """The streaming pass: score -> threshold -> tolerance -> clean -> polygons, block by block.

    :data:`BLOCK_THREADS` blocks are computed at once (numpy and scipy release the GIL on whole
    arrays) while this thread writes the finished blocks in order.
    """
    grid, blocks, halo = pair.grid, plan.blocks, plan.halo
    min_pixels = settings.min_pixels(grid)
    # directions that explained most pixels so far are tried first (speed only: the result
    # does not depend on the order); counted in block order, so runs are reproducible
    explained_counts = np.zeros(len(DIRECTIONS))
    pending = collections.deque()

    def write_oldest():
        (r0, r1), counts, future = pending.popleft()
        score, mask, valid, labelled, block_counts = future.result()
        explained_counts[:] += block_counts - counts
        outputs.write_block(r0, r1, score, mask, valid, labelled)
        report(progress, 15 + 80 * r1 / grid.height)

    polygons = bool(outputs.tmp_changes)
    with ThreadPoolExecutor(max_workers=BLOCK_THREADS) as workers:
        for block, (_, read) in zip(blocks, plan.reads):
            check_cancel(is_cancelled)
            counts = explained_counts.copy()
            pending.append((block, counts, workers.submit(_process_block, model, settings, grid, block, halo, read,
                                                          counts.copy(), min_pixels, polygons)))
            if len(pending) > BLOCK_THREADS:
                write_oldest()
        while pending:
            write_oldest()
    check_cancel(is_cancelled)


def _summary(settings, pair, model, outputs, warnings, paths):
    imad_result = model.imad
    return {
        "method": model.method, "bands_before": pair.bands_before, "bands_after": pair.bands_after,
        "bands_used": [pair.bands_before[i] for i in model.keep], "threshold": float(model.threshold), "df": model.df,
        "threshold_mode": settings.threshold_mode, "changed_share_estimate": float(model.mixture.changed_share),
        "stable_background": bool(model.stable_background),
        "scales_px": [e.size_px for e in model.scales],
        "line_length_px": model.lines.length_px if model.lines is not None else 0,
        "shift_px": None if model.shift_px is None else [float(s) for s in model.shift_px[:2]],
        "iterations": imad_result.iterations if imad_result is not None else 0,
        "converged": bool(imad_result.converged) if imad_result is not None else True,
        "rho": imad_result.rho.tolist() if imad_result is not None else [],
        "gain": model.gain.tolist(), "offset": model.offset.tolist(),
        "n_changes": outputs.n_changes, "changed_pixels": outputs.changed_pixels,
        "valid_pixels": outputs.valid_pixels,
        "grid": {"width": pair.grid.width, "height": pair.grid.height, "crs": str(pair.grid.crs)},
        "resampled": pair.reader_a.is_resampled, "warnings": list(warnings),
        "score_path": paths[0], "mask_path": paths[1], "changes_path": paths[2],
    }


def detect_changes(before, after, score_path=None, mask_path=None, changes_path=None, settings=None, *,
                   progress=None, is_cancelled=None, warn=None, info=None, **options):
    """Detect changes between two images and write score, mask and change polygons.

    Parameters
    ----------
    before, after : str
        Paths of the earlier and later rasters (any CRS, pixel size, extent, band count >= 1).
    score_path : str, optional
        Float32 GeoTIFF of the per-pixel score (iMAD: calibrated chi-square statistic, df =
        bands; CVA/brightness: magnitude in pixel units; NDVI: |NDVI difference|); nodata -9999.
    mask_path : str, optional
        Uint8 GeoTIFF, 1 = change, 0 = no change, 255 = nodata (no data, MASK, outside AOI).
    changes_path : str, optional
        Vector file (GeoPackage...) of change polygons with ``area_m2`` (m²), ``score`` (mean),
        ``score_max``, ``p_value`` (probability that an unchanged pixel scores the region's mean
        score), ``change_class``, ``d_ndvi`` and ``d_brightness`` (relative), in BEFORE's CRS.
    settings : ChangeSettings, optional
        All settings; keyword ``options`` (the field names of :class:`ChangeSettings`) override
        them.
    progress, is_cancelled : callable, optional
        Progress in percent and cancellation check (between windows and blocks).
    warn : callable, optional
        Receives warnings (dropped bands, no stable background...).
    info : callable, optional
        Receives what the log should show: the method chosen, the estimated changed share and
        threshold, the measured misregistration.

    Returns
    -------
    dict
        Summary: method, bands, threshold, threshold_mode, changed_share_estimate,
        stable_background, scales_px, shift_px, df, iterations, converged, rho, n_changes,
        changed_pixels, valid_pixels, grid size, resampled, warnings, messages (the
        information lines), and the output paths.
    """
    unknown = set(options) - {f.name for f in fields(ChangeSettings)}
    if unknown:
        raise TypeError(f"Unknown change detection option(s): {', '.join(sorted(unknown))}.")
    settings = ChangeSettings(**{**(vars(settings) if settings else {}), **options})
    settings.validate()
    warnings = []

    def _warn(message):
        if message not in warnings:
            warnings.append(message)
            if warn is not None:
                warn(message)

    messages = []

    def _info(message):
        messages.append(message)
        if info is not None:
            info(message)

    report(progress, 0)
    with contextlib.ExitStack() as stack:
        stack.enter_context(bounded_gdal_cache())
        # the work is shared between the reader and block threads already
        stack.enter_context(blas_threads(1))
        pair = align_inputs(stack, before, after, settings, _warn)
        readers = tuple(stack.enter_context(ThreadPoolExecutor(max_workers=1)) for _ in range(2))
        xs, ys, windows = sample_pixels(pair, settings, readers, progress, is_cancelled)
        plan = _plan_blocks(pair, settings, readers)
        model = fit_statistics(xs, ys, windows, pair, settings, _warn, _info)
        del xs, ys, windows
        if model.halo_px:  # the texture windows need more rows around each block: read them again
            plan.reads.cancel()
            plan = _plan_blocks(pair, settings, readers, model.halo_px)
        report(progress, 15)
        outputs = _Outputs(stack, pair.grid, score_path, mask_path, changes_path)
        _stream(pair, model, outputs, settings, plan, progress, is_cancelled)
        outputs.finish(model, settings.min_area_m2)
        check_cancel(is_cancelled)
        report(progress, 100)
    summary = _summary(settings, pair, model, outputs, warnings, (score_path, mask_path, changes_path))
    summary["messages"] = messages
    return summary


def _raster_profile(grid, dtype, nodata, compress):
    tile = 256
    profile = dict(driver="GTiff", width=grid.width, height=grid.height, count=1, dtype=dtype,
                   crs=grid.crs, transform=grid.transform, nodata=nodata, BIGTIFF="IF_SAFER")
    if compress:
        profile["compress"] = compress
    if grid.width >= tile and grid.height >= tile:
        profile.update(tiled=True, blockxsize=tile, blockysize=tile)
    if compress == "deflate":
        profile.update(zlevel=1, predictor=3 if dtype == "float32" else 2)
    return profile


@contextlib.contextmanager
def bounded_gdal_cache(megabytes=192):
    """Cap GDAL's block cache for the duration (restored afterwards).

    GDAL keeps decoded blocks up to its cache size (5 % of RAM by default); a streaming pass
    only needs the tile rows in flight, and peak memory should not grow with the scene.
    """
    limit = int(megabytes) * 1024 * 1024
    try:
        from osgeo import gdal
    except ImportError:
        gdal = None
    if gdal is None:
        import rasterio

        with rasterio.Env(GDAL_CACHEMAX=int(megabytes)):
            yield
        return
    old = gdal.GetCacheMax()
    if old > limit:
        gdal.SetCacheMax(limit)
    try:
        yield
    finally:
        if old > limit:
            gdal.SetCacheMax(old)


@contextlib.contextmanager
def _maybe_atomic(path):
    if not path:
        yield None
        return
    from .io import atomic_path
    with atomic_path(path) as tmp:
        yield tmp


