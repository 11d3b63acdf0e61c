"""``fragileborders:scoresegments`` through QGIS Processing on the generated scene."""
import os

import geopandas as gpd
import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import file_digest, recording_feedback

F_COLUMNS = ["f_crossings", "f_tracks", "f_changes", "f_incidents", "f_remoteness", "f_terrain"]
CONTRACT = ["segment_id", "start_km", "end_km", "length_m", *F_COLUMNS, "n_track_crossings", "track_km_per_km2",
            "change_area_m2", "incident_intensity", "score", "rank", "priority", "drivers", "risk", "hotspot_z"]


def run(parameters, feedback=None):
    import processing
    return processing.run("fragileborders:scoresegments", parameters, feedback=feedback)


def scene_parameters(scene, output, **extra):
    parameters = {"BORDER": scene["BORDER"], "TRACKS": scene["TRUTH_TRACKS"], "INCIDENTS": scene["INCIDENTS"],
                  "CROSSINGS": scene["CROSSINGS"], "CHANGES": scene["TRUTH_CHANGES"], "SEGMENT_LENGTH_M": 250,
                  "CORRIDOR_M": 500, "OUTPUT": str(output)}
    parameters.update(extra)
    return parameters


def test_scores_the_scene_with_the_field_contract(scene, tmp_path):
    digest = file_digest(scene["SCENE_GPKG"])
    log = recording_feedback()
    results = run(scene_parameters(scene, tmp_path / "segments.gpkg"), log)
    segments = gpd.read_file(results["OUTPUT"])
    assert file_digest(scene["SCENE_GPKG"]) == digest
    assert set(CONTRACT) <= set(segments.columns)
    assert len(segments) >= 5
    assert sorted(segments["rank"]) == list(range(1, len(segments) + 1))
    assert segments["score"].between(0, 100).all() and segments["risk"].between(0, 100).all()
    for column in F_COLUMNS:
        assert segments[column].between(0, 1).all(), column
    assert set(segments["priority"]) <= {"critical", "high", "medium", "low"}
    assert (segments.loc[segments["rank"] == 1, "priority"] == "critical").all()
    border = gpd.read_file(scene["SCENE_GPKG"], layer="border")
    assert segments.crs == border.crs
    assert segments["length_m"].sum() == pytest.approx(border.length.sum(), rel=1e-6)
    assert segments["n_incidents"].sum() > 0 and segments["n_track_crossings"].sum() > 0
    assert all(isinstance(text, str) and text for text in segments["drivers"])
    assert any("Rank 1: segment" in line for line in log.lines)
    # the log says which smoothing was used and why
    assert any(line.startswith("Smoothing along the border: σ = ") and ("incidents" in line or "segment length" in line)
               for line in log.lines)


def test_segments_crossed_by_many_tracks_rank_above_empty_ones(scene, tmp_path):
    results = run({"BORDER": scene["BORDER"], "TRACKS": scene["TRUTH_TRACKS"], "SEGMENT_LENGTH_M": 250,
                   "CORRIDOR_M": 300, "SMOOTHING_M": 0, "WEIGHTS": "crossings=1,tracks=0",
                   "OUTPUT": str(tmp_path / "tracks_only.gpkg")})
    segments = gpd.read_file(results["OUTPUT"])
    busy = segments[segments["n_track_crossings"] == segments["n_track_crossings"].max()]
    empty = segments[segments["n_track_crossings"] == 0]
    assert len(empty) and busy["n_track_crossings"].iloc[0] >= 2
    assert busy["rank"].max() < empty["rank"].min()
    assert busy["drivers"].str.contains("track crossings").all()
    assert (empty["score"] == 0).all() and (empty["drivers"] == "no indicator").all()


def test_border_in_degrees_gives_lengths_in_metres(scene, tmp_path):
    border = gpd.read_file(scene["SCENE_GPKG"], layer="border")
    path = str(tmp_path / "border_wgs84.gpkg")
    border.to_crs(4326).to_file(path, driver="GPKG")
    results = run({"BORDER": path, "CROSSINGS": scene["CROSSINGS"], "SEGMENT_LENGTH_M": 250, "CORRIDOR_M": 500,
                   "OUTPUT": str(tmp_path / "deg.gpkg")})
    segments = gpd.read_file(results["OUTPUT"])
    assert segments.crs.to_epsg() == 4326
    assert segments["length_m"].sum() == pytest.approx(border.length.sum(), rel=0.005)
    assert segments["length_m"].iloc[0] == pytest.approx(250, rel=0.01)


def write_incidents(tmp_path, dates, name="incidents.gpkg", field="date"):
    points = gpd.GeoDataFrame({field: dates, "type": ["armed_attack"] * len(dates), "severity": [2] * len(dates)},
                              geometry=gpd.points_from_xy([620800 + 10 * i for i in range(len(dates))],
                                                          [2499300] * len(dates)), crs="EPSG:32632")
    path = str(tmp_path / name)
    points.to_file(path, driver="GPKG")
    return path


def test_mixed_text_date_formats_are_read(scene, tmp_path):
    path = write_incidents(tmp_path, ["2024-01-15", "15/01/2024", "15 January 2024"])
    results = run({"BORDER": scene["BORDER"], "INCIDENTS": path, "SEGMENT_LENGTH_M": 250, "CORRIDOR_M": 1000,
                   "OUTPUT": str(tmp_path / "mixed.gpkg")})
    segments = gpd.read_file(results["OUTPUT"])
    assert segments["n_incidents"].sum() == 3
    assert segments["incident_intensity"].sum() == pytest.approx(6.0)  # all the same day, severity 2


def expect_failure(parameters, match, inputs):
    digests = [file_digest(p.split("|")[0]) for p in inputs]
    with pytest.raises(QgsProcessingException, match=match):
        run(parameters)
    assert [file_digest(p.split("|")[0]) for p in inputs] == digests
    output = parameters["OUTPUT"]
    folder = os.path.dirname(output)
    assert not os.path.exists(output)
    assert not [n for n in os.listdir(folder) if n.startswith(".") and ".part" in n]


def test_bad_inputs_fail_clearly_and_write_nothing(scene, tmp_path):
    out = str(tmp_path / "out" / "segments.gpkg")
    os.makedirs(os.path.dirname(out))
    gpkg = scene["SCENE_GPKG"]
    empty = str(tmp_path / "empty_border.gpkg")
    border = gpd.read_file(gpkg, layer="border")
    border.iloc[0:0].to_file(empty, driver="GPKG")
    expect_failure({"BORDER": empty, "CROSSINGS": scene["CROSSINGS"], "OUTPUT": out}, "empty", [empty])
    expect_failure({"BORDER": scene["BORDER"], "CROSSINGS": scene["CROSSINGS"], "SEGMENT_LENGTH_M": 50000,
                    "OUTPUT": out}, "longer than the whole border", [gpkg])
    expect_failure({"BORDER": scene["BORDER"], "INCIDENTS": scene["INCIDENTS"], "INCIDENT_DATE_FIELD": "when",
                    "SEGMENT_LENGTH_M": 250, "OUTPUT": out}, "no field 'when'", [gpkg])
    expect_failure({"BORDER": scene["BORDER"], "INCIDENTS": scene["INCIDENTS"], "REFERENCE_DATE": "1990-01-01",
                    "SEGMENT_LENGTH_M": 250, "OUTPUT": out}, "before every incident", [gpkg])
    expect_failure({"BORDER": scene["BORDER"], "INCIDENTS": scene["INCIDENTS"], "SEGMENT_LENGTH_M": 250,
                    "WEIGHTS": "crossings=0,tracks=0,changes=0,incidents=0,remoteness=0,terrain=0", "OUTPUT": out},
                   "All factor weights are zero", [gpkg])
    garbled = write_incidents(tmp_path, ["2024-01-15", "not a date"], "garbled.gpkg")
    expect_failure({"BORDER": scene["BORDER"], "INCIDENTS": garbled, "SEGMENT_LENGTH_M": 250, "OUTPUT": out},
                   "row 2 'not a date'", [garbled, gpkg])


def test_risk_does_not_change_the_score(scene, tmp_path):
    base = run(scene_parameters(scene, tmp_path / "a.gpkg"))
    calm = run(scene_parameters(scene, tmp_path / "b.gpkg", VIOLENT_TYPES="nothing_violent"))
    a, b = gpd.read_file(base["OUTPUT"]), gpd.read_file(calm["OUTPUT"])
    assert a["risk"].max() > 0 and b["risk"].max() == 0
    np.testing.assert_allclose(a["score"], b["score"])


def test_long_run_share_reaches_the_core(tmp_path, scene):
    # one incident today and one two years old (half-life 180 days: decayed weight 0.06) in two segments
    border = gpd.read_file(scene["SCENE_GPKG"], layer="border").geometry.iloc[0]
    ends = [border.interpolate(share, normalized=True) for share in (0.1, 0.8)]
    points = gpd.GeoDataFrame({"date": ["2024-06-01", "2022-06-01"], "type": ["smuggling"] * 2, "severity": [1, 1]},
                              geometry=ends, crs=gpd.read_file(scene["SCENE_GPKG"], layer="border").crs)
    path = str(tmp_path / "two.gpkg")
    points.to_file(path, driver="GPKG")
    frames = {}
    for share in (0.0, 1.0):
        results = run({"BORDER": scene["BORDER"], "INCIDENTS": path, "SEGMENT_LENGTH_M": 250, "CORRIDOR_M": 1000,
                       "SMOOTHING_M": 0, "LONG_RUN_SHARE": share, "OUTPUT": str(tmp_path / f"share{share}.gpkg")})
        frames[share] = gpd.read_file(results["OUTPUT"])
    pure, count = frames[0.0], frames[1.0]
    hit = pure["n_incidents"] > 0
    assert hit.sum() == 2 and (count["n_incidents"] > 0).sum() == 2
    np.testing.assert_allclose(pure["incident_intensity"], count["incident_intensity"])  # the raw decayed sum
    assert sorted(pure.loc[hit, "f_incidents"]) == pytest.approx([0.063, 1.0], abs=0.02)
    assert count.loc[hit, "f_incidents"].tolist() == pytest.approx([1.0, 1.0])
    os.makedirs(str(tmp_path / "bad"))
    expect_failure({"BORDER": scene["BORDER"], "INCIDENTS": path, "LONG_RUN_SHARE": 2, "SEGMENT_LENGTH_M": 250,
                    "OUTPUT": str(tmp_path / "bad" / "x.gpkg")}, "LONG_RUN_SHARE", [path])


def test_adapter_defaults_match_the_core():
    from fragile_borders_plugin.core import segments as S
    from fragile_borders_plugin.processing_algorithms import score_segments as A
    assert S.parse_weights(A.DEFAULT_WEIGHTS, {k: -1.0 for k in S.DEFAULT_WEIGHTS}) == S.DEFAULT_WEIGHTS
    assert A.LONG_RUN_SHARE == S.DEFAULT_LONG_RUN_SHARE


# --- weights fitted to the user's own dated incident history ---------------------------------------

BORDER_Y, BORDER_X0 = 2500000.0, 600000.0


def driven_world(tmp_path, driver, seed=3, n_days=730, incidents_per_site=9, dates=None):
    """A straight 40 km border with two kinds of evidence on different segments: tracks crossing it at 12
    places and small change polygons at 12 others. Incidents (dated over two years) cluster at the sites of
    ``driver`` ("crossings" or "changes") plus a thin uniform background, so the fit must find that factor.
    Returns the paths of border, tracks, changes and incidents GeoPackages."""
    rng = np.random.default_rng(seed)
    crs = "EPSG:32632"
    segments = rng.permutation(40)
    crossing_x = BORDER_X0 + (segments[:12] + rng.uniform(0.2, 0.8, 12)) * 1000.0
    change_x = BORDER_X0 + (segments[12:24] + rng.uniform(0.2, 0.8, 12)) * 1000.0
    from shapely.geometry import LineString, Point, box
    layers = {
        "border": gpd.GeoDataFrame(geometry=[LineString([(BORDER_X0, BORDER_Y), (BORDER_X0 + 40000.0, BORDER_Y)])],
                                   crs=crs),
        "tracks": gpd.GeoDataFrame({"confidence": [1.0] * 12, "is_new": [0] * 12},
                                   geometry=[LineString([(x, BORDER_Y - 3000.0), (x + 50.0, BORDER_Y + 3000.0)])
                                             for x in crossing_x], crs=crs),
        "changes": gpd.GeoDataFrame({"change_class": ["new_bright_surface"] * 12},
                                    geometry=[box(x - 30.0, BORDER_Y + 200.0, x + 30.0, BORDER_Y + 260.0)
                                              for x in change_x], crs=crs)}
    sites = crossing_x if driver == "crossings" else change_x
    xs = np.concatenate([np.repeat(sites, incidents_per_site) + rng.normal(0, 150.0, 12 * incidents_per_site),
                         BORDER_X0 + rng.uniform(0, 40000.0, 12)])
    ys = BORDER_Y + rng.normal(0, 300.0, len(xs))
    start = np.datetime64("2022-01-01")
    days = rng.integers(0, n_days, len(xs)) if dates is None else np.zeros(len(xs), dtype=int)
    layers["incidents"] = gpd.GeoDataFrame(
        {"date": [str(start + int(d)) if dates is None else dates for d in days], "type": ["smuggling"] * len(xs),
         "severity": [1] * len(xs)}, geometry=[Point(x, y) for x, y in zip(xs, ys)], crs=crs)
    paths = {}
    os.makedirs(tmp_path, exist_ok=True)
    for name, layer in layers.items():
        paths[name] = str(tmp_path / f"{driver}_{name}.gpkg")
        layer.to_file(paths[name], driver="GPKG")
    return paths


def world_parameters(paths, output, **extra):
    parameters = {"BORDER": paths["border"], "TRACKS": paths["tracks"], "CHANGES": paths["changes"],
                  "INCIDENTS": paths["incidents"], "SEGMENT_LENGTH_M": 1000, "CORRIDOR_M": 1000,
                  "OUTPUT": str(output)}
    parameters.update(extra)
    return parameters


def read_weights(path):
    import csv
    with open(path, encoding="utf-8") as handle:
        return {row["factor"]: row for row in csv.DictReader(handle)}


@pytest.mark.parametrize("driver,decoy", [("crossings", "changes"), ("changes", "crossings")])
def test_fit_puts_the_weight_on_the_factor_that_drives_the_incidents(tmp_path, driver, decoy):
    paths = driven_world(tmp_path, driver)
    digests = {name: file_digest(path) for name, path in paths.items()}
    log = recording_feedback()
    results = run(world_parameters(paths, tmp_path / "fitted.gpkg", OUTPUT_WEIGHTS=str(tmp_path / "weights.csv")),
                  log)
    assert {name: file_digest(path) for name, path in paths.items()} == digests
    table = read_weights(results["OUTPUT_WEIGHTS"])
    assert list(table) == ["crossings", "tracks", "changes", "incidents", "remoteness", "terrain"]
    assert table[driver]["status"] == "fitted" and float(table[driver]["std_error"]) >= 0
    assert table["remoteness"]["status"] == "no data"
    # the true driver carries most of the weight not given to the incident history (the tracks lie only at the
    # crossing sites, so crossings and tracks share it); the decoy almost none
    beside_history = 1.0 - float(table["incidents"]["share"])
    assert float(table[driver]["share"]) > 0.4 * beside_history and float(table[decoy]["share"]) < 0.1
    assert sum(float(row["share"]) for row in table.values()) == pytest.approx(1.0, abs=1e-3)
    assert any(line.startswith("Weights fitted to the incident history") and f"{driver} " in line
               for line in log.lines)
    # the fitted score ranks the driver's sites above the decoy's, whatever the history says there
    segments = gpd.read_file(results["OUTPUT"])
    column = "n_track_crossings" if driver == "crossings" else "change_area_m2"
    other = "change_area_m2" if driver == "crossings" else "n_track_crossings"
    assert segments.loc[segments[column] > 0, "score"].mean() > 2 * segments.loc[segments[other] > 0, "score"].mean()


def test_thin_or_single_day_history_keeps_the_weights_and_says_why(tmp_path):
    thin = driven_world(tmp_path / "thin", "crossings", incidents_per_site=1)
    log = recording_feedback()
    fitted = run(world_parameters(thin, tmp_path / "thin.gpkg", OUTPUT_WEIGHTS=str(tmp_path / "thin.csv")), log)
    fixed = run(world_parameters(thin, tmp_path / "fixed.gpkg", FIT_WEIGHTS=False))
    assert any(line.startswith("WEIGHTS kept, not fitted: only") and "at least 30" in line for line in log.lines)
    np.testing.assert_allclose(gpd.read_file(fitted["OUTPUT"])["score"], gpd.read_file(fixed["OUTPUT"])["score"])
    table = read_weights(fitted["OUTPUT_WEIGHTS"])
    assert table["crossings"]["status"] == "today's weight" and table["crossings"]["weight"] == "2.0"
    assert table["crossings"]["std_error"] == ""
    one_day = driven_world(tmp_path / "one_day", "crossings", dates="2023-05-04")
    log = recording_feedback()
    run(world_parameters(one_day, tmp_path / "one_day.gpkg"), log)
    assert any(line.startswith("WEIGHTS kept, not fitted: all dated incidents are on one day") for line in log.lines)


def test_factor_constant_along_the_border_is_dropped_from_the_fit(tmp_path):
    paths = driven_world(tmp_path, "changes")
    far = gpd.read_file(paths["tracks"])
    far["geometry"] = far.geometry.translate(0.0, 50000.0)  # no track anywhere near the border
    paths["tracks"] = str(tmp_path / "far_tracks.gpkg")
    far.to_file(paths["tracks"], driver="GPKG")
    log = recording_feedback()
    results = run(world_parameters(paths, tmp_path / "segments.gpkg", OUTPUT_WEIGHTS=str(tmp_path / "w.csv")), log)
    table = read_weights(results["OUTPUT_WEIGHTS"])
    assert table["crossings"]["status"] == table["tracks"]["status"] == "dropped: constant along the border"
    assert table["changes"]["status"] == "fitted"
    assert any(line.startswith("Left out of the weight fit:") and "crossings (constant along the border)" in line
               for line in log.lines)
