"""The fitted change model of one run: method, features, thresholds, scale evidence, shift.

Everything here is estimated once on sample pixels (or sample windows) and then applied
block by block by :func:`.change.detect_changes`.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from .change_mixture import fit_mixture
from .change_stats import check_band_rank, imad, ndvi, otsu_threshold, robust_normalisation
from .common import map_in_threads

METHODS = ("auto", "imad", "cva", "ndvi", "brightness")
#: what ``auto`` may choose besides :data:`METHODS` (weakly related multi-band dates)
TEXTURE = "texture"
THRESHOLD_MODES = ("adaptive", "noise", "otsu")
#: share of a window's mean change that the 3 x 3 neighbourhood of a pixel must carry for the
#: window test to flag it
SUPPORT_SHARE = 0.5
#: window tests also stay above the sample's empirical quantile at 1 - (1 - level) / this
WINDOW_TAIL_FACTOR = 10.0
#: side (pixels) of the neighbourhood mean that supports a window detection
SUPPORT_PX = 3
#: slack (pixels) added to the measured misregistration: local jitter, blur, estimation error
SHIFT_SLACK_PX = 0.3
#: largest canonical correlation from which the dates count as linearly related pixel to pixel
#: (iMAD and a fitted gain make sense); below it only an offset is removed
RELATED_CORRELATION = 0.7
#: "no stable background" also when the dates correlate less than this pixel to pixel AND over
#: 15-pixel windows (unrelated images: 0.12 and 0.11 measured; the weakest real pair of the
#: benchmark, EGY-BCD at 0.25 m: 0.16 and -0.06)
UNRELATED_PIXEL_CORRELATION = 0.15
UNRELATED_WINDOW_CORRELATION = 0.2
#: side (pixels) of the windows over which the texture method compares the edge energy of the
#: dates: about a house and its yard at 0.5 m
TEXTURE_WINDOW_PX = 21
#: added to the edge energy before its log, as a share of the sample's median edge energy, so
#: that the noise of flat ground does not make large ratios
TEXTURE_FLOOR_SHARE = 0.1
#: columns per matrix product of the feature maps (see :func:`_linear_map`)
LINEAR_MAP_CHUNK = 8192
#: 8 neighbour directions of the misregistration tolerance
DIRECTIONS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


@dataclass
class ScaleEvidence:
    """Region-level test at one window size: mean feature difference over ``size_px`` windows.

    ``variance`` (k,) standardises each mean difference component; ``threshold`` is in units of
    the resulting squared distance (about chi-square with k degrees of freedom).
    """

    size_px: int
    variance: np.ndarray
    threshold: float
    changed_share: float


@dataclass
class ChangeModel:
    """Everything the streaming pass needs: features, score, thresholds, p-values, classes.

    Features are linear maps ``F = M @ pixels + c`` of each date (iMAD: standardised canonical
    variates; CVA: bands, AFTER normalised; brightness: band mean), NDVI, or (texture) the log
    edge energy of the brightness over windows (:func:`edge_energy`); the score is the
    squared (iMAD) or plain (others) Euclidean distance between the feature vectors. ``mixture``
    is the two-class model of the squared distance ``Z`` (:mod:`.change_mixture`).
    """

    method: str
    keep: list
    df: int
    threshold: float
    gain: np.ndarray
    offset: np.ndarray
    red: object = None
    nir: object = None
    mb: object = None
    cb: object = None
    ma: object = None
    ca: object = None
    imad: object = None
    mixture: object = None
    scales: list = field(default_factory=list)
    lines: object = None
    shift_px: object = None
    max_step: object = None
    tolerance_sides: tuple = (0, 1)
    stable_background: bool = True
    related: bool = True
    pixel_correlation: float = 1.0
    texture_floor: float = 0.0
    warnings: list = field(default_factory=list)

    @property
    def halo_px(self):
        """Pixels a block needs around it for its features (the texture windows)."""
        return TEXTURE_WINDOW_PX // 2 + 1 if self.method == TEXTURE else 0

    def block_features(self, x, y, valid):
        """Feature images (k, h, w) float32 of both dates from pixels ``x``, ``y`` (p, h, w)."""
        if self.method == TEXTURE:
            return edge_energy(x, valid, self.texture_floor), edge_energy(y, valid, self.texture_floor)
        p, h, w = x.shape
        fb, fa = self.features(x.reshape(p, -1), y.reshape(p, -1))
        return fb.reshape(-1, h, w), fa.reshape(-1, h, w)

    def features(self, x, y):
        """Feature vectors (k, n) float32 of pixel columns ``x``, ``y`` (p, n)."""
        if self.method == "ndvi":
            yr = y[self.red] * np.float32(self.gain[self.red]) + np.float32(self.offset[self.red])
            yn = y[self.nir] * np.float32(self.gain[self.nir]) + np.float32(self.offset[self.nir])
            return ndvi(x[self.red], x[self.nir])[None], ndvi(yr, yn)[None]
        full = len(self.keep) == x.shape[0] and self.keep == list(range(x.shape[0]))
        xk, yk = (x, y) if full else (x[self.keep], y[self.keep])
        # both features are shifted by the same constant (distances do not change)
        fb = _linear_map(self.mb, xk)
        fb -= (self.cb - self.ca)[:, None]
        fa = _linear_map(self.ma, yk)
        return fb, fa

    def finish(self, sumsq):
        """Score from the squared feature distance."""
        return sumsq if self.method == "imad" else np.sqrt(sumsq)

    def squared(self, score):
        """Squared feature distance ``Z`` from a score (inverse of :meth:`finish`)."""
        score = np.asarray(score, dtype=np.float64)
        return score if self.method == "imad" else score * score

    def score(self, x, y):
        fb, fa = self.features(x, y)
        d = fb - fa
        return self.finish(np.einsum("kn,kn->n", d, d))

    def p_value(self, score):
        """Probability of a score at least this large on an unchanged pixel."""
        return self.mixture.no_change_sf(self.squared(score))


def _linear_map(matrix, columns):
    """``matrix @ columns`` over chunks of :data:`LINEAR_MAP_CHUNK` columns: the same numbers
    (each column is computed alike), but every BLAS call is small enough to run in the calling
    thread, where BLAS threads would compete with the block threads of the streaming pass."""
    out = np.empty((matrix.shape[0], columns.shape[1]), dtype=np.result_type(matrix, columns))
    for c in range(0, columns.shape[1], LINEAR_MAP_CHUNK):
        np.matmul(matrix, columns[:, c:c + LINEAR_MAP_CHUNK], out=out[:, c:c + LINEAR_MAP_CHUNK])
    return out


def resolve_method(method, x, y, warn, info, spatial=True):
    """The method to run and the band positions it may use (``auto``: by band rank and relation).

    ``auto`` runs iMAD where at least 2 independent bands remain after dropping constant and
    duplicated ones and the dates relate linearly pixel to pixel (largest canonical correlation
    >= :data:`RELATED_CORRELATION`); on weakly related dates (very high resolution pairs whose
    buildings lean and shadows move) the texture comparison (edge energy over windows, which
    neither a shift nor a gain changes) when ``spatial`` sample windows are at hand, else the
    change vector of the plain differences; on a single independent band the brightness
    difference. iMAD asked for explicitly on fewer than 2 independent bands is an error.

    Returns
    -------
    method : str
    keep : list of int
        Band positions (0-based) the method uses.
    correlation : float
        :func:`pixel_correlation` of the independent bands.
    """
    if method not in ("auto", "imad"):
        return method, list(range(x.shape[1])), pixel_correlation(x, y)
    keep, problems = check_band_rank(x, y)
    for problem in problems:
        warn(f"{problem}: dropped from iMAD (singular covariance otherwise).")
    correlation = pixel_correlation(x[:, keep], y[:, keep]) if keep else 0.0
    if len(keep) >= 2:
        if method == "imad":
            return "imad", keep, correlation
        if correlation >= RELATED_CORRELATION:
            info(f"METHOD auto: iMAD on {len(keep)} independent bands (canonical correlation {correlation:.2f}).")
            return "imad", keep, correlation
        weak = (f"METHOD auto: the dates relate weakly pixel to pixel (canonical correlation {correlation:.2f} < "
                f"{RELATED_CORRELATION}), so ")
        if spatial:
            info(weak + f"their edge energy over {TEXTURE_WINDOW_PX}-pixel windows is compared (texture) instead of "
                 "iMAD.")
            return TEXTURE, list(range(x.shape[1])), correlation
        info(weak + "the change vector (CVA) of the differences is used instead of iMAD.")
        return "cva", list(range(x.shape[1])), correlation
    if method == "imad":
        raise ValueError(f"iMAD needs at least 2 independent bands (got {len(keep)} after removing constant "
                         "and duplicated bands): choose METHOD auto, CVA or brightness for a single-band pair, "
                         "or select other bands.")
    if not keep:
        raise ValueError("Every selected band is constant in BEFORE or AFTER: nothing to compare. Select other "
                         "bands with BANDS_BEFORE / BANDS_AFTER.")
    info("METHOD auto: a single independent band, so the brightness difference is used (iMAD needs 2 or more).")
    return "brightness", keep, correlation


def pixel_correlation(x, y):
    """How well the dates relate pixel to pixel: the largest canonical correlation (one band:
    the absolute correlation) of the sample, unweighted (0-1)."""
    if x.shape[1] == 1:
        with np.errstate(divide="ignore", invalid="ignore"):
            value = abs(float(np.corrcoef(x[:, 0], y[:, 0])[0, 1]))
        return value if np.isfinite(value) else 0.0
    if len(x) > 20_000:  # one canonical correlation: few pixels suffice
        pick = np.random.default_rng(0).choice(len(x), 20_000, replace=False)
        x, y = x[pick], y[pick]
    return float(imad(x, y, max_iter=1).rho.max())


def _no_change_normalisation(x, y, fit):
    """Per-band gain/offset of AFTER onto BEFORE (``fit`` of :func:`robust_normalisation`)."""
    n = len(x)
    if n <= 20_000:
        return robust_normalisation(x, y, fit=fit)
    pick = np.random.default_rng(0).choice(n, 20_000, replace=False)  # 2 numbers per band: few pixels
    gain, offset, _ = robust_normalisation(x[pick], y[pick], fit=fit)
    resid = x - (y * gain + offset)
    med = np.median(resid, axis=0)
    scale = np.maximum(1.4826 * np.median(np.abs(resid - med), axis=0), 1e-9)
    return gain, offset, (np.abs(resid - med) <= 3.0 * scale).all(axis=1)


def _imad_model(x, y, keep, common, max_iter, delta, significance, warn):
    result = imad(x[:, keep], y[:, keep], max_iter=max_iter, delta=delta)
    if not result.converged:
        warn(f"iMAD did not converge in {max_iter} iterations; results use the last iteration.")
    # Over-dispersion: texture, blur differences and residual misregistration make the
    # no-change statistic wider than chi-square; the mixture's no-change component measures by
    # how much (not the median, which changes move when they are common) and the statistic is
    # rescaled so that unchanged pixels follow chi-square.
    mixture = fit_mixture(result.chi2(x[:, keep], y[:, keep]), significance, df=result.df, min_scale0=2.0)
    inflation = mixture.scale0 / 2.0
    result.sigma = result.sigma * math.sqrt(inflation)
    result.inflation = inflation
    mb = (result.a / result.sigma).T
    ma = (result.b / result.sigma).T
    return ChangeModel("imad", keep, result.df, 0.0, mb=mb.astype(np.float32), cb=(mb @ result.mean_x).astype(np.float32),
                       ma=ma.astype(np.float32), ca=(ma @ result.mean_y).astype(np.float32), imad=result,
                       mixture=mixture.rescaled(inflation), **common)


def _linear_model(method, p, keep, common):
    gain, offset = common["gain"], common["offset"]
    if method == "ndvi":
        if common["red"] is None or common["nir"] is None:
            raise ValueError("The NDVI method needs the red and NIR bands among the selected bands "
                             "(set RED_BAND / NIR_BAND and the band lists).")
        return ChangeModel(method, [common["red"], common["nir"]], 1, 0.0, **common)
    if method == "cva":
        return ChangeModel(method, list(range(p)), p, 0.0, mb=np.eye(p, dtype=np.float32), cb=np.zeros(p, np.float32),
                           ma=np.diag(gain).astype(np.float32), ca=(-offset).astype(np.float32), **common)
    # brightness: mean of the usable bands
    weights = np.zeros(p)
    weights[keep] = 1.0 / len(keep)
    return ChangeModel(method, list(range(p)), 1, 0.0, mb=weights[None].astype(np.float32), cb=np.zeros(1, np.float32),
                       ma=(weights * gain)[None].astype(np.float32),
                       ca=np.array([-(weights * offset).sum()], np.float32), **common)


def edge_energy(x, valid, floor=0.0):
    """Texture feature (1, h, w) float32 of one date's pixels ``x`` (p, h, w): the mean gradient
    magnitude (Sobel) of the brightness over :data:`TEXTURE_WINDOW_PX` windows, and its log
    after adding ``floor`` when ``floor`` > 0.

    New buildings, walls and roads add edges; a shift of the whole date, leaning roofs and a gain
    change of the sensor barely change how many edges a window holds (gain: only through
    ``floor``).
    """
    from scipy import ndimage

    brightness = x.mean(axis=0, dtype=np.float32)
    gradient = np.hypot(ndimage.sobel(brightness, 0), ndimage.sobel(brightness, 1))
    seen = ndimage.minimum_filter(valid, size=3, mode="nearest")  # gradients of valid pixels only
    energy = box_mean(gradient[None], seen, TEXTURE_WINDOW_PX)
    return np.log(energy + np.float32(floor)) if floor > 0 else energy


def _texture_model(windows, p, significance, common):
    """The texture model and the squared change distances of its sample windows."""
    energies = [(edge_energy(x, valid)[0], edge_energy(y, valid)[0], valid) for x, y, valid in windows]
    median = float(np.median(np.concatenate([e[valid] for eb, ea, valid in energies for e in (eb, ea)])))
    floor = max(TEXTURE_FLOOR_SHARE * median, 1e-6)
    z = np.concatenate([((np.log(eb + floor) - np.log(ea + floor)) ** 2)[valid] for eb, ea, valid in energies])
    model = ChangeModel(TEXTURE, list(range(p)), 1, 0.0, texture_floor=floor, mixture=fit_mixture(z, significance),
                        **common)
    return model, z


def _choose_threshold(mixture, threshold_mode, scores_z):
    """Threshold on ``Z`` for a threshold mode (see :data:`THRESHOLD_MODES`)."""
    if threshold_mode == "adaptive":
        return mixture.threshold
    if threshold_mode == "noise":
        return mixture.significance_threshold
    if threshold_mode == "otsu":
        return max(mixture.significance_threshold, otsu_threshold(scores_z))
    raise ValueError(f"Unknown threshold mode {threshold_mode!r}; use one of {', '.join(THRESHOLD_MODES)}.")


def fit_model(x, y, method="auto", significance=0.99, red=None, nir=None, max_iter=100, delta=0.001,
              warn=None, threshold_mode="adaptive", info=None, windows=None):
    """Fit the change model on sample pixels.

    Parameters
    ----------
    x, y : ndarray (n, p)
        BEFORE and AFTER sample pixels, valid only, same band order.
    method : str
        One of :data:`METHODS` (``auto``: see :func:`resolve_method`).
    significance : float
        Probability of change required to flag a pixel (0.5 - 1).
    red, nir : int or None
        0-based positions of the red and NIR bands in the band lists.
    warn : callable, optional
        Receives warnings (dropped bands, no stable background...).
    threshold_mode : {"adaptive", "noise", "otsu"}
        ``adaptive``: the smaller of the ``significance`` quantile of the no-change component of
        the two-class mixture and the mixture's minimum-error boundary; ``noise``: the quantile
        only; ``otsu``: the larger of the quantile and Otsu's threshold.
    info : callable, optional
        Receives what the log should say (the method ``auto`` chose).
    windows : list of (x (p, h, w), y (p, h, w), valid (h, w)), optional
        Sample windows of both dates; without them ``auto`` cannot choose the texture method.

    Returns
    -------
    ChangeModel
    """
    if method not in METHODS:
        raise ValueError(f"Unknown method {method!r}; choose one of {', '.join(METHODS)}.")
    if not 0.5 <= significance < 1.0:
        raise ValueError(f"SIGNIFICANCE must be a probability between 0.5 and 1 (got {significance}).")
    if threshold_mode not in THRESHOLD_MODES:
        raise ValueError(f"Unknown threshold mode {threshold_mode!r}; use one of {', '.join(THRESHOLD_MODES)}.")
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = x.shape
    if n < 50:
        raise ValueError(f"Only {n} valid pixels where BEFORE and AFTER overlap (nodata, MASK and AOI "
                         "removed): nothing to compare. Check nodata values, the mask and the AOI.")
    warnings = []

    def _warn(message):
        warnings.append(message)
        if warn is not None:
            warn(message)

    method, keep, correlation = resolve_method(method, x, y, _warn, info or (lambda message: None),
                                               spatial=bool(windows))
    gain, offset, _ = _no_change_normalisation(x, y, "rma" if correlation >= RELATED_CORRELATION else "offset")
    common = dict(gain=gain, offset=offset, red=red, nir=nir, warnings=warnings)
    if method == TEXTURE:
        model, z = _texture_model(windows, p, significance, common)
    else:
        model = _imad_model(x, y, keep, common, max_iter, delta, significance, _warn) if method == "imad" else \
            _linear_model(method, p, keep, common)
        fb, fa = model.features(x.T.astype(np.float32), y.T.astype(np.float32))
        d = (fb - fa).astype(np.float64)
        z = (d * d).sum(axis=0)
    if model.mixture is None and correlation < RELATED_CORRELATION:
        # weakly related dates (buildings lean, shadows move): the unchanged class is far from
        # Gaussian noise, both gamma shapes are left free
        model.mixture = fit_mixture(z, significance)
    elif model.mixture is None:
        # a squared distance over k features with spreads like those of unchanged ground is about
        # (its mean spread) x chi-square(k): calibrate on the robust spread of each feature
        centre = np.median(d, axis=1, keepdims=True)
        unit = float(np.mean((1.4826 * np.median(np.abs(d - centre), axis=1)) ** 2)) or float(d.var()) or 1.0
        model.mixture = fit_mixture(z / unit, significance, df=d.shape[0], min_scale0=2.0).rescaled(1.0 / unit)
    model.threshold = float(model.finish(_choose_threshold(model.mixture, threshold_mode, z)))
    model.pixel_correlation = correlation
    model.related = correlation >= RELATED_CORRELATION
    return model


def check_background(model, windows, warn):
    """Set ``model.stable_background``: False (with a warning) when under 30 % of the pixels
    look unchanged, or when the dates are unrelated pixel to pixel and over windows."""
    unrelated = (model.pixel_correlation < UNRELATED_PIXEL_CORRELATION
                 and window_correlation(windows) < UNRELATED_WINDOW_CORRELATION)
    model.stable_background = model.mixture.stable_background and not unrelated
    if not model.stable_background:
        warn(f"No stable background: the model finds {100 * model.mixture.unchanged_share:.0f} % of the pixels "
             f"unchanged and the dates correlate {model.pixel_correlation:.2f} pixel to pixel, so BEFORE and AFTER "
             "look unrelated "
             "(another place, another sensor, or almost everything changed). No change is mapped: check that the "
             "images show the same area and date order.")


# ------------------------------------------------------------------------- window statistics
def box_mean(values, valid, size):
    """Mean of ``values`` (k, h, w) over the valid pixels of ``size`` x ``size`` windows."""
    from scipy import ndimage

    weights = valid.astype(np.float32)
    counts = ndimage.uniform_filter(weights, size=size, mode="constant")
    out = np.empty_like(values, dtype=np.float32)
    for k in range(values.shape[0]):
        out[k] = ndimage.uniform_filter(values[k] * weights, size=size, mode="constant")
    out /= np.maximum(counts, 1e-6)
    return out


def window_evidence(d, valid, evidence, local):
    """Pixels flagged by the window test of ``evidence`` on the feature difference ``d`` (k, h, w).

    A pixel is flagged when the squared standardised distance of its window mean exceeds the
    threshold AND its own neighbourhood carries that change: the projection of ``local`` (the
    3 x 3 mean of ``d``) on the window mean is at least :data:`SUPPORT_SHARE` of the window
    mean's length (so a window straddling a new yard does not flag the ground outside it).
    """
    mean = box_mean(d, valid, evidence.size_px)
    weights = (1.0 / evidence.variance).astype(np.float32)[:, None, None]
    distance = np.einsum("kij,kij->ij", mean * weights, mean)
    projection = np.einsum("kij,kij->ij", local * weights, mean)
    return (distance > evidence.threshold) & (projection >= SUPPORT_SHARE * distance)


def fit_scales(model, windows, scales_px, significance, threshold_mode):
    """Calibrate the region-level tests on sample windows (list of ``(x, y, valid)`` arrays).

    Each window size is tested at ``1 - (1 - significance) / n_scales`` (Bonferroni over the
    scales); the threshold follows ``threshold_mode`` as for pixels.
    """
    if not windows or not scales_px:
        return []
    level = 1.0 - (1.0 - significance) / len(scales_px)
    diffs = [_window_difference(model, x, y, valid) for x, y, valid in windows]
    evidence = []
    for size in scales_px:
        means = [box_mean(d, valid, size)[:, _interior(valid, size)] for d, valid in diffs]
        means = np.concatenate(means, axis=1).astype(np.float64)
        if means.shape[1] < 50:
            continue
        centre = np.median(means, axis=1, keepdims=True)
        variance = np.maximum((1.4826 * np.median(np.abs(means - centre), axis=1)) ** 2, 1e-12)
        z = ((means ** 2) / variance[:, None]).sum(axis=0)
        mixture = fit_mixture(z, level, df=len(variance) if model.method == "imad" else None)
        # window means of unchanged ground are heavy-tailed (texture, blur, structures the
        # dates render differently): never below the empirical quantile of the sample either
        empirical = float(np.quantile(z, 1.0 - (1.0 - level) / WINDOW_TAIL_FACTOR))
        evidence.append(ScaleEvidence(int(size), variance, max(mixture.significance_threshold, empirical),
                                      mixture.changed_share))
    return evidence


def _window_difference(model, x, y, valid):
    fb, fa = model.block_features(x, y, valid)
    return compensate_shift(fb - fa, fb, fa, model.shift_px), valid


def _interior(valid, size):
    """Valid pixels whose whole window is valid (unbiased window means)."""
    from scipy import ndimage

    return ndimage.minimum_filter(valid.astype(np.uint8), size=size, mode="constant") > 0


# ----------------------------------------------------------------------------- misregistration
def window_correlation(windows, size=15):
    """Correlation (-1..1) between the dates of the brightness (band mean) averaged over
    ``size`` x ``size`` windows, on sample windows: near 0 for unrelated images, clearly
    positive wherever part of the scene stayed the same, even at very high resolution."""
    before, after = [], []
    for x, y, valid in windows:
        inside = _interior(valid, size)
        step = max(size // 2, 1)
        pick = np.zeros(valid.shape, dtype=bool)
        pick[::step, ::step] = True
        pick &= inside
        for values, out in ((x, before), (y, after)):
            out.append(box_mean(values.mean(axis=0, keepdims=True), valid, size)[0][pick])
    if not before:
        return 1.0
    before, after = np.concatenate(before), np.concatenate(after)
    if before.size < 20 or before.std() == 0 or after.std() == 0:
        return 1.0
    return float(np.corrcoef(before, after)[0, 1])


def _regressors(fb, fa):
    """Per feature: d/drow, d/dcol and Laplacian of the mean of both dates (k, h, w) each."""
    from scipy import ndimage

    mean = (fb + fa) * np.float32(0.5)
    gy, gx = np.gradient(mean, axis=(1, 2))
    laplace = np.stack([ndimage.laplace(m) for m in mean])
    return gy, gx, laplace


def estimate_shift(model, windows):
    """Global displacement (rows, cols) of AFTER's content relative to BEFORE (pixels) and the
    blur difference between the dates.

    First-order least squares ``BEFORE - AFTER ~ shift . grad + blur * laplacian`` over the
    unchanged-looking pixels of the sample windows, summed over the features (Lucas-Kanade
    with a blur term: a sharper date leaves ``(s_a^2 - s_b^2) / 2 * laplacian``). Returns
    ``(row_shift, col_shift, blur)`` or None when the windows have too little texture.
    """
    def terms(window):  # per feature of the window: its normal matrix and right-hand side
        x, y, valid = window
        fb, fa = (f.astype(np.float64) for f in model.block_features(x, y, valid))
        d = fb - fa
        quiet = valid & ((d * d).sum(axis=0) < model.mixture.no_change_quantile(0.9))
        quiet[[0, -1], :] = False
        quiet[:, [0, -1]] = False
        columns = [np.stack([r[quiet] for r in regressors], axis=1) for regressors in zip(*_regressors(fb, fa))]
        return [(c.T @ c, c.T @ d[k][quiet]) for k, c in enumerate(columns)]

    normal = np.zeros((3, 3))
    rhs = np.zeros(3)
    for window_terms in map_in_threads(terms, windows):
        for matrix, vector in window_terms:  # summed in the order of the windows: reproducible
            normal += matrix
            rhs += vector
    if normal.trace() <= 0 or np.linalg.cond(normal) > 1e8:
        return None
    return np.linalg.solve(normal, rhs)


def compensate_shift(d, fb, fa, shift_px):
    """Feature difference with the first-order effect of the measured shift and blur removed.

    ``BEFORE - AFTER ~ shift . grad + blur * laplacian`` on unchanged ground (see
    :func:`estimate_shift`): what misregistered or differently blurred edges leave in ``d``
    (k, h, w) is taken out before windows average it.
    """
    if shift_px is None:
        return d
    gy, gx, laplace = _regressors(fb, fa)
    return d - (np.float32(shift_px[0]) * gy + np.float32(shift_px[1]) * gx + np.float32(shift_px[2]) * laplace)


def blurrier_date(model, windows):
    """Which date is blurrier, from the gradient energy of the features on quiet pixels.

    Returns
    -------
    tuple
        The tolerance sides to use (see :func:`.change_blocks.tolerant_change`): ``(1,)`` when
        AFTER is blurrier (its pixels mix BEFORE's neighbours), ``(0,)`` when BEFORE is.
    """
    energy = np.zeros(2)
    for x, y, valid in windows:
        fb, fa = model.block_features(x, y, valid)
        d = fb - fa
        quiet = valid & ((d * d).sum(axis=0) < model.mixture.no_change_quantile(0.9))
        for i, f in enumerate((fb, fa)):
            gy, gx = np.gradient(f, axis=(1, 2))
            energy[i] += float((gy * gy + gx * gx).sum(axis=0)[quiet].sum())
    return (1,) if energy[0] >= energy[1] else (0,)


def shift_limits(shift_px, radius):
    """Largest share of each neighbour step a shift may take: (8, 2) for AFTER / BEFORE moved.

    Along the measured shift the step may go as far as the shift plus :data:`SHIFT_SLACK_PX`;
    against it, only the slack.
    """
    limits = np.ones((len(DIRECTIONS), 2))
    if shift_px is None:
        return limits
    for i, (dr, dc) in enumerate(DIRECTIONS):
        length = radius * math.hypot(dr, dc)
        along = (shift_px[0] * dr + shift_px[1] * dc) / math.hypot(dr, dc)
        limits[i, 0] = min(max(along + SHIFT_SLACK_PX, 0.0), length) / length
        limits[i, 1] = min(max(-along + SHIFT_SLACK_PX, 0.0), length) / length
    return limits
