"""Common grid of two rasters and windowed reading on it (pure rasterio/numpy, no qgis).

A *grid* is BEFORE's pixel grid restricted to the part that AFTER also covers (and, when
given, to the bounds of an area of interest). Every raster of an analysis is read on that
grid, block by block, through :class:`AlignedReader`:

* when the raster already sits on the grid (same CRS, same pixel size, whole-pixel offset)
  the reader does a plain windowed read — no resampling, no cost;
* when each grid pixel is exactly k x k pixels of a continuous raster (same CRS, integer
  ratio, origin on a pixel corner — the coarsened grids of track extraction) it reads the
  k-times larger window and averages each block exactly, so the values do not depend on where
  the georeference puts the origin (GDAL's warper rounds its averages to the raster's data type
  and computes their footprints from the coordinates);
* otherwise it reads through a GDAL :class:`rasterio.vrt.WarpedVRT` onto the grid.
  Continuous images use **bilinear** resampling when the source pixel is at least half the
  grid pixel (no half-pixel jitter as with nearest, no overshoot at sharp edges as with
  cubic, which would itself look like change), and **average** when the source is much
  finer (avoids aliasing). Masks and classes use **nearest**.

Reads may run past the grid (halo rows for neighbourhood filters): those pixels come back
as invalid, so block-wise code needs no special case at the scene border.

Every read returns float32 pixel values (no integer overflow in later arithmetic) and a
boolean validity mask that honours the raster's nodata value, its internal mask or alpha
band, and NaN.
"""
import math
from dataclasses import dataclass

import numpy as np
import rasterio
from rasterio.enums import MaskFlags, Resampling
from rasterio.transform import Affine
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform_bounds

#: smallest overlap, in pixels along each axis, worth analysing
MIN_OVERLAP_PX = 8


@dataclass
class Grid:
    """A north-up pixel grid: CRS, affine transform and size in pixels."""

    crs: object
    transform: Affine
    width: int
    height: int

    @property
    def pixel_size(self):
        """(x, y) pixel size in CRS units (positive numbers)."""
        return abs(self.transform.a), abs(self.transform.e)

    @property
    def bounds(self):
        """(left, bottom, right, top) in CRS units."""
        left, top = self.transform.c, self.transform.f
        return left, top + self.transform.e * self.height, left + self.transform.a * self.width, top

    def window_transform(self, row0, col0=0):
        """Affine transform of a window whose top-left pixel is (``row0``, ``col0``) of the grid."""
        return self.transform * Affine.translation(col0, row0)

    def pixel_area_m2(self):
        """Approximate area of one pixel in square metres (exact for projected metric CRSs).

        For a geographic CRS the area at the grid's centre latitude is returned.
        """
        px, py = self.pixel_size
        crs = rasterio.crs.CRS.from_user_input(self.crs)
        if crs.is_geographic:
            left, bottom, right, top = self.bounds
            lat = math.radians((bottom + top) / 2.0)
            metres_per_degree = 111_320.0
            return (px * metres_per_degree * math.cos(lat)) * (py * metres_per_degree)
        try:
            factor = float(crs.linear_units_factor[1])
        except Exception:  # noqa: BLE001 - CRS without declared units: assume metres
            factor = 1.0
        return px * py * factor * factor


def _check_georeferenced(dataset, name):
    if dataset.crs is None:
        raise ValueError(f"{name} has no coordinate reference system: assign one (GDAL, QGIS "
                         "'Assign projection') so the two dates can be aligned.")
    transform = dataset.transform
    if transform.b != 0 or transform.d != 0:
        raise ValueError(f"{name} has a rotated geotransform: warp it to a north-up grid first "
                         "(gdalwarp or QGIS Warp).")
    if transform.e >= 0:
        raise ValueError(f"{name} is not north-up (positive pixel height): warp it first.")


def common_grid(before, after, aoi_bounds=None, min_overlap_px=MIN_OVERLAP_PX):
    """Return BEFORE's grid restricted to the overlap with AFTER (and ``aoi_bounds``).

    Parameters
    ----------
    before, after : rasterio dataset
        Open datasets; the grid keeps BEFORE's CRS and pixel size.
    aoi_bounds : tuple, optional
        (left, bottom, right, top) in BEFORE's CRS units limiting the grid.
    min_overlap_px : int
        Smallest accepted width and height of the overlap, in pixels.

    Raises
    ------
    ValueError
        When the rasters do not overlap or the overlap is too small.
    """
    _check_georeferenced(before, "BEFORE")
    _check_georeferenced(after, "AFTER")
    after_bounds = transform_bounds(after.crs, before.crs, *after.bounds, densify_pts=21)
    left = max(before.bounds.left, after_bounds[0])
    bottom = max(before.bounds.bottom, after_bounds[1])
    right = min(before.bounds.right, after_bounds[2])
    top = min(before.bounds.top, after_bounds[3])
    if right <= left or top <= bottom:
        raise ValueError("BEFORE and AFTER do not overlap: check that both cover the same area "
                         "(and that their CRSs are right).")
    if aoi_bounds is not None:
        left, bottom = max(left, aoi_bounds[0]), max(bottom, aoi_bounds[1])
        right, top = min(right, aoi_bounds[2]), min(top, aoi_bounds[3])
        if right <= left or top <= bottom:
            raise ValueError("The area of interest does not intersect the overlap of BEFORE and AFTER.")
    t = before.transform
    eps = 1e-6
    col0 = max(0, int(math.floor((left - t.c) / t.a + eps)))
    col1 = min(before.width, int(math.ceil((right - t.c) / t.a - eps)))
    row0 = max(0, int(math.floor((top - t.f) / t.e + eps)))
    row1 = min(before.height, int(math.ceil((bottom - t.f) / t.e - eps)))
    width, height = col1 - col0, row1 - row0
    if width < min_overlap_px or height < min_overlap_px:
        raise ValueError(f"The overlap of BEFORE and AFTER is only {max(width, 0)} x {max(height, 0)} "
                         f"pixels; at least {min_overlap_px} x {min_overlap_px} are needed. Check the "
                         "inputs cover the same area.")
    return Grid(before.crs, t * Affine.translation(col0, row0), width, height)


def resolve_bands(requested, count, name):
    """Check a 1-based band list against a raster with ``count`` bands; None = all bands."""
    if requested is None or len(requested) == 0:
        return list(range(1, count + 1))
    bands = [int(b) for b in requested]
    bad = [b for b in bands if b < 1 or b > count]
    if bad:
        raise ValueError(f"{name}: band(s) {', '.join(map(str, bad))} out of range; the raster has "
                         f"{count} band(s) numbered 1 to {count}.")
    return bands


class AlignedReader:
    """Read bands of one raster on a :class:`Grid`, block by block, as float32.

    Parameters
    ----------
    path : str
        Raster file readable by GDAL.
    grid : Grid
        Target grid.
    bands : list of int
        1-based band numbers to read.
    kind : {"continuous", "mask"}
        Picks the resampling when the raster is not on the grid (see module doc).
    name : str
        Name used in error messages.
    dataset : rasterio dataset, optional
        Already open dataset to use (not closed by :meth:`close`).
    """

    def __init__(self, path, grid, bands, kind="continuous", name="raster", dataset=None):
        self.name = name
        self._owned = dataset is None
        try:
            self.dataset = rasterio.open(path) if dataset is None else dataset
        except rasterio.errors.RasterioIOError as error:
            raise ValueError(f"{name}: cannot open '{path}' as a raster ({error}). Is it a complete, "
                             "valid GeoTIFF?") from None
        ds = self.dataset
        self.grid = grid
        self.bands = list(bands)
        self.vrt = None
        self._alpha = None
        self.nodata = ds.nodata
        _check_georeferenced(ds, name)
        # a mask is never averaged: its blocks keep GDAL's nearest below
        placement = self._placement(ds, grid, max_factor=1 if kind == "mask" else None)
        if placement is not None:
            row, col, self.factor = placement
            self.offset = (row, col)
            self.source = ds
            self.width, self.height = ds.width, ds.height
        else:
            self.offset, self.factor = (0, 0), 1
            self._open_warped(ds, grid, kind)
        flags = ds.mask_flag_enums[0] if ds.count else ()
        self._use_masks = (self.vrt is None and self.nodata is None
                           and (MaskFlags.per_dataset in flags or MaskFlags.alpha in flags))

    def _open_warped(self, ds, grid, kind):
        """Read through a WarpedVRT onto ``grid`` (see the module doc for the resampling)."""
        if kind == "mask":
            resampling = Resampling.nearest
        else:
            ratio = min(abs(ds.transform.a) / grid.pixel_size[0], abs(ds.transform.e) / grid.pixel_size[1])
            resampling = Resampling.bilinear if ratio >= 0.5 else Resampling.average
        options = dict(crs=grid.crs, transform=grid.transform, width=grid.width, height=grid.height,
                       resampling=resampling)
        if ds.nodata is None or (isinstance(ds.nodata, float) and math.isnan(ds.nodata)):
            options["add_alpha"] = True
        self.vrt = WarpedVRT(ds, **options)
        if options.get("add_alpha"):
            self._alpha = self.vrt.count
        self.source = self.vrt
        self.width, self.height = grid.width, grid.height

    @staticmethod
    def _placement(ds, grid, max_factor=None):
        """(row, col, factor) when every grid pixel is exactly ``factor`` x ``factor`` pixels of
        ``ds`` (same CRS, integer pixel ratio, grid origin on a corner of a ``ds`` pixel): the grid
        origin in ``ds`` pixels and the ratio; None otherwise."""
        if rasterio.crs.CRS.from_user_input(ds.crs) != rasterio.crs.CRS.from_user_input(grid.crs):
            return None
        t, g = ds.transform, grid.transform
        factor = round(g.a / t.a)
        if factor < 1 or (max_factor is not None and factor > max_factor):
            return None
        if not (math.isclose(g.a, factor * t.a, rel_tol=1e-9) and math.isclose(g.e, factor * t.e, rel_tol=1e-9)):
            return None
        col = (g.c - t.c) / t.a
        row = (g.f - t.f) / t.e
        if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
            return None
        return int(round(row)), int(round(col)), factor

    @property
    def is_resampled(self):
        """True when the values are not INPUT's own pixels (warped, or averaged onto a coarser grid)."""
        return self.vrt is not None or self.factor > 1

    def read(self, row0, row1, col0=0, col1=None):
        """Read grid rows ``row0:row1`` and columns ``col0:col1`` (may run past the grid).

        On a grid ``factor`` times coarser than the raster, a pixel is the exact mean of the valid
        raster pixels it covers (GDAL's *average*, without its rounding to the raster's data type
        and without its dependence on where the georeference puts the origin).

        Returns
        -------
        data : ndarray, float32, shape (bands, rows, cols)
            Pixel values; 0 where invalid.
        valid : ndarray, bool, shape (rows, cols)
            True where every band holds data (not nodata, not masked, not NaN, inside the
            grid and the raster).
        """
        col1 = self.grid.width if col1 is None else col1
        r0, r1 = max(row0, 0), min(row1, self.grid.height)
        c0, c1 = max(col0, 0), min(col1, self.grid.width)
        if r1 <= r0 or c1 <= c0:
            return _pad(None, None, len(self.bands), (row1 - row0, col1 - col0), (0, 0))
        k, (dr, dc) = self.factor, self.offset
        data, valid = self._read_source(r0 * k + dr, r1 * k + dr, c0 * k + dc, c1 * k + dc)
        if k > 1:
            data, valid = _block_mean(data, valid, k)
        if (r0, r1, c0, c1) == (row0, row1, col0, col1):  # the usual case: no padding, no copy
            return data, valid
        return _pad(data, valid, len(self.bands), (row1 - row0, col1 - col0), (r0 - row0, c0 - col0))

    def _read_source(self, sr0, sr1, sc0, sc1):
        """Source rows ``sr0:sr1``, columns ``sc0:sc1`` (zero and invalid past the raster)."""
        r0, c0 = max(sr0, 0), max(sc0, 0)
        r1, c1 = min(sr1, self.height), min(sc1, self.width)
        shape = (sr1 - sr0, sc1 - sc0)
        if r1 <= r0 or c1 <= c0:
            return _pad(None, None, len(self.bands), shape, (0, 0))
        window = rasterio.windows.Window(c0, r0, c1 - c0, r1 - r0)
        try:
            block = self.source.read(self.bands, window=window, out_dtype="float32")
        except rasterio.errors.RasterioIOError as error:
            raise ValueError(f"{self.name}: reading failed ({error}); the file may be truncated or "
                             "corrupt.") from None
        ok = self._valid(block, window)
        if not ok.all():
            block[:, ~ok] = 0.0
        if (r0, r1, c0, c1) == (sr0, sr1, sc0, sc1):
            return block, ok
        return _pad(block, ok, len(self.bands), shape, (r0 - sr0, c0 - sc0))

    def _valid(self, block, window):
        """Pixels of ``block`` (read from ``window``) where every band holds data."""
        ok = np.ones(block.shape[1:], dtype=bool)
        if self.nodata is not None and not (isinstance(self.nodata, float) and math.isnan(self.nodata)):
            nodata = np.float32(self.nodata)
            for band in block:  # band by band into one mask: no (bands, rows, cols) temporary
                ok &= band != nodata
        if np.issubdtype(np.dtype(self.dataset.dtypes[0]), np.floating):
            ok &= np.isfinite(block).all(axis=0)
        if self.vrt is not None and self._alpha is not None:
            ok &= self.vrt.read(self._alpha, window=window) > 0
        elif self._use_masks:
            ok &= self.source.read_masks(1, window=window) > 0
        return ok

    def close(self):
        if self.vrt is not None:
            self.vrt.close()
        if self._owned:
            self.dataset.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _pad(block, ok, bands, shape, at):
    """``block`` (bands, rows, cols) and its validity ``ok`` placed at ``at`` = (row, col) in zero,
    invalid arrays of ``shape``; all zero and invalid when ``block`` is None."""
    data = np.zeros((bands,) + tuple(shape), dtype=np.float32)
    valid = np.zeros(shape, dtype=bool)
    if block is not None:
        (r, c), (h, w) = at, ok.shape
        data[:, r:r + h, c:c + w] = block
        valid[r:r + h, c:c + w] = ok
    return data, valid


def _block_mean(data, valid, factor):
    """Mean of the valid pixels of each ``factor`` x ``factor`` block of ``data`` (bands, rows,
    cols; zero where invalid, rows and cols multiples of ``factor``); a block is valid when one
    of its pixels is."""
    bands, rows, cols = data.shape
    shape = (rows // factor, factor, cols // factor, factor)
    counts = valid.reshape(shape).sum(axis=(1, 3))
    sums = data.reshape((bands,) + shape).sum(axis=(2, 4), dtype=np.float64)
    mean = (sums / np.maximum(counts, 1)).astype(np.float32)
    return mean, counts > 0
