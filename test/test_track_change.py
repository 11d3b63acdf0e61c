"""Matching two dates for new-track evidence (core, no QGIS needed)."""
import numpy as np
from scipy import ndimage

from fragile_borders_plugin.core import track_change as C

SIZE = 256


def terrain(seed=0, contrast=0.04):
    """Smooth texture (rock, dunes) around a reflectance of 2000, ``contrast`` standard deviation."""
    rng = np.random.default_rng(seed)
    texture = sum(ndimage.gaussian_filter(rng.standard_normal((SIZE, SIZE)), s) * s for s in (1.5, 4.0, 12.0))
    return (2000.0 * (1.0 + contrast * texture / texture.std())).astype(np.float32)


def sense(scene, seed, shift=(0.0, 0.0), psf=0.6, gain=1.0, offset=0.0, noise=8.0):
    """One date: blur, shift (linear interpolation, as a resampled image), gain/offset, noise."""
    image = ndimage.shift(ndimage.gaussian_filter(scene, psf), shift, order=1, mode="nearest")
    rng = np.random.default_rng(seed)
    return (gain * image + offset + rng.normal(0.0, noise, scene.shape)).astype(np.float32)


def line_mask(p0=(40, 30), p1=(220, 230), half_width=1.0):
    rr, cc = np.mgrid[0:SIZE, 0:SIZE]
    d = np.subtract(p1, p0) / np.hypot(*np.subtract(p1, p0))
    return np.abs((rr - p0[0]) * d[1] - (cc - p0[1]) * d[0]) <= half_width


VALID = np.ones((SIZE, SIZE), bool)


def test_subpixel_shift_recovers_the_misregistration():
    scene = terrain(1)
    after = sense(scene, 1, shift=(0.4, -0.3))
    before = sense(scene, 2)
    np.testing.assert_allclose(C.subpixel_shift(after, before, VALID), (0.4, -0.3), atol=0.06)
    # displaced by 40 px, far beyond misregistration: left unshifted
    assert np.all(C.subpixel_shift(after, np.roll(before, 40, axis=1), VALID) == 0)


def test_blur_match_sharpens_nothing_and_blurs_the_sharper_before():
    scene = terrain(2)
    sharp, soft = sense(scene, 3, psf=0.5), sense(scene, 4, psf=1.0)
    assert C.blur_match(soft, sharp, VALID) >= 0.6  # sqrt(1.0^2 - 0.5^2) = 0.87
    assert C.blur_match(sharp, sense(scene, 5, psf=0.5), VALID) <= 0.3
    assert C.blur_match(sharp, soft, VALID) == 0.0  # INPUT is never blurred, BEFORE is not sharpened


def test_change_contrast_cancels_the_common_scene_and_keeps_a_new_track():
    scene = terrain(3)
    track = scene * np.float32(1.0 + 0.02 * line_mask())  # a 2 % brighter track, 3 px wide
    after = sense(track, 6, shift=(0.45, 0.35), psf=0.75)
    before = sense(scene, 7, psf=0.55, gain=0.8, offset=300.0)  # other illumination
    contrast, both, matched = C.change_contrast(after, VALID, before, VALID)
    assert both.all()
    on, off = line_mask(half_width=0.5), ~line_mask(half_width=6)
    # in units of 5 %: the track reads ~0.4 where the texture (up to +-8 %) has cancelled to the
    # noise of the two dates (8 DN of 2000 each)
    assert 0.25 < np.median(contrast[on]) < 0.5
    assert np.std(contrast[off]) < 0.12
    assert np.std(contrast[off]) < 0.15 * np.std((after - after.mean()) / after.mean() / 0.05)
    # the track appeared: it is in INPUT, not in BEFORE
    assert C.appeared(matched, 2.0)[on].mean() > 0.9
    assert C.off_edges(contrast, matched, 2.0)[on].mean() > 0.9


def test_appeared_tells_a_new_track_from_a_faded_one_on_plain_ground():
    # (on strong texture a faint track moves the energies little: APPEARED_ENERGY is a tolerance,
    # BEFORE's own response rejects the faded tracks it sees, see test_tracks_core)
    scene = terrain(5, contrast=0.01)
    track = scene * np.float32(1.0 + 0.03 * line_mask())
    with_track, without = sense(track, 8), sense(scene, 9)
    _, both, matched = C.change_contrast(with_track, VALID, without, VALID)
    on = line_mask(half_width=0.5)
    assert C.appeared(matched, 2.0)[on].mean() > 0.9
    _, both, matched = C.change_contrast(without, VALID, with_track, VALID)
    assert C.appeared(matched, 2.0)[on].mean() < 0.4


def test_edges_of_the_scene_are_not_taken_for_new_tracks():
    # a dark outcrop with a sharp outline, the dates misregistered by 0.3 px more than matching
    # can see (the shift is applied after the noise, the outline is left in the difference)
    rr, cc = np.mgrid[0:SIZE, 0:SIZE]
    scene = terrain(6) * np.float32(1.0 - 0.4 * (np.hypot(rr - 128, cc - 128) < 60))
    after = sense(scene, 10)
    before = ndimage.shift(sense(scene, 11), (0.3, 0.0), order=1, mode="nearest")
    contrast, both, matched = C.change_contrast(after, VALID, before, VALID)
    outline = np.abs(np.hypot(rr - 128, cc - 128) - 60) < 1.5
    kept = C.off_edges(contrast, matched, 2.0)
    assert kept[outline].mean() < 0.2


def test_change_contrast_of_dates_without_common_data_is_zero():
    scene = terrain(4)
    valid = np.zeros((SIZE, SIZE), bool)
    valid[:, :100] = True
    before_valid = ~valid
    contrast, both, _ = C.change_contrast(scene, valid, scene, before_valid)
    assert not both.any() and not contrast.any()
