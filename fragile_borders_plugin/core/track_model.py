"""Learned track detector: a small U-Net evaluated with numpy alone (no deep-learning runtime).

The network maps a window of brightness to the probability that each pixel lies within about one
pixel of a track centreline. It is trained by ``scripts/train_track_model.py`` (PyTorch, developer
machines only) on generated training borderlands of seeds that no benchmark uses, and ships as the
weights file ``track_model.npz`` beside this module (307 000 parameters, ~1.2 MB).

Input (:func:`model_input`): two channels, both window-local so tiles can be processed independently:

1. relative contrast ``(brightness / local mean - 1) / CONTRAST_UNIT`` clipped to +-``CLIP``, the
   local mean a Gaussian (sigma ``MEAN_SIGMA_PX``) over valid pixels only: a gain or offset change
   between dates or sensors cancels, and a 5 % track reads 1;
2. validity (1 data, 0 nodata); nodata pixels read 0 contrast.

Architecture (mirrored exactly by the training script): 3x3 convolutions with zero padding and
ReLU, two per level, 8, 16, 32, 64 and 64 channels at full, 1/2, 1/4, 1/8 and 1/16 resolution, 2x2
max-pooling down, nearest-neighbour upsampling followed by concatenation with the skip connection
(``[upsampled, skip]``) on the way up, and a 1x1 convolution to one logit (the code follows the
number of levels in the weights). The receptive field reaches ~108 px, the input's local mean 36 px
more, so tile overlaps of :func:`reach_px` leave the tile cores unaffected by tile borders (tested),
provided windows start on the 16-px grid of the pooling (tile corners are multiples of 64 px).

Cost: ~12 000 multiply-adds per pixel as written, ~9 800 as evaluated: the convolution of each
upsampled array is computed on the coarse grid (:func:`add_upsampled_conv`, 4/9 of its products),
the others as one BLAS product per stripe of rows whose im2col matrix (~1 MB) stays in cache, the
stripes shared between :data:`WORKERS` threads (one BLAS thread each). The largest temporaries are
the feature maps themselves; neither the upsampled arrays nor the decoder's concatenations are built.
"""
import functools
import math
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import ndimage, special

from .blas import blas_threads

WEIGHTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "track_model.npz")
#: the same network fine-tuned on real road images as well (towns, farmland, arid cities, 0.3-1 m
#: panchromatic and RGB, read at the contrast unit of :func:`contrast_gain`): it runs where that
#: gain exceeds 1, i.e. on images coarser than the generated scenes (:func:`weights_for`)
REAL_WEIGHTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "track_model_real.npz")
MEAN_SIGMA_PX = 12.0
CONTRAST_UNIT = 0.05
CLIP = 8.0
#: median |relative contrast| (units of CONTRAST_UNIT) of the brightness of the generated scenes the
#: network was trained on (seeds 1000-1002, both dates: 0.57-0.70; benchmark seeds 0-9 alike)
TRAINED_TEXTURE = 0.65
#: an input whose texture exceeds TRAINED_TEXTURE by more than this factor lies outside the training
#: domain (real images of farmland, towns and cities read 1.2-7: benchmarks/results_tracks.md)
TEXTURE_TOLERANCE = 1.5
_STRIPE_VALUES = 1_048_576  # im2col values per stripe (4 MB in float32, see forward)
#: stripes are shared between this many threads (numpy's copies and BLAS release the GIL)
WORKERS = 2


def model_input(image, valid, contrast_unit=CONTRAST_UNIT):
    """Network input of one window.

    Parameters
    ----------
    image : ndarray (rows, cols)
        Brightness, any radiometric unit (must be positive where valid, as reflectance is).
    valid : ndarray of bool (rows, cols)
        True where the image has data.
    contrast_unit : float
        Relative contrast read as 1 (default ``CONTRAST_UNIT``; larger for an image whose texture
        is coarser than the training scenes', see :func:`contrast_gain`).

    Returns
    -------
    ndarray float32 (2, rows, cols)
        Relative contrast in units of ``CONTRAST_UNIT`` (0 on nodata), and validity.
    """
    image = np.asarray(image, dtype=np.float32)
    valid = np.asarray(valid, dtype=bool)
    contrast = relative_contrast(image, valid, local_mean(image, valid), contrast_unit)
    return np.stack([contrast, valid.astype(np.float32)])


def relative_contrast(image, valid, mean, contrast_unit=CONTRAST_UNIT):
    """Channel 1 of :func:`model_input` of ``image`` whose :func:`local_mean` is ``mean`` (callers
    that need the mean as well compute it once)."""
    filled = np.where(valid, np.asarray(image, dtype=np.float32), np.float32(0.0))
    scale = np.float32(1.0 / contrast_unit)
    contrast = (filled / np.maximum(mean, np.float32(1e-6)) - np.float32(1.0)) * scale
    np.clip(contrast, -CLIP, CLIP, out=contrast)
    contrast[~valid] = 0.0
    return contrast


def texture_level(image, valid):
    """Median absolute relative contrast (units of ``CONTRAST_UNIT``) of the valid pixels of a
    window: how strongly the image varies at the scale the network reads (:data:`TRAINED_TEXTURE`
    on the training scenes)."""
    contrast = model_input(image, valid)[0]
    return float(np.median(np.abs(contrast[np.asarray(valid, dtype=bool)])))


def contrast_gain(texture):
    """Factor by which the contrast unit is enlarged for an image of ``texture``
    (:func:`texture_level`): 1 within the training domain, else ``texture / TRAINED_TEXTURE``, so the
    network reads the image's variations at the strength it was trained on. Finer textures than
    the training scenes' (plain, hazy or flat images) are left as they are: enlarging their
    contrast would turn noise into tracks."""
    if texture is None or texture <= TRAINED_TEXTURE * TEXTURE_TOLERANCE:
        return 1.0
    return float(texture) / TRAINED_TEXTURE


def weights_for(gain):
    """Weights file for an image read with contrast ``gain`` (:func:`contrast_gain`): the
    generated scenes' network within their domain (gain 1), the one fine-tuned on real images
    as well (:data:`REAL_WEIGHTS`) on coarser images. On the generated scenes the real-image
    fine-tuning cost quality (0.745 -> 0.706 on seed 0), on real images it gains: each runs
    where it is better (benchmarks/results_tracks.md, round 10)."""
    return REAL_WEIGHTS if gain > 1.0 else WEIGHTS


def local_mean(image, valid):
    """Gaussian mean (sigma ``MEAN_SIGMA_PX``) of ``image`` over its valid pixels only."""
    valid = np.asarray(valid, dtype=bool)
    filled = np.where(valid, image, np.float32(0.0)).astype(np.float32)
    mean = gaussian_zero_padded(filled, MEAN_SIGMA_PX)
    if valid.all():
        # the filtered validity is then the product of one profile per axis (it falls off only
        # at the window's edges): two 1-D filters instead of a second 2-D one
        rows, cols = (ndimage.gaussian_filter1d(np.ones(n, np.float32), MEAN_SIGMA_PX, mode="constant",
                                                truncate=3.0) for n in valid.shape)
        norm = rows[:, None] * cols[None, :]
    else:
        norm = gaussian_zero_padded(valid.astype(np.float32), MEAN_SIGMA_PX)
    mean /= np.maximum(norm, np.float32(1e-6))
    return mean


def gaussian_zero_padded(array, sigma, workers=WORKERS):
    """``ndimage.gaussian_filter(array, sigma, mode="constant", truncate=3.0)`` of a 2-D float32
    array, as one FFT product per axis: ~10x fewer operations than the 73-tap sums at sigma 12,
    computed by ``workers`` threads (scipy.ndimage's filters hold the interpreter lock)."""
    from scipy import fft

    radius = int(3.0 * sigma + 0.5)
    taps = np.arange(-radius, radius + 1, dtype=np.float64)
    kernel = np.exp(-0.5 * (taps / sigma) ** 2)
    kernel = (kernel / kernel.sum()).astype(np.float32)
    out = np.asarray(array, dtype=np.float32)
    for axis in (0, 1):
        length = out.shape[axis]
        # zero padding to the full linear convolution: no wrap-around, "constant" edges
        size = fft.next_fast_len(length + 2 * radius, real=True)
        spectrum = fft.rfft(out, size, axis=axis, workers=workers)
        spectrum *= np.expand_dims(fft.rfft(kernel, size), 1 - axis)
        full = fft.irfft(spectrum, size, axis=axis, workers=workers)
        out = np.ascontiguousarray(np.take(full, np.arange(radius, radius + length), axis=axis), dtype=np.float32)
    return out


@functools.lru_cache(maxsize=2)
def load_weights(path=WEIGHTS):
    """Weights as ``{name: float32 array}`` (convolutions ``w`` (out, in, k, k) and biases ``b``)."""
    if not os.path.exists(path):
        raise ValueError(f"The track model weights are missing ({path}): reinstall the plugin.")
    with np.load(path) as data:
        return {name: data[name].astype(np.float32) for name in data.files}


def conv(x, weight, bias, relu=True, mapper=map):
    """2-D convolution (cross-correlation) with zero padding, 'same' size.

    Parameters
    ----------
    x : ndarray float32 (in, rows, cols)
    weight : ndarray float32 (out, in, k, k), k odd
    bias : ndarray float32 (out,)
    mapper : callable, optional
        ``map``-like function the row stripes are handed to (a thread pool's ``map`` shares them
        between cores: each stripe writes its own rows of the output).

    One matrix product per stripe of rows: the im2col matrix (k*k*in values per pixel) of a stripe
    is small enough to stay in cache between its writing and the product that reads it, which is
    what bounds these narrow layers (memory traffic, not arithmetic). Stripes of
    :data:`_STRIPE_VALUES` (4 MB): with 1 MB ones (one row of the wider layers) the per-stripe
    Python work took a third of the time (forward pass of a 1216-px tile, 2 threads: 0.78 s
    against 0.58 s; 8 MB 0.54 s, 32 MB 0.85 s, the same numbers at every size).
    """
    cin, rows, cols = x.shape
    cout, _, k, _ = weight.shape
    half = k // 2
    taps = k * k
    matrix = weight.transpose(0, 2, 3, 1).reshape(cout, taps * cin)
    out = np.empty((cout, rows, cols), dtype=np.float32)

    def stripe(bounds):
        r0, r1 = bounds
        n = r1 - r0
        # zero padding per stripe: a padded copy of the whole input would be the largest array
        window = _padded_rows(x, r0 - half, r1 + half, half)
        columns = np.empty((taps * cin, n, cols), dtype=np.float32)
        for dy in range(k):
            for dx in range(k):
                tap = (dy * k + dx) * cin
                columns[tap:tap + cin] = window[:, dy:dy + n, dx:dx + cols]
        block = (matrix @ columns.reshape(taps * cin, n * cols)).reshape(cout, n, cols)
        block += bias[:, None, None]
        if relu:
            np.maximum(block, 0.0, out=block)
        out[:, r0:r1] = block

    for _ in mapper(stripe, _stripes(rows, taps * cin * cols)):
        pass
    return out


def add_upsampled_conv(out, z, weight, mapper=map):
    """Add to ``out`` (out, 2 rows, 2 cols) the 3x3 convolution (zero padding) of ``z`` (in, rows,
    cols) upsampled 2x by nearest neighbour, without building the upsampled array.

    Each output pixel of parity (p, q) sees only 2x2 input pixels of ``z`` (the taps of its 3x3
    window that fall on the same input pixel share it), so the product is four 2x2 convolutions of
    ``z`` with summed weights: 4/9 of the multiply-adds, on a quarter of the pixels each.
    """
    cin, rows, cols = z.shape
    cout = weight.shape[0]
    phases = []
    for p in (0, 1):
        for q in (0, 1):
            # taps 0, 1, 2 (offsets -1, 0, +1) of the upsampled grid fall on input offsets
            # p=0: -1, 0, 0; p=1: 0, 0, +1: summed into two offsets (p - 1, p)
            rows_w = _merge_taps(weight, p, axis=2)
            both = _merge_taps(rows_w, q, axis=3)  # (out, in, 2, 2)
            phases.append((p, q, both.transpose(0, 2, 3, 1).reshape(cout, 4 * cin)))

    def stripe(bounds):
        r0, r1 = bounds
        n = r1 - r0
        window = _padded_rows(z, r0 - 1, r1 + 1, 1)
        for p, q, matrix in phases:
            columns = np.empty((4 * cin, n, cols), dtype=np.float32)
            for a in (0, 1):
                for b in (0, 1):
                    tap = (2 * a + b) * cin
                    columns[tap:tap + cin] = window[:, p + a:p + a + n, q + b:q + b + cols]
            block = (matrix @ columns.reshape(4 * cin, n * cols)).reshape(cout, n, cols)
            out[:, 2 * r0 + p:2 * r1:2, q::2] += block

    for _ in mapper(stripe, _stripes(rows, 4 * cin * cols)):
        pass
    return out


def _merge_taps(weight, parity, axis):
    """The two summed taps (input offsets parity - 1 and parity) of a 3-tap axis of ``weight``."""
    first, middle, last = (np.take(weight, i, axis=axis) for i in range(3))
    pair = (first, middle + last) if parity == 0 else (first + middle, last)
    return np.stack(pair, axis=axis)


def _stripes(rows, values_per_row):
    step = max(1, _STRIPE_VALUES // values_per_row)
    return [(r0, min(rows, r0 + step)) for r0 in range(0, rows, step)]


def _padded_rows(x, start, stop, half):
    """Rows ``start:stop`` of ``x`` (c, rows, cols), zero beyond its edges, with ``half`` zero
    columns on each side."""
    channels, rows, cols = x.shape
    window = np.zeros((channels, stop - start, cols + 2 * half), dtype=np.float32)
    lo, hi = max(start, 0), min(stop, rows)
    window[:, lo - start:hi - start, half:half + cols] = x[:, lo:hi]
    return window


def _pool(x):
    """2x2 max-pooling (rows and cols even)."""
    return np.maximum(np.maximum(x[:, 0::2, 0::2], x[:, 0::2, 1::2]),
                      np.maximum(x[:, 1::2, 0::2], x[:, 1::2, 1::2]))


def _pair(x, weights, name, mapper):
    x = conv(x, weights[f"{name}.0.w"], weights[f"{name}.0.b"], mapper=mapper)
    return conv(x, weights[f"{name}.1.w"], weights[f"{name}.1.b"], mapper=mapper)


def pooling_levels(weights):
    """Number of pooling levels of the network that ``weights`` describe."""
    return sum(1 for name in weights if name.startswith("down") and name.endswith(".0.w"))


def reach_px(weights=None):
    """Context (px) a pixel's output depends on: the network's receptive radius plus the input's
    local mean (3 sigma), rounded up to the pooling grid (88 px for 3 poolings, 144 for 4)."""
    cell = 2 ** pooling_levels(load_weights() if weights is None else weights)
    # two 3x3 convolutions per level down, at the bottom and up (4 px each at stride 1), the 2x2
    # pools and the nearest-neighbour upsampling (1 px each at stride 1)
    diameter = 4 * (cell - 1) + (cell - 1) + 4 * cell + 4 * (cell - 1) + (cell - 1)
    radius = diameter // 2 + 1 + 3 * MEAN_SIGMA_PX
    return int(math.ceil(radius / cell) * cell)


def forward(x, weights, workers=WORKERS):
    """Logit (rows, cols) of the network for input ``x`` (2, rows, cols); rows, cols multiples of
    2 ** :func:`pooling_levels`. ``workers`` threads share the row stripes of each layer."""
    if workers <= 1:
        return _forward(x, weights, map)
    with ThreadPoolExecutor(workers) as pool, blas_threads(1):
        return _forward(x, weights, pool.map)


def _forward(x, weights, mapper):
    skips = []
    levels = pooling_levels(weights)
    for level in range(levels):
        x = _pair(x, weights, f"down{level}", mapper)
        skips.append(x)
        x = _pool(x)
    x = _pair(x, weights, "bottom", mapper)
    for level in reversed(range(levels)):
        # the first convolution of [upsampled, skip] as the sum of one convolution of each part,
        # so neither the upsampled array nor the concatenation is built
        name, skip = f"up{level}", skips.pop()
        weight = weights[f"{name}.0.w"]
        split = x.shape[0]
        up = conv(skip, weight[:, split:], weights[f"{name}.0.b"], relu=False, mapper=mapper)
        del skip
        add_upsampled_conv(up, x, weight[:, :split], mapper)
        x = np.maximum(up, 0.0, out=up)
        x = conv(x, weights[f"{name}.1.w"], weights[f"{name}.1.b"], mapper=mapper)
    return conv(x, weights["head.w"], weights["head.b"], relu=False, mapper=mapper)[0]


def track_probability(image, valid, weights=None, contrast_unit=CONTRAST_UNIT):
    """Probability (0..1, float32, same shape) that each pixel is on a track centreline (+-1 px).

    Parameters
    ----------
    image, valid, contrast_unit : see :func:`model_input`.
    weights : dict, optional
        Network weights; default: the shipped :data:`WEIGHTS`.
    """
    return input_probability(model_input(image, valid, contrast_unit), valid, weights)


def input_probability(x, valid, weights=None):
    """:func:`track_probability` of a ready network input ``x`` (2, rows, cols): relative contrast
    in units of ``CONTRAST_UNIT`` and validity, as :func:`model_input` makes them (or the
    difference of two dates, :func:`.track_change.change_contrast`)."""
    weights = load_weights() if weights is None else weights
    rows, cols = x.shape[1:]
    cell = 2 ** pooling_levels(weights)
    pad_r, pad_c = (-rows) % cell, (-cols) % cell
    if pad_r or pad_c:
        x = np.pad(x, ((0, 0), (0, pad_r), (0, pad_c)))
    prob = special.expit(forward(x, weights)[:rows, :cols])
    prob[~np.asarray(valid, dtype=bool)] = 0.0
    return prob
