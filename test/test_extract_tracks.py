"""``fragileborders:extracttracks`` through QGIS Processing: generated scene and bad inputs."""
import os

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from qgis.core import QgsProcessingException
from rasterio.transform import from_origin
from shapely.geometry import box
from shapely.ops import unary_union

from conftest import file_digest, recording_feedback

FIELDS = ["length_m", "confidence", "mean_response", "is_new", "azimuth_deg", "sinuosity"]


def run(parameters):
    import processing
    return processing.run("fragileborders:extracttracks", parameters)


def write_tif(path, array, crs="EPSG:32632", transform=None, nodata=None):
    array = np.asarray(array)
    if array.ndim == 2:
        array = array[None]
    profile = {"driver": "GTiff", "width": array.shape[2], "height": array.shape[1], "count": array.shape[0],
               "dtype": str(array.dtype), "crs": crs,
               "transform": transform or from_origin(400000.0, 1600000.0, 3.0, 3.0)}
    if nodata is not None:
        profile["nodata"] = nodata
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(array)
    return str(path)


def noise_image(seed=0, size=256, base=2000.0, noise=10.0):
    rng = np.random.default_rng(seed)
    return (base + rng.normal(0.0, noise, (size, size))).round().astype(np.uint16)


def with_line(image, row0, col0, row1, col1, contrast=80.0, width=2.0):
    rr, cc = np.mgrid[0:image.shape[0], 0:image.shape[1]]
    d = np.array([row1 - row0, col1 - col0], float)
    length = np.hypot(*d)
    u = d / length
    t = (rr - row0) * u[0] + (cc - col0) * u[1]
    dist = np.abs((rr - row0) * u[1] - (cc - col0) * u[0])
    out = image.astype(np.float32) + contrast * np.clip(width / 2 + 0.5 - dist, 0, 1) * ((t >= 0) & (t <= length))
    return out.round().astype(np.uint16)


@pytest.fixture(scope="module")
def scene_result(scene, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tracks")
    out = str(folder / "tracks.gpkg")
    response = str(folder / "response.tif")
    result = run({"INPUT": scene["AFTER"], "BEFORE": scene["BEFORE"], "SENSITIVITY": 0.5,
                  "OUTPUT": out, "OUTPUT_RESPONSE": response})
    return result, gpd.read_file(out), gpd.read_file(scene["SCENE_GPKG"], layer="truth_tracks")


def test_scene_tracks_lie_on_truth_tracks(scene_result):
    result, lines, truth = scene_result
    assert list(lines.columns[:-1]) == FIELDS
    assert len(lines) >= 3
    assert lines.crs.to_epsg() == 32632
    present = unary_union(list(truth[truth["in_after"] == 1].geometry))
    near = lines.geometry.intersection(present.buffer(12.0)).length.sum() / lines.length.sum()
    assert near > 0.6, near  # most extracted length lies within 4 pixels of a true track
    assert lines["confidence"].between(0, 1).all()
    assert (lines["length_m"] >= 150.0).all()
    assert np.allclose(lines["length_m"], lines.length, atol=0.01)
    assert lines["azimuth_deg"].between(0, 180).all() and (lines["sinuosity"] >= 1.0).all()
    with rasterio.open(result["OUTPUT_RESPONSE"]) as src:
        assert src.dtypes[0] == "float32" and src.count == 1 and src.shape == (512, 512)


def test_scene_new_tracks_are_flagged(scene_result):
    _, lines, truth = scene_result
    new_truth = truth[(truth["in_after"] == 1) & (truth["in_before"] == 0)]
    old_truth = truth[(truth["in_after"] == 1) & (truth["in_before"] == 1)]
    on_new = lines.geometry.intersection(unary_union(list(new_truth.geometry)).buffer(12.0)).length / lines.length
    on_old = lines.geometry.intersection(unary_union(list(old_truth.geometry)).buffer(12.0)).length / lines.length
    flagged = lines["is_new"] == 1
    # lines along a track present at both dates are not new
    assert not (flagged & (on_old > 0.8) & (on_new < 0.2)).any()
    # lines along a new track are flagged (when the extraction found any)
    found_new = (on_new > 0.8) & (on_old < 0.2)
    if found_new.any():
        assert flagged[found_new].mean() >= 0.5


def test_line_is_found_in_a_synthetic_file_and_aoi_clips(tmp_path):
    image = with_line(noise_image(1), 20, 30, 230, 220)
    path = write_tif(tmp_path / "in.tif", image)
    digest = file_digest(path)
    out = tmp_path / "lines.gpkg"
    run({"INPUT": path, "OUTPUT": str(out)})
    lines = gpd.read_file(out)
    assert len(lines) == 1
    true_m = np.hypot(210, 190) * 3.0
    assert 0.9 * true_m < lines["length_m"].iloc[0] < 1.15 * true_m
    assert file_digest(path) == digest
    # an AOI over the upper half: the line is clipped to it
    aoi = gpd.GeoDataFrame(geometry=[box(400000.0, 1600000.0 - 128 * 3.0, 400000.0 + 768.0, 1600000.0)],
                           crs="EPSG:32632")
    aoi_path = str(tmp_path / "aoi.gpkg")
    aoi.to_file(aoi_path, driver="GPKG")
    out2 = tmp_path / "clipped.gpkg"
    run({"INPUT": path, "AOI": aoi_path, "OUTPUT": str(out2)})
    clipped = gpd.read_file(out2)
    assert len(clipped) == 1
    assert clipped["length_m"].iloc[0] < 0.7 * lines["length_m"].iloc[0]
    assert clipped.geometry.iloc[0].within(aoi.geometry.iloc[0].buffer(1.0))


def test_both_detectors_find_the_line_and_write_their_response(provider, tmp_path):
    path = write_tif(tmp_path / "in.tif", with_line(noise_image(7), 30, 20, 220, 230))
    true_m = np.hypot(190, 210) * 3.0
    peaks = {}
    for detector in (0, 1):  # learned, oriented filters
        out, response = tmp_path / f"lines_{detector}.gpkg", tmp_path / f"response_{detector}.tif"
        run({"INPUT": path, "DETECTOR": detector, "OUTPUT": str(out), "OUTPUT_RESPONSE": str(response)})
        lines = gpd.read_file(out)
        assert len(lines) == 1 and 0.9 * true_m < lines["length_m"].iloc[0] < 1.15 * true_m
        with rasterio.open(response) as src:
            peaks[detector] = float(src.read(1).max())
    # learned: 5.6 x probability; filters: noise units, far above 5.6 on a 4 % line in 0.5 % noise
    assert 2.8 < peaks[0] <= 5.6 + 1e-4
    assert peaks[1] > 5.6


def test_image_without_tracks_gives_an_empty_layer(tmp_path):
    path = write_tif(tmp_path / "desert.tif", np.stack([noise_image(s) for s in (2, 3, 4, 5)]))
    out = tmp_path / "none.gpkg"
    feedback = run_logged({"INPUT": path, "OUTPUT": str(out)})
    lines = gpd.read_file(out)
    assert len(lines) == 0
    assert set(FIELDS) <= set(lines.columns)
    assert any(w.startswith("No track: no pixel reached the detector's high threshold") for w in feedback.warnings)


def test_nodata_stripes_make_no_tracks_along_their_edges(tmp_path):
    image = noise_image(6)
    image[:, 100:112] = 0
    image[180:186, :] = 0
    path = write_tif(tmp_path / "stripes.tif", image, nodata=0)
    out = tmp_path / "stripes.gpkg"
    run({"INPUT": path, "OUTPUT": str(out)})
    assert len(gpd.read_file(out)) == 0


def test_geographic_input_gives_lengths_in_metres(tmp_path):
    image = with_line(noise_image(7), 128, 20, 128, 236)  # an east-west line of 216 pixels
    deg = 3.0 / 111320.0  # ~3 m pixels at the equator
    path = write_tif(tmp_path / "geo.tif", image, crs="EPSG:4326", transform=from_origin(2.0, 0.01, deg, deg))
    out = tmp_path / "geo.gpkg"
    run({"INPUT": path, "OUTPUT": str(out)})
    lines = gpd.read_file(out)
    assert len(lines) == 1
    assert lines.crs.to_epsg() == 4326
    assert 0.9 * 216 * 3.0 < lines["length_m"].iloc[0] < 1.15 * 216 * 3.0
    assert abs(lines["azimuth_deg"].iloc[0] - 90.0) < 5.0


def test_band_selection(tmp_path):
    # the line is only in band 4 (NIR): the default visible brightness does not see it
    bands = np.stack([noise_image(s) for s in (8, 9, 10)] + [with_line(noise_image(11), 20, 30, 230, 220, 120.0)])
    path = write_tif(tmp_path / "nir.tif", bands)
    out_default, out_nir = tmp_path / "default.gpkg", tmp_path / "nir.gpkg"
    run({"INPUT": path, "OUTPUT": str(out_default)})
    run({"INPUT": path, "BAND": 4, "OUTPUT": str(out_nir)})
    assert len(gpd.read_file(out_default)) == 0
    assert len(gpd.read_file(out_nir)) == 1


@pytest.mark.parametrize("width_m, message", [(1.0, "less than half a pixel"), (200.0, "more than 50 pixels")])
def test_bad_track_width_is_refused(tmp_path, width_m, message):
    path = write_tif(tmp_path / "in.tif", noise_image(12))
    digest = file_digest(path)
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match=message):
        run({"INPUT": path, "TRACK_WIDTH_M": width_m, "OUTPUT": str(out)})
    assert file_digest(path) == digest
    assert not out.exists()


def run_logged(parameters):
    import processing

    feedback = recording_feedback()
    processing.run("fragileborders:extracttracks", parameters, feedback=feedback)
    return feedback


def test_constant_image_gives_an_empty_layer_and_says_why(tmp_path):
    path = write_tif(tmp_path / "flat.tif", np.full((128, 128), 2000, np.uint16))
    digest = file_digest(path)
    out = tmp_path / "out.gpkg"
    feedback = run_logged({"INPUT": path, "OUTPUT": str(out)})
    assert file_digest(path) == digest
    assert len(gpd.read_file(str(out))) == 0
    assert any("INPUT is constant" in w for w in feedback.warnings)


def test_the_log_says_which_detector_ran_and_whether_input_is_in_its_domain(scene, tmp_path):
    feedback = run_logged({"INPUT": scene["AFTER"], "OUTPUT": str(tmp_path / "scene.gpkg")})
    assert any(i.startswith("Detector: learned network. INPUT's texture") for i in feedback.infos)
    assert not any("fine-tuned on real road images" in w for w in feedback.warnings)
    # town-like blocks of +-35 % brightness: far coarser than any desert scene
    rng = np.random.default_rng(8)
    blocks = np.kron(rng.uniform(0.65, 1.35, (22, 22)), np.ones((12, 12)))[:256, :256]
    path = write_tif(tmp_path / "town.tif", (2000 * blocks).astype(np.uint16))
    feedback = run_logged({"INPUT": path, "OUTPUT": str(tmp_path / "town.gpkg")})
    assert any("fine-tuned on real road images" in w for w in feedback.warnings)
    feedback = run_logged({"INPUT": path, "DETECTOR": 1, "OUTPUT": str(tmp_path / "filters.gpkg")})
    assert "Detector: oriented filters (as chosen)." in feedback.infos


def test_before_not_overlapping_is_refused(tmp_path):
    path = write_tif(tmp_path / "in.tif", noise_image(13))
    far = write_tif(tmp_path / "before.tif", noise_image(14), transform=from_origin(900000.0, 1600000.0, 3.0, 3.0))
    digests = file_digest(path), file_digest(far)
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="BEFORE does not overlap"):
        run({"INPUT": path, "BEFORE": far, "OUTPUT": str(out)})
    assert (file_digest(path), file_digest(far)) == digests
    assert not out.exists()
