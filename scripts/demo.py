"""``make demo``: generate the training borderland and run the whole pipeline through qgis_process.

Uses the staged plugin (``build/plugins``), an isolated QGIS profile under ``build/`` and
prints where the results are plus a short summary. Seeded: a second run gives the same results.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", "/usr/bin/qgis_process.bin")
DEMO_DIR = os.environ.get("DEMO_DIR", os.path.join(ROOT, "build", "demo"))
SEED = int(os.environ.get("DEMO_SEED", "1"))
SIZE_PX = int(os.environ.get("DEMO_SIZE_PX", "2048"))


def qgis_process(*args, accept=None):
    """Run qgis_process with the staged plugin; return its parsed --json output.

    ``accept`` is a message that makes a non-zero exit acceptable (e.g. "already enabled").
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=os.environ.get("QGIS_PLUGINPATH", os.path.join(ROOT, "build", "plugins")),
               QGIS_CUSTOM_CONFIG_PATH=os.path.join(DEMO_DIR, "qgis-profile"))
    command = [QGIS_PROCESS, *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0 and not (accept and accept in done.stdout + done.stderr):
        sys.exit(f"qgis_process failed ({done.returncode}): {' '.join(command)}\n{done.stdout[-3000:]}\n"
                 f"{done.stderr[-3000:]}")
    if "--json" not in args:
        return None
    return json.loads(done.stdout[done.stdout.index("{"):])


def main():
    qgis_process("plugins", "enable", "fragile_borders_plugin", accept="already enabled")
    scene_dir = os.path.join(DEMO_DIR, "scene")
    results_dir = os.path.join(DEMO_DIR, "results")
    print(f"Generating the training borderland (seed {SEED}, {SIZE_PX} px) in {scene_dir} ...", flush=True)
    scene = qgis_process("--json", "run", "fragileborders:trainingscene", "--",
                         f"SEED={SEED}", f"SIZE_PX={SIZE_PX}", "PIXEL_SIZE_M=3", f"OUTPUT_FOLDER={scene_dir}")
    gpkg = scene["results"]["SCENE_GPKG"]
    print("Running fragileborders:pipeline through qgis_process ...", flush=True)
    run = qgis_process("--json", "run", "fragileborders:pipeline", "--",
                       f"BEFORE={scene['results']['BEFORE']}", f"AFTER={scene['results']['AFTER']}",
                       f"MASK={scene['results']['CLOUD_MASK']}",
                       f"BORDER={gpkg}|layername=border", f"INCIDENTS={gpkg}|layername=incidents",
                       f"CROSSINGS={gpkg}|layername=crossings", "SEGMENT_LENGTH_M=1000", "CORRIDOR_M=1500",
                       "TEAMS=2", "REACH_M=1000", f"OUTPUT_FOLDER={results_dir}")
    with open(run["results"]["SUMMARY_JSON"], encoding="utf-8") as handle:
        summary = json.load(handle)
    print()
    print(f"Results in {results_dir}")
    print(f"  {run['results']['OUTPUT_GPKG']}  (layers changes, tracks, segments, patrol_posts, patrol_coverage)")
    print(f"  change_score.tif, change_mask.tif, track_response.tif, run.json")
    print(f"Change polygons: {summary['n_changes']} ({summary['change_area_m2']:.0f} m²) "
          f"{summary['changes_by_class']}")
    print(f"Tracks: {summary['n_tracks']} lines, {summary['track_length_km']:.2f} km, "
          f"{summary['n_new_tracks']} new since the before image")
    print(f"Border segments: {summary['n_segments']}; highest priority:")
    for seg in summary["top_segments"]:
        print(f"  #{seg['rank']} segment {seg['segment_id']}: score {seg['score']:.1f} ({seg.get('priority', '')}), "
              f"risk {seg.get('risk', 0):.0f} — {seg.get('drivers', '')}")
    if summary.get("covered_share") is not None:
        print(f"Patrol posts: {summary['n_patrol_posts']}, covering {100 * summary['covered_share']:.0f} % "
              f"of total priority")
    print("Open them in QGIS: Plugins > Fragile Borders > Load results…, or drag the GeoPackage onto the map.")


if __name__ == "__main__":
    main()
