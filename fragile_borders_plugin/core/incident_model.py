"""Factor weights fitted to the user's own dated incident history (regularised Poisson model).

The score of a segment is a weighted sum of 0–1 factors. Here the weights are learned from the
incidents the user already has, the way the smoothing σ is chosen (:func:`segments.choose_smoothing`):

1. **Temporal split.** The dated incidents in the corridors are split at their median date into an
   earlier and a later part.
2. **Fit.** One part's count per segment is modelled as Poisson with an additive rate
   ``length_km × (b₀ + Σₖ βₖ fₖ)`` over the factors that do not come from the incidents (crossings,
   tracks, changes, remoteness, terrain), βₖ ≥ 0, with an L2 penalty ``penalty × Σ (βₖ / r̄)²``
   (r̄ = mean count per km, so the penalty has no unit) — :func:`fit_additive_poisson`.
3. **Check, both ways.** Each smoothing σ and penalty of :data:`PENALTIES`, blended with that part's
   own incident factor at each history share of :data:`HISTORY_SHARES`, predicts the other part:
   the earlier part predicts the later one and the later part the earlier one, and the summed Poisson
   log-likelihood of the predicted counts (:func:`check_loglik`) picks σ, the penalty and the share.
   Today's fixed weights are checked the same way; the difference is reported (``check_gain``) but
   does not decide: a check on a thin history is too noisy to tell the two apart (on the
   calibration seeds, keeping today's weights whenever they won the check cost 7.5 points of the
   oracle's PAI@10 % in the concentrated world with 140 tracks and 25 % history, and 0.5 on average).
4. **Final weights.** The fit is repeated on the whole history with the chosen penalty; the
   weights are the fitted rates per unit factor, as shares summing to 1; the history share checked
   with half the history is raised for the whole of it (empirical Bayes: share = N / (N + α) with the
   same α); standard errors come from a Poisson bootstrap of the segments
   (:data:`BOOTSTRAP_REPLICATES` refits).

Too thin a history (fewer than :data:`MIN_FIT_INCIDENTS` dated incidents in the corridors, all on
one day, or fewer than :data:`MIN_PART_INCIDENTS` on one side of the split) keeps today's weights and
says why; a factor constant along the border is left out of the fit and said.
"""
from dataclasses import dataclass, field

import numpy as np

#: fewest dated incidents in the corridors for a fit, and fewest on each side of the temporal split
MIN_FIT_INCIDENTS = 30
MIN_PART_INCIDENTS = 10
#: candidate L2 penalties (no unit: per incident of the fit, on the weights relative to the mean rate)
PENALTIES = (0.0, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
#: candidate shares of the incident history in the score (the rest goes to the fitted factors)
HISTORY_SHARES = tuple(np.round(np.linspace(0.0, 1.0, 11), 2))
#: uniform floors (× the mean prediction) tried when a score predicts the check counts
CHECK_FLOORS = (0.01, 0.03, 0.1, 0.3, 1.0)
BOOTSTRAP_REPLICATES = 100
#: a factor whose values span less than this along the border is constant (dropped from the fit)
CONSTANT_SPAN = 1e-6


@dataclass
class WeightFit:
    """Outcome of :func:`fit_factor_weights`.

    ``weights``: factor → weight share (sum 1) for the score; ``std_errors``: factor → bootstrap
    standard error of that share (fitted only); ``source``: "fitted" or "default"; ``reason``: why
    today's weights were kept (empty when fitted); ``dropped``: (factor, why) left out of the fit;
    ``penalty`` and ``history_share`` chosen by the check; ``check_gain``: log-likelihood of the
    check counts (both ways), fitted minus today's weights, per incident (> 0: the fit predicted better;
    the fit is used either way);
    ``n_fit`` / ``n_check``: incidents before / from ``cut_date``; ``smoothing_m``: the σ (m)
    chosen with the fit (None when today's weights are kept).
    """

    weights: dict
    source: str
    reason: str = ""
    std_errors: dict = field(default_factory=dict)
    dropped: list = field(default_factory=list)
    penalty: float = float("nan")
    history_share: float = float("nan")
    check_gain: float = float("nan")
    n_fit: int = 0
    n_check: int = 0
    cut_date: object = None
    smoothing_m: object = None


def temporal_split(dates):
    """Split dated incidents at their median date.

    Returns
    -------
    (earlier, later, cut) : two boolean masks and the cut date, or None when all dates are equal or
    one side is empty (ties at the median go to the later part).
    """
    dates = np.asarray(dates, dtype="datetime64[D]")
    if len(dates) == 0 or len(np.unique(dates)) < 2:
        return None
    cut = np.sort(dates)[len(dates) // 2]
    earlier, later = dates < cut, dates >= cut
    if not earlier.any() or not later.any():
        return None
    return earlier, later, cut


def fit_additive_poisson(features, counts, exposure, penalty, sample_weight=None, start=None):
    """Fit ``rate = b₀ + features @ β`` (per unit exposure), b₀ > 0, β ≥ 0, by penalised Poisson likelihood.

    Parameters
    ----------
    features : ndarray (n, k)
        Factor values 0–1 per segment.
    counts : ndarray (n,)
        Incidents per segment.
    exposure : ndarray (n,)
        Segment length (km).
    penalty : float
        Weight of ``Σ (βₖ / r̄)²`` against the log-likelihood per incident (r̄ = Σ counts / Σ exposure).
    sample_weight : ndarray (n,), optional
        Weight of each segment's likelihood term (bootstrap).
    start : (intercept, beta), optional
        Starting point (e.g. the fit on the full sample, for bootstrap refits).

    Returns
    -------
    (intercept, beta) : float and ndarray (k,), in incidents per km.
    """
    from scipy.optimize import minimize

    x = np.asarray(features, dtype=float).reshape(len(counts), -1)
    y = np.asarray(counts, dtype=float)
    length = np.asarray(exposure, dtype=float)
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    total = max(float((w * y).sum()), 1.0)
    mean_rate = max(float((w * y).sum()) / max(float((w * length).sum()), 1e-12), 1e-12)
    design = np.column_stack([np.ones(len(y)), x])
    # θ = (b₀, β) / r̄ has no unit: the penalty on it means the same for thin and rich histories

    def objective(theta):
        rate = np.maximum(design @ theta, 1e-12) * mean_rate
        expected = length * rate
        value = float((w * (expected - y * np.log(np.maximum(expected, 1e-300)))).sum()) / total
        gradient = design.T @ (w * (length - y / rate)) * mean_rate / total
        value += penalty * float((theta[1:] ** 2).sum())
        gradient[1:] += 2.0 * penalty * theta[1:]
        return value, gradient

    k = x.shape[1]
    if start is None:
        theta0 = np.concatenate([[0.5], np.full(k, 0.5 / max(k, 1))])
    else:
        theta0 = np.concatenate([[max(start[0], 1e-6 * mean_rate)], start[1]]) / mean_rate
    bounds = [(1e-6, None)] + [(0.0, None)] * k
    result = minimize(objective, theta0, jac=True, method="L-BFGS-B", bounds=bounds)
    theta = np.maximum(result.x, 0.0) * mean_rate
    return float(theta[0]), theta[1:]


def check_loglik(score, counts, exposure):
    """Poisson log-likelihood of ``counts`` predicted by a non-negative ``score`` per segment.

    The prediction is ``length × (floor × mean score + score)`` scaled to the total of ``counts``;
    the best floor of :data:`CHECK_FLOORS` is used (a nuisance: every candidate gets the same
    choice, so the comparison is fair). Constants that do not depend on the score are left out.
    """
    score = np.maximum(np.asarray(score, dtype=float), 0.0)
    y = np.asarray(counts, dtype=float)
    length = np.asarray(exposure, dtype=float)
    mean = float((score * length).sum() / length.sum())
    if mean <= 0:
        score, mean = np.ones_like(score), 1.0
    best = -np.inf
    for floor in CHECK_FLOORS:
        intensity = length * (floor * mean + score)
        expected = intensity / intensity.sum() * y.sum()
        best = max(best, float((y * np.log(expected)).sum()))
    return best


def _shares(weights):
    total = sum(weights.values())
    return {name: (value / total if total > 0 else 0.0) for name, value in weights.items()}


def _blend(static_rate, mean_rate, history, history_mean, share):
    """Score of the fitted factors (as rate / mean rate) blended with the incident history (/ its mean)."""
    score = (1.0 - share) * static_rate / mean_rate
    if history is not None and share > 0 and history_mean > 0:
        score = score + share * history / history_mean
    return score


def _length_mean(values, exposure):
    return float((values * exposure).sum() / exposure.sum())


def fit_factor_weights(static, history_factor, segment_index, dates, exposure_km, default_weights,
                       sigmas=(None,), history_name="incidents", is_cancelled=None):
    """Choose the factor weights of the score from the dated incident history.

    Parameters
    ----------
    static : callable
        ``static(sigma)`` → dict name → ndarray (n,): the factors (0–1) that do not come from the
        incidents, smoothed along the border with σ = ``sigma`` (m) as in the score.
    history_factor : callable or None
        ``history_factor(mask, reference_date, sigma)`` → the incident factor (0–1, smoothed with
        ``sigma``) of the incidents selected by ``mask`` (over ``dates``), aged from
        ``reference_date`` (None: the run's reference date); None when the incident factor is not
        part of the score.
    segment_index, dates : ndarray (m,)
        Segment (0…n−1) and date (datetime64[D]) of each dated incident in the corridors.
    exposure_km : ndarray (n,)
        Segment lengths (km).
    default_weights : dict name → weight
        Today's weights of the factors in the score (``static`` and ``history_name``): the fallback.
    sigmas : sequence of float
        Candidate smoothing σ (m), chosen by the check together with the penalty and the share.

    Returns
    -------
    WeightFit
    """
    exposure = np.asarray(exposure_km, dtype=float)
    n = len(exposure)
    defaults = _shares(dict(default_weights))
    unsmoothed = static(sigmas[0])
    dropped = [(name, "constant along the border") for name, values in unsmoothed.items()
               if np.ptp(values) < CONSTANT_SPAN]
    names = [name for name in unsmoothed if name not in {d[0] for d in dropped}]
    if history_factor is None:
        history_name = None

    def keep(reason, **checked):
        return WeightFit(weights=defaults, source="default", reason=reason, dropped=dropped,
                         **{"n_check": len(dates), **checked})

    dates = np.asarray(dates, dtype="datetime64[D]")
    reason, split = _too_thin(dates, names)
    if reason:
        return keep(reason)
    earlier, later, cut = split
    counts_earlier = np.bincount(segment_index[earlier], minlength=n).astype(float)
    counts_later = np.bincount(segment_index[later], minlength=n).astype(float)
    model = _Model(static, history_factor if history_name else None, history_name, names, exposure)
    fitted_ll, default_ll, sigma, penalty, share = _search_on_check(
        model, defaults, earlier, cut, counts_earlier, counts_later, sigmas, is_cancelled)
    checked = dict(check_gain=(fitted_ll - default_ll) / len(dates), n_fit=int(earlier.sum()),
                   n_check=int(later.sum()), cut_date=cut)
    share_all = _share_for_whole_history(share, len(dates) / float(earlier.sum()))
    weights, std_errors = _fit_whole_history(model, len(dates), counts_earlier + counts_later, sigma, penalty,
                                             share_all, is_cancelled)
    if weights is None:
        return keep("no factor predicts the incidents better than a uniform rate", **checked)
    return WeightFit(weights=weights, source="fitted", std_errors=std_errors,
                     dropped=dropped, penalty=penalty, history_share=float(share_all), smoothing_m=sigma, **checked)


def _share_for_whole_history(share, ratio):
    """The history share checked with half the history, raised for the whole, ``ratio`` times as informative.

    With a Gamma–Poisson (empirical Bayes) reading, share = N / (N + α): the same prior strength α gives
    the whole history ``ratio × share / (ratio × share + 1 − share)``.
    """
    return ratio * share / (ratio * share + 1.0 - share) if share > 0 else 0.0


@dataclass
class _Model:
    """What the fit stages share: the factors' sources, the names fitted and the exposure (km)."""

    static: object
    history_factor: object  # None when the incident factor is not part of the score
    history_name: object
    names: list
    exposure: np.ndarray

    def features(self, sigma):
        factors = self.static(sigma)
        return factors, np.column_stack([factors[name] for name in self.names])

    def history(self, mask, reference_date, sigma):
        """The incident factor of the incidents in ``mask`` and its length-weighted mean (None, 0 without it)."""
        if self.history_name is None:
            return None, 0.0
        values = self.history_factor(mask, reference_date, sigma)
        return values, _length_mean(values, self.exposure)


def _too_thin(dates, names):
    """``(reason, None)`` when the history cannot be fitted and checked, else ``(None, temporal split)``."""
    if len(dates) < MIN_FIT_INCIDENTS:
        return f"only {len(dates)} dated incidents in the corridors, the fit needs at least {MIN_FIT_INCIDENTS}", None
    split = temporal_split(dates)
    if split is None:
        return "all dated incidents are on one day, so earlier incidents cannot be checked against later ones", None
    earlier, later, cut = split
    if earlier.sum() < MIN_PART_INCIDENTS or later.sum() < MIN_PART_INCIDENTS:
        return (f"{int(earlier.sum())} incidents before {cut} and {int(later.sum())} from it: the fit needs at "
                f"least {MIN_PART_INCIDENTS} on each side of the split"), None
    if not names:
        return "no factor besides the incidents varies along the border", None
    return None, split


def _search_on_check(model, defaults, earlier, cut, counts_earlier, counts_later, sigmas, is_cancelled):
    """Score every σ, penalty and history share fitted on one part of the history on the other, both ways.

    Earlier predicts later and later predicts earlier; the two log-likelihoods are summed, so the choice
    rests on every incident instead of half of them (on the calibration seeds the one-way check chose
    noisier settings: 0.9 point of the oracle's PAI@10 % on average).
    Returns ``(best log-likelihood, today's weights' best log-likelihood, σ, penalty, share)``.
    """
    parts = ((earlier, cut - np.timedelta64(1, "D"), counts_earlier, counts_later),
             (~earlier, None, counts_later, counts_earlier))
    totals, default_totals = {}, {}
    for sigma in sigmas:
        smoothed = model.features(sigma)  # the same for both ways
        for fit_mask, reference_date, fit_counts, check_counts in parts:
            candidates, default_ll = _check_one_way(model, defaults, smoothed, fit_mask, reference_date, fit_counts,
                                                    check_counts, sigma, is_cancelled)
            default_totals[sigma] = default_totals.get(sigma, 0.0) + default_ll
            for (penalty, share), ll in candidates.items():
                totals[sigma, penalty, share] = totals.get((sigma, penalty, share), 0.0) + ll
    best = None
    for key, ll in totals.items():  # in (σ, penalty, share) order: a tie keeps the first
        if best is None or ll > totals[best] + 1e-9:
            best = key
    return (totals[best], max(default_totals.values())) + best


def _check_one_way(model, defaults, smoothed, fit_mask, reference_date, fit_counts, check_counts, sigma,
                   is_cancelled):
    """Log-likelihood of ``check_counts`` for every (penalty, share) fitted on ``fit_counts`` with σ = ``sigma``
    (``smoothed``: ``model.features(sigma)``), and that of today's weights (on the same factor scales)."""
    from .common import check_cancel

    factors, features = smoothed
    history_fit, history_mean = model.history(fit_mask, reference_date, sigma)
    default_score = sum(defaults.get(name, 0.0) * factors[name] for name in factors)
    if model.history_name:
        default_score = default_score + defaults.get(model.history_name, 0.0) * history_fit
    default_ll = check_loglik(default_score, check_counts, model.exposure)
    mean_fit = fit_counts.sum() / model.exposure.sum()
    shares = HISTORY_SHARES if model.history_name else (0.0,)
    candidates = {}
    for penalty in PENALTIES:
        check_cancel(is_cancelled)
        _, beta = fit_additive_poisson(features, fit_counts, model.exposure, penalty)
        static_rate = features @ beta
        for share in shares:
            candidates[penalty, share] = check_loglik(
                _blend(static_rate, mean_fit, history_fit, history_mean, share), check_counts, model.exposure)
    return candidates, default_ll


def _fit_whole_history(model, n_dates, counts_all, sigma, penalty, share_all, is_cancelled):
    """Weights (shares) fitted on the whole history with the chosen settings, and their bootstrap errors.

    Returns ``(None, None)`` when no factor gets any weight.
    """
    from .common import check_cancel

    exposure = model.exposure
    _, features = model.features(sigma)
    _, history_all_mean = model.history(np.ones(n_dates, dtype=bool), None, sigma)

    def weight_shares(beta, mean_rate):
        weights = {name: (1.0 - share_all) * b / mean_rate for name, b in zip(model.names, beta)}
        if model.history_name:
            weights[model.history_name] = share_all / history_all_mean if history_all_mean > 0 else 0.0
        return _shares(weights)

    intercept, beta = fit_additive_poisson(features, counts_all, exposure, penalty)
    weights = weight_shares(beta, counts_all.sum() / exposure.sum())
    if sum(weights.values()) <= 0:
        return None, None
    rng = np.random.default_rng(0)
    replicates = []
    for _ in range(BOOTSTRAP_REPLICATES):
        check_cancel(is_cancelled)
        resample = rng.poisson(1.0, len(exposure)).astype(float)
        _, beta_b = fit_additive_poisson(features, counts_all, exposure, penalty, sample_weight=resample,
                                         start=(intercept, beta))
        mean_b = max((resample * counts_all).sum() / (resample * exposure).sum(), 1e-12)
        replicates.append([weight_shares(beta_b, mean_b)[name] for name in weights])
    spread = np.std(np.asarray(replicates), axis=0, ddof=1)
    return weights, dict(zip(weights, spread.tolist()))
