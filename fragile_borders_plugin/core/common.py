"""Shared helpers of the pure core: cancellation and progress plumbing (no qgis)."""


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
