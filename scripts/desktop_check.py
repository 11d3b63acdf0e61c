"""The trainee path in the real QGIS desktop: Training tab, default scene, then Run on the Analysis tab.

Started by ``scripts/desktop_check.sh`` as ``qgis --code scripts/desktop_check.py`` under Xvfb with
a fresh profile and the staged plugin enabled. It drives the plugin's own dock as a trainee would
(buttons' slots, the dock's defaults), waits for each background run, saves a screenshot of the
main window and writes the outcome to ``$FB_DESKTOP_REPORT`` (JSON), then quits QGIS. A crash of
QGIS shows as a missing report.
"""
import json
import os

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

REPORT = os.environ.get("FB_DESKTOP_REPORT", "desktop_check.json")
SCREENSHOT = os.path.splitext(REPORT)[0] + ".png"
TIMEOUT_S = int(os.environ.get("FB_DESKTOP_TIMEOUT_S", "600"))
report = {"qgis": Qgis.version(), "steps": []}


def finish(error=None):
    if "finished" in report:
        return
    report["finished"] = True
    if error:
        report["error"] = error
    iface.mainWindow().grab().save(SCREENSHOT)
    report["layers"] = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    write_report()
    iface.newProject(False)  # close the project without the "save it?" question, then quit
    QTimer.singleShot(500, iface.actionExit().trigger)
    QTimer.singleShot(30000, exit_hung)


def write_report():
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, ensure_ascii=False)


def exit_hung():
    report["exit_hung"] = True  # QGIS did not close within 30 s: said in the report, then forced
    write_report()
    os._exit(3)


def after(kind, ok, message):
    report["steps"].append({"kind": kind, "ok": ok, "message": message})
    if not ok:
        finish(f"{kind} failed: {message}")
    elif kind == "training":
        dock.tabs.setCurrentIndex(0)
        dock.run_button.click()  # the Analysis tab's Run, with the dock's defaults
    else:
        finish()


plugin = plugins.get("fragile_borders_plugin")
if plugin is None:
    finish("the plugin is not loaded")
else:
    dock = plugin.dock
    dock.show()
    dock.run_finished.connect(after)
    dock.tabs.setCurrentIndex(dock.tabs.count() - 1)  # the Training tab, default seed and size
    report["training_size_px"] = int(dock.size_combo.currentData())
    dock.training_button.click()
    QTimer.singleShot(TIMEOUT_S * 1000, lambda: finish(f"no result within {TIMEOUT_S} s"))
