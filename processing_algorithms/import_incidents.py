"""``fragileborders:importincidents`` — read incidents from a CSV (ACLED-style or generic)."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..i18n import tr, tr_noop
from .base import FragileBordersAlgorithm, core_callbacks
from .layers import output_path

FORMATS = ("acled", "generic")
#: rejected rows listed one by one in the log, the rest counted
MAX_LOGGED = 50


class ImportIncidentsAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "importincidents"
    DISPLAY_NAME = tr_noop("Import incidents (CSV)")
    GROUP_ID = "incidents"
    DESCRIPTION = tr_noop(
        "Reads dated incidents from a CSV file into points with date (a real Date field), type, severity and "
        "source_line (the line of the row in the file). ACLED-style files use the columns event_date, "
        "latitude, longitude, event_type and fatalities (severity 1–4 from fatalities: 0 → 1, 1–2 → 2, 3–9 → 3, "
        "10 or more → 4) unless other columns are named; generic files use the columns named below (common "
        "names such as date, lon/lat, x/y are found automatically). Dates are recognised automatically: ISO "
        "2024-01-15, 15/01/2024 (day first, month first when the file shows it), '15 January 2024' (English or "
        "French months), or DATE_FORMAT. Rows that cannot be used (unreadable date, coordinates out of range or "
        "empty, empty rows) are never dropped silently: they are counted, listed by line number in the log and "
        "written with the reason to the optional rejected-rows CSV. Delimiter (, ; tab |) and encoding "
        "(UTF-8 or Windows-1252) are detected.")
    OUTPUT_HELP = {
        "OUTPUT": tr_noop("Incident points: date, type, severity, source_line (and fatalities for ACLED)."),
        "OUTPUT_REJECTED": tr_noop("CSV of the rejected rows: line, reason, raw row."),
        "N_IMPORTED": tr_noop("Number of incidents imported."),
        "N_REJECTED": tr_noop("Number of rows rejected."),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile("INPUT", tr("Incident CSV file"), extension="csv"),
                 tr("CSV file with one incident per row and a header line."))
        self.add(QgsProcessingParameterEnum("FORMAT", tr("Format"), options=[tr("ACLED-style"), tr("generic")],
                                            defaultValue=0),
                 tr("ACLED-style (event_date, latitude, longitude, event_type, fatalities) or generic (columns "
                    "named below)."))
        self.add(QgsProcessingParameterString("LON_FIELD", tr("Longitude / X column"), "", optional=True),
                 tr("Column of the longitude (degrees) or X (CRS units); empty = format default or auto-detected "
                    "(longitude, lon, lng, x)."), optional=True)
        self.add(QgsProcessingParameterString("LAT_FIELD", tr("Latitude / Y column"), "", optional=True),
                 tr("Column of the latitude (degrees) or Y (CRS units); empty = format default or auto-detected "
                    "(latitude, lat, y)."), optional=True)
        self.add(QgsProcessingParameterCrs("CRS", tr("Coordinate CRS"), "EPSG:4326", optional=True),
                 tr("CRS of the coordinates: EPSG:4326 (the default) for longitude/latitude in degrees (checked "
                    "to lie within ±180 / ±90), or a projected CRS for X/Y in metres."), optional=True)
        self.add(QgsProcessingParameterString("DATE_FIELD", tr("Date column"), "", optional=True),
                 tr("Column of the date; empty = event_date (ACLED) or auto-detected (date)."), optional=True)
        self.add(QgsProcessingParameterString("TYPE_FIELD", tr("Type column"), "", optional=True),
                 tr("Column of the incident type; empty = event_type (ACLED) or auto-detected (type)."),
                 optional=True)
        self.add(QgsProcessingParameterString("SEVERITY_FIELD", tr("Severity column"), "", optional=True),
                 tr("Column of a numeric severity (or low/medium/high/critical); empty values count 1. For ACLED, "
                    "empty = severity from fatalities."), optional=True)
        self.add(QgsProcessingParameterString("FATALITIES_FIELD", tr("Fatalities column (ACLED)"), "",
                                              optional=True),
                 tr("Column of the fatality count mapped to severity for ACLED files; empty = fatalities."),
                 optional=True, advanced=True)
        self.add(QgsProcessingParameterString("DATE_FORMAT", tr("Date format"), "", optional=True),
                 tr("Optional strptime format such as %m/%d/%Y; empty = automatic (ISO, day/month/year, "
                    "'15 January 2024')."), optional=True)
        self.add(QgsProcessingParameterVectorDestination("OUTPUT", tr("Incidents")),
                 tr("Output incident points."))
        self.add(QgsProcessingParameterFileDestination("OUTPUT_REJECTED", tr("Rejected rows"), tr("CSV files (*.csv)"),
                                                       optional=True, createByDefault=False),
                 tr("Optional CSV listing every rejected row with its line number and the reason."), optional=True)
        self.addOutput(QgsProcessingOutputNumber("N_IMPORTED", tr("Incidents imported")))
        self.addOutput(QgsProcessingOutputNumber("N_REJECTED", tr("Rows rejected")))

    def process(self, parameters, context, feedback):
        from ..core.incidents import read_incidents_csv, write_incidents, write_rejected_csv

        path = self.parameterAsFile(parameters, "INPUT", context)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")

        def text(name):
            return (self.parameterAsString(parameters, name, context) or "").strip() or None

        progress, is_cancelled = core_callbacks(feedback, 0, 80)
        points, rejected, info = read_incidents_csv(
            path, FORMATS[self.parameterAsEnum(parameters, "FORMAT", context)], lon_field=text("LON_FIELD"),
            lat_field=text("LAT_FIELD"), date_field=text("DATE_FIELD"), type_field=text("TYPE_FIELD"),
            severity_field=text("SEVERITY_FIELD"), fatalities_field=text("FATALITIES_FIELD"),
            date_format=text("DATE_FORMAT"), crs=crs.authid() or crs.toWkt(), progress=progress,
            is_cancelled=is_cancelled)
        feedback.pushInfo(tr("{} rows read: {} incidents imported, {} rejected (columns: {}).").format(
            info["rows"], info["accepted"], info["rejected"],
            ", ".join(f"{k}={v}" for k, v in info["columns"].items())))
        if info["month_first"]:
            feedback.pushWarning(tr("Numeric dates were read month first (MM/DD/YYYY): some have a day > 12 in "
                                    "second place. Set DATE_FORMAT if this is wrong."))
        for row in rejected.head(MAX_LOGGED).itertuples(index=False):
            feedback.reportError(tr("Line {}: rejected, {}").format(row.line, row.reason), False)
        if len(rejected) > MAX_LOGGED:
            feedback.reportError(tr("… and {} more rejected rows (see the rejected-rows CSV).").format(
                len(rejected) - MAX_LOGGED), False)
        if info["accepted"] == 0:
            raise ValueError(tr("No row of {} could be imported ({} rejected): check the columns and the date "
                                "format.").format(path, info["rejected"]))
        out = output_path(self, parameters, "OUTPUT", context)
        rejected_path = (self.parameterAsFileOutput(parameters, "OUTPUT_REJECTED", context) or "").strip()
        write_incidents(points, out)
        results = {"OUTPUT": out, "N_IMPORTED": info["accepted"], "N_REJECTED": info["rejected"]}
        if rejected_path:
            write_rejected_csv(rejected, rejected_path)
            results["OUTPUT_REJECTED"] = rejected_path
        feedback.setProgress(100)
        return results
