"""Unsupervised two-class model of a change statistic (pure numpy/scipy).

The squared change distance ``Z`` of every method (iMAD chi-square statistic, squared CVA
magnitude, squared brightness or NDVI difference) is modelled as a mixture of two gamma
distributions fitted by expectation-maximisation, as Bruzzone & Prieto (2000) do with two
Gaussians on the difference magnitude:

* the **no-change** component ``gamma(k0, theta0)``; for iMAD its shape is fixed to
  ``df / 2`` (a chi-square with ``df`` degrees of freedom scaled by ``2 theta0``: texture,
  blur and noise make unchanged pixels wider than chi-square, never narrower), for the other
  methods both parameters are free;
* the **change** component ``gamma(k1, theta1)`` with a larger mean.

Two thresholds follow from the fit: the ``significance`` quantile of the no-change component
(what SIGNIFICANCE means: the false-alarm rate on unchanged pixels is ``1 - significance``)
and the Bayes minimum-error boundary where a pixel becomes more likely changed than not. The
adaptive threshold is the smaller of the two: where changes are rare the Bayes boundary lies
far out in the tail and the significance quantile decides; where much changed (a third of a
city block, a desert turned into compounds) the boundary moves in and recall is not
sacrificed to a calibration that assumed rare changes.
"""
import math
from dataclasses import dataclass

import numpy as np

#: below this estimated share of unchanged pixels the images have no stable background
MIN_STABLE_SHARE = 0.3
#: the adaptive threshold never goes below this quantile of the no-change component
FLOOR_QUANTILE = 0.8


@dataclass
class MixtureFit:
    """Fitted two-gamma mixture of a squared change distance (units of ``Z``).

    ``changed_share`` is the estimated prior share of changed pixels; ``threshold`` the
    adaptive threshold; ``significance_threshold`` and ``bayes_threshold`` its two candidates;
    ``flagged_share`` the share of the sample above ``threshold``.
    """

    shape0: float
    scale0: float
    shape1: float
    scale1: float
    changed_share: float
    significance_threshold: float
    bayes_threshold: float
    threshold: float
    iterations: int
    flagged_share: float

    @property
    def unchanged_share(self):
        """Share of pixels that look unchanged by the mixture's weights or by the threshold,
        whichever is larger: a heavy-tailed unchanged class (texture of very high resolution
        scenes) can take a large change weight while the threshold still flags a minority."""
        return 1.0 - min(self.changed_share, self.flagged_share)

    @property
    def stable_background(self):
        """False when too few pixels look unchanged (unrelated images)."""
        return self.unchanged_share >= MIN_STABLE_SHARE

    def rescaled(self, factor):
        """The same fit for the statistic divided by ``factor``."""
        return MixtureFit(self.shape0, self.scale0 / factor, self.shape1, self.scale1 / factor, self.changed_share,
                          self.significance_threshold / factor, self.bayes_threshold / factor,
                          self.threshold / factor, self.iterations, self.flagged_share)

    def no_change_sf(self, z):
        """Probability that an unchanged pixel scores ``z`` or more."""
        from scipy.special import gammaincc

        return gammaincc(self.shape0, np.asarray(z, dtype=np.float64) / self.scale0)

    def no_change_quantile(self, probability):
        from scipy.stats import gamma

        return float(gamma.ppf(probability, self.shape0, scale=self.scale0))


def _weighted_gamma(z, weights):
    """Method-of-moments gamma (shape, scale) of ``z`` with ``weights``."""
    total = max(weights.sum(), 1e-12)
    mean = float((weights * z).sum() / total)
    var = float((weights * (z - mean) ** 2).sum() / total)
    mean = max(mean, 1e-12)
    var = max(var, 1e-12 * mean * mean)
    return mean * mean / var, var / mean


def _log_gamma_pdf(z, shape, scale):
    from scipy.special import gammaln

    return (shape - 1.0) * np.log(z) - z / scale - gammaln(shape) - shape * math.log(scale)


def fit_mixture(z, significance, df=None, min_scale0=0.0, max_iter=200, tol=1e-7):
    """Fit the no-change / change mixture of a squared change distance.

    Parameters
    ----------
    z : ndarray (n,)
        Squared change distances of sample pixels (>= 0; any units, e.g. chi-square or DN²).
    significance : float
        Probability of change required (0.5 - 1): the no-change quantile threshold.
    df : int, optional
        Degrees of freedom when the no-change statistic is a scaled chi-square (iMAD); its
        gamma shape is then fixed to ``df / 2``.
    min_scale0 : float
        Smallest gamma scale of the no-change component (2 for iMAD: unchanged pixels are never
        narrower than chi-square).
    max_iter, tol : int, float
        EM iteration limit and convergence threshold on the mean log-likelihood.

    Returns
    -------
    MixtureFit
    """
    from scipy.stats import gamma

    z = np.asarray(z, dtype=np.float64)
    z = z[np.isfinite(z)]
    if z.size < 50:
        raise ValueError(f"Only {z.size} valid sample pixels to model the change statistic; at least 50 "
                         "are needed.")
    floor = max(float(np.percentile(z, 1.0)) * 1e-3, 1e-12)
    z = np.maximum(z, floor)
    # start: the lower quarter is unchanged even when half the scene changed
    if df is not None:
        shape0 = df / 2.0
        scale0 = float(np.percentile(z, 25.0)) / gamma.ppf(0.25, shape0)
    else:
        low = z <= np.percentile(z, 50.0)
        shape0, scale0 = _weighted_gamma(z[low], np.ones(int(low.sum())))
    scale0 = max(scale0, floor, min_scale0)
    tail = z > gamma.ppf(0.99, shape0, scale=scale0)
    if tail.sum() < max(10, 0.001 * z.size):
        tail = z >= np.percentile(z, 99.0)
    shape1, scale1 = _weighted_gamma(z[tail], np.ones(int(tail.sum())))
    share = float(np.clip(tail.mean(), 0.01, 0.5))
    previous = -np.inf
    iteration = 0
    for iteration in range(1, max_iter + 1):
        log0 = math.log(1.0 - share) + _log_gamma_pdf(z, shape0, scale0)
        log1 = math.log(share) + _log_gamma_pdf(z, shape1, scale1)
        top = np.maximum(log0, log1)
        log_total = top + np.log(np.exp(log0 - top) + np.exp(log1 - top))
        r1 = np.exp(log1 - log_total)
        r0 = 1.0 - r1
        share = float(np.clip(r1.mean(), 1e-6, 1.0 - 1e-6))
        if df is not None:
            scale0 = max(float((r0 * z).sum() / (shape0 * max(r0.sum(), 1e-12))), floor, min_scale0)
        else:
            shape0, scale0 = _weighted_gamma(z, r0)
        shape1, scale1 = _weighted_gamma(z, r1)
        if shape1 * scale1 < 1.5 * shape0 * scale0:
            # the change component must lie above the no-change one (identifiability)
            shape1, scale1 = _weighted_gamma(z[tail], np.ones(int(tail.sum())))
        likelihood = float(log_total.mean())
        if abs(likelihood - previous) < tol:
            break
        previous = likelihood
    significance_threshold = float(gamma.ppf(significance, shape0, scale=scale0))
    bayes = _bayes_boundary(shape0, scale0, shape1, scale1, share, significance_threshold)
    floor_threshold = float(gamma.ppf(FLOOR_QUANTILE, shape0, scale=scale0))
    threshold = max(min(significance_threshold, bayes), floor_threshold)
    return MixtureFit(shape0, scale0, shape1, scale1, share, significance_threshold, bayes, threshold, iteration,
                      float((z > threshold).mean()))


def _bayes_boundary(shape0, scale0, shape1, scale1, share, upper):
    """Smallest ``z`` above the no-change mean where change is the more probable class.

    Searched on a log grid up to ``upper``; returns ``upper`` when change never wins there.
    """
    mean0 = shape0 * scale0
    if upper <= mean0:
        return upper
    grid = np.geomspace(mean0, upper, 400)
    log_ratio = (math.log(share) + _log_gamma_pdf(grid, shape1, scale1)
                 - math.log(1.0 - share) - _log_gamma_pdf(grid, shape0, scale0))
    wins = np.flatnonzero(log_ratio > 0)
    return float(grid[wins[0]]) if wins.size else float(upper)
