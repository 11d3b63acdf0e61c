"""Shared helpers of the pure core: cancellation and progress plumbing, polyline pieces (no qgis)."""
import numpy as np


class Cancelled(Exception):
    """Raised by a core function when its ``is_cancelled`` callback returns True."""


def check_cancel(is_cancelled):
    """Raise :class:`Cancelled` if the optional ``is_cancelled`` callable says so."""
    if is_cancelled is not None and is_cancelled():
        raise Cancelled("cancelled by the user")


def report(progress, percent):
    """Call the optional ``progress`` callable with a percentage in [0, 100]."""
    if progress is not None:
        progress(max(0.0, min(100.0, float(percent))))


def arc_lengths(coords):
    """Distance along an (n, 2) polyline from its first vertex to each vertex."""
    return np.r_[0.0, np.cumsum(np.hypot(*np.diff(coords, axis=0).T))]


def polyline_piece(coords, along, start, end):
    """The vertices of the piece of an (n, 2) polyline between two distances along it
    (``along`` = :func:`arc_lengths` of ``coords``), ends interpolated."""
    inner = coords[(along > start) & (along < end)]
    ends = np.column_stack([np.interp([start, end], along, coords[:, 0]), np.interp([start, end], along, coords[:, 1])])
    return np.vstack([ends[:1], inner, ends[1:]])
