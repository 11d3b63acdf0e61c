"""Tests of the pure-core training scene generator, on real files written to tmp_path.

Scenes are 512 px so the whole module runs in a few seconds.
"""
import datetime
import hashlib
import json
import os

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from rasterio import features as rio_features
from scipy import ndimage
from shapely.geometry import LineString, Point

from fragile_borders_plugin.core.common import Cancelled
from fragile_borders_plugin.core.training_scene import (
    INCIDENT_TYPES,
    generate_training_scene,
    simulate_incidents,
)

SIZE_PX = 512
PIXEL_SIZE_M = 3.0
LAYERS = ("border", "crossings", "incidents", "truth_changes", "truth_tracks", "truth_nuisances")
REQUIRED_FIELDS = {
    "border": {"name"},
    "crossings": {"name"},
    "incidents": {"date", "type", "severity", "fatalities"},
    "truth_changes": {"class", "kind", "area_m2"},
    "truth_tracks": {
        "track_id", "width_m", "contrast", "polarity", "in_before", "in_after", "is_main_road", "gap_share"
    },
    "truth_nuisances": {"kind"},
}
RED, NIR = 2, 3


@pytest.fixture(scope="module")
def core_scene(tmp_path_factory):
    """One generated scene (seed 7) shared by the read-only tests."""
    folder = tmp_path_factory.mktemp("core_scene")
    return generate_training_scene(str(folder), seed=7, size_px=SIZE_PX, pixel_size_m=PIXEL_SIZE_M)


def read_bands(path):
    with rasterio.open(path) as dataset:
        return dataset.read().astype(np.float64)


def read_layer(result, layer):
    return gpd.read_file(result["gpkg"], layer=layer)


def file_digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def rasterize(result, geometries):
    """Boolean mask of the scene grid covering ``geometries`` (map coordinates)."""
    with rasterio.open(result["before"]) as dataset:
        shape, transform = dataset.shape, dataset.transform
    geometries = [geometry for geometry in geometries if not geometry.is_empty]
    if not geometries:
        return np.zeros(shape, dtype=bool)
    burnt = rio_features.rasterize(
        [(g, 1) for g in geometries], out_shape=shape, transform=transform, all_touched=True
    )
    return burnt.astype(bool)


def truth_free_mask(result):
    """Pixels away from every truth change, track and the cloud/shadow."""
    changes = read_layer(result, "truth_changes").geometry.buffer(3 * PIXEL_SIZE_M)
    tracks = read_layer(result, "truth_tracks")
    track_zones = [
        geometry.buffer(width / 2 + 4 * PIXEL_SIZE_M) for geometry, width in zip(tracks.geometry, tracks["width_m"])
    ]
    with rasterio.open(result["cloud_mask"]) as dataset:
        cloudy = ndimage.binary_dilation(dataset.read(1) == 1, iterations=3)
    return ~(rasterize(result, list(changes) + track_zones) | cloudy)


def fit_after_from_before(before, after, mask):
    """Per-band least squares after = gain * before + offset on ``mask``: (gains, offsets, r2)."""
    gains, offsets, r2 = [], [], []
    for band in range(before.shape[0]):
        x, y = before[band][mask], after[band][mask]
        gain, offset = np.polyfit(x, y, 1)
        residual = y - (gain * x + offset)
        gains.append(gain)
        offsets.append(offset)
        r2.append(1.0 - residual.var() / y.var())
    return np.array(gains), np.array(offsets), np.array(r2)


def cross_track_contrast(band, line, transform, offset_px):
    """Mean relative difference between a line and both sides ``offset_px`` away (red band)."""
    inverse = ~transform
    centre_values, side_values = [], []
    step = transform.a / 2
    for distance in np.arange(0, line.length, step):
        here, ahead = line.interpolate(distance), line.interpolate(min(distance + step, line.length))
        direction = np.array([ahead.x - here.x, ahead.y - here.y])
        if not np.any(direction):
            continue
        normal = np.array([-direction[1], direction[0]]) / np.linalg.norm(direction) * offset_px * transform.a
        samples = []
        for dx, dy in ((0, 0), tuple(normal), tuple(-normal)):
            col, row = inverse * (here.x + dx, here.y + dy)
            row, col = int(row), int(col)
            if not (0 <= row < band.shape[0] and 0 <= col < band.shape[1]):
                break
            samples.append(band[row, col])
        if len(samples) == 3:
            centre_values.append(samples[0])
            side_values.append((samples[1] + samples[2]) / 2)
    centre, side = np.array(centre_values), np.array(side_values)
    return float(np.mean((centre - side) / side))


# ----------------------------------------------------------------------------


def test_outputs_are_absolute_paths_and_no_temporary_folder_remains(core_scene):
    for key in ("before", "after", "gpkg", "json", "cloud_mask"):
        assert os.path.isabs(core_scene[key]) and os.path.isfile(core_scene[key]), key
    folder = os.path.dirname(core_scene["before"])
    expected = ["before.tif", "after.tif", "cloud_mask.tif", "scene.gpkg", "scene.json"]
    assert sorted(os.listdir(folder)) == sorted(expected)
    assert core_scene["summary"]["size_px"] == SIZE_PX


def test_images_are_tiled_lzw_uint16_four_bands_in_utm32n(core_scene):
    for key in ("before", "after"):
        with rasterio.open(core_scene[key]) as dataset:
            assert dataset.count == 4
            assert dataset.dtypes == ("uint16",) * 4
            assert dataset.crs.to_epsg() == 32632
            assert dataset.nodata == 0
            assert dataset.descriptions == ("blue", "green", "red", "nir")
            assert dataset.block_shapes[0] == (256, 256)
            assert dataset.compression.name.lower() == "lzw"
            assert dataset.res == (PIXEL_SIZE_M, PIXEL_SIZE_M)
            assert (dataset.transform.c, dataset.transform.f) == pytest.approx((620000.0, 2500000.0))
            data = dataset.read()
        assert data.min() >= 1, "0 is nodata: every valid pixel must be >= 1"
        red, green, blue, nir = (data[i].astype(float).mean() for i in (2, 1, 0, 3))
        assert red > green > blue and nir > red, "desert spectrum: red > green > blue, NIR above red"


def test_cloud_mask_marks_cloud_and_shadow_only(core_scene):
    with rasterio.open(core_scene["cloud_mask"]) as dataset:
        mask = dataset.read(1)
        assert dataset.dtypes == ("uint8",) and dataset.crs.to_epsg() == 32632
    assert set(np.unique(mask)) == {0, 1}
    nuisances = read_layer(core_scene, "truth_nuisances")
    assert sorted(nuisances["kind"]) == ["cloud", "shadow"]
    inside = rasterize(core_scene, nuisances.geometry)
    assert mask[inside].all(), "the mask covers every cloud and shadow pixel"
    assert mask.mean() < 0.2


def test_geopackage_has_every_layer_with_fields_and_crs(core_scene):
    from fragile_borders_plugin.core.io import field_types, list_layers

    assert set(LAYERS) <= set(list_layers(core_scene["gpkg"]))
    for layer in LAYERS:
        assert REQUIRED_FIELDS[layer] <= set(field_types(core_scene["gpkg"], layer)), layer
        assert read_layer(core_scene, layer).crs.to_epsg() == 32632, layer
    incident_types = field_types(core_scene["gpkg"], "incidents")
    assert incident_types["date"] == "date"
    assert incident_types["severity"] == "int"


def test_border_and_crossings_geometry(core_scene):
    border = read_layer(core_scene, "border").geometry.iloc[0]
    width_m = SIZE_PX * PIXEL_SIZE_M
    assert 1.1 <= border.length / width_m <= 1.4
    crossings = read_layer(core_scene, "crossings")
    assert 1 <= len(crossings) <= 2
    main_road = read_layer(core_scene, "truth_tracks").query("is_main_road == 1").geometry.iloc[0]
    for point in crossings.geometry:
        assert point.distance(border) < 0.5
        assert point.distance(main_road) < PIXEL_SIZE_M


def test_truth_tracks_mix_new_faint_strong_and_crossing(core_scene):
    tracks = read_layer(core_scene, "truth_tracks")
    border = read_layer(core_scene, "border").geometry.iloc[0]
    assert 8 <= len(tracks) <= 14
    assert (tracks["is_main_road"] == 1).sum() == 1
    new = tracks[(tracks["in_before"] == 0) & (tracks["in_after"] == 1)]
    assert len(new) >= 3 and new["contrast"].min() <= 0.04, "at least 3 new tracks, one faint"
    assert tracks["contrast"].max() >= 0.12 and tracks["contrast"].min() <= 0.035
    assert set(tracks["polarity"]) <= {"brighter", "darker"}
    assert ((tracks["gap_share"] > 0) & (tracks["gap_share"] < 0.5)).sum() >= len(tracks) - 1
    assert sum(geometry.intersects(border) for geometry in tracks.geometry) >= len(tracks) // 2


def test_truth_changes_kinds_counts_and_no_overlap(core_scene):
    changes = read_layer(core_scene, "truth_changes")
    kinds = changes["kind"].value_counts().to_dict()
    assert 2 <= kinds.get("compound", 0) <= 4
    assert 2 <= kinds.get("pit", 0) <= 3
    assert kinds.get("airstrip", 0) == 1
    assert 1 <= kinds.get("vegetation_loss", 0) <= 2
    expected_class = {
        "compound": "new_bright_surface",
        "airstrip": "new_bright_surface",
        "pit": "darkening",
        "vegetation_loss": "vegetation_loss",
        "mining_pit": "darkening",
        "graded_yard": "new_bright_surface",
    }
    walls = (changes["kind"] == "wall").to_numpy()  # brighter or darker outlines
    assert set(changes["class"][walls]) <= {"new_bright_surface", "darkening"}
    assert all(expected_class[k] == c for k, c in zip(changes["kind"][~walls], changes["class"][~walls]))
    assert np.allclose(changes["area_m2"], changes.geometry.area, rtol=1e-3)
    geometries = list(changes.geometry)
    for i, first in enumerate(geometries):
        for second in geometries[i + 1:]:
            assert not first.intersects(second)


def test_incidents_types_dates_and_severity(core_scene):
    incidents = read_layer(core_scene, "incidents")
    summary = core_scene["summary"]
    after = datetime.date.fromisoformat(summary["after_date"])
    dates = [datetime.date.fromisoformat(str(value)[:10]) for value in incidents["date"]]
    assert 120 <= len(incidents) <= 200
    assert min(dates) >= after - datetime.timedelta(days=730) and max(dates) <= after
    assert set(incidents["type"]) <= set(INCIDENT_TYPES)
    assert incidents["severity"].between(1, 5).all() and (incidents["fatalities"] >= 0).all()
    violent = incidents["type"].isin(["armed_attack", "ied"])
    assert 0 < violent.sum() < 0.3 * len(incidents)


def test_scene_json_describes_the_scene(core_scene):
    with open(core_scene["json"], encoding="utf-8") as handle:
        meta = json.load(handle)
    assert meta["seed"] == 7 and meta["size_px"] == SIZE_PX and meta["crs"] == "EPSG:32632"
    assert meta["bands"] == ["blue", "green", "red", "nir"]
    assert all(0.85 <= gain <= 1.15 for gain in meta["gains"]) and len(set(meta["gains"])) == 4
    assert all(abs(offset) <= 300 for offset in meta["offsets"])
    assert all(0.3 <= abs(shift) <= 0.6 for shift in meta["shift_px"])
    assert meta["counts"]["incidents"] == len(read_layer(core_scene, "incidents"))
    assert len(meta["description"]) > 200
    assert meta == core_scene["summary"]


def test_unchanged_ground_differs_only_by_gain_and_offset(core_scene):
    before, after = read_bands(core_scene["before"]), read_bands(core_scene["after"])
    gains, offsets, r2 = fit_after_from_before(before, after, truth_free_mask(core_scene))
    meta = core_scene["summary"]
    assert np.all(r2 > 0.9), f"R2 per band {r2}"
    assert np.allclose(gains, meta["gains"], atol=0.05)
    assert np.allclose(offsets, meta["offsets"], atol=150)


def test_truth_changes_differ_spectrally_with_the_expected_sign(core_scene):
    before, after = read_bands(core_scene["before"]), read_bands(core_scene["after"])
    free = truth_free_mask(core_scene)
    gains, offsets, _ = fit_after_from_before(before, after, free)
    residual = after - (gains[:, None, None] * before + offsets[:, None, None])
    noise = residual[:, free].std(axis=1)
    changes = read_layer(core_scene, "truth_changes")
    for change_class, kind, geometry in zip(changes["class"], changes["kind"], changes.geometry):
        # walls and fences are 1-3 m outlines: their own pixels, not an eroded interior
        inside = rasterize(core_scene, [geometry if kind == "wall" else geometry.buffer(-PIXEL_SIZE_M)])
        red, nir = residual[RED][inside].mean() / noise[RED], residual[NIR][inside].mean() / noise[NIR]
        if change_class == "new_bright_surface":
            assert red > 2, (kind, red)
        elif change_class == "darkening":
            assert red < -2, (kind, red)
        else:
            assert red > 2 and nir < 0, (kind, red, nir)


def test_strong_track_stands_out_from_random_lines(core_scene):
    tracks = read_layer(core_scene, "truth_tracks")
    strong = tracks[(tracks["is_main_road"] == 0) & (tracks["in_before"] == 1)].sort_values("contrast").iloc[-1]
    assert strong["contrast"] >= 0.1
    with rasterio.open(core_scene["before"]) as dataset:
        red, transform = dataset.read(RED + 1).astype(float), dataset.transform
    offset_px = strong["width_m"] / PIXEL_SIZE_M + 3
    along_track = cross_track_contrast(red, strong.geometry, transform, offset_px)
    sign = 1 if strong["polarity"] == "brighter" else -1
    assert sign * along_track > 0.4 * strong["contrast"]
    rng = np.random.default_rng(0)
    xmin, ymin, xmax, ymax = rasterio.open(core_scene["before"]).bounds
    random_lines = [
        LineString([(rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)) for _ in range(2)]) for _ in range(10)
    ]
    random_contrasts = [
        abs(cross_track_contrast(red, line, transform, offset_px)) for line in random_lines if line.length > 300
    ]
    assert abs(along_track) > 3 * np.mean(random_contrasts)


def test_same_seed_gives_identical_outputs_and_another_seed_differs(tmp_path):
    first = generate_training_scene(str(tmp_path / "a"), seed=3, size_px=SIZE_PX)
    second = generate_training_scene(str(tmp_path / "b"), seed=3, size_px=SIZE_PX)
    other = generate_training_scene(str(tmp_path / "c"), seed=4, size_px=SIZE_PX)
    for key in ("before", "after", "cloud_mask"):
        assert file_digest(first[key]) == file_digest(second[key]), key
    for layer in LAYERS:
        one, two = read_layer(first, layer), read_layer(second, layer)
        assert list(one.geometry.to_wkb()) == list(two.geometry.to_wkb()), layer
        assert one.drop(columns="geometry").equals(two.drop(columns="geometry")), layer
    assert first["summary"] == second["summary"]
    assert not np.array_equal(read_bands(first["before"]), read_bands(other["before"]))
    assert file_digest(first["after"]) != file_digest(other["after"])


@pytest.mark.parametrize(
    "arguments",
    [
        {"size_px": 255},
        {"size_px": 16385},
        {"size_px": 512.5},
        {"pixel_size_m": 0},
        {"pixel_size_m": -3},
        {"pixel_size_m": 100.5},
        {"seed": -1},
    ],
)
def test_bad_arguments_raise_value_error(tmp_path, arguments):
    with pytest.raises(ValueError):
        generate_training_scene(str(tmp_path / "out"), **arguments)
    assert not (tmp_path / "out" / "before.tif").exists()


def test_output_folder_that_is_a_file_raises_value_error(tmp_path):
    not_a_folder = tmp_path / "scene.txt"
    not_a_folder.write_text("occupied")
    with pytest.raises(ValueError, match="folder"):
        generate_training_scene(str(not_a_folder), size_px=256)


def test_progress_rises_to_100(tmp_path):
    seen = []
    generate_training_scene(str(tmp_path), seed=1, size_px=256, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 100 and len(seen) >= 5


@pytest.mark.parametrize("cancel_at", ["first", "last"])
def test_cancellation_raises_and_leaves_no_file(tmp_path, cancel_at):
    polls = []
    def count_polls():
        polls.append(1)
        return False

    generate_training_scene(str(tmp_path / "count"), seed=1, size_px=256, is_cancelled=count_polls)
    stop_at = 1 if cancel_at == "first" else len(polls)
    calls = []

    def is_cancelled():
        calls.append(1)
        return len(calls) >= stop_at

    folder = tmp_path / "cancelled"
    with pytest.raises(Cancelled):
        generate_training_scene(str(folder), seed=1, size_px=256, is_cancelled=is_cancelled)
    assert os.listdir(folder) == [], "a cancelled run leaves neither outputs nor its temporary folder"


def test_simulate_incidents_on_a_long_border_concentrates_on_remote_new_tracks():
    border = LineString([(0, 0), (600_000, 50_000), (1_000_000, 0)])
    crossing = border.interpolate(500_000)
    track_places = [100_000, 300_000, 700_000, 900_000]
    tracks = []
    for distance in track_places:
        point = border.interpolate(distance)
        tracks.append(LineString([(point.x - 5_000, point.y - 40_000), (point.x + 5_000, point.y + 40_000)]))
    rng = np.random.default_rng(11)
    window = ("2024-01-01", datetime.date(2025, 12, 31))
    incidents = simulate_incidents(
        border, tracks, [crossing], rng, 3000, *window, track_weights=[1, 1, 1, 3], crs="EPSG:32632"
    )
    assert len(incidents) == 3000 and incidents.crs.to_epsg() == 32632
    assert set(incidents["type"]) <= set(INCIDENT_TYPES)
    assert min(incidents["date"]) >= datetime.date(2024, 1, 1)
    assert max(incidents["date"]) <= datetime.date(2025, 12, 31)
    assert list(incidents["date"]) == sorted(incidents["date"])
    near_tracks = sum(incidents.geometry.distance(border.interpolate(d)) < 60_000 for d in track_places)
    # Uniform incidents along 1000 km would put about 4 x 120 / 1000 = 48 % there.
    assert near_tracks.mean() > 0.6
    near_new = incidents.geometry.distance(border.interpolate(900_000)) < 60_000
    near_old = incidents.geometry.distance(border.interpolate(100_000)) < 60_000
    assert near_new.sum() > 1.5 * near_old.sum(), "new (weight 3) track hotter than an old one"
    again = simulate_incidents(
        border, tracks, [crossing], np.random.default_rng(11), 3000, *window, track_weights=[1, 1, 1, 3]
    )
    assert list(again.geometry.to_wkb()) == list(incidents.geometry.to_wkb())


def test_simulate_incidents_rejects_bad_dates_and_counts():
    border = LineString([(0, 0), (10_000, 0)])
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError):
        simulate_incidents(border, [], [], rng, 10, "2025-01-02", "2025-01-01")
    with pytest.raises(ValueError):
        simulate_incidents(border, [], [], rng, -1, "2025-01-01", "2025-01-02")
    empty = simulate_incidents(border, [], [Point(5_000, 0)], rng, 0, "2025-01-01", "2025-01-02")
    assert len(empty) == 0


def test_simulate_incidents_spread_and_background_set_how_concentrated_the_world_is():
    border = LineString([(0, 0), (250_000, 0)])
    source = border.interpolate(120_000)
    track = LineString([(source.x, -30_000), (source.x, 30_000)])
    window = ("2024-01-01", "2024-12-31")

    def share_near_the_track(**world):
        incidents = simulate_incidents(border, [track], [], np.random.default_rng(5), 4000, *window, **world)
        return float((incidents.geometry.distance(source) < 2_000).mean())

    diffuse = share_near_the_track()  # default scatter clip(0.03 L) = 2 km, 20 % background
    concentrated = share_near_the_track(spread_m=500.0, background_share=0.05)
    # 2 km scatter: about 39 % of a source's incidents within 2 km (Rayleigh), times its 70 % share
    assert 0.2 < diffuse < 0.4
    # 500 m scatter: nearly all of the source's 85 % within 2 km
    assert concentrated > 0.8
    border_short = LineString([(0, 0), (10_000, 0)])
    with pytest.raises(ValueError, match="spread_m"):
        simulate_incidents(border_short, [], [], np.random.default_rng(0), 5, *window, spread_m=0)
    with pytest.raises(ValueError, match="background_share"):
        simulate_incidents(border_short, [], [], np.random.default_rng(0), 5, *window, background_share=0.95)
