"""What a briefing says about a pipeline run, read from its output folder (no qgis import).

The layout (processing_algorithms/briefing_layout.py) only places and translates; the facts —
which layers exist, the dates, the top segments, the posts with their coordinates, what was
masked and which inputs were missing — are gathered here so they can be tested on files alone.
"""
import datetime
import json
import os
import re
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import rasterio

from .io import list_layers

GPKG_NAME = "fragile_borders.gpkg"
SUMMARY_NAME = "run.json"
#: vector layers of a run and the detector or step that writes each
RUN_LAYERS = ("changes", "tracks", "segments", "patrol_posts", "patrol_coverage")
#: optional pipeline inputs whose absence limits what the briefing can claim
OPTIONAL_INPUTS = ("INCIDENTS", "CROSSINGS", "MASK", "AOI")
#: raster metadata items that may hold an acquisition date, most specific first
DATE_TAGS = ("ACQUISITION_DATE", "ACQUISITIONDATETIME", "DATE_ACQUIRED", "TIFFTAG_DATETIME")
DATE_IN_TEXT = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
SEGMENT_COLUMNS = ("rank", "segment_id", "start_km", "end_km", "score", "priority", "risk", "drivers")


@dataclass
class RunFacts:
    """The facts of one run. Dates are ISO ``yyyy-mm-dd`` strings or None when unknown."""

    folder: str
    gpkg: str
    layers: tuple  # run layers present in the GeoPackage, in RUN_LAYERS order
    summary: dict
    parameters: dict
    before_date: str = None
    after_date: str = None
    run_date: str = None
    after_path: str = None
    top_segments: list = field(default_factory=list)  # dicts with SEGMENT_COLUMNS
    posts: list = field(default_factory=list)  # dicts post_id, segment_id, lat, lon, covered_priority, risk
    masked_share: float = None  # share of the AFTER grid under the ignore mask (0–1)
    no_score_share: float = None  # share of the change-score grid without a value (nodata or masked, 0–1)
    missing_inputs: tuple = ()  # names in OPTIONAL_INPUTS that were not given
    missing_layers: tuple = ()  # names in RUN_LAYERS absent from the GeoPackage


def read_run(folder, top_n=10):
    """Gather the facts of the pipeline run in ``folder`` for a briefing.

    Parameters
    ----------
    folder : str
        The pipeline's output folder (fragile_borders.gpkg, rasters, run.json).
    top_n : int
        How many of the highest-ranked segments to keep.

    Raises
    ------
    ValueError
        When the folder holds no fragile_borders.gpkg with a segments layer.
    """
    folder = os.path.abspath(folder)
    gpkg = os.path.join(folder, GPKG_NAME)
    if not os.path.isfile(gpkg):
        raise ValueError(f"No {GPKG_NAME} in {folder}: choose the output folder of a pipeline run.")
    present = set(list_layers(gpkg))
    if "segments" not in present:
        raise ValueError(f"{gpkg} has no segments layer: run the pipeline again to score the border.")
    summary = _read_summary(os.path.join(folder, SUMMARY_NAME))
    parameters = summary.get("parameters") if isinstance(summary.get("parameters"), dict) else {}
    after_path = _file_parameter(parameters, "AFTER")
    facts = RunFacts(
        folder=folder, gpkg=gpkg, layers=tuple(n for n in RUN_LAYERS if n in present), summary=summary,
        parameters=parameters, after_path=after_path,
        before_date=image_date(_file_parameter(parameters, "BEFORE")), after_date=image_date(after_path),
        run_date=_run_date(folder, summary),
        missing_inputs=tuple(n for n in OPTIONAL_INPUTS if not parameters.get(n)),
        missing_layers=tuple(n for n in RUN_LAYERS if n not in present))
    facts.top_segments = top_segments(gpkg, top_n)
    if "patrol_posts" in present:
        facts.posts = post_rows(gpkg)
    mask = _file_parameter(parameters, "MASK")
    facts.masked_share = _nonzero_share(mask) if mask else None
    score = os.path.join(folder, "change_score.tif")
    facts.no_score_share = _nodata_share(score) if os.path.isfile(score) else None
    return facts


def top_segments(gpkg, top_n):
    """The ``top_n`` highest-ranked segments as dicts of SEGMENT_COLUMNS (missing columns are None)."""
    segments = gpd.read_file(gpkg, layer="segments")
    if "rank" in segments:
        segments = segments.sort_values("rank")
    rows = []
    for record in segments.head(int(top_n)).to_dict("records"):
        rows.append({c: _plain(record.get(c)) for c in SEGMENT_COLUMNS})
    return rows


def post_rows(gpkg):
    """Patrol posts with WGS 84 latitude and longitude in degrees, by post_id."""
    posts = gpd.read_file(gpkg, layer="patrol_posts")
    if posts.empty:
        return []
    if "post_id" in posts:
        posts = posts.sort_values("post_id")
    lonlat = posts.to_crs(4326) if posts.crs is not None else None
    rows = []
    for index, (record, point) in enumerate(zip(posts.to_dict("records"), posts.geometry)):
        geographic = lonlat.geometry.iloc[index] if lonlat is not None else None
        rows.append({"post_id": _plain(record.get("post_id")), "segment_id": _plain(record.get("segment_id")),
                     "covered_priority": _plain(record.get("covered_priority")), "risk": _plain(record.get("risk")),
                     "x": float(point.x), "y": float(point.y),
                     "lat": float(geographic.y) if geographic is not None else None,
                     "lon": float(geographic.x) if geographic is not None else None})
    return rows


def image_date(path):
    """Acquisition date of an image (ISO string) from its metadata or its file name; None when unknown."""
    if not path or not os.path.isfile(path):
        return None
    try:
        with rasterio.open(path) as dataset:
            tags = dataset.tags()
    except rasterio.errors.RasterioIOError:
        tags = {}
    for text in [tags.get(tag) for tag in DATE_TAGS] + [os.path.basename(path)]:
        found = DATE_IN_TEXT.search(text or "")
        if found:
            try:
                return datetime.date(*(int(g) for g in found.groups())).isoformat()
            except ValueError:  # eight digits that are not a date
                continue
    return None


def _read_summary(path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _file_parameter(parameters, name):
    value = parameters.get(name)
    if not isinstance(value, str):
        return None
    path = value.split("|")[0]
    return path if os.path.isfile(path) else None


def _run_date(folder, summary):
    for key in ("finished", "created", "time", "timestamp"):
        if isinstance(summary.get(key), str) and DATE_IN_TEXT.match(summary[key]):
            return summary[key][:10]
    gpkg = os.path.join(folder, GPKG_NAME)
    return datetime.date.fromtimestamp(os.path.getmtime(gpkg)).isoformat()


def _nonzero_share(path):
    """Share (0–1) of the pixels of a mask raster that are non-zero (read on a decimated grid)."""
    with rasterio.open(path) as dataset:
        data = _decimated(dataset)
    return float(np.count_nonzero(data)) / data.size if data.size else None


def _nodata_share(path):
    """Share (0–1) of the pixels of a raster that are nodata or NaN (read on a decimated grid)."""
    with rasterio.open(path) as dataset:
        data = _decimated(dataset, masked=True)
    if not data.size:
        return None
    missing = np.ma.getmaskarray(data) | ~np.isfinite(np.ma.getdata(data))
    return float(missing.sum()) / data.size


def _decimated(dataset, masked=False, largest=1024):
    """Band 1 read at most ``largest`` pixels a side (a share needs no full-resolution read)."""
    step = max(1, int(np.ceil(max(dataset.width, dataset.height) / largest)))
    shape = (max(1, dataset.height // step), max(1, dataset.width // step))
    return dataset.read(1, out_shape=shape, masked=masked)


def _plain(value):
    """A numpy / pandas scalar as a plain Python value; NaN and missing values as None."""
    if value is None:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not np.isfinite(value) else float(value)
    return value
