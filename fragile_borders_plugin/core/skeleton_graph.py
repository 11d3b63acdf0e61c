"""Skeleton pixels -> graph -> polylines, with spur pruning, junction continuation and gap bridging.

Pure numpy/scipy (no skan). Coordinates are (row, col) in pixels of the full image grid, with
pixel centres at integer positions.

Pipeline: :func:`skeleton_edges` turns the sparse skeleton into edges between nodes (junction
clusters and free ends); :class:`TrackGraph` prunes spurs, bridges gaps between direction-
consistent end pairs, links edges through degree-2 nodes and straight continuations at
junctions, and returns the chains as polylines.
"""
import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

_OFFSETS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def _adjacency(rows, cols, shape):
    """8-neighbour pairs (i, j) between skeleton pixels given sorted flat indices."""
    height, width = shape
    flat = rows * np.int64(width) + cols
    n = len(flat)
    src, dst = [], []
    for dr, dc in _OFFSETS:
        rr = rows + dr
        cc = cols + dc
        ok = (rr >= 0) & (rr < height) & (cc >= 0) & (cc < width)
        nb = rr[ok] * np.int64(width) + cc[ok]
        pos = np.searchsorted(flat, nb)
        pos[pos >= n] = 0
        hit = flat[pos] == nb
        src.append(np.flatnonzero(ok)[hit])
        dst.append(pos[hit])
    return np.concatenate(src), np.concatenate(dst)


def skeleton_edges(rows, cols, shape):
    """Convert skeleton pixels into graph edges.

    Stages: sort the pixels, find 8-neighbour pairs, merge adjacent junction pixels (degree >= 3)
    into clusters, order the pixels of each path component (simple path or broken cycle) from one
    end, and join each path to the clusters it touches.

    Parameters
    ----------
    rows, cols : ndarray of int
        Skeleton pixel coordinates (any order, no duplicates).
    shape : tuple
        (height, width) of the full grid.

    Returns
    -------
    node_xy : ndarray (n_nodes, 2) float
        Node coordinates (row, col): junction-cluster centroids, then free ends.
    edges : list of (u, v, coords)
        ``coords`` is an (n, 2) float array from node ``u`` to node ``v``.
    """
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    if rows.size == 0:
        return np.zeros((0, 2)), []
    order = np.argsort(rows * np.int64(shape[1]) + cols)
    rows, cols = rows[order], cols[order]
    src, dst = _adjacency(rows, cols, shape)
    deg = np.bincount(src, minlength=rows.size)
    junction = deg >= 3
    path = (deg > 0) & ~junction
    cluster_of, cluster_xy = _junction_clusters(rows, cols, src, dst, junction)
    if not path.any():
        return cluster_xy, []
    pieces, cyclic = _path_pieces(src, dst, path)
    touching = _touching_clusters(src, dst, path, junction, cluster_of)
    return _assemble_edges(rows, cols, pieces, cyclic, touching, cluster_xy)


def _junction_clusters(rows, cols, src, dst, junction):
    """Label 8-connected junction pixels as clusters; returns (cluster per pixel or -1, centroids)."""
    n = rows.size
    both = junction[src] & junction[dst]
    graph = sparse.coo_matrix((np.ones(both.sum()), (src[both], dst[both])), shape=(n, n)).tocsr()
    _, labels = csgraph.connected_components(graph, directed=False)
    jidx = np.flatnonzero(junction)
    cluster_of = -np.ones(n, dtype=np.int64)
    if jidx.size == 0:
        return cluster_of, np.zeros((0, 2))
    _, compact = np.unique(labels[jidx], return_inverse=True)
    cluster_of[jidx] = compact
    n_clusters = int(compact.max()) + 1
    count = np.bincount(compact, minlength=n_clusters)
    centroid_r = np.bincount(compact, weights=rows[jidx], minlength=n_clusters) / count
    centroid_c = np.bincount(compact, weights=cols[jidx], minlength=n_clusters) / count
    return cluster_of, np.column_stack([centroid_r, centroid_c])


def _path_pieces(src, dst, path):
    """Pixel indices of each path component ordered from one end, and whether it is a cycle.

    A component starts at its lowest-index end pixel; a cycle (no end) starts at its lowest-index
    pixel and is cut between that pixel and one neighbour so that distances order it.
    """
    n = path.size
    keep = path[src] & path[dst]
    ps, pd = src[keep], dst[keep]
    pdeg = np.bincount(ps, minlength=n)
    graph = sparse.coo_matrix((np.ones(ps.size), (ps, pd)), shape=(n, n)).tocsr()
    _, labels = csgraph.connected_components(graph, directed=False)
    pidx = np.flatnonzero(path)
    comp_ids, comp = np.unique(labels[pidx], return_inverse=True)
    comp_of = -np.ones(n, dtype=np.int64)
    comp_of[pidx] = comp
    big = np.iinfo(np.int64).max
    start = np.full(comp_ids.size, big, dtype=np.int64)
    ends = np.flatnonzero(path & (pdeg <= 1))
    np.minimum.at(start, comp_of[ends], ends)
    cyclic = start == big
    first_pixel = np.full(comp_ids.size, big, dtype=np.int64)
    np.minimum.at(first_pixel, comp, pidx)
    start[cyclic] = first_pixel[cyclic]
    if cyclic.any():
        graph = _cut_cycles(ps, pd, start[cyclic], n)
    dist = csgraph.dijkstra(graph, directed=False, indices=start, unweighted=True, min_only=True)
    srt = np.lexsort((dist[pidx], comp))
    bounds = np.flatnonzero(np.diff(comp[srt])) + 1
    return np.split(pidx[srt], bounds), cyclic


def _cut_cycles(ps, pd, cycle_starts, n):
    """Path graph without the link (both directions) from each cycle's start to its first neighbour."""
    at_start = np.flatnonzero(np.isin(ps, cycle_starts))
    _, first = np.unique(ps[at_start], return_index=True)
    cut = at_start[first]
    cut_links = set(zip(ps[cut].tolist(), pd[cut].tolist()))
    cut_links |= {(b, a) for a, b in cut_links}
    drop = np.zeros(ps.size, dtype=bool)
    for k in np.flatnonzero(np.isin(ps, ps[cut]) | np.isin(ps, pd[cut])):
        drop[k] = (int(ps[k]), int(pd[k])) in cut_links
    return sparse.coo_matrix((np.ones((~drop).sum()), (ps[~drop], pd[~drop])), shape=(n, n)).tocsr()


def _touching_clusters(src, dst, path, junction, cluster_of):
    """For each path pixel next to junctions: the clusters it touches, in first-seen order."""
    link = path[src] & junction[dst]
    touching = {}
    for pixel, cluster in zip(src[link].tolist(), cluster_of[dst[link]].tolist()):
        seen = touching.setdefault(pixel, [])
        if cluster not in seen:
            seen.append(cluster)
    return touching


def _assemble_edges(rows, cols, pieces, cyclic, touching, cluster_xy):
    """Edges between clusters and new free-end nodes; returns (node_xy, edges)."""
    free = []
    edges = []

    def free_node(xy):
        free.append(xy)
        return len(cluster_xy) + len(free) - 1

    for piece, is_cycle in zip(pieces, cyclic):
        coords = np.column_stack([rows[piece], cols[piece]]).astype(np.float64)
        if is_cycle:
            node = free_node(coords[0])
            edges.append((node, node, np.vstack([coords, coords[:1]])))
            continue
        u, v = _end_clusters(touching.get(int(piece[0]), []), touching.get(int(piece[-1]), []),
                             single_pixel=piece.size == 1)
        parts = [coords]
        if u is None:
            u = free_node(coords[0])
        else:
            parts.insert(0, cluster_xy[u][None, :])
        if v is None:
            v = free_node(coords[-1])
        else:
            parts.append(cluster_xy[v][None, :])
        edges.append((u, v, np.vstack(parts)))
    # no edge is made of junction pixels only: adjacent junction pixels share a cluster
    node_xy = cluster_xy if not free else np.vstack([cluster_xy, np.asarray(free, dtype=np.float64)])
    return node_xy, edges


def _end_clusters(at_first, at_last, single_pixel):
    """Clusters (or None) that a path's first and last pixels join."""
    if single_pixel:
        return (at_first[0] if at_first else None), (at_first[1] if len(at_first) > 1 else None)
    u = at_first[0] if at_first else None
    v = at_last[0] if at_last else None
    if u is not None and u == v and len(at_last) > 1:
        v = at_last[1]
    return u, v


def polyline_length(coords):
    """Length of an (n, 2) polyline in pixels."""
    if len(coords) < 2:
        return 0.0
    return float(np.hypot(*np.diff(coords, axis=0).T).sum())


def _end_direction(coords, at_start, reach):
    """Unit vector pointing out of the polyline at one end, from ``reach`` pixels inside."""
    pts = coords if not at_start else coords[::-1]
    end = pts[-1]
    seg = np.hypot(*np.diff(pts[::-1], axis=0).T)
    cum = np.cumsum(seg)
    k = int(np.searchsorted(cum, reach))
    inner = pts[::-1][min(k + 1, len(pts) - 1)]
    v = end - inner
    norm = np.hypot(*v)
    return v / norm if norm > 0 else np.zeros(2)


def trim_end_hooks(coords, hook_px, body_px, tolerance_px=1.0):
    """Cut the curl a skeleton makes at a line end where the line stops on a crossing ridge.

    At each end, the last ``hook_px`` pixels are compared with the straight continuation of the
    ``body_px`` pixels before them; from the first point farther than ``tolerance_px`` from that
    continuation on, the end is cut. A track meandering with a radius above ~hook_px^2 / 2 px is
    never cut; lines shorter than ``2 * (hook_px + body_px)`` are left as they are.
    """
    for _ in range(2):
        coords = _trim_last_hook(coords, hook_px, body_px, tolerance_px)[::-1]
    return coords


def _trim_last_hook(coords, hook_px, body_px, tolerance_px):
    from_end = np.r_[np.cumsum(np.hypot(*np.diff(coords[::-1], axis=0).T))[::-1], 0.0]
    if from_end[0] < 2 * (hook_px + body_px):
        return coords
    hook_start = np.array([np.interp(-hook_px, -from_end, coords[:, k]) for k in range(2)])
    body_start = np.array([np.interp(-(hook_px + body_px), -from_end, coords[:, k]) for k in range(2)])
    u = (hook_start - body_start) / max(np.hypot(*(hook_start - body_start)), 1e-9)
    tail = np.flatnonzero(from_end < hook_px)
    rel = coords[tail] - hook_start
    off = np.abs(rel[:, 0] * u[1] - rel[:, 1] * u[0]) > tolerance_px
    if not off.any():
        return coords
    return coords[: tail[np.argmax(off)]]


class TrackGraph:
    """Mutable graph of polyline edges between nodes.

    Parameters
    ----------
    node_xy : ndarray (n, 2)
        Node coordinates (row, col).
    edges : list of (u, v, coords)
        As returned by :func:`skeleton_edges`.
    """

    def __init__(self, node_xy, edges):
        self.node_xy = [tuple(p) for p in np.asarray(node_xy, dtype=float).reshape(-1, 2)]
        self.edges = {}
        self.incident = {}
        self.bridges = set()
        self._next_id = 0
        for u, v, coords in edges:
            self.add_edge(u, v, coords)

    def add_edge(self, u, v, coords, bridge=False):
        eid = self._next_id
        self._next_id += 1
        self.edges[eid] = (u, v, np.asarray(coords, dtype=float))
        self.incident.setdefault(u, []).append(eid)
        if v != u:
            self.incident.setdefault(v, []).append(eid)
        if bridge:
            self.bridges.add(eid)
        return eid

    def remove_edge(self, eid):
        u, v, _ = self.edges.pop(eid)
        self.incident[u].remove(eid)
        if v != u:
            self.incident[v].remove(eid)
        self.bridges.discard(eid)

    def degree(self, node):
        edges = self.incident.get(node, [])
        return len(edges) + sum(1 for e in edges if self.edges[e][0] == self.edges[e][1])

    def prune_spurs(self, min_length_px, max_rounds=4):
        """Remove dead-end branches shorter than ``min_length_px`` hanging on junctions,
        and isolated pieces shorter than it. Returns the number of edges removed."""
        removed = 0
        for _ in range(max_rounds):
            drop = []
            pairs = {}
            for eid, (u, v, coords) in self.edges.items():
                if u == v:
                    # small loops left by holes in the ridge mask
                    if polyline_length(coords) < 3 * min_length_px:
                        drop.append(eid)
                    continue
                pairs.setdefault((min(u, v), max(u, v)), []).append(eid)
            for eids in pairs.values():
                # "bubbles": two short parallel edges between the same nodes; keep the shorter
                if len(eids) > 1:
                    eids = sorted(eids, key=lambda e: polyline_length(self.edges[e][2]))
                    for eid in eids[1:]:
                        if polyline_length(self.edges[eid][2]) < 3 * min_length_px:
                            drop.append(eid)
            for eid, (u, v, coords) in self.edges.items():
                if u == v:
                    continue
                du, dv = self.degree(u), self.degree(v)
                if min(du, dv) == 1 and polyline_length(coords) < min_length_px:
                    if max(du, dv) >= 3 or max(du, dv) == 1:
                        drop.append(eid)
            if not drop:
                break
            for eid in drop:
                if eid in self.edges:
                    self.remove_edge(eid)
            removed += len(drop)
        return removed

    def free_ends(self, reach):
        """List of (node, edge, at_start, point, outward_direction) of degree-1 nodes."""
        ends = []
        for node, eids in self.incident.items():
            if len(eids) != 1:
                continue
            eid = eids[0]
            u, v, coords = self.edges[eid]
            if u == v:
                continue
            at_start = (u == node)
            point = coords[0] if at_start else coords[-1]
            ends.append((node, eid, at_start, point, _end_direction(coords, at_start, reach)))
        return ends

    def bridge_gaps(self, max_gap_px, support, reach, short_gap_px=3.0, max_angle_deg=35.0,
                    min_support=0.0):
        """Join free ends across short interruptions along the same direction.

        Parameters
        ----------
        max_gap_px : float
            Largest gap bridged (pixels).
        support : callable
            ``support(p, q) -> float`` in [0, 1]: share of the straight gap ``p -> q`` with ridge
            response (evidence that the track continues under thin sand cover).
        reach : float
            Pixels over which an end's direction is measured.
        short_gap_px : float
            Gaps up to this length are joined with a loose direction test (seams, skeleton breaks).
        max_angle_deg : float
            Largest angle between each end's direction and the gap, and between the two ends.
        min_support : float
            Smallest ``support`` accepted for gaps longer than ``short_gap_px``.

        Returns
        -------
        int
            Number of gaps bridged.
        """
        ends = self.free_ends(reach)
        if len(ends) < 2:
            return 0
        pts = np.array([e[3] for e in ends])
        tree = cKDTree(pts)
        pairs = tree.query_pairs(max_gap_px, output_type="ndarray")
        if len(pairs) == 0:
            return 0
        cos_max = np.cos(np.radians(max_angle_deg))
        candidates = []
        for i, j in pairs:
            ni, ei, _, pi, ti = ends[i]
            nj, ej, _, pj, tj = ends[j]
            if ei == ej:
                continue
            gap = pj - pi
            dist = float(np.hypot(*gap))
            if dist < 1e-9:
                candidates.append((0.0, i, j))
                continue
            g = gap / dist
            a1 = float(ti @ g)
            a2 = float(tj @ -g)
            a12 = float(ti @ -tj)
            if dist <= short_gap_px:
                if a1 < -0.2 or a2 < -0.2:
                    continue
                cost = dist / max_gap_px
            else:
                if a1 < cos_max or a2 < cos_max or a12 < cos_max:
                    continue
                s = support(pi, pj)
                if s < min_support:
                    continue
                cost = dist / max_gap_px + (1 - a1) + (1 - a2) - 0.5 * s
            candidates.append((cost, i, j))
        candidates.sort()
        used = set()
        count = 0
        for _, i, j in candidates:
            if i in used or j in used:
                continue
            used.add(i)
            used.add(j)
            ni, nj = ends[i][0], ends[j][0]
            self.add_edge(ni, nj, np.vstack([ends[i][3], ends[j][3]]), bridge=True)
            count += 1
        return count

    def chains(self, reach, max_turn_deg=40.0):
        """Polylines formed by following edges through degree-2 nodes and, at junctions, into
        the straightest continuation (turn below ``max_turn_deg``).

        Returns
        -------
        list of (coords, n_bridged_px)
            ``n_bridged_px`` is the length of bridged gaps inside the chain (pixels).
        """
        cos_turn = np.cos(np.radians(max_turn_deg))
        link = {}
        for node, eids in self.incident.items():
            link.update(self._links_at(node, eids, reach, cos_turn))
        visited = set()
        out = []
        # start at edge ends without a link
        for eid in list(self.edges):
            if eid in visited:
                continue
            for side in (0, 1):
                if (eid, side) not in link:
                    out.append(self._walk(link, visited, eid, side))
                    break
        for eid in list(self.edges):  # closed loops
            if eid not in visited:
                out.append(self._walk(link, visited, eid, 0))
        return out

    def _links_at(self, node, eids, reach, cos_turn):
        """Which edge end continues which at ``node``: (edge, side) → (edge, side), both ways. Through a
        degree-2 node; at a junction, the straightest pairs first (turn below acos ``cos_turn``)."""
        ends = []
        for eid in eids:
            u, v, coords = self.edges[eid]
            if u == node:
                ends.append((eid, 0, coords))
            if v == node:
                ends.append((eid, 1, coords))
        if len(ends) == 2:
            pairs = [(0, 1)]
        elif len(ends) >= 3:
            # direction leaving the node along each edge
            dirs = [-_end_direction(coords, side == 0, reach) for _, side, coords in ends]
            pairs = _straightest_pairs(dirs, cos_turn)
        else:
            return {}
        link = {}
        for a, b in pairs:
            ka, kb = ends[a][:2], ends[b][:2]
            link[ka] = kb
            link[kb] = ka
        return link

    def _walk(self, link, visited, eid, entry_side):
        """Follow ``link`` from edge ``eid`` entered at ``entry_side``: (coords, bridged length px)."""
        parts, bridged = [], 0.0
        while eid is not None and eid not in visited:
            visited.add(eid)
            _, _, coords = self.edges[eid]
            seg = coords if entry_side == 0 else coords[::-1]
            parts.append(seg if not parts else seg[1:])
            if eid in self.bridges:
                bridged += polyline_length(coords)
            nxt = link.get((eid, 1 - entry_side))
            if nxt is None:
                break
            eid, entry_side = nxt
        return np.vstack(parts), bridged


def _straightest_pairs(directions, cos_turn):
    """Disjoint pairs (a, b) of outward ``directions`` that continue each other with a turn below
    acos ``cos_turn``, the straightest first."""
    candidates = []
    for a in range(len(directions)):
        for b in range(a + 1, len(directions)):
            straight = float(directions[a] @ -directions[b])
            if straight >= cos_turn:
                candidates.append((-straight, a, b))
    candidates.sort()
    taken, pairs = set(), []
    for _, a, b in candidates:
        if a in taken or b in taken:
            continue
        taken.update((a, b))
        pairs.append((a, b))
    return pairs
