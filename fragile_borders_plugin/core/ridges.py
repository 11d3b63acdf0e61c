"""Ridge (line) response of desert tracks on one image window — pure numpy/scipy/skimage.

Everything here works on one window (a tile with its overlap) and is deterministic and
window-local: the noise blocks are aligned to the global pixel grid through ``block_origin``,
so two overlapping tiles give the same response on the pixels they share (away from the
window border).

Response model (pyramid levels: full resolution for the requested width, half resolution for
twice that width, e.g. graded roads):

1. ``G = gaussian(level, sigma)`` with ``sigma`` ~ half the track width (pixels).
2. Oriented three-region line detector (after Tupin et al. 1998), for 8 normal orientations:
   ``G`` is averaged along the line direction over three consecutive sub-segments (together
   ``line_length_px`` pixels); each sub-segment's centre is compared with its two flanks at
   ``+/- flank_distance``. Symmetric sides are required (the weaker flank contrast is kept: an
   edge of a large dark/bright region scores ~0) and continuity too (the weakest of the three
   sub-segments is kept: a blob or a dot scores ~0). Elongation: ``BLOB_PENALTY`` times the mean
   positive response over all orientations is subtracted from the best orientation.
3. Noise normalisation: divided by the ``NOISE_QUANTILE`` percentile of the clutter magnitude
   (ramp-free second difference across the line at the detector's scale) in the 64-px block
   around the pixel (bilinearly interpolated), times a constant calibrated on white noise so
   that a response of 1 is exceeded by 1 % of the pixels of a pure-noise image. The response is
   in "noise units": the same thresholds mean the same on any image, whatever its gain.
4. The maximum over levels and polarities is kept, with the line normal of the winner.

Periodic look-alikes (dune crests) are flagged by :func:`periodic_ridges`.
"""
import numpy as np
from scipy import ndimage

#: weight of the along-line eigenvalue in the line measure (blob penalty)
ALPHA = 0.5
#: number of orientation bins of the line normal over 180 degrees
N_BINS = 8
#: side of the noise-estimation blocks (pixels); tile origins and overlaps are multiples of it
BLOCK = 64
#: normalised-response quantile of white noise that defines one noise unit
_UNIT_QUANTILE = 99.0
_CALIBRATION = {}
#: percentile of the clutter magnitude taken as the block's noise level: a low percentile reads the
#: noise between structures (dune slip faces, edges) instead of the structures themselves
NOISE_QUANTILE = 25.0
LINE_MIN = 25
#: weight of the mean response over all orientations subtracted from the best one (blobs)
BLOB_PENALTY = 2.0
#: spacing (pixels) of the taps of the along-line averaging
TAP_STEP = 2


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
    """Pyramid factors analysed: full resolution (the requested width) and half resolution
    (twice the requested width: graded roads), the latter only while it stays >= 1 pixel."""
    return (1, 2)


def scales_for_width(width_px):
    """Effective Gaussian scales (full-resolution pixels) of the pyramid levels."""
    return [f * scale_for_width(width_px) for f in pyramid_levels(width_px)]


def flank_distance(width_px, sigma):
    """Distance (pixels) from the line centre at which the flanks are compared."""
    return max(2, int(round(0.5 * width_px + 2.0 * sigma)))


def _hessian(g):
    p = np.pad(g, 1, mode="edge")
    hrr = p[2:, 1:-1] + p[:-2, 1:-1] - 2.0 * g
    hcc = p[1:-1, 2:] + p[1:-1, :-2] - 2.0 * g
    hrc = 0.25 * (p[2:, 2:] - p[2:, :-2] - p[:-2, 2:] + p[:-2, :-2])
    return hrr, hcc, hrc


def _bin_offsets(distance):
    angles = np.arange(N_BINS) * np.pi / N_BINS
    dr = np.rint(distance * np.cos(angles)).astype(np.int64)
    dc = np.rint(distance * np.sin(angles)).astype(np.int64)
    return dr, dc


def line_length_px(width_px):
    """Length (pixels, odd) of the along-line averaging of the oriented line detector."""
    length = int(round(5.0 * float(width_px)))
    length = min(max(length, LINE_MIN), 41)
    return length | 1


def _raw_scale(g, sigma, width_px, polarity):
    """Oriented three-region line detector at one scale.

    For each of ``N_BINS`` normal orientations, ``g`` (the image smoothed at ``sigma``) is
    averaged along the line direction over :func:`line_length_px` pixels; the centre is then
    compared with the two flanks at +/- :func:`flank_distance` along the normal. The bright-line
    measure is the WEAKER flank contrast ``min(A - A(+d), A - A(-d))`` (an edge, which has one
    flat side, scores ~0: symmetric sides are required); the dark-line measure is
    ``min(A(+d) - A, A(-d) - A)``. Blob penalty (elongation): the mean of the positive
    measures over all orientations is subtracted from the best orientation.

    Returns ``(measures, noise_magnitude)`` with ``measures[polarity] = (measure, normal_bin)``.
    """
    rows, cols = g.shape
    d = flank_distance(width_px, sigma)
    half = line_length_px(width_px) // 2
    pad = half + d
    gp = np.pad(g, pad, mode="edge")
    out_r, out_c = rows + 2 * d, cols + 2 * d  # oriented means are needed on the flanks too
    pols = ("brighter", "darker") if polarity == "both" else (polarity,)
    best = {p: np.full((rows, cols), -np.inf, dtype=np.float32) for p in pols}
    best_bin = {p: np.zeros((rows, cols), dtype=np.uint8) for p in pols}
    total = {p: np.zeros((rows, cols), dtype=np.float32) for p in pols}
    dr, dc = _bin_offsets(d)
    # the line is cut into three consecutive sub-segments; the median of their three contrasts
    # ignores one sub-segment hit by a blob or a crossing (no "star" around dark dots)
    # taps every TAP_STEP pixels: G is already smoothed, so sparser taps lose little and save time
    thirds = np.array_split(np.arange(-half, half + 1, TAP_STEP), 3)
    acc = [np.empty((out_r, out_c), dtype=np.float32) for _ in range(3)]
    for k in range(N_BINS):
        phi = k * np.pi / N_BINS + 0.5 * np.pi  # line direction
        contrasts = []
        for part, buf in zip(thirds, acc):
            taps = sorted({(int(np.rint(t * np.cos(phi))), int(np.rint(t * np.sin(phi)))) for t in part})
            buf[:] = 0.0
            for a, b in taps:
                buf += gp[half + a: half + a + out_r, half + b: half + b + out_c]
            buf *= np.float32(1.0 / len(taps))
            centre = buf[d:d + rows, d:d + cols]
            plus = buf[d + dr[k]:d + dr[k] + rows, d + dc[k]:d + dc[k] + cols]
            minus = buf[d - dr[k]:d - dr[k] + rows, d - dc[k]:d - dc[k] + cols]
            contrasts.append((centre - plus, centre - minus))
        if k in (0, N_BINS // 2):
            # second difference across the line (ramp-free): its block median measures the
            # clutter (noise + texture) at the detector's own scale
            c1, c2 = contrasts[1]
            part = np.abs(c1 + c2)
            magnitude = part if k == 0 else 0.5 * (magnitude + part)
        for p in pols:
            if p == "brighter":
                parts = [np.minimum(c1, c2) for c1, c2 in contrasts]
            else:
                parts = [-np.maximum(c1, c2) for c1, c2 in contrasts]
            a, b, c = parts
            m = np.minimum(np.minimum(a, b), c)  # weakest third: a line is continuous, a blob is not
            better = m > best[p]
            best[p][better] = m[better]
            best_bin[p][better] = k
            total[p] += np.maximum(m, 0.0)
    measures = {}
    for p in pols:
        m = best[p] - total[p] * np.float32(BLOB_PENALTY / N_BINS)
        np.maximum(m, 0.0, out=m)
        measures[p] = (m, best_bin[p])
    return measures, magnitude


_WHITE = {}


def _white_magnitude(sigma, width_px):
    """Median clutter magnitude of unit white noise through the detector at ``sigma``."""
    key = (round(sigma, 3), round(width_px, 3))
    if key not in _WHITE:
        rng = np.random.default_rng(54321)
        g = ndimage.gaussian_filter(rng.standard_normal((192, 192)).astype(np.float32), sigma)
        _, magnitude = _raw_scale(g, sigma, width_px, "brighter")
        _WHITE[key] = float(np.percentile(magnitude[40:-40, 40:-40], NOISE_QUANTILE))
    return _WHITE[key]


def noise_magnitude(image):
    """|4-neighbour Laplacian| of the unsmoothed image: its block median is proportional to the
    pixel noise (sensor noise, fine texture) and barely sees smooth relief such as dune slopes."""
    p = np.pad(image, 1, mode="edge")
    lap = 4.0 * image - p[:-2, 1:-1] - p[2:, 1:-1] - p[1:-1, :-2] - p[1:-1, 2:]
    return np.abs(lap)


def _calibration(sigma, width_px, polarity):
    """Unit of the raw measure (its white-noise 99th percentile) / median noise magnitude, cached."""
    key = (round(sigma, 3), round(width_px, 3), polarity)
    if key not in _CALIBRATION:
        rng = np.random.default_rng(12345)
        noise = rng.standard_normal((320, 320)).astype(np.float32)
        g = ndimage.gaussian_filter(noise, sigma, mode="reflect", truncate=3.0)
        measures, magnitude = _raw_scale(g, sigma, width_px, polarity)
        inner = (slice(40, -40), slice(40, -40))
        values = np.max([m[inner] for m, _ in measures.values()], axis=0)
        unit = np.percentile(values, _UNIT_QUANTILE)
        _CALIBRATION[key] = float(unit / np.percentile(magnitude[inner], NOISE_QUANTILE))
    return _CALIBRATION[key]


def block_noise(magnitude, valid, block_origin=(0, 0), block=BLOCK, floor=0.0):
    """Robust local noise level: median Hessian magnitude per block, interpolated per pixel.

    Parameters
    ----------
    magnitude : ndarray (rows, cols) float32
        Hessian magnitude at one scale.
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
    normal_bin : ndarray uint8
        Orientation bin (0..N_BINS-1, of 180/N_BINS degrees) of the line normal, row axis = 0.
    """
    if polarity not in ("both", "brighter", "darker"):
        raise ValueError(f"Unknown polarity {polarity!r}: use both, brighter or darker.")
    image = np.asarray(image, dtype=np.float32)
    valid = np.asarray(valid, dtype=bool)
    work = image
    if not valid.all():
        work = image.copy()
        fill = float(np.median(image[valid])) if valid.any() else 0.0
        if valid.any():
            # nearest valid value keeps the filled area flat and edge-free
            _, (ii, jj) = ndimage.distance_transform_edt(~valid, return_indices=True)
            work = image[ii, jj]
        else:
            work[:] = fill
    best = np.zeros(image.shape, dtype=np.float32)
    best_bin = np.zeros(image.shape, dtype=np.uint8)
    sigma = scale_for_width(width_px)
    rows, cols = image.shape
    for factor in pyramid_levels(width_px):
        if factor == 1:
            level, level_valid, origin, q = work, valid, block_origin, quantum
        else:
            r_n, c_n = rows // factor, cols // factor
            if r_n < 16 or c_n < 16:
                continue
            crop = work[:r_n * factor, :c_n * factor]
            level = crop.reshape(r_n, factor, c_n, factor).mean(axis=(1, 3), dtype=np.float32)
            level_valid = valid[:r_n * factor, :c_n * factor].reshape(r_n, factor, c_n, factor).all(axis=(1, 3))
            origin = (block_origin[0] // factor, block_origin[1] // factor)
            q = quantum / factor
        g = ndimage.gaussian_filter(level, sigma, mode="reflect", truncate=3.0)
        measures, magnitude = _raw_scale(g, sigma, width_px, polarity)
        calib = _calibration(sigma, width_px, polarity)
        # quantisation noise: white noise of std q/sqrt(12) seen through the detector
        floor = _white_magnitude(sigma, width_px) * q / np.sqrt(12.0) if q > 0 else 0.0
        noise = block_noise(magnitude, level_valid, origin, block=BLOCK // factor, floor=floor)
        noise *= np.float32(calib)
        for measure, nbin in measures.values():
            measure /= noise
            if factor != 1:
                measure = _upsample(measure, factor, image.shape)
                nbin = _upsample(nbin, factor, image.shape)
            better = measure > best
            best[better] = measure[better]
            best_bin[better] = nbin[better]
    if not valid.all():
        reach = int(np.ceil(max(pyramid_levels(width_px)) * (3.0 * sigma + flank_distance(width_px, sigma)
                                                              + line_length_px(width_px) // 2))) + 1
        near = ndimage.binary_dilation(~valid, structure=np.ones((3, 3), bool), iterations=reach)
        best[near] = 0.0
    return best, best_bin


def _upsample(array, factor, shape):
    """Nearest-neighbour upsampling of a pyramid level back onto ``shape`` (edge-padded)."""
    up = np.repeat(np.repeat(array, factor, axis=0), factor, axis=1)
    pad_r, pad_c = shape[0] - up.shape[0], shape[1] - up.shape[1]
    if pad_r or pad_c:
        up = np.pad(up, ((0, pad_r), (0, pad_c)), mode="edge")
    return up


def periodic_ridges(response, normal_bin, rows, cols, threshold, half_window, exclude_px, max_parallel=2):
    """Flag ridge pixels that belong to a periodic field of parallel ridges (dune crests).

    The response is sampled along each pixel's normal over ``+/- half_window`` pixels; local
    maxima above ``threshold`` farther than ``exclude_px`` from the pixel are other ridges
    running alongside. More than ``max_parallel`` of them (a track keeps one or two companion
    tracks) marks a periodic field: dune crests are short, parallel and regularly spaced.

    Parameters
    ----------
    response, normal_bin : ndarray
        Output of :func:`ridge_response`.
    rows, cols : ndarray of int
        Pixels to test (e.g. skeleton pixels).
    threshold : float
        Response (noise units) a neighbouring ridge must reach.
    half_window, exclude_px : int
        Pixels.

    Returns
    -------
    ndarray of bool, one per pixel tested.
    """
    if len(rows) == 0:
        return np.zeros(0, dtype=bool)
    angles = normal_bin[rows, cols].astype(np.float32) * np.float32(np.pi / N_BINS)
    t = np.arange(-half_window, half_window + 1, dtype=np.float32)
    rr = np.rint(rows[:, None] + np.cos(angles)[:, None] * t[None, :]).astype(np.int64)
    cc = np.rint(cols[:, None] + np.sin(angles)[:, None] * t[None, :]).astype(np.int64)
    np.clip(rr, 0, response.shape[0] - 1, out=rr)
    np.clip(cc, 0, response.shape[1] - 1, out=cc)
    v = response[rr, cc]
    own = normal_bin[rows, cols].astype(np.int16)[:, None]
    diff = np.abs(normal_bin[rr, cc][:, 1:-1].astype(np.int16) - own) % N_BINS
    parallel = np.minimum(diff, N_BINS - diff) <= 1
    inner = v[:, 1:-1]
    peak = (inner > v[:, :-2]) & (inner >= v[:, 2:]) & (inner >= threshold) & parallel
    tt = t[1:-1]
    peak &= (np.abs(tt) > exclude_px)[None, :]
    periodic = peak.sum(axis=1) > max_parallel
    # at the edge of a dune field the other crests are all on one side: two of them at
    # distances d and ~2d (regular spacing) are enough
    for side in (tt > 0, tt < 0):
        dist = np.abs(tt[side])
        order = np.argsort(dist)
        sp = peak[:, side][:, order]
        ds = dist[order]
        has1 = sp.any(axis=1)
        first = np.argmax(sp, axis=1)
        rest = sp.copy()
        rest[np.arange(len(rest)), first] = False
        has2 = rest.any(axis=1)
        second = np.argmax(rest, axis=1)
        d1, d2 = ds[first], ds[second]
        periodic |= has1 & has2 & (np.abs(d2 - 2 * d1) <= np.maximum(2.0, 0.25 * d1))
    return periodic
