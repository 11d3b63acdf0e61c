"""Border segments: segmentation, explained factors, priority score, personnel risk and Gi* hotspots.

Everything runs in metres in a local metric CRS (:func:`core.crs.to_metric` of the border); the
output segments are returned in the border's original CRS.

Model (all documented in the help of ``fragileborders:scoresegments``):

* The border (multi-part allowed; parts are chained end to end, the straight gap between two
  parts counts in the chainage so distances along the border stay honest) is cut into segments
  of ``segment_length_m``; a last piece shorter than half a segment joins the previous one.
* Each segment has a corridor of ``corridor_m`` on both sides (or one side: left/right as seen
  walking along the border in the digitised direction of its longest part). A point belongs to
  the segment whose part of the border line is nearest (flat ends: nothing beyond the ends of
  the border counts), so nothing is counted twice on straight stretches.
* Factors, each 0–1 (``f_<name>`` columns), from raw values (columns with units):

  ``crossings``  tracks crossing the segment line, weighted by confidence × (``new_track_weight``
                 if is_new), per km of border, × (1 + ``remote_crossing_boost`` × remoteness) when
                 official crossings are given (informal crossings far from a post weigh more)
                 → ``n_track_crossings`` (distinct tracks whose consecutive sample points, ≤ one
                 location step apart, lie on opposite sides of the segment).
  ``tracks``     track length inside the corridor, same weights, per km² → ``track_km_per_km2``.
  ``changes``    area of change polygons inside the corridor weighted by change class, per km² →
                 ``change_area_m2`` (polygons whose bounding-box diagonal is under 1/20 of the
                 corridor count whole at their centre; larger ones by exact intersection).
  ``incidents``  Σ severity × type weight × (s + (1 − s) × 0.5^(age / half-life)) of incidents in
                 the corridor up to the reference date, per km, with s = ``long_run_share``: a blend
                 of the long-run rate (every incident counts s however old) and the decayed recent
                 intensity; s = 0 is pure decay → ``incident_intensity`` (the decayed sum, s = 0),
                 ``n_incidents``.
  ``remoteness`` 1 − exp(−d / ``remoteness_scale_m``), d = distance along the border to the
                 nearest official crossing → ``km_to_crossing``.
  ``terrain``    passability: mean over corridor samples of max(0, 1 − slope / ``max_slope_deg``)
                 → ``mean_slope_deg``.

  Intensive values (crossings, tracks, changes, incidents) are divided by the smaller of the 95th
  percentile and 5 × the median of their non-zero values, mapped linearly onto 0–0.5 up to that
  scale and compressed into 0.5–1 above it (:func:`normalise`), so one outlier does not flatten the
  others and the hottest segments keep their order;
  remoteness and terrain are already 0–1.
* score = 100 × smoothed(Σ wₖ fₖ / Σ wₖ) over the factors that have data, smoothing along the
  border with a Gaussian kernel (σ = ``smoothing_m``); rank 1 = highest; priority critical
  (top 10 % of segments), high (next 20 %), medium (next 30 %), low (rest and every score 0).
* hotspot_z: Getis-Ord Gi* z-score of the unsmoothed composite with binary weights, neighbours =
  segments whose midpoints are within ``hotspot_distance_m`` along the border (self included).
* risk (0–100, never part of the score): R = Σ severity × 0.5^(age / ``risk_half_life_days``)
  over violent incidents within ``risk_distance_m`` of the segment; risk = 100 × (1 − 0.5^(R /
  ``risk_half_severity``)): with the default 3, one fresh incident of severity 3 gives 50, two give
  75, one of severity 1 gives 21.
"""
import datetime as _dt
import math
from dataclasses import dataclass, replace

import numpy as np

from .common import arc_lengths, check_cancel, polyline_piece, report
from .incidents import parse_dates

#: factor name -> default weight (documented in the algorithm help). crossings, tracks, incidents and
#: remoteness were calibrated (with DEFAULT_LONG_RUN_SHARE) on generated borderlands of seeds 100–107,
#: not the benchmark's evaluation seeds (benchmarks/results_segments.md); changes and terrain have no
#: data there and keep their hand-set weights. Remoteness already acts through the remote-crossing boost.
DEFAULT_WEIGHTS = {"crossings": 2.0, "tracks": 0.5, "changes": 1.0, "incidents": 3.0, "remoteness": 0.5,
                   "terrain": 0.5}
FACTORS = tuple(DEFAULT_WEIGHTS)
#: default floor of the incident decay (long-run share), see ``score_segments``
DEFAULT_LONG_RUN_SHARE = 0.5
#: share of the 0–1 range given to values up to the robust scale in :func:`normalise` (the rest
#: keeps the order of the values above it)
NORMALISE_KNEE = 0.5
#: automatic smoothing (``smoothing_m=None``): candidate σ in segment lengths, and the fewest dated
#: incidents in the corridors needed to choose among them (else σ = one segment length)
AUTO_SMOOTHING_FACTORS = (0.0, 0.5, 1.0, 2.0)
AUTO_SMOOTHING_MIN_INCIDENTS = 40
#: change class -> weight of its area
DEFAULT_CHANGE_CLASS_WEIGHTS = {"new_bright_surface": 1.0, "darkening": 0.5, "vegetation_loss": 0.5,
                                "vegetation_gain": 0.2, "other": 0.3}
#: incident types counted in the personnel risk (compared lower-case, spaces/hyphens as underscores)
DEFAULT_VIOLENT_TYPES = ("armed_attack", "ied", "ambush", "kidnapping", "attack", "explosion", "shooting",
                         "battles", "explosions/remote_violence", "violence_against_civilians")
SIDES = ("both", "left", "right")
PRIORITY_SHARES = (("critical", 0.10), ("high", 0.30), ("medium", 0.60))

#: output attribute -> field type (see io.write_layer)
FIELD_TYPES = {"segment_id": "int", "part": "int", "start_km": "float", "end_km": "float", "length_m": "float",
               "n_track_crossings": "int", "track_km_per_km2": "float", "new_track_km": "float",
               "change_area_m2": "float", "n_incidents": "int", "incident_intensity": "float",
               "km_to_crossing": "float", "mean_slope_deg": "float", "n_violent_incidents": "int",
               "score": "float", "rank": "int", "priority": "str", "drivers": "str", "risk": "float",
               "hotspot_z": "float"}
FIELD_TYPES.update({f"f_{name}": "float" for name in FACTORS})


def _norm_type(text):
    return str(text).strip().lower().replace(" ", "_").replace("-", "_")


def parse_weights(text, defaults, what="WEIGHTS", allow_unknown=False):
    """Parse ``"name=weight, name=weight"`` into a dict starting from ``defaults``.

    Parameters
    ----------
    text : str or dict or None
        Empty/None keeps the defaults; names not given keep their default weight.
    defaults : dict
        Known names and default weights.
    allow_unknown : bool
        Accept names not in ``defaults`` (e.g. incident types).
    """
    weights = dict(defaults)
    if text is None or (isinstance(text, str) and not text.strip()):
        return weights
    items = text.items() if isinstance(text, dict) else (
        item.split("=", 1) if "=" in item else (item, None) for item in str(text).replace(";", ",").split(","))
    for name, value in items:
        name = str(name).strip()
        if not name:
            continue
        key = _norm_type(name) if allow_unknown else name.strip().lower()
        if not allow_unknown and key not in defaults:
            raise ValueError(f"{what}: unknown name '{name}'; use {', '.join(defaults)} as name=weight.")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{what}: '{name}={value}' is not name=number (e.g. "
                             f"{next(iter(defaults), 'name')}=2).") from None
        if not math.isfinite(number) or number < 0:
            raise ValueError(f"{what}: weight of '{name}' must be a number ≥ 0, got {value}.")
        weights[key] = number
    return weights


# ----------------------------------------------------------------------------------------------
# geometry helpers (shapely 1.8 and 2)

def _line_parts(geometry):
    """Yield the LineStrings of a (Multi)LineString or GeometryCollection; polygons give their rings."""
    if geometry is None or geometry.is_empty:
        return
    kind = geometry.geom_type
    if kind in ("LineString", "LinearRing"):
        yield geometry
    elif kind in ("MultiLineString", "GeometryCollection", "MultiPolygon"):
        for part in geometry.geoms:
            yield from _line_parts(part)
    elif kind == "Polygon":
        yield geometry.exterior


def _bulk_query(frame, geometries, predicate="intersects"):
    """Pairs (input index, frame index) where ``geometries[i]`` and ``frame`` geometries match."""
    sindex = frame.sindex
    if hasattr(geometries, "values"):
        geometries = geometries.values
    else:
        array = np.empty(len(geometries), dtype=object)
        for i, geometry in enumerate(geometries):
            array[i] = geometry
        geometries = array
    if len(frame) == 0 or len(geometries) == 0:
        return np.zeros((2, 0), dtype=int)
    if hasattr(sindex, "query_bulk"):
        try:
            return np.asarray(sindex.query_bulk(geometries, predicate=predicate))
        except (AttributeError, NotImplementedError):
            pass
    return np.asarray(sindex.query(geometries, predicate=predicate))


def _line_vertices(geometries):
    """Concatenate line coordinates: (coords (m, 2), owner (m,), starts of each run)."""
    coords, owners, runs = [], [], []
    offset = 0
    for owner, geometry in enumerate(geometries):
        for part in _line_parts(geometry):
            xy = np.asarray(part.coords, dtype=float)[:, :2]
            if len(xy) < 2:
                continue
            coords.append(xy)
            owners.append(np.full(len(xy), owner))
            runs.append(offset)
            offset += len(xy)
    if not coords:
        return np.zeros((0, 2)), np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    return np.concatenate(coords), np.concatenate(owners), np.asarray(runs)


def _pieces(coords, owners, runs, step):
    """Cut every edge of the runs into pieces ≤ ``step`` m: (midpoints, lengths, owner) arrays."""
    if len(coords) < 2:
        return np.zeros((0, 2)), np.zeros(0), np.zeros(0, dtype=int)
    valid = np.ones(len(coords) - 1, dtype=bool)
    run_ends = np.append(runs[1:], len(coords)) - 1
    valid[run_ends[run_ends < len(valid)]] = False
    a, b = coords[:-1][valid], coords[1:][valid]
    owner = owners[:-1][valid]
    length = np.hypot(*(b - a).T)
    count = np.maximum(1, np.ceil(length / step).astype(int))
    edge = np.repeat(np.arange(len(a)), count)
    first = np.repeat(np.cumsum(count) - count, count)
    k = np.arange(len(edge)) - first
    t = (k + 0.5) / count[edge]
    mid = a[edge] + (b[edge] - a[edge]) * t[:, None]
    return mid, (length / count)[edge], owner[edge]


class BorderLine:
    """The border as ordered parts in a metric CRS, with chainage and fast point location.

    Parameters
    ----------
    border : geopandas.GeoDataFrame
        Line features (any CRS with a definition); parts that touch are merged.
    step_m : float
        Maximum spacing (m) of the dense vertices used to locate points (exact geometry kept).
    """

    def __init__(self, border, step_m=50.0):
        from shapely.geometry import LineString, MultiLineString
        from shapely.ops import linemerge

        from .crs import to_metric

        if border is None or len(border) == 0 or border.geometry.is_empty.all():
            raise ValueError("The border layer is empty: it needs at least one line feature.")
        kinds = set(border.geometry.dropna().geom_type)
        if kinds & {"Point", "MultiPoint"}:
            raise ValueError("The border layer holds points; it must be a line layer (the border line).")
        metric = to_metric(border)
        self.crs = metric.crs
        self.source_crs = border.crs
        lines = [LineString(np.asarray(p.coords)[:, :2]) for g in metric.geometry for p in _line_parts(g)
                 if p.length > 0]
        if not lines:
            raise ValueError("The border layer has no line of non-zero length.")
        merged = linemerge(MultiLineString(lines)) if len(lines) > 1 else lines[0]
        parts = [np.asarray(p.coords)[:, :2] for p in _line_parts(merged)]
        self.parts = self._chain(parts)
        self.lines = [LineString(p) for p in self.parts]
        self.part_lengths = np.array([line.length for line in self.lines])
        starts, position = [], 0.0
        for index, part in enumerate(self.parts):
            if index:
                position += float(np.hypot(*(part[0] - self.parts[index - 1][-1])))
            starts.append(position)
            position += self.part_lengths[index]
        self.part_starts = np.array(starts)
        self.length_m = float(self.part_lengths.sum())
        self.step = float(step_m)
        self._densify()

    @staticmethod
    def _chain(parts):
        """Order parts end to end (nearest endpoints first), oriented like the longest part."""
        lengths = [float(np.hypot(*np.diff(p, axis=0).T).sum()) for p in parts]
        first = int(np.argmax(lengths))
        chain = [parts[first]]
        remaining = [p for i, p in enumerate(parts) if i != first]
        while remaining:
            head, tail = chain[0][0], chain[-1][-1]
            ends = np.array([[p[0], p[-1]] for p in remaining])  # (r, 2, 2)
            d_tail = np.hypot(*(ends - tail).transpose(2, 0, 1))  # (r, 2)
            d_head = np.hypot(*(ends - head).transpose(2, 0, 1))
            if d_tail.min() <= d_head.min():
                i, end = np.unravel_index(np.argmin(d_tail), d_tail.shape)
                part = remaining.pop(i)
                chain.append(part if end == 0 else part[::-1])
            else:
                i, end = np.unravel_index(np.argmin(d_head), d_head.shape)
                part = remaining.pop(i)
                chain.insert(0, part if end == 1 else part[::-1])
        return chain

    def _densify(self):
        from scipy.spatial import cKDTree

        vertices, chainage, part_ids = [], [], []
        for index, part in enumerate(self.parts):
            a, b = part[:-1], part[1:]
            length = np.hypot(*(b - a).T)
            keep = length > 0
            a, b, length = a[keep], b[keep], length[keep]
            count = np.maximum(1, np.ceil(length / self.step).astype(int))
            edge = np.repeat(np.arange(len(a)), count)
            first = np.repeat(np.cumsum(count) - count, count)
            t = (np.arange(len(edge)) - first) / count[edge]
            points = np.vstack([a[edge] + (b[edge] - a[edge]) * t[:, None], b[-1:]])
            along = np.concatenate([[0.0], np.cumsum(length)])
            chain = np.concatenate([along[edge] + t * length[edge], along[-1:]])
            vertices.append(points)
            chainage.append(chain + self.part_starts[index])
            part_ids.append(np.full(len(points), index))
        self.vertices = np.concatenate(vertices)
        self.chainage = np.concatenate(chainage)
        self.vertex_part = np.concatenate(part_ids)
        n = len(self.vertices)
        self.is_first = np.zeros(n, dtype=bool)
        self.is_last = np.zeros(n, dtype=bool)
        self.is_first[0] = self.is_last[-1] = True
        change = np.nonzero(np.diff(self.vertex_part))[0]
        self.is_last[change] = True
        self.is_first[change + 1] = True
        self.tree = cKDTree(self.vertices)

    def locate(self, points, max_distance):
        """Locate points on the border.

        Parameters
        ----------
        points : ndarray (n, 2)
            Coordinates in the metric CRS (m).
        max_distance : float
            Points farther than this (m) from the border, or beyond its ends, are not located.

        Returns
        -------
        chainage : ndarray (n,)
            Position (m) of the nearest border point along the border (NaN when not located).
        offset : ndarray (n,)
            Signed distance (m): positive on the left of the border direction.
        located : ndarray of bool (n,)
        """
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        n = len(points)
        chainage = np.full(n, np.nan)
        offset = np.full(n, np.nan)
        if n == 0:
            return chainage, offset, np.zeros(0, dtype=bool)
        try:
            distance, nearest = self.tree.query(points, distance_upper_bound=max_distance + self.step, workers=-1)
        except TypeError:  # SciPy < 1.6
            distance, nearest = self.tree.query(points, distance_upper_bound=max_distance + self.step)
        hit = np.isfinite(distance)
        p, v = points[hit], nearest[hit]
        best = np.full(len(p), np.inf)
        best_chain = np.full(len(p), np.nan)
        best_offset = np.full(len(p), np.nan)
        for shift in (-1, 0):  # edge (v-1, v) then edge (v, v+1)
            a_index = v + shift
            ok = ~self.is_first[v] if shift == -1 else ~self.is_last[v]
            a_index = np.where(ok, a_index, v)
            b_index = np.minimum(a_index + 1, len(self.vertices) - 1)
            a, b = self.vertices[a_index], self.vertices[b_index]
            d = b - a
            length2 = np.maximum((d ** 2).sum(axis=1), 1e-12)
            t = ((p - a) * d).sum(axis=1) / length2
            # flat ends: nothing before the start of a part or after its end
            outside = (self.is_first[a_index] & (t < 0)) | (self.is_last[b_index] & (t > 1))
            tc = np.clip(t, 0.0, 1.0)
            q = a + d * tc[:, None]
            dist = np.hypot(*(p - q).T)
            dist = np.where(ok & ~outside, dist, np.inf)
            cross = d[:, 0] * (p[:, 1] - a[:, 1]) - d[:, 1] * (p[:, 0] - a[:, 0])
            better = dist < best
            best = np.where(better, dist, best)
            best_chain = np.where(better, self.chainage[a_index] + tc * np.sqrt(length2), best_chain)
            best_offset = np.where(better, np.where(cross >= 0, dist, -dist), best_offset)
        good = best <= max_distance
        index = np.nonzero(hit)[0]
        chainage[index[good]] = best_chain[good]
        offset[index[good]] = best_offset[good]
        return chainage, offset, np.isfinite(chainage)

    def point_at(self, chainage, offset=None):
        """Coordinates (m) at ``chainage`` along the border, ``offset`` m to the left (negative: right)."""
        chainage = np.asarray(chainage, dtype=float)
        index = np.clip(np.searchsorted(self.chainage, chainage, side="right") - 1, 0, len(self.chainage) - 2)
        index = np.where(self.is_last[index], index - 1, index)  # never the gap between two parts
        a, b = self.vertices[index], self.vertices[index + 1]
        span = np.maximum(self.chainage[index + 1] - self.chainage[index], 1e-12)
        t = np.clip((chainage - self.chainage[index]) / span, 0.0, 1.0)
        xy = a + (b - a) * t[:, None]
        if offset is not None:
            direction = (b - a) / np.maximum(np.hypot(*(b - a).T), 1e-12)[:, None]
            normal = np.stack([-direction[:, 1], direction[:, 0]], axis=1)
            xy = xy + normal * np.asarray(offset, dtype=float)[..., None]
        return xy


def segment_border(border, segment_length_m):
    """Cut a :class:`BorderLine` into segments.

    Returns
    -------
    geopandas.GeoDataFrame
        In the metric CRS: segment_id (1…n in chainage order), part, start_km, end_km (chainage,
        km), length_m and the segment line; plus hidden float columns ``_start``, ``_end`` (m).
    """
    import geopandas as gpd
    from shapely.geometry import LineString

    if not segment_length_m > 0:
        raise ValueError(f"The segment length must be positive, got {segment_length_m} m.")
    if segment_length_m > border.length_m:
        raise ValueError(f"The segment length ({segment_length_m:.0f} m) is longer than the whole border "
                         f"({border.length_m:.0f} m measured in {border.crs.name}): choose at most "
                         f"{max(1.0, border.length_m / 2):.0f} m so the border has segments to compare.")
    rows = []
    for index, (part, length) in enumerate(zip(border.parts, border.part_lengths)):
        cuts = list(np.arange(0.0, length, segment_length_m)) + [length]
        if len(cuts) > 2 and cuts[-1] - cuts[-2] < 0.5 * segment_length_m:
            del cuts[-2]
        along = arc_lengths(part)
        for s0, s1 in zip(cuts[:-1], cuts[1:]):
            rows.append((index, s0 + border.part_starts[index], s1 + border.part_starts[index],
                         LineString(polyline_piece(part, along, s0, s1))))
    frame = gpd.GeoDataFrame(
        {"segment_id": np.arange(1, len(rows) + 1), "part": [r[0] + 1 for r in rows],
         "_start": [r[1] for r in rows], "_end": [r[2] for r in rows]},
        geometry=[r[3] for r in rows], crs=border.crs)
    frame["start_km"] = frame["_start"] / 1000.0
    frame["end_km"] = frame["_end"] / 1000.0
    frame["length_m"] = frame.geometry.length
    return frame


def corridor_polygons(segments, corridor_m, side="both"):
    """Corridor polygon of each segment (flat ends; one side for ``side`` left/right)."""
    if side == "both":
        return segments.geometry.buffer(corridor_m, cap_style=2)
    distance = corridor_m if side == "left" else -corridor_m
    return segments.geometry.apply(lambda g: g.buffer(distance, cap_style=2, single_sided=True))


def _segment_of(segments, chainage):
    """Index (0-based row) of the segment containing each chainage (m); -1 for NaN."""
    starts = segments["_start"].to_numpy()
    index = np.clip(np.searchsorted(starts, chainage, side="right") - 1, 0, len(starts) - 1)
    return np.where(np.isfinite(chainage), index, -1)


def _in_side(offset, side):
    if side == "left":
        return offset >= 0
    if side == "right":
        return offset <= 0
    return np.ones(len(offset), dtype=bool)


def normalise(values):
    """Scale non-negative values to 0–1 without losing the order of the highest ones.

    Values are divided by a robust scale, the smaller of the 95th percentile and 5 × the median of
    the non-zero values (one outlier cannot flatten the others, even in small samples). Up to that
    scale they map linearly onto 0–:data:`NORMALISE_KNEE`; above it they are compressed into
    :data:`NORMALISE_KNEE`–1 (``knee + (1 − knee)(1 − 1/x)``) instead of capped, so the hottest
    segments stay ahead of merely hot ones. The result is divided by its maximum (max = 1).
    """
    values = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
    positive = values[values > 0]
    if positive.size == 0:
        return np.zeros_like(values)
    scaled = np.maximum(values, 0.0) / min(np.percentile(positive, 95), 5.0 * np.median(positive))
    knee = NORMALISE_KNEE
    compressed = np.where(scaled <= 1.0, knee * scaled, knee + (1.0 - knee) * (1.0 - 1.0 / np.maximum(scaled, 1.0)))
    return compressed / float(compressed.max())


def _window_bounds(mid, distance):
    lo = np.searchsorted(mid, mid - distance, side="left")
    hi = np.searchsorted(mid, mid + distance, side="right")
    return lo, hi


def smooth_along(values, mid_m, sigma_m):
    """Gaussian smoothing of ``values`` along the border (segment midpoints ``mid_m`` sorted, m)."""
    values = np.asarray(values, dtype=float)
    if sigma_m is None or sigma_m <= 0 or len(values) < 2:
        return values.copy()
    mid = np.asarray(mid_m, dtype=float)
    lo, hi = _window_bounds(mid, 3.0 * sigma_m)
    reach = int(max((hi - np.arange(len(mid))).max(), (np.arange(len(mid)) - lo).max()))
    total = values.copy()
    weight = np.ones_like(values)
    for k in range(1, reach + 1):
        w = np.exp(-0.5 * ((mid[k:] - mid[:-k]) / sigma_m) ** 2)
        w[(mid[k:] - mid[:-k]) > 3.0 * sigma_m] = 0.0
        total[:-k] += w * values[k:]
        weight[:-k] += w
        total[k:] += w * values[:-k]
        weight[k:] += w
    return total / weight


def choose_smoothing(segment_index, dates, mid_m, segment_length_m):
    """σ (m) of the smoothing along the border that best predicts later incidents from earlier ones.

    The dated incidents in the corridors are split at their median date; each candidate σ (0, ½, 1
    and 2 segment lengths) smooths the per-segment counts of the earlier half, and the Poisson
    log-likelihood of the later half's counts under that intensity (plus a 5 % uniform floor) is
    compared. Incidents that cluster tightly pick little smoothing, scattered ones more.

    Parameters
    ----------
    segment_index : ndarray of int
        Segment (0…n−1, in ``mid_m`` order) of each incident.
    dates : ndarray of datetime64[D]
        Date of each incident.
    mid_m : ndarray
        Segment midpoints (m along the border, sorted).
    segment_length_m : float
        Nominal segment length (m).

    Returns
    -------
    float or None
        The chosen σ, or None when there are fewer than :data:`AUTO_SMOOTHING_MIN_INCIDENTS`
        incidents or all share one date.
    """
    if len(dates) < AUTO_SMOOTHING_MIN_INCIDENTS:
        return None
    cut = np.sort(dates)[len(dates) // 2]
    earlier, later = dates < cut, dates >= cut
    if not earlier.any() or not later.any():
        return None
    n = len(mid_m)
    train = np.bincount(segment_index[earlier], minlength=n).astype(float)
    test = np.bincount(segment_index[later], minlength=n).astype(float)
    best, best_ll = None, -np.inf
    for factor in AUTO_SMOOTHING_FACTORS:
        sigma = factor * segment_length_m
        intensity = smooth_along(train, mid_m, sigma) if sigma > 0 else train
        intensity = 0.95 * intensity / intensity.sum() + 0.05 / n
        expected = intensity * test.sum()
        log_likelihood = float(np.sum(test * np.log(expected) - expected))
        if log_likelihood > best_ll + 1e-9:
            best, best_ll = sigma, log_likelihood
    return best


def getis_ord_gi_star(values, mid_m, distance_m):
    """Getis-Ord Gi* z-scores with binary weights: neighbours within ``distance_m`` along the border.

    Parameters
    ----------
    values : array (n,)
        Attribute per segment.
    mid_m : array (n,)
        Sorted chainage (m) of the segment midpoints.
    distance_m : float
        Neighbourhood half-width (m); the segment itself is included (Gi*).
    """
    x = np.asarray(values, dtype=float)
    n = len(x)
    if n < 3:
        return np.zeros(n)
    lo, hi = _window_bounds(np.asarray(mid_m, dtype=float), distance_m)
    cumulative = np.concatenate([[0.0], np.cumsum(x)])
    local = cumulative[hi] - cumulative[lo]
    w = (hi - lo).astype(float)
    mean = x.mean()
    s = math.sqrt(max((x ** 2).mean() - mean ** 2, 0.0))
    denominator = s * np.sqrt(np.maximum(n * w - w ** 2, 0.0) / (n - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (local - mean * w) / denominator
    return np.where(denominator > 0, z, 0.0)


def _numbers(frame, field, default=1.0):
    if frame is None or field is None or field not in frame.columns:
        return np.full(0 if frame is None else len(frame), default)
    import pandas as pd
    values = pd.to_numeric(frame[field], errors="coerce").to_numpy(dtype=float)
    return np.where(np.isfinite(values), values, default)


def _prepare(layer, name, crs):
    """Reproject a layer to ``crs``; drop empty geometries."""
    if layer is None:
        return None
    if layer.crs is None:
        raise ValueError(f"The {name} layer has no coordinate reference system: set its CRS and run again.")
    layer = layer[~(layer.geometry.isna() | layer.geometry.is_empty)]
    if pyproj_equal(layer.crs, crs):
        return layer.reset_index(drop=True)
    return layer.to_crs(crs).reset_index(drop=True)


def pyproj_equal(a, b):
    """True when two CRS definitions are the same (no reprojection needed)."""
    import pyproj
    try:
        return pyproj.CRS(a) == pyproj.CRS(b)
    except pyproj.exceptions.CRSError:
        return False


def track_weights(tracks, new_track_weight):
    """Per track: confidence (0–1, NULL → 1) × ``new_track_weight`` if new (is_new, or in_after and not in_before)."""
    confidence = np.clip(_numbers(tracks, "confidence", 1.0), 0.0, 1.0)
    if "is_new" in tracks.columns:
        new = _numbers(tracks, "is_new", 0.0) > 0
    elif {"in_before", "in_after"} <= set(tracks.columns):
        new = (_numbers(tracks, "in_after", 1.0) > 0) & (_numbers(tracks, "in_before", 1.0) <= 0)
    else:
        new = np.zeros(len(tracks), dtype=bool)
    return confidence * np.where(new, new_track_weight, 1.0), new


def incident_table(incidents, date_field, severity_field, type_field, reference_date, type_weights=None,
                   warnings=None):
    """Parse incident dates, severities and types.

    Returns
    -------
    dict with arrays ``date`` (datetime64[D]), ``severity`` (float, NULL → 1, negative → 0),
    ``type`` (normalised str), ``type_weight``, and ``reference_date`` (datetime.date).

    Raises
    ------
    ValueError
        Missing date field, unreadable dates (rows listed), reference date before every incident.
    """
    warnings = warnings if warnings is not None else []
    if date_field not in incidents.columns:
        raise ValueError(f"The incident layer has no field '{date_field}' (INCIDENT_DATE_FIELD); its fields are: "
                         f"{', '.join(c for c in incidents.columns if c != incidents.geometry.name) or 'none'}.")
    dates, bad, month_first = parse_dates(incidents[date_field].tolist())
    if bad:
        shown = ", ".join(f"row {i + 1} '{incidents[date_field].iloc[i]}'" for i in bad[:5])
        raise ValueError(f"{len(bad)} of {len(incidents)} incident dates in field '{date_field}' could not be read "
                         f"({shown}{', …' if len(bad) > 5 else ''}). Accepted: ISO 2024-01-15, 15/01/2024, "
                         "'15 January 2024'. Fix them or import the incidents with 'Import incidents', which "
                         "lists the rejected rows.")
    if month_first:
        warnings.append("Numeric incident dates were read month first (MM/DD/YYYY): some have a day > 12 "
                        "in second place.")
    empty = sum(d is None for d in dates)
    if empty:
        warnings.append(f"{empty} incidents have no date and are left out of the intensity and the risk.")
    date = np.array([np.datetime64(d, "D") if d is not None else np.datetime64("NaT") for d in dates],
                    dtype="datetime64[D]")
    valid = ~np.isnat(date)
    if reference_date is None:
        reference_date = date[valid].max().astype(_dt.date) if valid.any() else _dt.date.today()
    elif valid.any() and np.datetime64(reference_date, "D") < date[valid].min():
        raise ValueError(f"REFERENCE_DATE {reference_date} is before every incident (the first is "
                         f"{date[valid].min()}): no incident would count. Choose a later date or leave it "
                         "empty to use the latest incident date.")
    later = int((date[valid] > np.datetime64(reference_date, "D")).sum())
    if later:
        warnings.append(f"{later} incidents are after the reference date {reference_date} and are ignored.")
    severity = np.maximum(_numbers(incidents, severity_field, 1.0), 0.0) if severity_field else np.ones(len(incidents))
    if severity_field and severity_field not in incidents.columns:
        warnings.append(f"The incident layer has no field '{severity_field}': every incident has severity 1.")
    if type_field and type_field in incidents.columns:
        types = np.array([_norm_type(t) if t is not None else "" for t in incidents[type_field].tolist()],
                         dtype=object)
    else:
        if type_field:
            warnings.append(f"The incident layer has no field '{type_field}': incident types are unknown, so "
                            "every incident counts in the personnel risk (the cautious choice).")
        types = None
    weight = np.ones(len(incidents))
    if type_weights and types is not None:
        weight = np.array([type_weights.get(t, 1.0) for t in types])
    return {"date": date, "severity": severity, "type": types, "type_weight": weight,
            "reference_date": reference_date}


def _decay(dates, reference_date, half_life_days):
    """0.5^(age / half-life) for dates up to ``reference_date``; 0 after it and for missing dates."""
    age = (np.datetime64(reference_date, "D") - dates).astype("timedelta64[D]").astype(float)
    age = np.where(np.isnat(dates), np.nan, age)
    if not half_life_days or half_life_days <= 0:
        raise ValueError(f"The half-life must be a positive number of days, got {half_life_days}.")
    decay = np.power(0.5, np.nan_to_num(age, nan=0.0) / float(half_life_days))
    return np.where(np.isfinite(age) & (age >= 0), decay, 0.0)


def _dem_passability(dem_path, border, segments, corridor_m, side, max_slope_deg, warnings):
    """Mean slope (degrees) and passability 0–1 in each corridor from a DEM (read decimated)."""
    import pyproj
    import rasterio
    from rasterio.windows import from_bounds

    n = len(segments)
    slope_mean = np.full(n, np.nan)
    passable = np.full(n, np.nan)
    # sample grid: every ~1/8 of a segment along, 5 offsets across
    along_step = max(1.0, float(segments["length_m"].median()) / 8.0)
    chains = np.concatenate([np.arange(s + along_step / 2, e, along_step)
                             for s, e in zip(segments["_start"], segments["_end"])])
    owner = _segment_of(segments, chains)
    fractions = {"both": np.linspace(-0.9, 0.9, 5), "left": np.linspace(0.1, 0.9, 5),
                 "right": -np.linspace(0.1, 0.9, 5)}[side]
    xy = np.concatenate([border.point_at(chains, np.full(len(chains), f * corridor_m)) for f in fractions])
    owner = np.tile(owner, len(fractions))
    with rasterio.open(dem_path) as dem:
        if dem.crs is None:
            raise ValueError(f"The DEM {dem_path} has no CRS: assign one (Raster > Projections) and run again.")
        transformer = pyproj.Transformer.from_crs(border.crs, dem.crs, always_xy=True)
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        bounds = dem.bounds
        left, bottom = max(bounds.left, np.min(x)), max(bounds.bottom, np.min(y))
        right, top = min(bounds.right, np.max(x)), min(bounds.top, np.max(y))
        if left >= right or bottom >= top:
            warnings.append("The DEM does not cover the border corridor: terrain factor left out.")
            return slope_mean, passable
        window = from_bounds(left, bottom, right, top, dem.transform).round_offsets().round_lengths()
        height, width = max(1, int(window.height)), max(1, int(window.width))
        scale = max(1.0, max(height, width) / 4096.0)  # bounded memory: at most ~4096² cells
        shape = (max(2, int(height / scale)), max(2, int(width / scale)))
        data = dem.read(1, window=window, out_shape=shape, masked=True).astype(float).filled(np.nan)
        w_transform = dem.window_transform(window) * rasterio.Affine.scale(width / shape[1], height / shape[0])
        px, py = abs(w_transform.a), abs(w_transform.e)
        if dem.crs.is_geographic:
            lat = (bottom + top) / 2.0
            px, py = px * 111320.0 * math.cos(math.radians(lat)), py * 110540.0
        gy, gx = np.gradient(data, py, px)
        slope = np.degrees(np.arctan(np.hypot(gx, gy)))
        col, row = ~w_transform * (np.asarray(x), np.asarray(y))
        row, col = np.floor(row).astype(int), np.floor(col).astype(int)
        inside = (row >= 0) & (row < shape[0]) & (col >= 0) & (col < shape[1])
        values = np.full(len(x), np.nan)
        values[inside] = slope[row[inside], col[inside]]
    ok = np.isfinite(values)
    counts = np.bincount(owner[ok], minlength=n)
    sums = np.bincount(owner[ok], weights=values[ok], minlength=n)
    passes = np.bincount(owner[ok], weights=np.clip(1.0 - values[ok] / max_slope_deg, 0.0, 1.0), minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        slope_mean = np.where(counts > 0, sums / counts, np.nan)
        passable = np.where(counts > 0, passes / counts, np.nan)
    missing = int((counts == 0).sum())
    if missing:
        warnings.append(f"{missing} segments have no DEM data in their corridor: their terrain factor is 0.")
    return slope_mean, passable


def _plural(count, word):
    return f"{count} {word}{'' if count == 1 else 's'}"


def _driver_text(name, row):
    if name == "crossings":
        return _plural(int(row["n_track_crossings"]), "track crossing")
    if name == "tracks":
        text = f"{row['track_km_per_km2']:.2f} km of tracks per km²"
        return text + (f" ({row['new_track_km']:.1f} km new)" if row["new_track_km"] > 0 else "")
    if name == "changes":
        return f"{row['change_area_m2']:,.0f} m² of change".replace(",", " ")
    if name == "incidents":
        return f"{_plural(int(row['n_incidents']), 'incident')} (weight {row['incident_intensity']:.1f} after decay)"
    if name == "remoteness":
        return f"{row['km_to_crossing']:.1f} km from an official crossing"
    if name == "terrain":
        return f"passable terrain (mean slope {row['mean_slope_deg']:.1f}°)"
    return name


@dataclass
class ScoreSettings:
    """Every setting of :func:`score_segments`, validated and parsed by :meth:`validated` (weights as
    dicts, reference date as a date).

    Attributes
    ----------
    segment_length_m, corridor_m : float
        Segment length and corridor half-width (m).
    side : {"both", "left", "right"}
        Corridor side(s), relative to the border's digitised direction (longest part).
    dem_path : str, optional
        Elevation raster (m) for the terrain factor.
    incident_date_field, incident_severity_field, incident_type_field : str
        Fields of the incident layer (severity and type may be None: every incident counts 1).
    reference_date : datetime.date or str 'YYYY-MM-DD', optional
        Date the incident ages are counted from; default: latest incident date (today if none).
    half_life_days : float
        Incident intensity halves every ``half_life_days`` days.
    long_run_share : float
        0–1 (default :data:`DEFAULT_LONG_RUN_SHARE`): floor of the decay in the incident factor. Each incident weighs
        ``long_run_share + (1 − long_run_share) × 0.5^(age / half_life_days)``, so old incidents keep
        this share (long-run rate) and recent ones count fully; 0 = pure decay, 1 = plain count.
        The ``incident_intensity`` column stays the purely decayed sum.
    weights : str or dict, optional
        ``"factor=weight,..."`` over :data:`FACTORS`; defaults :data:`DEFAULT_WEIGHTS`. With
        ``fit_weights`` these are the fallback when the history is too thin; a factor with weight 0
        stays out of the score (and of the fit) either way.
    fit_weights : bool
        Fit the weights to the dated incident history (:mod:`.incident_model`: regularised Poisson
        model of counts per segment, each half of the history checked against the other); False =
        ``weights``. With fitted weights f_incidents is the incident factor ÷ its maximum (linear, as fitted).
    new_track_weight, remoteness_scale_m, max_slope_deg : float
        Weight of new tracks, remoteness scale (m) and impassable slope (degrees).
    type_weights : str or dict, optional
        ``"type=weight,..."`` multiplying the severity of incidents of that type (default 1).
    change_class_weights : str or dict, optional
        ``"class=weight,..."``; defaults :data:`DEFAULT_CHANGE_CLASS_WEIGHTS`.
    remote_crossing_boost : float
        Crossings are multiplied by (1 + this × remoteness) when official crossings are given.
    smoothing_m : float, optional
        σ (m) of the Gaussian smoothing along the border; 0 disables. Default: chosen from the
        incidents by :func:`choose_smoothing` (the σ under which the earlier half of the dated
        incidents best predicts the later half) when there are at least
        :data:`AUTO_SMOOTHING_MIN_INCIDENTS` of them in the corridors, else one segment length.
    hotspot_distance_m : float, optional
        Gi* neighbourhood (m along the border); default 5 segments.
    violent_types : sequence of str
        Incident types counted in the risk.
    risk_half_life_days, risk_distance_m : float
        Decay (days) and reach (m, default ``corridor_m``) of the personnel risk.
    risk_half_severity : float
        Decayed severity sum that gives a risk of 50 (see module docstring).
    """

    segment_length_m: float = 2000.0
    corridor_m: float = 5000.0
    side: str = "both"
    dem_path: str = None
    incident_date_field: str = "date"
    incident_severity_field: str = "severity"
    incident_type_field: str = "type"
    reference_date: object = None
    half_life_days: float = 180.0
    weights: object = None
    type_weights: object = None
    change_class_weights: object = None
    new_track_weight: float = 2.0
    remoteness_scale_m: float = 10000.0
    max_slope_deg: float = 30.0
    smoothing_m: float = None
    hotspot_distance_m: float = None
    violent_types: tuple = DEFAULT_VIOLENT_TYPES
    risk_half_life_days: float = 90.0
    risk_distance_m: float = None
    risk_half_severity: float = 3.0
    remote_crossing_boost: float = 2.0
    long_run_share: float = None
    fit_weights: bool = True

    def validated(self):
        """A copy with parsed weights and dates; ``ValueError`` saying what to fix on bad values."""
        if self.side not in SIDES:
            raise ValueError(f"SIDE must be one of {', '.join(SIDES)}, got '{self.side}'.")
        if not self.corridor_m > 0:
            raise ValueError(f"The corridor width must be positive, got {self.corridor_m} m.")
        if not self.risk_half_severity > 0:
            raise ValueError(f"RISK_HALF_SEVERITY must be positive, got {self.risk_half_severity}.")
        weights = parse_weights(self.weights, DEFAULT_WEIGHTS)
        if sum(weights.values()) <= 0:
            raise ValueError("All factor weights are zero: the score would be meaningless. Give at least one "
                             f"factor a positive weight (defaults: {format_weights(DEFAULT_WEIGHTS)}).")
        share = DEFAULT_LONG_RUN_SHARE if self.long_run_share is None else self.long_run_share
        try:
            share = float(share)
        except (TypeError, ValueError):
            raise ValueError(f"LONG_RUN_SHARE must be a number from 0 to 1, got {share!r}.") from None
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"LONG_RUN_SHARE must be from 0 (pure decay) to 1 (plain count), got {share}.")
        return replace(
            self, weights=weights, long_run_share=share, reference_date=_reference_date(self.reference_date),
            type_weights=parse_weights(self.type_weights, {}, "TYPE_WEIGHTS", allow_unknown=True),
            change_class_weights=parse_weights(self.change_class_weights, DEFAULT_CHANGE_CLASS_WEIGHTS,
                                               "CHANGE_CLASS_WEIGHTS", allow_unknown=True))

    @property
    def step_m(self):
        """Spacing (m) of the points that locate tracks and incidents on the border."""
        return max(1.0, min(self.segment_length_m / 10.0, self.corridor_m / 10.0, 100.0))


def _reference_date(value):
    if isinstance(value, str) and value.strip():
        from .incidents import parse_date
        parsed = parse_date(value)
        if parsed is None:
            raise ValueError(f"REFERENCE_DATE '{value}' is not a date: use YYYY-MM-DD or leave it empty.")
        return parsed
    if isinstance(value, str):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    return value


class Measurement:
    """The factors measured on the segments: ``raw`` values per factor, ``has`` (data given),
    output ``columns`` with units, the personnel ``risk``, the incident ``history`` (segment, date
    and severity × type weight of each dated incident in the corridors) and the ``reference_date``."""

    def __init__(self, line, segments, settings):
        n = len(segments)
        self.line, self.segments, self.settings = line, segments, settings
        self.n = n
        self.crs = line.crs
        self.length_km = segments["length_m"].to_numpy() / 1000.0
        self.area_km2 = segments["length_m"].to_numpy() * settings.corridor_m * (1 if settings.side != "both" else 2) / 1e6
        self.mid = (segments["_start"].to_numpy() + segments["_end"].to_numpy()) / 2.0
        self.raw = {name: np.zeros(n) for name in FACTORS}
        self.has = {name: False for name in FACTORS}
        self.columns = {"n_track_crossings": np.zeros(n, dtype=int), "track_km_per_km2": np.zeros(n),
                        "new_track_km": np.zeros(n), "change_area_m2": np.zeros(n),
                        "n_incidents": np.zeros(n, dtype=int), "incident_intensity": np.zeros(n),
                        "km_to_crossing": np.full(n, np.nan), "mean_slope_deg": np.full(n, np.nan),
                        "n_violent_incidents": np.zeros(n, dtype=int)}
        self.risk = np.zeros(n)
        self.history = None
        self.reference_date = settings.reference_date
        self.warnings = []

    def prepared(self, layer, name, empty_message):
        """``layer`` in the metric CRS without empty geometries, or None when there is nothing to
        measure (``empty_message`` is warned when the layer is given but empty)."""
        layer = _prepare(layer, name, self.crs)
        if layer is not None and not len(layer):
            self.warnings.append(empty_message)
            return None
        return layer

    def incident_factor_raw(self, mask=None, reference_date=None):
        """Raw incident factor (Σ severity × type weight × long-run blend of the decay, per km) of the
        history incidents selected by ``mask`` (all by default), aged from ``reference_date``
        (default: the run's reference date)."""
        history = self.history
        mask = np.ones(len(history["date"]), dtype=bool) if mask is None else mask
        reference = self.reference_date if reference_date is None else reference_date
        decay = _decay(history["date"][mask], reference, self.settings.half_life_days)
        share = self.settings.long_run_share
        blend = np.where(decay > 0, share + (1.0 - share) * decay, 0.0)
        return np.bincount(history["segment"][mask], weights=history["weight"][mask] * blend,
                           minlength=self.n) / self.length_km


def measure_tracks(m, tracks, is_cancelled=None):
    """Crossings and track density (see the module docstring) into ``m``."""
    settings, line, segments, n = m.settings, m.line, m.segments, m.n
    tracks = m.prepared(tracks, "tracks", "The track layer is empty: no track crossings or track density.")
    if tracks is None:
        return
    check_cancel(is_cancelled)
    step, corridor_m = settings.step_m, settings.corridor_m
    weight, new = track_weights(tracks, settings.new_track_weight)
    coords, owners, runs = _line_vertices(tracks.geometry)
    total_length = float(tracks.geometry.length.sum())
    piece = max(step, total_length / 1e6)  # bounded memory: at most ~1 million pieces
    mids, lengths, owner = _pieces(coords, owners, runs, piece)
    chain, offset, near = line.locate(mids, corridor_m)
    # a crossing: two consecutive pieces of one track on opposite sides, both close to the line
    a, b = np.arange(len(mids) - 1), np.arange(1, len(mids))
    flip = (owner[a] == owner[b]) & near[a] & near[b]
    flip &= np.sign(np.nan_to_num(offset[a])) != np.sign(np.nan_to_num(offset[b]))
    flip &= (np.abs(np.nan_to_num(offset[a])) + np.abs(np.nan_to_num(offset[b]))) <= 2.0 * piece
    flip &= np.abs(np.nan_to_num(chain[a] - chain[b])) <= 2.0 * piece
    where = _segment_of(segments, (chain[a[flip]] + chain[b[flip]]) / 2.0)
    pairs = np.unique(np.column_stack([where, owner[a[flip]]]), axis=0) if flip.any() else np.zeros((0, 2), int)
    if len(pairs):
        seg_index, track_index = pairs[:, 0], pairs[:, 1]
        m.columns["n_track_crossings"] = np.bincount(seg_index, minlength=n)
        m.raw["crossings"] = np.bincount(seg_index, weights=weight[track_index], minlength=n) / m.length_km
    m.has["crossings"] = True
    check_cancel(is_cancelled)
    located = near & _in_side(np.nan_to_num(offset), settings.side)
    seg = _segment_of(segments, chain)[located]
    plain = np.bincount(seg, weights=lengths[located], minlength=n)
    weighted = np.bincount(seg, weights=(lengths * weight[owner])[located], minlength=n)
    m.columns["new_track_km"] = np.bincount(seg, weights=(lengths * new[owner])[located], minlength=n) / 1000.0
    m.columns["track_km_per_km2"] = plain / 1000.0 / m.area_km2
    m.raw["tracks"] = weighted / 1000.0 / m.area_km2
    m.has["tracks"] = True


def measure_changes(m, changes, is_cancelled=None):
    """Class-weighted change area per km² of corridor into ``m``."""
    settings, segments, n = m.settings, m.segments, m.n
    changes = m.prepared(changes, "changes", "The change layer is empty: change factor is 0.")
    if changes is None:
        return
    check_cancel(is_cancelled)
    class_weights, corridor_m, side = settings.change_class_weights, settings.corridor_m, settings.side
    class_field = next((f for f in ("change_class", "class") if f in changes.columns), None)
    if class_field:
        cw_all = np.array([class_weights.get(_norm_type(c), class_weights.get("other", 1.0))
                           if c is not None else class_weights.get("other", 1.0)
                           for c in changes[class_field].tolist()])
    else:
        cw_all = np.ones(len(changes))
        m.warnings.append("The change layer has no change_class field: every change area counts with weight 1.")
    bounds = changes.geometry.bounds.to_numpy()
    small = np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]) <= max(settings.step_m,
                                                                                        corridor_m / 20.0)
    area_all = changes.geometry.area.to_numpy()
    # small polygons (diagonal ≤ 1/20 of the corridor): whole area at their centre
    centre = np.column_stack([(bounds[:, 0] + bounds[:, 2]) / 2.0, (bounds[:, 1] + bounds[:, 3]) / 2.0])
    chain, offset, located = m.line.locate(centre[small], corridor_m)
    located &= _in_side(np.nan_to_num(offset), side)
    seg_index = [_segment_of(segments, chain)[located]]
    area = [area_all[small][located]]
    weight_c = [cw_all[small][located]]
    # larger polygons: exact intersection with the corridors
    large = np.nonzero(~small)[0]
    if len(large):
        corridors = corridor_polygons(segments, corridor_m, side)
        big = changes.iloc[large].reset_index(drop=True)
        pairs = _bulk_query(big, corridors, "intersects")
        if pairs.shape[1]:
            left = corridors.iloc[pairs[0]].reset_index(drop=True)
            right = big.geometry.iloc[pairs[1]].reset_index(drop=True)
            seg_index.append(pairs[0])
            area.append(np.asarray(left.intersection(right).area))
            weight_c.append(cw_all[large][pairs[1]])
    seg_index, area, weight_c = np.concatenate(seg_index), np.concatenate(area), np.concatenate(weight_c)
    m.columns["change_area_m2"] = np.bincount(seg_index, weights=area, minlength=n)
    m.raw["changes"] = np.bincount(seg_index, weights=area * weight_c, minlength=n) / 1e6 / m.area_km2
    m.has["changes"] = True


def measure_incidents(m, incidents, is_cancelled=None):
    """Incident factor, the dated history kept for the weight fit, and the personnel risk into ``m``."""
    settings, segments, n = m.settings, m.segments, m.n
    if incidents is None:
        m.warnings.append("No incident layer: personnel risk is 0 everywhere (unknown, not safe).")
        return
    incidents = m.prepared(incidents, "incidents", "The incident layer is empty: incident factor and personnel "
                           "risk are 0.")
    if incidents is None:
        return
    check_cancel(is_cancelled)
    corridor_m, side, reach = settings.corridor_m, settings.side, settings.risk_distance_m
    table = incident_table(incidents, settings.incident_date_field, settings.incident_severity_field,
                           settings.incident_type_field, settings.reference_date, settings.type_weights, m.warnings)
    m.reference_date = table["reference_date"]
    xy = np.column_stack([incidents.geometry.x, incidents.geometry.y]) if _all_points(incidents) else \
        np.array([[g.centroid.x, g.centroid.y] for g in incidents.geometry])
    decay = _decay(table["date"], m.reference_date, settings.half_life_days)
    chain, offset, located = m.line.locate(xy, max(corridor_m, reach or corridor_m))
    in_corridor = located & (np.abs(np.nan_to_num(offset, nan=np.inf)) <= corridor_m) & \
        _in_side(np.nan_to_num(offset), side) & (decay > 0)
    seg = _segment_of(segments, chain)
    m.history = {"segment": seg[in_corridor], "date": table["date"][in_corridor],
                 "weight": (table["severity"] * table["type_weight"])[in_corridor]}
    m.columns["n_incidents"] = np.bincount(m.history["segment"], minlength=n)
    m.columns["incident_intensity"] = np.bincount(m.history["segment"], weights=(m.history["weight"] * decay[
        in_corridor]), minlength=n)
    m.raw["incidents"] = m.incident_factor_raw()
    m.has["incidents"] = True
    # risk: violent incidents within risk_distance of the segment, either side
    reach = reach if reach is not None else corridor_m
    violent_types = settings.violent_types
    violent = np.ones(len(incidents), dtype=bool) if table["type"] is None else np.isin(
        table["type"], [_norm_type(t) for t in violent_types])
    risk_decay = _decay(table["date"], m.reference_date, settings.risk_half_life_days)
    use = located & violent & (risk_decay > 0) & (np.abs(np.nan_to_num(offset, nan=np.inf)) <= reach)
    risk_sum, violent_count = _spread_to_segments(segments, chain[use], np.abs(offset[use]),
                                                  (table["severity"] * risk_decay)[use], reach)
    m.columns["n_violent_incidents"] = violent_count
    m.risk = 100.0 * (1.0 - np.power(0.5, risk_sum / float(settings.risk_half_severity)))
    if not violent.any():
        m.warnings.append("No incident has a violent type (" + ", ".join(violent_types[:5]) + ", …): risk is 0.")


def measure_remoteness(m, crossings):
    """Distance along the border to the nearest official crossing, remoteness, and the remote-crossing boost."""
    settings = m.settings
    crossings = m.prepared(crossings, "crossings", "The crossings layer is empty: remoteness left out.")
    if crossings is None:
        return
    xy = np.array([[g.centroid.x, g.centroid.y] for g in crossings.geometry])
    chain, _, located = m.line.locate(xy, max(settings.corridor_m, 10.0 * settings.step_m))
    if not located.any():
        m.warnings.append("No official crossing lies within the corridor of the border: remoteness left out.")
        return
    points = np.sort(chain[located])
    if len(points) > 1:
        position = np.clip(np.searchsorted(points, m.mid), 1, len(points))
        distance = np.minimum(np.abs(m.mid - points[position - 1]),
                              np.abs(m.mid - points[np.minimum(position, len(points) - 1)]))
    else:
        distance = np.abs(m.mid - points[0])
    m.columns["km_to_crossing"] = distance / 1000.0
    m.raw["remoteness"] = 1.0 - np.exp(-distance / float(settings.remoteness_scale_m))
    # a track crossing far from an official post is an informal crossing: weigh it more
    m.raw["crossings"] = m.raw["crossings"] * (1.0 + settings.remote_crossing_boost * m.raw["remoteness"])
    m.has["remoteness"] = True
    if (~located).any():
        m.warnings.append(f"{int((~located).sum())} official crossings are farther than the corridor from "
                          "the border and are ignored.")


def measure_terrain(m, is_cancelled=None):
    """Mean slope and passability from the DEM into ``m``."""
    settings = m.settings
    if not settings.dem_path:
        return
    check_cancel(is_cancelled)
    slope, passable = _dem_passability(settings.dem_path, m.line, m.segments, settings.corridor_m, settings.side,
                                       settings.max_slope_deg, m.warnings)
    if np.isfinite(passable).any():
        m.columns["mean_slope_deg"] = slope
        m.raw["terrain"] = np.nan_to_num(passable, nan=0.0)
        m.has["terrain"] = True


def measure_factors(line, segments, settings, tracks=None, changes=None, incidents=None, crossings=None,
                    progress=None, is_cancelled=None):
    """Stage 2: every factor's raw values, the incident history and the risk (a :class:`Measurement`)."""
    m = Measurement(line, segments, settings)
    measure_tracks(m, tracks, is_cancelled)
    report(progress, 40)
    measure_changes(m, changes, is_cancelled)
    report(progress, 55)
    measure_incidents(m, incidents, is_cancelled)
    report(progress, 70)
    measure_remoteness(m, crossings)  # after tracks: it boosts remote crossings
    report(progress, 80)
    measure_terrain(m, is_cancelled)
    report(progress, 85)
    return m


def factor_values(m):
    """0–1 factor per name: intensive raw values normalised, remoteness and terrain clipped."""
    return {name: np.clip(m.raw[name], 0.0, 1.0) if name in ("remoteness", "terrain") else normalise(m.raw[name])
            for name in FACTORS}


def choose_sigma(m):
    """σ (m) of the smoothing and where it comes from: given, chosen from the incidents, or the default."""
    settings = m.settings
    if settings.smoothing_m is not None:
        return float(settings.smoothing_m), "given"
    if m.history is not None:
        sigma = choose_smoothing(m.history["segment"], m.history["date"], m.mid, settings.segment_length_m)
        if sigma is not None:
            return sigma, "incidents"
    return float(settings.segment_length_m), "default"


def fit_or_choose_weights(m, factors, sigma, is_cancelled=None):
    """Stage 3: the weights of the score, as a :class:`incident_model.WeightFit`.

    With ``fit_weights`` and a dated history, the weights of the factors with data and a positive
    weight in WEIGHTS are fitted (:func:`incident_model.fit_factor_weights`) on the factors smoothed
    like the score; otherwise (or when the history is too thin) today's WEIGHTS are kept.
    """
    from .incident_model import WeightFit, fit_factor_weights

    weights = m.settings.weights
    used = {name: weights[name] for name in FACTORS if m.has[name] and weights[name] > 0}
    if not used:
        given = [name for name in FACTORS if m.has[name]]
        if not given:
            raise ValueError("Nothing to score: give at least one of TRACKS, CHANGES, INCIDENTS, CROSSINGS or DEM.")
        raise ValueError("No factor can be scored: the factors with data ("
                         f"{', '.join(given)}) all have weight 0 in WEIGHTS "
                         f"({format_weights(weights)}). Give one of them a positive weight.")
    if not m.settings.fit_weights:
        return WeightFit(weights=used, source="default", reason="FIT_WEIGHTS is off: WEIGHTS as given")
    if m.history is None:
        return WeightFit(weights=used, source="default", reason="no incident history to fit the weights to")
    sigmas = (sigma,) if m.settings.smoothing_m is not None else tuple(
        f * m.settings.segment_length_m for f in AUTO_SMOOTHING_FACTORS)

    def static(sigma_m):
        return {name: smooth_along(factors[name], m.mid, sigma_m) for name in used if name != "incidents"}

    def history_factor(mask, reference_date, sigma_m):
        return smooth_along(linear_scale(m.incident_factor_raw(mask, reference_date)), m.mid, sigma_m)

    fit = fit_factor_weights(static, history_factor if "incidents" in used else None, m.history["segment"],
                             m.history["date"], m.length_km, used, sigmas=sigmas, is_cancelled=is_cancelled)
    if fit.source == "default":
        fit.weights = used  # today's weights as given (not as shares), like a run without the fit
    return fit


def linear_scale(values):
    """``values`` ÷ their maximum (all 0 stays 0): the incident factor as the weight fit uses it.

    Proportional to the incident rate, so a rich history keeps the ratios of its counts; the knee of
    :func:`normalise` compressed the hottest segments towards the fitted factors (on the calibration
    seeds the linear factor gained 0.6 point of the oracle's PAI@10 % on average, 2.6 in the
    concentrated world at 20 tracks with the whole history).
    """
    values = np.asarray(values, dtype=float)
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def scored_factors(m, factors, fit):
    """The 0–1 factors the score weighs: with fitted weights, the incident factor on the fit's linear scale."""
    if fit.source != "fitted" or "incidents" not in fit.weights:
        return factors
    return {**factors, "incidents": linear_scale(m.raw["incidents"])}


def rank_segments(score, segment_id):
    """Stage 5: rank (1 = highest score, ties by segment_id) and priority class of each segment."""
    n = len(score)
    order = np.lexsort((segment_id, -score))
    rank = np.empty(n, dtype=int)
    rank[order] = np.arange(1, n + 1)
    priority = np.full(n, "low", dtype=object)
    for label, share in reversed(PRIORITY_SHARES):
        priority[rank <= math.ceil(share * n)] = label
    priority[score <= 0] = "low"
    return rank, priority


def explain(m, factors, weights, score, rank, priority, hotspot):
    """Stage 6: the output frame (field contract) in the border's CRS, with the two main drivers."""
    import geopandas as gpd

    out = m.segments.drop(columns=["_start", "_end"]).copy()
    for name in FACTORS:
        out[f"f_{name}"] = np.round(factors[name], 4)
    for name, values in m.columns.items():
        out[name] = values
    out["score"] = np.round(score, 2)
    out["rank"] = rank
    out["priority"] = priority
    contributions = np.column_stack([weights.get(name, 0.0) * factors[name] for name in FACTORS])
    drivers = []
    for i in range(m.n):
        top = [j for j in np.argsort(-contributions[i], kind="stable")[:2] if contributions[i, j] > 0]
        row = {k: out[k].iat[i] for k in m.columns}
        drivers.append(", ".join(_driver_text(FACTORS[j], row) for j in top) or "no indicator")
    out["drivers"] = drivers
    out["risk"] = np.round(m.risk, 2)
    out["hotspot_z"] = np.round(hotspot, 3)
    out = out[["segment_id", "part", "start_km", "end_km", "length_m"] + [f"f_{f}" for f in FACTORS] +
              list(m.columns) + ["score", "rank", "priority", "drivers", "risk", "hotspot_z", "geometry"]]
    out = gpd.GeoDataFrame(out, geometry="geometry", crs=m.crs)
    if m.line.source_crs is not None:
        out = out.to_crs(m.line.source_crs)
    return out


def score_segments(border, segment_length_m=2000.0, corridor_m=5000.0, side="both", tracks=None, changes=None,
                   incidents=None, crossings=None, dem_path=None, incident_date_field="date",
                   incident_severity_field="severity", incident_type_field="type", reference_date=None,
                   half_life_days=180.0, weights=None, type_weights=None, change_class_weights=None,
                   new_track_weight=2.0, remoteness_scale_m=10000.0, max_slope_deg=30.0, smoothing_m=None,
                   hotspot_distance_m=None, violent_types=DEFAULT_VIOLENT_TYPES, risk_half_life_days=90.0,
                   risk_distance_m=None, risk_half_severity=3.0, remote_crossing_boost=2.0,
                   long_run_share=None, fit_weights=True,
                   progress=None, is_cancelled=None):
    """Cut the border into segments and score each one for patrol priority.

    A short pipeline (:func:`run_pipeline`): segment the border → measure the factors → fit or choose
    the weights → smooth and score → rank → explain. Every keyword except the layers, ``progress`` and
    ``is_cancelled`` is a setting of :class:`ScoreSettings`, whose docstring gives its meaning and unit.

    Parameters
    ----------
    border : geopandas.GeoDataFrame
        Border lines (multi-part, gaps and geographic CRS allowed).
    tracks, changes, incidents, crossings : geopandas.GeoDataFrame, optional
        Track lines (length_m, confidence, is_new), change polygons (area_m2, change_class),
        incident points (date, severity, type fields named by the settings), official crossing points.
    progress, is_cancelled : callable, optional
        Progress (0–100) and cancel callbacks.

    Returns
    -------
    segments : geopandas.GeoDataFrame
        In the border's CRS, columns in :data:`FIELD_TYPES` order.
    info : dict
        ``warnings`` (list of str), ``reference_date``, ``weights`` used, ``factors`` with data,
        ``metric_crs`` (name), ``border_km``, ``segments``, ``smoothing_m``, ``smoothing_source``,
        ``weight_fit`` (:class:`incident_model.WeightFit`: fitted or today's weights, why, uncertainty).
    """
    arguments = dict(locals())
    layers = {name: arguments.pop(name) for name in ("tracks", "changes", "incidents", "crossings")}
    for name in ("border", "progress", "is_cancelled"):
        arguments.pop(name)
    return run_pipeline(border, ScoreSettings(**arguments).validated(), layers, progress, is_cancelled)


def run_pipeline(border, settings, layers, progress=None, is_cancelled=None):
    """The stages of :func:`score_segments` with validated ``settings`` and ``layers`` (name → frame)."""
    check_cancel(is_cancelled)
    line = BorderLine(border, settings.step_m)
    segments = segment_border(line, settings.segment_length_m)
    report(progress, 10)
    m = measure_factors(line, segments, settings, progress=progress, is_cancelled=is_cancelled, **layers)
    factors = factor_values(m)
    sigma, smoothing_source = choose_sigma(m)
    fit = fit_or_choose_weights(m, factors, sigma, is_cancelled)
    if fit.smoothing_m is not None:  # chosen with the fit: the σ under which the fitted weights were checked
        sigma, smoothing_source = fit.smoothing_m, "fit"
    factors = scored_factors(m, factors, fit)
    report(progress, 92)
    weights = fit.weights
    composite = sum(w * factors[name] for name, w in weights.items()) / sum(weights.values())
    score = 100.0 * smooth_along(composite, m.mid, sigma)
    rank, priority = rank_segments(score, segments["segment_id"].to_numpy())
    distance = settings.hotspot_distance_m if settings.hotspot_distance_m is not None else \
        5.0 * settings.segment_length_m
    out = explain(m, factors, weights, score, rank, priority, getis_ord_gi_star(composite, m.mid, distance))
    missing = [name for name in FACTORS if not m.has[name] and settings.weights[name] > 0]
    if missing:
        m.warnings.append("Factors without data (left out of the score, their f_ column is 0): " + ", ".join(missing))
    report(progress, 100)
    crs = m.crs
    info = {"warnings": m.warnings, "reference_date": m.reference_date, "weights": weights, "factors": list(weights),
            "metric_crs": crs.name if hasattr(crs, "name") else str(crs), "border_km": line.length_m / 1000.0,
            "segments": m.n, "parts": len(line.parts), "smoothing_m": sigma, "smoothing_source": smoothing_source,
            "weight_fit": fit, "without_data": [name for name in FACTORS if not m.has[name]]}
    return out, info


def _all_points(frame):
    return bool(len(frame)) and set(frame.geometry.geom_type) == {"Point"}


def _spread_to_segments(segments, chainage, offset, weight, reach_m):
    """Sum ``weight`` of points onto every segment within ``reach_m`` (2-D distance approximated by
    the along-border gap and the offset); also count the points per segment."""
    n = len(segments)
    total = np.zeros(n)
    count = np.zeros(n, dtype=int)
    if len(chainage) == 0:
        return total, count
    starts, ends = segments["_start"].to_numpy(), segments["_end"].to_numpy()
    home = _segment_of(segments, chainage)
    lo = np.searchsorted(ends, chainage - reach_m, side="left")
    hi = np.searchsorted(starts, chainage + reach_m, side="right")
    for k in range(int((home - lo).max()) + 1 if len(lo) else 0):
        _accumulate(total, count, home - k, chainage, offset, weight, starts, ends, reach_m, home - k >= lo)
    for k in range(1, int((hi - 1 - home).max()) + 1 if len(hi) else 0):
        _accumulate(total, count, home + k, chainage, offset, weight, starts, ends, reach_m, home + k < hi)
    return total, count


def _accumulate(total, count, target, chainage, offset, weight, starts, ends, reach_m, mask):
    target = np.clip(target, 0, len(starts) - 1)
    gap = np.maximum(0.0, np.maximum(starts[target] - chainage, chainage - ends[target]))
    near = mask & (np.hypot(gap, offset) <= reach_m)
    np.add.at(total, target[near], weight[near])
    np.add.at(count, target[near], 1)


def format_weights(weights):
    """``{"a": 1.0}`` → ``"a=1"``."""
    return ",".join(f"{k}={v:g}" for k, v in weights.items())


def write_segments(segments, path):
    """Write scored segments atomically (empty layers keep their schema)."""
    from .io import write_vector_atomic

    write_vector_atomic(segments, path, geometry_type="LineString", field_types=FIELD_TYPES)


#: columns of the weight table (:func:`weight_table`)
WEIGHT_TABLE_FIELDS = ("factor", "weight", "share", "std_error", "status")


def weight_table(info):
    """One row per factor: the weight used in the score, its share of Σ weights, the bootstrap
    standard error of the share (fitted weights only, else empty) and a status: ``fitted``,
    ``today's weight``, ``dropped: constant along the border``, ``no data`` or ``weight 0 in WEIGHTS``."""
    fit = info["weight_fit"]
    weights = info["weights"]
    total = sum(weights.values())
    dropped = dict(fit.dropped)
    rows = []
    for name in FACTORS:
        if name in weights:
            status = "fitted" if fit.source == "fitted" else "today's weight"
        elif name in dropped:
            status = f"dropped: {dropped[name]}"
        elif name in info.get("without_data", ()):
            status = "no data"
        else:
            status = "weight 0 in WEIGHTS" if fit.source == "default" else "not used"
        weight = weights.get(name, 0.0)
        error = fit.std_errors.get(name)
        rows.append({"factor": name, "weight": round(weight, 4), "share": round(weight / total, 4),
                     "std_error": "" if error is None else round(error, 4), "status": status})
    return rows


def write_weight_table(info, path):
    """Write :func:`weight_table` as CSV (UTF-8) atomically: complete or absent."""
    import csv

    from .io import atomic_path

    with atomic_path(path) as tmp:
        with open(tmp, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=WEIGHT_TABLE_FIELDS)
            writer.writeheader()
            writer.writerows(weight_table(info))
