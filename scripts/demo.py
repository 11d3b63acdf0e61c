"""``make demo``: generate the training borderland and run the whole pipeline through qgis_process.

Uses the staged plugin (``build/plugins``), an isolated QGIS profile under ``build/`` and
prints where the results are plus a short summary. Seeded: a second run gives the same results.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", "/usr/bin/qgis_process.bin")
DEMO_DIR = os.environ.get("DEMO_DIR", os.path.join(ROOT, "build", "demo"))
SEED = int(os.environ.get("DEMO_SEED", "1"))
SIZE_PX = int(os.environ.get("DEMO_SIZE_PX", "1536"))


def qgis_process(*args, accept=None, label=None):
    """Run qgis_process with the staged plugin.

    With ``label``, the algorithm runs in qgis_process's text mode: its progress (0...10...100) and
    log lines are relayed to stderr as they come, prefixed with ``label`` and the seconds elapsed
    (stdout keeps only the summary, the same at every run), and its results are returned as a
    dict. ``accept`` is a message that makes a non-zero exit acceptable (e.g. "already enabled").
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=os.environ.get("QGIS_PLUGINPATH", os.path.join(ROOT, "build", "plugins")),
               QGIS_CUSTOM_CONFIG_PATH=os.path.join(DEMO_DIR, "qgis-profile"))
    command = [QGIS_PROCESS, *args]
    if label is None:
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        output, errors, code = done.stdout, done.stderr, done.returncode
    else:
        output, errors, code = _relay(command, env, label)
    if code != 0 and not (accept and accept in output + errors):
        sys.exit(f"qgis_process failed ({code}): {' '.join(command)}\n{output[-3000:]}\n{errors[-3000:]}")
    return _results(output) if label is not None else None


def _relay(command, env, label):
    """Run ``command``, echoing its progress and log lines to stderr as they come; returns
    (stdout, stderr, exit code)."""
    start = time.monotonic()
    # stderr into a file: a pipe nobody reads while stdout is relayed could fill up and block
    errors_file = tempfile.TemporaryFile()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors_file)
    chunks, pending, percent = [], "", 0.0
    for raw in iter(lambda: process.stdout.read1(256), b""):
        text = raw.decode("utf-8", "replace")
        chunks.append(text)
        pending += text
        while (piece := _PIECE.match(pending)) is not None:
            pending = pending[piece.end():]
            if piece["dots"]:
                # one dot per 2.5 % between the bar's numbered steps
                percent += 2.5 * len(piece["dots"])
                shown = f"{percent:g} %"
            elif piece["step"]:
                percent = float(piece["step"])
                shown = f"{percent:g} %"
            else:
                shown = piece["line"].strip()
            # the parameter and result listings (NAME:<tab>value) and rulers are not progress
            if shown and not shown.startswith("-") and ":\t" not in piece.group(0):
                print(f"  [{label} {time.monotonic() - start:5.1f} s] {shown}", file=sys.stderr, flush=True)
    code = process.wait()
    errors_file.seek(0)
    errors = errors_file.read().decode("utf-8", "replace")
    errors_file.close()
    return "".join(chunks), errors, code


#: the dots of qgis_process's progress bar, one of its steps ("40" of "30...40..."), or one
#: whole line of its output (log lines start after the bar's dots)
_PIECE = re.compile(r"(?P<dots>\.+)|(?P<step>\d+)(?=\.)|(?P<line>[^\n]*)\n")


def _results(output):
    """``NAME: value`` lines of qgis_process's Results section, as a dict."""
    section = output.rsplit("Results\n", 1)[-1]
    return dict(row.split(":\t", 1) for row in section.splitlines() if ":\t" in row)


def main():
    qgis_process("plugins", "enable", "fragile_borders_plugin", accept="already enabled")
    scene_dir = os.path.join(DEMO_DIR, "scene")
    results_dir = os.path.join(DEMO_DIR, "results")
    print(f"Generating the training borderland (seed {SEED}, {SIZE_PX} px) in {scene_dir} ...", flush=True)
    scene = qgis_process("run", "fragileborders:trainingscene", "--", f"SEED={SEED}", f"SIZE_PX={SIZE_PX}",
                         "PIXEL_SIZE_M=3", f"OUTPUT_FOLDER={scene_dir}", label="scene")
    gpkg = scene["SCENE_GPKG"]
    print("Running fragileborders:pipeline through qgis_process ...", flush=True)
    run = qgis_process("run", "fragileborders:pipeline", "--",
                       f"BEFORE={scene['BEFORE']}", f"AFTER={scene['AFTER']}", f"MASK={scene['CLOUD_MASK']}",
                       f"BORDER={gpkg}|layername=border", f"INCIDENTS={gpkg}|layername=incidents",
                       f"CROSSINGS={gpkg}|layername=crossings", "SEGMENT_LENGTH_M=1000", "CORRIDOR_M=1500",
                       "TEAMS=2", "REACH_M=1000", f"OUTPUT_FOLDER={results_dir}", label="pipeline")
    with open(run["SUMMARY_JSON"], encoding="utf-8") as handle:
        summary = json.load(handle)
    print()
    print(f"Results in {results_dir}")
    print(f"  {run['OUTPUT_GPKG']}  (layers changes, tracks, segments, patrol_posts, patrol_coverage)")
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
