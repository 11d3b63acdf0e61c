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
    n = rows.size
    src, dst = _adjacency(rows, cols, shape)
    deg = np.bincount(src, minlength=n)
    junction = deg >= 3
    path = (deg > 0) & ~junction

    # junction clusters
    jj = junction[src] & junction[dst]
    graph_j = sparse.coo_matrix((np.ones(jj.sum()), (src[jj], dst[jj])), shape=(n, n)).tocsr()
    _, jlab = csgraph.connected_components(graph_j, directed=False)
    jidx = np.flatnonzero(junction)
    cluster_of = -np.ones(n, dtype=np.int64)
    if jidx.size:
        _, compact = np.unique(jlab[jidx], return_inverse=True)
        cluster_of[jidx] = compact
        n_clusters = int(compact.max()) + 1
        cr = np.bincount(compact, weights=rows[jidx], minlength=n_clusters)
        cc = np.bincount(compact, weights=cols[jidx], minlength=n_clusters)
        cnt = np.bincount(compact, minlength=n_clusters)
        cluster_xy = np.column_stack([cr / cnt, cc / cnt])
    else:
        n_clusters = 0
        cluster_xy = np.zeros((0, 2))

    # path components (simple paths or cycles)
    pp = path[src] & path[dst]
    ps, pd = src[pp], dst[pp]
    pdeg = np.bincount(ps, minlength=n)
    graph_p = sparse.coo_matrix((np.ones(ps.size), (ps, pd)), shape=(n, n)).tocsr()
    _, plab = csgraph.connected_components(graph_p, directed=False)
    pidx = np.flatnonzero(path)
    if pidx.size == 0:
        return cluster_xy, []
    comp_ids, comp = np.unique(plab[pidx], return_inverse=True)
    n_comp = comp_ids.size
    comp_of = -np.ones(n, dtype=np.int64)
    comp_of[pidx] = comp
    is_end = path & (pdeg <= 1)
    # start pixel per component: the lowest-index end, else (cycle) the lowest-index pixel
    big = np.iinfo(np.int64).max
    start = np.full(n_comp, big, dtype=np.int64)
    eidx = np.flatnonzero(is_end)
    np.minimum.at(start, comp_of[eidx], eidx)
    cyclic = start == big
    first_pixel = np.full(n_comp, big, dtype=np.int64)
    np.minimum.at(first_pixel, comp, pidx)
    start[cyclic] = first_pixel[cyclic]
    if cyclic.any():
        # break each cycle between its start pixel and one neighbour
        cyc_start = start[cyclic]
        rm = np.isin(ps, cyc_start)
        # keep only one removed neighbour per start: the first occurrence
        rm_idx = np.flatnonzero(rm)
        _, first = np.unique(ps[rm_idx], return_index=True)
        cut = rm_idx[first]
        a, b = ps[cut], pd[cut]
        drop = np.zeros(ps.size, dtype=bool)
        pair_code = set(zip(a.tolist(), b.tolist())) | set(zip(b.tolist(), a.tolist()))
        candidates = np.flatnonzero(np.isin(ps, np.r_[a, b]))
        for k in candidates:
            if (int(ps[k]), int(pd[k])) in pair_code:
                drop[k] = True
        graph_p = sparse.coo_matrix((np.ones((~drop).sum()), (ps[~drop], pd[~drop])), shape=(n, n)).tocsr()
    dist = csgraph.dijkstra(graph_p, directed=False, indices=start, unweighted=True, min_only=True)
    d = dist[pidx]
    srt = np.lexsort((d, comp))
    ordered = pidx[srt]
    bounds = np.flatnonzero(np.diff(comp[srt])) + 1
    pieces = np.split(ordered, bounds)

    # junction clusters adjacent to each path pixel (for the component ends)
    pj = path[src] & junction[dst]
    adj_src, adj_cluster = src[pj], cluster_of[dst[pj]]
    adj = {}
    for s, c in zip(adj_src.tolist(), adj_cluster.tolist()):
        lst = adj.setdefault(s, [])
        if c not in lst:
            lst.append(c)

    node_xy = [cluster_xy]
    free = []
    next_node = n_clusters
    edges = []
    for k, piece in enumerate(pieces):
        a, b = int(piece[0]), int(piece[-1])
        coords = np.column_stack([rows[piece], cols[piece]]).astype(np.float64)
        if cyclic[k]:
            coords = np.vstack([coords, coords[:1]])
            free.append(coords[0])
            edges.append((next_node, next_node, coords))
            next_node += 1
            continue
        ca = adj.get(a, [])
        cb = adj.get(b, [])
        if a == b:
            u = ca[0] if ca else None
            v = ca[1] if len(ca) > 1 else None
        else:
            u = ca[0] if ca else None
            v = cb[0] if cb else None
            if u is not None and v is not None and u == v and len(cb) > 1:
                v = cb[1]
        parts = [coords]
        if u is None:
            u = next_node
            free.append(coords[0])
            next_node += 1
        else:
            parts.insert(0, cluster_xy[u][None, :])
        if v is None:
            v = next_node
            free.append(coords[-1])
            next_node += 1
        else:
            parts.append(cluster_xy[v][None, :])
        edges.append((u, v, np.vstack(parts)))
    # edges made of junction pixels only (two clusters touching through nothing) do not exist:
    # adjacent junction pixels belong to the same cluster.
    if free:
        node_xy.append(np.asarray(free, dtype=np.float64))
    return np.vstack(node_xy), edges


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
        link = {}
        cos_turn = np.cos(np.radians(max_turn_deg))
        for node, eids in self.incident.items():
            ends = []
            for eid in eids:
                u, v, coords = self.edges[eid]
                if u == node:
                    ends.append((eid, 0, coords))
                if v == node:
                    ends.append((eid, 1, coords))
            if len(ends) == 2:
                (e1, s1, _), (e2, s2, _) = ends
                link[(e1, s1)] = (e2, s2)
                link[(e2, s2)] = (e1, s1)
            elif len(ends) >= 3:
                # direction leaving the node along each edge
                dirs = []
                for eid, side, coords in ends:
                    out = -_end_direction(coords, side == 0, reach)
                    dirs.append(out)
                pairs = []
                for a in range(len(ends)):
                    for b in range(a + 1, len(ends)):
                        straight = float(dirs[a] @ -dirs[b])
                        if straight >= cos_turn:
                            pairs.append((-straight, a, b))
                pairs.sort()
                taken = set()
                for _, a, b in pairs:
                    if a in taken or b in taken:
                        continue
                    taken.update((a, b))
                    ka = (ends[a][0], ends[a][1])
                    kb = (ends[b][0], ends[b][1])
                    link[ka] = kb
                    link[kb] = ka
        visited = set()
        out = []

        def walk(eid, entry_side):
            parts, bridged = [], 0.0
            while eid is not None and eid not in visited:
                visited.add(eid)
                u, v, coords = self.edges[eid]
                seg = coords if entry_side == 0 else coords[::-1]
                parts.append(seg if not parts else seg[1:])
                if eid in self.bridges:
                    bridged += polyline_length(coords)
                nxt = link.get((eid, 1 - entry_side))
                if nxt is None:
                    break
                eid, entry_side = nxt
            return np.vstack(parts), bridged

        # start at edge ends without a link
        for eid in list(self.edges):
            if eid in visited:
                continue
            for side in (0, 1):
                if (eid, side) not in link:
                    out.append(walk(eid, side))
                    break
        for eid in list(self.edges):  # closed loops
            if eid not in visited:
                out.append(walk(eid, 0))
        return out
