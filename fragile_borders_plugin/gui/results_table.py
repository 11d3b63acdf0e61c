"""Table of the top-ranked border segments; clicking a row zooms the map to the segment."""
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ..compat import enum_int
from ..i18n import tr, tr_noop

#: priority values of the segments layer, translated for display
PRIORITY_LABELS = {"critical": tr_noop("critical"), "high": tr_noop("high"), "medium": tr_noop("medium"),
                   "low": tr_noop("low")}
#: column title, field, number of decimals (None = text), header tooltip
COLUMNS = [
    (tr_noop("Rank"), "rank", 0, tr_noop("1 = highest score")),
    (tr_noop("Score"), "score", 1, tr_noop("Patrol priority score, 0–100")),
    (tr_noop("Priority"), "priority", None, tr_noop("critical = top 10 % of segments, high = next 20 %, "
                                                     "medium = next 30 %, low = rest")),
    (tr_noop("Risk"), "risk", 0, tr_noop("Risk to patrol personnel, 0–100 (separate from the priority)")),
    (tr_noop("Drivers"), "drivers", None, tr_noop("The factors that add most to the score")),
]
FID_ROLE = enum_int(Qt.ItemDataRole.UserRole)
VALUE_ROLE = FID_ROLE + 1


def attribute_value(value):
    """A feature attribute as a plain Python value (QGIS NULL -> None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


class _NumberItem(QTableWidgetItem):
    """Item that sorts by its number, not its text."""

    def __lt__(self, other):
        mine, theirs = self.data(VALUE_ROLE), other.data(VALUE_ROLE)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return super().__lt__(other)


class SegmentsTable(QTableWidget):
    """The ``limit`` highest-ranked segments of a segments layer (rank, score, priority, risk, drivers)."""

    def __init__(self, canvas=None, project=None, limit=20, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.limit = limit
        self.layer_id = None
        self.setHorizontalHeaderLabels([tr(title) for title, _field, _decimals, _tip in COLUMNS])
        for column, (_title, _field, _decimals, tip) in enumerate(COLUMNS):
            self.horizontalHeaderItem(column).setToolTip(tr(tip))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)  # drivers: elided, tooltip
        self.setToolTip(tr("Click a row to zoom the map to that segment."))
        self.cellClicked.connect(self._on_clicked)

    def layer(self):
        return self.project.mapLayer(self.layer_id) if self.layer_id else None

    def set_layer(self, layer):
        """Fill the table from ``layer`` (fields rank, score, priority, risk, drivers); None clears it."""
        self.setSortingEnabled(False)
        self.setRowCount(0)
        self.layer_id = layer.id() if layer is not None else None
        if layer is None:
            return 0
        names = layer.fields().names()
        rows = []
        for feature in layer.getFeatures(QgsFeatureRequest()):
            values = {field: attribute_value(feature[field]) if field in names else None for _t, field, _d, _h in COLUMNS}
            rows.append((feature.id(), values))
        rows.sort(key=lambda row: (row[1]["rank"] is None, row[1]["rank"] or 0, -(row[1]["score"] or 0)))
        rows = rows[:self.limit]
        self.setRowCount(len(rows))
        for row, (fid, values) in enumerate(rows):
            for column, (_title, field, decimals, _tip) in enumerate(COLUMNS):
                value = values[field]
                if value is None:
                    text = ""
                elif decimals is None:
                    text = tr(PRIORITY_LABELS[value]) if field == "priority" and value in PRIORITY_LABELS else str(value)
                else:
                    text = f"{float(value):.{decimals}f}"
                item = _NumberItem(text) if decimals is not None else QTableWidgetItem(text)
                item.setData(FID_ROLE, fid)
                item.setData(VALUE_ROLE, value if decimals is not None else None)
                if values["drivers"]:
                    item.setToolTip(str(values["drivers"]))
                self.setItem(row, column, item)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return len(rows)

    def feature_id(self, row):
        item = self.item(row, 0)
        return item.data(FID_ROLE) if item is not None else None

    def _on_clicked(self, row, _column):
        self.zoom_to_row(row)

    def zoom_to_row(self, row):
        """Select the segment of ``row`` and zoom the canvas to it; returns the feature id."""
        layer, fid = self.layer(), self.feature_id(row)
        if layer is None or fid is None:
            return None
        feature = layer.getFeature(fid)
        if not feature.isValid() or feature.geometry().isEmpty():
            return None
        layer.selectByIds([fid])
        if self.canvas is None:
            return fid
        box = feature.geometry().boundingBox()
        target = self.canvas.mapSettings().destinationCrs()
        if target.isValid() and layer.crs().isValid() and layer.crs() != target:
            box = QgsCoordinateTransform(layer.crs(), target, self.project).transformBoundingBox(box)
        margin = max(box.width(), box.height(), 1.0) * 0.5
        self.canvas.setExtent(box.buffered(margin))
        self.canvas.refresh()
        if hasattr(self.canvas, "flashFeatureIds"):
            self.canvas.flashFeatureIds(layer, [fid])
        return fid
