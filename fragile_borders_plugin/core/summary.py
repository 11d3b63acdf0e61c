"""Summary figures of a pipeline run, read back from its GeoPackage (for run.json and the demo)."""
import geopandas as gpd

from .io import list_layers

TOP_SEGMENTS = 5


def _layer(gpkg, name):
    if name not in list_layers(gpkg):
        return None
    return gpd.read_file(gpkg, layer=name)


def summarise_run(gpkg, covered_share=None):
    """Count and rank what a pipeline run found.

    Parameters
    ----------
    gpkg : str
        The run's GeoPackage (layers changes, tracks, segments, optional patrol_posts).
    covered_share : float, optional
        Share (0–1) of total priority covered by the patrol plan.

    Returns
    -------
    dict
        ``n_changes``, ``change_area_m2``, ``changes_by_class``, ``n_tracks``, ``track_length_km``,
        ``n_new_tracks``, ``n_segments``, ``top_segments`` (the highest-ranked, with rank, segment_id,
        score 0–100, priority, drivers, risk 0–100), ``n_patrol_posts``, ``covered_share``.
    """
    changes = _layer(gpkg, "changes")
    tracks = _layer(gpkg, "tracks")
    segments = _layer(gpkg, "segments")
    posts = _layer(gpkg, "patrol_posts")
    summary = {
        "n_changes": int(len(changes)),
        "change_area_m2": round(float(changes["area_m2"].sum()), 1) if len(changes) else 0.0,
        "changes_by_class": {str(k): int(v) for k, v in changes["change_class"].value_counts().items()}
        if len(changes) else {},
        "n_tracks": int(len(tracks)),
        "track_length_km": round(float(tracks["length_m"].sum()) / 1000.0, 3) if len(tracks) else 0.0,
        "n_new_tracks": int(tracks["is_new"].astype(bool).sum()) if len(tracks) else 0,
        "n_segments": int(len(segments)),
        "n_patrol_posts": int(len(posts)) if posts is not None else 0,
        "covered_share": covered_share,
    }
    columns = [c for c in ("rank", "segment_id", "score", "priority", "drivers", "risk") if c in segments]
    top = segments.sort_values("rank").head(TOP_SEGMENTS)[columns]
    summary["top_segments"] = [
        {c: (round(float(v), 2) if c in ("score", "risk") else (int(v) if c in ("rank", "segment_id") else str(v)))
         for c, v in row.items()} for row in top.to_dict("records")]
    return summary
