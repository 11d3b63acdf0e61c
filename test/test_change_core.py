"""Core change detection (fragile_borders_plugin.core.change / raster_align) on small synthetic data."""
import os

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from fragile_borders_plugin.core import change
from fragile_borders_plugin.core.common import Cancelled
from fragile_borders_plugin.core.raster_align import AlignedReader, Grid, common_grid

GAINS = (1.1, 0.9, 1.2, 0.8)
OFFSETS = (50.0, -30.0, 80.0, 10.0)


def synthetic_pair(size=160, seed=0, shift=0.0, block=(60, 70, 24), gains=GAINS, offsets=OFFSETS, noise=15.0):
    """Textured 4-band scene (DN ~ 1000-4000) and its later date: affine radiometry, optional sub-pixel
    shift, and a bright block (the real change). Returns before, after (float arrays) and the truth."""
    from scipy import ndimage

    rng = np.random.default_rng(seed)
    common = ndimage.gaussian_filter(rng.normal(size=(size, size)), 4)
    common /= common.std()
    edges = (ndimage.gaussian_filter(rng.normal(size=(size, size)), 8) > 0).astype(float)  # sharp edges
    bands = []
    for b in range(4):
        own = ndimage.gaussian_filter(rng.normal(size=(size, size)), 2)
        bands.append(1500 + 300 * b + 400 * common + 120 * own / own.std() + 500 * edges * (1 + 0.2 * b))
    bands = np.array(bands)
    ground_after = bands.copy()
    truth = np.zeros((size, size), bool)
    if block:
        r, c, s = block
        truth[r:r + s, c:c + s] = True
        for b, value in enumerate((3600, 3700, 3900, 3100)):
            ground_after[b][truth] = value
    if shift:
        ground_after = ndimage.shift(ground_after, (0, shift, -shift), order=1, mode="nearest")
    before = bands + rng.normal(0, noise, bands.shape)
    after = np.array([gains[b] * ground_after[b] + offsets[b] for b in range(4)]) + rng.normal(0, noise, bands.shape)
    return before, after, truth


def write_raster(path, data, crs="EPSG:32632", transform=None, nodata=0, dtype="uint16"):
    data = np.asarray(data)
    if data.ndim == 2:
        data = data[None]
    transform = transform or from_origin(500000.0, 1500000.0, 3.0, 3.0)
    if np.issubdtype(np.dtype(dtype), np.integer):
        info = np.iinfo(dtype)
        clipped = np.clip(np.rint(data), max(info.min, 1 if nodata == 0 else info.min), info.max)
        data = np.where(data == nodata, nodata, clipped) if nodata is not None else clipped
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                       dtype=dtype, crs=crs, transform=transform, nodata=nodata) as dst:
        dst.write(data.astype(dtype))
    return str(path)


def write_pair(folder, **kwargs):
    before, after, truth = synthetic_pair(**kwargs)
    return (write_raster(os.path.join(folder, "before.tif"), before),
            write_raster(os.path.join(folder, "after.tif"), after), truth)


def read_mask(path):
    with rasterio.open(path) as src:
        return src.read(1)


# ---------------------------------------------------------------------------------------- iMAD
def test_imad_invariant_to_per_band_affine_radiometry():
    rng = np.random.default_rng(1)
    base = rng.normal(size=(4000, 4)) @ rng.normal(size=(4, 4)) * 300 + 2000
    x = base + rng.normal(0, 10, base.shape)
    y = base + rng.normal(0, 10, base.shape)
    y[:200] += 400  # some change
    gains, offsets = np.array([1.3, 0.7, 2.0, 0.9]), np.array([100.0, -50.0, 7.0, 1000.0])
    first = change.imad(x, y)
    second = change.imad(x, y * gains + offsets)
    assert first.converged and second.converged
    np.testing.assert_allclose(first.rho, second.rho, atol=1e-6)
    np.testing.assert_allclose(first.chi2(x, y), second.chi2(x, y * gains + offsets), rtol=1e-5, atol=1e-6)
    stat = first.chi2(x, y)
    assert np.median(stat[:200]) > 50 * np.median(stat[200:])
    # after the over-dispersion calibration of fit_model the unchanged pixels follow chi-square(4)
    model = change.fit_model(x, y, "imad")
    calibrated = model.imad.chi2(x, y)
    assert model.imad.inflation > 1.0
    assert 2.8 < np.median(calibrated[200:]) < 4.0  # chi2(4) median: 3.36
    assert 0.005 < (calibrated[200:] > model.threshold).mean() < 0.02  # about 1 - 0.99
    assert (calibrated[:200] > model.threshold).mean() > 0.95


def test_imad_needs_two_bands_and_nonsingular_covariance():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(500, 1))
    with pytest.raises(ValueError, match="at least 2 bands"):
        change.imad(x, x + rng.normal(size=x.shape))
    x = rng.normal(size=(500, 3))
    x[:, 2] = x[:, 1]
    with pytest.raises(ValueError, match="singular"):
        change.imad(x, rng.normal(size=x.shape))


def test_band_rank_check_drops_duplicated_and_constant_bands():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(1000, 4))
    y = rng.normal(size=(1000, 4))
    x[:, 2] = 2 * x[:, 0] + 5  # linear duplicate of band 1 in BEFORE
    y[:, 3] = 7.0  # constant in AFTER
    keep, problems = change.check_band_rank(x, y)
    assert keep == [0, 1]
    assert len(problems) == 2 and "duplicates" in problems[0] and "constant" in problems[1]


def test_otsu_threshold_separates_two_modes():
    rng = np.random.default_rng(4)
    values = np.concatenate([rng.normal(10, 1, 5000), rng.normal(30, 1, 5000)])
    assert 13 < change.otsu_threshold(values) < 27


def test_classify_change_directions():
    assert change.classify_change(-0.3, 0.5, 0.2, 0.1) == "vegetation_loss"
    assert change.classify_change(0.3, 0.1, 0.4, -0.1) == "vegetation_gain"
    assert change.classify_change(-0.05, 0.1, 0.05, 0.4) == "new_bright_surface"
    assert change.classify_change(0.0, 0.1, 0.1, -0.4) == "darkening"
    assert change.classify_change(0.0, 0.1, 0.1, 0.01) == "other"
    assert change.classify_change(np.nan, np.nan, np.nan, 0.3) == "new_bright_surface"


# --------------------------------------------------------------------------- misregistration
def test_tolerant_change_ignores_subpixel_shift_of_an_edge_but_keeps_a_new_object():
    from scipy import ndimage

    img = np.zeros((1, 40, 40), np.float32)
    img[:, :, 20:] = 100.0
    before = ndimage.gaussian_filter(img, (0, 0.6, 0.6))
    after = ndimage.shift(before, (0, 0.4, 0.45), order=1, mode="nearest")
    after[:, 5:12, 5:12] += 80.0  # a real change
    valid = np.ones((40, 40), bool)
    plain = ((before - after) ** 2)[0]
    candidates = plain > 25.0
    kept = change.tolerant_change(before, after, valid, candidates, lambda s: s, 25.0)
    assert candidates[:, 18:23].any()  # the shifted edge is above the threshold...
    assert not kept[:, 15:].any()  # ...but explained by a sub-pixel shift
    assert kept[6:11, 6:11].all()  # the new object is not


def test_tolerant_change_keeps_the_mixed_border_of_a_new_area_but_not_of_a_thin_line():
    before = np.zeros((1, 30, 30), np.float32)
    after = before.copy()
    after[:, 5:15, 5:15] = 100.0  # a new area...
    after[:, 4, 5:15] = after[:, 15, 5:15] = 8.0  # ...whose border pixels it covers by 8 %
    after[:, 5:25, 22] = 100.0  # a new one-pixel wall...
    after[:, 5:25, 23] = 8.0  # ...covering its neighbour by 8 %
    valid = np.ones((30, 30), bool)
    candidates = ((before - after) ** 2)[0] > 25.0
    half_step = np.full((8, 2), 0.5)
    kept = change.tolerant_change(before, after, valid, candidates, lambda s: s, 25.0, max_step=half_step)
    assert candidates[4, 5:15].all() and candidates[5:25, 23].all()
    # half a pixel of shift towards the old ground explains 8 % of new content; next to a
    # changed area that content is the area's, not the ground's
    assert kept[4, 6:14].all() and kept[15, 6:14].all()
    assert kept[5:15, 5:15].all() and kept[5:25, 22].all()
    assert not kept[5:25, 23].any()  # a line is no area: its neighbour stays explained


def test_box_smooth_ignores_invalid_pixels():
    values = np.full((1, 5, 5), 10.0, np.float32)
    values[0, 2, 2] = 1000.0
    valid = np.ones((5, 5), bool)
    valid[2, 2] = False
    smoothed = change.box_smooth(values, valid)
    np.testing.assert_allclose(smoothed[0][valid], 10.0)


# ------------------------------------------------------------------------------ whole pipeline
@pytest.mark.parametrize("method", ["imad", "cva", "brightness"])
def test_detect_changes_finds_injected_block_despite_radiometry_and_shift(tmp_path, method):
    before, after, truth = write_pair(tmp_path, shift=0.4)
    outputs = [str(tmp_path / n) for n in ("score.tif", "mask.tif", "changes.gpkg")]
    summary = change.detect_changes(before, after, *outputs, method=method, min_area_m2=50.0)
    mask = read_mask(outputs[1])
    detected = mask == 1
    iou = (detected & truth).sum() / (detected | truth).sum()
    assert iou > 0.8, iou
    assert (detected & ~truth).sum() < 0.005 * (~truth).sum()
    import geopandas as gpd

    changes = gpd.read_file(outputs[2])
    assert list(changes.columns[:5]) == ["area_m2", "score", "score_max", "p_value", "change_class"]
    assert len(changes) == 1
    assert changes.change_class[0] == "new_bright_surface"
    assert changes.area_m2[0] == pytest.approx(truth.sum() * 9.0, rel=0.2)
    assert changes.p_value[0] < 1e-3 and changes.score_max[0] >= changes.score[0]
    assert summary["n_changes"] == 1 and summary["changed_pixels"] == detected.sum()
    with rasterio.open(outputs[0]) as src:
        assert src.dtypes[0] == "float32"
        score = src.read(1)
    assert score[truth].mean() > summary["threshold"] > np.median(score[~truth])


def test_imad_without_changes_finds_nothing_on_shifted_texture(tmp_path):
    before, after, _ = write_pair(tmp_path, shift=0.45, block=None, seed=5)
    mask_path = str(tmp_path / "mask.tif")
    change.detect_changes(before, after, None, mask_path, None, min_area_m2=50.0)
    assert (read_mask(mask_path) == 1).mean() < 0.002


def test_blocks_are_joined_and_match_single_block(tmp_path):
    import geopandas as gpd

    before, after, truth = write_pair(tmp_path, size=300, block=(100, 40, 150), seed=6)
    results = []
    for rows in (32, 512):
        out = str(tmp_path / f"changes_{rows}.gpkg")
        mask = str(tmp_path / f"mask_{rows}.tif")
        change.detect_changes(before, after, None, mask, out, block_rows=rows)
        results.append((gpd.read_file(out), read_mask(mask)))
    (small, mask_small), (large, mask_large) = results
    assert len(small) == len(large) == 1  # the block spans 5 blocks of 32 rows: joined into one polygon
    assert small.area_m2[0] == pytest.approx(large.area_m2[0])
    assert small.score_max[0] == pytest.approx(large.score_max[0])
    assert small.geometry[0].is_valid
    np.testing.assert_array_equal(mask_small, mask_large)


def test_blocks_in_threads_give_the_sequential_result(tmp_path, monkeypatch):
    """Two blocks computed at once (the default) write the same rasters and polygons as one at a time."""
    import geopandas as gpd

    before, after, _ = write_pair(tmp_path, size=300, block=(100, 40, 150), seed=6)
    results = []
    for threads in (1, 2):
        monkeypatch.setattr(change, "BLOCK_THREADS", threads)
        paths = [str(tmp_path / f"{name}_{threads}{ext}") for name, ext in
                 (("score", ".tif"), ("mask", ".tif"), ("changes", ".gpkg"))]
        change.detect_changes(before, after, *paths, block_rows=32, min_area_m2=20.0)
        with rasterio.open(paths[0]) as score:
            results.append((score.read(1), read_mask(paths[1]), gpd.read_file(paths[2])))
    (score_1, mask_1, changes_1), (score_2, mask_2, changes_2) = results
    assert (mask_1 == 1).sum() > 100
    np.testing.assert_array_equal(score_1, score_2)
    np.testing.assert_array_equal(mask_1, mask_2)
    assert len(changes_1) == len(changes_2) >= 1
    assert changes_1.geometry.geom_equals(changes_2.geometry).all()
    np.testing.assert_array_equal(changes_1.score.to_numpy(), changes_2.score.to_numpy())


@pytest.fixture
def openblas_on_two_threads():
    """numpy's OpenBLAS set to 2 threads for the test (skipped where numpy does not run on it);
    its setting is put back afterwards."""
    from fragile_borders_plugin.core.blas import _openblas

    library = _openblas()
    if library is None:
        pytest.skip("numpy does not run on OpenBLAS here")
    previous = library.openblas_get_num_threads()
    library.openblas_set_num_threads(2)
    yield library
    library.openblas_set_num_threads(previous)


def test_detection_keeps_blas_on_one_thread_and_restores_it(tmp_path, monkeypatch, openblas_on_two_threads):
    """OpenBLAS's own threads would spin beside the block threads: one thread while detecting, the
    caller's setting afterwards (also after an error)."""
    library = openblas_on_two_threads
    before, after, _ = write_pair(tmp_path, size=96, seed=3)
    seen = []
    fit = change.fit_statistics

    def recording_fit(*args, **kwargs):
        seen.append(library.openblas_get_num_threads())
        return fit(*args, **kwargs)

    monkeypatch.setattr(change, "fit_statistics", recording_fit)
    change.detect_changes(before, after, None, str(tmp_path / "mask.tif"), None)
    assert seen == [1] and library.openblas_get_num_threads() == 2
    with pytest.raises(ValueError):
        change.detect_changes(before, str(tmp_path / "missing.tif"), None, str(tmp_path / "m2.tif"), None)
    assert library.openblas_get_num_threads() == 2


def test_overlapping_blas_limits_restore_the_setting_found_first(openblas_on_two_threads):
    """Two analyses at once (QGIS tasks) end in either order: the caller's setting comes back."""
    from fragile_borders_plugin.core.blas import blas_threads

    library = openblas_on_two_threads
    first, second = blas_threads(1), blas_threads(1)
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first ends while the second still runs
    assert library.openblas_get_num_threads() == 1
    second.__exit__(None, None, None)
    assert library.openblas_get_num_threads() == 2


def test_model_fitted_on_windows_in_threads_equals_the_one_fitted_window_after_window(tmp_path, monkeypatch):
    """The shift, blur and line test are fitted on the sample windows two at a time: to the bit the
    model (and so the mask) that one window after another gives."""
    from fragile_borders_plugin.core import common

    before, after, _ = write_pair(tmp_path, size=600, seed=5, shift=0.4)
    fit_line_test, window_counts = change.fit_line_test, []

    def counting_fit(model, windows, *args):
        window_counts.append(len(windows))
        return fit_line_test(model, windows, *args)

    monkeypatch.setattr(change, "fit_line_test", counting_fit)
    runs = []
    for threads in (1, 2):
        monkeypatch.setattr(common, "WINDOW_THREADS", threads)
        mask_path = str(tmp_path / f"mask_{threads}.tif")
        runs.append((change.detect_changes(before, after, None, mask_path, None), read_mask(mask_path)))
    (one, mask_one), (two, mask_two) = runs
    assert window_counts[0] == window_counts[1] >= 2
    assert one["shift_px"] == two["shift_px"] and one["threshold"] == two["threshold"]
    assert one["line_length_px"] == two["line_length_px"] > 0
    np.testing.assert_array_equal(mask_one, mask_two)


def test_after_on_another_grid_is_resampled(tmp_path):
    """AFTER in geographic coordinates with another pixel size and a smaller extent."""
    from rasterio.warp import Resampling, calculate_default_transform, reproject

    before, after, truth = write_pair(tmp_path, size=200, block=(80, 80, 30), seed=7)
    with rasterio.open(after) as src:
        transform, width, height = calculate_default_transform(src.crs, "EPSG:4326", src.width, src.height,
                                                               *src.bounds, resolution=2.5e-5)
        data = np.zeros((src.count, height, width), np.uint16)
        reproject(src.read(), data, src_transform=src.transform, src_crs=src.crs, dst_transform=transform,
                  dst_crs="EPSG:4326", resampling=Resampling.bilinear, src_nodata=0, dst_nodata=0)
    warped = write_raster(tmp_path / "after_4326.tif", data[:, 10:-10, 10:-10], crs="EPSG:4326",
                          transform=transform * rasterio.Affine.translation(10, 10))
    mask_path = str(tmp_path / "mask.tif")
    summary = change.detect_changes(before, warped, None, mask_path, None, method="imad")
    assert summary["resampled"]
    mask = read_mask(mask_path)
    assert mask.shape[0] < 200 and mask.shape[1] < 200  # the overlap only
    with rasterio.open(mask_path) as src:
        row0 = round((src.transform.f - 1500000.0) / -3.0)
        col0 = round((src.transform.c - 500000.0) / 3.0)
    detected = np.zeros((200, 200), bool)
    detected[row0:row0 + mask.shape[0], col0:col0 + mask.shape[1]] = mask == 1
    iou = (detected & truth).sum() / (detected | truth).sum()
    assert iou > 0.6, iou


def test_common_grid_and_aligned_reader_fast_path(tmp_path):
    before, after, _ = write_pair(tmp_path, size=64, block=None)
    with rasterio.open(before) as b, rasterio.open(after) as a:
        grid = common_grid(b, a)
        assert (grid.width, grid.height) == (64, 64)
        reader = AlignedReader(after, grid, [1, 2])
        data, valid = reader.read(-2, 3)  # runs past the top of the grid
        reader.close()
    assert not reader.is_resampled
    assert data.shape == (2, 5, 64) and data.dtype == np.float32
    assert not valid[:2].any() and valid[2:].all()


def test_aligned_reader_averages_exact_blocks_on_a_coarser_grid(tmp_path):
    """A grid 3 x coarser than the raster: each pixel is the mean of the valid pixels it covers,
    the same wherever the georeference puts the origin; a mask is not averaged."""
    from rasterio.transform import Affine

    rng = np.random.default_rng(3)
    data = rng.integers(1, 4000, size=(2, 41, 38)).astype(np.uint16)
    data[:, 5:7, 4:9] = 0  # nodata: left out of the means, a block of it only stays invalid
    data[:, 10:13, 5:8] = 0  # exactly grid pixel (3, 1)
    values = []
    for left, top in ((500000.0, 1500000.0), (731234.5, 3412345.5)):
        path = write_raster(tmp_path / f"fine_{left:.0f}.tif", data, transform=from_origin(left, top, 0.5, 0.5))
        # origin one source row and two columns in, 13 x 13 pixels of 1.5 m (the last ones partly off the raster)
        grid_transform = from_origin(left, top, 0.5, 0.5) * Affine.translation(2, 1) * Affine.scale(3)
        grid = Grid("EPSG:32632", grid_transform, 13, 14)
        with AlignedReader(path, grid, [1, 2]) as reader:
            block, valid = reader.read(-1, 15)
            assert reader.is_resampled and reader.vrt is None
        with AlignedReader(path, grid, [1], kind="mask") as mask_reader:
            assert mask_reader.vrt is not None
        values.append((block, valid))
    np.testing.assert_array_equal(values[0][0], values[1][0])
    np.testing.assert_array_equal(values[0][1], values[1][1])
    block, valid = values[0]
    assert block.shape == (2, 16, 13) and not valid[0].any() and not valid[-1].any()
    source = np.zeros((2, 14 * 3, 13 * 3))
    source[:, :40, :36] = data[:, 1:, 2:]
    ok = (source[0] > 0).reshape(14, 3, 13, 3)
    expected = source.reshape(2, 14, 3, 13, 3).sum(axis=(2, 4)) / np.maximum(ok.sum(axis=(1, 3)), 1)
    np.testing.assert_array_equal(valid[1:15], ok.any(axis=(1, 3)))
    assert not valid[1 + 3, 1] and valid[1 + 3, 0]
    np.testing.assert_allclose(block[:, 1:15], expected.astype(np.float32), rtol=1e-6)


def test_cancellation_leaves_no_output(tmp_path):
    before, after, _ = write_pair(tmp_path, size=200)
    outputs = [str(tmp_path / n) for n in ("score.tif", "mask.tif", "changes.gpkg")]
    calls = []

    def is_cancelled():
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(Cancelled):
        change.detect_changes(before, after, *outputs, block_rows=32, is_cancelled=is_cancelled)
    assert sorted(os.listdir(tmp_path)) == ["after.tif", "before.tif"]


# ------------------------------------------------------------------------ adaptive threshold
@pytest.mark.parametrize("share", [0.0, 0.01, 0.3])
def test_mixture_estimates_the_changed_share(share):
    from fragile_borders_plugin.core.change_mixture import fit_mixture
    from scipy.stats import chi2

    rng = np.random.default_rng(8)
    n, changed = 40_000, int(share * 40_000)
    z = np.concatenate([1.5 * rng.chisquare(4, n - changed), 8 * 1.5 * rng.chisquare(4, changed) + 20])
    fit = fit_mixture(z, 0.99, df=4, min_scale0=2.0)
    assert abs(fit.changed_share - share) < 0.02
    assert fit.scale0 == pytest.approx(3.0, rel=0.05)  # 1.5 x chi-square: gamma scale 2 x 1.5
    assert fit.significance_threshold == pytest.approx(1.5 * chi2.ppf(0.99, 4), rel=0.05)
    if share <= 0.01:  # rare changes: SIGNIFICANCE decides
        assert fit.threshold == fit.significance_threshold
    else:  # common changes: the minimum-error boundary is lower and recall is kept
        assert fit.threshold < fit.significance_threshold
        assert (z[n - changed:] > fit.threshold).mean() > 0.97
        assert (z[:n - changed] > fit.threshold).mean() < 0.03


def test_auto_method_and_measured_shift_are_reported(tmp_path):
    before, after, truth = write_pair(tmp_path, shift=0.4)
    lines = []
    summary = change.detect_changes(before, after, None, str(tmp_path / "mask.tif"), None, info=lines.append)
    assert summary["method"] == "imad" and summary["threshold_mode"] == "adaptive"
    assert any(line.startswith("METHOD auto: iMAD on 4 independent bands") for line in lines)
    assert any("Estimated changed share" in line for line in lines)
    # AFTER's content moved +0.4 rows, -0.4 columns (synthetic_pair shifts rows by +s, columns by -s)
    assert summary["shift_px"][0] > 0.15 and summary["shift_px"][1] < -0.15
    assert 0.01 < summary["changed_share_estimate"] < 0.15  # the block is 2.3 % of the scene


def test_a_new_one_pixel_wall_survives_tolerance_and_clean_up(tmp_path):
    """A misregistered, differently blurred pair: the texture's edges are explained by the shift,
    a new 1-pixel-wide wall outline is not (an opening or a whole-pixel tolerance erased it)."""
    before, after, _ = synthetic_pair(size=200, seed=4, block=None, shift=0.4)
    wall = np.zeros((200, 200), bool)
    wall[100, 40:160] = True
    wall[40:160, 150] = True
    after[:, wall] += np.array([500.0, 520.0, 560.0, 480.0])[:, None]
    b = write_raster(tmp_path / "b.tif", before)
    a = write_raster(tmp_path / "a.tif", after)
    mask_path = str(tmp_path / "mask.tif")
    # the pixel test alone: the line test would also flag its flanks (below)
    change.detect_changes(b, a, None, mask_path, str(tmp_path / "changes.gpkg"), min_area_m2=50.0, line_length_m=0.0)
    detected = read_mask(mask_path) == 1
    assert detected[wall].mean() > 0.9
    assert (detected & ~wall).sum() < 0.002 * wall.size
    import geopandas as gpd

    walls = gpd.read_file(str(tmp_path / "changes.gpkg"))
    assert 1 <= len(walls) <= 3 and walls.is_valid.all()  # 8-connected outline pieces, not speckle
    assert walls.area_m2.sum() == pytest.approx(9.0 * wall.sum(), rel=0.15)
    # with the line test (the default) too: on a wall this sharp (imaged walls are blurred over about
    # two pixels) the shift compensation leaves a trace beside it, so a pixel on a side may join it
    from scipy import ndimage

    change.detect_changes(b, a, None, mask_path, None, min_area_m2=50.0)
    detected = read_mask(mask_path) == 1
    assert detected[wall].mean() > 0.9 and not (detected & ~ndimage.binary_dilation(wall)).any()
    # without the tolerance the shifted texture would be change everywhere
    change.detect_changes(b, a, None, mask_path, None, min_area_m2=50.0, tolerance_px=0)
    assert (read_mask(mask_path) == 1).sum() > 5 * wall.sum()


def faint_wall_pair(folder):
    """A misregistered pair with a faint new 1-pixel wall outside the sample windows (as most of
    a large scene is). Returns the BEFORE and AFTER paths and the wall's pixels."""
    before, after, _ = synthetic_pair(size=600, seed=4, block=None, shift=0.4)
    wall = np.zeros((600, 600), bool)
    wall[450, 40:250] = True
    wall[400:500, 470] = True
    after[:, wall] += 80.0 * np.array([1.0, 1.04, 1.12, 0.96])[:, None]
    return write_raster(os.path.join(folder, "b.tif"), before), write_raster(os.path.join(folder, "a.tif"), after), wall


def test_line_test_finds_a_faint_wall_the_pixel_test_misses(tmp_path):
    """The pixel test finds none of a faint wall, the line test over 30 m lines most of it, and
    the shifted texture's edges stay unflagged."""
    b, a, wall = faint_wall_pair(str(tmp_path))
    mask_path = str(tmp_path / "mask.tif")
    summary = change.detect_changes(b, a, None, mask_path, None, min_area_m2=50.0, line_length_m=0.0)
    assert summary["line_length_px"] == 0 and (read_mask(mask_path)[wall] == 1).mean() < 0.05
    summary = change.detect_changes(b, a, None, mask_path, None, min_area_m2=50.0)  # 30 m by default
    detected = read_mask(mask_path) == 1
    assert summary["line_length_px"] == 10
    assert detected[wall].mean() > 0.4
    assert (detected & ~wall).sum() < 1e-4 * wall.size


def test_a_wall_the_tolerance_explains_is_kept_where_a_line_supports_it(tmp_path):
    """BEFORE blurrier than AFTER: the tolerance "explains" a new 1-pixel wall a little above the
    pixel threshold by moving AFTER a fraction of a pixel off it, so the pixel test alone keeps none
    of it; where the line test supports it and BEFORE shows no edge there, it stays."""
    from scipy import ndimage

    before, after, _ = synthetic_pair(size=600, seed=4, block=None, shift=0.4)
    before = ndimage.gaussian_filter(before, (0, 0.8, 0.8))
    wall = np.zeros((600, 600), bool)
    wall[450, 40:250] = True
    wall[400:500, 470] = True
    after[:, wall] += 300.0 * np.array([1.0, 1.04, 1.12, 0.96])[:, None]
    b = write_raster(tmp_path / "b.tif", before)
    a = write_raster(tmp_path / "a.tif", after)
    mask_path = str(tmp_path / "mask.tif")
    change.detect_changes(b, a, None, mask_path, None, line_length_m=0.0)
    assert (read_mask(mask_path)[wall] == 1).mean() < 0.05
    change.detect_changes(b, a, None, mask_path, None)
    detected = read_mask(mask_path) == 1
    assert detected[wall].mean() > 0.6
    assert (detected & ~ndimage.binary_dilation(wall, iterations=2)).sum() < 20  # the texture's edges stay


def test_beyond_edge_shift_tells_a_new_line_from_a_moved_edge():
    """A line that appeared has no edge in BEFORE; a step edge moved by a pixel has one in both."""
    from fragile_borders_plugin.core.change_blocks import beyond_edge_shift

    flat = np.zeros((2, 20, 20), np.float32)
    line = flat.copy()
    line[:, 9:12, :] = np.array([0.5, 1.0, 0.5])[:, None]  # blurred, as imaged
    ramp = np.clip((np.arange(20) - 8) / 4.0, 0.0, 1.0).astype(np.float32)[:, None]
    step = flat + ramp
    moved = flat + np.roll(ramp, 1, axis=0)
    candidates = np.zeros((20, 20), bool)
    candidates[10, 3:17] = True
    assert beyond_edge_shift(flat, line, candidates)[10, 3:17].all()
    assert beyond_edge_shift(line, flat, candidates)[10, 3:17].all()  # one that vanished
    assert not beyond_edge_shift(step, moved, candidates).any()
    assert not beyond_edge_shift(flat, line, np.zeros((20, 20), bool)).any()


def test_line_test_blocks_match_a_single_block(tmp_path):
    """The halo read around each block carries the lines: 64-row blocks give the one-block mask."""
    b, a, _ = faint_wall_pair(str(tmp_path))
    masks = []
    for rows in (64, 1024):
        path = str(tmp_path / f"mask_{rows}.tif")
        change.detect_changes(b, a, None, path, None, line_length_m=30.0, block_rows=rows)
        masks.append(read_mask(path))
    assert (masks[0] == 1).sum() > 100 and np.array_equal(masks[0], masks[1])


def test_oriented_line_sums_match_the_digital_lines():
    from fragile_borders_plugin.core.change_lines import LINE_STEPS, oriented_line_sums

    values = np.random.default_rng(0).normal(size=(30, 40)).astype(np.float32)
    points = ((0, 0), (15, 20), (29, 39), (3, 37))
    rows, cols = np.array(points).T
    for ((dr, dc), partner), halves in zip(LINE_STEPS, oriented_line_sums(values, 8, rows, cols)):
        steps = 8 if partner is None else 4
        offsets = [(0, 0)] if partner is None else [(0, 0), partner]
        for k, (r, c) in enumerate(points):
            for half, ts in zip(halves, (range(-(steps // 2), 0), range(0, steps - steps // 2))):
                expected = sum(values[r + t * dr + pr, c + t * dc + pc] for t in ts for pr, pc in offsets
                               if 0 <= r + t * dr + pr < 30 and 0 <= c + t * dc + pc < 40)
                assert half[k] == pytest.approx(expected, abs=1e-4)


def test_generator_field_changes_leave_the_other_layers_unchanged():
    from fragile_borders_plugin.core import training_scene as ts

    grid = ts._Grid(1024, 3.0)
    with_field = ts._random_streams(3)
    without = ts._random_streams(3)
    layout = ts._design_layout(with_field["layout"], grid, with_field["field_changes"])
    plain = ts._design_layout(without["layout"], grid)
    assert len(layout.tracks) == len(plain.tracks)
    for a, b in zip(layout.tracks, plain.tracks):
        np.testing.assert_array_equal(a.path, b.path)
    assert layout.border.equals(plain.border) and layout.changes[:len(plain.changes)] == plain.changes
    kinds = {c.kind for c in layout.changes[len(plain.changes):]}
    assert {"mining_pit", "wall"} <= kinds
    for change_ in layout.changes:
        if change_.kind == "mining_pit":
            assert 10 / 3 <= 2 * change_.shape.radius_px <= 40 / 3 * 1.2  # 10-40 m across
        if change_.kind == "wall":
            assert 1 / 3 <= change_.shape.width_px <= 1.0  # 1-3 m wide


def test_weakly_related_pair_uses_texture_and_finds_new_buildings(tmp_path):
    """0.5 m pair whose dates do not relate pixel to pixel (a 2-pixel shift, independent clutter):
    ``auto`` compares the edge energy of the dates and finds the new block of houses, not the
    shifted fields around it."""
    from scipy import ndimage

    rng = np.random.default_rng(3)
    size = 256
    fields = ndimage.gaussian_filter(rng.normal(size=(size + 2, size + 2)), 3) > 0
    land = 1200 + 500 * fields + 80 * ndimage.gaussian_filter(rng.normal(size=fields.shape), 1.5)
    ground = land[2:, :-2]
    later = land[:-2, 2:] * 1.15 + 60  # moved 2 pixels (leaning), another sensor calibration
    truth = np.zeros((size, size), bool)
    truth[96:160, 96:160] = True
    houses = (np.add.outer(np.arange(size) % 12 < 8, np.arange(size) % 12 < 8) == 2) & truth
    later = np.where(truth, 1500, later)
    later[houses] = 3600
    clutter = [rng.normal(0, 150, (3, size, size)) for _ in range(2)]
    transform = from_origin(500000.0, 1500000.0, 0.5, 0.5)
    colour = np.array([1.0, 0.9, 0.8])[:, None, None]
    b = write_raster(tmp_path / "b.tif", ground * colour + clutter[0] + 500, transform=transform)
    a = write_raster(tmp_path / "a.tif", later * colour + clutter[1] + 500, transform=transform)
    lines = []
    summary = change.detect_changes(b, a, None, str(tmp_path / "mask.tif"), None, info=lines.append)
    assert summary["method"] == "texture" and summary["stable_background"], lines
    assert any("edge energy over 21-pixel windows" in line for line in lines), lines
    detected = read_mask(tmp_path / "mask.tif") == 1
    near = ndimage.binary_dilation(truth, iterations=11)  # the window's reach around the block
    assert (detected & truth).sum() > 0.7 * truth.sum()
    assert (detected & ~near).sum() < 0.05 * truth.sum()
