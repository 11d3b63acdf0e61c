"""The pipeline run the way the dock runs it: in a ``QgsProcessingAlgRunnerTask`` on a worker thread.

On QGIS 3.40 the pipeline's child algorithms, started with ``processing.run`` from inside the
background task, took the whole interpreter down; these tests run it there on every QGIS version
the suite runs on, to completion and cancelled half-way.
"""
import os

from conftest import recording_feedback

from fragile_borders_plugin.core.io import list_layers


def pipeline_parameters(scene, folder):
    return {"BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "MASK": scene["CLOUD_MASK"],
            "BORDER": scene["BORDER"], "INCIDENTS": scene["INCIDENTS"], "CROSSINGS": scene["CROSSINGS"],
            "SEGMENT_LENGTH_M": 250, "CORRIDOR_M": 500, "TEAMS": 2, "REACH_M": 250, "MAX_RISK": 100,
            "OUTPUT_FOLDER": str(folder)}


def run_in_task(parameters, cancel_on_text=None, timeout_s=300, algorithm_id="fragileborders:pipeline"):
    """Run ``algorithm_id`` in a background task; return ``(ok, results, feedback)``.

    With ``cancel_on_text``, the run is cancelled from the main thread as soon as a progress
    message containing that text arrives.
    """
    from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProject
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = recording_feedback()
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    outcome = {}
    loop = QEventLoop()

    def executed(ok, results):
        outcome.update(ok=ok, results=dict(results))
        loop.quit()

    task.executed.connect(executed)
    watchdog = QTimer()
    if cancel_on_text:
        def cancel_when_seen():
            if any(cancel_on_text in line for line in feedback.lines):
                feedback.cancel()
        watchdog.timeout.connect(cancel_when_seen)
        watchdog.start(50)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(timeout_s * 1000)
    QgsApplication.taskManager().addTask(task)
    loop.exec()
    watchdog.stop()
    timeout.stop()
    assert outcome, f"the background run of {algorithm_id} did not finish within {timeout_s} s"
    context.temporaryLayerStore().removeAllMapLayers()  # while QGIS is alive, not at exit
    return outcome["ok"], outcome["results"], feedback


def test_pipeline_in_a_background_task_runs_every_step(provider, scene, tmp_path):
    ok, results, feedback = run_in_task(pipeline_parameters(scene, tmp_path / "out"))
    assert ok, "\n".join(feedback.lines)
    assert [line for line in feedback.lines if line.startswith("Step ")] == [
        "Step 1 of 4: fragileborders:detectchanges", "Step 2 of 4: fragileborders:extracttracks",
        "Step 3 of 4: fragileborders:scoresegments", "Step 4 of 4: fragileborders:planpatrols"]
    gpkg = results["OUTPUT_GPKG"]
    assert set(list_layers(gpkg)) == {"changes", "tracks", "segments", "patrol_posts", "patrol_coverage"}
    assert 0.0 < results["COVERED_SHARE"] <= 1.0
    assert os.path.isfile(results["SUMMARY_JSON"])


def test_pipeline_cancelled_in_a_background_task_reports_it_and_leaves_no_results(provider, scene, tmp_path):
    folder = tmp_path / "out"
    ok, results, feedback = run_in_task(pipeline_parameters(scene, folder), cancel_on_text="Step 2 of 4")
    assert not ok and results == {}
    assert any("ancel" in line for line in feedback.errors), feedback.errors
    left = sorted(os.listdir(folder)) if folder.exists() else []
    assert left == [], f"a cancelled run left {left}"


def test_background_runs_one_after_another_reuse_worker_threads_safely(provider, scene, tmp_path):
    # QGIS's task manager reuses its few worker threads: with pyproj 3.7 the run after the first
    # one on a thread used a freed PROJ context and QGIS died (compat.keep_proj_context_alive)
    for run in range(6):
        ok, results, feedback = run_in_task(
            {"BORDER": scene["BORDER"], "CROSSINGS": scene["CROSSINGS"], "SEGMENT_LENGTH_M": 500, "CORRIDOR_M": 500,
             "OUTPUT": str(tmp_path / f"segments{run}.gpkg")}, algorithm_id="fragileborders:scoresegments")
        assert ok, "\n".join(feedback.lines)
        assert os.path.isfile(results["OUTPUT"].split("|")[0])
