"""Core of the patrol planning (maximal covering location problem), no QGIS."""
import itertools

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, Point

from fragile_borders_plugin.core import patrols as P

UTM = "EPSG:32632"


def make_segments(priority, risk=None, length=1000.0):
    n = len(priority)
    risk = np.zeros(n) if risk is None else np.asarray(risk, dtype=float)
    return gpd.GeoDataFrame(
        {"segment_id": np.arange(1, n + 1), "start_km": np.arange(n) * length / 1000.0,
         "end_km": (np.arange(n) + 1) * length / 1000.0, "score": np.asarray(priority, dtype=float), "risk": risk},
        geometry=[LineString([(i * length, 0), ((i + 1) * length, 0)]) for i in range(n)], crs=UTM)


def brute_force(cover, priority, teams, allowed, fixed=()):
    best = 0.0
    candidates = [i for i in range(cover.shape[0]) if allowed[i] and i not in fixed]
    for combo in itertools.combinations(candidates, teams - len(fixed)):
        best = max(best, P.covered_value(cover, priority, list(fixed) + list(combo)))
    return best


def test_coverage_matrix_along_the_border():
    cover = P.coverage_matrix(np.array([500.0, 1500.0, 2500.0, 6500.0]), 1000.0).toarray()
    assert cover.tolist() == [[1, 1, 0, 0], [1, 1, 1, 0], [0, 1, 1, 0], [0, 0, 0, 1]]


@pytest.mark.parametrize("seed", range(6))
def test_exact_matches_brute_force_and_greedy_is_within_its_bound(seed):
    rng = np.random.default_rng(seed)
    n = 14
    mid = np.cumsum(rng.uniform(500, 1500, n))
    priority = rng.gamma(0.7, 10, n)
    allowed = rng.uniform(size=n) > 0.25
    cover = P.coverage_matrix(mid, 1500.0)
    teams = 3
    optimum = brute_force(cover, priority, teams, allowed)
    exact, optimal = P.exact_mclp(cover, priority, teams, allowed)
    assert optimal
    assert P.covered_value(cover, priority, exact) == pytest.approx(optimum)
    assert all(allowed[i] for i in exact) and len(exact) == teams
    greedy = P.greedy_mclp(cover, priority, teams, allowed)
    assert P.covered_value(cover, priority, greedy) >= P.approximation_bound() * optimum - 1e-9


def test_fixed_posts_stay_even_when_not_optimal():
    priority = np.array([0, 0, 0, 0, 10, 10, 10, 0, 0, 0.0])
    cover = P.coverage_matrix(np.arange(10) * 1000.0, 1000.0)
    chosen, optimal = P.exact_mclp(cover, priority, 2, np.ones(10, bool), fixed=[0])
    assert optimal and chosen[0] == 0 and chosen[1] == 5
    assert P.greedy_mclp(cover, priority, 2, np.ones(10, bool), fixed=[0]) == [0, 5]


def test_plan_places_posts_on_high_priority_and_respects_max_risk():
    priority = [0, 0, 50, 60, 50, 0, 0, 0, 40, 0, 0, 0]
    risk = [0, 0, 0, 90, 0, 0, 0, 0, 0, 0, 0, 0]
    posts, coverage, info = P.plan_patrols(make_segments(priority, risk), teams=2, reach_m=1000, max_risk=70)
    assert info["method"] == "exact"
    assert 4 not in posts["segment_id"].tolist()  # the best spot (segment 4) is too dangerous
    assert (posts["risk"] <= 70).all()
    # posts on 3 and 5 flank the risky segment and cover 50 + 60 + 50 = 160 > one of them + segment 9 (150)
    assert sorted(posts["segment_id"]) == [3, 5]
    assert set(coverage["segment_id"]) == {2, 3, 4, 5, 6}
    assert info["covered_share"] == pytest.approx(160 / 200)
    assert posts["covered_priority"].sum() == pytest.approx(160.0)  # each covered segment counted once
    assert set(coverage["post_id"]) <= set(posts["post_id"])
    assert posts.geometry.iloc[0].y == pytest.approx(0.0) and posts["existing"].tolist() == [0, 0]


def test_existing_posts_are_kept_and_count_as_teams():
    segments = make_segments([0, 0, 50, 60, 50, 0, 0, 0, 40, 0])
    existing = gpd.GeoDataFrame(geometry=[Point(9400, 120)], crs=UTM)  # on segment 10
    posts, _, info = P.plan_patrols(segments, teams=2, reach_m=1000, existing_posts=existing)
    assert posts["existing"].tolist() == [1, 0]
    assert posts["segment_id"].tolist() == [10, 4]
    with pytest.raises(ValueError, match="existing posts but only 1 TEAMS"):
        two = gpd.GeoDataFrame(geometry=[Point(500, 0), Point(9500, 0)], crs=UTM)
        P.plan_patrols(segments, teams=1, reach_m=1000, existing_posts=two)


def test_all_segments_too_risky_gives_no_posts_and_explains():
    posts, coverage, info = P.plan_patrols(make_segments([1, 2, 3], [80, 90, 75]), teams=1, reach_m=1000,
                                           max_risk=70)
    assert len(posts) == 0 and len(coverage) == 0 and info["covered_share"] == 0.0
    assert "all 3 segments have a risk above MAX_RISK (70); the lowest risk is 75.0" in info["message"]


def test_bad_inputs():
    segments = make_segments([1, 2, 3])
    with pytest.raises(ValueError, match=r"TEAMS \(5\) is larger than the number of segments \(3\)"):
        P.plan_patrols(segments, teams=5, reach_m=1000)
    with pytest.raises(ValueError, match="no field 'priority'"):
        P.plan_patrols(segments, teams=1, reach_m=1000, priority_field="priority")
    with pytest.raises(ValueError, match="empty"):
        P.plan_patrols(segments.iloc[0:0], teams=1, reach_m=1000)


def test_greedy_is_used_above_the_exact_limit():
    segments = make_segments(np.random.default_rng(0).gamma(0.5, 10, 60))
    _, _, info = P.plan_patrols(segments, teams=4, reach_m=2000, exact_max_candidates=10)
    assert info["method"] == "greedy"
    _, _, exact = P.plan_patrols(segments, teams=4, reach_m=2000)
    assert exact["method"] == "exact" and exact["covered_share"] >= info["covered_share"] - 1e-12


def test_without_chainage_uses_straight_line_distance():
    segments = make_segments([0, 10, 0, 0, 0, 10]).drop(columns=["start_km", "end_km"])
    posts, coverage, info = P.plan_patrols(segments, teams=2, reach_m=1000)
    assert "straight-line" in info["distance"]
    assert sorted(posts["segment_id"].tolist()) == [2, 6] or info["covered_share"] == pytest.approx(1.0)
