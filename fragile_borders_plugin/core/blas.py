"""OpenBLAS's own threads, limited where the caller already shares the work between threads.

numpy's matrix products run on OpenBLAS (Debian's numpy, QGIS's on most platforms), which starts
a thread per core and, after each product it shares, keeps them spinning for a while. Where the
work is already split between threads (the track network's row stripes, the change detection's
blocks), those spinning threads only take cores from the ones doing the work.
"""
import contextlib
import functools
import threading

#: how many callers hold the limit now, and the setting they found (runs can overlap in QGIS's tasks)
_holders = {"count": 0, "saved": None}
_lock = threading.Lock()


@contextlib.contextmanager
def blas_threads(count):
    """OpenBLAS limited to ``count`` threads meanwhile, where numpy uses OpenBLAS; elsewhere
    nothing changes. Overlapping uses (two analyses at once) leave the setting found by the first
    once the last one ends."""
    library = _openblas()
    if library is None:
        yield
        return
    with _lock:
        if _holders["count"] == 0:
            _holders["saved"] = library.openblas_get_num_threads()
        _holders["count"] += 1
        library.openblas_set_num_threads(count)
    try:
        yield
    finally:
        with _lock:
            _holders["count"] -= 1
            if _holders["count"] == 0:
                library.openblas_set_num_threads(_holders["saved"])


@functools.lru_cache(maxsize=1)
def _openblas():
    """The OpenBLAS library numpy's matrix products run on, or None."""
    import ctypes
    import ctypes.util

    names = ["libblas.so.3", "libopenblas.so.0", ctypes.util.find_library("openblas")]
    for name in filter(None, names):
        try:
            library = ctypes.CDLL(name)
            library.openblas_get_num_threads.restype = ctypes.c_int
            library.openblas_set_num_threads.argtypes = [ctypes.c_int]
        except (OSError, AttributeError):
            continue
        return library
    return None
