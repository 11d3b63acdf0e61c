"""``fragileborders:planpatrols`` through QGIS Processing on segments scored from the scene."""
import os

import geopandas as gpd
import pytest
from qgis.core import QgsProcessingException

from conftest import file_digest


def run(parameters):
    import processing
    return processing.run("fragileborders:planpatrols", parameters)


@pytest.fixture(scope="module")
def scored(scene, tmp_path_factory):
    import processing
    folder = tmp_path_factory.mktemp("scored")
    return processing.run("fragileborders:scoresegments", {
        "BORDER": scene["BORDER"], "TRACKS": scene["TRUTH_TRACKS"], "INCIDENTS": scene["INCIDENTS"],
        "CROSSINGS": scene["CROSSINGS"], "SEGMENT_LENGTH_M": 150, "CORRIDOR_M": 500,
        "OUTPUT": str(folder / "segments.gpkg")})["OUTPUT"]


def outputs(tmp_path, stem="plan"):
    return {"OUTPUT_POSTS": str(tmp_path / f"{stem}_posts.gpkg"),
            "OUTPUT_COVERAGE": str(tmp_path / f"{stem}_coverage.gpkg")}


def test_plans_posts_with_the_field_contract(scored, tmp_path):
    segments = gpd.read_file(scored)
    digest = file_digest(scored)
    max_risk = float(segments["risk"].median())
    results = run({"SEGMENTS": scored, "TEAMS": 2, "REACH_M": 200, "MAX_RISK": max_risk, **outputs(tmp_path)})
    assert file_digest(scored) == digest
    posts = gpd.read_file(results["OUTPUT_POSTS"])
    coverage = gpd.read_file(results["OUTPUT_COVERAGE"])
    assert {"post_id", "segment_id", "covered_priority", "risk", "existing"} <= set(posts.columns)
    assert {"segment_id", "post_id"} <= set(coverage.columns)
    assert len(posts) == 2 and (posts["risk"] <= max_risk).all()
    assert results["METHOD"] == "exact"
    covered = segments[segments["segment_id"].isin(coverage["segment_id"])]["score"].sum()
    assert results["COVERED_SHARE"] == pytest.approx(covered / segments["score"].sum())
    assert 0 < results["COVERED_SHARE"] < 1
    assert posts["covered_priority"].sum() == pytest.approx(covered, rel=1e-3)
    assert posts.crs == segments.crs
    # the posts sit on the best allowed segments: no allowed single post covers more than the first
    assert posts["covered_priority"].max() > 0


def test_more_teams_cover_more_and_existing_posts_stay(scored, tmp_path):
    segments = gpd.read_file(scored)
    one = run({"SEGMENTS": scored, "TEAMS": 1, "REACH_M": 200, "MAX_RISK": 100, **outputs(tmp_path, "one")})
    three = run({"SEGMENTS": scored, "TEAMS": 3, "REACH_M": 200, "MAX_RISK": 100, **outputs(tmp_path, "three")})
    assert three["COVERED_SHARE"] > one["COVERED_SHARE"]
    last = segments.sort_values("end_km").iloc[-1]
    existing = gpd.GeoDataFrame(geometry=[last.geometry.interpolate(0.5, normalized=True)], crs=segments.crs)
    path = str(tmp_path / "existing.gpkg")
    existing.to_file(path, driver="GPKG")
    kept = run({"SEGMENTS": scored, "TEAMS": 2, "REACH_M": 200, "MAX_RISK": 100, "EXISTING_POSTS": path,
                **outputs(tmp_path, "kept")})
    posts = gpd.read_file(kept["OUTPUT_POSTS"])
    assert posts["existing"].sum() == 1
    assert int(posts.loc[posts["existing"] == 1, "segment_id"].iloc[0]) == int(last["segment_id"])


def test_all_segments_above_max_risk_gives_no_posts(scored, tmp_path):
    segments = gpd.read_file(scored)
    assert segments["risk"].min() > 0
    results = run({"SEGMENTS": scored, "TEAMS": 2, "REACH_M": 200, "MAX_RISK": 0, **outputs(tmp_path)})
    assert results["COVERED_SHARE"] == 0.0 and results["METHOD"] == "none"
    assert len(gpd.read_file(results["OUTPUT_POSTS"])) == 0


def test_too_many_teams_is_a_clear_error(scored, tmp_path):
    n = len(gpd.read_file(scored))
    paths = outputs(tmp_path)
    with pytest.raises(QgsProcessingException, match=rf"TEAMS \({n + 1}\) is larger than the number of segments"):
        run({"SEGMENTS": scored, "TEAMS": n + 1, "REACH_M": 200, **paths})
    assert not any(os.path.exists(p) for p in paths.values())
