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

Cost: ~12 000 multiply-adds per pixel, computed in row stripes of im2col matrices so the largest
temporary stays below ~40 MB whatever the tile size; the decoder never concatenates full-resolution arrays.
"""
import functools
import math
import os

import numpy as np
from scipy import ndimage, special

WEIGHTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "track_model.npz")
MEAN_SIGMA_PX = 12.0
CONTRAST_UNIT = 0.05
CLIP = 8.0
_STRIPE_VALUES = 10_000_000  # im2col values per stripe (40 MB in float32)


def model_input(image, valid):
    """Network input of one window.

    Parameters
    ----------
    image : ndarray (rows, cols)
        Brightness, any radiometric unit (must be positive where valid, as reflectance is).
    valid : ndarray of bool (rows, cols)
        True where the image has data.

    Returns
    -------
    ndarray float32 (2, rows, cols)
        Relative contrast in units of ``CONTRAST_UNIT`` (0 on nodata), and validity.
    """
    image = np.asarray(image, dtype=np.float32)
    valid = np.asarray(valid, dtype=bool)
    filled = np.where(valid, image, np.float32(0.0))
    mean = local_mean(image, valid)
    scale = np.float32(1.0 / CONTRAST_UNIT)
    contrast = (filled / np.maximum(mean, np.float32(1e-6)) - np.float32(1.0)) * scale
    np.clip(contrast, -CLIP, CLIP, out=contrast)
    contrast[~valid] = 0.0
    return np.stack([contrast, valid.astype(np.float32)])


def local_mean(image, valid):
    """Gaussian mean (sigma ``MEAN_SIGMA_PX``) of ``image`` over its valid pixels only."""
    filled = np.where(valid, image, np.float32(0.0)).astype(np.float32)
    mean = ndimage.gaussian_filter(filled, MEAN_SIGMA_PX, mode="constant", truncate=3.0)
    norm = ndimage.gaussian_filter(np.asarray(valid, np.float32), MEAN_SIGMA_PX, mode="constant", truncate=3.0)
    mean /= np.maximum(norm, np.float32(1e-6))
    return mean


@functools.lru_cache(maxsize=2)
def load_weights(path=WEIGHTS):
    """Weights as ``{name: float32 array}`` (convolutions ``w`` (out, in, k, k) and biases ``b``)."""
    if not os.path.exists(path):
        raise ValueError(f"The track model weights are missing ({path}): reinstall the plugin.")
    with np.load(path) as data:
        return {name: data[name].astype(np.float32) for name in data.files}


def conv(x, weight, bias, relu=True):
    """2-D convolution (cross-correlation) with zero padding, 'same' size.

    Parameters
    ----------
    x : ndarray float32 (in, rows, cols)
    weight : ndarray float32 (out, in, k, k), k odd
    bias : ndarray float32 (out,)

    Memory traffic, not arithmetic, bounds these small layers, so of two equivalent evaluations the
    one that moves fewer values is used: im2col (k*k*in values per pixel written then read) when
    the output has more channels, else one product per tap of the input followed by a shifted sum
    (in + 3*k*k*out values per pixel), which suits the wide-in, narrow-out decoder layers.
    """
    cin, rows, cols = x.shape
    cout, _, k, _ = weight.shape
    half = k // 2
    taps = k * k
    out = np.empty((cout, rows, cols), dtype=np.float32)
    shift_sum = cin + 3 * taps * cout < 2 * taps * cin
    if shift_sum:
        matrix = weight.transpose(2, 3, 0, 1).reshape(taps * cout, cin)
        stripe = max(1, _STRIPE_VALUES // (taps * cout * (cols + 2 * half)))
    else:
        matrix = weight.transpose(0, 2, 3, 1).reshape(cout, taps * cin)
        stripe = max(1, _STRIPE_VALUES // (taps * cin * cols))
    for r0 in range(0, rows, stripe):
        r1 = min(rows, r0 + stripe)
        n = r1 - r0
        # zero padding per stripe: a padded copy of the whole input would be the largest array
        window = _padded_rows(x, r0 - half, r1 + half, half)
        if shift_sum:
            wide = cols + 2 * half
            source = window.reshape(cin, (n + 2 * half) * wide)
            products = (matrix @ source).reshape(k, k, cout, n + 2 * half, wide)
            block = products[0, 0, :, :n, :cols].copy()
            for dy in range(k):
                for dx in range(k):
                    if dy or dx:
                        block += products[dy, dx, :, dy:dy + n, dx:dx + cols]
            block += bias[:, None, None]
        else:
            cols_matrix = np.empty((taps * cin, n, cols), dtype=np.float32)
            for dy in range(k):
                for dx in range(k):
                    tap = (dy * k + dx) * cin
                    cols_matrix[tap:tap + cin] = window[:, dy:dy + n, dx:dx + cols]
            block = (matrix @ cols_matrix.reshape(taps * cin, n * cols)).reshape(cout, n, cols)
            block += bias[:, None, None]
        if relu:
            np.maximum(block, 0.0, out=block)
        out[:, r0:r1] = block
    return out


def _padded_rows(x, start, stop, half):
    """Rows ``start:stop`` of ``x`` (c, rows, cols), zero beyond its edges, with ``half`` zero
    columns on each side."""
    channels, rows, cols = x.shape
    window = np.zeros((channels, stop - start, cols + 2 * half), dtype=np.float32)
    lo, hi = max(start, 0), min(stop, rows)
    window[:, lo - start:hi - start, half:half + cols] = x[:, lo:hi]
    return window


def _pool(x):
    c, r, w = x.shape
    return x.reshape(c, r // 2, 2, w // 2, 2).max(axis=(2, 4))


def _up(x):
    return x.repeat(2, axis=1).repeat(2, axis=2)


def _pair(x, weights, name):
    x = conv(x, weights[f"{name}.0.w"], weights[f"{name}.0.b"])
    return conv(x, weights[f"{name}.1.w"], weights[f"{name}.1.b"])


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


def forward(x, weights):
    """Logit (rows, cols) of the network for input ``x`` (2, rows, cols); rows, cols multiples of
    2 ** :func:`pooling_levels`."""
    skips = []
    levels = pooling_levels(weights)
    for level in range(levels):
        x = _pair(x, weights, f"down{level}")
        skips.append(x)
        x = _pool(x)
    x = _pair(x, weights, "bottom")
    for level in reversed(range(levels)):
        # the first convolution of [upsampled, skip] as the sum of one convolution of each part,
        # so the widest full-resolution array (their concatenation) is never built
        name, skip = f"up{level}", skips.pop()
        weight, upsampled = weights[f"{name}.0.w"], _up(x)
        split = upsampled.shape[0]
        x = conv(upsampled, weight[:, :split], weights[f"{name}.0.b"], relu=False)
        del upsampled
        x += conv(skip, weight[:, split:], np.zeros_like(weights[f"{name}.0.b"]), relu=False)
        del skip
        np.maximum(x, 0.0, out=x)
        x = conv(x, weights[f"{name}.1.w"], weights[f"{name}.1.b"])
    return conv(x, weights["head.w"], weights["head.b"], relu=False)[0]


def track_probability(image, valid, weights=None):
    """Probability (0..1, float32, same shape) that each pixel is on a track centreline (+-1 px).

    Parameters
    ----------
    image, valid : see :func:`model_input`.
    weights : dict, optional
        Network weights; default: the shipped :data:`WEIGHTS`.
    """
    return input_probability(model_input(image, valid), valid, weights)


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
