"""Core of the border segment scoring on synthetic geometries with known answers (no QGIS)."""
import datetime

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString, Point, box

from fragile_borders_plugin.core import segments as S

UTM = "EPSG:32632"


def straight_border(length=10000.0):
    return gpd.GeoDataFrame(geometry=[LineString([(0, 0), (length, 0)])], crs=UTM)


def frame(geometries, crs=UTM, **columns):
    return gpd.GeoDataFrame(columns, geometry=list(geometries), crs=crs)


def test_segmentation_chainage_lengths_and_short_remainder():
    line = S.BorderLine(straight_border(10300.0))
    segments = S.segment_border(line, 1000.0)
    assert len(segments) == 10  # the 300 m remainder joins the last segment
    assert segments["segment_id"].tolist() == list(range(1, 11))
    assert segments["start_km"].iloc[0] == 0.0 and segments["end_km"].iloc[-1] == pytest.approx(10.3)
    assert segments["length_m"].iloc[-1] == pytest.approx(1300.0)
    assert segments["length_m"].sum() == pytest.approx(10300.0)
    np.testing.assert_allclose(segments["start_km"].iloc[1:].to_numpy(), segments["end_km"].iloc[:-1].to_numpy())


def test_multipart_border_with_gap_keeps_gap_in_chainage_and_reverses_parts():
    # second part digitised backwards and separated by a 1 km gap
    border = gpd.GeoDataFrame(geometry=[MultiLineString([[(0, 0), (4000, 0)], [(9000, 0), (5000, 0)]])], crs=UTM)
    line = S.BorderLine(border)
    assert len(line.parts) == 2
    assert line.length_m == pytest.approx(8000.0)
    segments = S.segment_border(line, 2000.0)
    assert segments["part"].tolist() == [1, 1, 2, 2]
    assert segments["start_km"].tolist() == pytest.approx([0, 2, 5, 7])  # the gap counts along the border
    assert segments.geometry.iloc[2].coords[0] == pytest.approx((5000.0, 0.0))


def test_touching_parts_are_merged():
    border = frame([LineString([(0, 0), (3000, 0)]), LineString([(3000, 0), (6000, 0)])])
    assert len(S.BorderLine(border).parts) == 1


def test_locate_gives_chainage_side_and_flat_ends():
    line = S.BorderLine(straight_border(), step_m=50)
    chain, offset, located = line.locate(np.array([[2500, 300], [7000, -800], [-100, 10], [5000, 5000]]), 1000)
    assert located.tolist() == [True, True, False, False]  # before the start / too far: not located
    assert chain[:2] == pytest.approx([2500, 7000])
    assert offset[:2] == pytest.approx([300, -800])  # left positive


def test_degrees_border_has_lengths_in_metres():
    # 0.1 degree of longitude at 15 degrees N is about 10.75 km
    border = gpd.GeoDataFrame(geometry=[LineString([(2.0, 15.0), (2.1, 15.0)])], crs="EPSG:4326")
    crossings = frame([Point(2.0, 15.0)], crs="EPSG:4326")
    out, info = S.score_segments(border, 1000, 500, crossings=crossings)
    assert out.crs.to_epsg() == 4326  # returned in the border's CRS
    assert out["length_m"].sum() == pytest.approx(10750, rel=0.01)
    assert info["metric_crs"].startswith("WGS 84 / UTM zone 31N")
    assert out["km_to_crossing"].is_monotonic_increasing


def test_track_crossings_density_and_ranking():
    border = straight_border()
    tracks = frame([LineString([(500, -2000), (500, 2000)]), LineString([(800, -2000), (900, 2000)]),
                    LineString([(600, -2000), (650, 2000)]), LineString([(7500, -100), (7500, 100)])],
                   confidence=[1.0, 1.0, 1.0, 1.0], is_new=[0, 1, 0, 0])
    out, _ = S.score_segments(border, 1000, 2000, tracks=tracks, smoothing_m=0)
    assert out["n_track_crossings"].tolist() == [3, 0, 0, 0, 0, 0, 0, 1, 0, 0]
    assert out["rank"].iloc[0] == 1 and out["priority"].iloc[0] == "critical"
    assert out["drivers"].iloc[0].startswith("3 track crossings")
    # corridor 2 km each side of a 1 km segment = 4 km²; about 12 km of tracks in it
    assert out["track_km_per_km2"].iloc[0] == pytest.approx(12.0 / 4.0, rel=0.02)
    assert out["new_track_km"].iloc[0] == pytest.approx(4.0, rel=0.01)
    assert out.loc[out["n_track_crossings"] == 0, "score"].max() == 0.0
    assert (out.loc[out["score"] == 0, "priority"] == "low").all()
    assert out["f_crossings"].between(0, 1).all() and out["f_tracks"].between(0, 1).all()
    assert sorted(out["rank"]) == list(range(1, 11))


def test_one_sided_corridor_counts_only_that_side():
    border = straight_border()
    incidents = frame([Point(2500, 300), Point(2500, -300)], date=["2024-01-01", "2024-01-01"])
    left, _ = S.score_segments(border, 1000, 1000, side="left", incidents=incidents)
    right, _ = S.score_segments(border, 1000, 1000, side="right", incidents=incidents)
    both, _ = S.score_segments(border, 1000, 1000, incidents=incidents)
    assert left["n_incidents"].sum() == 1 and right["n_incidents"].sum() == 1 and both["n_incidents"].sum() == 2


def test_change_area_in_corridor_by_class():
    border = straight_border()
    changes = frame([box(1100, 100, 1200, 200), box(5100, -300, 5300, -100), box(8000, 5000, 8100, 5100)],
                    change_class=["new_bright_surface", "vegetation_gain", "new_bright_surface"])
    out, _ = S.score_segments(border, 1000, 1000, changes=changes, smoothing_m=0)
    assert out["change_area_m2"].iloc[1] == pytest.approx(10000.0)
    assert out["change_area_m2"].iloc[5] == pytest.approx(40000.0)
    assert out["change_area_m2"].sum() == pytest.approx(50000.0)  # the far polygon is outside every corridor
    # the bright surface outweighs a larger vegetation gain (weights 1 vs 0.2)
    assert out["score"].iloc[1] > out["score"].iloc[5] > 0


def test_incident_decay_severity_and_reference_date():
    border = straight_border()
    incidents = frame([Point(500, 10), Point(1500, 10), Point(2500, 10), Point(3500, 10)],
                      date=["2024-07-01", "2024-01-03", "2024-07-01", "2025-01-01"], severity=[1, 1, 3, 1],
                      type=["smuggling", "smuggling", "smuggling", "smuggling"])
    out, info = S.score_segments(border, 1000, 1000, incidents=incidents, reference_date="2024-07-01",
                                 half_life_days=180, smoothing_m=0)
    intensity = out["incident_intensity"].to_numpy()
    assert intensity[0] == pytest.approx(1.0)
    assert intensity[1] == pytest.approx(0.5, abs=0.01)  # 180 days old: half
    assert intensity[2] == pytest.approx(3.0)  # severity 3
    assert intensity[3] == 0.0  # after the reference date: ignored with a warning
    assert any("after the reference date" in w for w in info["warnings"])
    assert out["drivers"].iloc[2].startswith("1 incident (weight 3.0")


def test_long_run_share_floors_the_decay_of_the_incident_factor_only():
    border = straight_border()
    # two fresh incidents and one a year old (two half-lives of 180 days: decayed weight 0.25)
    incidents = frame([Point(500, 10), Point(1500, 10), Point(2500, 10)],
                      date=["2024-07-01", "2024-07-01", "2023-07-03"], severity=[1, 1, 1])
    f = {}
    for share in (0.0, 0.5, 1.0):
        out, _ = S.score_segments(border, 1000, 1000, incidents=incidents, reference_date="2024-07-01",
                                  half_life_days=180, smoothing_m=0, long_run_share=share)
        f[share] = out["f_incidents"].to_numpy()[:3]
        # the raw column stays the purely decayed sum whatever the share
        assert out["incident_intensity"].iloc[:3].tolist() == pytest.approx([1.0, 1.0, 0.25], abs=0.01)
    assert f[0.0] == pytest.approx([1.0, 1.0, 0.25], abs=0.01)  # pure decay
    assert f[0.5] == pytest.approx([1.0, 1.0, 0.625], abs=0.01)  # 0.5 + 0.5 × 0.25
    assert f[1.0] == pytest.approx([1.0, 1.0, 1.0])  # plain count: age does not matter
    for bad in (-0.1, 1.5, "half"):
        with pytest.raises(ValueError, match="LONG_RUN_SHARE"):
            S.score_segments(border, 1000, 1000, incidents=incidents, long_run_share=bad)


def test_default_score_is_the_weighted_mean_of_the_factors_with_data():
    # remoteness mostly acts through the remote-crossing boost; on its own it weighs less than a crossing
    assert S.DEFAULT_WEIGHTS["remoteness"] < S.DEFAULT_WEIGHTS["crossings"]
    border = straight_border(20000)
    crossings = frame([Point(0, 50)])
    tracks = frame([LineString([(3000, -2000), (3000, 2000)]), LineString([(17000, -2000), (17000, 2000)])])
    out, info = S.score_segments(border, 2000, 1000, crossings=crossings, tracks=tracks, smoothing_m=0)
    assert set(info["factors"]) == {"crossings", "tracks", "remoteness"}
    w = S.DEFAULT_WEIGHTS
    expected = 100 * (w["crossings"] * out["f_crossings"] + w["tracks"] * out["f_tracks"] +
                      w["remoteness"] * out["f_remoteness"]) / (w["crossings"] + w["tracks"] + w["remoteness"])
    np.testing.assert_allclose(out["score"], expected, atol=0.02)
    # the crossing 17 km from the post outranks the one 3 km from it (1 + 2 × remoteness), and a remote
    # segment without any track ranks below both
    assert out["score"].iloc[8] > out["score"].iloc[1] > out["score"].iloc[6] > 0


def test_type_weights_multiply_severity():
    border = straight_border()
    incidents = frame([Point(500, 10)], date=["2024-01-01"], type=["fuel smuggling"])
    out, _ = S.score_segments(border, 1000, 1000, incidents=incidents, type_weights="fuel_smuggling=4")
    assert out["incident_intensity"].iloc[0] == pytest.approx(4.0)


def test_mixed_date_formats_are_read_and_bad_ones_listed():
    border = straight_border()
    mixed = frame([Point(500, 10), Point(1500, 10), Point(2500, 10)],
                  date=["2024-01-15", "15/01/2024", "15 January 2024"])
    out, info = S.score_segments(border, 1000, 1000, incidents=mixed)
    assert info["reference_date"] == datetime.date(2024, 1, 15)
    assert out["incident_intensity"].iloc[:3].tolist() == pytest.approx([1, 1, 1])
    broken = frame([Point(500, 10), Point(1500, 10)], date=["2024-01-15", "last tuesday"])
    with pytest.raises(ValueError, match="row 2 'last tuesday'"):
        S.score_segments(border, 1000, 1000, incidents=broken)


def test_missing_date_field_and_early_reference_date_are_clear_errors():
    border = straight_border()
    incidents = frame([Point(500, 10)], when=["2024-01-15"])
    with pytest.raises(ValueError, match="no field 'date'.*when"):
        S.score_segments(border, 1000, 1000, incidents=incidents)
    incidents = frame([Point(500, 10)], date=["2024-01-15"])
    with pytest.raises(ValueError, match="before every incident"):
        S.score_segments(border, 1000, 1000, incidents=incidents, reference_date="2020-01-01")


def test_bad_inputs_are_clear_errors():
    border = straight_border(3000)
    crossings = frame([Point(0, 0)])
    with pytest.raises(ValueError, match="empty"):
        S.score_segments(border.iloc[0:0], 1000, 1000, crossings=crossings)
    with pytest.raises(ValueError, match="longer than the whole border"):
        S.score_segments(border, 5000, 1000, crossings=crossings)
    with pytest.raises(ValueError, match="All factor weights are zero"):
        S.score_segments(border, 1000, 1000, crossings=crossings,
                         weights="crossings=0,tracks=0,changes=0,incidents=0,remoteness=0,terrain=0")
    with pytest.raises(ValueError, match="unknown name 'speed'"):
        S.score_segments(border, 1000, 1000, crossings=crossings, weights="speed=2")
    with pytest.raises(ValueError, match="Nothing to score"):
        S.score_segments(border, 1000, 1000)


def test_risk_counts_only_recent_violent_incidents_and_never_the_score():
    border = straight_border()
    incidents = frame([Point(500, 10), Point(5500, 10), Point(9500, 10)],
                      date=["2024-06-01", "2024-06-01", "2022-06-01"], severity=[3, 3, 3],
                      type=["armed_attack", "smuggling", "ied"])
    out, _ = S.score_segments(border, 1000, 500, incidents=incidents, reference_date="2024-06-01",
                              smoothing_m=0, risk_distance_m=200)
    risk = out["risk"].to_numpy()
    assert risk[0] == pytest.approx(50.0)  # one fresh incident of severity 3
    assert risk[5] == 0.0  # smuggling is not violent
    assert risk[9] < 1.0  # two years old with a 90-day half-life
    assert risk[1:5].max() == 0.0  # 200 m reach does not reach the next segment
    # the same incidents without types: the score does not change with the risk
    calm = incidents.assign(type=["smuggling"] * 3)
    out_calm, _ = S.score_segments(border, 1000, 500, incidents=calm, reference_date="2024-06-01", smoothing_m=0)
    assert out_calm["score"].tolist() == out["score"].tolist()


def test_remoteness_grows_with_distance_to_official_crossings():
    border = straight_border(20000)
    crossings = frame([Point(0, 50), Point(20000, -50)])
    out, _ = S.score_segments(border, 2000, 1000, crossings=crossings, remoteness_scale_m=5000)
    assert out["km_to_crossing"].tolist() == pytest.approx([1, 3, 5, 7, 9, 9, 7, 5, 3, 1])
    assert out["f_remoteness"].iloc[4] == pytest.approx(1 - np.exp(-9 / 5), abs=1e-3)
    assert out["rank"].iloc[4] in (1, 2)


def test_gi_star_flags_a_cluster_and_smoothing_spreads_it():
    values = np.zeros(50)
    values[20:25] = 1.0
    mid = np.arange(50) * 1000.0 + 500.0
    z = S.getis_ord_gi_star(values, mid, 2000.0)
    assert z[22] > 3.0 and abs(z[5]) < 1.0
    assert S.getis_ord_gi_star(np.ones(50), mid, 2000.0).tolist() == [0.0] * 50
    smooth = S.smooth_along(values, mid, 1000.0)
    assert 0 < smooth[19] < smooth[22] <= 1.0 and smooth[10] == 0.0


def test_normalise_is_robust_to_one_outlier_and_keeps_the_order_at_the_top():
    values = np.array([0, 1, 1, 2, 2, 2, 3, 1000.0])
    f = S.normalise(values)
    assert f.max() == 1.0 and f[0] == 0.0 and f[3] > 0.05
    # values above the robust scale are compressed, not tied at 1
    hot = S.normalise(np.array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 40, 80.0]))
    assert 0 < hot[0] < hot[-2] < hot[-1] == 1.0


def _incidents_around(rng, places_m, scatter_m, per_place, days=730):
    """Dated incidents scattered along a straight border around fixed places."""
    along = np.concatenate([rng.normal(p, scatter_m, per_place) for p in places_m])
    dates = [datetime.date(2022, 1, 1) + datetime.timedelta(days=int(d)) for d in rng.integers(0, days, len(along))]
    return frame([Point(x, 50.0) for x in along], date=dates)


def test_smoothing_is_chosen_from_how_tightly_the_incidents_cluster():
    border = straight_border(100_000.0)
    places = [15_000.0, 42_000.0, 77_000.0]
    rng = np.random.default_rng(3)
    tight = _incidents_around(rng, places, 150.0, 60)
    loose = _incidents_around(rng, places, 5_000.0, 60)
    _, info_tight = S.score_segments(border, 2000, 1000, incidents=tight)
    _, info_loose = S.score_segments(border, 2000, 1000, incidents=loose)
    assert info_tight["smoothing_source"] == info_loose["smoothing_source"] == "incidents"
    assert info_tight["smoothing_m"] == 0.0  # incidents stay on their segment: smoothing would only blur
    assert info_loose["smoothing_m"] >= 2000.0  # scattered over several segments: neighbours predict
    # too few incidents to choose: one segment length; an explicit value always wins
    _, info_few = S.score_segments(border, 2000, 1000, incidents=tight.iloc[:20])
    assert (info_few["smoothing_m"], info_few["smoothing_source"]) == (2000.0, "default")
    _, info_given = S.score_segments(border, 2000, 1000, incidents=loose, smoothing_m=500.0)
    assert (info_given["smoothing_m"], info_given["smoothing_source"]) == (500.0, "given")


def test_weights_parsing():
    assert S.parse_weights("tracks=3, incidents=0", S.DEFAULT_WEIGHTS)["tracks"] == 3.0
    with pytest.raises(ValueError, match="not name=number"):
        S.parse_weights("tracks=lots", S.DEFAULT_WEIGHTS)
    with pytest.raises(ValueError, match="≥ 0"):
        S.parse_weights("tracks=-1", S.DEFAULT_WEIGHTS)


def test_terrain_passability_from_dem(tmp_path):
    import rasterio
    from rasterio.transform import from_origin

    # flat in the west half, 45 % slope in the east half of a 10 km border
    x = np.arange(200) * 50.0 + 25.0
    dem = np.tile(np.where(x < 5000, 300.0, 300.0 + 0.45 * (x - 5000)), (100, 1)).astype("float32")
    path = str(tmp_path / "dem.tif")
    with rasterio.open(path, "w", driver="GTiff", width=200, height=100, count=1, dtype="float32",
                       crs=UTM, transform=from_origin(0, 2500, 50, 50)) as dst:
        dst.write(dem, 1)
    out, _ = S.score_segments(straight_border(), 1000, 1000, dem_path=path, smoothing_m=0)
    assert out["mean_slope_deg"].iloc[:4].max() < 1.0
    assert out["mean_slope_deg"].iloc[6:].min() == pytest.approx(np.degrees(np.arctan(0.45)), abs=1.0)
    assert out["f_terrain"].iloc[0] > 0.95 and out["f_terrain"].iloc[8] < 0.25


def test_cancel_stops_the_run():
    from fragile_borders_plugin.core.common import Cancelled
    with pytest.raises(Cancelled):
        S.score_segments(straight_border(), 1000, 1000, crossings=frame([Point(0, 0)]), is_cancelled=lambda: True)


# --- weight fit (core/incident_model.py) ------------------------------------------------------------

def test_additive_poisson_recovers_known_rates_and_the_penalty_shrinks_them():
    from fragile_borders_plugin.core import incident_model as M
    rng = np.random.default_rng(5)
    features = rng.uniform(size=(400, 2))
    exposure = np.full(400, 2.0)  # km
    counts = rng.poisson(exposure * (0.5 + 3.0 * features[:, 0]))  # the second factor does nothing
    intercept, beta = M.fit_additive_poisson(features, counts, exposure, penalty=0.0)
    assert intercept == pytest.approx(0.5, abs=0.25)
    assert beta[0] == pytest.approx(3.0, abs=0.45) and 0.0 <= beta[1] < 0.4
    _, shrunk = M.fit_additive_poisson(features, counts, exposure, penalty=1.0)
    assert shrunk[0] < 0.8 * beta[0]


def history(n, days, rng):
    segment = rng.integers(0, 20, n)
    dates = np.datetime64("2023-01-01") + rng.integers(0, days, n).astype("timedelta64[D]")
    return segment, dates


def test_weight_fit_keeps_todays_weights_on_thin_or_one_day_history_and_drops_constant_factors():
    from fragile_borders_plugin.core import incident_model as M
    rng = np.random.default_rng(1)
    static = {"crossings": rng.uniform(size=20), "terrain": np.full(20, 0.7)}
    defaults = {"crossings": 2.0, "terrain": 0.5}

    def fit(segment, dates):
        return M.fit_factor_weights(lambda sigma: static, None, segment, dates, np.ones(20), defaults)

    thin = fit(*history(12, 300, rng))
    assert thin.source == "default" and "only 12 dated incidents" in thin.reason
    assert thin.weights == pytest.approx({"crossings": 0.8, "terrain": 0.2})
    segment, _ = history(80, 300, rng)
    one_day = fit(segment, np.full(80, np.datetime64("2023-03-01")))
    assert one_day.source == "default" and "all dated incidents are on one day" in one_day.reason
    assert one_day.dropped == [("terrain", "constant along the border")]
    # incidents where crossings are high: fitted, terrain (constant) out of the weights
    rate = 0.05 + 2.0 * static["crossings"]
    segment = np.repeat(np.arange(20), rng.poisson(rate * 20))
    dates = np.datetime64("2023-01-01") + rng.integers(0, 365, len(segment)).astype("timedelta64[D]")
    fitted = fit(segment, dates)
    assert fitted.source == "fitted" and set(fitted.weights) == {"crossings"}
    assert fitted.n_fit + fitted.n_check == len(segment) and fitted.check_gain > 0


def test_weight_fit_is_used_even_when_todays_weights_win_the_one_check():
    """One split of a thin history is noise: today's weights winning it (here they are the true rates)
    does not throw the fit away; the check's verdict stays in check_gain."""
    from fragile_borders_plugin.core import incident_model as M
    rng = np.random.default_rng(0)
    static = {"crossings": rng.uniform(size=30), "tracks": rng.uniform(size=30)}
    rate = 0.1 + 1.0 * static["crossings"] + 0.5 * static["tracks"]
    segment = np.repeat(np.arange(30), rng.poisson(rate * 2))
    dates = np.datetime64("2023-01-01") + rng.integers(0, 365, len(segment)).astype("timedelta64[D]")
    fit = M.fit_factor_weights(lambda sigma: static, None, segment, dates, np.ones(30),
                               {"crossings": 2.0, "tracks": 1.0})
    assert fit.check_gain < 0
    assert fit.source == "fitted" and fit.reason == ""
    assert set(fit.weights) == {"crossings", "tracks"} and sum(fit.weights.values()) == pytest.approx(1.0)
    assert fit.weights["crossings"] > fit.weights["tracks"]


def test_temporal_split_sends_ties_at_the_median_to_the_later_part():
    from fragile_borders_plugin.core import incident_model as M
    dates = np.array(["2023-01-01", "2023-02-01", "2023-02-01", "2023-02-01", "2023-03-01"], dtype="datetime64[D]")
    earlier, later, cut = M.temporal_split(dates)
    assert cut == np.datetime64("2023-02-01") and earlier.tolist() == [True, False, False, False, False]
    assert M.temporal_split(np.full(4, np.datetime64("2023-01-01"))) is None


def test_weight_fit_honours_cancel():
    from fragile_borders_plugin.core import incident_model as M
    from fragile_borders_plugin.core.common import Cancelled
    rng = np.random.default_rng(2)
    static = {"crossings": rng.uniform(size=20)}
    segment = np.repeat(np.arange(20), rng.poisson(2.0 + 20 * static["crossings"]))
    dates = np.datetime64("2023-01-01") + rng.integers(0, 365, len(segment)).astype("timedelta64[D]")
    with pytest.raises(Cancelled):
        M.fit_factor_weights(lambda sigma: static, None, segment, dates, np.ones(20), {"crossings": 1.0},
                             is_cancelled=lambda: True)


def test_weight_check_runs_both_ways_so_reversing_time_keeps_the_choice():
    """Each half of the history is checked on the other: mirroring the dates (earlier ↔ later) checks the
    same pairs, so the penalty, the share and the check verdict stay the same."""
    from fragile_borders_plugin.core import incident_model as M
    rng = np.random.default_rng(4)
    static = {"crossings": rng.uniform(size=30), "tracks": rng.uniform(size=30)}
    rate = 0.2 + 1.5 * static["crossings"] + 0.3 * static["tracks"]
    segment = rng.permutation(np.repeat(np.arange(30), rng.poisson(rate * 3)))
    segment = segment[:len(segment) // 2 * 2]
    day = rng.permutation(len(segment))  # distinct days, an even count: the median splits into equal halves
    dates = np.datetime64("2023-01-01") + day.astype("timedelta64[D]")
    mirrored = np.datetime64("2023-01-01") + (len(segment) - 1 - day).astype("timedelta64[D]")
    fits = [M.fit_factor_weights(lambda sigma: static, None, segment, d, np.ones(30), {"crossings": 1, "tracks": 1})
            for d in (dates, mirrored)]
    assert all(fit.source == "fitted" for fit in fits)
    assert fits[0].penalty == fits[1].penalty and fits[0].check_gain == pytest.approx(fits[1].check_gain)
    assert fits[0].weights == pytest.approx(fits[1].weights)


def test_fitted_weights_score_the_incident_history_on_a_linear_scale():
    """With fitted weights f_incidents is the incident rate ÷ its maximum (the scale the fit weighs), so a
    segment with twice the incidents has twice the factor; with FIT_WEIGHTS off it keeps the knee scale."""
    rng = np.random.default_rng(6)
    border = straight_border(20000.0)
    x = np.concatenate([rng.uniform(0, 20000, 60), rng.normal(3500, 200, 60), rng.normal(12500, 200, 30)])
    days = rng.integers(0, 700, len(x))
    incidents = frame([Point(v, rng.normal(0, 300)) for v in x],
                      date=[str(np.datetime64("2022-01-01") + int(d)) for d in days])
    tracks = frame([LineString([(12500, -2000), (12600, 2000)]), LineString([(3500, -2000), (3400, 2000)])],
                   confidence=[1.0, 1.0], is_new=[0, 0])
    common = dict(tracks=tracks, incidents=incidents, long_run_share=1.0, smoothing_m=0)
    fitted, info = S.score_segments(border, 1000, 1000, **common)
    assert info["weight_fit"].source == "fitted" and "incidents" in info["weights"]
    rate = fitted["n_incidents"] / fitted["length_m"]
    np.testing.assert_allclose(fitted["f_incidents"], np.round(rate / rate.max(), 4), atol=1e-4)
    fixed, _ = S.score_segments(border, 1000, 1000, fit_weights=False, **common)
    np.testing.assert_allclose(fixed["f_incidents"], np.round(S.normalise(rate.to_numpy()), 4), atol=1e-4)
    assert not np.allclose(fixed["f_incidents"], fitted["f_incidents"], atol=0.01)
