"""Block stages of change detection (pure numpy/scipy/rasterio): smoothing, misregistration
tolerance, clean-up, labelled pieces and their assembly across block borders."""
import math

import numpy as np

from .change_stats import classify_change, ndvi

#: output field -> type name of core.io.write_layer (for empty layers)
FIELD_TYPES = {"area_m2": "float", "score": "float", "score_max": "float", "p_value": "float",
               "change_class": "str", "d_ndvi": "float", "d_brightness": "float"}
#: 8-connectivity: thin diagonal outlines (walls, fences) stay one piece
EIGHT = np.ones((3, 3), dtype=bool)


def _box3_sum(a):
    """Sum over the 3x3 neighbourhood along the last two axes (zero outside)."""
    c = a.copy()
    c[..., 1:, :] += a[..., :-1, :]
    c[..., :-1, :] += a[..., 1:, :]
    d = c.copy()
    d[..., :, 1:] += c[..., :, :-1]
    d[..., :, :-1] += c[..., :, 1:]
    return d


def pixel_indices(mask):
    """Rows and columns (n,) of the True pixels of a 2-D ``mask`` in row-major order, as
    ``np.nonzero`` gives them, in about half its time (one pass over the flattened mask)."""
    return np.divmod(np.flatnonzero(mask), mask.shape[1])


def box_smooth(values, valid):
    """3x3 mean of ``values`` (..., h, w) over valid pixels only (normalised convolution).

    Invalid pixels neither contribute nor are meaningful in the result.
    """
    values = np.asarray(values, dtype=np.float32)
    if valid.all():
        out = _box3_sum(values)
        counts = _box3_sum(np.ones(valid.shape, np.float32))
    else:
        weights = valid.astype(np.float32)
        out = _box3_sum(values * weights)
        counts = _box3_sum(weights)
    out /= np.maximum(counts, 1.0)
    return out


#: 8 neighbour directions of the misregistration tolerance
_DIRECTIONS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


def tolerant_change(fb, fa, valid, candidates, finish, threshold, radius=1, explained_counts=None,
                    max_step=None, sides=(0, 1)):
    """Keep candidate pixels that stay changed under a shift of AFTER up to ``radius`` pixel.

    For each candidate the squared distance from BEFORE's feature vector to the segment between
    AFTER's feature vector at the pixel and at each of the 8 neighbours ``radius`` pixel away is
    computed (a sub-pixel shift along that line); the pixel stays changed when the smallest
    distance still gives a score above ``threshold``.

    Two passes: the first keeps the candidates that no shift explains (confirmed); the second
    tests again the explained candidates beside a confirmed *area* (pixels in a 3 x 3 square all
    confirmed) without the shifts that move such a pixel's content into them. A shift explains a
    pixel by content it takes from the neighbour on the far side of the shift; when that
    neighbour has changed beyond any shift, the explanation borrows new content. So it does for
    the mixed pixel along the border of a real change (part new object, part old ground), which
    part of a pixel's shift towards the old ground would otherwise explain away. A line or a
    speckle is no area: a thin outline is itself the mixed pixel, its neighbours are old ground.
    Restored pixels confirm nothing further (nothing grows along shifted edges).

    Parameters
    ----------
    fb, fa : ndarray (k, h, w) float32
        Features of BEFORE and AFTER.
    valid : ndarray (h, w) bool
    candidates : ndarray (h, w) bool
        Pixels whose plain score is above the threshold.
    finish : callable
        Score from a squared distance.
    threshold : float
        Score threshold.
    explained_counts : ndarray (8,), optional
        Running count of pixels explained by each direction; directions are tried in
        decreasing order of it (the misregistration direction first) and it is updated.
    max_step : ndarray (8, 2), optional
        Largest share (0-1) of the step to each neighbour that a shift may take, per direction,
        for AFTER shifted (column 0) and BEFORE shifted (column 1); default 1. Limited to the
        measured misregistration, a new one-pixel wall is no longer "explained" by moving AFTER
        a whole pixel off it.
    sides : tuple of int
        Which explanations are tried: 0 = BEFORE's pixel on AFTER moved, 1 = AFTER's pixel on
        BEFORE moved. Only the blurrier date's side (see :func:`.change_model.blurrier_date`)
        keeps new objects whole: a new pit's bright rim next to its dark hole lies "between" two
        AFTER values, but no BEFORE value explains it.

    Returns
    -------
    ndarray (h, w) bool
    """
    if radius <= 0 or not candidates.any():
        return candidates.copy()
    shifts = _ShiftTest(fb, fa, valid, finish, threshold, radius, max_step, sides)
    confirmed = shifts.unexplained(candidates, explained_counts)
    areas = opening3(confirmed)
    retest = candidates & ~confirmed & (_neighbour_count(areas, radius) > 0)
    if retest.any():
        confirmed |= shifts.unexplained(retest, None, borrowed=areas)
    return confirmed


#: a pixel whose difference exceeds this many pixels' shift of the sharpest nearby edge of the
#: date with the weaker edges is no shifted edge (tuning seeds 21-28: a wall or track that
#: appeared reads 1.4-2.5, a migrated dune crest 0.6-1.3)
EDGE_SHIFT_PX = 1.3


def beyond_edge_shift(fb, fa, candidates):
    """Candidates (h, w) whose feature difference is more than :data:`EDGE_SHIFT_PX` pixels'
    shift of the nearest edge (the largest gradient in their 3 x 3 neighbourhood) of the date
    whose edges there are weaker: a thin line that appeared has no edge in BEFORE (one that
    vanished none in AFTER), an edge that moved has one in both. Computed at the candidates
    only (5 x 5 patches, edges repeated at the block's borders)."""
    out = np.zeros(candidates.shape, dtype=bool)
    rows, cols = pixel_indices(candidates)
    if rows.size == 0:
        return out
    offsets = np.arange(-2, 3)
    patch_rows = np.clip(rows[:, None] + offsets, 0, candidates.shape[0] - 1)[:, :, None]
    patch_cols = np.clip(cols[:, None] + offsets, 0, candidates.shape[1] - 1)[:, None, :]
    edges = [_nearest_edge(f[:, patch_rows, patch_cols]) for f in (fb, fa)]
    difference = np.sqrt(((fb[:, rows, cols] - fa[:, rows, cols]) ** 2).sum(axis=0))
    out[rows, cols] = difference > np.float32(EDGE_SHIFT_PX) * np.minimum(*edges)
    return out


def _nearest_edge(patches):
    """Largest gradient norm (n,) over the 3 x 3 centre of feature patches (k, n, 5, 5)."""
    gy = patches[:, :, 2:, 1:-1] - patches[:, :, :-2, 1:-1]
    gx = patches[:, :, 1:-1, 2:] - patches[:, :, 1:-1, :-2]
    norms = np.sqrt((gy * gy + gx * gx).sum(axis=0)) * np.float32(0.5)  # central differences
    return norms.reshape(norms.shape[0], -1).max(axis=1)


def erode3(mask):
    """3 x 3 erosion of a boolean (h, w), False outside (separable, without a generic filter)."""
    rows = mask.copy()
    rows[1:] &= mask[:-1]
    rows[:-1] &= mask[1:]
    rows[[0, -1]] = False
    out = rows.copy()
    out[:, 1:] &= rows[:, :-1]
    out[:, :-1] &= rows[:, 1:]
    out[:, [0, -1]] = False
    return out


def dilate3(mask):
    """3 x 3 dilation of a boolean (h, w) (separable)."""
    rows = mask.copy()
    rows[1:] |= mask[:-1]
    rows[:-1] |= mask[1:]
    out = rows.copy()
    out[:, 1:] |= rows[:, :-1]
    out[:, :-1] |= rows[:, 1:]
    return out


def opening3(mask):
    """Pixels of ``mask`` in a 3 x 3 square all in it (its opening): areas, not lines or speckle."""
    return dilate3(erode3(mask))


class _ShiftTest:
    """The sub-pixel shift explanations of :func:`tolerant_change` on one block."""

    def __init__(self, fb, fa, valid, finish, threshold, radius, max_step, sides):
        k, (h, w) = fb.shape[0], valid.shape
        self.flat_b, self.flat_a, self.flat_valid = fb.reshape(k, -1), fa.reshape(k, -1), valid.ravel()
        self.shape, self.finish, self.threshold, self.radius = (h, w), finish, threshold, radius
        self.max_step, self.sides = max_step, sides

    def unexplained(self, candidates, explained_counts, borrowed=None):
        """The ``candidates`` that no allowed shift explains; with ``borrowed`` (h, w), a shift
        that moves the content of a True pixel into the candidate is not allowed."""
        (h, w), radius = self.shape, self.radius
        rows, cols = pixel_indices(candidates)
        index = rows * w + cols
        f0, a0 = self.flat_b[:, index], self.flat_a[:, index]
        e0 = f0 - a0
        alive = np.ones(rows.size, dtype=bool)
        active = np.arange(rows.size)
        order = range(len(_DIRECTIONS)) if explained_counts is None else np.argsort(-explained_counts, kind="stable")
        for direction in order:
            dr, dc = _DIRECTIONS[direction]
            if active.size == 0:
                break
            n_active = active.size
            rr, cc = rows[active] + dr * radius, cols[active] + dc * radius
            inside = (rr >= 0) & (rr < h) & (cc >= 0) & (cc < w)
            sel, neighbour = active[inside], (rr * w + cc)[inside]
            ok = self.flat_valid[neighbour]
            sel, neighbour = sel[ok], neighbour[ok]
            # BEFORE against AFTER shifted (misregistration), AFTER against BEFORE shifted (the
            # blurrier date mixes its neighbours: blur differences between the sensors)
            for side, (sign, source, base) in enumerate(((1.0, self.flat_a, a0), (-1.0, self.flat_b, f0))):
                if sel.size == 0:
                    break
                if side not in self.sides:
                    continue
                allowed = self._allowed(borrowed, rows[sel], cols[sel], (dr, dc) if side else (-dr, -dc))
                top = 1.0 if self.max_step is None else float(self.max_step[direction, side])
                e = e0[:, sel[allowed]] if sign > 0 else -e0[:, sel[allowed]]
                seg = source[:, neighbour[allowed]] - base[:, sel[allowed]]
                length2 = np.einsum("kn,kn->n", seg, seg)
                t = np.einsum("kn,kn->n", e, seg) / np.where(length2 > 0, length2, 1.0)
                np.clip(t, 0.0, top, out=t)
                e -= seg * t
                explained = np.zeros(sel.size, dtype=bool)
                explained[allowed] = self.finish(np.einsum("kn,kn->n", e, e)) <= self.threshold
                alive[sel[explained]] = False
                sel, neighbour = sel[~explained], neighbour[~explained]
            active = active[alive[active]]
            if explained_counts is not None:
                explained_counts[direction] += n_active - active.size
        out = np.zeros((h, w), dtype=bool)
        out[rows[alive], cols[alive]] = True
        return out

    def _allowed(self, borrowed, rows, cols, step):
        """Index of the pixels whose shift is allowed: False where the pixel ``step`` (times the
        radius) away, whose content the shift moves in, is ``borrowed`` (outside the block is not)."""
        if borrowed is None:
            return slice(None)
        (h, w), radius = self.shape, self.radius
        rr, cc = rows + step[0] * radius, cols + step[1] * radius
        inside = (rr >= 0) & (rr < h) & (cc >= 0) & (cc < w)
        allowed = np.ones(rows.size, dtype=bool)
        allowed[inside] = ~borrowed[rr[inside], cc[inside]]
        return allowed


def bounding_box(mask, margin):
    """(row0, row1, col0, col1) of the True pixels grown by ``margin``, or None when empty."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask[rows[0]:rows[-1] + 1].any(axis=0))
    h, w = mask.shape
    return (max(rows[0] - margin, 0), min(rows[-1] + 1 + margin, h),
            max(cols[0] - margin, 0), min(cols[-1] + 1 + margin, w))


def _neighbour_count(mask, radius=1):
    """Number of True pixels among the 8 neighbours ``radius`` pixels away of each pixel."""
    m = mask.astype(np.uint8)
    count = np.zeros(mask.shape, np.uint8)
    h, w = mask.shape
    for dr, dc in _DIRECTIONS:
        r, c = dr * radius, dc * radius
        count[max(r, 0):h + min(r, 0), max(c, 0):w + min(c, 0)] += \
            m[max(-r, 0):h + min(-r, 0), max(-c, 0):w + min(-c, 0)]
    return count


def clean_mask(detected, valid, min_pixels, edges=None):
    """Clean-up of a detection block that keeps thin outlines.

    Steps: pixels with fewer than 2 detected 8-neighbours are dropped (isolated speckle and
    the ragged fringe of blobs; a one-pixel wall has 2 neighbours and stays, where a
    morphological opening would erase it); then 8-connected components smaller than
    ``min_pixels`` that do not touch the block border are removed (those touching it are
    decided after joining blocks). ``edges`` (top, bottom, left, right) says which sides of the
    arrays are block borders (all by default).

    Returns
    -------
    ndarray (h, w) bool
    """
    from scipy import ndimage

    box = bounding_box(detected, 2)
    if box is None:
        return np.zeros(detected.shape, dtype=bool)
    (r0, r1, c0, c1), (h, w) = box, detected.shape
    if (r1 - r0) * (c1 - c0) < 0.8 * h * w:
        # work on the bounding box of the detections (with a margin: nothing grows past it)
        sub = clean_mask(detected[r0:r1, c0:c1], valid[r0:r1, c0:c1], min_pixels,
                         edges=(r0 == 0, r1 == h, c0 == 0, c1 == w))
        out = np.zeros((h, w), dtype=bool)
        out[r0:r1, c0:c1] = sub
        return out
    mask = detected & valid & (_neighbour_count(detected) >= 2)
    if min_pixels > 1 and mask.any():
        labels, count = ndimage.label(mask, EIGHT)
        # counted and dropped at the detected pixels only: few against the block's
        at = np.flatnonzero(mask)
        pieces = labels.ravel()[at]
        sizes = np.bincount(pieces, minlength=count + 1)
        edges = (True, True, True, True) if edges is None else edges
        sides = [side for side, is_edge in zip((labels[0], labels[-1], labels[:, 0], labels[:, -1]), edges) if is_edge]
        border = np.unique(np.concatenate(sides)) if sides else np.zeros(0, dtype=np.int64)
        small = sizes < min_pixels
        small[0] = False
        small[border] = False
        if small.any():
            mask.ravel()[at[small[pieces]]] = False
    return mask


class _UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, a):
        parent = self.parent
        parent.setdefault(a, a)
        root = a
        while parent[root] != root:
            root = parent[root]
        while parent[a] != root:
            parent[a], a = root, parent[a]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


#: per-piece statistics accumulated in blocks: count, sum score, max score, sums of NDVI
#: before/after and brightness before/after
_N_STATS = 7


def block_pieces(labels, count, score, xs, ys, model, transform, id_base):
    """Polygons and statistics of the labelled pieces of one core block."""
    from rasterio import features
    from shapely.geometry import shape

    index = np.arange(1, count + 1)
    # gathers at the labelled pixels only (the arrays are views of a block with its halo:
    # flattening them whole would copy every pixel)
    rows, cols = np.nonzero(labels)
    lab = labels[rows, cols]
    values = score[rows, cols]
    stats = np.zeros((count + 1, _N_STATS))
    stats[:, 0] = np.bincount(lab, minlength=count + 1)
    stats[:, 1] = np.bincount(lab, weights=values, minlength=count + 1)
    maxima = np.full(count + 1, -np.inf)
    np.maximum.at(maxima, lab, values)
    stats[:, 2] = maxima
    x = xs[:, rows, cols]
    y = ys[:, rows, cols] * model.gain[:, None].astype(np.float32) + model.offset[:, None].astype(np.float32)
    if model.red is not None and model.nir is not None:
        stats[:, 3] = np.bincount(lab, weights=ndvi(x[model.red], x[model.nir]), minlength=count + 1)
        stats[:, 4] = np.bincount(lab, weights=ndvi(y[model.red], y[model.nir]), minlength=count + 1)
    else:
        stats[:, 3:5] = np.nan
    stats[:, 5] = np.bincount(lab, weights=x.mean(axis=0), minlength=count + 1)
    stats[:, 6] = np.bincount(lab, weights=y.mean(axis=0), minlength=count + 1)
    geoms = {}
    for geom, value in features.shapes(labels.astype(np.int32, copy=False), mask=labels > 0, connectivity=8,
                                       transform=transform):
        polygon = shape(geom)
        # 8-connected pixels touch at corners: make such rings valid
        polygon = polygon if polygon.is_valid else polygon.buffer(0)
        key = id_base + int(value)
        geoms[key] = polygon if key not in geoms else geoms[key].union(polygon)
    return {id_base + int(i): stats[i] for i in index}, geoms


def _merge_stats(parts):
    total = np.array(parts[0], dtype=float)
    for part in parts[1:]:
        part = np.asarray(part, dtype=float)
        total[[0, 1, 3, 4, 5, 6]] += part[[0, 1, 3, 4, 5, 6]]
        total[2] = max(total[2], part[2])
    return total


def erase_from_mask(dataset, geom, grid):
    """Set the pixels of ``geom`` to 0 in the (open, w+) mask ``dataset``."""
    from rasterio import features, windows

    t = grid.transform
    minx, miny, maxx, maxy = geom.bounds
    col0 = max(0, int(math.floor((minx - t.c) / t.a + 1e-6)))
    col1 = min(grid.width, int(math.ceil((maxx - t.c) / t.a - 1e-6)))
    row0 = max(0, int(math.floor((maxy - t.f) / t.e + 1e-6)))
    row1 = min(grid.height, int(math.ceil((miny - t.f) / t.e - 1e-6)))
    if col1 <= col0 or row1 <= row0:
        return
    win = windows.Window(col0, row0, col1 - col0, row1 - row0)
    burn = features.geometry_mask([geom], out_shape=(int(win.height), int(win.width)),
                                  transform=windows.transform(win, grid.transform), invert=True)
    data = dataset.read(1, window=win)
    data[burn & (data == 1)] = 0
    dataset.write(data[None], window=win)


def assemble_changes(pieces, geoms, boundaries, model, grid, min_area_m2):
    """Join pieces across block borders; return the polygon frame and the dropped geometries."""
    import geopandas as gpd
    from shapely.ops import unary_union

    from .crs import to_metric

    uf = _UnionFind()
    for (_, bottom), (top, _) in zip(boundaries[:-1], boundaries[1:]):
        # 8-connectivity: a piece also continues diagonally into the next block
        for shift in (0, 1, -1):
            lower = np.roll(top, shift)
            if shift == 1:
                lower[0] = 0
            elif shift == -1:
                lower[-1] = 0
            both = (bottom > 0) & (lower > 0)
            if both.any():
                for a, b in set(zip(bottom[both].tolist(), lower[both].tolist())):
                    uf.union(a, b)
    groups = {}
    for pid in pieces:
        groups.setdefault(uf.find(pid), []).append(pid)
    rows, shapes = [], []
    for members in groups.values():
        stats = _merge_stats([pieces[m] for m in members])
        geom = geoms[members[0]] if len(members) == 1 else unary_union([geoms[m] for m in members])
        shapes.append(geom)
        rows.append(stats)
    columns = list(FIELD_TYPES)
    if not rows:
        empty = gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs=grid.crs)
        return empty, []
    stats = np.array(rows)
    frame = gpd.GeoDataFrame({"_n": stats[:, 0]}, geometry=shapes, crs=grid.crs)
    area = to_metric(frame).area.to_numpy()
    n = stats[:, 0]
    mean_score = stats[:, 1] / n
    d_ndvi = (stats[:, 4] - stats[:, 3]) / n
    bright_b, bright_a = stats[:, 5] / n, stats[:, 6] / n
    d_bright = (bright_a - bright_b) / np.where(bright_b != 0, np.abs(bright_b), 1.0)
    classes = [classify_change(dn, nb / c, na / c, db)
               for dn, nb, na, db, c in zip(d_ndvi, stats[:, 3], stats[:, 4], d_bright, n)]
    out = gpd.GeoDataFrame({
        "area_m2": area, "score": mean_score, "score_max": stats[:, 2],
        "p_value": model.p_value(mean_score), "change_class": classes,
        "d_ndvi": np.where(np.isfinite(d_ndvi), d_ndvi, np.nan), "d_brightness": d_bright,
    }, geometry=shapes, crs=grid.crs)
    keep = out["area_m2"].to_numpy() >= min_area_m2
    dropped = list(out.geometry[~keep])
    out = out[keep].sort_values("score", ascending=False).reset_index(drop=True)
    return out, dropped