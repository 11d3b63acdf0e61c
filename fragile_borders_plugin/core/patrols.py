"""Patrol post planning: the maximal covering location problem (MCLP) along a scored border.

Candidates are the segment midpoints. A post on segment i covers segment j when the distance
along the border between their midpoints (chainage from start_km/end_km; straight-line distance
between midpoints when the layer has no chainage) is ≤ ``reach_m``. Choose ``teams`` posts
(existing posts included and fixed) maximising the covered priority Σ aⱼ·covered(j); no new
post on a segment whose risk exceeds ``max_risk``.

* exact: ``scipy.optimize.milp`` (HiGHS) with x (posts, binary) and y (covered, 0–1):
  max Σ aⱼ yⱼ s.t. yⱼ ≤ Σ_{i covers j} xᵢ, Σ xᵢ = K. Used when the eligible candidates are at most
  ``exact_max_candidates`` (a time limit keeps it bounded; the best of the solver's incumbent and
  greedy is kept if the limit is hit).
* greedy: add the post with the largest marginal gain K times; covers ≥ (1 − 1/e) of the optimum
  (Nemhauser et al. 1978); ties go to the segment with the higher own priority. Then a local
  search moves one post at a time to its best place while that helps (≤ 5 s; never worse).
"""
import math
from dataclasses import dataclass

import numpy as np

from .common import check_cancel, report


def coverage_matrix(mid_m, reach_m, xy=None):
    """Sparse boolean matrix C (candidates × segments): C[i, j] = post at i covers segment j.

    Parameters
    ----------
    mid_m : array (n,) or None
        Chainage (m) of the segment midpoints, sorted or not; None to use ``xy``.
    reach_m : float
        Reach of one team from its post, each way (m).
    xy : array (n, 2), optional
        Midpoint coordinates (m), used when there is no chainage.
    """
    from scipy import sparse

    if mid_m is not None:
        mid = np.asarray(mid_m, dtype=float)
        order = np.argsort(mid, kind="stable")
        sorted_mid = mid[order]
        lo = np.searchsorted(sorted_mid, sorted_mid - reach_m - 1e-6, side="left")
        hi = np.searchsorted(sorted_mid, sorted_mid + reach_m + 1e-6, side="right")
        counts = hi - lo
        rows = np.repeat(order, counts)
        first = np.repeat(np.cumsum(counts) - counts, counts)
        cols = order[np.repeat(lo, counts) + np.arange(counts.sum()) - first]
        n = len(mid)
    else:
        from scipy.spatial import cKDTree
        tree = cKDTree(xy)
        pairs = tree.query_pairs(reach_m + 1e-6, output_type="ndarray")
        n = len(xy)
        rows = np.concatenate([pairs[:, 0], pairs[:, 1], np.arange(n)])
        cols = np.concatenate([pairs[:, 1], pairs[:, 0], np.arange(n)])
    data = np.ones(len(rows), dtype=np.int8)
    return sparse.csr_matrix((data, (rows, cols)), shape=(n, n), dtype=np.int8)


def covered_value(cover, priority, chosen):
    """Total priority of the segments covered by the posts ``chosen`` (indices)."""
    if len(chosen) == 0:
        return 0.0
    covered = np.asarray(cover[np.asarray(chosen)].sum(axis=0)).ravel() > 0
    return float(priority[covered].sum())


def greedy_mclp(cover, priority, teams, allowed, fixed=(), is_cancelled=None):
    """Greedy MCLP: ``fixed`` posts first, then ``teams - len(fixed)`` posts by marginal gain.

    Returns the chosen candidate indices (fixed first) — within (1 − 1/e) of the optimum.
    """
    priority = np.asarray(priority, dtype=float)
    chosen = list(dict.fromkeys(int(i) for i in fixed))
    uncovered = np.ones(cover.shape[1], dtype=bool)
    for i in chosen:
        uncovered[cover[i].indices] = False
    available = np.asarray(allowed, dtype=bool).copy()
    available[chosen] = False
    cover_csr = cover.tocsr().astype(float)
    while len(chosen) < teams and available.any():
        check_cancel(is_cancelled)
        gain = cover_csr @ (priority * uncovered)
        gain = np.where(available, gain, -np.inf)
        best = gain.max()
        ties = np.nonzero(gain >= best - 1e-9 * max(1.0, abs(best)))[0]
        pick = int(ties[np.argmax(priority[ties])])
        chosen.append(pick)
        available[pick] = False
        uncovered[cover[pick].indices] = False
    return _swap_improve(cover_csr, priority, chosen, np.asarray(allowed, dtype=bool), set(int(i) for i in fixed),
                         is_cancelled)


def _swap_improve(cover, priority, chosen, allowed, fixed, is_cancelled=None, max_seconds=5.0):
    """Local search after greedy: move one post at a time to the best place while it helps.

    Never lowers the covered priority, so the (1 − 1/e) guarantee of greedy still holds.
    """
    import time

    start = time.perf_counter()
    chosen = list(chosen)
    count = np.asarray(cover[chosen].sum(axis=0)).ravel() if chosen else np.zeros(cover.shape[1])
    improved = True
    while improved and time.perf_counter() - start < max_seconds:
        improved = False
        for position, post in enumerate(chosen):
            if post in fixed:
                continue
            check_cancel(is_cancelled)
            row = cover[post]
            count[row.indices] -= 1
            uncovered = count == 0
            gain = cover @ (priority * uncovered)
            candidates = allowed.copy()
            candidates[chosen] = False
            candidates[post] = True
            gain = np.where(candidates, gain, -np.inf)
            best = int(np.argmax(gain))
            if gain[best] > gain[post] + 1e-9 * max(1.0, abs(gain[post])):
                chosen[position] = best
                improved = True
            count[cover[chosen[position]].indices] += 1
            if time.perf_counter() - start >= max_seconds:
                break
    return chosen


def exact_mclp(cover, priority, teams, allowed, fixed=(), time_limit_s=30.0):
    """Exact MCLP with ``scipy.optimize.milp`` (HiGHS).

    Returns
    -------
    chosen : list of int or None
        None when the solver found no solution in time.
    optimal : bool
        True when HiGHS proved optimality.
    """
    from scipy import sparse
    from scipy.optimize import Bounds, LinearConstraint, milp

    n_cand, n_seg = cover.shape
    priority = np.asarray(priority, dtype=float)
    fixed = np.asarray(sorted(set(int(i) for i in fixed)), dtype=int)
    lower_x = np.zeros(n_cand)
    upper_x = np.asarray(allowed, dtype=float).copy()
    lower_x[fixed] = 1.0
    upper_x[fixed] = 1.0
    k = min(teams, int(upper_x.sum()))
    cost = np.concatenate([np.zeros(n_cand), -priority])
    # y_j - sum_i C[i, j] x_i <= 0
    link = sparse.hstack([-cover.T.tocsr().astype(float), sparse.identity(n_seg, format="csr")], format="csr")
    total = sparse.csr_matrix(np.concatenate([np.ones(n_cand), np.zeros(n_seg)])[None, :])
    constraints = [LinearConstraint(link, -np.inf, 0.0), LinearConstraint(total, k, k)]
    bounds = Bounds(np.concatenate([lower_x, np.zeros(n_seg)]), np.concatenate([upper_x, np.ones(n_seg)]))
    integrality = np.concatenate([np.ones(n_cand), np.zeros(n_seg)])
    result = milp(cost, constraints=constraints, bounds=bounds, integrality=integrality,
                  options={"time_limit": float(time_limit_s), "disp": False})
    if result.x is None:
        return None, False
    x = result.x[:n_cand] > 0.5
    chosen = list(fixed) + [int(i) for i in np.nonzero(x)[0] if i not in set(fixed.tolist())]
    return chosen, result.status == 0


def solve_mclp(cover, priority, teams, allowed, fixed=(), method="auto", exact_max_candidates=3000,
               time_limit_s=30.0, is_cancelled=None):
    """Choose posts: exact when small enough (or ``method="exact"``), else greedy.

    Returns
    -------
    chosen : list of int
    method : str
        ``"exact"`` (proved optimal), ``"exact (time limit, best found)"`` or ``"greedy"``.
    """
    priority = np.asarray(priority, dtype=float)
    eligible = int(np.asarray(allowed, dtype=bool).sum())
    greedy = greedy_mclp(cover, priority, teams, allowed, fixed, is_cancelled)
    if method == "greedy" or (method == "auto" and eligible > exact_max_candidates):
        return greedy, "greedy"
    check_cancel(is_cancelled)
    chosen, optimal = exact_mclp(cover, priority, teams, allowed, fixed, time_limit_s)
    if chosen is None:
        return greedy, "greedy (the exact solver found no solution in time)"
    if not optimal and covered_value(cover, priority, greedy) > covered_value(cover, priority, chosen):
        return greedy, "greedy (better than the exact solver's best within its time limit)"
    return chosen, "exact" if optimal else "exact (time limit, best found)"


@dataclass
class PlanSettings:
    """Every setting of :func:`plan_patrols` (see its docstring for meanings and units)."""

    teams: int
    reach_m: float
    max_risk: float = 100.0
    priority_field: str = "score"
    risk_field: str = "risk"
    method: str = "auto"
    exact_max_candidates: int = 3000
    time_limit_s: float = 30.0


@dataclass
class _Candidates:
    """The segments as post candidates: priority, risk rule, midpoints and who covers whom."""

    ids: np.ndarray
    priority: np.ndarray
    risk: np.ndarray
    allowed: np.ndarray
    midpoints: list  # shapely points in the metric CRS
    xy: np.ndarray
    mid: object  # chainage (m) of the midpoints, None without start_km/end_km
    cover: object  # sparse coverage matrix
    distance_kind: str


def plan_patrols(segments, teams, reach_m, max_risk=100.0, existing_posts=None, priority_field="score",
                 risk_field="risk", method="auto", exact_max_candidates=3000, time_limit_s=30.0,
                 progress=None, is_cancelled=None):
    """Place patrol posts on scored border segments.

    A short pipeline: check the settings → candidates (priority, risk rule, coverage) → fixed
    existing posts → solve the MCLP → assign each covered segment to its nearest post → layers.
    Settings are gathered in :class:`PlanSettings`.

    Parameters
    ----------
    segments : geopandas.GeoDataFrame
        Segment lines with ``segment_id`` (else row numbers), the priority and risk fields and,
        ideally, ``start_km``/``end_km`` chainage.
    teams : int
        Number of posts in total, existing posts included (each team holds one post).
    reach_m : float
        How far (m) along the border a team covers from its post, each way.
    max_risk : float
        No new post on a segment whose risk (0–100) is above this.
    existing_posts : geopandas.GeoDataFrame, optional
        Points that stay; each is snapped to the nearest segment midpoint.
    priority_field, risk_field : str
        Fields of ``segments``; an empty risk field disables the risk rule.

    Returns
    -------
    posts : GeoDataFrame (points at segment midpoints): post_id, segment_id, covered_priority, risk, existing
    coverage : GeoDataFrame (covered segment lines): segment_id, post_id
    info : dict
        covered_share (0–1), covered_priority, total_priority, method, warnings, greedy_share.
    """
    from .crs import to_metric

    settings = PlanSettings(teams, reach_m, max_risk, priority_field, risk_field, method, exact_max_candidates,
                            time_limit_s)
    settings.teams = _checked_teams(segments, settings)
    warnings = []
    segments = segments.reset_index(drop=True)
    metric = to_metric(segments)
    candidates = _candidates(segments, metric, settings, warnings)
    report(progress, 10)
    fixed = _fixed_posts(existing_posts, metric, candidates, settings, warnings)
    n, teams = len(segments), settings.teams
    total = float(candidates.priority.sum())
    eligible = int((candidates.allowed & ~np.isin(np.arange(n), fixed)).sum())
    if eligible == 0 and not fixed:
        return _no_post_possible(segments, candidates, settings, total, warnings)
    if len(fixed) + eligible < teams:
        warnings.append(f"Only {len(fixed) + eligible} segments are allowed (risk ≤ {settings.max_risk:g}): "
                        f"{teams - len(fixed) - eligible} of the {teams} teams get no post.")
    cover, priority = candidates.cover, candidates.priority
    chosen, used_method = solve_mclp(cover, priority, teams, candidates.allowed, fixed, settings.method,
                                     settings.exact_max_candidates, settings.time_limit_s, is_cancelled)
    report(progress, 80)
    greedy = greedy_mclp(cover, priority, teams, candidates.allowed, fixed)
    chosen, fixed_set = np.asarray(chosen, dtype=int), set(fixed)
    unsafe = [int(candidates.ids[i]) for i in chosen if i not in fixed_set and not candidates.allowed[i]]
    assert not unsafe, f"internal error: posts above MAX_RISK on segments {unsafe}"
    covered_by = _nearest_post(candidates, chosen)
    posts, coverage = _plan_layers(segments, metric, candidates, chosen, covered_by, fixed_set)
    report(progress, 100)
    value = float(priority[covered_by >= 0].sum())
    info = {"covered_share": value / total if total > 0 else 0.0, "covered_priority": value, "total_priority": total,
            "method": used_method, "warnings": warnings, "posts": len(chosen), "distance": candidates.distance_kind,
            "greedy_share": covered_value(cover, priority, greedy) / total if total > 0 else 0.0,
            "eligible": eligible}
    if total <= 0:
        warnings.append(f"The total '{settings.priority_field}' is 0: nothing to cover, the covered share is 0.")
    return posts, coverage, info


def _checked_teams(segments, settings):
    """TEAMS as an int; ``ValueError`` saying what to fix when the layer or a setting cannot be planned."""
    priority_field, risk_field, teams = settings.priority_field, settings.risk_field, settings.teams
    if segments is None or len(segments) == 0:
        raise ValueError("The segment layer is empty: score the border first (Score border segments).")
    if priority_field not in segments.columns:
        raise ValueError(f"The segment layer has no field '{priority_field}' (PRIORITY_FIELD); its fields are: "
                         f"{', '.join(c for c in segments.columns if c != segments.geometry.name)}.")
    if risk_field and risk_field not in segments.columns:
        raise ValueError(f"The segment layer has no field '{risk_field}' (RISK_FIELD); pick the risk field or "
                         "clear RISK_FIELD to plan without the risk rule.")
    if int(teams) != teams or teams < 1:
        raise ValueError(f"TEAMS must be a whole number ≥ 1, got {teams}.")
    n = len(segments)
    if int(teams) > n:
        raise ValueError(f"TEAMS ({int(teams)}) is larger than the number of segments ({n}): there is at most one "
                         f"post per segment. Use at most {n} teams or shorter segments.")
    if not settings.reach_m > 0:
        raise ValueError(f"REACH_M must be positive, got {settings.reach_m} m.")
    return int(teams)


def _candidates(segments, metric, settings, warnings):
    """Stage 2: priority (bad values → 0), the risk rule, midpoints and the coverage matrix."""
    import pandas as pd

    n = len(segments)
    ids = (pd.to_numeric(segments["segment_id"], errors="coerce").fillna(-1).astype(int).to_numpy()
           if "segment_id" in segments.columns else np.arange(1, n + 1))
    priority_field, risk_field = settings.priority_field, settings.risk_field
    priority = pd.to_numeric(segments[priority_field], errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(priority) | (priority < 0)
    if bad.any():
        warnings.append(f"{int(bad.sum())} segments have an empty or negative '{priority_field}': counted as 0.")
    priority = np.where(bad, 0.0, priority)
    if risk_field:
        risk = pd.to_numeric(segments[risk_field], errors="coerce").to_numpy(dtype=float)
        unknown = ~np.isfinite(risk)
        if unknown.any():
            warnings.append(f"{int(unknown.sum())} segments have no '{risk_field}' value: no post is placed there.")
        allowed = np.isfinite(risk) & (risk <= settings.max_risk)
    else:
        risk = np.full(n, np.nan)
        allowed = np.ones(n, dtype=bool)
        warnings.append("No risk field: posts are placed without the personnel risk rule.")
    midpoints = [g.interpolate(0.5, normalized=True) if g is not None and not g.is_empty else None
                 for g in metric.geometry]
    if any(p is None for p in midpoints):
        raise ValueError("Some segments have no geometry; remove them first.")
    xy = np.array([[p.x, p.y] for p in midpoints])
    if {"start_km", "end_km"} <= set(segments.columns):
        mid = (pd.to_numeric(segments["start_km"], errors="coerce").to_numpy(float) +
               pd.to_numeric(segments["end_km"], errors="coerce").to_numpy(float)) * 500.0
        if not np.isfinite(mid).all():
            raise ValueError("Some segments have no start_km/end_km: use the output of Score border segments.")
        cover, distance_kind = coverage_matrix(mid, settings.reach_m), "along the border"
    else:
        mid = None
        cover = coverage_matrix(None, settings.reach_m, xy)
        distance_kind = "straight-line (no start_km/end_km chainage)"
    return _Candidates(ids, priority, risk, allowed, midpoints, xy, mid, cover, distance_kind)


def _fixed_posts(existing_posts, metric, candidates, settings, warnings):
    """Stage 3: the candidates holding an existing post (nearest midpoint, each counted once)."""
    if existing_posts is None or not len(existing_posts):
        return []
    from scipy.spatial import cKDTree

    if existing_posts.crs is None:
        raise ValueError("The existing posts layer has no CRS: set it and run again.")
    posts_m = existing_posts.to_crs(metric.crs)
    pxy = np.array([[g.centroid.x, g.centroid.y] for g in posts_m.geometry if g is not None and not g.is_empty])
    if not len(pxy):
        return []
    distance, index = cKDTree(candidates.xy).query(pxy)
    far = distance > settings.reach_m
    if far.any():
        warnings.append(f"{int(far.sum())} existing posts are more than REACH_M from every segment "
                        "midpoint; they were snapped to the nearest segment anyway.")
    fixed = list(dict.fromkeys(int(i) for i in index))
    if len(fixed) < len(pxy):
        warnings.append(f"{len(pxy) - len(fixed)} existing posts fall on the same segment as another and "
                        "count once.")
    risky = [i for i in fixed if not candidates.allowed[i]]
    if risky:
        warnings.append(f"{len(risky)} existing posts are on segments above MAX_RISK ({settings.max_risk:g}); they "
                        "stay because existing posts are fixed — review them.")
    if len(fixed) > settings.teams:
        raise ValueError(f"There are {len(fixed)} existing posts but only {settings.teams} TEAMS (teams include the "
                         "existing posts): raise TEAMS or remove posts.")
    return fixed


def _no_post_possible(segments, candidates, settings, total, warnings):
    """Empty layers and the message when every segment is above MAX_RISK and no post exists."""
    import geopandas as gpd

    risk = candidates.risk
    lowest = np.nanmin(risk) if np.isfinite(risk).any() else float("nan")
    message = (f"No post can be placed: all {len(segments)} segments have a risk above MAX_RISK "
               f"({settings.max_risk:g}); the lowest risk is {lowest:.1f}. Raise MAX_RISK only if the teams can be "
               "protected, or plan later.")
    warnings.append(message)
    empty = gpd.GeoSeries([], crs=segments.crs)
    empty_posts = gpd.GeoDataFrame({"post_id": [], "segment_id": [], "covered_priority": [], "risk": [],
                                    "existing": []}, geometry=empty, crs=segments.crs)
    empty_coverage = gpd.GeoDataFrame({"segment_id": [], "post_id": []}, geometry=empty.copy(), crs=segments.crs)
    return empty_posts, empty_coverage, {"covered_share": 0.0, "covered_priority": 0.0, "total_priority": total,
                                         "method": "none", "warnings": warnings, "posts": 0, "message": message}


def _nearest_post(candidates, chosen):
    """Stage 5: index in ``chosen`` of the post covering each segment at the smallest distance (−1: uncovered)."""
    n = len(candidates.priority)
    covered_by = np.full(n, -1)
    best = np.full(n, np.inf)
    for rank, i in enumerate(chosen):
        targets = candidates.cover[i].indices
        if candidates.mid is not None:
            distance = np.abs(candidates.mid[targets] - candidates.mid[i])
        else:
            distance = np.hypot(*(candidates.xy[targets] - candidates.xy[i]).T)
        closer = distance < best[targets]
        best[targets[closer]] = distance[closer]
        covered_by[targets[closer]] = rank
    return covered_by


def _plan_layers(segments, metric, candidates, chosen, covered_by, fixed_set):
    """Stage 6: the posts (points at the chosen midpoints) and coverage (covered segment lines) layers."""
    import geopandas as gpd

    ids, priority = candidates.ids, candidates.priority
    covered = covered_by >= 0
    covered_priority = np.bincount(covered_by[covered], weights=priority[covered], minlength=len(chosen))
    post_ids = np.arange(1, len(chosen) + 1)
    posts = gpd.GeoDataFrame({
        "post_id": post_ids, "segment_id": ids[chosen], "covered_priority": np.round(covered_priority, 3),
        "risk": candidates.risk[chosen], "existing": [1 if i in fixed_set else 0 for i in chosen]},
        geometry=[candidates.midpoints[i] for i in chosen], crs=metric.crs).to_crs(segments.crs)
    coverage = gpd.GeoDataFrame({"segment_id": ids[covered], "post_id": post_ids[covered_by[covered]]},
                                geometry=segments.geometry[covered].values, crs=segments.crs)
    return posts, coverage


POST_FIELD_TYPES = {"post_id": "int", "segment_id": "int", "covered_priority": "float", "risk": "float",
                    "existing": "int"}
COVERAGE_FIELD_TYPES = {"segment_id": "int", "post_id": "int"}


def write_plan(posts, coverage, posts_path, coverage_path):
    """Write the posts and coverage layers (each atomically)."""
    import os

    from .io import atomic_path, write_layer

    with atomic_path(posts_path) as posts_tmp, atomic_path(coverage_path) as coverage_tmp:
        write_layer(posts, posts_tmp, os.path.splitext(os.path.basename(posts_path))[0], "Point", POST_FIELD_TYPES)
        write_layer(coverage, coverage_tmp, os.path.splitext(os.path.basename(coverage_path))[0], "LineString",
                    COVERAGE_FIELD_TYPES)


def approximation_bound():
    """The greedy guarantee 1 − 1/e (≈ 0.632)."""
    return 1.0 - 1.0 / math.e
