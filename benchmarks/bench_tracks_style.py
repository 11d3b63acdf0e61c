"""Track extraction on a scene style that training and tuning never saw (issue 17, item 2).

Scenes come from :mod:`scene_style_reg` (a stony reg plain at 1.5 m, pan-sharpened and
JPEG-compressed, tracks on real OpenStreetMap desert road geometry when ``../shared`` is
present). Each scene is scored like the generated training scenes of ``bench_tracks.py``
(completeness, correctness, quality in a 6 m buffer, faint third, new-track recall), for the
default learned detector with BEFORE, the oriented filters, and the Sato ridge baseline in the
same run.

Usage::

    .venv/bin/python benchmarks/bench_tracks_style.py [--seeds 0,1,2,3,4] [--size 2048] [--workdir DIR]
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from bench_tracks import ridge_baseline, scene_metrics  # noqa: E402
from scene_style_reg import OSM_FOLDER, generate_reg_scene  # noqa: E402

BUFFER_PIXEL_M = 3.0  # scene_metrics buffers 2 pixels of this size: 6 m, as on the training scenes
KEYS = ("completeness", "correctness", "quality", "faint_completeness", "new_recall")


def run_methods(folder, workdir, seed):
    """Metrics of each method on one scene: {method: metrics}."""
    from fragile_borders_plugin.core.tracks import extract_tracks

    after, before = os.path.join(folder, "after.tif"), os.path.join(folder, "before.tif")
    results = {}
    for method in ("learned", "filters", "ridge baseline"):
        out = os.path.join(workdir, f"style_{method.replace(' ', '_')}_{seed}.gpkg")
        if os.path.exists(out):
            os.remove(out)
        start = time.perf_counter()
        if method == "ridge baseline":
            ridge_baseline(after, out, 6.0, 150.0)
            _mark_nothing_new(out)
        else:
            extract_tracks(after, out, before_path=before, detector=method)
        metrics = scene_metrics(folder, out, pixel_size_m=BUFFER_PIXEL_M)
        if method == "ridge baseline":
            metrics["new_recall"] = float("nan")  # single date: it cannot tell new tracks
        metrics["seconds"] = time.perf_counter() - start
        results[method] = metrics
    return results


def _mark_nothing_new(path):
    """Give a single-date line layer the ``is_new`` field (0) that scene_metrics reads."""
    import geopandas as gpd

    from fragile_borders_plugin.core.io import write_vector_atomic

    lines = gpd.read_file(path)
    lines["is_new"] = 0
    write_vector_atomic(lines, path, geometry_type="LineString", field_types={"is_new": "int"})


def _fmt(value):
    return "n/a" if value is None or not np.isfinite(value) else f"{value:.3f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0,1,2,3,4")
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    workdir = args.workdir or tempfile.mkdtemp(prefix="bench_style_")
    geometry = "OpenStreetMap desert roads" if os.path.isdir(OSM_FOLDER) else "random walks (no ../shared)"
    try:
        rows = []
        for seed in seeds:
            folder = os.path.join(workdir, f"reg_{seed}_{args.size}")
            if not os.path.exists(os.path.join(folder, "scene.gpkg")):
                generate_reg_scene(folder, seed=seed, size_px=args.size)
            for method, metrics in run_methods(folder, workdir, seed).items():
                rows.append((seed, method, metrics))
        print(f"\n### Independent style: reg plain, 1.5 m pan-sharpened JPEG, {args.size} px, track geometry "
              f"from {geometry}; defaults (TRACK_WIDTH_M 6, BEFORE given), buffer 6 m\n")
        print("| seed | method | completeness | correctness | quality | faint third | new-track recall "
              "| lines | truth km | s |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for seed, method, m in rows:
            print(f"| {seed} | {method} | " + " | ".join(_fmt(m[k]) for k in KEYS)
                  + f" | {m['n_lines']} | {m['ref_km']:.1f} | {m['seconds']:.0f} |")
        for method in ("learned", "filters", "ridge baseline"):
            mine = [m for _, name, m in rows if name == method]
            means = [float(np.nanmean([m[k] for m in mine])) if any(np.isfinite(m[k]) for m in mine) else None
                     for k in KEYS]
            print(f"| **mean** | **{method}** | " + " | ".join(f"**{_fmt(v)}**" for v in means) + " | | | |")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
