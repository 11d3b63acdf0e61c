"""Statistics of a change pair (pure numpy/scipy): iMAD, band rank, radiometric normalisation.

iMAD (Nielsen 2007): canonical correlation between the dates; MAD variates are differences of
canonical variates; the chi-square statistic ``Z = sum_i (MAD_i / sigma_i)^2`` has as many
degrees of freedom as bands; pixels are re-weighted by their no-change probability until the
canonical correlations move by less than ``delta``. Invariant to per-band affine radiometric
differences (gain, offset) between the dates.
"""
import math
from dataclasses import dataclass, field

import numpy as np

#: class rules (per polygon means): NDVI change, NDVI level, relative brightness change
VEG_DELTA_NDVI = 0.08
VEG_LEVEL_NDVI = 0.2
BRIGHT_DELTA_REL = 0.08


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
        if w.sum() < 1e-9 * n:
            # no pixel is probably unchanged at this dispersion: keep the last iteration
            break
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


def robust_normalisation(x, y, iterations=4, k=3.0, fit="ols"):
    """Per-band gain and offset mapping AFTER onto BEFORE, fitted on no-change pixels.

    ``x = gain * y + offset`` per band, re-fitted on the pixels whose residuals in every band
    stay within ``k`` robust standard deviations.

    Parameters
    ----------
    x, y : ndarray (n, p)
        BEFORE and AFTER sample pixels (same units as the rasters).
    fit : {"ols", "rma", "offset"}
        Ordinary least squares; the reduced major axis (``gain = sign(cov) std(x) / std(y)``:
        symmetric in the dates; OLS shrinks the gain towards 0 when the dates correlate weakly
        and the difference then mostly shows BEFORE's texture); or an offset only (gain 1: for
        dates too weakly related for any gain to be estimated).

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
    if fit == "rma":
        # start from the pixels whose plain difference is the least unusual: where a third of
        # the scene changed, a fit on everything takes the change for radiometry
        diff = x - y
        centre = np.median(diff, axis=0)
        spread = np.maximum(np.median(np.abs(diff - centre), axis=0), 1e-9)
        unusual = (np.abs(diff - centre) / spread).sum(axis=1)
        use = unusual <= np.median(unusual)
    gain, offset = np.ones(p), np.zeros(p)
    for _ in range(iterations):
        if use.sum() < 10:
            break
        for j in range(p):
            yy, xx = y[use, j], x[use, j]
            var = yy.var()
            cov = ((yy - yy.mean()) * (xx - xx.mean())).mean()
            if var <= 0 or fit == "offset":
                gain[j] = 1.0
            elif fit == "rma":
                gain[j] = math.copysign(math.sqrt(xx.var() / var), cov)
            else:
                gain[j] = cov / var
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

