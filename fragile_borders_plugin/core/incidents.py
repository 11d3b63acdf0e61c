"""Incident tables: date parsing and CSV import (ACLED-style or generic) with rejected rows kept.

No row is dropped silently: every row that cannot be used is returned with its line number in
the file and the reason, so the analyst can fix the source.
"""
import csv
import datetime as _dt
import io as _io
import math
import os
import re
from dataclasses import dataclass

import numpy as np

from .common import check_cancel, report

#: month names (English and French, full and abbreviated, accents optional) -> month number
_MONTHS = {}
for _number, _names in enumerate([
        ("january", "jan", "janvier", "janv"), ("february", "feb", "fevrier", "février", "fev", "fév", "févr"),
        ("march", "mar", "mars"), ("april", "apr", "avril", "avr"), ("may", "mai"),
        ("june", "jun", "juin"), ("july", "jul", "juillet", "juil"), ("august", "aug", "aout", "août"),
        ("september", "sep", "sept", "septembre"), ("october", "oct", "octobre"),
        ("november", "nov", "novembre"), ("december", "dec", "decembre", "décembre", "déc")], start=1):
    for _name in _names:
        _MONTHS[_name] = _number

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z]*)?$")
_ISO_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[\s\-]+([A-Za-zéûÉÛ]+)\.?[\s\-,]+(\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([A-Za-zéûÉÛ]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")

#: accepted automatically; DATE_FORMAT takes any strptime format for the rest
AUTO_FORMATS_HELP = ("ISO 2024-01-15 (time part ignored), 2024/01/15, 15/01/2024 (day first; 15.01.2024 "
                     "and 15-01-2024 too; month first is detected when a file has days > 12 in second "
                     "place and none in first), '15 January 2024' (ACLED), '15-Jan-2024', "
                     "'January 15, 2024'; English or French month names")

#: ACLED column names
ACLED_FIELDS = {"date": "event_date", "lon": "longitude", "lat": "latitude", "type": "event_type",
                "fatalities": "fatalities"}


def severity_from_fatalities(fatalities):
    """Map an ACLED fatality count to a severity 1–4 (0 → 1, 1–2 → 2, 3–9 → 3, ≥ 10 → 4)."""
    if fatalities <= 0:
        return 1
    if fatalities <= 2:
        return 2
    if fatalities <= 9:
        return 3
    return 4


def _make_date(year, month, day):
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(value, date_format=None, month_first=False):
    """Parse one date value; return a :class:`datetime.date` or None when it cannot be read.

    Parameters
    ----------
    value : str, datetime.date, datetime.datetime, numpy.datetime64, pandas.Timestamp or None
        The value; empty strings and None give None.
    date_format : str, optional
        A :func:`datetime.datetime.strptime` format (e.g. ``"%m/%d/%Y"``); when given only it is tried.
    month_first : bool
        Read ``01/02/2024`` as 2 January instead of 1 February (auto-detection only).
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return None
        return value.astype("datetime64[D]").astype(_dt.date)
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp (NaT has no valid date)
        try:
            return value.to_pydatetime().date()
        except (ValueError, AttributeError):
            return None
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip()
    if not text:
        return None
    if date_format:
        try:
            return _dt.datetime.strptime(text, date_format).date()
        except ValueError:
            return None
    match = _ISO.match(text) or _ISO_SLASH.match(text)
    if match:
        return _make_date(*match.groups())
    match = _NUMERIC.match(text)
    if match:
        first, second, year = match.groups()
        return _make_date(year, first, second) if month_first else _make_date(year, second, first)
    match = _DAY_MONTH_NAME.match(text)
    if match:
        day, month, year = match.groups()
        month = _MONTHS.get(month.lower())
        return _make_date(year, month, day) if month else None
    match = _MONTH_NAME_DAY.match(text)
    if match:
        month, day, year = match.groups()
        month = _MONTHS.get(month.lower())
        return _make_date(year, month, day) if month else None
    return None


def detect_month_first(values):
    """Decide whether numeric dates ``a/b/yyyy`` in ``values`` are month first.

    Returns True only when some values have their second number above 12 and none the first
    (e.g. US files ``01/31/2024``); day first is the default (Sahel convention).
    """
    first_big = second_big = False
    for value in values:
        if isinstance(value, str):
            match = _NUMERIC.match(value.strip())
            if match:
                first_big |= int(match.group(1)) > 12
                second_big |= int(match.group(2)) > 12
    return second_big and not first_big


def parse_dates(values, date_format=None):
    """Parse a sequence of date values.

    Returns
    -------
    dates : list of datetime.date or None
        One entry per value; None where the value is empty or unreadable.
    bad : list of int
        Positions of non-empty values that could not be read.
    month_first : bool
        Whether numeric dates were read month first (see :func:`detect_month_first`).
    """
    values = list(values)
    month_first = False if date_format else detect_month_first(values)
    dates, bad = [], []
    for position, value in enumerate(values):
        parsed = parse_date(value, date_format, month_first)
        dates.append(parsed)
        if parsed is None and not _is_empty(value):
            bad.append(position)
    return dates, bad, month_first


def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, np.datetime64) and np.isnat(value):
        return True
    if hasattr(value, "to_pydatetime") and str(value) == "NaT":
        return True
    return isinstance(value, str) and not value.strip()


def _parse_number(text):
    text = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if text.count(",") == 1 and "." not in text:  # French decimal comma
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


_SEVERITY_WORDS = {"low": 1.0, "faible": 1.0, "medium": 2.0, "moyen": 2.0, "moyenne": 2.0, "high": 3.0,
                   "haute": 3.0, "élevée": 3.0, "elevee": 3.0, "critical": 4.0, "critique": 4.0}


def _sniff(sample):
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _read_text(path, encoding):
    if encoding:
        with open(path, encoding=encoding, newline="") as handle:
            return handle.read()
    for candidate in ("utf-8-sig", "cp1252"):
        try:
            with open(path, encoding=candidate, newline="") as handle:
                return handle.read()
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{path}: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8 CSV.")


def _pick(header, wanted, alternatives, what, parameter):
    """Return the column of ``header`` matching ``wanted`` (case-insensitive) or an alternative."""
    lower = {h.strip().lower(): h for h in header}
    if wanted:
        if wanted.strip().lower() in lower:
            return lower[wanted.strip().lower()]
        raise ValueError(f"Column '{wanted}' ({what}, parameter {parameter}) is not in the CSV; its columns "
                         f"are: {', '.join(header)}. Set {parameter} to one of them.")
    for name in alternatives:
        if name in lower:
            return lower[name]
    return None


@dataclass
class CsvSettings:
    """Every setting of :func:`read_incidents_csv` (see its docstring for meanings)."""

    fmt: str = "acled"
    lon_field: str = None
    lat_field: str = None
    date_field: str = None
    type_field: str = None
    severity_field: str = None
    fatalities_field: str = None
    date_format: str = None
    crs: object = "EPSG:4326"
    delimiter: str = None
    encoding: str = None

    @property
    def acled(self):
        return self.fmt == "acled"


def read_incidents_csv(path, fmt="acled", lon_field=None, lat_field=None, date_field=None, type_field=None,
                       severity_field=None, fatalities_field=None, date_format=None, crs="EPSG:4326",
                       delimiter=None, encoding=None, progress=None, is_cancelled=None):
    """Read incident points from a CSV file.

    A short pipeline: read the text → find the columns → read the rows → parse each row (date,
    point, severity; rejected with its reasons) → build the point layer. Settings are gathered in
    :class:`CsvSettings`.

    Parameters
    ----------
    path : str
        CSV file (delimiter ``, ; tab |`` detected, UTF-8 or Windows-1252).
    fmt : {"acled", "generic"}
        ``acled``: columns event_date, longitude, latitude, event_type, fatalities unless named
        otherwise; severity 1–4 from fatalities (0 → 1, 1–2 → 2, 3–9 → 3, ≥ 10 → 4) unless a
        severity column is named. ``generic``: the columns named by the ``*_field`` arguments
        (date, longitude/x, latitude/y are auto-detected from common names when not given).
    lon_field, lat_field : str, optional
        Columns of the x/longitude and y/latitude coordinates, in the units of ``crs``.
    date_field, type_field, severity_field, fatalities_field : str, optional
        Columns; type and severity are optional (severity defaults to 1 when empty).
    date_format : str, optional
        strptime format; by default each value is auto-detected (see ``AUTO_FORMATS_HELP``).
    crs : anything pyproj understands
        CRS of the coordinates; geographic CRSs are checked for −180…180 / −90…90 degrees.

    Returns
    -------
    points : geopandas.GeoDataFrame
        Columns date (datetime.date), type (str), severity (float), source_line (int, the line
        of the row in the file, header = 1) and, for ACLED, fatalities (int); in ``crs``.
    rejected : pandas.DataFrame
        Columns line, reason, raw (the row as read) of every row that could not be used.
    info : dict
        ``rows`` read, ``accepted``, ``rejected``, ``month_first``, ``columns`` used.
    """
    settings = CsvSettings(fmt, lon_field, lat_field, date_field, type_field, severity_field, fatalities_field,
                           date_format, crs, delimiter, encoding)
    import pandas as pd
    import pyproj

    if settings.fmt not in ("acled", "generic"):
        raise ValueError(f"Unknown incident format '{settings.fmt}': use 'acled' or 'generic'.")
    text = _read_csv_text(path, settings.encoding)
    delimiter = settings.delimiter or _sniff(text[:20000])
    reader = csv.reader(_io.StringIO(text), delimiter=delimiter)
    header = _read_header(reader, path)
    columns = _find_columns(header, settings, path)
    index = {key: header.index(name) for key, name in columns.items() if name is not None}
    crs = pyproj.CRS.from_user_input(settings.crs)
    raw_rows = _read_rows(reader, is_cancelled)
    month_first = False if settings.date_format else detect_month_first(
        f[index["date"]] for _, f in raw_rows if len(f) > index["date"])
    parse = _RowParser(settings, index, len(header), month_first, crs.is_geographic)
    accepted, rejected = _parse_rows(parse, raw_rows, delimiter, progress, is_cancelled)
    rejected = pd.DataFrame(rejected, columns=["line", "reason", "raw"])
    info = {"rows": len(raw_rows), "accepted": len(accepted), "rejected": len(rejected),
            "month_first": month_first, "columns": {k: v for k, v in columns.items() if v}, "delimiter": delimiter}
    return _points_frame(accepted, settings.acled, crs), rejected, info


def _read_csv_text(path, encoding):
    """The whole text of the incident file; ``ValueError`` when it is missing or empty."""
    if not os.path.isfile(path):
        raise ValueError(f"The incident file {path} does not exist.")
    text = _read_text(path, encoding)
    if not text.strip():
        raise ValueError(f"The incident file {path} is empty: it needs a header line and at least one row.")
    return text


def _read_header(reader, path):
    try:
        header = next(reader)
    except StopIteration:
        raise ValueError(f"The incident file {path} has no header line.") from None
    return [h.strip() for h in header]


def _find_columns(header, settings, path):
    """Key (date, lon, lat, type, severity, fatalities) → column of ``header`` (None when absent)."""
    acled = settings.acled

    def named(given, key):  # the column the user named, else the ACLED one in ACLED format
        return given or (ACLED_FIELDS[key] if acled else None)

    columns = {
        "date": _pick(header, named(settings.date_field, "date"), ("date", "event_date", "datetime", "day"),
                      "date", "DATE_FIELD"),
        "lon": _pick(header, named(settings.lon_field, "lon"), ("longitude", "lon", "lng", "long", "x"),
                     "longitude / x", "LON_FIELD"),
        "lat": _pick(header, named(settings.lat_field, "lat"), ("latitude", "lat", "y"), "latitude / y",
                     "LAT_FIELD"),
        "type": _pick(header, named(settings.type_field, "type"), ("type", "event_type", "category"), "type",
                      "TYPE_FIELD"),
        "severity": _pick(header, settings.severity_field, () if acled else ("severity",), "severity",
                          "SEVERITY_FIELD"),
        "fatalities": _pick(header, named(settings.fatalities_field, "fatalities"), (), "fatalities",
                            "FATALITIES_FIELD") if acled else None,
    }
    for key, parameter in (("date", "DATE_FIELD"), ("lon", "LON_FIELD"), ("lat", "LAT_FIELD")):
        if columns[key] is None:
            raise ValueError(f"No {key} column found in {os.path.basename(path)} (columns: {', '.join(header)}); "
                             f"name it with {parameter}.")
    return columns


def _read_rows(reader, is_cancelled):
    """``(line of the row's start in the file, fields)`` of every row after the header."""
    raw_rows = []
    line = 1
    for fields in reader:
        check_cancel(is_cancelled)
        start = line + 1
        line = reader.line_num
        raw_rows.append((start, fields))
    return raw_rows


def _parse_rows(parse, raw_rows, delimiter, progress, is_cancelled):
    """Stage 4: the accepted incidents (dicts) and the rejected rows ``(line, reasons, raw text)``."""
    accepted, rejected = [], []
    total = max(1, len(raw_rows))
    for count, (line_no, fields) in enumerate(raw_rows):
        if count % 5000 == 0:
            check_cancel(is_cancelled)
            report(progress, 100.0 * count / total)
        row, reasons = parse(line_no, fields)
        if reasons:
            rejected.append((line_no, "; ".join(reasons), delimiter.join(fields)))
        else:
            accepted.append(row)
    report(progress, 100.0)
    return accepted, rejected


class _RowParser:
    """Parses one CSV row into an incident (dict) or the reasons it cannot be used."""

    def __init__(self, settings, index, n_columns, month_first, geographic):
        self.settings, self.index, self.n_columns = settings, index, n_columns
        self.month_first, self.geographic = month_first, geographic

    def __call__(self, line_no, fields):
        """``(row, [])`` for a usable row, ``(None, reasons)`` otherwise."""
        if not any(f.strip() for f in fields):
            return None, ["empty row"]
        if len(fields) < self.n_columns:
            fields = fields + [""] * (self.n_columns - len(fields))
        cells = {key: fields[i].strip() for key, i in self.index.items()}
        reasons = []
        date = self._date(cells, reasons)
        point = self._point(cells, reasons)
        severity, fatalities = self._severity(cells, reasons)
        if reasons:
            return None, reasons
        row = {"date": date, "type": cells.get("type") or None, "severity": severity, "source_line": line_no,
               "geometry": point}
        if self.settings.acled:
            row["fatalities"] = fatalities if fatalities is not None else 0
        return row, []

    def _date(self, cells, reasons):
        date_format = self.settings.date_format
        text = cells.get("date", "")
        date = parse_date(text, date_format, self.month_first)
        if not text:
            reasons.append("empty date")
        elif date is None:
            reasons.append(f"unreadable date '{text}'" + (f" (format {date_format})" if date_format else ""))
        return date

    def _point(self, cells, reasons):
        from shapely.geometry import Point

        x, y = _parse_number(cells.get("lon", "")), _parse_number(cells.get("lat", ""))
        if x is None or y is None:
            for name, key, number in (("x/longitude", "lon", x), ("y/latitude", "lat", y)):
                if number is None:
                    text = cells.get(key, "")
                    reasons.append(f"unreadable {name} '{text}'" if text else f"empty {name}")
            return None
        if self.geographic and not (-180.0 <= x <= 180.0 and -90.0 <= y <= 90.0):
            reasons.append(f"coordinates out of range (longitude {x}, latitude {y})")
        return Point(x, y)

    def _severity(self, cells, reasons):
        """``(severity, fatalities)``: from the fatalities in ACLED format, overridden by a severity column."""
        severity, fatalities = 1.0, None
        if self.settings.acled and "fatalities" in self.index:
            value = cells.get("fatalities", "")
            number = _parse_number(value) if value else 0.0
            if number is None or number < 0:
                reasons.append(f"unreadable fatalities '{value}'")
            else:
                fatalities = int(round(number))
                severity = float(severity_from_fatalities(fatalities))
        value = cells.get("severity", "")
        if value:
            number = _parse_number(value)
            if number is None:
                number = _SEVERITY_WORDS.get(value.lower())
            if number is None or number < 0:
                reasons.append(f"unreadable severity '{value}' (a number ≥ 0 or low/medium/high/critical)")
            else:
                severity = float(number)
        return severity, fatalities


def _points_frame(accepted, acled, crs):
    """The accepted incidents as a point layer in ``crs`` (pyproj CRS); empty with the same columns."""
    import geopandas as gpd

    names = ["date", "type", "severity", "source_line"] + (["fatalities"] if acled else [])
    if not accepted:
        return gpd.GeoDataFrame({n: [] for n in names}, geometry=gpd.GeoSeries([], crs=crs.to_wkt()),
                                crs=crs.to_wkt())
    return gpd.GeoDataFrame(accepted, columns=names + ["geometry"], geometry="geometry", crs=crs.to_wkt())


#: field types of the incident output (see :func:`.io.write_layer`)
INCIDENT_FIELD_TYPES = {"date": "date", "type": "str", "severity": "float", "source_line": "int", "fatalities": "int"}


def write_incidents(points, path, layer=None):
    """Write incident points to ``path`` atomically, with ``date`` as a real Date field."""
    from .io import write_vector_atomic

    types = {c: INCIDENT_FIELD_TYPES.get(c, "str") for c in points.columns if c != points.geometry.name}
    write_vector_atomic(points, path, layer, "Point", types)


def write_rejected_csv(rejected, path):
    """Write the rejected rows (line, reason, raw) to a CSV file atomically."""
    from .io import atomic_path

    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["line", "reason", "raw"])
            for row in rejected.itertuples(index=False):
                writer.writerow([row.line, row.reason, row.raw])
