"""The briefing's QGIS print layout: map page, ranked tables with the limits box, detail maps.

Built in code (no .qpt template: every position depends on the language's direction and on
what the run holds) from the facts of :mod:`..core.briefing_data`. A4 landscape, millimetres.
For right-to-left languages every item is mirrored across the page, text is right-aligned and
table columns run from right to left.
"""
import os
import re
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt, QTranslator
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..compat import TEXT_RENDER_ALWAYS_TEXT, set_text_font
from ..gui.results import RESULT_VECTORS, rescale_pseudocolor, style_path, style_rgb, translate_legend
from ..i18n import CONTEXT, RTL_LANGUAGES, plugin_locale

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NORTH_ARROW = os.path.join(PLUGIN_DIR, "resources", "briefing", "north_arrow.svg")
LANGUAGES = ("auto", "en", "fr", "ar")
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 10.0  # A4 landscape, mm
#: fonts tried in order: DejaVu Sans (fonts-dejavu-core) covers Latin and Arabic
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", "Arial")
MARKING_RED = QColor("#b3001b")
INK = QColor("#222222")
#: vector roles drawn on the maps, top to bottom, and those shown in the legend
MAP_ROLES = ("patrol_posts", "tracks", "segments", "patrol_coverage", "changes")
LEGEND_ROLES = ("patrol_posts", "tracks", "segments", "changes")
DETAIL_MAPS_PER_PAGE = 4
CELL_MARGIN = 1.0  # mm


#: the phrases core.segments writes into ``drivers`` (English), matched whole, one per comma-separated part
DRIVER_PHRASES = (
    (re.compile(r"^(\d+) track crossings?$"), "crossings"),
    (re.compile(r"^([\d.]+) km of tracks per km²$"), "tracks"),
    (re.compile(r"^([\d.]+) km of tracks per km² \(([\d.]+) km new\)$"), "tracks_new"),
    (re.compile(r"^([\d ]+) m² of change$"), "changes"),
    (re.compile(r"^(\d+) incidents? \(weight ([\d.]+) after decay\)$"), "incidents"),
    (re.compile(r"^([\d.]+) km from an official crossing$"), "remoteness"),
    (re.compile(r"^passable terrain \(mean slope ([\d.]+)°\)$"), "terrain"),
    (re.compile(r"^no indicator$"), "none"),
)


class Language:
    """Translations for one briefing language, independent of the QGIS interface language.

    ``tr(text)`` is called with literals so scripts/update_translations.py extracts them.
    """

    def __init__(self, code="auto"):
        code = plugin_locale() if code in (None, "", "auto") else code
        self.code = code if code in LANGUAGES else "en"
        self.rtl = self.code in RTL_LANGUAGES
        self._translator = None
        path = os.path.join(PLUGIN_DIR, "resources", "i18n", f"{self.code}.qm")
        if self.code != "en" and os.path.isfile(path):
            translator = QTranslator()
            if translator.load(path):
                self._translator = translator

    def tr(self, text):
        if self._translator is None:
            return text
        # bytes: PyQt passes str to QTranslator's const char* arguments as ASCII ("–" would fail)
        return self._translator.translate(CONTEXT.encode(), text.encode("utf-8")) or text

    def ltr(self, text):
        """``text`` kept left to right inside right-to-left text (dates, "7 569" with its thousands space)."""
        return f"\u202a{text}\u202c" if self.rtl else text

    def drivers(self, text):
        """The ``drivers`` text of a segment in this language; a part it does not recognise stays as written."""
        if self._translator is None or not text:
            return text or ""
        templates = {"crossings": self.tr("{} track crossing(s)"), "tracks": self.tr("{} km of tracks per km²"),
                     "tracks_new": self.tr("{} km of tracks per km² ({} km new)"),
                     "changes": self.tr("{} m² of change"),
                     "incidents": self.tr("{} incident(s) (weight {} after decay)"),
                     "remoteness": self.tr("{} km from an official crossing"),
                     "terrain": self.tr("passable terrain (mean slope {}°)"), "none": self.tr("no indicator")}
        parts = []
        for part in text.split(", "):
            for pattern, kind in DRIVER_PHRASES:
                found = pattern.match(part)
                if found:
                    part = templates[kind].format(*(self.ltr(value) for value in found.groups()))
                    break
            parts.append(part)
        return "، ".join(parts) if self.rtl else ", ".join(parts)


@dataclass
class BriefingSettings:
    """What the user chose: title, marking, language, rows in the segment table, detail maps."""

    title: str
    marking: str
    language: Language
    top_n: int = 10
    detail_maps: int = 0


def _font(size_pt, bold=False):
    families = set(QFontDatabase().families())
    font = QFont(next((f for f in FONT_FAMILIES if f in families), QFont().family()))
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def _text_format(size_pt, bold=False, color=INK, halo=False):
    text_format = QgsTextFormat.fromQFont(_font(size_pt, bold))
    text_format.setSize(size_pt)
    text_format.setColor(color)
    if halo:  # readable over the image
        text_format.buffer().setEnabled(True)
        text_format.buffer().setSize(0.8)
        text_format.buffer().setColor(QColor("white"))
    return text_format


class BriefingLayout:
    """Builds the print layout of one run's briefing; :meth:`export_pdf` writes it."""

    def __init__(self, facts, settings):
        self.facts = facts
        self.settings = settings
        self.lang = settings.language
        self.project = QgsProject()  # private: nothing is added to the user's project
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.layers = {}
        self.items = {}  # item id -> item, for tests and for the exported layer names

    # ------------------------------------------------------------------ placing
    def _x(self, x, width):
        """Mirror a left edge across the page for right-to-left languages."""
        return PAGE_W - x - width if self.lang.rtl else x

    def _place(self, item, x, y, width, height, page, item_id):
        item.attemptResize(QgsLayoutSize(width, height))
        item.attemptMove(QgsLayoutPoint(self._x(x, width), y), page=page)
        item.setId(item_id)
        self.items[item_id] = item
        return item

    def _label(self, text, x, y, width, height, page, item_id, size_pt=9.0, bold=False, color=INK,
               align=None, frame=False):
        label = QgsLayoutItemLabel(self.layout)
        label.setText(text)
        set_text_font(label, _font(size_pt, bold), color)
        if align is None:
            align = Qt.AlignmentFlag.AlignRight if self.lang.rtl else Qt.AlignmentFlag.AlignLeft
        label.setHAlign(align)
        label.setVAlign(Qt.AlignmentFlag.AlignTop)
        label.setMarginX(1.5 if frame else 0.0)
        label.setMarginY(1.5 if frame else 0.0)
        label.setFrameEnabled(frame)
        self.layout.addLayoutItem(label)
        return self._place(label, x, y, width, height, page, item_id)

    # ------------------------------------------------------------------ layers
    def load_layers(self):
        """Open the run's layers with the plugin's styles, legends in the briefing language."""
        gpkg = self.facts.gpkg
        titles = {role: title for role, _key, _layer, title, _style, _visible in RESULT_VECTORS}
        styles = {role: style for role, _key, _layer, _title, style, _visible in RESULT_VECTORS}
        for role in MAP_ROLES:
            if role not in self.facts.layers:
                continue
            layer = QgsVectorLayer(f"{gpkg}|layername={role}", self.lang.tr(titles[role]), "ogr")
            if not layer.isValid():
                continue
            layer.loadNamedStyle(style_path(styles[role]))
            translate_legend(layer, self.lang.tr)
            self.layers[role] = layer
        if "segments" in self.layers:
            self._label_segments(self.layers["segments"])
        if self.facts.after_path:
            after = QgsRasterLayer(self.facts.after_path, self.lang.tr("After image (RGB)"), "gdal")
            if after.isValid():
                style_rgb(after)
                self.layers["after"] = after
        score = os.path.join(self.facts.folder, "change_score.tif")
        if "after" not in self.layers and os.path.isfile(score):  # no image: the change score is the backdrop
            backdrop = QgsRasterLayer(score, self.lang.tr("Change score"), "gdal")
            if backdrop.isValid():
                backdrop.loadNamedStyle(style_path("change_score"))
                rescale_pseudocolor(backdrop)
                self.layers["after"] = backdrop
        self.project.addMapLayers(list(self.layers.values()), False)

    def _label_segments(self, layer):
        """Segment labels "#rank priority" with the priority in the briefing language."""
        labeling = layer.labeling()
        if labeling is None or not hasattr(labeling, "settings"):
            return
        settings = QgsPalLayerSettings(labeling.settings())
        words = {"critical": self.lang.tr("critical"), "high": self.lang.tr("high"),
                 "medium": self.lang.tr("medium"), "low": self.lang.tr("low")}
        cases = " ".join("WHEN \"priority\" = '{}' THEN '{}'".format(key, word.replace("'", "''"))
                         for key, word in words.items())
        settings.fieldName = f"concat('#', \"rank\", ' ', CASE {cases} ELSE \"priority\" END)"
        settings.isExpression = True
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    def _map_layers(self):
        return [self.layers[r] for r in MAP_ROLES + ("after",) if r in self.layers]

    def _area(self):
        """Extent of page 1: the segments with a margin, inside the image when there is one."""
        extent = QgsRectangle(self.layers["segments"].extent())
        extent.grow(max(extent.width(), extent.height()) * 0.08 + 1.0)
        return extent

    # ------------------------------------------------------------------ pages
    def build(self):
        self.load_layers()
        if "segments" not in self.layers:
            raise ValueError(self.lang.tr("The segments layer of the run could not be opened."))
        pages = self.layout.pageCollection()
        pages.page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
        detail_pages = -(-min(self.settings.detail_maps, len(self.facts.top_segments)) // DETAIL_MAPS_PER_PAGE)
        for _ in range(1 + detail_pages):
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
            pages.addPage(page)
        count = pages.pageCount()
        for index in range(count):
            self._frame_page(index, count)
        self._map_page()
        self._tables_page(1)
        for number in range(detail_pages):
            self._detail_page(2 + number, number * DETAIL_MAPS_PER_PAGE)
        return self.layout

    def _frame_page(self, page, count):
        """Marking at the top and the bottom, page number in the footer."""
        marking = self.settings.marking.strip()
        centre = Qt.AlignmentFlag.AlignHCenter
        if marking:
            self._label(marking, MARGIN, 3.0, PAGE_W - 2 * MARGIN, 6.0, page, f"marking_top_{page + 1}", 11.0,
                        True, MARKING_RED, centre)
            self._label(marking, MARGIN, PAGE_H - 8.0, PAGE_W - 2 * MARGIN, 6.0, page,
                        f"marking_bottom_{page + 1}", 11.0, True, MARKING_RED, centre)
        footer = self.lang.tr("Fragile Borders – page {} of {}").format(page + 1, count)
        self._label(footer, MARGIN, PAGE_H - 13.0, 80.0, 5.0, page, f"footer_{page + 1}", 7.0)

    def _map_page(self):
        facts, tr = self.facts, self.lang.tr
        title = self.settings.title or tr("Border surveillance briefing")
        self._label(title, MARGIN, 10.0, PAGE_W - 2 * MARGIN, 9.0, 0, "title", 17.0, True)
        unknown = tr("unknown")
        dates = tr("Images: before {}, after {}. Analysis run: {}.").format(
            *(self.lang.ltr(d or unknown) for d in (facts.before_date, facts.after_date, facts.run_date)))
        self._label(dates, MARGIN, 19.5, PAGE_W - 2 * MARGIN, 5.0, 0, "dates", 9.0)
        main = self._map(MARGIN, 27.0, 190.0, 158.0, 0, "map", self._area(), self._map_layers())
        self._grid(main)
        north = QgsLayoutItemPicture(self.layout)
        north.setPicturePath(NORTH_ARROW)
        north.setLinkedMap(main)
        self.layout.addLayoutItem(north)
        self._place(north, MARGIN + 190.0 - 13.0 if not self.lang.rtl else MARGIN + 3.0, 30.0, 10.0, 15.0, 0,
                    "north_arrow")
        scale = QgsLayoutItemScaleBar(self.layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(main)
        scale.applyDefaultSize()
        scale.setTextFormat(_text_format(7.0))
        self.layout.addLayoutItem(scale)
        self._place(scale, MARGIN, 187.0, 70.0, 9.0, 0, "scale_bar")
        scale.applyDefaultSize()  # again: the linked map now has its final size
        side = MARGIN + 190.0 + 5.0
        width = PAGE_W - MARGIN - side
        overview_extent = QgsRectangle(main.extent())
        overview_extent.scale(3.0)
        border = self.layers["segments"].clone()  # unlabelled: the inset shows where, not which
        border.setLabelsEnabled(False)
        self.project.addMapLayer(border, False)
        overview = self._map(side, 27.0, width, 52.0, 0, "overview", overview_extent,
                             [border] + ([self.layers["after"]] if "after" in self.layers else []))
        overview.overview().setLinkedMap(main)
        self._label(tr("Overview: the map frame within three times its area"), side, 80.0, width, 4.0, 0,
                    "overview_caption", 6.5)
        self._legend(main, side, 86.0, width, 98.0)

    def _map(self, x, y, width, height, page, item_id, extent, layers):
        item = QgsLayoutItemMap(self.layout)
        item.setFrameEnabled(True)
        self.layout.addLayoutItem(item)
        self._place(item, x, y, width, height, page, item_id)
        item.setCrs(self.layers["segments"].crs())
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.zoomToExtent(extent)
        return item

    def _grid(self, item):
        """Latitude/longitude grid in degrees and minutes, about four lines across the map."""
        grid = QgsLayoutItemMapGrid("latlon", item)
        grid.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        width_deg = item.extent().width() / 111320.0 if not item.crs().isGeographic() else item.extent().width()
        interval = _grid_interval(width_deg / 4.0)
        grid.setIntervalX(interval)
        grid.setIntervalY(interval)
        grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Cross)
        grid.setCrossLength(2.0)
        grid.setAnnotationEnabled(True)
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.DegreeMinute)
        grid.setAnnotationPrecision(1 if interval < 1.0 / 60.0 else 0)
        grid.setAnnotationTextFormat(_text_format(6.0, halo=True))
        sides = {QgsLayoutItemMapGrid.BorderSide.Left: QgsLayoutItemMapGrid.DisplayMode.LatitudeOnly,
                 QgsLayoutItemMapGrid.BorderSide.Right: QgsLayoutItemMapGrid.DisplayMode.LatitudeOnly,
                 QgsLayoutItemMapGrid.BorderSide.Top: QgsLayoutItemMapGrid.DisplayMode.LongitudeOnly,
                 QgsLayoutItemMapGrid.BorderSide.Bottom: QgsLayoutItemMapGrid.DisplayMode.LongitudeOnly}
        for side, shown in sides.items():  # inside: nothing spills over the page or the side column
            grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame, side)
            grid.setAnnotationDisplay(shown, side)
        grid.setFrameStyle(QgsLayoutItemMapGrid.FrameStyle.Zebra)
        grid.setFrameWidth(1.2)
        item.grids().addGrid(grid)
        return grid

    def _legend(self, item, x, y, width, height):
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(self.lang.tr("Legend"))
        legend.setLinkedMap(item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        for role in LEGEND_ROLES:
            if role in self.layers:
                root.addLayer(self.layers[role])
        if self.lang.rtl:
            legend.setSymbolAlignment(Qt.AlignmentFlag.AlignRight)
            legend.setTitleAlignment(Qt.AlignmentFlag.AlignRight)
        sizes = {QgsLegendStyle.Style.Title: (11.0, True), QgsLegendStyle.Style.Group: (8.5, True),
                 QgsLegendStyle.Style.Subgroup: (8.0, True), QgsLegendStyle.Style.SymbolLabel: (7.0, False)}
        for part, (size_pt, bold) in sizes.items():
            style = legend.rstyle(part)
            set_text_font(style, _font(size_pt, bold))
            if self.lang.rtl:
                style.setAlignment(Qt.AlignmentFlag.AlignRight)
        legend.setSymbolHeight(3.5)
        legend.setWrapString("\n")
        legend.setResizeToContents(False)
        self.layout.addLayoutItem(legend)
        self._place(legend, x, y, width, height, 0, "legend")
        return legend

    def _tables_page(self, page):
        tr = self.lang.tr
        top = self.facts.top_segments
        self._label(tr("Ranked border segments (top {})").format(len(top)), MARGIN, 11.0, 180.0, 6.0, page,
                    "segments_heading", 12.0, True)
        priority = {"critical": tr("critical"), "high": tr("high"), "medium": tr("medium"), "low": tr("low")}
        rows = [[_number(s["rank"], 0), _number(s["segment_id"], 0),
                 "{}–{}".format(_number(s["start_km"], 2), _number(s["end_km"], 2)), _number(s["score"], 1),
                 priority.get(s["priority"], s["priority"] or ""), _number(s["risk"], 0),
                 self.lang.drivers(s["drivers"])]
                for s in top]
        columns = [(tr("Rank"), 11), (tr("Segment"), 16), (tr("km"), 22), (tr("Score"), 14), (tr("Priority"), 18),
                   (tr("Risk"), 11), (tr("Drivers"), 0)]
        self._table(columns, rows, MARGIN, 18.0, PAGE_W - 2 * MARGIN, 92.0, page, "segments_table")
        posts = self.facts.posts
        self._label(tr("Patrol posts ({})").format(len(posts)), MARGIN, 113.0, 150.0, 6.0, page, "posts_heading",
                    12.0, True)
        if posts:
            rows = [[_number(p["post_id"], 0), _number(p["segment_id"], 0), _latitude(p["lat"]),
                     _longitude(p["lon"]), "{:.0f} / {:.0f}".format(p["x"], p["y"]),
                     _number(p["covered_priority"], 1), _number(p["risk"], 0)] for p in posts]
            columns = [(tr("Post"), 10), (tr("Segment"), 16), (tr("Latitude"), 24), (tr("Longitude"), 24),
                       (tr("Easting / northing (m)"), 0), (tr("Covered priority"), 22), (tr("Risk"), 11)]
            self._table(columns, rows, MARGIN, 120.0, 150.0, 64.0, page, "posts_table")
        else:
            self._label(tr("No patrol post was placed in this run (see the limits)."), MARGIN, 120.0, 150.0, 10.0,
                        page, "posts_none", 9.0)
        box_x, box_w = MARGIN + 155.0, PAGE_W - 2 * MARGIN - 155.0
        self._label("\n\n" + self.limits_text(), box_x, 113.0, box_w, 71.0, page, "limits", 7.5, frame=True)
        self._label(tr("Method and limits"), box_x + 1.5, 114.5, box_w - 3.0, 5.0, page, "limits_heading", 9.0, True)

    def _table(self, columns, rows, x, y, width, height, page, item_id):
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        if self.lang.rtl:
            columns, rows = columns[::-1], [row[::-1] for row in rows]
        # the free column takes what the others leave of the frame (each column adds two cell margins and a line)
        fixed = sum(w for _title, w in columns) + len(columns) * (2.0 * CELL_MARGIN + 0.5)
        widths = [w or max(20.0, width - fixed) for _title, w in columns]
        headers = []
        for (title, _width), column_width in zip(columns, widths):
            header = QgsLayoutTableColumn(title)
            header.setWidth(column_width)
            header.setHAlignment(Qt.AlignmentFlag.AlignRight if self.lang.rtl else Qt.AlignmentFlag.AlignLeft)
            headers.append(header)
        table.setHeaders(headers)
        table.setColumnWidths(widths)
        table.setIncludeTableHeader(True)
        table.setTableContents([[self._cell(value) for value in row] for row in rows])
        table.setHeaderTextFormat(_text_format(8.0, True))
        table.setContentTextFormat(_text_format(7.5))
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setCellMargin(CELL_MARGIN)
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        self._place(frame, x, y, width, height, page, item_id)
        return table

    def _cell(self, value):
        cell = QgsTableCell(str(value))
        if self.lang.rtl:
            cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
        return cell

    def limits_text(self):
        """The "method and limits" box: what ran, what was masked, which inputs and layers were missing."""
        facts, tr = self.facts, self.lang.tr
        lines = []
        ran = [tr("change detection (iMAD)") if "changes" in facts.layers else None,
               tr("track extraction") if "tracks" in facts.layers else None,
               tr("segment scoring"),
               tr("patrol planning") if "patrol_posts" in facts.layers else None]
        lines.append(tr("Steps that ran: {}.").format(", ".join(r for r in ran if r)))
        segment_length = facts.parameters.get("SEGMENT_LENGTH_M")
        if isinstance(segment_length, (int, float)):
            lines.append(tr("Segments of {:.0f} m; score 0–100 from explained factors (drivers).").format(
                segment_length))
        if facts.masked_share is not None:
            lines.append(tr("Cloud and shadow mask: {:.1%} of the image left out of change detection.").format(
                facts.masked_share))
        if facts.no_score_share is not None and facts.no_score_share > 0.0005:
            lines.append(tr("No change score (no data or masked) on {:.1%} of the image.").format(
                facts.no_score_share))
        missing = {"INCIDENTS": tr("no incidents: the incident factor and the risk to patrols are unknown, "
                                   "not zero"),
                   "CROSSINGS": tr("no official crossings: remoteness is not scored"),
                   "MASK": tr("no cloud mask: clouds and shadows may show as change"),
                   "AOI": tr("no area of interest: the whole image was analysed")}
        for name in facts.missing_inputs:
            lines.append("– " + missing[name] + ".")
        absent = {"changes": tr("no change layer in the run"), "tracks": tr("no track layer in the run"),
                  "patrol_posts": tr("no patrol plan in the run"),
                  "patrol_coverage": tr("no patrol coverage in the run")}
        for name in facts.missing_layers:
            if name in absent:
                lines.append("– " + absent[name] + ".")
        lines.append(tr("Automatic detections: confirm on the images before acting."))
        return "\n".join(lines)

    def _detail_page(self, page, first):
        tr = self.lang.tr
        chosen = self.facts.top_segments[first:first + DETAIL_MAPS_PER_PAGE][:max(0, self.settings.detail_maps - first)]
        self._label(tr("Detail maps of the top segments"), MARGIN, 11.0, 200.0, 6.0, page, f"details_{page}", 12.0,
                    True)
        segments = self.layers["segments"]
        width, height = (PAGE_W - 2 * MARGIN - 8.0) / 2.0, 78.0
        for slot, segment in enumerate(chosen):
            x = MARGIN + (slot % 2) * (width + 8.0)
            y = 19.0 + (slot // 2) * (height + 8.0)
            extent = _segment_extent(segments, segment["segment_id"])
            if extent is None:
                continue
            item = self._map(x, y + 5.0, width, height - 5.0, page, f"detail_{segment['rank']}", extent,
                             self._map_layers())
            item.setFrameEnabled(True)
            caption = tr("Rank {}: segment {}, km {}–{}, score {}, risk {}").format(
                _number(segment["rank"], 0), _number(segment["segment_id"], 0), _number(segment["start_km"], 2),
                _number(segment["end_km"], 2), _number(segment["score"], 1), _number(segment["risk"], 0))
            self._label(caption, x, y, width, 5.0, page, f"detail_caption_{segment['rank']}", 8.5, True)

    # ------------------------------------------------------------------ export
    def export_pdf(self, path):
        """Write the PDF to ``path``; raises OSError with QGIS's reason when it cannot."""
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = TEXT_RENDER_ALWAYS_TEXT
        result = exporter.exportToPdf(path, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OSError(exporter.errorMessage() or f"PDF export failed (code {int(result)}): {path}")

    def export_pngs(self, folder, stem="briefing"):
        """One PNG per page in ``folder`` (stem.png, stem_2.png, …, as QGIS names them); returns the paths."""
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = 150
        settings.generateWorldFile = False
        settings.exportMetadata = False  # GDAL cannot update a PNG in place
        result = exporter.exportToImage(os.path.join(folder, f"{stem}.png"), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OSError(exporter.errorMessage() or f"PNG export failed (code {int(result)}): {folder}")
        names = [f"{stem}.png"] + [f"{stem}_{n}.png" for n in range(2, self.layout.pageCollection().pageCount() + 1)]
        return [os.path.join(folder, n) for n in names if os.path.isfile(os.path.join(folder, n))]


def _segment_extent(layer, segment_id):
    """Extent around one segment: the segment and three times its length around it."""
    for feature in layer.getFeatures():
        if feature["segment_id"] == segment_id:
            box = QgsRectangle(feature.geometry().boundingBox())
            side = max(box.width(), box.height(), 1.0) * 1.5
            centre = box.center()
            return QgsRectangle(centre.x() - side, centre.y() - side, centre.x() + side, centre.y() + side)
    return None


def _grid_interval(degrees):
    """A readable grid step in degrees (1, 2, 5, 10, 15, 30 minutes or seconds; whole degrees) near ``degrees``."""
    steps = [s / 3600.0 for s in (1, 2, 5, 10, 15, 30)] + [m / 60.0 for m in (1, 2, 5, 10, 15, 30)] + [1.0, 2.0, 5.0]
    return min(steps, key=lambda step: abs(step - degrees))


def _number(value, decimals):
    if value is None:
        return ""
    return f"{float(value):.{decimals}f}"


def _latitude(value):
    return "" if value is None else "{:.5f}° {}".format(abs(value), "N" if value >= 0 else "S")


def _longitude(value):
    return "" if value is None else "{:.5f}° {}".format(abs(value), "E" if value >= 0 else "W")
