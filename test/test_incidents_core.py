"""Core of the incident CSV import and date parsing, no QGIS."""
import datetime

import pytest

from fragile_borders_plugin.core import incidents as I

D = datetime.date


@pytest.mark.parametrize("text, expected", [
    ("2024-01-15", D(2024, 1, 15)), ("2024-01-15T10:30:00Z", D(2024, 1, 15)), ("2024/01/15", D(2024, 1, 15)),
    ("15/01/2024", D(2024, 1, 15)), ("05.02.2024", D(2024, 2, 5)), ("15 January 2024", D(2024, 1, 15)),
    ("15-Jan-2024", D(2024, 1, 15)), ("January 15, 2024", D(2024, 1, 15)), ("3 février 2024", D(2024, 2, 3)),
    ("31/02/2024", None), ("tomorrow", None), ("", None)])
def test_parse_date_formats(text, expected):
    assert I.parse_date(text) == expected


def test_month_first_is_detected_per_file_and_explicit_format_wins():
    dates, bad, month_first = I.parse_dates(["01/31/2024", "02/01/2024"])
    assert month_first and dates == [D(2024, 1, 31), D(2024, 2, 1)] and not bad
    dates, bad, month_first = I.parse_dates(["31/01/2024", "02/01/2024"])
    assert not month_first and dates == [D(2024, 1, 31), D(2024, 1, 2)]
    assert I.parse_date("2024|15|01", "%Y|%d|%m") == D(2024, 1, 15)


def test_severity_from_fatalities():
    assert [I.severity_from_fatalities(f) for f in (0, 1, 2, 3, 9, 10, 250)] == [1, 2, 2, 3, 3, 4, 4]


def write(tmp_path, text, name="incidents.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_acled_import_keeps_good_rows_and_lists_bad_ones(tmp_path):
    path = write(tmp_path, "event_date,event_type,latitude,longitude,fatalities,notes\n"
                           "15 January 2024,Battles,18.5,4.2,3,ok\n"
                           "2024-02-01,Explosions/Remote violence,18.6,4.3,0,ok\n"
                           "someday,Battles,18.5,4.2,1,bad date\n"
                           "16 January 2024,Battles,95.0,4.2,1,bad latitude\n"
                           ",,,,,\n"
                           "17 January 2024,Riots,,4.2,0,no latitude\n"
                           '"18 January 2024",Protests,18.7,"4,4",12,"quoted, comma"\n')
    points, rejected, info = I.read_incidents_csv(path, "acled")
    assert points["source_line"].tolist() == [2, 3, 8]
    assert points["date"].tolist() == [D(2024, 1, 15), D(2024, 2, 1), D(2024, 1, 18)]
    assert points["severity"].tolist() == [3.0, 1.0, 4.0]
    assert points["fatalities"].tolist() == [3, 0, 12]
    assert points.geometry.iloc[2].x == pytest.approx(4.4)  # decimal comma read
    assert rejected["line"].tolist() == [4, 5, 6, 7]
    reasons = rejected["reason"].tolist()
    assert "unreadable date 'someday'" in reasons[0]
    assert "out of range" in reasons[1]
    assert reasons[2] == "empty row"
    assert "empty y/latitude" in reasons[3]
    assert info["rows"] == 7 and info["accepted"] == 3 and info["rejected"] == 4


def test_generic_import_with_projected_coordinates_and_semicolons(tmp_path):
    path = write(tmp_path, "when;kind;x;y;sev\n01/31/2024;smuggling;620500;2499000;2\n"
                           "02/15/2024;ied;621000;2498000;high\n02/16/2024;ied;621000;2498000;-1\n")
    points, rejected, info = I.read_incidents_csv(path, "generic", lon_field="x", lat_field="y", date_field="when",
                                                  type_field="kind", severity_field="sev", crs="EPSG:32632")
    assert info["month_first"] and info["delimiter"] == ";"
    assert points["date"].tolist() == [D(2024, 1, 31), D(2024, 2, 15)]
    assert points["severity"].tolist() == [2.0, 3.0]
    assert points.crs.to_epsg() == 32632 and points.geometry.iloc[0].x == 620500
    assert rejected["line"].tolist() == [4] and "severity" in rejected["reason"].iloc[0]


def test_missing_columns_and_empty_file_are_clear_errors(tmp_path):
    path = write(tmp_path, "date,lon,lat\n2024-01-01,4,18\n")
    with pytest.raises(ValueError, match="Column 'when'.*DATE_FIELD"):
        I.read_incidents_csv(path, "generic", date_field="when")
    with pytest.raises(ValueError, match="No lat column"):
        I.read_incidents_csv(write(tmp_path, "date,lon,height\n2024-01-01,4,18\n", "b.csv"), "generic")
    with pytest.raises(ValueError, match="is empty"):
        I.read_incidents_csv(write(tmp_path, "", "c.csv"), "acled")


def test_written_layer_has_a_date_field_and_rejected_csv(tmp_path):
    import geopandas as gpd
    import pandas as pd

    from fragile_borders_plugin.core.io import field_types

    path = write(tmp_path, "event_date,event_type,latitude,longitude,fatalities\n"
                           "15 January 2024,Battles,18.5,4.2,3\nbad,Battles,18.5,4.2,3\n")
    points, rejected, _ = I.read_incidents_csv(path, "acled")
    out = str(tmp_path / "out.gpkg")
    I.write_incidents(points, out)
    assert field_types(out)["date"] == "date"
    assert str(gpd.read_file(out)["date"].iloc[0])[:10] == "2024-01-15"
    csv_path = str(tmp_path / "rejected.csv")
    I.write_rejected_csv(rejected, csv_path)
    table = pd.read_csv(csv_path)
    assert table["line"].tolist() == [3] and "unreadable date" in table["reason"].iloc[0]
