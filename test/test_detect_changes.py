"""Processing tests of fragileborders:detectchanges (real QGIS, real files, no mocks)."""
import os
import shutil

import numpy as np
import pytest
import rasterio
from shapely.ops import unary_union
from rasterio.transform import from_origin

from conftest import file_digest, recording_feedback
from test_change_core import faint_wall_pair, synthetic_pair, write_pair, write_raster

ALG = "fragileborders:detectchanges"


def run(parameters, feedback=None):
    import processing

    return processing.run(ALG, parameters, feedback=feedback)


def outputs(folder):
    return {"OUTPUT_SCORE": os.path.join(folder, "score.tif"), "OUTPUT_MASK": os.path.join(folder, "mask.tif"),
            "OUTPUT_CHANGES": os.path.join(folder, "changes.gpkg")}


def truth_raster(scene, shape, transform):
    import geopandas as gpd
    from rasterio import features

    truth = gpd.read_file(scene["SCENE_GPKG"], layer="truth_changes")
    return features.rasterize([(g, 1) for g in truth.geometry], out_shape=shape, transform=transform,
                              dtype="uint8").astype(bool), truth


def listing(folder):
    """Files in ``folder`` (GDAL's .aux.xml side-car files, written by QGIS when it opens a layer, aside)."""
    return {name for name in os.listdir(folder) if not name.endswith(".aux.xml")}


def assert_rejected(parameters, match, inputs, folder):
    """The run fails with a clear message, inputs are unchanged and no output file is left."""
    from qgis.core import QgsProcessingException

    digests = {path: file_digest(path) for path in inputs}
    before = listing(folder)
    with pytest.raises(QgsProcessingException, match=match):
        run(parameters)
    assert {path: file_digest(path) for path in inputs} == digests
    assert listing(folder) == before


# --------------------------------------------------------------------------------- the scene
def test_algorithm_is_registered_with_help(provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None
    names = [p.name() for p in algorithm.parameterDefinitions()]
    for name in ("BEFORE", "AFTER", "METHOD", "SIGNIFICANCE", "MIN_AREA_M2", "AOI", "BANDS_BEFORE",
                 "BANDS_AFTER", "MASK", "OUTPUT_SCORE", "OUTPUT_MASK", "OUTPUT_CHANGES"):
        assert name in names
    method = algorithm.parameterDefinition("METHOD")
    assert method.options()[0].startswith("iMAD") and method.options()[4].startswith("Automatic")
    assert method.defaultValue() == 4
    assert algorithm.parameterDefinition("THRESHOLD_MODE").defaultValue() == 2  # adaptive
    assert algorithm.parameterDefinition("SIGNIFICANCE").defaultValue() == 0.99
    help_text = algorithm.shortHelpString()
    for change_class in ("new_bright_surface", "darkening", "vegetation_loss", "vegetation_gain", "other"):
        assert change_class in help_text


def test_line_length_reaches_the_line_test(provider, tmp_path):
    """LINE_LENGTH_M is 30 m by default (the core's default); it finds most of a faint wall that the
    pixel test alone (0 = off) misses."""
    from qgis.core import QgsApplication

    from fragile_borders_plugin.core.change import ChangeSettings

    assert QgsApplication.processingRegistry().algorithmById(ALG).parameterDefinition(
        "LINE_LENGTH_M").defaultValue() == ChangeSettings().line_length_m == 30.0
    before, after, wall = faint_wall_pair(str(tmp_path))
    found = []
    for length in (0.0, 30.0):
        result = run({"BEFORE": before, "AFTER": after, "LINE_LENGTH_M": length, **outputs(str(tmp_path))})
        with rasterio.open(result["OUTPUT_MASK"]) as src:
            found.append((src.read(1)[wall] == 1).mean())
    assert found[0] < 0.05 and found[1] > 0.4


def test_min_area_default_is_the_core_default_everywhere(provider):
    """detectchanges, the pipeline and the dock's fallback all take MIN_AREA_M2 from the core."""
    from qgis.core import QgsApplication

    from fragile_borders_plugin.core.change import ChangeSettings
    from fragile_borders_plugin.gui.dock import NUMBER_INPUTS

    default = ChangeSettings().min_area_m2
    assert default == 50.0  # keeps a mining pit 10 m across
    registry = QgsApplication.processingRegistry()
    for algorithm_id in (ALG, "fragileborders:pipeline"):
        assert registry.algorithmById(algorithm_id).parameterDefinition("MIN_AREA_M2").defaultValue() == default
    assert NUMBER_INPUTS["MIN_AREA_M2"][2] == default


def test_imad_on_scene_overlaps_truth_changes(provider, scene, tmp_path):
    import geopandas as gpd

    inputs = [scene["BEFORE"], scene["AFTER"], scene["CLOUD_MASK"]]
    digests = [file_digest(p) for p in inputs]
    out = outputs(str(tmp_path))
    feedback = recording_feedback()
    result = run({"BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "MASK": scene["CLOUD_MASK"], **out},
                 feedback=feedback)
    assert [file_digest(p) for p in inputs] == digests
    log = "\n".join(feedback.lines)
    assert "METHOD auto: iMAD on 4 independent bands" in log and "Estimated changed share" in log
    with rasterio.open(result["OUTPUT_MASK"]) as src:
        mask, transform = src.read(1), src.transform
        assert src.dtypes[0] == "uint8" and src.nodata == 255
    with rasterio.open(scene["CLOUD_MASK"]) as src:
        cloud = src.read(1) > 0
    assert (mask[cloud] == 255).all()  # MASK is nodata in the output
    truth, truth_polygons = truth_raster(scene, mask.shape, transform)
    detected = mask == 1
    assert truth.any()
    assert (detected & truth).sum() > 0.7 * truth.sum()  # most changed pixels found
    # false alarms: few away from the truth (new tracks are real changes too: allow their share;
    # within 2 pixels of a change outline the blurrier date spreads it, a boundary question)
    from scipy import ndimage

    tracks = gpd.read_file(scene["SCENE_GPKG"], layer="truth_tracks")
    moved = tracks[tracks.in_before != tracks.in_after]
    from rasterio import features

    new_tracks = features.rasterize([(g.buffer(w / 2 + 6.0), 1) for g, w in zip(moved.geometry, moved.width_m)],
                                    out_shape=mask.shape, transform=transform, dtype="uint8").astype(bool)
    near_truth = ndimage.binary_dilation(truth, iterations=2) | new_tracks
    assert (detected & ~near_truth).sum() < 0.001 * (mask != 255).sum()
    assert (detected & truth).sum() > 0.8 * (detected & ~new_tracks).sum()  # precision
    changes = gpd.read_file(result["OUTPUT_CHANGES"])
    assert list(changes.columns[:5]) == ["area_m2", "score", "score_max", "p_value", "change_class"]
    assert set(changes.change_class) <= {"new_bright_surface", "darkening", "vegetation_loss",
                                         "vegetation_gain", "other"}
    assert (changes.area_m2 >= 50).all() and changes.p_value.between(0.0, 1.0).all()
    # faint thin changes are weak pixel by pixel (the line test sums their evidence along them):
    # every polygon whose mean score is not significant at 0.01 lies on a truth change or a new track
    from shapely.ops import unary_union

    real = unary_union(list(truth_polygons.geometry) + [g.buffer(w / 2 + 6.0) for g, w in
                                                         zip(moved.geometry, moved.width_m)])
    weak = changes[changes.p_value >= 0.01]
    assert len(weak) < 0.3 * len(changes) and weak.intersects(real).all()
    # every truth change is hit by a change polygon
    hit = [changes.intersects(g).any() for g in truth_polygons.geometry]
    assert all(hit)
    with rasterio.open(result["OUTPUT_SCORE"]) as src:
        assert src.dtypes[0] == "float32"
        score = src.read(1)
    assert np.median(score[truth & (mask != 255)]) > 10 * np.median(score[(mask == 0)])


@pytest.mark.parametrize("method", [1, 3])
def test_other_methods_on_scene(provider, scene, tmp_path, method):
    import geopandas as gpd

    out = outputs(str(tmp_path))
    result = run({"BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "MASK": scene["CLOUD_MASK"],
                  "METHOD": method, **out})
    with rasterio.open(result["OUTPUT_MASK"]) as src:
        mask, transform = src.read(1), src.transform
    truth, _ = truth_raster(scene, mask.shape, transform)
    assert ((mask == 1) & truth).sum() > 0.5 * truth.sum()
    assert len(gpd.read_file(result["OUTPUT_CHANGES"])) >= 1


def test_aoi_and_band_lists(provider, scene, tmp_path):
    """An AOI limits the outputs; explicit (reordered) band lists are honoured."""
    import geopandas as gpd
    from shapely.geometry import box

    truth = gpd.read_file(scene["SCENE_GPKG"], layer="truth_changes")
    target = truth.geometry.iloc[0]
    aoi_path = str(tmp_path / "aoi.gpkg")
    aoi = box(*target.buffer(60).bounds)
    gpd.GeoDataFrame({"id": [1]}, geometry=[aoi], crs=truth.crs).to_file(aoi_path)
    out = outputs(str(tmp_path))
    result = run({"BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "AOI": aoi_path,
                  "BANDS_BEFORE": [4, 3, 2], "BANDS_AFTER": [4, 3, 2], "RED_BAND": 3, "NIR_BAND": 4, **out})
    changes = gpd.read_file(result["OUTPUT_CHANGES"])
    assert len(changes) >= 1 and changes.intersects(target).any()
    assert unary_union(list(changes.geometry)).within(aoi.buffer(1))
    with rasterio.open(result["OUTPUT_MASK"]) as src:
        assert src.width < 512 and src.height < 512  # cropped to the AOI


# ------------------------------------------------------------------------------ bad inputs
def test_non_overlapping_rasters(provider, tmp_path):
    before, after, _ = synthetic_pair(size=64, block=None)
    b = write_raster(tmp_path / "b.tif", before)
    a = write_raster(tmp_path / "a.tif", after, transform=from_origin(600000.0, 1500000.0, 3.0, 3.0))
    assert_rejected({"BEFORE": b, "AFTER": a, **outputs(str(tmp_path))}, "do not overlap", [b, a], str(tmp_path))


def test_tiny_overlap(provider, tmp_path):
    before, after, _ = synthetic_pair(size=64, block=None)
    b = write_raster(tmp_path / "b.tif", before)
    a = write_raster(tmp_path / "a.tif", after, transform=from_origin(500000.0 + 3 * 60, 1500000.0, 3.0, 3.0))
    assert_rejected({"BEFORE": b, "AFTER": a, **outputs(str(tmp_path))}, "only 4 x 64 pixels", [b, a], str(tmp_path))


def test_band_selection_out_of_range_and_unpaired(provider, tmp_path):
    b, a, _ = write_pair(str(tmp_path), size=64, block=None)
    assert_rejected({"BEFORE": b, "AFTER": a, "BANDS_BEFORE": [1, 7], "BANDS_AFTER": [1, 2],
                     **outputs(str(tmp_path))}, "out of range", [b, a], str(tmp_path))
    assert_rejected({"BEFORE": b, "AFTER": a, "BANDS_BEFORE": [1, 2, 3], "BANDS_AFTER": [1, 2],
                     **outputs(str(tmp_path))}, "same number of bands", [b, a], str(tmp_path))


def test_all_nodata_overlap(provider, tmp_path):
    before, after, _ = synthetic_pair(size=64, block=None)
    b = write_raster(tmp_path / "b.tif", before)
    a = write_raster(tmp_path / "a.tif", np.zeros_like(after))
    assert_rejected({"BEFORE": b, "AFTER": a, **outputs(str(tmp_path))}, "no valid pixel", [b, a], str(tmp_path))


def test_single_band_inputs(provider, tmp_path):
    """The default (auto) handles a single-band pair; iMAD chosen explicitly says why it cannot."""
    before, after, truth = synthetic_pair(size=96, block=(30, 30, 20))
    b = write_raster(tmp_path / "b.tif", before[2])
    a = write_raster(tmp_path / "a.tif", after[2])
    assert_rejected({"BEFORE": b, "AFTER": a, "METHOD": 0, **outputs(str(tmp_path))},
                    "iMAD needs at least 2 independent bands.*METHOD auto", [b, a], str(tmp_path))
    for method, folder in ((None, "auto"), (1, "cva")):
        out = outputs(str(tmp_path / folder))
        feedback = recording_feedback()
        result = run({"BEFORE": b, "AFTER": a, **({} if method is None else {"METHOD": method}), **out},
                     feedback=feedback)
        with rasterio.open(result["OUTPUT_MASK"]) as src:
            detected = src.read(1) == 1
        assert (detected & truth).sum() > 0.8 * truth.sum() and (detected & ~truth).sum() < 0.05 * truth.sum()
        if method is None:
            assert any("single independent band" in line for line in feedback.lines), feedback.lines


def test_unrelated_images_give_a_no_stable_background_warning(provider, tmp_path):
    before, _, _ = synthetic_pair(size=200, seed=1, block=None)
    _, after, _ = synthetic_pair(size=200, seed=2, block=None)
    b = write_raster(tmp_path / "b.tif", before)
    a = write_raster(tmp_path / "a.tif", after)
    feedback = recording_feedback()
    result = run({"BEFORE": b, "AFTER": a, **outputs(str(tmp_path))}, feedback=feedback)
    assert any("No stable background" in line for line in feedback.lines), feedback.lines
    with rasterio.open(result["OUTPUT_MASK"]) as src:
        assert (src.read(1) == 1).sum() == 0  # not a map of noise
    import geopandas as gpd

    assert len(gpd.read_file(result["OUTPUT_CHANGES"])) == 0


def test_uint16_near_65535_does_not_overflow(provider, tmp_path):
    before, after, truth = synthetic_pair(size=96, block=(30, 30, 20), gains=(1, 1, 1, 1), offsets=(0, 0, 0, 0))
    b = write_raster(tmp_path / "b.tif", before - before.max() + 65535)
    a = write_raster(tmp_path / "a.tif", after - after[:, ~truth].max() + 65535 - 30)  # the block saturates
    result = run({"BEFORE": b, "AFTER": a, "METHOD": 1, "MIN_AREA_M2": 50, **outputs(str(tmp_path))})
    with rasterio.open(result["OUTPUT_MASK"]) as src:
        detected = src.read(1) == 1
    with rasterio.open(result["OUTPUT_SCORE"]) as src:
        score = src.read(1)
    assert np.isfinite(score).all() and score.max() < 70000  # no wrapped-around differences
    assert (detected & truth).sum() > 0.8 * truth.sum() and (detected & ~truth).sum() < 0.05 * truth.sum()


def test_geographic_crs_areas_in_square_metres(provider, tmp_path):
    import geopandas as gpd

    before, after, truth = synthetic_pair(size=128, block=(40, 40, 30))
    transform = from_origin(2.0, 13.5, 2.7e-5, 2.7e-5)  # about 2.9 m x 3.0 m at 13.5 deg N
    b = write_raster(tmp_path / "b.tif", before, crs="EPSG:4326", transform=transform)
    a = write_raster(tmp_path / "a.tif", after, crs="EPSG:4326", transform=transform)
    result = run({"BEFORE": b, "AFTER": a, **outputs(str(tmp_path))})
    changes = gpd.read_file(result["OUTPUT_CHANGES"])
    assert len(changes) == 1
    pixel_m2 = (2.7e-5 * 111_320 * np.cos(np.radians(13.5))) * (2.7e-5 * 110_600)
    assert changes.area_m2[0] == pytest.approx(truth.sum() * pixel_m2, rel=0.15)
    assert changes.crs.is_geographic


def test_corrupt_and_truncated_geotiff(provider, tmp_path):
    from qgis.core import QgsProcessingException

    b, a, _ = write_pair(str(tmp_path), size=256, block=None)
    truncated = str(tmp_path / "truncated.tif")
    with rasterio.open(a) as src:
        profile = src.profile
        profile.update(tiled=True, blockxsize=64, blockysize=64)
        with rasterio.open(truncated, "w", **profile) as dst:
            dst.write(src.read())
    with open(truncated, "r+b") as handle:
        handle.truncate(os.path.getsize(truncated) // 2)
    assert_rejected({"BEFORE": b, "AFTER": truncated, **outputs(str(tmp_path))}, "truncated|corrupt|read",
                    [b, truncated], str(tmp_path))
    garbage = str(tmp_path / "garbage.tif")
    with open(garbage, "wb") as handle:
        handle.write(b"II*\x00" + os.urandom(2000))
    digests = {p: file_digest(p) for p in (b, garbage)}
    files = listing(tmp_path)
    with pytest.raises(QgsProcessingException):
        run({"BEFORE": b, "AFTER": garbage, **outputs(str(tmp_path))})
    assert {p: file_digest(p) for p in (b, garbage)} == digests and listing(tmp_path) == files


def test_cancellation_half_way_leaves_no_output(provider, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    before, after, _ = synthetic_pair(size=1100)
    b = write_raster(tmp_path / "b.tif", before[:, :, :200])  # 1100 rows x 200 columns: 3 blocks
    a = write_raster(tmp_path / "a.tif", after[:, :, :200])
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_half_way(percent):
        seen.append(percent)
        if percent > 45:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_half_way)
    digests = [file_digest(b), file_digest(a)]
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run({"BEFORE": b, "AFTER": a, **outputs(str(tmp_path))}, feedback=feedback)
    assert max(seen) < 100
    assert sorted(listing(tmp_path)) == ["a.tif", "b.tif"]
    assert [file_digest(b), file_digest(a)] == digests


def test_duplicated_band_is_dropped_with_a_warning(provider, tmp_path):
    """Grey copied into several bands makes iMAD's covariance singular: the copy is dropped, not fatal."""
    b, a, truth = write_pair(str(tmp_path), size=96, block=(30, 30, 20))

    feedback = recording_feedback()
    result = run({"BEFORE": b, "AFTER": a, "BANDS_BEFORE": [1, 2, 2], "BANDS_AFTER": [1, 2, 2],
                  "MIN_AREA_M2": 50, **outputs(str(tmp_path))}, feedback=feedback)
    assert any("duplicates" in m and "dropped" in m for m in feedback.lines), feedback.lines
    with rasterio.open(result["OUTPUT_MASK"]) as src:
        detected = src.read(1) == 1
    assert (detected & truth).sum() > 0.8 * truth.sum()
