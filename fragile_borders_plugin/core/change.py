"""Change detection between two dates of multispectral imagery (pure numpy/scipy/rasterio).

Pipeline of :func:`detect_changes`
----------------------------------
1. **Grid.** BEFORE's pixel grid restricted to the overlap with AFTER (and the AOI bounds);
   AFTER (and MASK) are resampled onto it when needed (see :mod:`.raster_align`).
2. **Statistics on a sample.** Pixels from a spread of tile-sized windows (about 1/8 of a
   large scene, everything for a small one) give the model: band rank check, iMAD canonical
   transform or radiometric normalisation, the threshold and the noise model of the score.
3. **One streaming pass** over blocks of rows (with a few halo rows): score, tolerant
   threshold, morphological clean-up, small-area removal, score/mask rasters written block by
   block, changed pixels labelled and polygonised per block; polygons cut by block borders are
   joined at the end. Peak memory depends on the scene width, not on its height.

Methods (``method``)
--------------------
``imad``
    Iteratively re-weighted Multivariate Alteration Detection (Nielsen 2007). Canonical
    correlation between the dates; MAD variates are differences of canonical variates; the
    score is the chi-square statistic ``Z = sum_i (MAD_i / sigma_i)^2`` with as many degrees of
    freedom as bands; pixels are re-weighted by their no-change probability ``P(chi2 > Z)``
    until the canonical correlations change by less than ``delta``. Invariant to per-band
    affine radiometric differences (gain, offset) between the dates. Needs >= 2 bands.
``cva``
    Change vector analysis: Euclidean length of the per-band difference after a robust linear
    normalisation of AFTER onto BEFORE (per-band gain and offset fitted on no-change pixels).
    Score in BEFORE's pixel units (e.g. reflectance x 10000).
``ndvi``
    Absolute NDVI difference ``|NDVI_after - NDVI_before|`` (unitless) after the same
    normalisation; uses the red and NIR bands.
``brightness``
    Absolute difference of the brightness (mean of the selected bands), in pixel units, after
    the same normalisation: bare soil, clearing, new roofs, excavations, burns.

Threshold
---------
``imad``: chi-square quantile ``chi2.ppf(significance, df)`` of the statistic, after rescaling
it so that its sample median equals the chi-square median (texture, blur and noise differences
make unchanged pixels wider than chi-square; only ever inflates). Other methods: the
``significance`` quantile of a robust (median / MAD) Gaussian model of the no-change score —
the no-change component of a change/no-change mixture — or, with ``threshold_mode="otsu"``,
the larger of that and Otsu's threshold of the sampled scores.

Misregistration tolerance
-------------------------
A pixel above the threshold is kept only if BEFORE's pixel still differs significantly from
AFTER when AFTER may move by up to ``tolerance_px`` pixel along the 8 axes and diagonals
(distance to the segment between AFTER's pixel and each neighbour, i.e. every sub-pixel shift
on those lines), and AFTER's pixel from BEFORE moved the same way (a blurrier date mixes the
sharper date's neighbours at edges). Edges that only moved by a sub-pixel misregistration or
differ by blur are dropped. Then an opening with a 3x3 cross and the minimum area remove
speckle (growing the rim of real changes back into the above-threshold pixels was tried and
lowered precision on the generated scenes).
"""
import contextlib
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from .common import check_cancel, report

METHODS = ("imad", "cva", "ndvi", "brightness")
CHANGE_CLASSES = ("new_bright_surface", "darkening", "vegetation_loss", "vegetation_gain", "other")
SCORE_NODATA = -9999.0
MASK_NODATA = 255
#: output field -> field type (see io.write_layer)
FIELD_TYPES = {"area_m2": "float", "score": "float", "score_max": "float", "p_value": "float",
               "change_class": "str", "d_ndvi": "float", "d_brightness": "float"}

#: class rules (per polygon means): NDVI change, NDVI level, relative brightness change
VEG_DELTA_NDVI = 0.08
VEG_LEVEL_NDVI = 0.2
BRIGHT_DELTA_REL = 0.08


# --------------------------------------------------------------------------------------------
# statistics
# --------------------------------------------------------------------------------------------
def weighted_moments(z, weights=None):
    """Weighted mean and covariance of the rows of ``z``.

    Parameters
    ----------
    z : ndarray (n, m)
        Observations in rows (any units).
    weights : ndarray (n,), optional
        Non-negative weights (all 1 when None).

    Returns
    -------
    mean : ndarray (m,) float64
    cov : ndarray (m, m) float64
    """
    z = np.asarray(z, dtype=np.float64)
    w = np.ones(len(z)) if weights is None else np.asarray(weights, dtype=np.float64)
    total = w.sum()
    if total <= 0:
        raise ValueError("No pixel has weight: the images may be identical or empty.")
    mean = (w[:, None] * z).sum(axis=0) / total
    centred = z - mean
    cov = (centred * w[:, None]).T @ centred / total
    return mean, cov


@dataclass
class ImadResult:
    """Fitted iMAD transform.

    ``a``/``b`` hold the canonical vectors in columns (BEFORE/AFTER), ``rho`` the canonical
    correlations (ascending), ``sigma`` the standard deviation of each MAD variate
    (``sqrt(2 (1 - rho))``), ``weights`` the final no-change probabilities of the sample.
    """

    mean_x: np.ndarray
    mean_y: np.ndarray
    a: np.ndarray
    b: np.ndarray
    rho: np.ndarray
    sigma: np.ndarray
    iterations: int
    converged: bool
    weights: np.ndarray = field(repr=False)
    inflation: float = 1.0

    @property
    def df(self):
        return len(self.rho)

    def mad(self, x, y):
        """MAD variates of pixel rows ``x``, ``y`` (n, p) -> (n, p)."""
        return (np.asarray(x, float) - self.mean_x) @ self.a - (np.asarray(y, float) - self.mean_y) @ self.b

    def chi2(self, x, y):
        """Chi-square statistic of pixel rows ``x``, ``y`` (n, p) -> (n,)."""
        return (((self.mad(x, y)) / self.sigma) ** 2).sum(axis=1)


def _canonical(cov, p):
    from scipy import linalg

    sxx, syy, sxy = cov[:p, :p], cov[p:, p:], cov[:p, p:]
    syy_inv_syx = linalg.solve(syy, sxy.T, assume_a="pos")
    m = sxy @ syy_inv_syx
    m = (m + m.T) / 2.0
    r2, a = linalg.eigh(m, sxx)
    r2 = np.clip(r2, 0.0, 1.0)
    rho = np.sqrt(r2)
    b = syy_inv_syx @ a / np.maximum(rho, 1e-12)
    # unit variance of the AFTER variates (exact for rho > 0; guards rho ~ 0)
    norms = np.sqrt(np.maximum(np.einsum("ij,ik,kj->j", b, syy, b), 1e-300))
    b = b / norms
    return a, b, rho


def imad(x, y, max_iter=100, delta=0.001, weights=None):
    """Iteratively re-weighted MAD (Nielsen 2007) on pixel samples.

    Parameters
    ----------
    x, y : ndarray (n, p)
        BEFORE and AFTER pixel values (any radiometric units), same band order.
    max_iter : int
        Maximum iterations.
    delta : float
        Convergence: largest change of a canonical correlation between iterations.
    weights : ndarray (n,), optional
        Initial weights (default 1).

    Returns
    -------
    ImadResult

    Raises
    ------
    ValueError
        When the band covariance is singular (constant or duplicated bands; run
        :func:`check_band_rank` first) or fewer than 2 bands are given.
    """
    from scipy import linalg, special

    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 2 or x.shape != y.shape:
        raise ValueError("iMAD needs two (pixels, bands) arrays of the same shape.")
    n, p = x.shape
    if p < 2:
        raise ValueError(f"iMAD needs at least 2 bands in each image (got {p}): choose the CVA, NDVI "
                         "or brightness method for single-band images.")
    if n < 10 * p:
        raise ValueError(f"Only {n} valid pixels to estimate iMAD statistics; at least {10 * p} are needed.")
    for data in (x, y):
        with np.errstate(divide="ignore", invalid="ignore"):
            corr = np.atleast_2d(np.corrcoef(data, rowvar=False))
        if not np.isfinite(corr).all() or np.linalg.eigvalsh(corr).min() < 1e-10:
            raise ValueError("The band covariance matrix is singular (constant or duplicated bands?): "
                             "select independent bands with BANDS_BEFORE / BANDS_AFTER.")
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    z = np.hstack([x, y])
    rho_old = None
    converged = False
    iteration = 0
    previous = None
    for iteration in range(1, max_iter + 1):
        mean, cov = weighted_moments(z, w)
        try:
            a, b, rho = _canonical(cov, p)
        except (linalg.LinAlgError, ValueError):
            if previous is None:
                raise ValueError("The band covariance matrix is singular (constant or duplicated bands?): "
                                 "select independent bands with BANDS_BEFORE / BANDS_AFTER.") from None
            # the re-weighting left too few pixels with weight: keep the last good iteration
            mean, a, b, rho, sigma, w = previous
            iteration -= 1
            break
        sigma = np.sqrt(np.maximum(2.0 * (1.0 - rho), 1e-12))
        mad = (x - mean[:p]) @ a - (y - mean[p:]) @ b
        stat = ((mad / sigma) ** 2).sum(axis=1)
        previous = (mean, a, b, rho, sigma, w)
        w = special.chdtrc(p, stat)
        if rho_old is not None and np.max(np.abs(rho - rho_old)) < delta:
            converged = True
            break
        rho_old = rho
    return ImadResult(mean[:p], mean[p:], a, b, rho, sigma, iteration, converged, w)


def check_band_rank(x, y, tol=1e-6):
    """Find bands that make the covariance singular: constant or (linearly) duplicated.

    Parameters
    ----------
    x, y : ndarray (n, p)
        BEFORE and AFTER sample pixels.
    tol : float
        A band is redundant when less than ``tol`` of its variance is left after regressing it
        on the bands kept before it; constant when its standard deviation is below
        ``tol * (|mean| + 1)``.

    Returns
    -------
    keep : list of int
        Band positions (0-based) kept in both images.
    problems : list of str
        One message per dropped band position.
    """
    p = x.shape[1]
    bad = {}
    for label, data in (("BEFORE", x), ("AFTER", y)):
        data = np.asarray(data, dtype=np.float64)
        std = data.std(axis=0)
        mean = data.mean(axis=0)
        kept = []
        for j in range(p):
            if std[j] <= tol * (abs(mean[j]) + 1.0):
                bad.setdefault(j, f"band position {j + 1} of {label} is constant")
                continue
            if kept:
                zs = (data[:, kept + [j]] - mean[kept + [j]]) / std[kept + [j]]
                corr = zs.T @ zs / len(zs)
                rkk, rkj = corr[:-1, :-1], corr[:-1, -1]
                try:
                    residual = 1.0 - rkj @ np.linalg.solve(rkk, rkj)
                except np.linalg.LinAlgError:
                    residual = 0.0
                if residual < tol:
                    bad.setdefault(j, f"band position {j + 1} of {label} duplicates (is a linear "
                                      "combination of) earlier bands")
                    continue
            kept.append(j)
    keep = [j for j in range(p) if j not in bad]
    return keep, [bad[j] for j in sorted(bad)]


def robust_normalisation(x, y, iterations=4, k=3.0):
    """Per-band gain and offset mapping AFTER onto BEFORE, fitted on no-change pixels.

    Ordinary least squares ``x = gain * y + offset`` per band, re-fitted on the pixels whose
    residuals in every band stay within ``k`` robust standard deviations.

    Parameters
    ----------
    x, y : ndarray (n, p)
        BEFORE and AFTER sample pixels (same units as the rasters).

    Returns
    -------
    gain, offset : ndarray (p,)
    nochange : ndarray (n,) bool
        Pixels used in the last fit.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = x.shape
    use = np.ones(n, dtype=bool)
    gain, offset = np.ones(p), np.zeros(p)
    for _ in range(iterations):
        if use.sum() < 10:
            break
        for j in range(p):
            yy, xx = y[use, j], x[use, j]
            var = yy.var()
            gain[j] = ((yy - yy.mean()) * (xx - xx.mean())).mean() / var if var > 0 else 1.0
            offset[j] = xx.mean() - gain[j] * yy.mean()
        resid = x - (y * gain + offset)
        med = np.median(resid[use], axis=0)
        scale = 1.4826 * np.median(np.abs(resid[use] - med), axis=0)
        scale = np.where(scale > 0, scale, 1e-9)
        use = (np.abs(resid - med) <= k * scale).all(axis=1)
    return gain, offset, use


def otsu_threshold(values, bins=512):
    """Otsu's threshold of a 1-D sample (same units as ``values``)."""
    values = np.asarray(values, dtype=np.float64)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return np.inf
    lo, hi = np.percentile(values, [0.0, 99.99])
    if hi <= lo:
        return float(hi)
    hist, edges = np.histogram(np.clip(values, lo, hi), bins=bins, range=(lo, hi))
    centres = (edges[:-1] + edges[1:]) / 2.0
    w0 = np.cumsum(hist)
    w1 = w0[-1] - w0
    m0 = np.cumsum(hist * centres)
    mean0 = m0 / np.maximum(w0, 1)
    mean1 = (m0[-1] - m0) / np.maximum(w1, 1)
    between = w0 * w1 * (mean0 - mean1) ** 2
    return float(centres[int(np.argmax(between))])


def ndvi(red, nir):
    """NDVI ``(nir - red) / (nir + red)`` of float arrays (0 where both are 0)."""
    red = np.asarray(red, dtype=np.float32)
    nir = np.asarray(nir, dtype=np.float32)
    total = nir + red
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(total != 0, (nir - red) / np.where(total != 0, total, 1), 0.0)
    return out.astype(np.float32)


def classify_change(d_ndvi, ndvi_before, ndvi_after, d_brightness):
    """Change class of a region from the direction of its spectral change.

    Parameters
    ----------
    d_ndvi : float
        Mean NDVI after minus before (unitless); NaN when red/NIR are unavailable.
    ndvi_before, ndvi_after : float
        Mean NDVI at each date.
    d_brightness : float
        Relative brightness change ``(after - before) / before`` (mean of the bands).

    Returns
    -------
    str
        ``vegetation_loss`` (NDVI drops by >= 0.08 from vegetation, NDVI >= 0.2),
        ``vegetation_gain`` (NDVI rises by >= 0.08 to vegetation), ``new_bright_surface``
        (brighter by >= 8 %: structures, cleared ground, new tracks), ``darkening`` (darker by
        >= 8 %: excavation, burn, water, shadow of new buildings) or ``other``.
    """
    if np.isfinite(d_ndvi):
        if d_ndvi <= -VEG_DELTA_NDVI and ndvi_before >= VEG_LEVEL_NDVI:
            return "vegetation_loss"
        if d_ndvi >= VEG_DELTA_NDVI and ndvi_after >= VEG_LEVEL_NDVI:
            return "vegetation_gain"
    if d_brightness >= BRIGHT_DELTA_REL:
        return "new_bright_surface"
    if d_brightness <= -BRIGHT_DELTA_REL:
        return "darkening"
    return "other"


# --------------------------------------------------------------------------------------------
# the fitted model of one run
# --------------------------------------------------------------------------------------------
@dataclass
class ChangeModel:
    """Everything the streaming pass needs: features, score, threshold, p-values, classes.

    Features are linear maps ``F = M @ pixels + c`` of each date (iMAD: standardised canonical
    variates; CVA: bands, AFTER normalised; brightness: band mean) or NDVI; the score is the
    squared (iMAD) or plain (others) Euclidean distance between the feature vectors.
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
    noise_centre: float = 0.0
    noise_scale: float = 1.0
    imad: object = None
    warnings: list = field(default_factory=list)

    def features(self, x, y):
        """Feature vectors (k, n) float32 of pixel columns ``x``, ``y`` (p, n)."""
        if self.method == "ndvi":
            yr = y[self.red] * np.float32(self.gain[self.red]) + np.float32(self.offset[self.red])
            yn = y[self.nir] * np.float32(self.gain[self.nir]) + np.float32(self.offset[self.nir])
            return ndvi(x[self.red], x[self.nir])[None], ndvi(yr, yn)[None]
        full = len(self.keep) == x.shape[0] and self.keep == list(range(x.shape[0]))
        xk, yk = (x, y) if full else (x[self.keep], y[self.keep])
        # both features are shifted by the same constant (distances do not change)
        fb = self.mb @ xk
        fb -= (self.cb - self.ca)[:, None]
        fa = self.ma @ yk
        return fb, fa

    def finish(self, sumsq):
        """Score from the squared feature distance."""
        return sumsq if self.method == "imad" else np.sqrt(sumsq)

    def score(self, x, y):
        fb, fa = self.features(x, y)
        d = fb - fa
        return self.finish(np.einsum("kn,kn->n", d, d))

    def p_value(self, score):
        """Probability of a score at least this large on an unchanged pixel."""
        from scipy.stats import chi2, norm

        if self.method == "imad":
            return chi2.sf(score, self.df)
        return norm.sf((np.asarray(score, float) - self.noise_centre) / self.noise_scale)


def fit_model(x, y, method="imad", significance=0.99, red=None, nir=None, max_iter=100, delta=0.001,
              warn=None, threshold_mode="noise"):
    """Fit the change model on sample pixels.

    Parameters
    ----------
    x, y : ndarray (n, p)
        BEFORE and AFTER sample pixels, valid only, same band order.
    method : str
        One of :data:`METHODS`.
    significance : float
        Probability of change required to flag a pixel (0.5 - 1).
    red, nir : int or None
        0-based positions of the red and NIR bands in the band lists.
    warn : callable, optional
        Receives warning messages (dropped bands...).
    threshold_mode : {"noise", "otsu"}
        Methods other than iMAD: threshold at the ``significance`` quantile of a robust
        Gaussian model (median, 1.4826 x MAD) of the score of no-change pixels — the no-change
        component of a change / no-change mixture — or the larger of that and Otsu's threshold.

    Returns
    -------
    ChangeModel
    """
    from scipy.stats import chi2, norm

    if method not in METHODS:
        raise ValueError(f"Unknown method {method!r}; choose one of {', '.join(METHODS)}.")
    if not 0.5 <= significance < 1.0:
        raise ValueError(f"SIGNIFICANCE must be a probability between 0.5 and 1 (got {significance}).")
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

    if n > 20_000:  # a normalisation of 2 numbers per band needs few pixels
        pick = np.random.default_rng(0).choice(n, 20_000, replace=False)
        gain, offset, _ = robust_normalisation(x[pick], y[pick])
        resid = x - (y * gain + offset)
        med = np.median(resid, axis=0)
        scale = np.maximum(1.4826 * np.median(np.abs(resid - med), axis=0), 1e-9)
        nochange = (np.abs(resid - med) <= 3.0 * scale).all(axis=1)
    else:
        gain, offset, nochange = robust_normalisation(x, y)
    common = dict(gain=gain, offset=offset, red=red, nir=nir, warnings=warnings)
    if method == "imad":
        keep, problems = check_band_rank(x, y)
        for problem in problems:
            _warn(f"{problem}: dropped from iMAD (singular covariance otherwise).")
        if len(keep) < 2:
            raise ValueError(f"iMAD needs at least 2 independent bands (got {len(keep)} after removing "
                             "constant and duplicated bands): choose the CVA, NDVI or brightness method, "
                             "or select other bands.")
        result = imad(x[:, keep], y[:, keep], max_iter=max_iter, delta=delta)
        if not result.converged:
            _warn(f"iMAD did not converge in {max_iter} iterations; results use the last iteration.")
        # Over-dispersion: texture, blur differences and residual misregistration make the
        # no-change statistic wider than chi-square; scale it so that its median (changes are
        # a minority of the sample) matches the chi-square median (genomic-control style).
        stat = result.chi2(x[:, keep], y[:, keep])
        inflation = float(np.median(stat) / chi2.median(result.df))
        if inflation > 1.0:
            result.sigma = result.sigma * math.sqrt(inflation)
        result.inflation = max(inflation, 1.0)
        mb = (result.a / result.sigma).T
        ma = (result.b / result.sigma).T
        model = ChangeModel(method, keep, result.df, float(chi2.ppf(significance, result.df)),
                            mb=mb.astype(np.float32), cb=(mb @ result.mean_x).astype(np.float32),
                            ma=ma.astype(np.float32), ca=(ma @ result.mean_y).astype(np.float32),
                            imad=result, **common)
        return model
    if method == "ndvi":
        if red is None or nir is None:
            raise ValueError("The NDVI method needs the red and NIR bands among the selected bands "
                             "(set RED_BAND / NIR_BAND and the band lists).")
        model = ChangeModel(method, [red, nir], 1, 0.0, **common)
    elif method == "cva":
        model = ChangeModel(method, list(range(p)), p, 0.0,
                            mb=np.eye(p, dtype=np.float32), cb=np.zeros(p, np.float32),
                            ma=np.diag(gain).astype(np.float32), ca=(-offset).astype(np.float32), **common)
    else:  # brightness
        model = ChangeModel(method, list(range(p)), 1, 0.0,
                            mb=np.full((1, p), 1.0 / p, np.float32), cb=np.zeros(1, np.float32),
                            ma=(gain / p)[None].astype(np.float32),
                            ca=np.array([-offset.mean()], np.float32), **common)
    scores = model.score(x.T.astype(np.float32), y.T.astype(np.float32)).astype(np.float64)
    ref = scores[nochange] if nochange.sum() >= 50 else scores
    centre = float(np.median(ref))
    scale = float(1.4826 * np.median(np.abs(ref - centre)))
    if not scale > 0:
        scale = float(ref.std()) or 1e-9
    model.noise_centre, model.noise_scale = centre, scale
    noise_threshold = centre + float(norm.isf(1.0 - significance)) * scale
    if threshold_mode == "otsu":
        model.threshold = max(noise_threshold, otsu_threshold(scores))
    elif threshold_mode == "noise":
        model.threshold = noise_threshold
    else:
        raise ValueError(f"Unknown threshold mode {threshold_mode!r}; use 'noise' or 'otsu'.")
    return model


# --------------------------------------------------------------------------------------------
# block processing
# --------------------------------------------------------------------------------------------
def _box3_sum(a):
    """Sum over the 3x3 neighbourhood along the last two axes (zero outside)."""
    c = a.copy()
    c[..., 1:, :] += a[..., :-1, :]
    c[..., :-1, :] += a[..., 1:, :]
    d = c.copy()
    d[..., :, 1:] += c[..., :, :-1]
    d[..., :, :-1] += c[..., :, 1:]
    return d


def box_smooth(values, valid):
    """3x3 mean of ``values`` (..., h, w) over valid pixels only (normalised convolution).

    Invalid pixels neither contribute nor are meaningful in the result.
    """
    values = np.asarray(values, dtype=np.float32)
    if valid.all():
        out = _box3_sum(values)
        counts = _box3_sum(np.ones(valid.shape, np.float32))
    else:
        weights = valid.astype(np.float32)
        out = _box3_sum(values * weights)
        counts = _box3_sum(weights)
    out /= np.maximum(counts, 1.0)
    return out


#: 8 neighbour directions of the misregistration tolerance
_DIRECTIONS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


def tolerant_change(fb, fa, valid, candidates, finish, threshold, radius=1, explained_counts=None):
    """Keep candidate pixels that stay changed under a shift of AFTER up to ``radius`` pixel.

    For each candidate the squared distance from BEFORE's feature vector to the segment between
    AFTER's feature vector at the pixel and at each of the 8 neighbours ``radius`` pixel away is
    computed (a sub-pixel shift along that line); the pixel stays changed when the smallest
    distance still gives a score above ``threshold``.

    Parameters
    ----------
    fb, fa : ndarray (k, h, w) float32
        Features of BEFORE and AFTER.
    valid : ndarray (h, w) bool
    candidates : ndarray (h, w) bool
        Pixels whose plain score is above the threshold.
    finish : callable
        Score from a squared distance.
    threshold : float
        Score threshold.
    explained_counts : ndarray (8,), optional
        Running count of pixels explained by each direction; directions are tried in
        decreasing order of it (the misregistration direction first) and it is updated.

    Returns
    -------
    ndarray (h, w) bool
    """
    h, w = candidates.shape
    rows, cols = np.nonzero(candidates)
    out = np.zeros((h, w), dtype=bool)
    if rows.size == 0:
        return out
    if radius <= 0:
        return candidates.copy()
    k = fb.shape[0]
    flat_b, flat_a, flat_valid = fb.reshape(k, -1), fa.reshape(k, -1), valid.ravel()
    index = rows * w + cols
    f0, a0 = flat_b[:, index], flat_a[:, index]
    e0 = f0 - a0
    alive = np.ones(rows.size, dtype=bool)
    active = np.arange(rows.size)
    order = range(len(_DIRECTIONS)) if explained_counts is None else np.argsort(-explained_counts, kind="stable")
    for direction in order:
        dr, dc = _DIRECTIONS[direction]
        if active.size == 0:
            break
        n_active = active.size
        rr, cc = rows[active] + dr * radius, cols[active] + dc * radius
        inside = (rr >= 0) & (rr < h) & (cc >= 0) & (cc < w)
        sel, neighbour = active[inside], (rr * w + cc)[inside]
        ok = flat_valid[neighbour]
        sel, neighbour = sel[ok], neighbour[ok]
        # BEFORE against AFTER shifted (misregistration), AFTER against BEFORE shifted (the
        # blurrier date mixes its neighbours: blur differences between the sensors)
        for sign, source, base in ((1.0, flat_a, a0), (-1.0, flat_b, f0)):
            if sel.size == 0:
                break
            e = e0[:, sel] if sign > 0 else -e0[:, sel]
            seg = source[:, neighbour] - base[:, sel]
            length2 = np.einsum("kn,kn->n", seg, seg)
            t = np.einsum("kn,kn->n", e, seg) / np.where(length2 > 0, length2, 1.0)
            np.clip(t, 0.0, 1.0, out=t)
            e -= seg * t
            explained = finish(np.einsum("kn,kn->n", e, e)) <= threshold
            alive[sel[explained]] = False
            sel, neighbour = sel[~explained], neighbour[~explained]
        active = active[alive[active]]
        if explained_counts is not None:
            explained_counts[direction] += n_active - active.size
    out[rows[alive], cols[alive]] = True
    return out


def _erode_cross(mask):
    """Binary erosion with a 3x3 cross (outside = False)."""
    out = mask.copy()
    out[1:] &= mask[:-1]
    out[:-1] &= mask[1:]
    out[:, 1:] &= mask[:, :-1]
    out[:, :-1] &= mask[:, 1:]
    out[0] = out[-1] = False
    out[:, 0] = out[:, -1] = False
    return out


def _dilate_cross(mask):
    """Binary dilation with a 3x3 cross."""
    out = mask.copy()
    out[1:] |= mask[:-1]
    out[:-1] |= mask[1:]
    out[:, 1:] |= mask[:, :-1]
    out[:, :-1] |= mask[:, 1:]
    return out


def _bounding_box(mask, margin):
    """(row0, row1, col0, col1) of the True pixels grown by ``margin``, or None when empty."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask[rows[0]:rows[-1] + 1].any(axis=0))
    h, w = mask.shape
    return (max(rows[0] - margin, 0), min(rows[-1] + 1 + margin, h),
            max(cols[0] - margin, 0), min(cols[-1] + 1 + margin, w))


def clean_mask(detected, valid, min_pixels, open_mask=True, edges=None):
    """Morphological clean-up of a detection block.

    Steps: binary opening with a 3x3 cross when ``open_mask`` (removes one-pixel lines and
    speckle); removal of 4-connected components smaller than ``min_pixels``
    that do not touch the block border (those are decided after joining blocks). ``edges``
    (top, bottom, left, right) says which sides of the arrays are block borders (all by default).

    Returns
    -------
    ndarray (h, w) bool
    """
    from scipy import ndimage

    box = _bounding_box(detected, 2)
    if box is None:
        return np.zeros(detected.shape, dtype=bool)
    (r0, r1, c0, c1), (h, w) = box, detected.shape
    if (r1 - r0) * (c1 - c0) < 0.8 * h * w:
        # work on the bounding box of the detections (with a margin: nothing grows past it)
        sub = clean_mask(detected[r0:r1, c0:c1], valid[r0:r1, c0:c1], min_pixels, open_mask,
                         edges=(r0 == 0, r1 == h, c0 == 0, c1 == w))
        out = np.zeros((h, w), dtype=bool)
        out[r0:r1, c0:c1] = sub
        return out
    cross = ndimage.generate_binary_structure(2, 1)
    mask = detected.copy()
    if open_mask:
        mask = _dilate_cross(_erode_cross(mask)) & valid
    if min_pixels > 1 and mask.any():
        labels, count = ndimage.label(mask, cross)
        sizes = np.bincount(labels.ravel(), minlength=count + 1)
        edges = (True, True, True, True) if edges is None else edges
        sides = [side for side, is_edge in zip((labels[0], labels[-1], labels[:, 0], labels[:, -1]), edges) if is_edge]
        border = np.unique(np.concatenate(sides)) if sides else np.zeros(0, dtype=np.int64)
        small = sizes < min_pixels
        small[0] = False
        small[border] = False
        if small.any():
            mask &= ~small[labels]
    return mask


class _UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, a):
        parent = self.parent
        parent.setdefault(a, a)
        root = a
        while parent[root] != root:
            root = parent[root]
        while parent[a] != root:
            parent[a], a = root, parent[a]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


#: per-piece statistics accumulated in blocks: count, sum score, max score, sums of NDVI
#: before/after and brightness before/after
_N_STATS = 7


def _block_pieces(labels, count, score, xs, ys, model, transform, id_base):
    """Polygons and statistics of the labelled pieces of one core block."""
    from rasterio import features
    from shapely.geometry import shape

    index = np.arange(1, count + 1)
    flat = labels.ravel()
    sel = flat > 0
    lab = flat[sel]
    stats = np.zeros((count + 1, _N_STATS))
    stats[:, 0] = np.bincount(lab, minlength=count + 1)
    stats[:, 1] = np.bincount(lab, weights=score.ravel()[sel], minlength=count + 1)
    maxima = np.full(count + 1, -np.inf)
    np.maximum.at(maxima, lab, score.ravel()[sel])
    stats[:, 2] = maxima
    p = xs.shape[0]
    x = xs.reshape(p, -1)[:, sel]
    y = ys.reshape(p, -1)[:, sel] * model.gain[:, None].astype(np.float32) + model.offset[:, None].astype(np.float32)
    if model.red is not None and model.nir is not None:
        stats[:, 3] = np.bincount(lab, weights=ndvi(x[model.red], x[model.nir]), minlength=count + 1)
        stats[:, 4] = np.bincount(lab, weights=ndvi(y[model.red], y[model.nir]), minlength=count + 1)
    else:
        stats[:, 3:5] = np.nan
    stats[:, 5] = np.bincount(lab, weights=x.mean(axis=0), minlength=count + 1)
    stats[:, 6] = np.bincount(lab, weights=y.mean(axis=0), minlength=count + 1)
    geoms = {}
    for geom, value in features.shapes(labels.astype(np.int32), mask=labels > 0, connectivity=4,
                                       transform=transform):
        geoms[id_base + int(value)] = shape(geom)
    return {id_base + int(i): stats[i] for i in index}, geoms


def _merge_stats(parts):
    total = np.array(parts[0], dtype=float)
    for part in parts[1:]:
        part = np.asarray(part, dtype=float)
        total[[0, 1, 3, 4, 5, 6]] += part[[0, 1, 3, 4, 5, 6]]
        total[2] = max(total[2], part[2])
    return total


def _sample_windows(grid, tile, rng, fraction=8):
    """Tile-sized windows spread over the grid: all for small grids, else 1/``fraction`` (8 to 16)."""
    rows = list(range(0, grid.height, tile))
    cols = list(range(0, grid.width, tile))
    cells = [(r, c) for r in rows for c in cols]
    if len(cells) > 8:
        k = min(16, max(8, int(math.ceil(len(cells) / fraction))))  # 2-4 Mpx: ample for the statistics
        picked = rng.choice(len(cells), size=k, replace=False)
        cells = [cells[i] for i in sorted(picked)]
    return [(r, min(r + tile, grid.height), c, min(c + tile, grid.width)) for r, c in cells]


def _choose_block_rows(width, bands, budget_bytes=240e6):
    """Rows per block (multiple of 64, 128-1024) whose working arrays stay within ``budget_bytes``."""
    per_row = width * (bands * 28 + 40)
    rows = int(budget_bytes // max(per_row, 1)) // 64 * 64
    return int(min(1024, max(128, rows)))


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


def detect_changes(before, after, score_path=None, mask_path=None, changes_path=None, *,
                   method="imad", significance=0.99, min_area_m2=200.0, aoi=None, bands_before=None,
                   bands_after=None, ignore_mask=None, red_band=3, nir_band=4, tolerance_px=1,
                   smooth=False, threshold_mode="noise", max_iter=100, delta=0.001, sample_size=50_000, block_rows=None, seed=0,
                   progress=None, is_cancelled=None, warn=None):
    """Detect changes between two images and write score, mask and change polygons.

    Parameters
    ----------
    before, after : str
        Paths of the earlier and later multispectral rasters (any CRS, pixel size, extent).
    score_path : str, optional
        Float32 GeoTIFF of the per-pixel score (iMAD: chi-square statistic, df = bands;
        CVA/brightness: magnitude in pixel units; NDVI: |NDVI difference|); nodata -9999.
    mask_path : str, optional
        Uint8 GeoTIFF, 1 = change, 0 = no change, 255 = nodata (no data, MASK, outside AOI).
    changes_path : str, optional
        Vector file (GeoPackage...) of change polygons with ``area_m2`` (m²), ``score`` (mean),
        ``score_max``, ``p_value`` (probability that an unchanged pixel scores the region's mean
        score), ``change_class``, ``d_ndvi`` and ``d_brightness`` (relative). Polygons are in
        BEFORE's CRS.
    method : str
        One of :data:`METHODS`.
    significance : float
        Probability of change required (0.5 - 1), e.g. 0.99.
    min_area_m2 : float
        Changes smaller than this (square metres) are dropped.
    aoi : geopandas.GeoDataFrame, optional
        Polygons limiting the analysis.
    bands_before, bands_after : list of int, optional
        1-based bands, paired in order; default: the first min(count) bands of each.
    ignore_mask : str, optional
        Raster whose non-zero pixels are ignored (clouds, shadows); resampled with nearest.
    red_band, nir_band : int
        1-based band numbers of BEFORE holding red and NIR (matched to AFTER through the band
        lists); used by the NDVI method and the vegetation classes.
    tolerance_px : int
        Misregistration tolerance in pixels (0 disables it).
    threshold_mode : {"noise", "otsu"}
        Threshold of the methods other than iMAD: ``noise`` = ``significance`` quantile of the
        robust no-change model of the score; ``otsu`` = Otsu's threshold of the sampled scores
        (never below the ``noise`` one).
    smooth : bool
        Compare 3x3 means of both dates instead of single pixels (reduces noise and the
        differences due to sub-pixel misregistration and to different sensor blur).
    max_iter, delta : int, float
        iMAD iteration limit and convergence threshold on the canonical correlations.
    sample_size : int
        Pixels used for the statistics.
    block_rows : int, optional
        Rows per streaming block (default from the scene width).
    progress, is_cancelled : callable, optional
        Progress in percent and cancellation check (between blocks).
    warn : callable, optional
        Receives warning messages.

    Returns
    -------
    dict
        Summary: method, bands, threshold, df, iterations, converged, rho, n_changes,
        changed_pixels, valid_pixels, grid size, resampled, warnings, and the output paths.
    """
    import rasterio
    from scipy import ndimage

    from .raster_align import AlignedReader, common_grid, resolve_bands

    if method not in METHODS:
        raise ValueError(f"Unknown method {method!r}; choose one of {', '.join(METHODS)}.")
    if not 0.5 <= significance < 1.0:
        raise ValueError(f"SIGNIFICANCE must be a probability between 0.5 and 1 (got {significance}).")
    if min_area_m2 < 0:
        raise ValueError("MIN_AREA_M2 must be zero or positive (square metres).")
    warnings = []

    def _warn(message):
        warnings.append(message)
        if warn is not None:
            warn(message)

    report(progress, 0)
    with contextlib.ExitStack() as stack:
        stack.enter_context(bounded_gdal_cache())
        try:
            src_b = stack.enter_context(rasterio.open(before))
        except rasterio.errors.RasterioIOError as error:
            raise ValueError(f"BEFORE: cannot open '{before}' as a raster ({error}). Is it a complete, "
                             "valid GeoTIFF?") from None
        try:
            src_a = stack.enter_context(rasterio.open(after))
        except rasterio.errors.RasterioIOError as error:
            raise ValueError(f"AFTER: cannot open '{after}' as a raster ({error}). Is it a complete, "
                             "valid GeoTIFF?") from None
        aoi_geoms = _aoi_geometries(aoi, src_b.crs)
        aoi_bounds = None
        if aoi_geoms is not None:
            from shapely.ops import unary_union
            aoi_bounds = unary_union(aoi_geoms).bounds
        grid = common_grid(src_b, src_a, aoi_bounds)
        # band lists
        if not bands_before and not bands_after:
            n_common = min(src_b.count, src_a.count)
            bb, ba = list(range(1, n_common + 1)), list(range(1, n_common + 1))
            if src_b.count != src_a.count:
                _warn(f"BEFORE has {src_b.count} bands and AFTER {src_a.count}: comparing the first "
                      f"{n_common} bands of each.")
        else:
            bb = resolve_bands(bands_before, src_b.count, "BANDS_BEFORE") if bands_before else None
            ba = resolve_bands(bands_after, src_a.count, "BANDS_AFTER") if bands_after else None
            if bb is None:
                bb = list(range(1, len(ba) + 1))
                resolve_bands(bb, src_b.count, "BANDS_BEFORE")
            if ba is None:
                ba = list(range(1, len(bb) + 1))
                resolve_bands(ba, src_a.count, "BANDS_AFTER")
        if len(bb) != len(ba):
            raise ValueError(f"BANDS_BEFORE has {len(bb)} bands and BANDS_AFTER {len(ba)}: give the same "
                             "number of bands, paired in order.")
        if not bb:
            raise ValueError("No common bands to compare: select bands with BANDS_BEFORE / BANDS_AFTER.")
        red = bb.index(red_band) if red_band in bb else None
        nir = bb.index(nir_band) if nir_band in bb else None
        if (red is None or nir is None) and method != "ndvi":
            _warn("Red/NIR bands are not among the selected bands: vegetation classes are not assigned.")
        p = len(bb)

        reader_b = stack.enter_context(AlignedReader(before, grid, bb, name="BEFORE", dataset=src_b))
        reader_a = stack.enter_context(AlignedReader(after, grid, ba, name="AFTER", dataset=src_a))
        reader_m = None
        if ignore_mask:
            try:
                src_m = stack.enter_context(rasterio.open(ignore_mask))
            except rasterio.errors.RasterioIOError as error:
                raise ValueError(f"MASK: cannot open '{ignore_mask}' as a raster ({error}).") from None
            reader_m = stack.enter_context(AlignedReader(ignore_mask, grid, [1], kind="mask", name="MASK",
                                                         dataset=src_m))

        def read(r0, r1, c0=0, c1=None, parts=None):
            (x, vb), (y, va) = parts or (reader_b.read(r0, r1, c0, c1), reader_a.read(r0, r1, c0, c1))
            valid = vb & va
            if reader_m is not None:
                m, vm = reader_m.read(r0, r1, c0, c1)
                valid &= ~((m[0] != 0) & vm)
            if aoi_geoms is not None:
                from rasterio import features
                inside = features.geometry_mask(aoi_geoms, out_shape=valid.shape, invert=True,
                                                transform=grid.window_transform(r0, c0), all_touched=False)
                valid &= inside
            return x, y, valid

        # ---- statistics on a sample --------------------------------------------------------
        rng = np.random.default_rng(seed)
        windows = _sample_windows(grid, 512, rng)
        per_window = max(1000, int(2 * sample_size / max(len(windows), 1)))

        # BEFORE and AFTER are read (decoded, warped) in two threads, one window or block ahead
        # of the computation
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=2))

        def submit(r0, r1, c0=0, c1=None):
            return (pool.submit(reader_b.read, r0, r1, c0, c1), pool.submit(reader_a.read, r0, r1, c0, c1))

        def collect(wins, budget):
            xs_, ys_ = [], []
            futures_ = submit(*wins[0])
            for i, (r0, r1, c0, c1) in enumerate(wins):
                check_cancel(is_cancelled)
                parts_ = (futures_[0].result(), futures_[1].result())
                if i + 1 < len(wins):
                    futures_ = submit(*wins[i + 1])
                x, y, valid = read(r0, r1, c0, c1, parts=parts_)
                if smooth:
                    x, y = box_smooth(x, valid), box_smooth(y, valid)
                idx = np.flatnonzero(valid)
                if idx.size > budget:
                    idx = np.sort(rng.choice(idx, size=budget, replace=False))
                xs_.append(x.reshape(p, -1)[:, idx].T)
                ys_.append(y.reshape(p, -1)[:, idx].T)
                report(progress, 10.0 * (i + 1) / len(wins))
            return np.concatenate(xs_), np.concatenate(ys_)

        xs, ys = collect(windows, per_window)
        if len(xs) < 1000 and len(windows) < math.ceil(grid.height / 512) * math.ceil(grid.width / 512):
            # sparse valid data: scan everything
            every = [(r, min(r + 512, grid.height), c, min(c + 512, grid.width))
                     for r in range(0, grid.height, 512) for c in range(0, grid.width, 512)]
            xs, ys = collect(every, per_window)
        if len(xs) == 0:
            raise ValueError("BEFORE and AFTER have no valid pixel in common: the overlap is all nodata "
                             "(or masked / outside the AOI). Check nodata values, MASK and AOI.")
        if len(xs) > sample_size:
            pick = rng.choice(len(xs), size=sample_size, replace=False)
            xs, ys = xs[pick], ys[pick]
        # ---- streaming pass set-up: the first block is read while the model is fitted -----
        pixel_area = grid.pixel_area_m2()
        min_pixels = int(math.ceil(min_area_m2 / pixel_area)) if min_area_m2 > 0 else 0
        halo = 4
        rows_per_block = block_rows or _choose_block_rows(grid.width, p)
        blocks = [(r, min(r + rows_per_block, grid.height)) for r in range(0, grid.height, rows_per_block)]
        futures = submit(blocks[0][0] - halo, blocks[0][1] + halo)
        model = fit_model(xs, ys, method, significance, red, nir, max_iter, delta, warn=_warn,
                          threshold_mode=threshold_mode)
        del xs, ys
        report(progress, 15)

        # ---- streaming pass --------------------------------------------------------------
        tmp_score = stack.enter_context(_maybe_atomic(score_path))
        tmp_mask = stack.enter_context(_maybe_atomic(mask_path))
        tmp_changes = stack.enter_context(_maybe_atomic(changes_path))
        out_score = out_mask = None
        if tmp_score:
            out_score = stack.enter_context(rasterio.open(
                tmp_score, "w", **_raster_profile(grid, "float32", SCORE_NODATA, None)))
        if tmp_mask:
            out_mask = stack.enter_context(rasterio.open(
                tmp_mask, "w+", **_raster_profile(grid, "uint8", MASK_NODATA, "deflate")))
        pieces, geoms, boundaries = {}, {}, []
        next_id = 0
        changed_pixels = valid_pixels = 0
        explained_counts = np.zeros(len(_DIRECTIONS))
        for k, (r0, r1) in enumerate(blocks):
            check_cancel(is_cancelled)
            parts = (futures[0].result(), futures[1].result())
            if k + 1 < len(blocks):
                futures = submit(blocks[k + 1][0] - halo, blocks[k + 1][1] + halo)
            x, y, valid = read(r0 - halo, r1 + halo, parts=parts)
            del parts
            _, h, w = x.shape
            fb, fa = model.features(x.reshape(p, -1), y.reshape(p, -1))
            kf = fb.shape[0]
            fb, fa = fb.reshape(kf, h, w), fa.reshape(kf, h, w)
            if smooth:
                fb, fa = box_smooth(fb, valid), box_smooth(fa, valid)
            d = fb - fa
            score = model.finish(np.einsum("kij,kij->ij", d, d))
            del d
            candidates = (score > model.threshold) & valid
            if tolerance_px > 0:
                # pixels that cannot survive the opening or the area filter need no tolerance test
                # (the test only removes pixels: same result)
                tested = clean_mask(_dilate_cross(_erode_cross(candidates)), valid, min_pixels, open_mask=False)
                detected = tolerant_change(fb, fa, valid, tested, model.finish, model.threshold,
                                           tolerance_px, explained_counts)
            else:
                detected = candidates
            del fb, fa
            mask = clean_mask(detected, valid, min_pixels)
            core = slice(halo, halo + (r1 - r0))
            score_c, mask_c, valid_c = score[core], mask[core], valid[core]
            valid_pixels += int(valid_c.sum())
            changed_pixels += int(mask_c.sum())
            window = rasterio.windows.Window(0, r0, grid.width, r1 - r0)
            if out_score is not None:
                out_score.write(np.where(valid_c, score_c, np.float32(SCORE_NODATA))[None], window=window)
            if out_mask is not None:
                mask_u8 = mask_c.astype(np.uint8)
                mask_u8[~valid_c] = MASK_NODATA
                out_mask.write(mask_u8[None], window=window)
            top = np.zeros(grid.width, dtype=np.int64)
            bottom = np.zeros(grid.width, dtype=np.int64)
            box = _bounding_box(mask_c, 0) if tmp_changes else None
            if box is not None:
                b0, b1, d0, d1 = box
                labels, count = ndimage.label(mask_c[b0:b1, d0:d1])
                block_pieces, block_geoms = _block_pieces(
                    labels, count, score_c[b0:b1, d0:d1], x[:, halo + b0:halo + b1, d0:d1],
                    y[:, halo + b0:halo + b1, d0:d1], model, grid.window_transform(r0 + b0, d0), next_id)
                pieces.update(block_pieces)
                geoms.update(block_geoms)
                if b0 == 0:
                    top[d0:d1] = np.where(labels[0] > 0, labels[0] + next_id, 0)
                if b1 == r1 - r0:
                    bottom[d0:d1] = np.where(labels[-1] > 0, labels[-1] + next_id, 0)
                next_id += count
            boundaries.append((top, bottom))
            report(progress, 15 + 80 * (k + 1) / len(blocks))
        check_cancel(is_cancelled)

        # ---- join pieces cut by block borders, filter, classify, write ------------------
        n_changes = 0
        if tmp_changes:
            gdf, dropped = _assemble(pieces, geoms, boundaries, model, grid, min_area_m2)
            for geom in dropped:
                if out_mask is not None:
                    _erase_from_mask(out_mask, geom, grid)
            from .io import write_layer
            import os
            write_layer(gdf, tmp_changes, layer=os.path.splitext(os.path.basename(changes_path))[0],
                        geometry_type="Polygon", field_types=FIELD_TYPES)
            n_changes = len(gdf)
            changed_pixels -= sum(int(round(g.area / (abs(grid.transform.a) * abs(grid.transform.e))))
                                  for g in dropped)
        check_cancel(is_cancelled)
        report(progress, 100)
    summary = {
        "method": method, "bands_before": bb, "bands_after": ba,
        "bands_used": [bb[i] for i in model.keep], "threshold": float(model.threshold), "df": model.df,
        "iterations": model.imad.iterations if model.imad is not None else 0,
        "converged": bool(model.imad.converged) if model.imad is not None else True,
        "rho": model.imad.rho.tolist() if model.imad is not None else [],
        "gain": model.gain.tolist(), "offset": model.offset.tolist(),
        "n_changes": n_changes, "changed_pixels": changed_pixels, "valid_pixels": valid_pixels,
        "grid": {"width": grid.width, "height": grid.height, "crs": str(grid.crs)},
        "resampled": reader_a.is_resampled, "warnings": warnings + [w for w in model.warnings if w not in warnings],
        "score_path": score_path, "mask_path": mask_path, "changes_path": changes_path,
    }
    return summary


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


def _erase_from_mask(dataset, geom, grid):
    """Set the pixels of ``geom`` to 0 in the (open, w+) mask ``dataset``."""
    from rasterio import features, windows

    t = grid.transform
    minx, miny, maxx, maxy = geom.bounds
    col0 = max(0, int(math.floor((minx - t.c) / t.a + 1e-6)))
    col1 = min(grid.width, int(math.ceil((maxx - t.c) / t.a - 1e-6)))
    row0 = max(0, int(math.floor((maxy - t.f) / t.e + 1e-6)))
    row1 = min(grid.height, int(math.ceil((miny - t.f) / t.e - 1e-6)))
    if col1 <= col0 or row1 <= row0:
        return
    win = windows.Window(col0, row0, col1 - col0, row1 - row0)
    burn = features.geometry_mask([geom], out_shape=(int(win.height), int(win.width)),
                                  transform=windows.transform(win, grid.transform), invert=True)
    data = dataset.read(1, window=win)
    data[burn & (data == 1)] = 0
    dataset.write(data[None], window=win)


def _assemble(pieces, geoms, boundaries, model, grid, min_area_m2):
    """Join pieces across block borders; return the polygon frame and the dropped geometries."""
    import geopandas as gpd
    from shapely.ops import unary_union

    from .crs import to_metric

    uf = _UnionFind()
    for (_, bottom), (top, _) in zip(boundaries[:-1], boundaries[1:]):
        both = (bottom > 0) & (top > 0)
        if both.any():
            for a, b in set(zip(bottom[both].tolist(), top[both].tolist())):
                uf.union(a, b)
    groups = {}
    for pid in pieces:
        groups.setdefault(uf.find(pid), []).append(pid)
    rows, shapes = [], []
    for members in groups.values():
        stats = _merge_stats([pieces[m] for m in members])
        geom = geoms[members[0]] if len(members) == 1 else unary_union([geoms[m] for m in members])
        shapes.append(geom)
        rows.append(stats)
    columns = list(FIELD_TYPES)
    if not rows:
        empty = gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs=grid.crs)
        return empty, []
    stats = np.array(rows)
    frame = gpd.GeoDataFrame({"_n": stats[:, 0]}, geometry=shapes, crs=grid.crs)
    area = to_metric(frame).area.to_numpy()
    n = stats[:, 0]
    mean_score = stats[:, 1] / n
    d_ndvi = (stats[:, 4] - stats[:, 3]) / n
    bright_b, bright_a = stats[:, 5] / n, stats[:, 6] / n
    d_bright = (bright_a - bright_b) / np.where(bright_b != 0, np.abs(bright_b), 1.0)
    classes = [classify_change(dn, nb / c, na / c, db)
               for dn, nb, na, db, c in zip(d_ndvi, stats[:, 3], stats[:, 4], d_bright, n)]
    out = gpd.GeoDataFrame({
        "area_m2": area, "score": mean_score, "score_max": stats[:, 2],
        "p_value": model.p_value(mean_score), "change_class": classes,
        "d_ndvi": np.where(np.isfinite(d_ndvi), d_ndvi, np.nan), "d_brightness": d_bright,
    }, geometry=shapes, crs=grid.crs)
    keep = out["area_m2"].to_numpy() >= min_area_m2
    dropped = list(out.geometry[~keep])
    out = out[keep].sort_values("score", ascending=False).reset_index(drop=True)
    return out, dropped
