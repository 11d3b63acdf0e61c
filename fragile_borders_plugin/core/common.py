"""Shared helpers of the pure core: cancellation and progress plumbing, threads over
independent windows, polyline pieces (no qgis)."""
from concurrent.futures import ThreadPoolExecutor

import numpy as np

#: threads of :func:`map_in_threads` (the machines this runs on have 2 cores or more)
WINDOW_THREADS = 2


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


def map_in_threads(function, items, threads=None):
    """``[function(item) for item in items]``, computed in ``threads`` threads (default
    :data:`WINDOW_THREADS`), in order.

    For independent windows of numpy / scipy work, which release the interpreter lock on whole
    arrays: the steps that fit a model on sample windows would otherwise leave a core idle.
    """
    items = list(items)
    threads = WINDOW_THREADS if threads is None else threads
    if threads <= 1 or len(items) <= 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(threads, len(items))) as pool:
        return list(pool.map(function, items))


def arc_lengths(coords):
    """Distance along an (n, 2) polyline from its first vertex to each vertex."""
    return np.r_[0.0, np.cumsum(np.hypot(*np.diff(coords, axis=0).T))]


def polyline_piece(coords, along, start, end):
    """The vertices of the piece of an (n, 2) polyline between two distances along it
    (``along`` = :func:`arc_lengths` of ``coords``), ends interpolated."""
    inner = coords[(along > start) & (along < end)]
    ends = np.column_stack([np.interp([start, end], along, coords[:, 0]), np.interp([start, end], along, coords[:, 1])])
    return np.vstack([ends[:1], inner, ends[1:]])
