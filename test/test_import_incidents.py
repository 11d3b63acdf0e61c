"""``fragileborders:importincidents`` through QGIS Processing with real CSV files."""
import os

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QVariant

from conftest import file_digest, recording_feedback

ACLED = ("event_date,event_type,sub_event_type,latitude,longitude,fatalities\n"
         "15 January 2024,Battles,Armed clash,18.50,4.20,3\n"
         "2024-02-01,Explosions/Remote violence,Remote explosive,18.60,4.30,0\n"
         "someday,Battles,Armed clash,18.50,4.20,1\n"
         "16 January 2024,Battles,Armed clash,95.0,4.20,1\n"
         ",,,,,\n"
         "18/01/2024,Violence against civilians,Attack,18.70,4.40,12\n")


def run(parameters, feedback=None):
    import processing
    return processing.run("fragileborders:importincidents", parameters, feedback=feedback)


def test_acled_csv_imports_points_and_lists_rejected_rows(provider, tmp_path):
    csv_path = tmp_path / "acled.csv"
    csv_path.write_text(ACLED, encoding="utf-8")
    digest = file_digest(str(csv_path))
    log = recording_feedback()
    results = run({"INPUT": str(csv_path), "FORMAT": 0, "OUTPUT": str(tmp_path / "incidents.gpkg"),
                   "OUTPUT_REJECTED": str(tmp_path / "rejected.csv")}, log)
    assert file_digest(str(csv_path)) == digest
    assert results["N_IMPORTED"] == 3 and results["N_REJECTED"] == 3
    layer = QgsVectorLayer(results["OUTPUT"], "incidents", "ogr")
    assert layer.isValid() and layer.featureCount() == 3
    fields = layer.fields()
    assert fields.field("date").type() == QVariant.Date
    features = sorted(layer.getFeatures(), key=lambda f: f["source_line"])
    assert [f["source_line"] for f in features] == [2, 3, 7]
    assert features[0]["date"] == QDate(2024, 1, 15) and features[2]["date"] == QDate(2024, 1, 18)
    assert [f["severity"] for f in features] == [3.0, 1.0, 4.0]
    assert features[0]["type"] == "Battles"
    assert layer.crs().authid() == "EPSG:4326"
    assert any(e.startswith("Line 4: rejected") and "someday" in e for e in log.errors)
    assert any(e.startswith("Line 5:") and "out of range" in e for e in log.errors)
    assert any(e.startswith("Line 6:") and "empty row" in e for e in log.errors)
    with open(results["OUTPUT_REJECTED"], encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    assert lines[0] == "line,reason,raw" and [line.split(",")[0] for line in lines[1:]] == ["4", "5", "6"]


def test_generic_csv_with_projected_coordinates(provider, tmp_path):
    csv_path = tmp_path / "generic.csv"
    csv_path.write_text("when;what;east;north;level\n2024-03-01;fuel_smuggling;620800;2499300;2\n"
                        "2024-03-02;ied;620900;2499200;high\n", encoding="utf-8")
    results = run({"INPUT": str(csv_path), "FORMAT": 1, "LON_FIELD": "east", "LAT_FIELD": "north",
                   "DATE_FIELD": "when", "TYPE_FIELD": "what", "SEVERITY_FIELD": "level", "CRS": "EPSG:32632",
                   "OUTPUT": str(tmp_path / "generic.gpkg")})
    layer = QgsVectorLayer(results["OUTPUT"], "generic", "ogr")
    assert layer.crs().authid() == "EPSG:32632" and layer.featureCount() == 2
    assert [f["severity"] for f in layer.getFeatures()] == [2.0, 3.0]
    assert results["N_REJECTED"] == 0 and "OUTPUT_REJECTED" not in results


def test_unusable_file_fails_clearly_and_writes_nothing(provider, tmp_path):
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text("event_date,event_type,latitude,longitude,fatalities\nnever,Battles,18,4,0\n",
                        encoding="utf-8")
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException, match="No row of .* could be imported"):
        run({"INPUT": str(csv_path), "FORMAT": 0, "OUTPUT": str(out)})
    assert not out.exists()
    with pytest.raises(QgsProcessingException, match="Column 'when'"):
        run({"INPUT": str(csv_path), "FORMAT": 1, "DATE_FIELD": "when", "OUTPUT": str(out)})
    assert not out.exists() and not [n for n in os.listdir(tmp_path) if ".part" in n]
