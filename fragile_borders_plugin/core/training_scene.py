"""Generated training borderland: a synthetic Sahel border scene with known truth.

:func:`generate_training_scene` renders two dates of a ~3 m, 4-band (blue,
green, red, NIR) image of a desert borderland (sand sea with dunes, wadis,
rock outcrops, vehicle tracks crossing an international border) and writes
them together with every truth layer (tracks, real changes, nuisances,
incidents), so that trainees and benchmarks can score track and change
detection against known answers.

Coordinate conventions
----------------------
Geometry is designed in *pixel coordinates* ``(x, y)`` = (column, row) in
pixel units: pixel ``(i, j)`` covers ``[j, j + 1) x [i, i + 1)`` so its centre
is ``(j + 0.5, i + 0.5)``.  Vectors are converted to EPSG:32632 metres only
when written.  Truth geometries are *ground* truth: they match the ``before``
grid exactly, while the ``after`` image content is displaced by the simulated
misregistration ``shift_px`` (a nuisance, see ``scene.json``).

Pure numpy / scipy / rasterio / geopandas / shapely: never imports qgis.
"""

import datetime
import json
import math
import os
import shutil
import tempfile
from dataclasses import dataclass, replace

import geopandas as gpd
import numpy as np
import rasterio
from rasterio import features as rio_features
from rasterio.transform import from_origin
from scipy import ndimage, sparse
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box

from .common import check_cancel, report

CRS = "EPSG:32632"
ORIGIN_X_M = 620000.0  # upper-left corner, Niger-Libya-Algeria borderland
ORIGIN_Y_M = 2500000.0
BAND_NAMES = ("blue", "green", "red", "nir")
REFLECTANCE_SCALE = 10000.0
MIN_SIZE_PX, MAX_SIZE_PX = 256, 16384
MAX_PIXEL_SIZE_M = 100.0

OUTPUT_FILES = {
    "before": "before.tif",
    "after": "after.tif",
    "cloud_mask": "cloud_mask.tif",
    "gpkg": "scene.gpkg",
    "json": "scene.json",
}

INCIDENT_TYPES = (
    "smuggling_seizure",
    "illegal_crossing",
    "fuel_smuggling",
    "vehicle_interception",
    "armed_attack",
    "ied",
)

# Surface reflectances (blue, green, red, NIR): desert is bright with
# red > green > blue and NIR a little above red; vegetation has low red, high NIR.
_SPECTRA = {
    name: np.array(values, dtype=np.float32)
    for name, values in {
        "sand": (0.21, 0.31, 0.43, 0.48),
        "gravel_plain": (0.18, 0.25, 0.34, 0.39),
        "wadi_bed": (0.14, 0.19, 0.25, 0.30),
        "rock": (0.10, 0.12, 0.15, 0.18),
        "vegetation": (0.04, 0.08, 0.06, 0.50),
        "roof": (0.52, 0.54, 0.55, 0.53),
        "courtyard": (0.33, 0.42, 0.54, 0.58),
        "wall": (0.37, 0.43, 0.51, 0.54),
        "pit_rim": (0.09, 0.11, 0.13, 0.15),  # darker than any rock: shade and moist spoil
        "pit_floor": (0.04, 0.05, 0.06, 0.07),
        "airstrip": (0.33, 0.43, 0.56, 0.60),
        "cloud": (0.62, 0.61, 0.60, 0.58),
    }.items()
}
# How the low-frequency sand tint varies per band (redder vs. greyer sand).
_TINT_PER_BAND = np.array((-1.0, -0.5, 0.5, 0.7), dtype=np.float32)
_SHADOW_DARKENING = 0.55  # share of direct light lost under the cloud shadow
_CLOUD_MAX_OPACITY = 0.88

# Dune cross-section brightness versus position within one dune wavelength
# (0 = trough): gently lit stoss slope, bright crest, dark slip face.
_DUNE_PROFILE_POSITION = (0.0, 0.05, 0.66, 0.69, 0.72, 0.90, 0.97, 1.0)
_DUNE_PROFILE_SHADE = (0.0, 0.04, 0.09, 0.11, -0.20, -0.17, -0.03, 0.0)

_SAMPLE_STEP_PX = 0.5  # spacing of the dense track centreline samples

# Sensor model: noise std in DN is sqrt(read^2 + shot * DN).
_READ_NOISE_DN = 10.0
_SHOT_NOISE_FACTOR = 0.05

_TRAINEE_DESCRIPTION = (
    "Synthetic {extent_km:.1f} km x {extent_km:.1f} km borderland in the desert between Niger, "
    "Libya and Algeria, seen twice ({before} and {after}) by a {pixel:g} m four-band sensor "
    "(blue, green, red, near-infrared; reflectance x 10000). A sand sea with regularly spaced "
    "dune crests gives way to gravel plains, dark rock outcrops and sinuous wadis lined with "
    "acacias. An international border (layer 'border') is crossed by a graded main road at an "
    "official post and by {n_tracks} desert tracks, some faint and partly buried by sand; "
    "{n_new} tracks appeared between the two dates. Between the dates somebody built compounds, "
    "dug mining pits, cleared an airstrip and cut vegetation in a wadi. Beware of what is NOT "
    "change: the second image has a different illumination (per-band gain and offset), is "
    "misregistered by a fraction of a pixel, is blurred and noisy differently, and carries one "
    "cloud with its shadow (see cloud_mask.tif). Truth layers (truth_*) and {n_incidents} "
    "reported incidents are in scene.gpkg."
)


# ----------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------


def generate_training_scene(
    output_folder, seed=0, size_px=2048, pixel_size_m=3.0, progress=None, is_cancelled=None
):
    """Render and write a two-date training borderland with all its truth layers.

    Parameters
    ----------
    output_folder : str or os.PathLike
        Folder receiving the outputs (created if missing).  Existing outputs of
        the same names are replaced.  Everything is built in a temporary
        sub-folder first and moved into place at the very end, so a cancelled
        or failed run leaves no partial file.
    seed : int, default 0
        Non-negative random seed.  The same seed gives byte-identical rasters
        and identical vectors.
    size_px : int, default 2048
        Width and height of the square scene in pixels, 256 to 16384.  Peak
        memory is about 80 bytes per pixel (~330 MB for 2048 px, ~5 GB for
        8192 px); run time grows linearly (a few seconds for 2048 px).
    pixel_size_m : float, default 3.0
        Ground sampling distance in metres, in (0, 100].  Objects keep their
        real sizes in metres (tracks 3-9 m wide, dunes 35-70 m apart), so a
        coarse pixel makes them harder to see.
    progress : callable, optional
        Called with a percentage in [0, 100] between the major steps.
    is_cancelled : callable, optional
        Polled between the major steps; when it returns True the run stops
        with :class:`fragile_borders_plugin.core.common.Cancelled`.

    Returns
    -------
    dict
        Absolute paths ``before``, ``after`` (4-band uint16 GeoTIFFs),
        ``cloud_mask`` (uint8 GeoTIFF, 1 = cloud or shadow), ``gpkg``
        (``scene.gpkg``), ``json`` (``scene.json``) and ``summary``, a dict of
        the scene parameters and per-layer counts (as in ``scene.json``).

    Raises
    ------
    ValueError
        For an out-of-range ``size_px``, ``pixel_size_m`` or ``seed``, or an
        output folder that cannot be created or written.
    fragile_borders_plugin.core.common.Cancelled
        When ``is_cancelled`` returns True.
    """
    seed, size_px, pixel_size_m = _validate_arguments(seed, size_px, pixel_size_m)
    folder = _prepare_output_folder(output_folder)
    grid = _Grid(size_px, pixel_size_m)
    streams = _random_streams(seed)
    report(progress, 0)
    work_dir = _make_work_dir(folder)
    try:
        check_cancel(is_cancelled)
        layout = _design_layout(streams["layout"], grid, streams["field_changes"])
        report(progress, 10)
        check_cancel(is_cancelled)
        ground, canopy = _render_ground(streams["terrain"], grid, layout)
        report(progress, 35)
        check_cancel(is_cancelled)
        sensor = _draw_sensor(streams["sensor"])
        track_maps = _track_contrast_maps(grid, layout.tracks)
        before = _render_date(
            ground, canopy, track_maps["before"], layout, grid, "before", sensor, streams["noise_before"]
        )
        _write_image(os.path.join(work_dir, OUTPUT_FILES["before"]), grid, before, layout.before_date)
        del before
        report(progress, 55)
        check_cancel(is_cancelled)
        after = _render_date(
            ground, canopy, track_maps["after"], layout, grid, "after", sensor, streams["noise_after"]
        )
        del ground, canopy, track_maps
        _write_image(os.path.join(work_dir, OUTPUT_FILES["after"]), grid, after, layout.after_date)
        del after
        _write_cloud_mask(os.path.join(work_dir, OUTPUT_FILES["cloud_mask"]), grid, layout)
        report(progress, 75)
        check_cancel(is_cancelled)
        incidents = _scene_incidents(streams["incidents"], grid, layout)
        counts = _write_geopackage(os.path.join(work_dir, OUTPUT_FILES["gpkg"]), grid, layout, incidents)
        summary = _summary(seed, grid, layout, sensor, counts)
        with open(os.path.join(work_dir, OUTPUT_FILES["json"]), "w", encoding="utf-8") as handle:
            json.dump(summary, handle, indent=2)
        report(progress, 95)
        check_cancel(is_cancelled)
        result = _move_into_place(work_dir, folder)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    result["summary"] = summary
    report(progress, 100)
    return result


def simulate_incidents(
    border,
    track_lines,
    crossings,
    rng,
    n,
    start_date,
    end_date,
    *,
    track_weights=None,
    extent=None,
    crs=None,
    spread_m=None,
    background_share=0.2,
):
    """Draw security incidents from a latent border intensity.

    The latent intensity is a mixture of point sources plus a background,
    all in the border's own metric units (``L`` = border length):

    * **track crossings** (70 % of incidents by default, ``0.9 -
      background_share``, shared in proportion to each
      source's weight): every point where a track meets the border, with
      weight ``w_track * (0.3 + 1.7 * (1 - exp(-d / D)))`` where ``d`` is the
      distance to the nearest official crossing and ``D = clip(0.15 L, 500,
      20000)`` m, so remote crossings are hotter.  Official crossings are
      sources of weight 1 (seizures and interceptions at the post).
    * **background** (``background_share``, 20 % by default): uniform along
      the border, scattered by ``3 * S`` across it, with ``S = spread_m`` or by
      default ``clip(0.03 L, 50, 2000)`` m.
    * **violent clusters** (10 %): one or two remote track crossings (or
      random border points when there is no track) producing only
      ``armed_attack`` and ``ied``.

    Point sources scatter incidents with an isotropic Gaussian of std ``S``
    (``1.5 S`` for violent clusters).  In time, half of a source's incidents
    are uniform over ``[start_date, end_date]`` and half fall in two
    episodes (Gaussian, std 20 days) per source; background is uniform.

    Parameters
    ----------
    border : shapely LineString
        Border line in a metric CRS (metres).
    track_lines : sequence of LineString, GeoSeries or GeoDataFrame
        Tracks in the same CRS; only their intersections with the border matter.
    crossings : sequence of Point
        Official crossing points (may be empty).
    rng : numpy.random.Generator
        Source of randomness; the result is deterministic for a given state.
    n : int
        Number of incidents to draw (>= 0).
    start_date, end_date : datetime.date or ISO ``yyyy-mm-dd`` str
        Inclusive date window.
    track_weights : sequence of float, optional
        Intensity multiplier per track (default 1), e.g. 2.5 for new tracks.
    extent : tuple of float, optional
        ``(xmin, ymin, xmax, ymax)``: incidents are redrawn until inside it.
    crs : optional
        CRS given to the returned GeoDataFrame.
    spread_m : float, optional
        Scatter ``S`` (metres, > 0) of incidents around their source: how
        concentrated the world is.  Default ``clip(0.03 L, 50, 2000)``.
    background_share : float, default 0.2
        Share of incidents drawn from the background, in [0, 0.9]; the point
        sources get ``0.9 - background_share``, violent clusters keep 10 %.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``date`` (datetime.date), ``type`` (one of
        :data:`INCIDENT_TYPES`), ``severity`` (int 1-5), ``fatalities``
        (int >= 0), ``source`` (latent component: official_crossing,
        track_crossing, background or violent_cluster) and Point geometry,
        sorted by date.
    """
    start, end = _as_date(start_date), _as_date(end_date)
    if end < start:
        raise ValueError(f"end_date {end} is before start_date {start}: swap them.")
    if int(n) < 0:
        raise ValueError(f"n must be >= 0, got {n}.")
    if border.length <= 0:
        raise ValueError("The border must be a LineString of positive length.")
    n = int(n)
    tracks = list(track_lines.geometry) if hasattr(track_lines, "geometry") else list(track_lines)
    weights = [1.0] * len(tracks) if track_weights is None else [float(w) for w in track_weights]
    if len(weights) != len(tracks):
        raise ValueError(f"track_weights has {len(weights)} values for {len(tracks)} tracks.")
    crossings = list(crossings)

    spread = default_incident_spread(border.length) if spread_m is None else float(spread_m)
    if not spread > 0:
        raise ValueError(f"spread_m must be a positive distance in metres, got {spread_m}.")
    if not 0.0 <= float(background_share) <= 0.9:
        raise ValueError(f"background_share must be between 0 and 0.9, got {background_share}.")
    remoteness_scale = default_remoteness_scale(border.length)
    sources = _incident_sources(rng, border, tracks, weights, crossings, spread, remoteness_scale,
                                float(background_share))
    probabilities = np.array([source["probability"] for source in sources])
    chosen = rng.choice(len(sources), size=n, p=probabilities / probabilities.sum())

    xy = _incident_positions(rng, border, sources, chosen, spread, extent)
    days = _incident_days(rng, sources, chosen, (end - start).days)
    types, severity, fatalities = _incident_attributes(rng, sources, chosen)
    order = np.argsort(days, kind="stable")
    return gpd.GeoDataFrame(
        {
            "date": [start + datetime.timedelta(days=int(days[i])) for i in order],
            "type": [types[i] for i in order],
            "severity": severity[order].astype(np.int64),
            "fatalities": fatalities[order].astype(np.int64),
            "source": [sources[chosen[i]]["kind"] for i in order],
        },
        geometry=[Point(float(xy[i, 0]), float(xy[i, 1])) for i in order],
        crs=crs,
    )


# ----------------------------------------------------------------------------
# Arguments and output folder
# ----------------------------------------------------------------------------


def _validate_arguments(seed, size_px, pixel_size_m):
    """Check and normalise the numeric arguments, raising actionable ValueErrors."""
    if isinstance(size_px, bool) or not isinstance(size_px, (int, np.integer)):
        raise ValueError(f"size_px must be an integer number of pixels, got {size_px!r}.")
    if not MIN_SIZE_PX <= size_px <= MAX_SIZE_PX:
        raise ValueError(
            f"size_px must be between {MIN_SIZE_PX} and {MAX_SIZE_PX} pixels, got {size_px}: "
            "use 512 for a quick test or 2048 for a training scene."
        )
    try:
        pixel_size_m = float(pixel_size_m)
    except (TypeError, ValueError):
        raise ValueError(f"pixel_size_m must be a number of metres, got {pixel_size_m!r}.") from None
    if not (math.isfinite(pixel_size_m) and 0.0 < pixel_size_m <= MAX_PIXEL_SIZE_M):
        raise ValueError(
            f"pixel_size_m must be > 0 and <= {MAX_PIXEL_SIZE_M:g} m, got {pixel_size_m}: "
            "3.0 mimics a PlanetScope-class sensor."
        )
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}.")
    return int(seed), int(size_px), pixel_size_m


def _prepare_output_folder(output_folder):
    """Return the absolute output folder, created if needed; ValueError if unusable."""
    folder = os.path.abspath(os.fspath(output_folder))
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise ValueError(f"Output folder {folder} is a file, not a folder: choose a folder.")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        raise ValueError(f"Cannot create output folder {folder}: {error}.") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValueError(f"Output folder {folder} is not writable: choose another folder.")
    return folder


def _make_work_dir(folder):
    """Create the hidden temporary sub-folder where outputs are built."""
    try:
        return tempfile.mkdtemp(prefix=".training_scene_", dir=folder)
    except OSError as error:
        raise ValueError(f"Output folder {folder} is not writable ({error}): choose another folder.") from None


def _move_into_place(work_dir, folder):
    """Atomically move every finished output from ``work_dir`` to ``folder``."""
    paths = {}
    for key, name in OUTPUT_FILES.items():
        target = os.path.join(folder, name)
        os.replace(os.path.join(work_dir, name), target)
        paths[key] = target
    return paths


def _random_streams(seed):
    """Independent generators per concern, so tuning one step never reshuffles another."""
    # appended names keep the earlier streams unchanged (SeedSequence children are indexed)
    names = ("layout", "terrain", "sensor", "noise_before", "noise_after", "incidents", "field_changes")
    children = np.random.SeedSequence(seed).spawn(len(names))
    return {name: np.random.default_rng(child) for name, child in zip(names, children)}


# ----------------------------------------------------------------------------
# Grid, random fields and shapes
# ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Grid:
    """The square, north-up raster grid of the scene."""

    size_px: int
    pixel_size_m: float

    @property
    def shape(self):
        return (self.size_px, self.size_px)

    @property
    def transform(self):
        return from_origin(ORIGIN_X_M, ORIGIN_Y_M, self.pixel_size_m, self.pixel_size_m)

    @property
    def bounds_m(self):
        extent = self.size_px * self.pixel_size_m
        return (ORIGIN_X_M, ORIGIN_Y_M - extent, ORIGIN_X_M + extent, ORIGIN_Y_M)

    def px(self, metres):
        """Convert a length in metres to pixels."""
        return metres / self.pixel_size_m

    def to_map(self, geometry):
        """Convert a shapely geometry from pixel coordinates to EPSG:32632 metres."""
        size = self.pixel_size_m
        return affinity.affine_transform(geometry, [size, 0.0, 0.0, -size, ORIGIN_X_M, ORIGIN_Y_M])

    def interior(self, margin_px):
        """The scene box shrunk by ``margin_px`` on every side (pixel coordinates)."""
        return box(margin_px, margin_px, self.size_px - margin_px, self.size_px - margin_px)

    def centres(self):
        """Pixel-centre coordinates as a (1, W) x row and a (H, 1) y column."""
        axis = np.arange(self.size_px, dtype=np.float32) + np.float32(0.5)
        return axis[None, :], axis[:, None]


def _bspline_upsampling_matrix(n_fine, scale_px):
    """Sparse (n_fine, n_coarse) cubic B-spline weights from a coarse lattice to pixels.

    The coarse knots are ``scale_px`` pixels apart; each pixel mixes 4 knots.
    """
    n_coarse = int(math.ceil(n_fine / scale_px)) + 4
    position = (np.arange(n_fine) + 0.5) / scale_px + 1.5
    first = np.floor(position).astype(np.int64) - 1
    frac = position - np.floor(position)
    weights = np.stack(
        [
            (1 - frac) ** 3 / 6,
            (3 * frac**3 - 6 * frac**2 + 4) / 6,
            (-3 * frac**3 + 3 * frac**2 + 3 * frac + 1) / 6,
            frac**3 / 6,
        ],
        axis=1,
    )
    rows = np.repeat(np.arange(n_fine), 4)
    cols = (first[:, None] + np.arange(4)[None, :]).ravel()
    return sparse.csr_matrix(
        (weights.ravel().astype(np.float32), (rows, cols)), shape=(n_fine, n_coarse)
    )


def _smooth_noise(rng, shape, scale_px):
    """Zero-mean, unit-std smooth random field with features about ``scale_px`` wide.

    A coarse Gaussian lattice is upsampled with separable cubic B-splines:
    cost is linear in the number of pixels whatever the scale.
    """
    scale_px = max(float(scale_px), 2.0)
    rows = _bspline_upsampling_matrix(shape[0], scale_px)
    cols = _bspline_upsampling_matrix(shape[1], scale_px)
    lattice = rng.standard_normal((rows.shape[1], cols.shape[1])).astype(np.float32)
    # Upsample the short axis first so the big product comes out C-ordered without a transpose.
    field = rows @ np.ascontiguousarray((cols @ lattice.T).T)
    field -= field.mean()
    field /= field.std() + np.float32(1e-12)
    return field


def _fine_texture(rng, shape):
    """Zero-mean, unit-std pixel-scale texture (gravel speckle, rock grain)."""
    texture = ndimage.gaussian_filter(rng.standard_normal(shape, dtype=np.float32), 0.7)
    texture -= texture.mean()
    texture /= texture.std() + np.float32(1e-12)
    return texture


def _smooth_noise_1d(rng, n, correlation):
    """Zero-mean, unit-std smooth 1-D random sequence of length ``n``."""
    sequence = ndimage.gaussian_filter1d(rng.standard_normal(n), max(correlation, 1.0))
    return (sequence - sequence.mean()) / (sequence.std() + 1e-12)


def _smoothstep(values):
    """Smooth 0-1 ramp of values clipped to [0, 1]."""
    t = np.clip(values, 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


@dataclass(frozen=True)
class _StarShape:
    """Irregular blob: radius(theta) = radius_px * (1 + sum_k a_k cos(k theta + phi_k)), k >= 2."""

    cx: float
    cy: float
    radius_px: float
    amplitudes: tuple
    phases: tuple

    @classmethod
    def random(cls, rng, cx, cy, radius_px, roughness):
        """A blob with 4 harmonics of amplitude up to ``roughness`` (< 0.2 keeps it star-shaped)."""
        return cls(
            float(cx),
            float(cy),
            float(radius_px),
            tuple(rng.uniform(0.3, 1.0, 4) * roughness),
            tuple(rng.uniform(0, 2 * np.pi, 4)),
        )

    def radius_at(self, theta):
        radius = np.ones_like(theta)
        for order, (amplitude, phase) in enumerate(zip(self.amplitudes, self.phases), start=2):
            radius += amplitude * np.cos(order * theta + phase)
        return self.radius_px * radius

    def polygon(self, n_vertices=120):
        theta = np.linspace(0.0, 2 * np.pi, n_vertices, endpoint=False)
        radius = self.radius_at(theta)
        return Polygon(np.column_stack([self.cx + radius * np.cos(theta), self.cy + radius * np.sin(theta)]))

    def depth(self, x, y):
        """Approximate signed distance inside the outline (pixels, > 0 inside)."""
        dx, dy = x - self.cx, y - self.cy
        return self.radius_at(np.arctan2(dy, dx)) - np.hypot(dx, dy)

    def translated(self, dx, dy):
        return replace(self, cx=self.cx + dx, cy=self.cy + dy)


@dataclass(frozen=True)
class _RotatedRect:
    """Rectangle of half sizes ``half_length`` x ``half_width`` rotated by ``angle`` (radians)."""

    cx: float
    cy: float
    half_length: float
    half_width: float
    angle: float

    def _local(self, x, y):
        cos, sin = math.cos(self.angle), math.sin(self.angle)
        dx, dy = x - self.cx, y - self.cy
        return dx * cos + dy * sin, -dx * sin + dy * cos

    def polygon(self):
        corners = [(-1, -1), (1, -1), (1, 1), (-1, 1)]
        cos, sin = math.cos(self.angle), math.sin(self.angle)
        return Polygon(
            [
                (
                    self.cx + u * self.half_length * cos - v * self.half_width * sin,
                    self.cy + u * self.half_length * sin + v * self.half_width * cos,
                )
                for u, v in corners
            ]
        )

    def depth(self, x, y):
        """Signed distance inside the rectangle (pixels, > 0 inside)."""
        u, v = self._local(x, y)
        return np.minimum(self.half_length - np.abs(u), self.half_width - np.abs(v))

    def shrunk(self, margin_px):
        return replace(self, half_length=self.half_length - margin_px, half_width=self.half_width - margin_px)

    def point_at(self, u, v):
        """Pixel coordinates of the local point (u along, v across)."""
        cos, sin = math.cos(self.angle), math.sin(self.angle)
        return self.cx + u * cos - v * sin, self.cy + u * sin + v * cos


def _shape_window(shape, grid, pad_px=2):
    """Pixel window around a shape: ``(slices, x, y)`` with centre coordinates, or None if off-scene."""
    minx, miny, maxx, maxy = shape.polygon().bounds
    col0, col1 = max(int(math.floor(minx)) - pad_px, 0), min(int(math.ceil(maxx)) + pad_px, grid.size_px)
    row0, row1 = max(int(math.floor(miny)) - pad_px, 0), min(int(math.ceil(maxy)) + pad_px, grid.size_px)
    if col0 >= col1 or row0 >= row1:
        return None
    x = (np.arange(col0, col1, dtype=np.float32) + 0.5)[None, :]
    y = (np.arange(row0, row1, dtype=np.float32) + 0.5)[:, None]
    return (slice(row0, row1), slice(col0, col1)), x, y


def _hard_coverage(depth):
    """Anti-aliased coverage of a sharp-edged shape from its signed depth."""
    return np.clip(depth + 0.5, 0.0, 1.0).astype(np.float32)


def _soft_coverage(depth, edge_px):
    """Coverage rising smoothly from 0 at the outline to 1 at ``edge_px`` inside."""
    return _smoothstep(depth / edge_px).astype(np.float32)


@dataclass
class _PaintOp:
    """Blend ``colour`` into a window with per-pixel ``alpha`` (or darken by ``alpha``)."""

    window: tuple
    alpha: np.ndarray
    colour: np.ndarray = None  # (4,) or (4, h, w); None means darken
    darken: bool = False

    def apply(self, band, band_index):
        target = band[self.window]
        if self.darken:
            target *= 1.0 - self.alpha
            return
        colour = self.colour[band_index]
        target += self.alpha * (colour - target)


# ----------------------------------------------------------------------------
# Scene layout (geometry only, pixel coordinates)
# ----------------------------------------------------------------------------


@dataclass
class _Track:
    """A vehicle track: dense centreline samples and how it renders."""

    path: np.ndarray  # (N, 2) x, y samples every _SAMPLE_STEP_PX
    width_px: float
    contrast: float  # relative peak contrast, e.g. 0.03
    polarity: int  # +1 brighter (disturbed crust), -1 darker
    in_before: bool
    in_after: bool
    is_main_road: bool
    visibility: np.ndarray  # (N,) 0 where buried by sand, ~1 elsewhere
    gap_share: float

    def present(self, date):
        return self.in_before if date == "before" else self.in_after


@dataclass(frozen=True)
class _Wadi:
    """A meandering dry river: centreline v = f(u) in a frame rotated by ``angle``."""

    cx: float
    cy: float
    angle: float
    u_table: np.ndarray
    offset_table: np.ndarray
    slope_table: np.ndarray
    half_width_table: np.ndarray

    def distance(self, x, y):
        """Approximate distance to the centreline and local half width (pixels)."""
        cos, sin = np.float32(math.cos(self.angle)), np.float32(math.sin(self.angle))
        dx, dy = x - np.float32(self.cx), y - np.float32(self.cy)
        u = dx * cos + dy * sin
        v = -dx * sin + dy * cos
        offset = np.interp(u, self.u_table, self.offset_table).astype(np.float32)
        slope = np.interp(u, self.u_table, self.slope_table).astype(np.float32)
        half_width = np.interp(u, self.u_table, self.half_width_table).astype(np.float32)
        return np.abs(v - offset) / np.sqrt(1.0 + slope * slope), half_width

    def centreline(self):
        """Centreline points (N, 2) in pixel coordinates."""
        cos, sin = math.cos(self.angle), math.sin(self.angle)
        u, v = self.u_table, self.offset_table
        return np.column_stack([self.cx + u * cos - v * sin, self.cy + u * sin + v * cos])


@dataclass(frozen=True)
class _Change:
    """A real change present only in the after image."""

    kind: str  # compound, pit, airstrip, vegetation_loss
    change_class: str  # new_bright_surface, darkening, vegetation_loss
    shape: object
    roofs: tuple = ()


@dataclass
class _Layout:
    """Everything placed in the scene, in pixel coordinates."""

    border: LineString
    crossings: list
    tracks: list
    wadis: list
    customs_posts: list
    changes: list
    cloud: _StarShape
    shadow: _StarShape
    before_date: datetime.date
    after_date: datetime.date


def _design_layout(rng, grid, field_rng=None):
    """Place border, tracks, wadis, changes and the cloud without overlaps.

    ``field_rng`` (its own stream, so the other layers do not move) adds the field changes of
    :func:`_design_field_changes`.
    """
    before_date = datetime.date(2025, 1, 1) + datetime.timedelta(days=int(rng.integers(0, 45)))
    after_date = before_date + datetime.timedelta(days=int(rng.integers(360, 420)))
    border = _design_border(rng, grid)
    main_road, crossing = _design_main_road(rng, grid, border)
    paths = [main_road] + _design_track_paths(rng, grid, border, main_road)
    tracks = _make_tracks(rng, grid, paths)
    wadis = [_design_wadi(rng, grid) for _ in range(1 if grid.size_px < 1024 else 2)]
    cloud, shadow = _design_cloud(rng, grid)
    road_width = tracks[0].width_px
    post = _design_customs_post(rng, grid, main_road, crossing, road_width)

    occupied = [
        LineString(main_road).buffer(road_width + 3),
        cloud.polygon().buffer(4),
        shadow.polygon().buffer(4),
        post.polygon(),
    ]
    changes = _design_changes(rng, grid, tracks, wadis, occupied)
    if field_rng is not None:
        changes += _design_field_changes(field_rng, grid, tracks, occupied)
    return _Layout(
        border=border,
        crossings=[crossing],
        tracks=tracks,
        wadis=wadis,
        customs_posts=[post],
        changes=changes,
        cloud=cloud,
        shadow=shadow,
        before_date=before_date,
        after_date=after_date,
    )


def _design_border(rng, grid):
    """Mostly straight border with one or two bends, 1.1-1.4 x the scene width long."""
    size = grid.size_px
    vertical = rng.random() < 0.5
    for _ in range(2000):
        start, end = rng.uniform(0.1, 0.9, 2) * size
        n_bends = int(rng.integers(1, 3))
        along = np.concatenate([[0.0], np.sort(rng.uniform(0.25, 0.75, n_bends)) * size, [size]])
        across = np.interp(along, [0.0, size], [start, end])
        across[1:-1] += rng.uniform(-0.3, 0.3, n_bends) * size
        if np.any(across[1:-1] < 0.05 * size) or np.any(across[1:-1] > 0.95 * size):
            continue
        points = np.column_stack([across, along] if vertical else [along, across])
        border = LineString(points)
        if 1.1 <= border.length / size <= 1.4:
            return border
    raise RuntimeError("could not design a border; this is a bug in the generator")


def _distance_to_edge(point, direction, size):
    """Distance from an interior point to the scene edge along ``direction``."""
    distances = []
    for axis in range(2):
        if direction[axis] > 1e-9:
            distances.append((size - point[axis]) / direction[axis])
        elif direction[axis] < -1e-9:
            distances.append(-point[axis] / direction[axis])
    return min(distances)


def _border_normal(border, distance):
    """Unit normal to the border at ``distance`` along it, and the point there."""
    here = border.interpolate(distance)
    ahead = border.interpolate(min(distance + 1.0, border.length))
    behind = border.interpolate(max(distance - 1.0, 0.0))
    tangent = np.array([ahead.x - behind.x, ahead.y - behind.y])
    tangent /= np.linalg.norm(tangent)
    return np.array([-tangent[1], tangent[0]]), np.array([here.x, here.y])


def _meandering_path(rng, grid, start, heading, meander_rad, correlation_px, max_length_px):
    """Smooth curve from ``start``: heading = base + bounded smooth wiggle, stops at the scene edge."""
    step = 1.0
    n_steps = int(max_length_px / step)
    headings = heading + meander_rad * _smooth_noise_1d(rng, n_steps, correlation_px / step)
    offsets = np.cumsum(step * np.column_stack([np.cos(headings), np.sin(headings)]), axis=0)
    points = np.vstack([start, start + offsets])
    inside = np.all((points >= 0.0) & (points <= grid.size_px), axis=1)
    n_inside = len(points) if inside.all() else int(np.argmin(inside))
    return points[:n_inside]


def _edge_to_edge_path(rng, grid, through, direction, meander_rad, correlation_px):
    """A path entering at the scene edge behind ``through`` and heading along ``direction``."""
    size = grid.size_px
    back = _distance_to_edge(through, -direction, size)
    start = np.clip(through - direction * (back - 1e-6), 0.0, size)
    heading = math.atan2(direction[1], direction[0])
    return _meandering_path(rng, grid, start, heading, meander_rad, correlation_px, 3 * size)


def _rotate(vector, angle):
    cos, sin = math.cos(angle), math.sin(angle)
    return np.array([vector[0] * cos - vector[1] * sin, vector[0] * sin + vector[1] * cos])


def _design_main_road(rng, grid, border):
    """The graded main road crossing the border once, near the middle, at the official post."""
    size = grid.size_px
    for _ in range(500):
        normal, through = _border_normal(border, rng.uniform(0.3, 0.7) * border.length)
        direction = _rotate(normal if rng.random() < 0.5 else -normal, math.radians(rng.uniform(-20, 20)))
        path = _edge_to_edge_path(rng, grid, through, direction, 0.12, 0.2 * size)
        if len(path) < 0.6 * size:
            continue
        crossing = LineString(path).intersection(border)
        if crossing.geom_type == "Point":
            return path, crossing
    raise RuntimeError("could not design the main road; this is a bug in the generator")


def _design_track_paths(rng, grid, border, main_road):
    """7-13 desert tracks: most cross the border at random places, a few branch off the road."""
    size = grid.size_px
    n_tracks = int(rng.integers(7, 14))
    n_branches = max(1, int(round(0.25 * n_tracks)))
    paths = []
    while len(paths) < n_tracks - n_branches:
        normal, through = _border_normal(border, rng.uniform(0.05, 0.95) * border.length)
        direction = _rotate(normal if rng.random() < 0.5 else -normal, math.radians(rng.uniform(-55, 55)))
        meander, correlation = rng.uniform(0.2, 0.4), rng.uniform(0.06, 0.15) * size
        path = _edge_to_edge_path(rng, grid, through, direction, meander, correlation)
        if len(path) > 0.3 * size and LineString(path).intersects(border):
            paths.append(path)
    while len(paths) < n_tracks:
        index = int(rng.integers(int(0.2 * len(main_road)), int(0.8 * len(main_road))))
        road_heading = math.atan2(*(main_road[index + 1] - main_road[index])[::-1])
        heading = road_heading + rng.choice([-1, 1]) * math.radians(rng.uniform(40, 100))
        length = rng.uniform(0.3, 0.8) * size
        path = _meandering_path(rng, grid, main_road[index], heading, 0.3, 0.08 * size, length)
        if len(path) > 0.2 * size:
            paths.append(path)
    return paths


def _resample_path(path, step):
    """Resample a polyline at a constant arc-length ``step``; returns points and arc lengths."""
    segment = np.hypot(*np.diff(path, axis=0).T)
    arc = np.concatenate([[0.0], np.cumsum(segment)])
    samples = np.arange(0.0, arc[-1] + 1e-9, step)
    return np.column_stack([np.interp(samples, arc, path[:, 0]), np.interp(samples, arc, path[:, 1])]), samples


def _visibility_profile(rng, arc, n_gaps, gap_length_px, modulation):
    """Along-track visibility: smooth modulation, zero in sand-covered gaps.

    Returns the visibility per sample and the share of the track length in gaps.
    """
    length = arc[-1]
    visibility = np.clip(1.0 + modulation * _smooth_noise_1d(rng, len(arc), 60 / _SAMPLE_STEP_PX), 0.6, 1.4)
    buried = np.zeros(len(arc), dtype=bool)
    for _ in range(n_gaps):
        gap = rng.uniform(*gap_length_px)
        start = rng.uniform(0.05 * length, max(0.95 * length - gap, 0.05 * length))
        buried |= (arc >= start) & (arc <= start + gap)
    cover = ndimage.gaussian_filter1d(buried.astype(float), 1.0 / _SAMPLE_STEP_PX)
    return visibility * np.clip(1.0 - 1.5 * cover, 0.0, 1.0) * ~buried, float(buried.mean())


def _make_tracks(rng, grid, paths):
    """Give each path its width, contrast, polarity, dates and sand-covered gaps.

    ``paths[0]`` is the main road (wide, strong, brighter, both dates).  The
    others get contrasts log-spread from faint (~2.5 %) to strong (~15 %);
    the faintest and 2-3 others are new (after only), one may have faded
    (before only).
    """
    n_other = len(paths) - 1
    contrasts = np.exp(np.linspace(math.log(0.025), math.log(0.15), n_other)) * rng.uniform(0.95, 1.05, n_other)
    contrasts = rng.permutation(contrasts)
    faintest = int(np.argmin(contrasts))
    others = [i for i in range(n_other) if i != faintest]
    new = {faintest} | set(rng.choice(others, size=int(rng.integers(2, 4)), replace=False).tolist())
    remaining = [i for i in others if i not in new]
    faded = {int(rng.choice(remaining))} if rng.random() < 0.7 else set()

    tracks = []
    samples, arc = _resample_path(paths[0], _SAMPLE_STEP_PX)
    visibility, gap_share = _visibility_profile(rng, arc, int(rng.integers(0, 3)), (10, 25), 0.05)
    road_width, road_contrast = grid.px(rng.uniform(15, 21)), rng.uniform(0.18, 0.25)
    tracks.append(_Track(samples, road_width, road_contrast, 1, True, True, True, visibility, gap_share))
    for index, path in enumerate(paths[1:]):
        samples, arc = _resample_path(path, _SAMPLE_STEP_PX)
        n_gaps = 1 + int(rng.poisson(arc[-1] / 300.0))
        visibility, gap_share = _visibility_profile(rng, arc, n_gaps, (3, 20), 0.2)
        tracks.append(
            _Track(
                path=samples,
                width_px=grid.px(rng.uniform(3, 9)),
                contrast=float(contrasts[index]),
                polarity=1 if rng.random() < 0.65 else -1,
                in_before=index not in new,
                in_after=index not in faded,
                is_main_road=False,
                visibility=visibility,
                gap_share=gap_share,
            )
        )
    return tracks


def _design_wadi(rng, grid):
    """A wadi 40-100 m wide meandering irregularly across the scene at a random angle."""
    size = grid.size_px
    reach = 1.2 * size
    u = np.arange(-reach, reach + 1.0, 1.0)
    offset = np.zeros_like(u)
    for _ in range(5):
        period = grid.px(rng.uniform(150, 1200))
        # Meander amplitude drifts along the valley so bends are not all alike.
        amplitude = period * rng.uniform(0.02, 0.06) * (1.0 + 0.5 * _smooth_noise_1d(rng, len(u), period))
        offset += amplitude * np.sin(2 * np.pi * u / period + rng.uniform(0, 2 * np.pi))
    width_variation = np.clip(1 + 0.3 * _smooth_noise_1d(rng, len(u), grid.px(150)), 0.5, 1.6)
    half_width = grid.px(rng.uniform(20, 50)) * width_variation
    return _Wadi(
        cx=size * rng.uniform(0.3, 0.7),
        cy=size * rng.uniform(0.3, 0.7),
        angle=rng.uniform(0, np.pi),
        u_table=u,
        offset_table=offset,
        slope_table=np.gradient(offset, u),
        half_width_table=half_width,
    )


def _design_cloud(rng, grid):
    """One cloud 150-400 m across and its shadow displaced 30-90 m away from the sun."""
    size = grid.size_px
    radius = min(grid.px(rng.uniform(100, 200)), 0.2 * size)
    cx, cy = rng.uniform(1.2 * radius, size - 1.2 * radius, 2)
    cloud = _StarShape.random(rng, cx, cy, radius, 0.12)
    distance, azimuth = grid.px(rng.uniform(30, 90)), rng.uniform(0, 2 * np.pi)
    return cloud, cloud.translated(distance * math.cos(azimuth), distance * math.sin(azimuth))


def _design_customs_post(rng, grid, main_road, crossing, road_width_px):
    """The official post: a small walled compound beside the road at the crossing (both dates)."""
    index = int(np.argmin(np.hypot(main_road[:, 0] - crossing.x, main_road[:, 1] - crossing.y)))
    index = min(index, len(main_road) - 2)
    along = main_road[index + 1] - main_road[index]
    angle = math.atan2(along[1], along[0])
    half_width = grid.px(10)
    side = rng.choice([-1, 1]) * (road_width_px / 2 + grid.px(8) + half_width)
    cx, cy = crossing.x - side * math.sin(angle), crossing.y + side * math.cos(angle)
    return _RotatedRect(cx, cy, grid.px(15), half_width, angle)


def _place(make_candidate, grid, occupied, tries=400):
    """Rejection-sample a shape inside the scene, clear of ``occupied``; appends and returns it (or None)."""
    interior = grid.interior(grid.px(15))
    gap = max(grid.px(20), 4.0)
    for _ in range(tries):
        shape = make_candidate()
        outline = shape.polygon()
        if interior.contains(outline) and all(outline.distance(other) > gap for other in occupied):
            occupied.append(outline)
            return shape
    return None


def _design_changes(rng, grid, tracks, wadis, occupied):
    """Real after-only changes: an airstrip, 1-2 vegetation losses, 2-3 pits, 2-4 compounds.

    A change that finds no free room (only possible on tiny scenes) is skipped.
    """
    size = grid.size_px
    changes = []

    def airstrip():
        length = min(grid.px(rng.uniform(400, 800)), 0.45 * size)
        half_width = grid.px(rng.uniform(25, 40)) / 2
        return _RotatedRect(*rng.uniform(0, size, 2), length / 2, half_width, rng.uniform(0, np.pi))

    shape = _place(airstrip, grid, occupied)
    if shape is not None:
        changes.append(_Change("airstrip", "new_bright_surface", shape))

    wadi_points = np.vstack([wadi.centreline() for wadi in wadis])
    for _ in range(int(rng.integers(1, 3))):
        shape = _place(
            lambda: _StarShape.random(
                rng, *wadi_points[rng.integers(len(wadi_points))], grid.px(rng.uniform(25, 50)), 0.12
            ),
            grid,
            occupied,
        )
        if shape is not None:
            changes.append(_Change("vegetation_loss", "vegetation_loss", shape))

    mine_centre = rng.uniform(0.2, 0.8, 2) * size  # artisanal gold pits come in clusters
    for _ in range(int(rng.integers(2, 4))):
        shape = _place(
            lambda: _StarShape.random(
                rng, *(mine_centre + rng.normal(0, grid.px(150), 2)), grid.px(rng.uniform(15, 40)), 0.15
            ),
            grid,
            occupied,
        )
        if shape is not None:
            changes.append(_Change("pit", "darkening", shape))

    def compound():
        path = tracks[int(rng.integers(len(tracks)))].path
        index = int(rng.integers(len(path) - 1))
        along = path[index + 1] - path[index]
        angle = math.atan2(along[1], along[0])
        half_length, half_width = sorted(grid.px(rng.uniform(20, 60, 2)) / 2, reverse=True)
        offset = rng.choice([-1, 1]) * (half_width + grid.px(rng.uniform(10, 40)))
        cx, cy = path[index, 0] - offset * math.sin(angle), path[index, 1] + offset * math.cos(angle)
        return _RotatedRect(cx, cy, half_length, half_width, angle)

    for _ in range(int(rng.integers(2, 5))):
        shape = _place(compound, grid, occupied)
        if shape is not None:
            changes.append(_Change("compound", "new_bright_surface", shape, _compound_roofs(rng, shape)))
    return changes


def _compound_roofs(rng, outline):
    """1-3 roofed buildings in a row inside a compound outline."""
    n_roofs = int(rng.integers(1, 4))
    half_length = 0.75 * outline.half_length / n_roofs
    roofs = []
    for k in range(n_roofs):
        u = outline.half_length * 0.8 * (-1 + (2 * k + 1) / n_roofs)
        v = rng.uniform(-0.3, 0.3) * outline.half_width
        cx, cy = outline.point_at(u, v)
        roofs.append(_RotatedRect(cx, cy, half_length, 0.45 * outline.half_width, outline.angle))
    return tuple(roofs)


# Field changes customs analysts look for, in their real sizes: artisanal mining pits (a dark
# hole in a bright spoil ring, 10-40 m across), graded compound yards (ground ~10 % brighter
# over 120-300 m, a wall, a few roofs) and walls / fences alone (1-3 m wide outlines, 15-30 %
# brighter or darker).
_SPOIL_BRIGHTENING = 0.15  # spoil heaps: loose, dry, lighter than the crusted sand
_YARD_BRIGHTENING = 0.10  # graded ground: crust and stones removed
_PIT_SPOIL_RATIO = 1.5  # outer (spoil) radius / hole radius


@dataclass(frozen=True)
class _Outline:
    """The ``width_px`` wide outline just inside a rectangle (a wall or a fence)."""

    rect: _RotatedRect
    width_px: float

    def polygon(self):
        inner = self.rect.shrunk(self.width_px).polygon()
        return self.rect.polygon().difference(inner)

    def coverage(self, x, y):
        depth = self.rect.depth(x, y)
        return np.clip(depth + 0.5, 0.0, 1.0) - np.clip(depth - self.width_px + 0.5, 0.0, 1.0)


@dataclass(frozen=True)
class _FieldChange(_Change):
    """A field change with its rendering parameters (``contrast``: relative, signed)."""

    contrast: float = 0.0
    wall: object = None


def _design_field_changes(rng, grid, tracks, occupied):
    """A second mining cluster of 4-7 pits with spoil, 1-2 graded yards and 2-4 walled plots.

    Placed clear of every track (so the track truth stays exact) and of the other changes;
    a change that finds no free room (small scenes) is skipped.
    """
    blocked = occupied + [LineString(t.path).simplify(1.0).buffer(t.width_px + grid.px(15)) for t in tracks]
    changes = []
    mine_centre = rng.uniform(0.2, 0.8, 2) * grid.size_px
    for _ in range(int(rng.integers(4, 8))):
        outer = grid.px(rng.uniform(5.0, 20.0))  # radius: 10-40 m across
        shape = _place(lambda: _StarShape.random(rng, *(mine_centre + rng.normal(0, grid.px(100), 2)), outer, 0.1),
                       grid, blocked)
        if shape is not None:
            changes.append(_FieldChange("mining_pit", "darkening", shape))
    for _ in range(int(rng.integers(1, 3))):
        half_length, half_width = sorted(grid.px(rng.uniform(120, 300, 2)) / 2, reverse=True)
        shape = _place(lambda: _RotatedRect(*rng.uniform(0, grid.size_px, 2), half_length, half_width,
                                            rng.uniform(0, np.pi)), grid, blocked)
        if shape is not None:
            wall = _Outline(shape, max(grid.px(rng.uniform(1.0, 3.0)), 0.3))
            changes.append(_FieldChange("graded_yard", "new_bright_surface", shape, _yard_roofs(rng, grid, shape),
                                        contrast=_YARD_BRIGHTENING, wall=wall))
    for _ in range(int(rng.integers(2, 5))):
        half_length, half_width = sorted(grid.px(rng.uniform(25, 90, 2)) / 2, reverse=True)
        rect = _place(lambda: _RotatedRect(*rng.uniform(0, grid.size_px, 2), half_length, half_width,
                                           rng.uniform(0, np.pi)), grid, blocked)
        if rect is not None:
            contrast = float(rng.uniform(0.15, 0.30) * rng.choice([-1.0, 1.0]))
            outline = _Outline(rect, max(grid.px(rng.uniform(1.0, 3.0)), 0.3))
            changes.append(_FieldChange("wall", "new_bright_surface" if contrast > 0 else "darkening", outline,
                                        contrast=contrast))
    return changes


def _yard_roofs(rng, grid, yard):
    """1-3 buildings of 8-20 m in the inner half of a yard."""
    roofs = []
    for _ in range(int(rng.integers(1, 4))):
        u, v = rng.uniform(-0.5, 0.5) * yard.half_length, rng.uniform(-0.5, 0.5) * yard.half_width
        half_sizes = sorted(grid.px(rng.uniform(8, 20, 2)) / 2, reverse=True)
        roofs.append(_RotatedRect(*yard.point_at(u, v), *half_sizes, yard.angle))
    return tuple(roofs)


def _relative_op(region, alpha, contrast):
    """Brighten (contrast > 0) or darken by ``contrast`` times ``alpha``, keeping the texture."""
    return _PaintOp(region, (-contrast * alpha).astype(np.float32), darken=True)


def _mining_pit_ops(change, grid):
    window = _shape_window(change.shape, grid)
    if window is None:
        return []
    region, x, y = window
    hole = replace(change.shape, radius_px=change.shape.radius_px / _PIT_SPOIL_RATIO)
    spoil = _hard_coverage(change.shape.depth(x, y))
    return [_relative_op(region, spoil, _SPOIL_BRIGHTENING),
            _PaintOp(region, _hard_coverage(hole.depth(x, y)), _SPECTRA["pit_floor"])]


def _graded_yard_ops(change, grid):
    window = _shape_window(change.shape, grid)
    if window is None:
        return []
    region, x, y = window
    ops = [_relative_op(region, _soft_coverage(change.shape.depth(x, y), 1.0), change.contrast),
           _relative_op(region, change.wall.coverage(x, y).astype(np.float32), 2.0 * change.contrast)]
    for roof in change.roofs:
        ops.append(_PaintOp(region, _hard_coverage(roof.depth(x, y)), _SPECTRA["roof"]))
    return ops


def _wall_ops(change, grid):
    window = _shape_window(change.shape.rect, grid)
    if window is None:
        return []
    region, x, y = window
    return [_relative_op(region, change.shape.coverage(x, y).astype(np.float32), change.contrast)]


_FIELD_CHANGE_OPS = {"mining_pit": _mining_pit_ops, "graded_yard": _graded_yard_ops, "wall": _wall_ops}


# ----------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------


def _render_ground(rng, grid, layout):
    """Surface reflectance shared by both dates, before tracks and vegetation.

    Returns
    -------
    ground : ndarray, float32, shape (4, H, W)
        Reflectance of sand sea, gravel plains, wadi beds, rock and the customs post.
    canopy : ndarray, float32, shape (H, W)
        Vegetation cover fraction (0-0.9) of the before date.
    """
    shape = grid.shape
    x, y = grid.centres()
    # Sand sea versus gravel plain, with broad irregular margins.
    dune_zone = 0.5 + 0.45 * _smooth_noise(rng, shape, grid.px(900)) + 0.15 * _smooth_noise(rng, shape, grid.px(150))
    dune_zone = _smoothstep(dune_zone)
    albedo = 1.0 + 0.05 * _smooth_noise(rng, shape, grid.px(500))
    tint = 0.03 * _smooth_noise(rng, shape, grid.px(700))
    texture = _fine_texture(rng, shape)
    bed, thalweg, wadi_green = _wadi_maps(layout.wadis, x, y)
    bed_shade = albedo * (1.0 + 0.15 * thalweg + 0.06 * _smooth_noise(rng, shape, grid.px(12)))
    del thalweg
    rock = _rock_coverage(rng, grid, bed)
    rock_shade = 1.0 + 0.15 * _smooth_noise(rng, shape, grid.px(40)) + 0.05 * texture  # varnish patches, grain
    relief_amplitude = dune_zone * (0.75 + 0.25 * np.clip(_smooth_noise(rng, shape, grid.px(300)), -1, 1))
    relief_amplitude *= (1.0 - bed) * (1.0 - rock)
    dune_brightness = 1.0 + relief_amplitude * _dune_relief(rng, grid, x, y)
    del relief_amplitude

    ground = np.empty((4,) + shape, dtype=np.float32)
    sand, gravel = _SPECTRA["sand"], _SPECTRA["gravel_plain"]
    for band in range(4):
        surface = (gravel[band] + dune_zone * (sand[band] - gravel[band])) * albedo
        surface *= (1.0 + _TINT_PER_BAND[band] * tint) * dune_brightness
        surface += bed * (_SPECTRA["wadi_bed"][band] * bed_shade - surface)
        surface += rock * (_SPECTRA["rock"][band] * rock_shade - surface)
        ground[band] = surface * (1.0 + 0.015 * texture)
    for post in layout.customs_posts:
        for op in _compound_ops(post, _compound_roofs(rng, post), grid):
            for band in range(4):
                op.apply(ground[band], band)
    return ground, _canopy(rng, grid, wadi_green, layout)


def _wadi_maps(wadis, x, y):
    """Wadi bed coverage (soft banks), its light sandy thalweg and the riparian vegetation likelihood."""
    bed = np.zeros((y.shape[0], x.shape[1]), dtype=np.float32)
    thalweg = np.zeros_like(bed)
    green = np.zeros_like(bed)
    for wadi in wadis:
        distance, half_width = wadi.distance(x, y)
        bank_px = np.maximum(3.0, 0.25 * half_width)
        np.maximum(bed, _smoothstep((half_width - distance) / bank_px + 0.5), out=bed)
        np.maximum(thalweg, np.exp(-((distance / (0.3 * half_width)) ** 2)), out=thalweg)
        np.maximum(green, np.exp(-((np.abs(distance - 0.8 * half_width) / (0.5 * half_width)) ** 2)), out=green)
    return bed, thalweg, green


def _rock_coverage(rng, grid, bed):
    """Sharp-edged rock outcrops (~4 % of the scene, mostly in one rocky zone), never in wadi beds."""
    shape = grid.shape
    scale = grid.px(120)
    field = _smooth_noise(rng, shape, scale) + 1.5 * _smooth_noise(rng, shape, grid.px(1200))
    field += 0.15 * _smooth_noise(rng, shape, grid.px(12))  # ragged edges
    threshold = np.quantile(field[::4, ::4], 0.96)
    # Steep ramp: the field changes by ~1/scale per pixel, so edges are ~1 px wide.
    return np.clip((field - threshold) * scale + 0.5, 0.0, 1.0) * (1.0 - bed)


def _dune_relief(rng, grid, x, y):
    """Slip-face shading of two superposed dune sets (main crests 35-70 m apart).

    Returns a brightness modulation (about -0.3 to +0.2) with sinuous,
    regularly spaced crests.
    """
    shape = grid.shape
    wavelength = max(grid.px(rng.uniform(35, 70)), 4.0)
    angle = rng.uniform(0, np.pi)
    relief = np.zeros(shape, dtype=np.float32)
    for set_wavelength, set_angle, weight in (
        (wavelength, angle, 1.0),
        (2.8 * wavelength, angle + math.radians(rng.uniform(50, 70)), 0.3),
    ):
        # Warp in wavelengths at two scales: sinuous crests with occasional defects.
        warp = 1.2 * _smooth_noise(rng, shape, 6 * set_wavelength)
        warp += 0.25 * _smooth_noise(rng, shape, 1.5 * set_wavelength)
        across = x * np.float32(math.cos(set_angle)) + y * np.float32(math.sin(set_angle))
        cycles = across / np.float32(set_wavelength)
        position = np.mod(cycles + warp, 1.0)
        relief += weight * np.interp(position, _DUNE_PROFILE_POSITION, _DUNE_PROFILE_SHADE).astype(np.float32)
    return relief


def _stamp_gaussians(shape, points, weights, sigma):
    """Sum of isotropic Gaussians (std ``sigma`` px, unit mass x weight) centred on ``points``.

    Only a small window around each point is evaluated, so the cost follows
    the track length, not the scene area.
    """
    rows, cols = shape
    radius = int(math.ceil(3.5 * sigma))
    offsets = np.arange(-radius, radius + 1)
    off_x, off_y = (grid_offsets.ravel() for grid_offsets in np.meshgrid(offsets, offsets))
    pixel_x = np.floor(points[:, :1]).astype(np.int64) + off_x
    pixel_y = np.floor(points[:, 1:]).astype(np.int64) + off_y
    squared = (pixel_x + 0.5 - points[:, :1]) ** 2 + (pixel_y + 0.5 - points[:, 1:]) ** 2
    values = weights[:, None] * np.exp(-squared / (2 * sigma**2)) / (2 * np.pi * sigma**2)
    inside = (pixel_x >= 0) & (pixel_x < cols) & (pixel_y >= 0) & (pixel_y < rows)
    density = np.bincount((pixel_y * cols + pixel_x)[inside], weights=values[inside], minlength=rows * cols)
    return density.reshape(shape).astype(np.float32)


def _track_profile(shape, track):
    """Signed relative contrast of one track (0 away from it).

    Ordinary tracks have a Gaussian cross-profile whose peak equals their
    contrast; the main road is a blurred centreline (sigma = width / 4)
    saturated at +-2 sigma, i.e. flat-topped over its full width.
    """
    signed = track.polarity * track.contrast
    if track.is_main_road:
        sigma = max(track.width_px / 4.0, 0.4)
        density = _stamp_gaussians(shape, track.path, track.visibility * _SAMPLE_STEP_PX, sigma)
        line_peak = 1.0 / (math.sqrt(2 * math.pi) * sigma)
        return signed * np.clip(density / np.float32(line_peak * math.exp(-2.0)), 0.0, 1.0)
    sigma = max(0.5, track.width_px / 2.355)
    weights = signed * track.visibility * _SAMPLE_STEP_PX * math.sqrt(2 * math.pi) * sigma
    return _stamp_gaussians(shape, track.path, weights, sigma)


def _track_contrast_maps(grid, tracks):
    """Signed relative contrast of all tracks present at each date: ``{"before": map, "after": map}``."""
    maps = {date: np.zeros(grid.shape, dtype=np.float32) for date in ("before", "after")}
    for track in tracks:
        profile = _track_profile(grid.shape, track)
        for date, contrast_map in maps.items():
            if track.present(date):
                contrast_map += profile
    return maps


def _canopy(rng, grid, wadi_green, layout):
    """Vegetation cover fraction: scattered acacias, dense along wadis, plus wadi groves."""
    shape = grid.shape
    n_pixels = shape[0] * shape[1]
    area_factor = grid.pixel_size_m**2 / 9.0  # tree densities are set for 3 m pixels
    base_rate, wadi_rate = 0.0003 * area_factor, 0.012 * area_factor
    n_candidates = int(rng.poisson((base_rate + wadi_rate) * n_pixels))
    candidates = rng.uniform(0, grid.size_px, (n_candidates, 2))
    likelihood = wadi_green[candidates[:, 1].astype(np.int64), candidates[:, 0].astype(np.int64)]
    keep = rng.random(n_candidates) * (base_rate + wadi_rate) < base_rate + wadi_rate * likelihood
    crown_radius = grid.px(rng.uniform(1.5, 4.5, int(keep.sum())))
    canopy = _stamp_gaussians(shape, candidates[keep], np.pi * crown_radius**2, max(grid.px(3.0), 0.6))
    canopy += 0.12 * wadi_green * np.clip(0.5 + 0.5 * _smooth_noise(rng, shape, grid.px(20)), 0, 1)
    np.clip(canopy, 0.0, 0.9, out=canopy)
    for change in layout.changes:
        if change.kind != "vegetation_loss":
            continue
        window = _shape_window(change.shape, grid)
        if window is None:
            continue
        region, wx, wy = window
        clumps = np.clip(0.6 + 0.3 * rng.standard_normal(canopy[region].shape), 0.2, 1.0)
        grove = _soft_coverage(change.shape.depth(wx, wy), 0.25 * change.shape.radius_px) * 0.8 * clumps
        np.maximum(canopy[region], grove.astype(np.float32), out=canopy[region])
    return canopy


def _compound_ops(outline, roofs, grid):
    """Paint operations of a walled compound: cleared courtyard, wall, bright roofs."""
    ops = []
    window = _shape_window(outline, grid)
    if window is None:
        return ops
    region, x, y = window
    depth = outline.depth(x, y)
    wall_px = max(grid.px(2.0), 0.7)
    ops.append(_PaintOp(region, _hard_coverage(depth), _SPECTRA["courtyard"]))
    ops.append(_PaintOp(region, _hard_coverage(depth) - _hard_coverage(depth - wall_px), _SPECTRA["wall"]))
    for roof in roofs:
        ops.append(_PaintOp(region, _hard_coverage(roof.depth(x, y)), _SPECTRA["roof"]))
    return ops


def _change_ops(grid, changes):
    """Paint operations of all after-only changes except vegetation loss (done on the canopy)."""
    ops = []
    for change in changes:
        if change.kind == "compound":
            ops.extend(_compound_ops(change.shape, change.roofs, grid))
            continue
        if change.kind in _FIELD_CHANGE_OPS:
            ops.extend(_FIELD_CHANGE_OPS[change.kind](change, grid))
            continue
        window = _shape_window(change.shape, grid)
        if window is None or change.kind == "vegetation_loss":
            continue
        region, x, y = window
        depth = change.shape.depth(x, y)
        if change.kind == "airstrip":
            ops.append(_PaintOp(region, _hard_coverage(depth), _SPECTRA["airstrip"]))
        elif change.kind == "pit":
            deepness = np.clip(depth / (0.6 * change.shape.radius_px), 0.0, 1.0)[None]
            rim, floor = _SPECTRA["pit_rim"][:, None, None], _SPECTRA["pit_floor"][:, None, None]
            colour = rim + deepness * (floor - rim)
            ops.append(_PaintOp(region, _hard_coverage(depth), colour.astype(np.float32)))
    return ops


def _nuisance_ops(rng, grid, layout):
    """Paint operations of the cloud shadow (darkening) then the cloud (soft, semi-transparent)."""
    ops = []
    for shape, is_cloud in ((layout.shadow, False), (layout.cloud, True)):
        window = _shape_window(shape, grid)
        if window is None:
            continue
        region, x, y = window
        alpha = _soft_coverage(shape.depth(x, y), 0.45 * shape.radius_px)
        if is_cloud:
            puffs = _smooth_noise(rng, alpha.shape, max(shape.radius_px / 4, 2.0))
            alpha *= _CLOUD_MAX_OPACITY * np.clip(0.85 + 0.12 * puffs, 0.6, 1.0)
            ops.append(_PaintOp(region, alpha, _SPECTRA["cloud"]))
        else:
            ops.append(_PaintOp(region, _SHADOW_DARKENING * alpha, darken=True))
    return ops


@dataclass(frozen=True)
class _Sensor:
    """Acquisition differences between the dates (nuisances, not change)."""

    gains: tuple  # after DN = gain * before DN + offset, per band
    offsets: tuple
    shift_px: tuple  # (dy, dx) displacement of the after content, pixels
    psf_sigma_before: float
    psf_sigma_after: float


def _draw_sensor(rng):
    """Draw per-band gain/offset, sub-pixel misregistration and blur of each date."""
    magnitude = rng.uniform(0.3, 0.6, 2)
    signs = rng.choice([-1.0, 1.0], 2)
    # Illumination changes are mostly common to all bands plus a small spectral tilt.
    gains = np.clip(rng.uniform(0.88, 1.12) * rng.uniform(0.95, 1.05, 4), 0.85, 1.15)
    return _Sensor(
        gains=tuple(float(g) for g in gains),
        offsets=tuple(float(o) for o in rng.uniform(-300, 300, 4)),
        shift_px=tuple(float(s) for s in magnitude * signs),
        psf_sigma_before=float(rng.uniform(0.5, 0.6)),
        psf_sigma_after=float(rng.uniform(0.65, 0.8)),
    )


def _render_date(ground, canopy, track_map, layout, grid, date, sensor, noise_rng):
    """Render one date and pass it through the sensor model.

    ``track_map`` is that date's signed relative track contrast; the after
    date also gets the vegetation loss, the other changes, the cloud and
    its shadow.

    Returns
    -------
    ndarray, uint16, shape (4, H, W)
        Reflectance x 10000, all values >= 1 (0 is nodata).
    """
    is_after = date == "after"
    ops = []
    if is_after:
        canopy = canopy.copy()
        for change in layout.changes:
            window = _shape_window(change.shape, grid) if change.kind == "vegetation_loss" else None
            if window is not None:
                region, x, y = window
                canopy[region] *= 1.0 - 0.9 * _hard_coverage(change.shape.depth(x, y))
        ops = _change_ops(grid, layout.changes) + _nuisance_ops(noise_rng, grid, layout)

    digital_numbers = np.empty((4,) + grid.shape, dtype=np.uint16)
    for band in range(4):
        reflectance = ground[band] * (1.0 + track_map)
        reflectance += canopy * (_SPECTRA["vegetation"][band] - reflectance)
        for op in ops:
            op.apply(reflectance, band)
        digital_numbers[band] = _sense_band(reflectance, band, sensor, is_after, noise_rng)
    return digital_numbers


def _sense_band(reflectance, band, sensor, is_after, noise_rng):
    """Blur, misregister (after only), apply gain/offset (after only), add noise, quantise."""
    sigma = sensor.psf_sigma_after if is_after else sensor.psf_sigma_before
    signal = ndimage.gaussian_filter(reflectance, sigma) * np.float32(REFLECTANCE_SCALE)
    if is_after:
        signal = ndimage.shift(signal, sensor.shift_px, order=1, mode="nearest")
        signal = signal * np.float32(sensor.gains[band]) + np.float32(sensor.offsets[band])
    noise_std = np.sqrt(_READ_NOISE_DN**2 + _SHOT_NOISE_FACTOR * np.maximum(signal, 0.0))
    signal += noise_rng.standard_normal(signal.shape, dtype=np.float32) * noise_std
    return np.clip(np.rint(signal), 1, 65535).astype(np.uint16)


# ----------------------------------------------------------------------------
# Incidents
# ----------------------------------------------------------------------------

_TYPE_MIX = {
    "official_crossing": {"smuggling_seizure": 0.5, "vehicle_interception": 0.3, "fuel_smuggling": 0.2},
    "track_crossing": {
        "illegal_crossing": 0.35,
        "fuel_smuggling": 0.25,
        "smuggling_seizure": 0.2,
        "vehicle_interception": 0.2,
    },
    "background": {
        "illegal_crossing": 0.4,
        "fuel_smuggling": 0.2,
        "smuggling_seizure": 0.2,
        "vehicle_interception": 0.2,
    },
    "violent_cluster": {"armed_attack": 0.55, "ied": 0.45},
}
_SEVERITY_RANGE = {
    "smuggling_seizure": (1, 3),
    "illegal_crossing": (1, 2),
    "fuel_smuggling": (1, 3),
    "vehicle_interception": (2, 3),
    "armed_attack": (3, 5),
    "ied": (4, 5),
}
_FATALITIES_PER_SEVERITY = {"armed_attack": 0.6, "ied": 0.5, "vehicle_interception": 0.02}
_EPISODE_STD_DAYS = 20.0


def _as_date(value):
    """Accept a datetime.date or an ISO yyyy-mm-dd string."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"Dates must be datetime.date or 'yyyy-mm-dd', got {value!r}.") from None


def _points_of(geometry):
    """Points of an intersection result (Point, MultiPoint, collection, overlap)."""
    if geometry.is_empty:
        return []
    if geometry.geom_type == "Point":
        return [geometry]
    if hasattr(geometry, "geoms"):
        return [point for part in geometry.geoms for point in _points_of(part)]
    return [geometry.representative_point()]


def default_incident_spread(border_length_m):
    """Default scatter (metres) of incidents around their source for a border this long."""
    return float(np.clip(0.03 * border_length_m, 50.0, 2000.0))


def default_remoteness_scale(border_length_m):
    """Distance (metres) over which a track crossing's remoteness from official crossings saturates."""
    return float(np.clip(0.15 * border_length_m, 500.0, 20000.0))


def _incident_sources(rng, border, tracks, weights, crossings, spread, remoteness_scale, background_share=0.2):
    """Latent point sources and background, each with its mixture probability."""
    hotspots = []
    for track, weight in zip(tracks, weights):
        for point in _points_of(track.intersection(border)):
            distance = min((point.distance(c) for c in crossings), default=math.inf)
            remoteness = 1.0 - math.exp(-distance / remoteness_scale)
            hotspots.append(
                {
                    "kind": "track_crossing",
                    "xy": (point.x, point.y),
                    "weight": weight * (0.3 + 1.7 * remoteness),
                    "spread": spread,
                    "remoteness": remoteness,
                }
            )
    hotspots += [
        {"kind": "official_crossing", "xy": (c.x, c.y), "weight": 1.0, "spread": spread} for c in crossings
    ]

    sources = [{"kind": "background", "probability": background_share if hotspots else 0.9}]
    total = sum(h["weight"] for h in hotspots)
    for hotspot in hotspots:
        hotspot["probability"] = (0.9 - background_share) * hotspot["weight"] / total if total > 0 else 0.0
        sources.append(hotspot)

    track_hotspots = [h for h in hotspots if h["kind"] == "track_crossing"]
    n_violent = int(rng.integers(1, 3))
    if track_hotspots:
        remoteness = np.array([h["remoteness"] for h in track_hotspots]) + 1e-6
        picks = rng.choice(
            len(track_hotspots),
            size=min(n_violent, len(track_hotspots)),
            replace=False,
            p=remoteness / remoteness.sum(),
        )
        centres = [track_hotspots[i]["xy"] for i in picks]
    else:
        centres = [border.interpolate(d).coords[0] for d in rng.uniform(0, border.length, n_violent)]
    for centre in centres:
        sources.append(
            {"kind": "violent_cluster", "xy": centre, "probability": 0.1 / len(centres), "spread": 1.5 * spread}
        )

    for source in sources:
        source["episodes"] = rng.uniform(0.0, 1.0, 2)  # episode centres as fractions of the window
    return sources


def _incident_positions(rng, border, sources, chosen, spread, extent):
    """Scatter incidents around their sources, redrawing those outside ``extent``."""

    def draw(indices):
        xy = np.empty((len(indices), 2))
        for row, index in enumerate(indices):
            source = sources[index]
            if source["kind"] == "background":
                centre = border.interpolate(rng.uniform(0.0, border.length)).coords[0]
                xy[row] = np.asarray(centre) + rng.normal(0.0, 3 * spread, 2)
            else:
                xy[row] = np.asarray(source["xy"]) + rng.normal(0.0, source["spread"], 2)
        return xy

    xy = draw(chosen)
    if extent is None:
        return xy
    xmin, ymin, xmax, ymax = extent
    for _ in range(100):
        outside = np.flatnonzero((xy[:, 0] < xmin) | (xy[:, 0] > xmax) | (xy[:, 1] < ymin) | (xy[:, 1] > ymax))
        if len(outside) == 0:
            break
        xy[outside] = draw(chosen[outside])
    xy[:, 0] = np.clip(xy[:, 0], xmin, xmax)
    xy[:, 1] = np.clip(xy[:, 1], ymin, ymax)
    return xy


def _incident_days(rng, sources, chosen, n_days):
    """Day offsets in [0, n_days]: uniform, or within an episode of the source."""
    uniform = rng.uniform(0.0, n_days + 1, len(chosen))
    episode = np.array([sources[i]["episodes"][rng.integers(2)] for i in chosen]) * (n_days + 1)
    episode += rng.normal(0.0, _EPISODE_STD_DAYS, len(chosen))
    is_background = np.array([sources[i]["kind"] == "background" for i in chosen], dtype=bool)
    in_episode = (rng.random(len(chosen)) < 0.5) & ~is_background
    days = np.where(in_episode, np.mod(episode, n_days + 1), uniform)
    return np.minimum(np.floor(days), n_days).astype(np.int64)


def _incident_attributes(rng, sources, chosen):
    """Type, severity (1-5) and fatalities of each incident."""
    types, severity, fatalities = [], np.empty(len(chosen), np.int64), np.empty(len(chosen), np.int64)
    for row, index in enumerate(chosen):
        mix = _TYPE_MIX[sources[index]["kind"]]
        incident_type = str(rng.choice(list(mix), p=list(mix.values())))
        low, high = _SEVERITY_RANGE[incident_type]
        severity[row] = rng.integers(low, high + 1)
        fatalities[row] = rng.poisson(_FATALITIES_PER_SEVERITY.get(incident_type, 0.0) * severity[row])
        types.append(incident_type)
    return types, severity, fatalities


def _scene_incidents(rng, grid, layout):
    """120-200 incidents over the two years before the after date, in map coordinates."""
    weights = []
    for track in layout.tracks:
        if track.is_main_road:
            weights.append(0.3)  # legitimate traffic goes through the post
        elif not track.in_before:
            weights.append(2.5)  # new tracks: fresh smuggling routes
        elif not track.in_after:
            weights.append(0.7)  # abandoned route
        else:
            weights.append(1.0)
    return simulate_incidents(
        grid.to_map(layout.border),
        [grid.to_map(LineString(track.path)) for track in layout.tracks],
        [grid.to_map(crossing) for crossing in layout.crossings],
        rng,
        int(rng.integers(120, 201)),
        layout.after_date - datetime.timedelta(days=730),
        layout.after_date,
        track_weights=weights,
        extent=grid.bounds_m,
        crs=CRS,
    )


# ----------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------


def _raster_profile(grid, count, dtype):
    return {
        "driver": "GTiff",
        "width": grid.size_px,
        "height": grid.size_px,
        "count": count,
        "dtype": dtype,
        "crs": CRS,
        "transform": grid.transform,
        "tiled": True,
        "blockxsize": 256,
        "blockysize": 256,
        "compress": "lzw",
        "predictor": 2,
        "num_threads": "ALL_CPUS",  # tiles are compressed independently: same bytes, faster
    }


def _write_image(path, grid, digital_numbers, acquisition_date):
    """Write a 4-band uint16 reflectance x 10000 GeoTIFF (nodata 0)."""
    profile = _raster_profile(grid, 4, "uint16")
    profile["nodata"] = 0
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(digital_numbers)
        for index, name in enumerate(BAND_NAMES, start=1):
            dataset.set_band_description(index, name)
        dataset.update_tags(
            ACQUISITION_DATE=acquisition_date.isoformat(),
            REFLECTANCE_SCALE=str(REFLECTANCE_SCALE),
            SOURCE="Fragile Borders generated training scene (synthetic)",
        )


def _nuisance_polygons(grid, layout):
    """Cloud and shadow outlines in map coordinates."""
    return [("cloud", grid.to_map(layout.cloud.polygon())), ("shadow", grid.to_map(layout.shadow.polygon()))]


def _write_cloud_mask(path, grid, layout):
    """uint8 mask, 1 on cloud or shadow (grown by 1 px for the misregistration), else 0."""
    mask = rio_features.rasterize(
        [(polygon, 1) for _, polygon in _nuisance_polygons(grid, layout)],
        out_shape=grid.shape,
        transform=grid.transform,
        all_touched=True,
        dtype="uint8",
    )
    mask = ndimage.binary_dilation(mask.astype(bool), iterations=1).astype(np.uint8)
    with rasterio.open(path, "w", **_raster_profile(grid, 1, "uint8")) as dataset:
        dataset.write(mask, 1)
        dataset.set_band_description(1, "cloud_or_shadow")


def _write_geopackage(path, grid, layout, incidents):
    """Write every vector layer (EPSG:32632) with explicit field types; returns feature counts."""
    from .io import write_layer

    layers = _vector_layers(grid, layout, incidents)
    for name, (frame, schema) in layers.items():
        write_layer(frame, path, name, schema["geometry"], schema["properties"])
    return {name: len(frame) for name, (frame, _) in layers.items()}


def _layer(records, geometries, geometry_type, fields):
    """A GeoDataFrame and its schema: geometry type and field types (field order as in ``fields``)."""
    frame = gpd.GeoDataFrame(
        {name: [record[name] for record in records] for name in fields}, geometry=list(geometries), crs=CRS
    )
    return frame, {"geometry": geometry_type, "properties": dict(fields)}


def _vector_layers(grid, layout, incidents):
    """Every GeoPackage layer as ``{name: (GeoDataFrame, schema)}``."""
    size = grid.pixel_size_m
    tracks = layout.tracks
    changes = [(change, grid.to_map(change.shape.polygon())) for change in layout.changes]
    incident_fields = {"date": "date", "type": "str", "severity": "int", "fatalities": "int", "source": "str"}
    return {
        "border": _layer(
            [{"name": "International border"}], [grid.to_map(layout.border)], "LineString", {"name": "str"}
        ),
        "crossings": _layer(
            [{"name": f"Official crossing {chr(65 + i)}"} for i in range(len(layout.crossings))],
            [grid.to_map(point) for point in layout.crossings],
            "Point",
            {"name": "str"},
        ),
        "incidents": (incidents, {"geometry": "Point", "properties": incident_fields}),
        "truth_changes": _layer(
            [{"class": c.change_class, "kind": c.kind, "area_m2": round(polygon.area, 1)} for c, polygon in changes],
            [polygon for _, polygon in changes],
            "Polygon",
            {"class": "str", "kind": "str", "area_m2": "float"},
        ),
        "truth_tracks": _layer(
            [
                {
                    "track_id": index,
                    "width_m": round(track.width_px * size, 2),
                    "contrast": round(track.contrast, 4),
                    "polarity": "brighter" if track.polarity > 0 else "darker",
                    "in_before": int(track.in_before),
                    "in_after": int(track.in_after),
                    "is_main_road": int(track.is_main_road),
                    "gap_share": round(track.gap_share, 4),
                }
                for index, track in enumerate(tracks)
            ],
            [grid.to_map(LineString(track.path).simplify(0.1)) for track in tracks],
            "LineString",
            {
                "track_id": "int",
                "width_m": "float",
                "contrast": "float",
                "polarity": "str",
                "in_before": "int",
                "in_after": "int",
                "is_main_road": "int",
                "gap_share": "float",
            },
        ),
        "truth_nuisances": _layer(
            [{"kind": kind} for kind, _ in _nuisance_polygons(grid, layout)],
            [polygon for _, polygon in _nuisance_polygons(grid, layout)],
            "Polygon",
            {"kind": "str"},
        ),
    }


def _summary(seed, grid, layout, sensor, counts):
    """Scene metadata written to scene.json and returned to the caller."""
    n_new = sum(1 for t in layout.tracks if t.in_after and not t.in_before)
    extent_km = grid.size_px * grid.pixel_size_m / 1000.0
    return {
        "generator": "fragile_borders_plugin.core.training_scene",
        "seed": seed,
        "size_px": grid.size_px,
        "pixel_size_m": grid.pixel_size_m,
        "crs": CRS,
        "transform": list(grid.transform)[:6],
        "bounds": list(grid.bounds_m),
        "before_date": layout.before_date.isoformat(),
        "after_date": layout.after_date.isoformat(),
        "bands": list(BAND_NAMES),
        "reflectance_scale": REFLECTANCE_SCALE,
        "gains": list(sensor.gains),
        "offsets": list(sensor.offsets),
        "shift_px": list(sensor.shift_px),
        "psf_sigma_px": {"before": sensor.psf_sigma_before, "after": sensor.psf_sigma_after},
        "counts": counts,
        "new_tracks": n_new,
        "notes": {
            "transform": "affine (a, b, c, d, e, f): x = a*col + b*row + c, y = d*col + e*row + f",
            "radiometry": "after DN = gain * before DN + offset per band, plus independent noise",
            "shift_px": "(dy, dx): the after content is displaced by this many pixels (rows down, columns right)",
            "truth_tracks": "geometry is the whole centreline INCLUDING sand-covered gaps (share in gap_share)",
            "truth": "truth geometries are ground truth on the before grid",
        },
        "description": _TRAINEE_DESCRIPTION.format(
            extent_km=extent_km,
            before=layout.before_date.isoformat(),
            after=layout.after_date.isoformat(),
            pixel=grid.pixel_size_m,
            n_tracks=len(layout.tracks) - 1,
            n_new=n_new,
            n_incidents=counts["incidents"],
        ),
    }
