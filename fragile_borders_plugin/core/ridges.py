"""Ridge (line) response of desert tracks on one image window — pure numpy/scipy/skimage.

Everything here works on one window (a tile with its overlap) and is deterministic and
window-local: the noise blocks and the 4x4 cells of the periodic-field test are aligned to the
global pixel grid through ``block_origin``, so two overlapping tiles give the same response on
the pixels they share (away from the window border).

Response model (full resolution; the flank distance covers tracks up to about twice the
requested width):

1. ``G = gaussian(image, sigma)`` with ``sigma`` ~ half the track width (pixels); in dune
   fields (coherent parallel crests found with the structure tensor on 4x4 cells) ``G`` is
   replaced by its residual after an average along the crest direction (:func:`dune_filter`),
   and the line measures parallel to the crests are suppressed there.
2. Oriented line detector, ``N_BINS`` (12) normal orientations. ``G`` is averaged along the
   line over short segments of ``SEG_PX`` (7) pixels; each segment is compared with parallel
   segments at +/- ``d`` (:func:`flank_distance`) along the normal and the WEAKER of the two flank
   contrasts is kept (an edge, with one flat side, scores ~0), capped by the weaker far-flank
   contrast at +/- ``FAR_FACTOR * d`` plus half the near one (a line inside a wide band of the
   opposite contrast, e.g. the bright thalweg of a dark wadi bed, is not a track). ``N_SEG`` (3)
   consecutive segments are averaged (evidence integrated over 21 px along the line) and the
   result is capped at ``WEAKEST_FACTOR`` times the weakest segment (a blob or a dot covers one
   or two segments, a track all of them).
3. Periodic fields (dune crests): for each orientation the strongest parallel ridge (same
   orientation +/- one bin) is searched along the normal in four ranges (near/far, each side,
   ``FIELD_MIN_PX``..``FIELD_MAX_PX``) on a 4x coarser grid of block maxima; the SECOND strongest
   of the four, times ``FIELD_GAIN``, is subtracted. Inside a dune field (and at its edge) it is
   as strong as the crest itself; an isolated track has none, a track beside one companion
   track only one. Tracks crossing dunes at an angle are not affected (other orientation).
4. Noise normalisation: divided by the block median (64-px blocks, bilinearly interpolated) of
   the minimum over orientations of the absolute second difference across the short segments —
   a clutter measure that oriented structures (dune crests, tracks) do not raise — times a
   constant calibrated on white noise so that a response of 1 is exceeded by 1 % of the pixels
   of a pure-noise image. The response is in "noise units": the same thresholds mean the same
   on any image, whatever its gain.
5. The maximum over polarities is kept, with the line normal of the winner.
"""
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

#: number of orientation bins of the line normal over 180 degrees
N_BINS = 12
#: length (pixels, odd) of the short along-line segments, and how many are chained
SEG_PX = 7
N_SEG = 3
#: distances (pixels) along the normal at which parallel ridges (dune crests) are looked for
FIELD_MIN_PX = 8
FIELD_MAX_PX = 72
#: weight of the parallel neighbours subtracted from the response (dune fields)
FIELD_GAIN = 1.25
#: far flanks at this multiple of the flank distance (wide bands of opposite contrast)
FAR_FACTOR = 3
#: a line's weakest segment, times this, caps its response (continuity)
WEAKEST_FACTOR = 2.5
#: weight of the half-resolution level (twice the track width) in the response
COARSE_WEIGHT = 0.5
#: side of the noise-estimation blocks (pixels); tile origins and overlaps are multiples of it
BLOCK = 64
#: normalised-response quantile of white noise that defines one noise unit
_UNIT_QUANTILE = 99.0
_CALIBRATION = {}
#: percentile (median) of the orientation-minimum clutter taken as the block's noise level
NOISE_QUANTILE = 50.0
#: worker threads of the oriented filters (numpy releases the GIL)
THREADS = 2
#: spacing (pixels) of the taps of the along-line averaging
TAP_STEP = 1.0
#: number of orientation bins of the along-crest averaging
DUNE_BINS = 24
#: length (pixels) of the along-crest average, and spacing of its taps
DUNE_LEN = 21
DUNE_TAP = 2.0
#: structure-tensor scales (pixels): local (crest) and field
DUNE_SMALL = 6.0
DUNE_LARGE = 18.0
#: field energy ratio (large / small scale) and coherence ramps of the dune weight
DUNE_RATIO = (0.4, 0.7)
#: ... and the ratio above which there is no crest-scale energy left (near an isolated edge)
DUNE_RATIO_MAX = (2.5, 4.0)
DUNE_COHERENCE = (0.3, 0.6)
#: cells above this many times the local median gradient energy are left out of the tensors
DUNE_EDGE_OUTLIER = 12.0
#: field-scale energy against the strongest crest-scale energy within DUNE_NEAR_CELLS 4-px cells
DUNE_NEAR_CELLS = 2
DUNE_RATIO_NEAR = (0.36, 0.5)
#: in dune fields, line responses whose normal is within DUNE_ANGLE degrees of the crest normal
#: are suppressed (fully up to the first value, linearly to none at the second)
DUNE_ANGLE = (15.0, 30.0)


def brightness(stack, band=None):
    """Return the float32 brightness used for track detection.

    Parameters
    ----------
    stack : ndarray (bands, rows, cols)
        Image window, any numeric dtype.
    band : int, optional
        1-based band to use alone. Default: mean of the visible bands, i.e. bands 1-3 when the
        image has 4 or more bands (blue, green, red, NIR...), all bands when it has fewer.
    """
    stack = np.asarray(stack)
    if stack.ndim == 2:
        return stack.astype(np.float32)
    if band:
        if not 1 <= band <= stack.shape[0]:
            raise ValueError(f"BAND {band} does not exist: the image has {stack.shape[0]} band(s); "
                             "choose 1 to {0} or leave it empty.".format(stack.shape[0]))
        return stack[band - 1].astype(np.float32)
    used = stack[:3] if stack.shape[0] >= 4 else stack
    out = used[0].astype(np.float32)
    for layer in used[1:]:
        out += layer
    out /= np.float32(len(used))
    return out


def used_bands(count, band=None):
    """1-based band indexes read for :func:`brightness` from an image of ``count`` bands."""
    if band:
        if not 1 <= band <= count:
            raise ValueError(f"BAND {band} does not exist: the image has {count} band(s); "
                             f"choose 1 to {count} or leave it empty.")
        return [band]
    return [1, 2, 3] if count >= 4 else list(range(1, count + 1))


def scale_for_width(width_px):
    """Gaussian scale (pixels) for tracks ``width_px`` pixels wide: sigma ~ half the width."""
    return max(0.5 * float(width_px), 0.8)


def pyramid_levels(width_px):
    """Pyramid factors analysed. Only full resolution: the flank distance covers tracks up to
    about twice the requested width, and a half-resolution level mostly added wide look-alikes
    (wadi beds, airstrips) on the generated scenes (correctness 0.45 -> 0.59 without it)."""
    return (1,)


def scales_for_width(width_px):
    """Effective Gaussian scales (full-resolution pixels) of the pyramid levels."""
    return [f * scale_for_width(width_px) for f in pyramid_levels(width_px)]


def flank_distance(width_px, sigma):
    """Distance (pixels) from the line centre at which the flanks are compared."""
    return max(2, int(round(0.5 * width_px + 2.0 * sigma)))


def length_scale(width_px):
    """Factor applied to the detector's pixel lengths (segments, periodic-field search): 1 up to
    the 2-px tracks they were tuned for, proportional to the width above."""
    return max(1.0, float(width_px) / 2.0)


def seg_px(width_px):
    """Length (pixels, odd) of one along-line segment for tracks ``width_px`` wide."""
    return int(round(SEG_PX * length_scale(width_px))) | 1


def field_range_px(width_px):
    """(min, max) distance (pixels) of the periodic-field search for tracks ``width_px`` wide
    (scaled at most 3 times: it sets the tile overlap, hence the memory)."""
    k = min(length_scale(width_px), 3.0)
    return FIELD_MIN_PX * k, FIELD_MAX_PX * k


def line_length_px(width_px):
    """Length (pixels) over which the oriented line detector integrates along the line."""
    return N_SEG * seg_px(width_px)


def _offset_view(a, origin, offset, shape):
    """The ``shape`` window of ``a`` starting at ``origin`` + ``offset`` (row, col)."""
    r0, c0 = origin + offset[0], origin + offset[1]
    return a[r0:r0 + shape[0], c0:c0 + shape[1]]


def _pixel_offset(distance, unit):
    """Pixel offset (row, col) ``distance`` pixels along the ``unit`` vector (row, col), rounded."""
    return int(np.rint(distance * unit[0])), int(np.rint(distance * unit[1]))


def _segment_mean(padded, origin, direction, half, shape):
    """Mean of ``padded`` over a short segment of ±``half`` px along ``direction``, on the ``shape``
    window at ``origin`` (taps every ``TAP_STEP`` px, rounded to pixels, each offset once)."""
    taps = sorted({_pixel_offset(t, direction) for t in np.arange(-half, half + 1e-6, TAP_STEP)})
    seg = _offset_view(padded, origin, taps[0], shape).copy()
    for tap in taps[1:]:
        seg += _offset_view(padded, origin, tap, shape)
    seg *= np.float32(1.0 / len(taps))
    return seg


def _flank_contrasts(seg, normal, near, far, shape):
    """Segment centre minus its flanks at ±``near`` and ±``far`` px along ``normal`` (``seg`` holds a
    margin of ``far`` px around the ``shape`` window)."""
    centre = _offset_view(seg, far, (0, 0), shape)

    def contrasts(distance):
        dr, dc = _pixel_offset(distance, normal)
        return (centre - _offset_view(seg, far, (dr, dc), shape),
                centre - _offset_view(seg, far, (-dr, -dc), shape))
    return contrasts(near), contrasts(far)


def _polarity_contrast(near, far, polarity):
    """The weaker near-flank contrast of ``polarity`` (an edge scores ~0), capped by the weaker far
    one plus half of it."""
    (c1, c2), (f1, f2) = near, far
    if polarity == "brighter":
        short, farm = np.minimum(c1, c2), np.minimum(f1, f2)
    else:
        short, farm = np.maximum(c1, c2), np.maximum(f1, f2)
        np.negative(short, out=short)
        np.negative(farm, out=farm)
    farm += np.float32(0.5) * short
    np.minimum(short, farm, out=short)
    return short


def _along_line(short, shifts, reach, shape):
    """Mean of the segments at ``shifts`` along the line, capped at ``WEAKEST_FACTOR`` × the weakest:
    evidence integrated along the line (faint tracks) that every segment must show (a blob covers
    one or two of them)."""
    total = low = None
    for shift in shifts:
        part = _offset_view(short, reach, shift, shape)
        if total is None:
            total, low = part.copy(), part.copy()
        else:
            total += part
            np.minimum(low, part, out=low)
    total *= np.float32(1.0 / len(shifts))
    low *= np.float32(WEAKEST_FACTOR)
    np.minimum(total, low, out=total)
    return total


def _damp_parallel_to_crests(total, dune_bin):
    """In place: ``total`` times the coarse dune factor of its orientation (:func:`dune_orientation_factors`):
    in a dune field, lines parallel to the crests are the residual of the crests."""
    factor, (br0, br1, bc0, bc1) = dune_bin
    box = total[4 * br0:4 * br1, 4 * bc0:4 * bc1]
    box.reshape(br1 - br0, 4, bc1 - bc0, 4)[...] *= factor[:, None, :, None]


def _oriented(g, sigma, width_px, polarity, dune=None):
    """Oriented line measures of the smoothed image ``g`` for every normal orientation.

    For each of ``N_BINS`` orientations, ``g`` is averaged along the line direction over short
    segments of :data:`SEG_PX` pixels; each segment's centre is compared with its two flanks at
    +/- :func:`flank_distance` along the normal (symmetric sides: the WEAKER flank contrast is
    kept, so an edge scores ~0), capped by the far-flank contrast at ``FAR_FACTOR * d`` (plus half
    the near one). ``N_SEG`` consecutive segments along the line are averaged (evidence
    integrated along the line: faint tracks) and capped at ``WEAKEST_FACTOR`` times the weakest
    one (a blob or a crossing covers only one or two segments).

    Returns ``(measures, clutter)``: ``measures[polarity]`` is a list of ``N_BINS`` float32
    arrays (image units), ``clutter`` the minimum over orientations of the absolute second
    difference across the short segments (insensitive to oriented structures such as dune
    crests or tracks; its block median measures the noise at the detector's scale).
    """
    rows, cols = g.shape
    d = flank_distance(width_px, sigma)
    seg_len = seg_px(width_px)
    half = seg_len // 2
    reach = (N_SEG // 2) * seg_len
    far = FAR_FACTOR * d
    margin = half + far + reach + 1
    padded = np.pad(g, margin, mode="edge")
    pols = ("brighter", "darker") if polarity == "both" else (polarity,)
    # segment means over the core extended by the far flank and the segment shifts; contrasts
    # over the core extended by the shifts
    seg_shape = (rows + 2 * (far + reach), cols + 2 * (far + reach))
    contrast_shape = (rows + 2 * reach, cols + 2 * reach)

    def one(k):
        theta = k * np.pi / N_BINS
        normal = (np.cos(theta), np.sin(theta))          # (row, col)
        direction = (-normal[1], normal[0])             # along the line
        seg = _segment_mean(padded, margin - far - reach, direction, half, seg_shape)
        # far flanks: a line inside a wide band of the opposite contrast (the bright thalweg of a
        # dark wadi bed, a dark strip along a bright field) is not a track
        near_flanks, far_flanks = _flank_contrasts(seg, normal, d, far, contrast_shape)
        del seg
        second = np.abs(_offset_view(near_flanks[0] + near_flanks[1], reach, (0, 0), (rows, cols)))
        shifts = [_pixel_offset(j * seg_len, direction) for j in range(-(N_SEG // 2), N_SEG // 2 + 1)]
        out = {}
        for p in pols:
            total = _along_line(_polarity_contrast(near_flanks, far_flanks, p), shifts, reach, (rows, cols))
            if dune is not None and dune[k] is not None:
                _damp_parallel_to_crests(total, dune[k])
            out[p] = total
        return out, second

    # numpy releases the GIL in these array operations: two threads use two cores
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(one, range(N_BINS)))
    measures = {p: [r[0][p] for r in results] for p in pols}
    clutter = results[0][1]
    for _, second in results[1:]:
        np.minimum(clutter, second, out=clutter)
    return measures, clutter


def _edge_median_cells(k):
    """Window (in every-other 4-px cells, odd) of the local median energy in :func:`dune_filter`."""
    return int(math.ceil(DUNE_LARGE * k / 4.0)) | 1


def dune_reach_px(width_px):
    """Reach (pixels) of :func:`dune_filter` beyond the window it is asked for."""
    k = length_scale(width_px)
    edge_median = 8 * (_edge_median_cells(k) // 2) + 8
    return int(math.ceil(DUNE_LEN * k / 2 + 2 * DUNE_LARGE * k + 4 * DUNE_NEAR_CELLS + 4 + edge_median))


def dune_filter(g, width_px):
    """Remove the dune-crest pattern from the smoothed image ``g`` (rows, cols multiples of 4).

    Where the local texture is a FIELD of parallel crests, ``g`` is replaced by its residual
    after the average along the local crest direction (``DUNE_LEN`` px): long parallel crests
    vanish, while lines at other orientations (tracks crossing the dunes) lose only their
    width / ``DUNE_LEN`` share. A field is recognised with the structure tensor (4x4 block means
    aligned to the global grid): coherent orientation (``DUNE_COHERENCE``) and gradient energy
    spread over the field scale ``DUNE_LARGE`` as much as over the crest scale ``DUNE_SMALL``
    (``DUNE_RATIO``, against the strongest crest-scale energy within ``DUNE_LARGE``: an
    isolated line, road or edge concentrates it, ratio ~ small / large). Cells with more than
    ``DUNE_EDGE_OUTLIER`` times the local median gradient energy (rock outcrop and cloud edges)
    are left out of both tensors (normalised convolution): otherwise an outcrop breaks the field
    around it and the crests next to it come out as tracks.
    Window-local within :func:`dune_reach_px`.

    Returns ``(filtered, weight, theta)``: the field weight (0–1) and the crest normal's angle of
    every 4x4 cell, or ``(g, None, None)`` where there is no dune field.
    """
    k = length_scale(width_px)
    weight, theta = _dune_field(_cell_tensor(g), k)
    if not np.any(weight > 0.02):
        return g, None, None
    diff = _along_crest_offset(g, weight > 0.02, theta, DUNE_LEN * k)
    # residual, with the local mean put back (no step where the weight changes)
    cr, cc = weight.shape
    diff.reshape(cr, 4, cc, 4)[...] *= weight[:, None, :, None]
    out = g.copy()
    out[:cr * 4, :cc * 4] -= diff
    return out, weight, theta.astype(np.float32)


def _cell_tensor(g):
    """Structure tensor (Jrr, Jcc, Jrc) of ``g`` as means over 4x4 cells."""
    gr, gc = np.gradient(g)
    cr, cc = g.shape[0] // 4, g.shape[1] // 4

    def cell(a):
        return a[:cr * 4, :cc * 4].reshape(cr, 4, cc, 4).mean(axis=(1, 3))
    return cell(gr * gr), cell(gc * gc), cell(gr * gc)


def _dune_field(tensor, k):
    """Dune-field weight (float32, 0–1) and crest normal angle (from the row axis) of each cell, from
    the cell ``tensor`` at length scale ``k`` (see :func:`dune_filter`)."""
    jrr, jcc, jrc = tensor
    small = DUNE_SMALL * k / 4.0
    large = DUNE_LARGE * k / 4.0

    def smooth(a, scale):
        return ndimage.gaussian_filter(a, scale, mode="reflect", truncate=2.0)

    # cells with far more gradient energy than the field around them (rock outcrop and cloud
    # edges) are left out of the tensors (normalised convolution), so a dune field keeps its
    # weight right up to an outcrop instead of letting its crests through there; the local median
    # energy is taken on every other cell (cheap; tiles start on even cells)
    energy = jrr + jcc
    typical = ndimage.median_filter(energy[::2, ::2], size=_edge_median_cells(k), mode="reflect")
    typical = np.repeat(np.repeat(typical, 2, axis=0), 2, axis=1)[:energy.shape[0], :energy.shape[1]]
    keep = (energy <= DUNE_EDGE_OUTLIER * typical).astype(np.float32)
    es = smooth(energy * keep, small) / np.maximum(smooth(keep, small), 1e-3)
    norm = np.maximum(smooth(keep, large), 1e-3)
    lrr, lcc, lrc = (smooth(a * keep, large) / norm for a in (jrr, jcc, jrc))
    el = lrr + lcc
    coh = np.sqrt((lrr - lcc) ** 2 + 4 * lrc ** 2) / np.maximum(el, 1e-12)
    # an isolated line or edge concentrates its energy: compared with the strongest crest-scale
    # energy nearby (within ~8 px), its field-scale energy stays ~ small / large; a field spreads
    # it evenly (~1)
    ratio = el / np.maximum(es, 1e-12)
    near_max = ndimage.maximum_filter(es, size=2 * DUNE_NEAR_CELLS + 1, mode="nearest")
    ratio_near = el / np.maximum(near_max, 1e-12)
    # (the second ramp falls from 1 to 0 between the two DUNE_RATIO_MAX)
    weight = (_ramp(ratio, *DUNE_RATIO) * _ramp(-ratio, -DUNE_RATIO_MAX[1], -DUNE_RATIO_MAX[0])
              * _ramp(ratio_near, *DUNE_RATIO_NEAR) * _ramp(coh, *DUNE_COHERENCE))
    # gradient (normal) angle from the row axis; crest direction is perpendicular
    return weight.astype(np.float32), 0.5 * np.arctan2(2 * lrc, lrr - lcc)


def _ramp(x, lo, hi):
    """0 below ``lo``, 1 above ``hi``, linear between."""
    return np.clip((x - lo) / (hi - lo), 0, 1)


def _along_crest_offset(g, active, theta, length):
    """Average of ``g`` along the crest direction (over ``length`` px) minus its local mean, on the
    4x4 cells ``active`` (0 elsewhere), each orientation bin over the bounding box of its cells."""
    cr, cc = active.shape
    half = length / 2.0
    nbin = np.mod(np.rint(theta / (np.pi / DUNE_BINS)), DUNE_BINS).astype(np.int16)
    m = int(math.ceil(half)) + 1
    gp = np.pad(g, m, mode="reflect")
    base = ndimage.uniform_filter(g, size=int(length) | 1, mode="reflect")
    diff = np.zeros((cr * 4, cc * 4), dtype=np.float32)

    def one(b):
        cells = active & (nbin == b)
        rr, cs = np.nonzero(cells)
        r0, r1, c0, c1 = rr.min(), rr.max() + 1, cs.min(), cs.max() + 1
        theta_b = b * np.pi / DUNE_BINS
        direction = (-np.sin(theta_b), np.cos(theta_b))
        rows, cols = slice(4 * r0, 4 * r1), slice(4 * c0, 4 * c1)
        acc = np.zeros((4 * (r1 - r0), 4 * (c1 - c0)), dtype=np.float32)
        taps = [_pixel_offset(t, direction) for t in np.arange(-half, half + 1e-6, DUNE_TAP)]
        for a, c in taps:
            acc += gp[m + rows.start + a:m + rows.stop + a, m + cols.start + c:m + cols.stop + c]
        acc *= np.float32(1.0 / len(taps))
        acc -= base[rows, cols]
        sel = cells[r0:r1, c0:c1]
        # the cells of one orientation are disjoint from the others': no write conflict
        view = diff[rows, cols].reshape(r1 - r0, 4, c1 - c0, 4).transpose(0, 2, 1, 3)
        view[sel] = acc.reshape(r1 - r0, 4, c1 - c0, 4).transpose(0, 2, 1, 3)[sel]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(one, np.unique(nbin[active])))
    return diff


def dune_orientation_factors(weight, theta):
    """Per-orientation factors (``N_BINS`` items: None where all 1, else the coarse factor on the
    4x4 cells of :func:`dune_filter` over its bounding box and that box (r0, r1, c0, c1) in
    cells) suppressing lines parallel to the crests where a dune field
    (``weight``) with crest normal ``theta`` was found."""
    lo, hi = np.radians(DUNE_ANGLE[0]), np.radians(DUNE_ANGLE[1])
    out = []
    for k in range(N_BINS):
        diff = np.abs(np.mod(theta - np.float32(k * np.pi / N_BINS) + np.pi / 2, np.pi) - np.pi / 2)
        near = np.clip((hi - diff) / (hi - lo), 0, 1)
        factor = (1.0 - weight * near).astype(np.float32)
        rr, cs = np.nonzero(factor < 0.999)
        if len(rr) == 0:
            out.append(None)
            continue
        r0, r1, c0, c1 = rr.min(), rr.max() + 1, cs.min(), cs.max() + 1
        out.append((factor[r0:r1, c0:c1], (r0, r1, c0, c1)))
    return out


def _combine(measures, block_origin, factor=1, width_px=2.0):
    """Best orientation per pixel after periodic-field and blob suppression (image units).

    Periodic fields (dune crests): for each orientation, the strongest parallel ridge (same
    orientation +/- one bin) is looked for in four ranges along the normal (near and far, on
    each side, between ``FIELD_MIN_PX`` and ``FIELD_MAX_PX``; on a 4x coarser grid of block
    maxima aligned to the global grid). Inside a field of regularly spaced crests, and at its
    edge, at least two ranges hold one as strong as the pixel's own ridge; an isolated track
    has none, a track beside one companion track one. ``FIELD_GAIN`` times the second
    strongest of the four is subtracted. (Blobs are rejected earlier, by the weakest-segment
    cap of the oriented filters.)
    """
    rows, cols = measures[0].shape
    step = 4
    r_off = block_origin[0] % step
    c_off = block_origin[1] % step
    pads = ((r_off, (-(rows + r_off)) % step), (c_off, (-(cols + c_off)) % step))
    aligned = not any(pads[0] + pads[1])
    coarse = []
    for meas in measures:
        padded = meas if aligned else np.pad(meas, pads, mode="edge")
        # 4x4 block maxima: rows then columns, on strided views (fast)
        rmax = np.maximum(np.maximum(padded[0::4], padded[1::4]), np.maximum(padded[2::4], padded[3::4]))
        cmax = np.maximum(np.maximum(rmax[:, 0::4], rmax[:, 1::4]), np.maximum(rmax[:, 2::4], rmax[:, 3::4]))
        np.maximum(cmax, 0.0, out=cmax)
        coarse.append(cmax)
    n = len(measures)
    fmin, fmax = field_range_px(width_px)
    lo = max(1, int(round(fmin / step / factor)))
    hi = max(lo + 1, int(round(fmax / step / factor)))
    best = np.full((rows, cols), -np.inf, dtype=np.float32)
    for k, meas in enumerate(measures):
        nb = np.maximum(np.maximum(coarse[k], coarse[(k - 1) % n]), coarse[(k + 1) % n])
        theta = k * np.pi / n
        nr, nc = np.cos(theta), np.sin(theta)
        cr, cc = nb.shape
        m = hi + 1
        nbp = np.pad(nb, m, mode="constant")
        mid = (lo + hi + 1) // 2
        quarters = []
        for sign in (1, -1):
            for t0, t1 in ((lo, mid), (mid, hi + 1)):
                side = np.zeros_like(nb)
                for t in range(t0, t1):
                    a, b = int(np.rint(sign * t * nr)), int(np.rint(sign * t * nc))
                    np.maximum(side, nbp[m + a:m + a + cr, m + b:m + b + cc], out=side)
                quarters.append(side)
        # second strongest of the four (near/far on each side): inside a field of regularly
        # spaced crests, and at its edge (near and far crests on one side), it is as strong as
        # the pixel's own ridge; beside a single companion track it is not
        q1, q2, q3, q4 = quarters
        field = np.maximum(np.minimum(np.maximum(q1, q2), np.maximum(q3, q4)),
                           np.maximum(np.minimum(q1, q2), np.minimum(q3, q4)))
        field *= np.float32(FIELD_GAIN)
        if aligned:
            value = (meas.reshape(cr, step, cc, step) - field[:, None, :, None]).reshape(rows, cols)
        else:
            up = np.repeat(np.repeat(field, step, axis=0), step, axis=1)
            value = meas - up[r_off:r_off + rows, c_off:c_off + cols]
        np.maximum(best, value, out=best)
    np.maximum(best, 0.0, out=best)
    return best


def _unit(sigma, width_px, polarity):
    """(99th percentile of the final measure) / (median clutter) on white noise, cached."""
    key = (round(sigma, 3), round(width_px, 3), polarity)
    if key not in _CALIBRATION:
        rng = np.random.default_rng(12345)
        size = int(max(384, 4 * field_range_px(width_px)[1]))
        noise = rng.standard_normal((size, size)).astype(np.float32)
        g = ndimage.gaussian_filter(noise, sigma, mode="reflect", truncate=3.0)
        measures, clutter = _oriented(g, sigma, width_px, polarity)
        values = None
        for meas in measures.values():
            best = _combine(meas, (0, 0), 1, width_px)
            values = best if values is None else np.maximum(values, best)
        inner = (slice(64, -64), slice(64, -64))
        # the unit includes the periodic-field subtraction (noise next to noise); it must stay
        # clearly positive, which holds for FIELD_GAIN up to ~2 (1.5: unit ~1.9, 3: unit 0)
        _CALIBRATION[key] = max(float(np.percentile(values[inner], _UNIT_QUANTILE) /
                                      np.median(clutter[inner])), 0.1)
    return _CALIBRATION[key]


def block_noise(magnitude, valid, block_origin=(0, 0), block=BLOCK, floor=0.0):
    """Robust local noise level: a percentile of ``magnitude`` per block, interpolated per pixel.

    Parameters
    ----------
    magnitude : ndarray (rows, cols) float32
        Clutter magnitude at one scale.
    valid : ndarray of bool
        Pixels with data.
    block_origin : tuple of int
        Global (row, col) of ``magnitude[0, 0]``; blocks start at global multiples of ``block``.
    floor : float
        Lower bound of the noise (e.g. quantisation noise), same units as ``magnitude``.
    """
    rows, cols = magnitude.shape
    r_off = (-block_origin[0]) % block
    c_off = (-block_origin[1]) % block
    # block edges (local coordinates), first block may be partial
    r_edges = np.unique(np.clip(np.r_[0, np.arange(r_off, rows, block), rows], 0, rows))
    c_edges = np.unique(np.clip(np.r_[0, np.arange(c_off, cols, block), cols], 0, cols))
    nr, nc = len(r_edges) - 1, len(c_edges) - 1
    stride = 2  # subsample for speed: 1024 samples per 64-px block
    sub = np.where(valid[::stride, ::stride], magnitude[::stride, ::stride], np.nan)
    grid = np.full((nr, nc), np.nan, dtype=np.float64)
    for i in range(nr):
        r0, r1 = (r_edges[i] + 1) // stride, (r_edges[i + 1] + 1) // stride
        strip = sub[r0:r1]
        for j in range(nc):
            c0, c1 = (c_edges[j] + 1) // stride, (c_edges[j + 1] + 1) // stride
            cell = strip[:, c0:c1]
            if cell.size and np.count_nonzero(~np.isnan(cell)) >= max(16, cell.size // 8):
                grid[i, j] = np.nanpercentile(cell, NOISE_QUANTILE)
    if np.all(np.isnan(grid)):
        return np.full(magnitude.shape, max(floor, 1e-12), dtype=np.float32)
    if np.any(np.isnan(grid)):  # fill empty blocks with the nearest measured block
        missing = np.isnan(grid)
        _, (ii, jj) = ndimage.distance_transform_edt(missing, return_indices=True)
        grid = grid[ii, jj]
    grid = np.maximum(grid, floor if floor > 0 else 1e-12)
    # bilinear interpolation between block centres
    r_cent = 0.5 * (r_edges[:-1] + r_edges[1:]) - 0.5
    c_cent = 0.5 * (c_edges[:-1] + c_edges[1:]) - 0.5
    ri = np.interp(np.arange(rows), r_cent, np.arange(nr)).astype(np.float32)
    ci = np.interp(np.arange(cols), c_cent, np.arange(nc)).astype(np.float32)
    r0 = np.floor(ri).astype(np.int64)
    c0 = np.floor(ci).astype(np.int64)
    r1 = np.minimum(r0 + 1, nr - 1)
    c1 = np.minimum(c0 + 1, nc - 1)
    fr = (ri - r0)[:, None]
    fc = (ci - c0)[None, :]
    g = grid.astype(np.float32)
    top = g[r0][:, c0] * (1 - fc) + g[r0][:, c1] * fc
    bottom = g[r1][:, c0] * (1 - fc) + g[r1][:, c1] * fc
    return (top * (1 - fr) + bottom * fr).astype(np.float32)


def ridge_response(image, valid, width_px, polarity="both", block_origin=(0, 0), quantum=0.0):
    """Noise-normalised ridge response of one window.

    Parameters
    ----------
    image : ndarray (rows, cols) float32
        Brightness (any radiometric unit).
    valid : ndarray of bool
        True where the image has data; invalid pixels are filled before filtering and the
        response is set to 0 within reach of the filters around them.
    width_px : float
        Expected track width in pixels.
    polarity : {"both", "brighter", "darker"}
        Tracks brighter than their surroundings, darker, or both.
    block_origin : tuple of int
        Global (row, col) of ``image[0, 0]``, to align the noise blocks to the global grid.
    quantum : float
        Radiometric quantisation step of ``image`` (1 for integer data averaged over one band);
        sets a floor to the noise so flat synthetic areas do not explode.

    Returns
    -------
    response : ndarray float32
        Response in noise units (>= 0): 1 is exceeded by ~1 % of the pixels of pure noise.
    """
    if polarity not in ("both", "brighter", "darker"):
        raise ValueError(f"Unknown polarity {polarity!r}: use both, brighter or darker.")
    image = np.asarray(image, dtype=np.float32)
    valid = np.asarray(valid, dtype=bool)
    work = _filled(image, valid)
    best = np.zeros(image.shape, dtype=np.float32)
    sigma = scale_for_width(width_px)
    for factor in pyramid_levels(width_px):
        level = _pyramid_level(work, valid, factor, block_origin, quantum)
        if level is None:
            continue
        for measure in _level_response(level, sigma, width_px, polarity, factor):
            if factor != 1:
                # wide bands (wadi beds, airstrips, field strips) are the main look-alikes at the
                # coarse level: only strong wide lines (graded roads) are kept from it
                measure *= np.float32(COARSE_WEIGHT)
                measure = _upsample(measure, factor, image.shape)
            np.maximum(best, measure, out=best)
    reach = int(np.ceil(max(pyramid_levels(width_px)) * (3.0 * sigma + flank_distance(width_px, sigma)
                                                          + line_length_px(width_px) // 2))) + 1
    return clear_near_nodata(best, valid, reach)


def _filled(image, valid):
    """``image`` with its invalid pixels set to the nearest valid value (flat and edge-free), 0 if none."""
    if valid.all():
        return image
    if not valid.any():
        return np.zeros_like(image)
    _, (ii, jj) = ndimage.distance_transform_edt(~valid, return_indices=True)
    return image[ii, jj]


@dataclass
class _Level:
    """One pyramid level, padded to whole 4x4 cells of the global grid (fast path of the
    periodic-field test): ``image[pad[0]:pad[0] + shape[0], pad[1]:pad[1] + shape[1]]`` is the level."""

    image: np.ndarray
    valid: np.ndarray
    origin: tuple  # global (row, col) of image[0, 0] at this level
    quantum: float
    pad: tuple
    shape: tuple


def _pyramid_level(work, valid, factor, block_origin, quantum):
    """The ``factor`` × coarser block mean of ``work`` as a :class:`_Level` (None when under 16 px)."""
    if factor == 1:
        level, level_valid, origin, q = work, valid, block_origin, quantum
    else:
        r_n, c_n = work.shape[0] // factor, work.shape[1] // factor
        if r_n < 16 or c_n < 16:
            return None
        crop = work[:r_n * factor, :c_n * factor]
        level = crop.reshape(r_n, factor, c_n, factor).mean(axis=(1, 3), dtype=np.float32)
        level_valid = valid[:r_n * factor, :c_n * factor].reshape(r_n, factor, c_n, factor).all(axis=(1, 3))
        origin = (block_origin[0] // factor, block_origin[1] // factor)
        q = quantum / factor
    lr, lc = level.shape
    pr0, pc0 = origin[0] % 4, origin[1] % 4
    pr1, pc1 = (-(lr + pr0)) % 4, (-(lc + pc0)) % 4
    if pr0 or pc0 or pr1 or pc1:
        pads = ((pr0, pr1), (pc0, pc1))
        level = np.pad(level, pads, mode="edge")
        level_valid = np.pad(level_valid, pads, mode="edge")
        origin = (origin[0] - pr0, origin[1] - pc0)
    return _Level(level, level_valid, origin, q, (pr0, pc0), (lr, lc))


def _level_response(level, sigma, width_px, polarity, factor):
    """Noise-normalised response of one :class:`_Level` per polarity, cropped to the level."""
    g = ndimage.gaussian_filter(level.image, sigma, mode="reflect", truncate=3.0)
    dune = None
    g, dune_w, dune_t = dune_filter(g, width_px)
    if dune_w is not None:
        dune = dune_orientation_factors(dune_w, dune_t)
        del dune_w, dune_t
    measures, clutter = _oriented(g, sigma, width_px, polarity, dune)
    del dune, g
    floor = _white_clutter(sigma, width_px) * level.quantum / np.sqrt(12.0) if level.quantum > 0 else 0.0
    noise = block_noise(clutter, level.valid, level.origin, block=BLOCK // factor, floor=floor)
    noise *= np.float32(_unit(sigma, width_px, polarity))
    (r0, c0), (rows, cols) = level.pad, level.shape
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        combined = list(pool.map(lambda p: _combine(measures.pop(p), level.origin, factor, width_px), list(measures)))
    for measure in combined:
        measure = measure[r0:r0 + rows, c0:c0 + cols]
        measure /= noise[r0:r0 + rows, c0:c0 + cols]
        yield measure


def clear_near_nodata(response, valid, reach_px):
    """Set ``response`` to 0 (in place, returned) within ``reach_px`` pixels (chessboard) of nodata."""
    if not valid.all():
        near = ndimage.binary_dilation(~valid, structure=np.ones((3, 3), bool), iterations=int(reach_px))
        response[near] = 0.0
    return response


_WHITE = {}


def _white_clutter(sigma, width_px):
    """Median clutter of unit white noise through the detector at ``sigma``."""
    key = (round(sigma, 3), round(width_px, 3))
    if key not in _WHITE:
        rng = np.random.default_rng(54321)
        g = ndimage.gaussian_filter(rng.standard_normal((192, 192)).astype(np.float32), sigma)
        _, clutter = _oriented(g, sigma, width_px, "brighter")
        _WHITE[key] = float(np.median(clutter[40:-40, 40:-40]))
    return _WHITE[key]


def _upsample(array, factor, shape):
    """Nearest-neighbour upsampling of a pyramid level back onto ``shape`` (edge-padded)."""
    up = np.repeat(np.repeat(array, factor, axis=0), factor, axis=1)
    pad_r, pad_c = shape[0] - up.shape[0], shape[1] - up.shape[1]
    if pad_r or pad_c:
        up = np.pad(up, ((0, pad_r), (0, pad_c)), mode="edge")
    return up
