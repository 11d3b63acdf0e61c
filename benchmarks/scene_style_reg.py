"""A second, independent scene style for measuring how track extraction generalises.

Nothing here is used to train or tune the detector: the training scenes come from
:mod:`fragile_borders_plugin.core.training_scene` (3 m, four-band, sand dunes, wadis and rock,
tracks as smooth brighter or darker bands over procedurally drawn paths). This style differs in
every stage a detector could have learned:

- *terrain*: a stony reg plain (desert pavement of dark varnished gravel, strong pixel-scale
  speckle) with drifting sand sheets, dark rock outcrops, low hills in relief shading and a
  dendritic drainage net of pale fine-sediment channels — thin curved lines that are not tracks;
- *tracks*: real desert road geometry from OpenStreetMap (Grand Erg Oriental, Taklimakan,
  Sonoran; ``../shared/realdata/context/desert_osm_roads``) when it is present, else random
  branching walks; rendered as pale bands where wheels displaced the varnished stones, or as
  pairs of wheel ruts, fading along their length and under the sand sheets;
- *sensor*: 1.5 m pan-sharpened imagery (colour at 6 m, detail from the panchromatic band),
  optical blur, haze, shot and read noise, 8-bit JPEG compression at quality 75 per band.

The BEFORE date differs by sun, gain, offset, haze and a 0.3-pixel misregistration; a share of
the tracks is new in AFTER. Files follow the training scene's layout where the benchmark reads
them: ``after.tif``, ``before.tif`` and ``scene.gpkg`` with the layer ``truth_tracks`` (fields
``track_id, width_m, contrast, polarity, in_before, in_after, is_main_road, gap_share``).
"""
import glob
import os
from dataclasses import dataclass

import numpy as np
from scipy import ndimage
from scipy.spatial import cKDTree

from real_roads import GRID_CRS, pixel_line, write_geotiff

OSM_FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared",
                          "realdata", "context", "desert_osm_roads", "OSM_vectors")
#: reflectance of varnished gravel and of sand sheets, blue / green / red / NIR
_GRAVEL = np.array([0.13, 0.18, 0.25, 0.30], dtype=np.float32)
_SAND = np.array([0.27, 0.37, 0.48, 0.54], dtype=np.float32)
_ROCK = np.array([0.08, 0.10, 0.13, 0.17], dtype=np.float32)
_HAZE = np.array([0.045, 0.030, 0.018, 0.008], dtype=np.float32)  # path radiance, blue scatters most
_PAN_RATIO = 4  # colour bands at 4x the pixel size, as in SPOT 6/7 pan-sharpened products


@dataclass
class RegTrack:
    path: np.ndarray  # (n, 2) row, col in pixels, densely sampled
    width_px: float
    contrast: float
    ruts: bool
    is_main_road: bool
    in_before: bool
    visibility: np.ndarray  # contrast multiplier at each path sample
    in_after: bool = True

    @property
    def gap_share(self):
        """Share of the length where the track has almost faded out."""
        return float(np.mean(self.visibility < 0.35))


def generate_reg_scene(folder, seed, size_px=2048, pixel_size_m=1.5, new_share=0.3):
    """Write ``after.tif``, ``before.tif`` and ``scene.gpkg`` (truth_tracks) into ``folder``.

    Parameters
    ----------
    folder : str
        Output folder (created).
    seed : int
        Random seed; the same seed gives the same files.
    size_px : int
        Scene width and height in pixels.
    pixel_size_m : float
        Pixel size in metres (1.5: SPOT 6/7 pan-sharpened).
    new_share : float
        Share of the tracks that are absent from BEFORE.
    """
    rng = np.random.default_rng(seed)
    shape = (size_px, size_px)
    paths, main_flags = track_geometry(rng, size_px, pixel_size_m)
    tracks = [_track_look(rng, path, is_main, pixel_size_m, new_share) for path, is_main in zip(paths, main_flags)]
    ground = _ground(rng, shape, pixel_size_m)
    os.makedirs(folder, exist_ok=True)
    for date, sun_azimuth in (("before", rng.uniform(100, 140)), ("after", rng.uniform(200, 250))):
        present = [t for t in tracks if (t.in_before if date == "before" else t.in_after)]
        reflectance = _with_tracks(ground, present, shape)
        shaded = reflectance * _relief_shading(ground["relief"], sun_azimuth, rng.uniform(35, 60))[None]
        image = _sensor(rng, shaded, misregistration_px=(0.3, -0.2) if date == "before" else None)
        write_geotiff(os.path.join(folder, f"{date}.tif"), image, pixel_size_m, nodata=0)
    _write_truth(os.path.join(folder, "scene.gpkg"), tracks, pixel_size_m)
    return tracks


# --- track geometry -------------------------------------------------------------------------

def track_geometry(rng, size_px, pixel_size_m):
    """Track centrelines in pixels and whether each is a main road: OSM windows when present."""
    files = sorted(glob.glob(os.path.join(OSM_FOLDER, "*.shp")))
    if files:
        paths = _osm_window(rng, files[rng.integers(len(files))], size_px, pixel_size_m)
        if paths:
            return paths
    return _random_network(rng, size_px)


def _osm_window(rng, shapefile, size_px, pixel_size_m, tries=400):
    """Lines of a randomly placed and rotated window of real road geometry with a rural density
    (3-10 times the window's width in road length: towns are skipped)."""
    import geopandas as gpd
    from shapely import affinity
    from shapely.geometry import LineString, box

    roads = gpd.read_file(shapefile)
    roads = roads.to_crs(roads.estimate_utm_crs()).explode(index_parts=False)
    geoms = [LineString([c[:2] for c in g.coords]) for g in roads.geometry]  # the files are 3-D
    main = (roads["RoadType"].isin([1, 2])).to_numpy() if "RoadType" in roads else np.zeros(len(geoms), bool)
    tree = gpd.GeoSeries(geoms).sindex
    vertices = np.vstack([np.asarray(g.coords) for g in geoms])
    width_m = size_px * pixel_size_m
    for _ in range(tries):
        cx, cy = vertices[rng.integers(len(vertices))] + rng.uniform(-0.3, 0.3, 2) * width_m
        angle = rng.uniform(0, 360)
        reach = box(cx - width_m, cy - width_m, cx + width_m, cy + width_m)
        window = box(cx - width_m / 2, cy - width_m / 2, cx + width_m / 2, cy + width_m / 2)
        picked = []
        for index in tree.intersection(reach.bounds):
            rotated = affinity.rotate(geoms[index], angle, origin=(cx, cy))
            clipped = rotated.intersection(window)
            for part in getattr(clipped, "geoms", [clipped]):
                if part.geom_type == "LineString" and part.length > 60.0:
                    picked.append((part, bool(main[index])))
        total = sum(p.length for p, _ in picked)
        if 3.0 * width_m <= total <= 10.0 * width_m:
            x0, y0 = cx - width_m / 2, cy + width_m / 2
            return ([_dense(np.column_stack([(y0 - np.asarray(p.coords)[:, 1]) / pixel_size_m,
                                             (np.asarray(p.coords)[:, 0] - x0) / pixel_size_m])) for p, _ in picked],
                    [m for _, m in picked])
    return None


def _random_network(rng, size_px):
    """Fallback geometry: meandering walks across the scene with branches from them."""
    paths = []
    for _ in range(rng.integers(4, 8)):
        start = rng.uniform(0, size_px, 2)
        paths.append(_walk(rng, start, rng.uniform(0, 2 * np.pi), size_px))
        for _ in range(rng.integers(0, 3)):
            base = paths[-1][rng.integers(len(paths[-1]))]
            paths.append(_walk(rng, base, rng.uniform(0, 2 * np.pi), size_px, max_steps=rng.integers(200, 900)))
    return [p for p in paths if len(p) > 40], [False] * len(paths)


def _walk(rng, start, heading, size_px, max_steps=4000):
    turn = ndimage.gaussian_filter1d(rng.normal(0, 0.06, max_steps), 25) * 25
    points = [np.asarray(start, dtype=float)]
    for step in range(max_steps):
        heading += turn[step] * 0.05
        nxt = points[-1] + 2.0 * np.array([np.sin(heading), np.cos(heading)])
        if not (0 <= nxt[0] < size_px and 0 <= nxt[1] < size_px):
            break
        points.append(nxt)
    return _dense(np.asarray(points))


def _dense(path, step_px=0.5):
    """Resample a polyline every ``step_px`` pixels."""
    seg = np.hypot(*np.diff(path, axis=0).T)
    at = np.r_[0.0, np.cumsum(seg)]
    if at[-1] == 0:
        return path[:1]
    s = np.arange(0.0, at[-1] + 1e-9, step_px)
    return np.column_stack([np.interp(s, at, path[:, 0]), np.interp(s, at, path[:, 1])])


def _track_look(rng, path, is_main, pixel_size_m, new_share):
    """Width, contrast and kind of one track; main roads are wide graded pale bands."""
    width_m = rng.uniform(7.0, 10.0) if is_main else rng.uniform(2.5, 6.5)
    contrast = rng.uniform(0.15, 0.3) if is_main else float(np.exp(rng.uniform(np.log(0.05), np.log(0.25))))
    return RegTrack(path=path, width_px=width_m / pixel_size_m, contrast=contrast,
                    ruts=(not is_main) and rng.random() < 0.4, is_main_road=is_main,
                    in_before=is_main or rng.random() >= new_share, visibility=_visibility(rng, len(path)))


# --- terrain --------------------------------------------------------------------------------

def _smooth(rng, shape, scale_px):
    field = ndimage.gaussian_filter(rng.standard_normal(shape).astype(np.float32), scale_px, mode="wrap")
    return field / (field.std() + 1e-12)


def _ground(rng, shape, pixel_size_m):
    """Reflectance (4, rows, cols) of the plain and the maps the dates share."""
    wind = (40.0 / pixel_size_m, 160.0 / pixel_size_m)  # sand sheets stretch along the wind
    ragged = _smooth(rng, shape, 6.0 / pixel_size_m)
    sand = np.clip((_smooth(rng, shape, wind) + 0.35 * ragged - 0.7) * 1.5, 0, 1)
    rock = np.clip((_smooth(rng, shape, 50.0 / pixel_size_m) + 0.5 * ragged - 1.9) * 4.0, 0, 1)
    speckle = np.exp(0.12 * rng.standard_normal(shape).astype(np.float32))
    stones = ndimage.uniform_filter(rng.random(shape).astype(np.float32), 2) < 0.12
    reflectance = (_GRAVEL[:, None, None] * (1 - sand) + _SAND[:, None, None] * sand) * (1 - rock) \
        + _ROCK[:, None, None] * rock
    reflectance *= (speckle * np.where(stones & (sand < 0.5), 0.8, 1.0))[None]
    reflectance *= (1.0 + 0.08 * _drainage(rng, shape))[None]
    relief = _smooth(rng, shape, 250.0 / pixel_size_m) * 40.0 + _smooth(rng, shape, 40.0 / pixel_size_m) * 1.0
    return {"reflectance": reflectance.astype(np.float32), "sand": sand, "relief": relief}


def _drainage(rng, shape):
    """Pale fine-sediment channels: thin, curved, branching, 1-3 px wide (0..1 map)."""
    channels = np.zeros(shape, dtype=bool)
    for _ in range(rng.integers(3, 7)):
        trunk = _walk(rng, rng.uniform(0, shape[0], 2), rng.uniform(0, 2 * np.pi), shape[0], max_steps=1500)
        for branch in range(rng.integers(2, 6)):
            base = trunk[rng.integers(len(trunk))]
            twig = _walk(rng, base, rng.uniform(0, 2 * np.pi), shape[0], max_steps=rng.integers(50, 300))
            _burn(channels, twig)
        _burn(channels, trunk)
    width = rng.uniform(0.6, 1.5)
    return np.clip(ndimage.gaussian_filter(channels.astype(np.float32), width) * 2.5 * width, 0, 1)


def _burn(mask, path):
    rows, cols = np.round(path).astype(int).T
    ok = (rows >= 0) & (rows < mask.shape[0]) & (cols >= 0) & (cols < mask.shape[1])
    mask[rows[ok], cols[ok]] = True


def _relief_shading(relief, azimuth_deg, elevation_deg):
    """Lambertian shading of the relief (metres per pixel in its gradients), mean 1."""
    dy, dx = np.gradient(relief / 1.5)
    az, el = np.radians(azimuth_deg), np.radians(elevation_deg)
    light = np.array([np.cos(el) * np.sin(az), -np.cos(el) * np.cos(az), np.sin(el)])
    norm = np.sqrt(dx * dx + dy * dy + 1.0)
    shade = (-dx * light[0] - dy * light[1] + light[2]) / norm
    return (shade / shade.mean()).astype(np.float32)


# --- tracks ---------------------------------------------------------------------------------

def _with_tracks(ground, tracks, shape):
    """Ground reflectance with the given tracks burnt in (relative brightening per pixel)."""
    out = ground["reflectance"].copy()
    if not tracks:
        return out
    samples = np.vstack([t.path for t in tracks])
    owner = np.concatenate([np.full(len(t.path), i) for i, t in enumerate(tracks)])
    along = np.concatenate([t.visibility for t in tracks])
    reach = max(t.width_px for t in tracks) / 2 + 2
    near = np.ones(shape, dtype=bool)
    rows, cols = np.round(samples).astype(int).T
    ok = (rows >= 0) & (rows < shape[0]) & (cols >= 0) & (cols < shape[1])
    near[rows[ok], cols[ok]] = False
    pr, pc = np.nonzero(ndimage.distance_transform_edt(near) <= reach + 1)
    dist, nearest = cKDTree(samples).query(np.column_stack([pr, pc]), distance_upper_bound=reach)
    hit = np.isfinite(dist)
    pr, pc, dist, nearest = pr[hit], pc[hit], dist[hit], nearest[hit]
    gain = np.zeros(len(pr), dtype=np.float32)
    for index, track in enumerate(tracks):
        mine = owner[nearest] == index
        gain[mine] = track.contrast * _profile(dist[mine], track) * along[nearest[mine]]
    sand_cover = ground["sand"][pr, pc]
    gain *= 1.0 - 0.8 * sand_cover  # loose sand fills tracks: little of them shows on a sheet
    spectral = np.array([0.8, 0.95, 1.1, 1.05], dtype=np.float32)  # exposed subsoil is redder
    out[:, pr, pc] *= 1.0 + spectral[:, None] * gain[None]
    return out


def _profile(dist, track):
    """Brightening across a track (0..1): a flat pale band, or two wheel ruts 1.8 m apart."""
    half = track.width_px / 2
    if track.ruts:
        rut = np.exp(-((dist - 0.3 * track.width_px) / max(0.25 * track.width_px, 0.5)) ** 2)
        return np.where(dist < half, rut - 0.2 * (dist < 0.15 * track.width_px), 0.0)
    return np.clip(half + 0.5 - dist, 0, 1)


def _visibility(rng, n_samples):
    """Contrast multiplier along a track of ``n_samples`` samples: slow fading, 0.25 .. 1."""
    wave = ndimage.gaussian_filter1d(rng.standard_normal(n_samples), 300, mode="nearest")
    wave = wave / (np.abs(wave).max() + 1e-12)
    return np.clip(0.65 + 0.45 * wave, 0.25, 1.0)


# --- sensor ---------------------------------------------------------------------------------

def _sensor(rng, reflectance, misregistration_px=None):
    """Pan-sharpened, blurred, hazy, noisy, JPEG-compressed 8-bit image (4, rows, cols)."""
    bands, rows, cols = reflectance.shape
    haze = _HAZE[:, None, None] * (0.8 + 0.2 * np.tanh(_smooth(rng, (rows, cols), rows / 3.0)))[None]
    radiance = (reflectance * rng.uniform(0.85, 1.15) + haze).astype(np.float32)
    if misregistration_px is not None:
        radiance = ndimage.shift(radiance, (0,) + tuple(misregistration_px), order=1, mode="nearest")
    radiance = ndimage.gaussian_filter(radiance, (0, 0.6, 0.6))
    pan = radiance[:3].mean(axis=0)
    colour = np.stack([_up(_down(b), (rows, cols)) for b in radiance])
    pan_low = _up(_down(pan), (rows, cols))
    sharpened = colour * (pan / np.maximum(pan_low, 1e-4))[None]
    noisy = sharpened + rng.normal(0, 1, sharpened.shape).astype(np.float32) * np.sqrt(4e-5 * sharpened + 4e-6)
    scale = 250.0 / np.percentile(noisy, 99.8)
    return np.stack([_jpeg(np.clip(np.round(b * scale), 1, 255).astype(np.uint8)) for b in noisy])


def _down(band):
    r, c = (s // _PAN_RATIO * _PAN_RATIO for s in band.shape)
    return band[:r, :c].reshape(r // _PAN_RATIO, _PAN_RATIO, c // _PAN_RATIO, _PAN_RATIO).mean(axis=(1, 3))


def _up(band, shape):
    zoom = (shape[0] / band.shape[0], shape[1] / band.shape[1])
    return ndimage.zoom(band, zoom, order=1, mode="nearest", grid_mode=True)[: shape[0], : shape[1]]


def _jpeg(band, quality=75):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(band).save(buffer, format="JPEG", quality=quality)
    return np.maximum(np.asarray(Image.open(io.BytesIO(buffer.getvalue()))), 1)


# --- files ----------------------------------------------------------------------------------

def _write_truth(path, tracks, pixel_size_m):
    import geopandas as gpd

    from fragile_borders_plugin.core.io import write_vector_atomic

    frame = gpd.GeoDataFrame({
        "track_id": np.arange(len(tracks)),
        "width_m": [round(t.width_px * pixel_size_m, 2) for t in tracks],
        "contrast": [round(t.contrast, 4) for t in tracks],
        "polarity": ["brighter"] * len(tracks),
        "in_before": [int(t.in_before) for t in tracks],
        "in_after": [int(t.in_after) for t in tracks],
        "is_main_road": [int(t.is_main_road) for t in tracks],
        "gap_share": [round(t.gap_share, 4) for t in tracks],
    }, geometry=[pixel_line(t.path, pixel_size_m).simplify(0.1) for t in tracks], crs=GRID_CRS)
    write_vector_atomic(frame, path, layer="truth_tracks", geometry_type="LineString",
                        field_types={"polarity": "str"})
