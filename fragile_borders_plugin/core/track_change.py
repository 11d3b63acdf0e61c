"""Evidence of new tracks from two dates of the same window.

A new track is often too faint to tell from the dune crests, rock texture and wadi banks around
it in the later image alone, but those are in the earlier image too. In the difference of the two
dates, once the earlier one is matched to the later for misregistration, blur and illumination,
they cancel and the new track stands out on a flat, nearly noise-only background.

:func:`change_contrast` builds that difference for one window, in the same unit as the learned
detector's input (:data:`.track_model.CONTRAST_UNIT` of the local mean brightness), so the track
network reads it as it reads an image; :func:`appeared` tells a track that appeared (present in
the later image) from one that faded (present only in the earlier image), which leave the same
line in the difference with opposite signs, and :func:`off_edges` a track from the thin residual
that any matching leaves along strong edges.

Every step is window-local and deterministic: the shift, blur and gain are estimated on the
window itself, so tiles are processed independently.
"""
import numpy as np
from scipy import ndimage

from .change import robust_normalisation
from .track_model import CLIP, CONTRAST_UNIT, local_mean, model_input, relative_contrast

#: shifts larger than this (pixels) are not misregistration: the dates are left unshifted
MAX_SHIFT_PX = 3.0
#: extra Gaussian blurs (pixels) tried on BEFORE to match INPUT's sharpness
BLUR_STEPS_PX = (0.3, 0.45, 0.6, 0.75)
#: a ridge of the difference counts as appeared when the later date's track-scale energy around
#: it reaches this share of the earlier date's
APPEARED_ENERGY = 0.7
#: a ridge of the difference must exceed this times the gradient of INPUT's contrast (per pixel)
#: to be more than the residual of an edge (a 0.1-pixel misregistration)
EDGE_RESIDUAL = 0.1


def subpixel_shift(reference, moving, valid, iterations=3):
    """Translation (rows, cols) that moves ``moving`` onto ``reference``, to ~0.02 pixel.

    Phase correlation (to 1/10 pixel, biased towards whole pixels on smooth images) followed by
    least-squares refinement (``iterations`` Lucas-Kanade steps on the whole window, nodata
    excluded); ``(0, 0)`` when the correlation peak lies beyond :data:`MAX_SHIFT_PX` (the windows
    do not show the same place, or too little of it).
    """
    from skimage.registration import phase_cross_correlation

    reference = np.where(valid, reference, 0).astype(np.float32)
    moving = np.where(valid, moving, 0).astype(np.float32)
    shift, _, _ = phase_cross_correlation(reference, moving, upsample_factor=10, normalization=None)
    if np.any(np.abs(shift) > MAX_SHIFT_PX):
        return np.zeros(2)
    # pixels away from nodata and the window edge, where the shifted image is defined
    inner = ndimage.binary_erosion(valid, iterations=int(MAX_SHIFT_PX) + 2)
    coefficients = _spline_coefficients(moving)
    for _ in range(iterations):
        shifted = _shifted(coefficients, shift, moving.dtype)
        gy, gx = (g[inner] for g in np.gradient(shifted))
        residual = (reference - shifted)[inner]
        normal = np.array([[gy @ gy, gy @ gx], [gy @ gx, gx @ gx]], dtype=np.float64)
        if np.linalg.cond(normal) > 1e6:
            break
        # shifting by ``d`` changes the image by -d . gradient
        shift = shift - np.linalg.solve(normal, [gy @ residual, gx @ residual])
    return shift if np.all(np.abs(shift) <= MAX_SHIFT_PX) else np.zeros(2)


def blur_match(image, before, valid, image_contrast=None):
    """Extra Gaussian blur (pixels, 0 or one of :data:`BLUR_STEPS_PX`) that makes BEFORE as sharp
    as INPUT.

    The blur leaving the least (median squared) residual, after a 1-pixel smoothing that removes
    most of the noise, on the 5 % of pixels with the strongest gradients (where a sharpness
    mismatch shows); the dates are
    compared as relative contrasts, so their illumination need not match yet. INPUT is never
    blurred: that would fade the thin new tracks this is for (the network lost a 1.5 % track
    under a 0.75-pixel blur); where INPUT is the blurrier date its edges stay in the difference,
    and :func:`appeared` and BEFORE's own response keep them out.

    Parameters
    ----------
    image, before : ndarray (rows, cols)
        Brightness of the two dates, already aligned.
    valid : ndarray of bool
        Pixels with data at both dates.
    image_contrast : ndarray, optional
        ``_contrast(image, valid)`` when the caller has it already.
    """
    a = _contrast(image, valid) if image_contrast is None else image_contrast
    b = _contrast(before, valid)
    g = np.hypot(*np.gradient(ndimage.gaussian_filter(a, 1.0)))
    edges = valid & (g >= np.percentile(g[valid], 95))
    # white noise of BEFORE (MAD of its 5-point Laplacian, variance 20 x the noise's, on the
    # smoothest quarter of the window, where texture adds least): blurring it lowers the residual
    # by its own noise share, which is subtracted so no blur is chosen for that alone
    flat = valid & (g <= np.percentile(g[valid], 25))
    noise_var = (1.4826 * np.median(np.abs(ndimage.laplace(b)[flat]))) ** 2 / 20.0
    best = None
    for sigma in (0.0,) + BLUR_STEPS_PX:
        blurred = ndimage.gaussian_filter(b, sigma) if sigma else b
        gain = np.sum(a[valid] * blurred[valid]) / max(float(np.sum(blurred[valid] ** 2)), 1e-12)
        # the median, not the mean: the edges of real changes (a new compound) match at no blur
        residual = float(np.median(ndimage.gaussian_filter(a - gain * blurred, 1.0)[edges] ** 2))
        # a Gaussian of sigma s keeps 1 / (4 pi s^2) of white-noise variance; the median of a
        # squared Gaussian is 0.455 times its mean
        residual -= 0.455 * gain ** 2 * noise_var / (4.0 * np.pi * (1.0 + sigma ** 2))
        if best is None or residual < best[0]:
            best = (residual, sigma)
    return best[1]


def change_contrast(image, valid, before, before_valid):
    """INPUT minus BEFORE matched to it, relative to INPUT's local mean, in units of
    :data:`.track_model.CONTRAST_UNIT` (clipped to +-``CLIP``).

    BEFORE is shifted onto INPUT (:func:`subpixel_shift`), blurred to INPUT's sharpness
    (:func:`blur_match`) and mapped onto INPUT by the linear gain and offset fitted on 2-pixel
    smoothed brightness of the unchanged pixels (:func:`.change.robust_normalisation`: new
    compounds and cleared ground do not pull the fit; smoothing keeps texture that the two dates
    render slightly differently from biasing the gain low).

    Parameters
    ----------
    image, before : ndarray (rows, cols)
        Brightness of the later and earlier date on the same grid (any radiometric unit each).
    valid, before_valid : ndarray of bool
        Pixels with data.

    Returns
    -------
    contrast : ndarray float32 (rows, cols)
        0 where either date has no data.
    both : ndarray of bool
        Pixels with data at both dates.
    matched : tuple of ndarray
        Relative contrasts (:func:`_contrast`) of INPUT and of BEFORE after matching, for
        :func:`appeared` and :func:`off_edges`.
    """
    both = np.asarray(valid, bool) & np.asarray(before_valid, bool)
    contrast = np.zeros(both.shape, dtype=np.float32)
    if both.sum() < 16:
        return contrast, both, (contrast, contrast)
    fill = np.float32(np.median(image[both]))
    a = np.where(both, image, fill).astype(np.float32)
    b = np.where(both, before, np.float32(np.median(before[both]))).astype(np.float32)
    # INPUT is never changed by the matching: its contrast serves the shift and the tests
    mean = local_mean(a, both)
    image_contrast = relative_contrast(a, both, mean)
    shift = subpixel_shift(image_contrast, _contrast(b, both), both)
    if np.any(shift):
        b = ndimage.shift(b, shift, order=3, mode="nearest")
    sigma = blur_match(a, b, both, image_contrast)
    if sigma:
        b = ndimage.gaussian_filter(b, sigma)
    # every other pixel is plenty for two numbers
    sample = both[::2, ::2]
    gain, offset, _ = robust_normalisation(ndimage.gaussian_filter(a, 2.0)[::2, ::2][sample][:, None],
                                           ndimage.gaussian_filter(b, 2.0)[::2, ::2][sample][:, None])
    b = (gain[0] * b + offset[0]).astype(np.float32)
    contrast = (a - b) / (np.maximum(mean, np.float32(1e-6)) * np.float32(CONTRAST_UNIT))
    np.clip(contrast, -CLIP, CLIP, out=contrast)
    contrast[~both] = 0.0
    return contrast, both, (image_contrast, _contrast(b, both))


def appeared(matched, width_px, energy_sigma_px=3.0):
    """Where a ridge of the difference may belong to INPUT (appeared) rather than to BEFORE (faded).

    With the common background ``g``, a track ``t`` that appeared gives INPUT ``g + t`` and
    BEFORE ``g``; one that faded the reverse. The track-scale energy (:func:`_track_band`, squared
    and smoothed over ``energy_sigma_px``) of the side that holds the track exceeds the other's by
    ``|t|^2`` on average, whatever ``g``; on strong texture a faint track moves it little, hence
    the tolerance :data:`APPEARED_ENERGY` below 1 (BEFORE's own response rejects the faded tracks
    it can see, see :func:`.tracks.new_track_response`).

    Parameters
    ----------
    matched : tuple of ndarray
        Contrasts of INPUT and BEFORE as returned by :func:`change_contrast`.
    width_px : float
        Track width in pixels.
    """
    image, before = (ndimage.gaussian_filter(_track_band(x, width_px) ** 2, energy_sigma_px) for x in matched)
    return image >= APPEARED_ENERGY * before


def off_edges(contrast, matched, width_px):
    """Where a ridge of the difference is more than the residual of INPUT's edges.

    A misregistration or sharpness mismatch left after matching (a tenth of a pixel) leaves, along
    INPUT's strong edges (rock outlines, wadi banks, slip faces), a thin line in the difference of
    about that fraction of the edge's gradient. A ridge counts where its amplitude (difference of
    Gaussians at the track width, maximum within 1 pixel) reaches :data:`EDGE_RESIDUAL` times the
    gradient of INPUT's contrast (maximum within 2 pixels); a new track on flat ground or across
    gentle dune slopes passes, the outline of a rock outcrop does not.

    Parameters
    ----------
    contrast, matched : as returned by :func:`change_contrast`.
    width_px : float
        Track width in pixels.
    """
    ridge = ndimage.maximum_filter(np.abs(_track_band(contrast, width_px)), size=3)
    image = ndimage.gaussian_filter(matched[0], 1.0)
    gradient = ndimage.maximum_filter(np.hypot(*np.gradient(image)), size=5)
    return ridge >= EDGE_RESIDUAL * gradient


def _track_band(x, width_px):
    """Difference of Gaussians at the track scale: 1-pixel smoothing minus its surroundings."""
    centre = ndimage.gaussian_filter(x, 1.0)
    return centre - ndimage.gaussian_filter(centre, 3.0 + width_px)


#: :func:`scipy.ndimage.shift` pads by this many edge pixels before its spline prefilter ("nearest")
_SPLINE_PAD = 12


def _spline_coefficients(image):
    """Cubic spline coefficients of ``image`` as :func:`scipy.ndimage.shift` (order 3, mode
    "nearest") computes them on every call: computed once for the refinement's repeated shifts."""
    padded = np.pad(image, _SPLINE_PAD, mode="edge")
    return ndimage.spline_filter(padded, 3, output=np.float64, mode="nearest")


def _shifted(coefficients, shift, dtype):
    """``ndimage.shift(image, shift, order=3, mode="nearest")`` from :func:`_spline_coefficients`
    of ``image`` (the same values: the pad exceeds the largest shift plus the spline's reach)."""
    inner = (slice(_SPLINE_PAD, -_SPLINE_PAD),) * 2
    return ndimage.shift(coefficients, shift, order=3, mode="nearest", prefilter=False)[inner].astype(dtype)


def _contrast(x, valid):
    """Relative contrast of the network input (:func:`.track_model.model_input`)."""
    return model_input(x, valid)[0]
