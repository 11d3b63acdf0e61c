"""The learned track detector's numpy network (no deep-learning runtime needed)."""
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import ndimage

from fragile_borders_plugin.core import track_model as M


def reference_conv(x, weight, bias):
    """Plain per-channel correlation with zero padding: what a framework's Conv2d computes."""
    out = np.zeros((weight.shape[0],) + x.shape[1:], dtype=np.float64)
    for o in range(weight.shape[0]):
        for i in range(x.shape[0]):
            out[o] += ndimage.correlate(x[i].astype(np.float64), weight[o, i].astype(np.float64),
                                        mode="constant", cval=0.0)
        out[o] += bias[o]
    return out


def test_convolution_matches_a_plain_correlation_across_stripes_and_threads(monkeypatch):
    rng = np.random.default_rng(0)
    # tiny stripes make the products cross stripe boundaries; a thread pool shares them
    monkeypatch.setattr(M, "_STRIPE_VALUES", 5000)
    with ThreadPoolExecutor(2) as pool:
        for cin, cout, k in ((3, 8, 3), (24, 4, 3), (8, 1, 1)):
            x = rng.standard_normal((cin, 37, 29)).astype(np.float32)
            weight = rng.standard_normal((cout, cin, k, k)).astype(np.float32)
            bias = rng.standard_normal(cout).astype(np.float32)
            for mapper in (map, pool.map):
                got = M.conv(x, weight, bias, relu=False, mapper=mapper)
                np.testing.assert_allclose(got, reference_conv(x, weight, bias), atol=1e-4)
            assert (M.conv(x, weight, bias) >= 0).all()


def test_upsampled_convolution_equals_the_convolution_of_the_upsampled_array(monkeypatch):
    # four 2x2 convolutions of the coarse array with summed taps, one per output parity
    rng = np.random.default_rng(4)
    monkeypatch.setattr(M, "_STRIPE_VALUES", 3000)
    z = rng.standard_normal((6, 13, 11)).astype(np.float32)
    weight = rng.standard_normal((5, 6, 3, 3)).astype(np.float32)
    start = rng.standard_normal((5, 26, 22)).astype(np.float32)
    expected = start + reference_conv(z.repeat(2, axis=1).repeat(2, axis=2), weight, np.zeros(5))
    with ThreadPoolExecutor(2) as pool:
        got = M.add_upsampled_conv(start.copy(), z, weight, pool.map)
    np.testing.assert_allclose(got, expected, atol=1e-4)


def test_threaded_forward_equals_the_serial_one():
    weights = M.load_weights()
    x = np.random.default_rng(5).standard_normal((2, 96, 160)).astype(np.float32)
    np.testing.assert_allclose(M.forward(x, weights, workers=2), M.forward(x, weights, workers=1), atol=1e-5)


def test_network_matches_a_plain_unet_with_concatenated_skips():
    # the decoder convolves the upsampled and skip parts separately instead of concatenating them;
    # the result must be the U-Net a framework computes from the same weights
    weights = M.load_weights()
    levels = M.pooling_levels(weights)
    x = np.random.default_rng(3).standard_normal((2, 2 ** levels * 3, 2 ** levels * 2)).astype(np.float32)

    def pair(v, name):
        v = np.maximum(reference_conv(v, weights[f"{name}.0.w"], weights[f"{name}.0.b"]), 0)
        return np.maximum(reference_conv(v, weights[f"{name}.1.w"], weights[f"{name}.1.b"]), 0)

    skips, v = [], x
    for level in range(levels):
        v = pair(v, f"down{level}")
        skips.append(v)
        c, r, w = v.shape
        v = v.reshape(c, r // 2, 2, w // 2, 2).max(axis=(2, 4))
    v = pair(v, "bottom")
    for level in reversed(range(levels)):
        v = pair(np.concatenate([v.repeat(2, axis=1).repeat(2, axis=2), skips.pop()]), f"up{level}")
    expected = reference_conv(v, weights["head.w"], weights["head.b"])[0]
    np.testing.assert_allclose(M.forward(x, weights), expected, atol=1e-3)


def test_input_ignores_gain_and_nodata():
    rng = np.random.default_rng(1)
    image = rng.uniform(900, 1100, (120, 130)).astype(np.float32)
    valid = np.ones(image.shape, bool)
    valid[40:60] = False
    x = M.model_input(image, valid)
    np.testing.assert_allclose(M.model_input(2.5 * image, valid), x, atol=1e-4)
    assert (x[0][~valid] == 0).all() and (x[1] == valid).all()
    # nodata values do not leak into the local mean of their neighbours
    poisoned = image.copy()
    poisoned[~valid] = 1e6
    np.testing.assert_allclose(M.model_input(poisoned, valid), x, atol=1e-4)


def test_tile_cores_do_not_depend_on_tile_borders():
    # the probability of a pixel depends on reach_px() around it only: a window cropped with that
    # margin gives the same values in its core as the whole image (windows start on the grid of
    # the max-pooling, as tiles do: their corners are multiples of 64)
    reach = M.reach_px()
    r0, r1 = reach + 64, reach + 192
    size = r1 + reach + 64
    rng = np.random.default_rng(2)
    image = (1000 + rng.normal(0, 8, (size, size))).astype(np.float32)
    image[:, r0 + 46:r0 + 48] += 60.0
    valid = np.ones(image.shape, bool)
    whole = M.track_probability(image, valid)
    crop = M.track_probability(image[r0 - reach:r1 + reach, r0 - reach:r1 + reach],
                               valid[r0 - reach:r1 + reach, r0 - reach:r1 + reach])
    core = crop[reach:-reach, reach:-reach]
    np.testing.assert_allclose(core, whole[r0:r1, r0:r1], atol=2e-3)


def test_a_faint_line_is_probable_and_plain_noise_is_not():
    rng = np.random.default_rng(3)
    image = (2000 + rng.normal(0, 10, (256, 256))).astype(np.float32)
    line = image.copy()
    line[:, 127:129] += 80.0  # 4 % brighter, 2 px wide
    valid = np.ones(image.shape, bool)
    on = M.track_probability(line, valid)[40:-40, 127:129]
    assert np.median(on) > 0.5
    assert np.quantile(M.track_probability(image, valid), 0.999) < 0.5


def test_fft_gaussian_equals_scipys_zero_padded_filter():
    rng = np.random.default_rng(6)
    array = rng.uniform(0, 1000, (150, 97)).astype(np.float32)
    array[:30] = 0.0
    expected = ndimage.gaussian_filter(array.astype(np.float64), M.MEAN_SIGMA_PX, mode="constant", truncate=3.0)
    np.testing.assert_allclose(M.gaussian_zero_padded(array, M.MEAN_SIGMA_PX), expected, rtol=1e-5, atol=1e-3)
