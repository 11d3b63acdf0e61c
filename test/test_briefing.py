"""The briefing PDF of a pipeline run: through qgis_process, read back with poppler (pdftotext, pdftoppm).

The run is a real pipeline run on the shared 512-px training scene, with the scene-appropriate
corridor so that posts are placed; the PDF's text and its rendered first page are checked.
"""
import json
import os
import shutil
import subprocess
import unicodedata

import pytest
from conftest import PLUGINS_DIR, ROOT, qgis_process_env

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
SCREENSHOTS = os.path.join(ROOT, "docs", "screenshots")
UPDATE_SCREENSHOTS = os.environ.get("FB_UPDATE_SCREENSHOTS") == "1"
LEGEND_ENTRIES = ("Patrol posts", "Border segments – priority", "Score 75–100", "Tracks (new: magenta halo)",
                  "New track (appeared between the dates)", "Changes")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils is not installed (make deps installs it)")


@pytest.fixture(scope="module")
def run_folder(scene, tmp_path_factory):
    """A pipeline run on the training scene with posts placed (corridor for a 1.5 km scene)."""
    import processing

    folder = str(tmp_path_factory.mktemp("briefing_run"))
    processing.run("fragileborders:pipeline", {
        "BEFORE": scene["BEFORE"], "AFTER": scene["AFTER"], "BORDER": scene["BORDER"],
        "INCIDENTS": scene["INCIDENTS"], "CROSSINGS": scene["CROSSINGS"], "MASK": scene["CLOUD_MASK"],
        "CORRIDOR_M": 500.0, "TEAMS": 2, "OUTPUT_FOLDER": folder})
    return folder


def _segments(folder):
    import geopandas as gpd

    return gpd.read_file(os.path.join(folder, "fragile_borders.gpkg"), layer="segments").sort_values("rank")


def pdf_text(path, page=None):
    """Text of the PDF (or of one page), ligatures and Arabic presentation forms folded (NFKC)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True)
    return unicodedata.normalize("NFKC", done.stdout)


def pdf_pages(path):
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in done.stdout.splitlines() if line.startswith("Pages:")))


def page_image(path, tmp_path, page=1, dpi=50):
    from qgis.PyQt.QtGui import QImage

    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(path), str(stem)], check=True)
    image = QImage(f"{stem}.png")
    assert not image.isNull()
    return image


def colour_stats(image, x0, y0, x1, y1, step=3):
    """(share of non-white pixels, number of distinct coarse colours) in a region given in 0–1 of the page."""
    width, height = image.width(), image.height()
    coloured, colours, total = 0, set(), 0
    for y in range(int(y0 * height), int(y1 * height), step):
        for x in range(int(x0 * width), int(x1 * width), step):
            colour = image.pixelColor(x, y)
            total += 1
            if min(colour.red(), colour.green(), colour.blue()) < 235:
                coloured += 1
            colours.add((colour.red() // 16, colour.green() // 16, colour.blue() // 16))
    return coloured / total, len(colours)


def test_briefing_through_qgis_process(run_folder, tmp_path):
    env = qgis_process_env(PLUGINS_DIR, str(tmp_path / "profile"))
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "fragile_borders_plugin"], env=env,
                             capture_output=True, text=True)
    assert enabled.returncode == 0, enabled.stderr
    pdf = tmp_path / "out" / "briefing.pdf"
    arguments = {"INPUT": run_folder, "TITLE": "Sector 7 weekly", "MARKING": "RESTRICTED - TRAINING",
                 "LANGUAGE": 1, "TOP_N": 8, "DETAIL_MAPS": 2, "OUTPUT": str(pdf),
                 "OUTPUT_PNG_FOLDER": str(tmp_path / "pages")}
    done = subprocess.run([QGIS_PROCESS, "--json", "run", "fragileborders:briefing", "--",
                           *[f"{k}={v}" for k, v in arguments.items()]], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    results = json.loads(done.stdout[done.stdout.index("{"):])["results"]
    assert results["OUTPUT"] == str(pdf) and results["PAGES"] == 3
    assert pdf_pages(pdf) == 3  # map, tables and limits, one page of detail maps
    assert sorted(os.listdir(tmp_path / "pages")) == ["briefing.png", "briefing_2.png", "briefing_3.png"]
    assert sorted(os.listdir(tmp_path / "out")) == ["briefing.pdf"]  # no work files left
    text = pdf_text(pdf)
    assert "Sector 7 weekly" in text and text.count("RESTRICTED - TRAINING") == 6  # top and bottom of 3 pages
    assert "Images: before 2025-" in text and ", after 2026-" in text
    for entry in LEGEND_ENTRIES:
        assert entry in pdf_text(pdf, 1), entry
    # the ranked table lists the top segments in order: "rank  segment_id  start–end ..."
    lines = [line.split() for line in pdf_text(pdf, 2).splitlines() if line.strip()]
    rows = {int(cells[0]): int(cells[1]) for cells in lines if len(cells) > 3 and cells[0].isdigit()
            and cells[1].isdigit() and "–" in cells[2]}
    top = _segments(run_folder).head(8)
    assert [rows.get(rank) for rank in top["rank"]] == list(top["segment_id"])
    assert "Patrol posts (2)" in text and "° N" in text and "° E" in text
    assert "Method and limits" in text and "Cloud and shadow mask" in text
    assert "no area of interest" in text and "no incidents" not in text
    assert "Rank 1: segment {}".format(int(top["segment_id"].iloc[0])) in pdf_text(pdf, 3)
    # page 1 is drawn: the map frame (left two thirds) shows the AFTER image, not a white page
    image = page_image(pdf, tmp_path)
    coloured, colours = colour_stats(image, 0.1, 0.25, 0.6, 0.8)
    assert coloured > 0.5 and colours > 60
    blank_share, _ = colour_stats(image, 0.72, 0.9, 0.98, 0.95)  # below the legend: paper
    assert blank_share < 0.05


def test_missing_layers_and_inputs_are_said_in_the_limits_box(run_folder, tmp_path):
    import processing
    from osgeo import ogr

    folder = tmp_path / "partial"
    shutil.copytree(run_folder, folder)
    dataset = ogr.Open(str(folder / "fragile_borders.gpkg"), 1)
    for name in ("tracks", "patrol_posts", "patrol_coverage"):
        assert dataset.DeleteLayer(name) == 0
    dataset = None
    with open(folder / "run.json", encoding="utf-8") as handle:
        summary = json.load(handle)
    for name in ("INCIDENTS", "MASK"):
        summary["parameters"].pop(name)
    with open(folder / "run.json", "w", encoding="utf-8") as handle:
        json.dump(summary, handle)
    pdf = tmp_path / "partial.pdf"
    results = processing.run("fragileborders:briefing", {"INPUT": str(folder), "LANGUAGE": 1, "OUTPUT": str(pdf)})
    assert results["PAGES"] == 2
    text = pdf_text(pdf)
    assert "Border surveillance briefing" in text and text.count("RESTRICTED") == 4  # the default marking
    assert "no track layer in the run" in text and "no patrol plan in the run" in text
    assert "no incidents: the incident factor and the risk to patrols are unknown" in text
    assert "no cloud mask" in text and "Patrol posts (0)" in text
    assert "Tracks (new: magenta halo)" not in pdf_text(pdf, 1)


def test_unwritable_output_is_a_clear_error_and_leaves_nothing(run_folder, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="OUTPUT: cannot create the folder .*not_a_folder"):
        processing.run("fragileborders:briefing", {"INPUT": run_folder, "OUTPUT": str(blocker / "b.pdf"),
                                                   "OUTPUT_PNG_FOLDER": str(tmp_path / "pages")})
    assert sorted(os.listdir(tmp_path)) == ["not_a_folder"]
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(QgsProcessingException, match="cannot be written"):
            processing.run("fragileborders:briefing", {"INPUT": run_folder, "OUTPUT": str(locked / "b.pdf")})
        assert not os.listdir(locked)
    with pytest.raises(QgsProcessingException, match="No fragile_borders.gpkg"):
        processing.run("fragileborders:briefing", {"INPUT": str(tmp_path), "OUTPUT": str(tmp_path / "b.pdf")})
    assert sorted(os.listdir(tmp_path)) == ["not_a_folder"] + (["locked"] if os.geteuid() != 0 else [])


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_french_and_arabic_briefings(run_folder, provider, tmp_path, language):
    from fragile_borders_plugin.core.briefing_data import read_run
    from fragile_borders_plugin.processing_algorithms.briefing_layout import (
        BriefingLayout,
        BriefingSettings,
        Language,
    )

    lang = Language(language)
    briefing = BriefingLayout(read_run(run_folder, 5), BriefingSettings("", "RESTRICTED", lang, top_n=5))
    briefing.build()
    items = briefing.items
    headers = [column.heading() for column in items["segments_table"].multiFrame().headers()]
    legend_x, map_x = items["legend"].pos().x(), items["map"].pos().x()
    if language == "ar":  # right to left: the side column is left of the map, the table starts at the right
        assert legend_x < map_x and headers[-1] == lang.tr("Rank") and headers[0] == lang.tr("Drivers")
    else:
        assert legend_x > map_x and headers[0] == lang.tr("Rank")
    assert lang.tr("Legend") != "Legend" and lang.tr("Method and limits") != "Method and limits"
    pdf = tmp_path / f"briefing_{language}.pdf"
    briefing.export_pdf(str(pdf))
    text = pdf_text(pdf)
    assert unicodedata.normalize("NFKC", lang.tr("Border segments – priority")) in text.replace("\u200f", "") \
        or language == "ar"  # pdftotext reorders Arabic words; the rendered page is checked instead
    image = page_image(pdf, tmp_path, dpi=110)
    coloured, _ = colour_stats(image, 0.02, 0.35, 0.3, 0.85) if language == "ar" else \
        colour_stats(image, 0.7, 0.35, 0.98, 0.85)
    assert coloured > 0.02  # the legend, on the side the language reads from
    if UPDATE_SCREENSHOTS:
        os.makedirs(SCREENSHOTS, exist_ok=True)
        assert image.save(os.path.join(SCREENSHOTS, f"briefing_{language}.png"))


def test_drivers_are_translated_part_by_part(provider):
    from fragile_borders_plugin.processing_algorithms.briefing_layout import Language

    text = ("16 incidents (weight 12.0 after decay), 1.46 km of tracks per km² (1.6 km new), 6 364 m² of change, "
            "1 track crossing, 2.5 km from an official crossing, passable terrain (mean slope 3.1°), a new factor")
    french = Language("fr").drivers(text)
    assert french == ("16 incident(s) (poids 12.0 après décroissance), 1.46 km de pistes par km² (1.6 km nouveaux), "
                      "6 364 m² de changement, 1 franchissement(s) par des pistes, 2.5 km d'un point de passage "
                      "officiel, terrain praticable (pente moyenne 3.1°), a new factor")
    arabic = Language("ar").drivers(text)
    assert arabic.count("، ") == 6 and "16" in arabic and "a new factor" in arabic and "incident" not in arabic
    assert Language("en").drivers(text) == text and Language("fr").drivers(None) == ""


def test_export_briefing_from_the_dock(run_folder, qgis_iface, qgis_new_project, provider, tmp_path):
    from qgis.core import Qgis

    from fragile_borders_plugin.gui.dock import FragileBordersDock

    dock = FragileBordersDock(iface=qgis_iface, work_folder=str(tmp_path))
    assert not dock.export_button.isEnabled()
    assert dock.load_results_from(run_folder) and dock.export_button.isEnabled()
    pdf = tmp_path / "dock.pdf"
    assert dock.export_briefing(str(pdf))
    assert pdf_pages(pdf) == 2
    assert "Briefing written to" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)[-1]
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    assert dock.export_briefing(str(tmp_path / "file" / "b.pdf")) is False
    assert "could not be written" in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)[-1]
