"""Line test of change detection: evidence summed along thin straight lines (walls, fences,
appeared tracks) that are too faint for the pixel test.

The shift-compensated difference of the dates, projected on the direction a uniform
brightening takes in feature space and divided by its expected spread (pixel scatter, and what
the residual misregistration makes of existing edges), is summed over both halves of
1-pixel-wide digital lines of ``length_px`` pixels in 8 orientations (cumulative sums: the
cost does not depend on the length). Each orientation's half sums are standardised on sample
windows away from what the other stages detect, tested at the significance Bonferroni-corrected
over the orientations and never below the sample's empirical tail quantile (unchanged dunes and
rock are heavy-tailed).
"""
from dataclasses import dataclass

import numpy as np

from .change_blocks import dilate3, erode3, opening3, pixel_indices
from .change_model import SHIFT_SLACK_PX, WINDOW_TAIL_FACTOR
from .common import map_in_threads

#: standardised difference a pixel must carry itself, on the side of its line, to be flagged
#: (the blurred fringe beside a change has lines too; chosen on the dev seeds: 0, 0.7, 1.2)
OWN_SUPPORT = 1.2
#: orientations (0-153 degrees) as (row, col) steps and the partner pixel that completes each
#: step of the 2-step lines (Bresenham: slope 1/2 runs through (0, 0), (0, 1), (1, 2), (1, 3)...)
LINE_STEPS = (((0, 1), None), ((1, 2), (0, 1)), ((1, 1), None), ((2, 1), (1, 0)),
              ((1, 0), None), ((2, -1), (1, 0)), ((1, -1), None), ((1, -2), (0, -1)))


@dataclass
class LineEvidence:
    """The fitted line test: ``direction`` (k,) projects feature differences; ``noise`` is the
    pixel scatter of the projection on unchanged ground; ``limits`` (8,) are the half-line sums
    (one per orientation of :data:`LINE_STEPS`) beyond which both halves of a line must lie."""

    length_px: int
    direction: np.ndarray
    noise: float
    limits: np.ndarray


def brightening_direction(model, mean_after):
    """Unit vector (k,) along which BEFORE - AFTER features move when AFTER brightens uniformly
    by a small factor (``mean_after``: AFTER's mean pixel (p,)); walls and tracks mostly
    brighten or darken the ground."""
    if model.ma is None:
        return np.ones(1, dtype=np.float32)
    vector = np.asarray(model.ma, dtype=np.float64) @ np.asarray(mean_after, dtype=np.float64)[model.keep]
    norm = float(np.linalg.norm(vector))
    return (vector / norm if norm > 0 else np.ones_like(vector) / np.sqrt(vector.size)).astype(np.float32)


def projected_difference(direction, fb, fa, valid, shift_px, noise=None):
    """BEFORE - AFTER along ``direction`` (h, w) float32 with the first-order effect of the
    measured shift and blur removed (the model of :func:`.change_model.compensate_shift`), and
    (given the pixel scatter ``noise``) over its expected spread on unchanged ground: the
    scatter and what the local misregistration left after the compensation
    (:data:`.change_model.SHIFT_SLACK_PX` times the gradient) makes of an existing edge. Zero
    where a pixel or one of its 8 neighbours is invalid (the derivatives are meaningless there)."""
    before = np.tensordot(direction, fb, axes=1)
    after = np.tensordot(direction, fa, axes=1)
    difference = before - after
    mean = before
    mean += after
    mean *= np.float32(0.5)
    gy, gx = _gradient(mean)
    if shift_px is not None:
        compensation = np.multiply(gy, np.float32(shift_px[0]))
        np.multiply(gx, np.float32(shift_px[1]), out=after)
        compensation += after
        laplacian = _laplacian(mean)
        laplacian *= np.float32(shift_px[2])
        compensation += laplacian
        difference -= compensation
    if noise is not None:  # the gradients are not needed after this: squared in place
        spread = np.multiply(gy, gy, out=gy)
        spread += np.multiply(gx, gx, out=gx)
        spread *= np.float32(SHIFT_SLACK_PX ** 2)
        spread += np.float32(noise) ** 2
        difference /= np.sqrt(spread, out=spread)
    if not valid.all():
        difference[~erode3(valid)] = 0.0
    return difference


def _gradient(values):
    """``np.gradient`` of a 2-D array (central differences, one-sided at the edges, the same
    numbers), written into its outputs without temporaries."""
    gy, gx = np.empty_like(values), np.empty_like(values)
    for v, out in ((values, gy), (values.T, gx.T)):  # along the rows of each (views)
        np.subtract(v[2:], v[:-2], out=out[1:-1])
        out[1:-1] /= 2.0
        np.subtract(v[1], v[0], out=out[0])
        np.subtract(v[-1], v[-2], out=out[-1])
    return gy, gx


def _laplacian(values):
    """5-point Laplacian (h, w), edges repeated (slices instead of a padded copy)."""
    out = np.empty_like(values)
    out[1:] = values[:-1]
    out[0] = values[0]
    out[:-1] += values[1:]
    out[-1] += values[-1]
    out[:, 1:] += values[:, :-1]
    out[:, 0] += values[:, 0]
    out[:, :-1] += values[:, 1:]
    out[:, -1] += values[:, -1]
    out -= np.float32(4.0) * values
    return out


def area_fringes(pixel):
    """Pixels within 2 of the core of an area (not a thin line) that the pixel test flags: the
    line test does not grow areas by their blurred edge."""
    return dilate3(opening3(pixel))


def oriented_line_sums(values, length_px, rows, cols):
    """Yield, for each orientation of :data:`LINE_STEPS`, the sums (n,) of ``values`` (h, w) over
    the two halves of the digital line of ``length_px`` pixels centred on each of the pixels
    ``rows, cols`` (n,) (zero outside). The running sums along each orientation cover the whole
    array; the halves are read off them at the given pixels only (the test needs few)."""
    h, w = values.shape
    pad = length_px + 2
    width = w + 2 * pad
    padded = np.zeros((h + 2 * pad, width), dtype=np.float32)
    padded[pad:pad + h, pad:pad + w] = values
    flat = padded.ravel()
    centres = (pad * width + pad) + np.asarray(rows, dtype=np.int64) * width + np.asarray(cols, dtype=np.int64)
    pair_sums, cumulative = np.empty_like(flat), np.empty_like(flat)  # reused by every orientation
    for (dr, dc), partner in LINE_STEPS:
        steps, source = length_px, flat
        if partner is not None:  # each step adds a pixel pair
            steps, source = length_px // 2, _plus_shifted(flat, partner[0] * width + partner[1], pair_sums)
        stride = dr * width + dc
        _cumulative(source, stride, width, cumulative)
        # the running sums just before each half and at its end: gathered at one index array
        # from views that start further on (no index arithmetic per gather)
        first = -(steps // 2) - 1
        starts = centres + first * stride
        low, centre, high = (cumulative[(t - first) * stride:][starts] for t in (first, -1, steps - steps // 2 - 1))
        yield centre - low, high - centre


def _plus_shifted(flat, offset, out):
    """``flat[i] + flat[i + offset]`` (zero beyond the ends) into ``out``."""
    out[:] = flat
    if offset > 0:
        out[:-offset] += flat[offset:]
    else:
        out[-offset:] += flat[:offset]
    return out


def _cumulative(flat, stride, width, out):
    """Running sums of ``flat`` along steps of ``stride`` elements into ``out``, each residue
    class apart (``stride`` 1: row by row of ``width``, so that no sum runs over the whole block).
    The tail beyond the last whole step is left as it was (it lies in the zero padding)."""
    if stride == 1:
        np.cumsum(flat.reshape(-1, width), axis=1, out=out.reshape(-1, width))
        return
    rows = flat.size // stride
    source, sums = flat[:rows * stride].reshape(rows, stride), out[:rows * stride].reshape(rows, stride)
    sums[0] = source[0]
    for row in range(1, rows):  # row by row: whole contiguous rows per call, unlike cumsum(axis=0)
        np.add(sums[row - 1], source[row], out=sums[row])


def line_length_px(length_m, pixel_m):
    """Pixels (even, >= 4) of a line test of ``length_m`` metres on ``pixel_m`` pixels; 0 = off."""
    if length_m <= 0:
        return 0
    return max(4, 2 * int(round(length_m / pixel_m / 2.0)))


def fit_lines(direction, samples, length_px, significance):
    """Calibrate the line test on sample windows: ``samples`` lists ``(before, after, valid,
    usable, shift_px)``: features (k, h, w) of both dates, their validity and the pixels whose
    whole line lies on valid ground that the pixel test did not flag (the null sample).

    A line counts as changed when both its halves sum beyond the limit with the same sign (so
    that a line reaching into a strong change with one end does not count). Each orientation's
    half sums are standardised by their robust spread; the limit is the larger of the normal
    quantile at which both independent halves pass with probability ``(1 - significance) / 8``
    and the empirical quantile of the standardised statistic at
    :data:`.change_model.WINDOW_TAIL_FACTOR` times further into the tail, the median over the
    windows (a long faint track or a wall the pixel test missed sets the tail of the window it
    crosses, not the limit). Returns None when the windows hold too few usable lines.
    """
    from scipy.stats import norm

    def null_sample(sample):
        fb, fa, valid, usable, shift_px = sample
        return projected_difference(direction, fb, fa, valid, shift_px)[usable]

    def half_sums(sample):  # per orientation: both half sums of the usable pixels
        fb, fa, valid, usable, shift_px = sample
        difference = projected_difference(direction, fb, fa, valid, shift_px, noise)
        return list(oriented_line_sums(difference, length_px, *pixel_indices(usable)))

    def tail_quantile(window):
        statistic = np.concatenate([_both_halves(*halves) / spread for halves, spread in zip(window, spreads)])
        return float(np.quantile(statistic, 1.0 - tail / WINDOW_TAIL_FACTOR))

    null = np.concatenate(map_in_threads(null_sample, samples))
    if null.size < 1000:
        return None
    noise = _robust_spread(null)
    windows = map_in_threads(half_sums, samples)
    spreads = np.array(map_in_threads(_robust_spread, [np.concatenate([w[o][0] for w in windows])
                                                       for o in range(len(LINE_STEPS))]))
    tail = (1.0 - significance) / len(LINE_STEPS)
    empirical = map_in_threads(tail_quantile, [window for window in windows if window[0][0].size >= 1000])
    limit = max([float(norm.isf(np.sqrt(tail / 2.0))), float(np.median(empirical)) if empirical else 0.0])
    return LineEvidence(int(length_px), direction, noise, (limit * spreads).astype(np.float32))


def _robust_spread(values):
    """1.4826 x the median absolute deviation of ``values`` (at least 1e-9)."""
    return max(1.4826 * float(np.median(np.abs(values - np.median(values)))), 1e-9)


def _both_halves(first, second):
    """How far both half sums lie beyond zero on the same side (the smaller magnitude; 0 when
    their signs differ)."""
    return np.maximum(np.minimum(first, second), -np.maximum(first, second))


def line_evidence(lines, fb, fa, valid, shift_px, skip=None):
    """Pixels (h, w) on a significant line whose own standardised difference lies beyond
    :data:`OWN_SUPPORT` on the line's side (the lines are tested at those pixels only, except at
    the pixels ``skip`` (h, w), never flagged)."""
    difference = projected_difference(lines.direction, fb, fa, valid, shift_px, lines.noise)
    tested = np.abs(difference) > OWN_SUPPORT
    tested &= valid
    if skip is not None:
        tested &= ~skip
    rows, cols = pixel_indices(tested)
    side = np.sign(difference[rows, cols])
    passed = np.zeros(rows.size, dtype=bool)
    for limit, (first, second) in zip(lines.limits, oriented_line_sums(difference, lines.length_px, rows, cols)):
        first *= side
        second *= side
        passed |= (first > limit) & (second > limit)
    flagged = np.zeros(valid.shape, dtype=bool)
    flagged[rows[passed], cols[passed]] = True
    return flagged
