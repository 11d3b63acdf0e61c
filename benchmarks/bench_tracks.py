"""Benchmark of track extraction (``fragileborders:extracttracks`` core).

Usage::

    .venv/bin/python benchmarks/bench_tracks.py            # full: 5 seeds x 2048 px, speed 4096/8192 px
    .venv/bin/python benchmarks/bench_tracks.py --quick    # 2 seeds x 1024 px, speed 2048 px
    .venv/bin/python benchmarks/bench_tracks.py --seeds 5,6,7,8,9 --skip real,speed   # held-out seeds

Every part runs for each detector of ``--detectors`` (default: learned and filters, in the same run).
The learned detector was trained on scenes of seeds 1000-1024 (``scripts/train_track_model.py``),
never on the benchmark's seeds 0-9. Prints markdown tables (the speed table, 3, first):

1. Accuracy on generated training scenes: buffer metrics after Wiedemann et al. (1998) with a
   2-pixel buffer against ``truth_tracks`` present in AFTER (``in_after = 1``), completeness on the
   faintest third of those tracks, and is_new precision/recall (length-weighted).
2. Accuracy on real road images (``../shared/realdata/roads``, when present: DeepGlobe, CIL and
   Dubai masks skeletonised, SpaceNet Vegas/Shanghai panchromatic tiles with their centrelines,
   unpaved ones scored apart), beside a Sato ridge filter + hysteresis + skeleton baseline
   (:func:`ridge_baseline`) in the same run, on the images held out of training (the split of
   :mod:`real_roads`; ``--real-part train`` scores those trained on instead).
3. Speed on one 4096 x 4096 band of a generated scene (dunes, rock, wadis, tracks) against
   ``otbcli_LineSegmentDetection`` on the same band in the same run, single date and with BEFORE,
   and peak RSS at 4096 and 8192 px, each measured in a child process.
"""
import argparse
import glob
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from real_roads import HELD_OUT, REAL_SETS, REALDATA, TRAIN, real_items  # noqa: E402

REAL_MIN_LENGTH_M = 20.0
OTB_LSD = "/usr/bin/otbcli_LineSegmentDetection"


def buffer_metrics(reference, extracted, buffer_m):
    """Wiedemann et al. (1998) completeness, correctness and quality.

    Parameters
    ----------
    reference, extracted : list of shapely lines (same metric CRS)
    buffer_m : float
        Buffer width (metres) on each side.
    """
    from shapely.ops import unary_union

    ref = unary_union(reference) if reference else None
    ext = unary_union(extracted) if extracted else None
    ref_len = ref.length if ref is not None else 0.0
    ext_len = ext.length if ext is not None else 0.0
    matched_ref = ref.intersection(ext.buffer(buffer_m)).length if ref is not None and ext is not None else 0.0
    matched_ext = ext.intersection(ref.buffer(buffer_m)).length if ref is not None and ext is not None else 0.0
    completeness = matched_ref / ref_len if ref_len else float("nan")
    correctness = matched_ext / ext_len if ext_len else float("nan")
    quality = matched_ext / (ext_len + ref_len - matched_ref) if (ext_len + ref_len) else float("nan")
    return {"completeness": completeness, "correctness": correctness, "quality": quality,
            "ref_km": ref_len / 1000.0, "ext_km": ext_len / 1000.0}


def scene_metrics(scene_folder, output_gpkg, pixel_size_m=3.0):
    """Metrics of one extraction against the scene's truth_tracks."""
    import geopandas as gpd
    from shapely.ops import unary_union

    truth = gpd.read_file(os.path.join(scene_folder, "scene.gpkg"), layer="truth_tracks")
    lines = gpd.read_file(output_gpkg)
    buffer_m = 2.0 * pixel_size_m
    present = truth[truth["in_after"] == 1]
    out = buffer_metrics(list(present.geometry), list(lines.geometry), buffer_m)
    others = present.sort_values("contrast")
    faint = others.iloc[: max(1, len(others) // 3)]
    ext = unary_union(list(lines.geometry)) if len(lines) else None
    faint_ref = unary_union(list(faint.geometry))
    out["faint_completeness"] = (faint_ref.intersection(ext.buffer(buffer_m)).length / faint_ref.length
                                 if ext is not None else 0.0)
    # is_new: each extracted line takes the label of the truth track it runs along most
    new_truth = present[present["in_before"] == 0]
    tp = fp = fn = 0.0
    buffers = [(g.buffer(buffer_m), int(row_new)) for g, row_new in
               zip(present.geometry, (present["in_before"] == 0).astype(int))]
    for geom, flag in zip(lines.geometry, lines["is_new"]):
        best, label = 0.0, None
        for buf, is_new_truth in buffers:
            share = geom.intersection(buf).length
            if share > best:
                best, label = share, is_new_truth
        if label is None or best < 0.5 * geom.length:
            label = 0  # a line on no truth track is not a new track
        if flag and label:
            tp += geom.length
        elif flag and not label:
            fp += geom.length
        elif label and not flag:
            fn += geom.length
    out["new_precision"] = tp / (tp + fp) if tp + fp else float("nan")
    out["new_recall"] = tp / (tp + fn) if tp + fn else float("nan")
    out["n_lines"] = len(lines)
    out["n_new_truth"] = len(new_truth)
    return out


def terrain_breakdown(scene_folder, output_gpkg, pixel_size_m=3.0, counts=None):
    """Add, per (terrain, contrast class), the truth length sampled every 2 px and how much of it
    lies within the 2-px buffer of the extracted lines, to ``counts`` (returned).

    Terrain from the AFTER image: "dune field" where :func:`ridges.dune_filter` finds coherent
    parallel crests (weight > 0.3 within 12 px), "dark ground" (rock, wadi bed, vegetation) where
    the local median brightness is below 0.7 x the scene median, else "plain". In dune fields the
    samples are split by the angle between the track and the local crest direction (below or above
    30 degrees). Contrast classes: faint < 5 %, mid 5-11 %, strong >= 11 % (the main road included).
    """
    import geopandas as gpd
    import numpy as np
    import rasterio
    from scipy import ndimage
    from shapely.ops import unary_union

    from fragile_borders_plugin.core import ridges

    counts = {} if counts is None else counts
    with rasterio.open(os.path.join(scene_folder, "after.tif")) as src:
        image = ridges.brightness(src.read().astype(np.float32))
        transform = src.transform
    _, weight, theta = ridges.dune_filter(ndimage.gaussian_filter(image, 1.0), 2.0)
    dune = np.zeros(image.shape, bool)
    crest = np.zeros(image.shape, np.float32)  # crest direction (radians from the row axis)
    if weight is not None:
        cells = np.repeat(np.repeat(weight, 4, axis=0), 4, axis=1)[:image.shape[0], :image.shape[1]]
        dune[:cells.shape[0], :cells.shape[1]] = ndimage.maximum_filter(cells, 25) > 0.3
        normal = np.repeat(np.repeat(theta, 4, axis=0), 4, axis=1)[:image.shape[0], :image.shape[1]]
        crest[:normal.shape[0], :normal.shape[1]] = normal + np.pi / 2
    level = ndimage.median_filter(image[::4, ::4], 9)
    dark = np.repeat(np.repeat(level < 0.7 * np.median(level), 4, axis=0), 4, axis=1)[:image.shape[0], :image.shape[1]]
    lines = gpd.read_file(output_gpkg)
    near = unary_union(list(lines.geometry)).buffer(2.0 * pixel_size_m) if len(lines) else None
    truth = gpd.read_file(os.path.join(scene_folder, "scene.gpkg"), layer="truth_tracks")
    for geometry, contrast in zip(truth[truth["in_after"] == 1].geometry, truth[truth["in_after"] == 1]["contrast"]):
        kind = "faint < 5 %" if contrast < 0.05 else ("mid 5-11 %" if contrast < 0.11 else "strong ≥ 11 %")
        for distance in np.arange(0.0, geometry.length, 2.0 * pixel_size_m):
            point = geometry.interpolate(distance)
            col, row = ~transform * (point.x, point.y)
            row = min(max(int(row), 0), image.shape[0] - 1)
            col = min(max(int(col), 0), image.shape[1] - 1)
            terrain = "dark ground" if dark[row, col] else "plain"
            if dune[row, col]:
                ahead, behind = geometry.interpolate(distance + 3.0), geometry.interpolate(distance - 3.0)
                along = np.array([behind.y - ahead.y, ahead.x - behind.x])  # (row, col) direction
                across = abs(along @ (np.cos(crest[row, col]), np.sin(crest[row, col])))
                angle = math.degrees(math.acos(min(1.0, across / max(float(np.hypot(*along)), 1e-9))))
                terrain = "dune field, < 30° to crests" if angle < 30 else "dune field, ≥ 30° to crests"
            hit, total = counts.get((terrain, kind), (0, 0))
            counts[terrain, kind] = (hit + int(near is not None and near.contains(point)), total + 1)
    return counts


def _print_terrain_table(counts):
    total = sum(n for _, n in counts.values())
    print("\n### Completeness by terrain and track contrast (same runs)\n")
    print("| terrain | contrast | share of truth length | completeness |")
    print("|---|---|---|---|")
    for terrain in ("plain", "dune field, ≥ 30° to crests", "dune field, < 30° to crests", "dark ground"):
        for kind in ("faint < 5 %", "mid 5-11 %", "strong ≥ 11 %"):
            hit, n = counts.get((terrain, kind), (0, 0))
            if n:
                print(f"| {terrain} | {kind} | {n / total:.3f} | {hit / n:.3f} |")
        hit = sum(h for (t, _), (h, _) in counts.items() if t == terrain)
        n = sum(m for (t, _), (_, m) in counts.items() if t == terrain)
        if n:
            print(f"| **{terrain}** | all | **{n / total:.3f}** | **{hit / n:.3f}** |")


def _fmt(value, digits=3):
    if isinstance(value, float):
        return "n/a" if value != value else f"{value:.{digits}f}"
    return str(value)


def accuracy_generated(seeds, size_px, workdir, sensitivity=0.5, detector="learned"):
    from fragile_borders_plugin.core.training_scene import generate_training_scene
    from fragile_borders_plugin.core.tracks import extract_tracks

    rows, terrain = [], {}
    for seed in seeds:
        folder = os.path.join(workdir, f"scene_{seed}_{size_px}")
        if not os.path.exists(os.path.join(folder, "scene.gpkg")):
            generate_training_scene(folder, seed=seed, size_px=size_px)
        out = os.path.join(workdir, f"tracks_{detector}_{seed}_{size_px}.gpkg")
        if os.path.exists(out):
            os.remove(out)
        start = time.perf_counter()
        extract_tracks(os.path.join(folder, "after.tif"), out, before_path=os.path.join(folder, "before.tif"),
                       sensitivity=sensitivity, detector=detector)
        elapsed = time.perf_counter() - start
        m = scene_metrics(folder, out)
        m.update(seed=seed, seconds=elapsed)
        rows.append(m)
        terrain_breakdown(folder, out, counts=terrain)
    keys = ["completeness", "correctness", "quality", "faint_completeness", "new_precision", "new_recall"]
    print(f"\n### Generated training scenes, {detector} detector ({size_px} px, 3 m, buffer 2 px = 6 m, "
          f"SENSITIVITY {sensitivity}, seeds {', '.join(map(str, seeds))})\n")
    print("| seed | completeness | correctness | quality | faint completeness | is_new precision | "
          "is_new recall | lines | truth km | extracted km | s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for m in rows:
        print(f"| {m['seed']} | " + " | ".join(_fmt(m[k]) for k in keys)
              + f" | {m['n_lines']} | {m['ref_km']:.1f} | {m['ext_km']:.1f} | {m['seconds']:.1f} |")
    import numpy as np
    mean = {k: float(np.nanmean([m[k] for m in rows])) for k in keys}
    print("| **mean** | " + " | ".join(f"**{_fmt(mean[k])}**" for k in keys) + " | | | | |")
    print("| target | ≥ 0.80 | ≥ 0.80 | ≥ 0.70 | ≥ 0.50 | ≥ 0.80 | ≥ 0.80 | | | | |")
    _print_terrain_table(terrain)
    return rows, mean


def ridge_baseline(tif, out, width_m, min_length_m):
    """The simple baseline: Sato's ridge filter (both polarities, scales 1 and 2 track half-widths)
    on the same analysis grid as ``extract_tracks``, hysteresis at its 90th / 97th percentiles,
    skeleton, spur pruning, lines at least ``min_length_m`` long."""
    import geopandas as gpd
    import numpy as np
    import rasterio
    from rasterio.enums import Resampling
    from skimage.filters import apply_hysteresis_threshold, sato
    from skimage.morphology import skeletonize

    from fragile_borders_plugin.core.ridges import brightness, used_bands
    from fragile_borders_plugin.core.skeleton_graph import TrackGraph, polyline_length, skeleton_edges
    from fragile_borders_plugin.core.tracks import analysis_factor, mean_pixel_metres

    with rasterio.open(tif) as src:
        pixel_m = mean_pixel_metres(src)
        factor = analysis_factor(width_m / pixel_m)
        shape = (math.ceil(src.height / factor), math.ceil(src.width / factor))
        data = src.read(used_bands(src.count), out_shape=(len(used_bands(src.count)),) + shape,
                        resampling=Resampling.average).astype(np.float32)
        valid = (data > 0).all(axis=0)
        transform = src.transform * src.transform.scale(src.width / shape[1], src.height / shape[0])
        crs = src.crs
    image = brightness(data)
    image[~valid] = float(np.median(image[valid]))
    half = max(0.5 * width_m / (pixel_m * factor), 0.8)
    response = np.maximum(sato(image, sigmas=[half, 2 * half], black_ridges=True),
                          sato(image, sigmas=[half, 2 * half], black_ridges=False))
    response[~valid] = 0.0
    low, high = np.quantile(response[valid], [0.90, 0.97])
    rows, cols = np.nonzero(skeletonize(apply_hysteresis_threshold(response, low, high)))
    graph = TrackGraph(*skeleton_edges(rows, cols, shape))
    graph.prune_spurs(5)
    lines = []
    from shapely.geometry import LineString

    for coords, _ in graph.chains(4):
        if len(coords) > 1 and polyline_length(coords) * pixel_m * factor >= min_length_m:
            xs, ys = transform * (coords[:, 1] + 0.5, coords[:, 0] + 0.5)
            lines.append(LineString(np.column_stack([xs, ys])))
    from fragile_borders_plugin.core.io import write_vector_atomic

    write_vector_atomic(gpd.GeoDataFrame(geometry=lines, crs=crs), out, geometry_type="LineString", field_types={})


def accuracy_real(workdir, detectors, part=HELD_OUT):
    """Buffer metrics on the real road images of ``part`` (:mod:`real_roads`: held out of the
    detector's training, or trained on), each detector and the ridge baseline in the same run."""
    import geopandas as gpd
    import numpy as np

    from fragile_borders_plugin.core.tracks import extract_tracks

    if not os.path.isdir(REALDATA):
        print("\n(real road data not found at ../shared/realdata/roads: skipped)")
        return []
    methods = list(detectors) + ["ridge baseline"]
    rows = []
    for set_name, name, tif, reference, unpaved, metric in real_items(workdir, part):
        width_m = REAL_SETS[set_name][1]
        for method in methods:
            out = os.path.join(workdir, "real_lines.gpkg")
            if os.path.exists(out):
                os.remove(out)
            start = time.perf_counter()
            ran = ""
            if method == "ridge baseline":
                ridge_baseline(tif, out, width_m, REAL_MIN_LENGTH_M)
            else:
                result = extract_tracks(tif, out, track_width_m=width_m, min_length_m=REAL_MIN_LENGTH_M,
                                        detector=method)
                ran = result["domain"]
            elapsed = time.perf_counter() - start
            lines = list(gpd.read_file(out).to_crs(metric).geometry)
            m = buffer_metrics(reference, lines, 0.5 * width_m)
            m["unpaved_completeness"] = (buffer_metrics(unpaved, lines, 0.5 * width_m)["completeness"]
                                         if unpaved else float("nan"))
            m.update(set=set_name, name=name, method=method, n=len(lines), seconds=elapsed, ran=ran)
            rows.append(m)
    seen = "held out of training" if part == HELD_OUT else "TRAINED ON (not a measure of generalisation)"
    print(f"\n### Real road images, {part} (buffer half the road width; MIN_LENGTH_M {REAL_MIN_LENGTH_M:g}; "
          f"images {seen}, split of benchmarks/real_roads.py)\n")
    print("| set | images | method | completeness | correctness | quality | unpaved completeness | lines | "
          "INPUT's domain (per image) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for set_name in REAL_SETS:
        for method in methods:
            sel = [m for m in rows if m["set"] == set_name and m["method"] == method]
            if not sel:
                continue
            mean = {k: float(np.nanmean([m[k] for m in sel])) if any(m[k] == m[k] for m in sel) else float("nan")
                    for k in ("completeness", "correctness", "quality", "unpaved_completeness")}
            ran = ", ".join(f"{k} {sum(m['ran'] == k for m in sel)}" for k in ("trained", "coarser", "finer")
                            if any(m["ran"] == k for m in sel))
            print(f"| {set_name} | {len(sel)} | {method} | {_fmt(mean['completeness'])} | {_fmt(mean['correctness'])} | "
                  f"{_fmt(mean['quality'])} | {_fmt(mean['unpaved_completeness'])} | "
                  f"{sum(m['n'] for m in sel)} | {ran} |")
    return rows


_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from fragile_borders_plugin.core.tracks import extract_tracks
start = time.perf_counter()
result = extract_tracks({src!r}, {out!r}, before_path={before!r}, detector={detector!r})
elapsed = time.perf_counter() - start
# VmHWM: this process's own peak (ru_maxrss can carry a larger peak over from before the exec)
try:
    with open("/proc/self/status") as status:
        rss_mb = [int(l.split()[1]) for l in status if l.startswith("VmHWM:")][0] / 1024.0
except (OSError, IndexError):
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
print(json.dumps({{"seconds": elapsed, "rss_mb": rss_mb, "count": result["count"]}}))
"""
#: the speed scene: a generated borderland (dunes, rock outcrops, wadis, tracks, compounds, clouds)
SPEED_SEED, SPEED_SCENE_PX = 11, 4096


def _speed_bands(size, workdir):
    """Paths of one uint16 band (red) of the AFTER and BEFORE images of a generated scene,
    ``size`` px: the scene itself at 4096 px; at larger sizes its bands mirror-tiled (generating
    an 8192-px scene takes long and more memory than the extraction)."""
    import numpy as np
    import rasterio
    from fragile_borders_plugin.core.training_scene import generate_training_scene

    folder = os.path.join(workdir, f"speed_scene_{SPEED_SEED}_{SPEED_SCENE_PX}")
    if not os.path.exists(os.path.join(folder, "after.tif")):
        generate_training_scene(folder, seed=SPEED_SEED, size_px=SPEED_SCENE_PX)
    paths = []
    for date in ("after", "before"):
        path = os.path.join(workdir, f"band_{date}_{size}.tif")
        paths.append(path)
        if os.path.exists(path):
            continue
        with rasterio.open(os.path.join(folder, f"{date}.tif")) as src:
            band = src.read(3)
            profile = src.profile
        reps = int(np.ceil(size / band.shape[0]))
        # mirror-tile so the texture stays continuous
        row = np.concatenate([band if i % 2 == 0 else band[:, ::-1] for i in range(reps)], axis=1)
        full = np.concatenate([row if i % 2 == 0 else row[::-1] for i in range(reps)], axis=0)[:size, :size]
        profile.update(count=1, width=size, height=size, tiled=True, blockxsize=512, blockysize=512,
                       compress="lzw")
        with rasterio.open(path, "w", **profile) as dst:
            dst.write(full, 1)
    return paths


def _child_run(src, out, detector, before=None):
    code = _CHILD.format(root=ROOT, src=src, out=out, detector=detector, before=before)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _timed_rss(cmd):
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, capture_output=True, check=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, (after if after > before else float("nan")) / 1024.0


def speed(sizes, workdir, otb=True, detectors=("learned",), with_before=True):
    """Wall time and peak RSS of extract_tracks on one band of a generated scene, single date and
    with BEFORE, against otbcli_LineSegmentDetection on the same band, each in a child process."""
    rows = []
    for size in sizes:
        after, before = _speed_bands(size, workdir)
        row = {"size": size}
        # OTB first: the children's peak RSS only grows, and OTB needs less memory than we do
        if otb and size == sizes[0] and os.path.exists(OTB_LSD):
            shp = os.path.join(workdir, "lsd.shp")
            for ext in (".shp", ".shx", ".dbf", ".prj"):
                if os.path.exists(shp[:-4] + ext):
                    os.remove(shp[:-4] + ext)
            row["otb_s"], row["otb_rss"] = _timed_rss([OTB_LSD, "-in", after, "-out", shp])
        for detector in detectors:
            for dates in (("single date", None), ("with BEFORE", before))[:2 if with_before else 1]:
                out = os.path.join(workdir, f"speed_{detector}_{size}.gpkg")
                if os.path.exists(out):
                    os.remove(out)
                ours = _child_run(after, out, detector, dates[1])
                rows.append(dict(row, detector=detector, dates=dates[0], ours_s=ours["seconds"],
                                 ours_rss=ours["rss_mb"], count=ours["count"]))
    print(f"\n### Speed and memory (one uint16 band of a generated scene, seed {SPEED_SEED}, "
          f"{SPEED_SCENE_PX} px; larger sizes mirror-tiled; child processes, same run)\n")
    print("| size | detector | dates | extracttracks wall s | peak RSS MB | lines | otbcli_LineSegmentDetection "
          "wall s | OTB peak RSS MB | ratio to OTB (target ≤ 0.5 single date) | ratio to single date "
          "(target ≤ 1.5) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        otb_s = r.get("otb_s")
        ratio = f"{r['ours_s'] / otb_s:.2f}" if otb_s else ("n/a (OTB absent)" if not os.path.exists(OTB_LSD) else "–")
        single = [q for q in rows if q["size"] == r["size"] and q["detector"] == r["detector"]
                  and q["dates"] == "single date"]
        to_single = f"{r['ours_s'] / single[0]['ours_s']:.2f}" if single and r["dates"] != "single date" else "–"
        print(f"| {r['size']}×{r['size']} | {r['detector']} | {r['dates']} | {r['ours_s']:.1f} | {r['ours_rss']:.0f} | "
              f"{r['count']} | {_fmt(otb_s, 1) if otb_s else '–'} | {_fmt(r.get('otb_rss'), 0) if otb_s else '–'} | "
              f"{ratio} | {to_single} |")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small version (2 seeds, 1024 px, 2000 px speed)")
    parser.add_argument("--workdir", default=None, help="keep generated files here (default: temporary)")
    parser.add_argument("--skip", default="", help="comma list of parts to skip: generated,real,speed,otb,before")
    parser.add_argument("--detectors", default="learned,filters", help="comma list: learned,filters")
    parser.add_argument("--real-part", default=HELD_OUT, choices=(HELD_OUT, TRAIN),
                        help="real images scored: held out of training (default) or those trained on")
    parser.add_argument("--seeds", default=None, help="comma list of scene seeds (default 0-4; quick: 0,1)")
    args = parser.parse_args()
    detectors = args.detectors.split(",")
    workdir = args.workdir or tempfile.mkdtemp(prefix="bench_tracks_")
    os.makedirs(workdir, exist_ok=True)
    skip = set(filter(None, args.skip.split(",")))
    try:
        seeds = [int(v) for v in args.seeds.split(",")] if args.seeds else ([0, 1] if args.quick else [0, 1, 2, 3, 4])
        # speed first: Linux keeps a parent's peak RSS in the ru_maxrss of the children it forks
        # (across exec), so the children must be forked before this process has grown
        if "speed" not in skip:
            speed([2048] if args.quick else [4096, 8192], workdir, otb="otb" not in skip, detectors=detectors,
                  with_before="before" not in skip)
        if "real" not in skip:
            accuracy_real(workdir, detectors, args.real_part)
        for detector in detectors:
            if "generated" not in skip:
                accuracy_generated(seeds, 1024 if args.quick else 2048, workdir, detector=detector)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
