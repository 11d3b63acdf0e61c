"""Benchmark of fragileborders:detectchanges (core.change): accuracy, speed, memory.

Run: ``.venv/bin/python benchmarks/bench_change.py [--quick] [--workdir DIR] [--skip-speed]
[--skip-real]``. Prints markdown tables (paste them into benchmarks/results_change.md).

Accuracy
    Generated training scenes (core.training_scene, 2048 px, 3 m) on dev seeds 1-5 and held-out
    seeds 6-10 (--quick: seeds 1-2 at 1024 px), with their cloud mask as MASK, in several runs
    (defaults, no MASK, window tests, no tolerance, without the line test, settings close to the
    earlier defaults).
    Changed pixels are scored against truth_changes rasterised on the grid; the evaluation leaves
    out a 2-pixel buffer (plus half the track width) around tracks that appeared or vanished.
    False-alarm rate = detected pixels / evaluated pixels outside truth_changes (only
    illumination, blur, noise and misregistration differ there). Object recall per kind
    (truth_changes kinds plus the appeared tracks): found when >= 50 % of its area is covered
    by the change polygons (for the defaults and without the line test).
Real data
    Every pair in ../shared/realdata/change (OSCD, Taizhou, LEVIR, DSIFN, EGY-BCD) with the
    defaults and, in the same run, the z-score + Otsu baseline; F1, kappa, false-alarm rate.
Speed
    A generated 4096 x 4096 4-band uint16 pair (seed 11: dunes, rock, wadis, tracks, changes):
    reading both rasters fully with rasterio vs the end-to-end detection (all outputs written)
    vs OTB's MultivariateAlterationDetector, each in a child process (wall time of the work,
    peak RSS of the child), interleaved, best of N runs. Peak RSS also at 8192 x 8192 (the
    pair mirror-tiled).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
REALDATA = os.path.join(os.path.dirname(ROOT), "shared", "realdata", "change")
METHODS = ["imad", "cva", "ndvi", "brightness"]
OTB = "/usr/bin/otbcli_MultivariateAlterationDetector"
REAL_SETS = {"levir": "LEVIR", "dsifn": "DSIFN", "egy_bcd": "EGY-BCD"}


# ---------------------------------------------------------------------------------- metrics
def metrics(detected, truth, domain):
    """Precision, recall, F1, Cohen's kappa and false-alarm rate over ``domain`` pixels."""
    d, t = detected[domain], truth[domain]
    tp = float((d & t).sum())
    fp = float((d & ~t).sum())
    fn = float((~d & t).sum())
    tn = float((~d & ~t).sum())
    n = tp + fp + fn + tn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    po = (tp + tn) / n
    pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "kappa": kappa,
            "false_alarm": fp / (fp + tn) if fp + tn else 0.0}


def read_mask(path):
    import rasterio

    with rasterio.open(path) as src:
        return src.read(1), src.transform


# ------------------------------------------------------------------------- generated scenes
#: seeds tuned on / held out (never used while choosing constants)
DEV_SEEDS, HELD_OUT_SEEDS = [1, 2, 3, 4, 5], [6, 7, 8, 9, 10]
DEFAULTS_RUN = "defaults (auto, line test at 30 m)"
NO_LINE_TEST_RUN = "without the line test (LINE_LENGTH_M = 0)"
#: configurations of the generated-scene runs: label -> (use MASK, detect_changes options)
RUNS = {
    DEFAULTS_RUN: (True, {}),
    "defaults, no MASK": (False, {}),
    "with window tests at 5 and 15 px": (True, {"scales_px": (5, 15)}),
    "no misregistration tolerance": (True, {"tolerance_px": 0}),
    NO_LINE_TEST_RUN: (True, {"line_length_m": 0.0}),
    "iMAD, no-change quantile, 200 m², no line test (close to the earlier defaults)": (
        True, {"method": "imad", "threshold_mode": "noise", "scales_px": (), "min_area_m2": 200.0,
               "line_length_m": 0.0}),
}
OBJECT_FOUND_SHARE = 0.5
#: runs whose object recall is reported (the defaults first)
OBJECT_RUNS = (DEFAULTS_RUN, NO_LINE_TEST_RUN)


def scene(workdir, seed, size):
    from fragile_borders_plugin.core.training_scene import generate_training_scene

    folder = os.path.join(workdir, f"scene_{seed}_{size}")
    if not os.path.exists(os.path.join(folder, "scene.json")):
        generate_training_scene(folder, seed=seed, size_px=size)
    return folder


def scene_truth(folder, shape, transform, pixel_m):
    """Truth mask, the excluded buffer of appeared/vanished tracks, truth objects (class per kind)."""
    import geopandas as gpd
    from rasterio import features

    gpkg = os.path.join(folder, "scene.gpkg")
    changes = gpd.read_file(gpkg, layer="truth_changes")
    tracks = gpd.read_file(gpkg, layer="truth_tracks")
    truth = features.rasterize([(g, 1) for g in changes.geometry], out_shape=shape, transform=transform,
                               dtype="uint8").astype(bool)
    moved = tracks[tracks.in_before != tracks.in_after]
    buffers = [g.buffer(w / 2.0 + 2 * pixel_m) for g, w in zip(moved.geometry, moved.width_m)]
    excluded = (features.rasterize([(g, 1) for g in buffers], out_shape=shape, transform=transform,
                                   dtype="uint8").astype(bool) if buffers else np.zeros(shape, bool))
    appeared = tracks[(tracks.in_before == 0) & (tracks.in_after == 1)]
    objects = [(kind, geom) for kind, geom in zip(changes["kind"], changes.geometry)]
    objects += [("new_track", g.buffer(w / 2.0)) for g, w in zip(appeared.geometry, appeared.width_m)]
    return truth, excluded, changes, objects


def object_recall(changes_path, objects):
    """Per kind: (found, total); an object is found when >= 50 % of its area is detected."""
    import geopandas as gpd
    from shapely.ops import unary_union

    detected = gpd.read_file(changes_path)
    union = unary_union(list(detected.geometry)) if len(detected) else None
    counts = {}
    for kind, geom in objects:
        share = union.intersection(geom).area / geom.area if union is not None and geom.area > 0 else 0.0
        found, total = counts.get(kind, (0, 0))
        counts[kind] = (found + (share >= OBJECT_FOUND_SHARE), total + 1)
    return counts


def class_accuracy(changes_path, truth_changes):
    """Share of truth changes whose most-overlapping detected polygon has the right class."""
    import geopandas as gpd

    detected = gpd.read_file(changes_path)
    right = total = 0
    for geom, cls in zip(truth_changes.geometry, truth_changes["class"]):
        total += 1
        overlap = detected.intersection(geom).area if len(detected) else []
        if len(detected) and overlap.max() > 0:
            right += detected.change_class.iloc[int(np.argmax(overlap.to_numpy()))] == cls
    return right, total


def accuracy(workdir, seeds, size):
    """Pixel metrics per run and seed, object recall per kind and class accuracy of the defaults."""
    from fragile_borders_plugin.core.change import detect_changes

    rows, objects, classes = {}, {}, [0, 0]
    for seed in seeds:
        folder = scene(workdir, seed, size)
        with open(os.path.join(folder, "scene.json")) as handle:
            info = json.load(handle)
        for label, (use_mask, options) in RUNS.items():
            out = os.path.join(workdir, "out")
            os.makedirs(out, exist_ok=True)
            mask_path, changes_path = os.path.join(out, "mask.tif"), os.path.join(out, "changes.gpkg")
            start = time.perf_counter()
            summary = detect_changes(os.path.join(folder, "before.tif"), os.path.join(folder, "after.tif"), None,
                                     mask_path, changes_path,
                                     ignore_mask=os.path.join(folder, "cloud_mask.tif") if use_mask else None,
                                     **options)
            elapsed = time.perf_counter() - start
            mask, transform = read_mask(mask_path)
            truth, excluded, truth_changes, truth_objects = scene_truth(folder, mask.shape, transform,
                                                                        info["pixel_size_m"])
            result = metrics(mask == 1, truth, (mask != 255) & ~excluded)
            result["seconds"] = elapsed
            result["polygons"] = summary["n_changes"]
            rows.setdefault(label, []).append(result)
            if label in OBJECT_RUNS:
                for kind, (found, total) in object_recall(changes_path, truth_objects).items():
                    previous = objects.setdefault(label, {}).get(kind, (0, 0))
                    objects[label][kind] = (previous[0] + found, previous[1] + total)
            if label == DEFAULTS_RUN:
                right, total = class_accuracy(changes_path, truth_changes)
                classes[0] += right
                classes[1] += total
            print(f"  seed {seed} {label}: " + " ".join(f"{k}={v:.4f}" for k, v in result.items()),
                  file=sys.stderr, flush=True)
    return rows, objects, classes


def print_accuracy(rows, objects, classes, seeds, size, title):
    print(f"\n### Generated scenes, {title} ({len(seeds)} seeds: {', '.join(map(str, seeds))}; {size} x {size} px, 3 m)\n")
    print("Mean over seeds (worst seed in brackets). FA = false-alarm rate on pixels outside truth_changes "
          "(and outside MASK when given, and outside the 2-px buffer of appeared/vanished tracks).\n")
    print("| run | precision | recall | F1 | kappa | FA % | polygons | s / scene |")
    print("|---|---|---|---|---|---|---|---|")
    for label, results in rows.items():
        def cell(key, scale=1.0, worst=min, digits=3):
            values = [r[key] * scale for r in results]
            return f"{np.mean(values):.{digits}f} ({worst(values):.{digits}f})"
        print(f"| {label} | {cell('precision')} | {cell('recall')} | {cell('f1')} | {cell('kappa')} | "
              f"{cell('false_alarm', 100, max)} | {np.mean([r['polygons'] for r in results]):.1f} | "
              f"{np.mean([r['seconds'] for r in results]):.1f} |")
    print(f"\nObject recall (an object is found when >= {OBJECT_FOUND_SHARE:.0%} of its area is detected; "
          "new_track = tracks that appeared, buffered by half their width):\n")
    labels = [label for label in OBJECT_RUNS if label in objects]
    print("| kind | objects | " + " | ".join(f"found, recall: {label}" for label in labels) + " |")
    print("|---|---|" + "---|" * len(labels))
    for kind in sorted(objects[labels[0]]):
        total = objects[labels[0]][kind][1]
        cells = [f"{objects[label][kind][0]}, {objects[label][kind][0] / total:.2f}" for label in labels]
        print(f"| {kind} | {total} | " + " | ".join(cells) + " |")
    if classes[1]:
        print(f"\nchange_class of the most-overlapping polygon equals the truth class for "
              f"{classes[0]} of {classes[1]} truth changes ({100.0 * classes[0] / classes[1]:.0f} %).")


# ----------------------------------------------------------------------------------- speed
def tiled_pair(source_folder, folder, size):
    """Mirror-tile the scene's images to ``size`` x ``size`` (tiled 512, LZW)."""
    import rasterio
    from rasterio.windows import Window

    if os.path.exists(os.path.join(folder, "after.tif")):
        return folder
    os.makedirs(folder, exist_ok=True)
    for name in ("before", "after"):
        with rasterio.open(os.path.join(source_folder, f"{name}.tif")) as src:
            data, profile = src.read(), src.profile
        n = data.shape[1]
        mirror = np.arange(size)
        mirror = np.where((mirror // n) % 2 == 0, mirror % n, n - 1 - mirror % n)
        profile.update(width=size, height=size, tiled=True, blockxsize=512, blockysize=512, compress="lzw")
        with rasterio.open(os.path.join(folder, f"{name}.tif"), "w", **profile) as dst:
            for row in range(0, size, 512):
                rows = mirror[row:row + 512]
                dst.write(data[:, rows][:, :, mirror], window=Window(0, row, size, len(rows)))
    return folder


CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
import numpy, rasterio
kind, folder = {kind!r}, {folder!r}
if kind == "detect":
    # the libraries the algorithm uses, loaded once in QGIS: their import is timed apart
    import geopandas, pyproj, shapely.geometry, shapely.ops, scipy.linalg, scipy.ndimage, scipy.special, scipy.stats
    try:
        from osgeo import gdal
    except ImportError:
        pass
    from fragile_borders_plugin.core.change import detect_changes
imports = time.perf_counter() - t0
start = time.perf_counter()
if kind == "read":
    for name in ("before", "after"):
        with rasterio.open(folder + "/" + name + ".tif") as src:
            src.read()
    extra = {{}}
else:
    summary = detect_changes(folder + "/before.tif", folder + "/after.tif", folder + "/score.tif",
                             folder + "/mask.tif", folder + "/changes.gpkg")
    extra = {{"changes": summary["n_changes"], "iterations": summary["iterations"]}}
elapsed = time.perf_counter() - start
# VmHWM: peak RSS of this process image (ru_maxrss would include the parent's peak at fork)
with open("/proc/self/status") as status:
    hwm = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
print(json.dumps(dict(seconds=elapsed, rss_mb=hwm / 1024, imports_s=imports, **extra)))
"""


def child(kind, folder):
    code = CHILD.format(root=ROOT, kind=kind, folder=folder)
    cpu0 = os.times()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    cpu1 = os.times()
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["cpu_s"] = (cpu1.children_user - cpu0.children_user) + (cpu1.children_system - cpu0.children_system)
    return result


def otb(folder):
    """Wall time and peak RSS of OTB's MAD (RUSAGE_CHILDREN of a small wrapper process)."""
    if not os.path.exists(OTB):
        return None
    code = (
        "import resource, subprocess, sys, time, json\n"
        "start = time.perf_counter()\n"
        f"subprocess.run([{OTB!r}, '-in1', {folder!r} + '/before.tif', '-in2', {folder!r} + '/after.tif', "
        f"'-out', {folder!r} + '/mad.tif', 'float', '-ram', '512'], check=True, capture_output=True)\n"
        "print(json.dumps({'seconds': time.perf_counter() - start, "
        "'rss_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


#: seed of the speed scene (neither a dev nor a held-out seed)
SPEED_SEED = 11


def speed(workdir, sizes, repeats, with_otb=True):
    """Read / detect / OTB on a generated pair of ``sizes[0]`` (dunes, rock, wadis, tracks, changes);
    larger sizes mirror-tile it (memory only)."""
    source = scene(workdir, SPEED_SEED, sizes[0])
    results = {}
    for size in sizes:
        folder = source if size == sizes[0] else tiled_pair(source, os.path.join(workdir, f"tiled_{size}"), size)
        runs = {"read": [], "detect": [], "otb": []}
        for _ in range(repeats if size == sizes[0] else 1):
            runs["read"].append(child("read", folder))
            runs["detect"].append(child("detect", folder))
            if with_otb and size == sizes[0]:
                result = otb(folder)
                if result is not None:
                    runs["otb"].append(result)
            print(f"  {size}: " + json.dumps({k: v[-1] for k, v in runs.items() if v}), file=sys.stderr, flush=True)
        results[size] = runs
    return results


def print_speed(results):
    print("\n### Speed and memory (each measure in its own child process; best of the runs)\n")
    print("| scene | read both (rasterio) | detect end-to-end (iMAD) | ratio detect / read | OTB MAD | "
          "ratio detect / OTB | peak RSS detect | peak RSS OTB |")
    print("|---|---|---|---|---|---|---|---|")
    for size, runs in results.items():
        read = min(r["seconds"] for r in runs["read"])
        detect = min(r["seconds"] for r in runs["detect"])
        rss = max(r["rss_mb"] for r in runs["detect"])
        if runs["otb"]:
            otb_s = min(r["seconds"] for r in runs["otb"])
            otb_cells = f"{otb_s:.1f} s | {detect / otb_s:.2f} | {rss:.0f} MB | {max(r['rss_mb'] for r in runs['otb']):.0f} MB"
        else:
            otb_cells = f"– | – | {rss:.0f} MB | –"
        print(f"| {size} x {size} x 4 uint16 | {read:.1f} s | {detect:.1f} s | {detect / read:.2f} | {otb_cells} |")
    size = next(iter(results))
    runs = results[size]
    print("\nWall times exclude the Python imports (numpy/rasterio for the read; also scipy, geopandas, "
          "shapely, pyproj, GDAL bindings for the detection: "
          f"{np.median([r['imports_s'] for r in runs['detect']]):.1f} s here, paid once per QGIS session). "
          "CPU s = user + system time of the whole child process, imports included. Paired ratios "
          "detect / read of each run: "
          + ", ".join(f"{d['seconds'] / r['seconds']:.2f}" for d, r in zip(runs["detect"], runs["read"])) + ".")
    print(f"\nAll runs at {size} px (wall s / CPU s): read "
          + ", ".join(f"{r['seconds']:.1f}/{r['cpu_s']:.1f}" for r in runs["read"]) + "; detect "
          + ", ".join(f"{r['seconds']:.1f}/{r['cpu_s']:.1f}" for r in runs["detect"])
          + ("; OTB " + ", ".join(f"{r['seconds']:.1f}" for r in runs["otb"]) if runs["otb"] else ""))


# ------------------------------------------------------------------------------- real data
def _write_stack(path, arrays, crs, transform):
    import rasterio

    data = np.stack(arrays).astype(np.uint16)
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                       dtype="uint16", crs=crs, transform=transform) as dst:
        dst.write(data)
    return path


def real_pairs(workdir):
    """Yield (name, before, after, truth (bool), labelled (bool), kwargs) for each real pair."""
    import rasterio
    from rasterio.transform import from_origin
    from skimage import io

    folder = os.path.join(workdir, "real")
    os.makedirs(folder, exist_ok=True)
    oscd = os.path.join(REALDATA, "oscd")
    for city in sorted(os.listdir(oscd)) if os.path.isdir(oscd) else []:
        if not os.path.isdir(os.path.join(oscd, city, "imgs_1")):
            continue
        stacks = []
        for date in ("imgs_1", "imgs_2"):
            files = sorted(os.listdir(os.path.join(oscd, city, date)))
            bands, crs, transform = [], None, None
            for band in ("B02", "B03", "B04", "B08"):
                name = next(f for f in files if f.endswith(f"_{band}.tif"))
                with rasterio.open(os.path.join(oscd, city, date, name)) as src:
                    bands.append(src.read(1))
                    crs, transform = src.crs, src.transform
            stacks.append(_write_stack(os.path.join(folder, f"oscd_{city}_{date}.tif"), bands, crs, transform))
        with rasterio.open(os.path.join(oscd, city, "cm", f"{city}-cm.tif")) as src:
            cm = src.read(1)
        yield f"OSCD {city}", stacks[0], stacks[1], cm == 2, np.ones(cm.shape, bool), {}
    taizhou = os.path.join(REALDATA, "landsat_taizhou")
    if os.path.isdir(taizhou):
        change = io.imread(os.path.join(taizhou, "change.bmp"))
        unchanged = io.imread(os.path.join(taizhou, "unchanged.bmp"))
        change = change[..., 0] if change.ndim == 3 else change
        unchanged = unchanged[..., 0] if unchanged.ndim == 3 else unchanged
        yield ("Taizhou (Landsat, sparse labels)", os.path.join(taizhou, "2000TM"), os.path.join(taizhou, "2003TM"),
               change > 0, (change > 0) | (unchanged > 0), {})
    for dataset, pixel_m in (("levir", 0.5), ("dsifn", 0.5), ("egy_bcd", 0.25)):
        base = os.path.join(REALDATA, dataset)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(os.path.join(base, "A"))):
            stem = os.path.splitext(name)[0]
            paths = []
            for date in ("A", "B"):
                rgb = io.imread(os.path.join(base, date, name))[..., :3]
                paths.append(_write_stack(os.path.join(folder, f"{dataset}_{stem}_{date}.tif"),
                                          [rgb[..., i] for i in range(3)], "EPSG:32632",
                                          from_origin(500000.0, 1500000.0, pixel_m, pixel_m)))
            label = io.imread(os.path.join(base, "label", name))
            label = label[..., 0] if label.ndim == 3 else label
            yield (f"{REAL_SETS[dataset]} {stem}", paths[0], paths[1], label > 127, np.ones(label.shape, bool),
                   {"red_band": 1, "nir_band": 99})


def zscore_otsu_baseline(before, after):
    """The baseline: per-band z-score of the difference, magnitude over bands, Otsu threshold."""
    import rasterio

    from fragile_borders_plugin.core.change import otsu_threshold

    with rasterio.open(before) as src_b, rasterio.open(after) as src_a:
        x, y = src_b.read().astype(np.float64), src_a.read().astype(np.float64)
    n = min(len(x), len(y))
    d = y[:n] - x[:n]
    z = (d - d.mean(axis=(1, 2), keepdims=True)) / np.maximum(d.std(axis=(1, 2), keepdims=True), 1e-9)
    magnitude = np.sqrt((z * z).sum(axis=0))
    return magnitude > otsu_threshold(magnitude.ravel())


def real_data(workdir):
    """Defaults and the baseline on every real pair: (name, ours, baseline, info)."""
    import rasterio

    from fragile_borders_plugin.core.change import detect_changes

    rows = []
    for name, before, after, truth, labelled, kwargs in real_pairs(workdir):
        mask_path = os.path.join(workdir, "real", "mask.tif")
        summary = detect_changes(before, after, None, mask_path, None, **kwargs)
        with rasterio.open(mask_path) as src, rasterio.open(before) as ref:
            mask = src.read(1)
            row0 = int(round((src.transform.f - ref.transform.f) / ref.transform.e))
            col0 = int(round((src.transform.c - ref.transform.c) / ref.transform.a))
        full = np.full(truth.shape, 255, np.uint8)
        h, w = min(mask.shape[0], truth.shape[0] - row0), min(mask.shape[1], truth.shape[1] - col0)
        full[row0:row0 + h, col0:col0 + w] = mask[:h, :w]
        ours = metrics(full == 1, truth, labelled & (full != 255))
        base = metrics(zscore_otsu_baseline(before, after), truth, labelled)
        info = {"changed_share": float(truth[labelled].mean()), "method": summary["method"],
                "estimate": summary["changed_share_estimate"], "stable": summary["stable_background"]}
        rows.append((name, ours, base, info))
        print(f"  {name}: ours {ours} baseline {base} {info}", file=sys.stderr, flush=True)
    return rows


def print_real(rows):
    print("\n### Real labelled pairs: defaults against the z-score + Otsu baseline (same run)\n")
    print("OSCD: Sentinel-2 B02/B03/B04/B08 at 10 m; Taizhou: Landsat-7 6 bands, only labelled pixels scored; "
          "LEVIR / DSIFN: RGB PNGs wrapped at 0.5 m; EGY-BCD: RGB wrapped at 0.25 m; no NIR for these. "
          "Baseline: per-band z-score of the difference, magnitude over bands, Otsu threshold. FA = false-alarm "
          "rate on unchanged pixels.\n")
    print("| set | pairs | F1 ours | F1 baseline | kappa ours | kappa baseline | FA % ours | FA % baseline | "
          "pairs won |")
    print("|---|---|---|---|---|---|---|---|---|")
    sets = {}
    for name, ours, base, info in rows:
        sets.setdefault(name.split()[0], []).append((ours, base))
    for set_name, pairs in sets.items():
        def mean(which, key, scale=1.0):
            return np.mean([pair[which][key] * scale for pair in pairs])
        won = sum(o["f1"] > b["f1"] for o, b in pairs)
        print(f"| {set_name} | {len(pairs)} | {mean(0, 'f1'):.3f} | {mean(1, 'f1'):.3f} | {mean(0, 'kappa'):.3f} | "
              f"{mean(1, 'kappa'):.3f} | {mean(0, 'false_alarm', 100):.2f} | {mean(1, 'false_alarm', 100):.2f} | "
              f"{won} of {len(pairs)} |")
    print("\n| pair | method (auto) | estimated changed share | truth changed share | precision | recall | F1 | "
          "kappa | F1 baseline |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, ours, base, info in rows:
        method = info["method"] + ("" if info["stable"] else ", no stable background")
        print(f"| {name} | {method} | {info['estimate']:.2f} | {info['changed_share']:.2f} | {ours['precision']:.3f} | "
              f"{ours['recall']:.3f} | {ours['f1']:.3f} | {ours['kappa']:.3f} | {base['f1']:.3f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 seeds at 1024 px, 2048 px speed scene")
    parser.add_argument("--workdir", default=os.path.join(ROOT, "build", "bench_change"))
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    size = 1024 if args.quick else 2048
    seed_sets = ([("dev seeds", DEV_SEEDS[:2])] if args.quick else
                 [("dev seeds", DEV_SEEDS), ("held-out seeds", HELD_OUT_SEEDS)])
    print("## Change detection benchmark (fragileborders:detectchanges)\n")
    print(f"Machine: {os.cpu_count()} CPU cores; Python {sys.version.split()[0]}; numpy {np.__version__}.")
    if not args.skip_accuracy:
        for title, seeds in seed_sets:
            print_accuracy(*accuracy(args.workdir, seeds, size), seeds, size, title)
    if not args.skip_speed:
        sizes = [2048] if args.quick else [4096, 8192]
        print_speed(speed(args.workdir, sizes, 1 if args.quick else args.repeats, with_otb=True))
    if not args.skip_real and os.path.isdir(REALDATA):
        print_real(real_data(args.workdir))
    elif not args.skip_real:
        print("\n(Real labelled pairs not found at ../shared/realdata/change: skipped.)")
    shutil.rmtree(os.path.join(args.workdir, "out"), ignore_errors=True)


if __name__ == "__main__":
    main()
