"""The "Fragile Borders" dock panel: pick the layers, set the key parameters, Run in the background.

The dock gets the QGIS interface only as the ``iface`` argument (from ``initGui``); with
``iface=None`` (tests, scripts) messages go to :attr:`FragileBordersDock.messages` and the
optional ``canvas`` is zoomed instead of the main one.
"""
import datetime
import json
import os

from qgis.core import QgsApplication, QgsDistanceArea, QgsProject, QgsSettings
from qgis.gui import QgsDoubleSpinBox, QgsFileWidget, QgsMapLayerComboBox, QgsSpinBox
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor, QIcon
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..compat import (
    LAYER_FILTER_LINE,
    LAYER_FILTER_POINT,
    LAYER_FILTER_POLYGON,
    LAYER_FILTER_RASTER,
    MESSAGE_CRITICAL,
    MESSAGE_INFO,
    MESSAGE_SUCCESS,
    MESSAGE_WARNING,
)
from ..core.change_defaults import MIN_AREA_M2
from ..i18n import is_rtl, tr, tr_noop
from . import results as loader
from .results_table import SegmentsTable, attribute_value
from .runner import AlgorithmRun

PIPELINE_ID = "fragileborders:pipeline"
TRAINING_ID = "fragileborders:trainingscene"
BRIEFING_ID = "fragileborders:briefing"
ICON_DIR = os.path.join(loader.PLUGIN_DIR, "resources", "icons")
SETTINGS_WORK_FOLDER = "fragile_borders/work_folder"

#: layer inputs: name, label, layer filter, optional
LAYER_INPUTS = [
    ("BEFORE", tr_noop("Before image"), LAYER_FILTER_RASTER, False),
    ("AFTER", tr_noop("After image"), LAYER_FILTER_RASTER, False),
    ("BORDER", tr_noop("Border line"), LAYER_FILTER_LINE, False),
    ("INCIDENTS", tr_noop("Incidents (optional)"), LAYER_FILTER_POINT, True),
    ("CROSSINGS", tr_noop("Official crossings (optional)"), LAYER_FILTER_POINT, True),
    ("MASK", tr_noop("Ignore mask, non-zero = ignore (optional)"), LAYER_FILTER_RASTER, True),
    ("AOI", tr_noop("Area of interest (optional)"), LAYER_FILTER_POLYGON, True),
]
#: numeric parameters shown in the dock, with fallbacks used when the pipeline is not registered:
#: name -> (label with units, integer, default, minimum, maximum); default None = "auto": left to the
#: pipeline, which derives the value from the data (the box then shows AUTO_TEXT at 0)
NUMBER_INPUTS = {
    "TEAMS": (tr_noop("Patrol teams (0 = no patrol plan)"), True, 3, 0, 50),
    "SIGNIFICANCE": (tr_noop("Change significance (probability)"), False, 0.99, 0.5, 0.999999),
    "MIN_AREA_M2": (tr_noop("Minimum change area (m²)"), False, MIN_AREA_M2, 0.0, None),
    "TRACK_WIDTH_M": (tr_noop("Track width (m)"), False, 6.0, 0.1, None),
    "MIN_LENGTH_M": (tr_noop("Minimum track length (m)"), False, 150.0, 0.0, None),
    "SEGMENT_LENGTH_M": (tr_noop("Segment length (m)"), False, None, 10.0, None),
    "CORRIDOR_M": (tr_noop("Corridor half-width (m)"), False, 5000.0, 1.0, None),
    "HALF_LIFE_DAYS": (tr_noop("Incident half-life (days)"), False, 180.0, 1.0, None),
    "REACH_M": (tr_noop("Team reach along the border (m)"), False, None, 1.0, None),
    "MAX_RISK": (tr_noop("Maximum risk for a post (0–100)"), False, 70.0, 0.0, 100.0),
}
TRAINING_SIZES = (512, 1024, 2048)
AUTO_TEXT = tr_noop("auto (from the border length)")


def default_work_folder():
    """Folder for generated scenes and runs without a chosen output folder (kept across sessions)."""
    folder = QgsSettings().value(SETTINGS_WORK_FOLDER, "")
    return folder or os.path.join(QgsApplication.qgisSettingsDirPath(), "fragile_borders")


def _layer_parameter(layer):
    """Parameter value of a picked layer: its file source when it is a plain file, else its id."""
    if layer is None:
        return None
    source = layer.source()
    provider = layer.providerType()
    if provider == "gdal" and os.path.isfile(source.split("|")[0]):
        return source
    if provider == "ogr" and os.path.isfile(source.split("|")[0]) and not layer.subsetString():
        return source
    return layer.id()


class FragileBordersDock(QDockWidget):
    """Dock panel: analysis inputs, Run/Cancel with progress, results table, training borderland.

    Parameters
    ----------
    iface : QgisInterface, optional
        The QGIS interface from ``initGui``; gives the message bar and the map canvas.
    canvas : QgsMapCanvas, optional
        Canvas to zoom when there is no ``iface``.
    project : QgsProject, optional
        Project to load into (the current one by default).
    work_folder : str, optional
        Where scenes and runs without an output folder go (default: the QGIS profile's
        ``fragile_borders`` folder, or the ``fragile_borders/work_folder`` setting).
    """

    #: emitted after a background run was handled: kind ("pipeline"/"training"), ok, message
    run_finished = pyqtSignal(str, bool, str)

    def __init__(self, iface=None, parent=None, canvas=None, project=None, work_folder=None):
        super().__init__(tr("Fragile Borders"), parent)
        self.setObjectName("FragileBordersDock")
        self.iface = iface
        self.canvas = iface.mapCanvas() if iface is not None else canvas
        self.project = project or QgsProject.instance()
        self.work_folder = work_folder or default_work_folder()
        self.messages = []  # (level, text) of every message shown, newest last
        self.current_run = None
        self.run_kind = None
        self.last_results = None
        self.last_group_name = None
        self.training_group_name = None
        if is_rtl():
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._build()
        self._apply_pipeline_definitions()

    # ------------------------------------------------------------------ building
    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        self.tabs = QTabWidget()
        analysis = QScrollArea()  # the long tab scrolls; progress and Cancel below stay in view
        analysis.setWidgetResizable(True)
        analysis.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        analysis.setWidget(self._analysis_tab())
        self.tabs.addTab(analysis, tr("Analysis"))
        self.tabs.addTab(self._results_tab(), tr("Results"))
        self.tabs.addTab(self._training_tab(), tr("Training"))
        layout.addWidget(self.tabs, 1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.status_label = QLabel(tr("Ready."))
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self.setWidget(body)

    def _analysis_tab(self):
        tab = QWidget()
        layout = QVBoxLayout(tab)
        inputs = QGroupBox(tr("Inputs"))
        form = QFormLayout(inputs)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above picker: fits a narrow dock
        self.layer_inputs = {}
        for name, label, layer_filter, optional in LAYER_INPUTS:
            combo = QgsMapLayerComboBox()
            combo.setFilters(layer_filter)
            if optional:
                combo.setAllowEmptyLayer(True)
                combo.setLayer(None)
            combo.setObjectName(f"input_{name}")
            form.addRow(tr(label), combo)
            self.layer_inputs[name] = combo
        layout.addWidget(inputs)

        parameters = QGroupBox(tr("Parameters"))
        form = QFormLayout(parameters)
        self.number_inputs = {}
        self.number_labels = {}
        for name, (label, integer, default, minimum, maximum) in NUMBER_INPUTS.items():
            box = QgsSpinBox() if integer else QgsDoubleSpinBox()
            self._configure_number(box, integer, default, minimum, maximum)
            box.setObjectName(f"param_{name}")
            text = QLabel(tr(label))
            text.setWordWrap(True)
            form.addRow(text, box)
            self.number_inputs[name] = box
            self.number_labels[name] = text
        self.reference_date_check = QCheckBox(tr("Reference date"))
        self.reference_date_check.setToolTip(tr("Unticked: the date of the latest incident."))
        self.reference_date = QDateEdit(QDate.currentDate())
        self.reference_date.setCalendarPopup(True)
        self.reference_date.setDisplayFormat("yyyy-MM-dd")
        self.reference_date.setEnabled(False)
        self.reference_date_check.toggled.connect(self.reference_date.setEnabled)
        form.addRow(self.reference_date_check, self.reference_date)
        layout.addWidget(parameters)

        self.output_folder = QgsFileWidget()
        self.output_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_folder.setDialogTitle(tr("Output folder"))
        self.output_folder.lineEdit().setPlaceholderText(tr("[new folder in the Fragile Borders work folder]"))
        output_form = QFormLayout()
        output_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        output_form.addRow(tr("Output folder"), self.output_folder)
        layout.addLayout(output_form)

        self.run_button = QPushButton(QIcon(os.path.join(ICON_DIR, "fragile_borders.svg")), tr("Run"))
        self.run_button.setToolTip(tr("Run the whole analysis in the background; QGIS stays usable."))
        self.run_button.clicked.connect(self.run_pipeline)
        layout.addWidget(self.run_button)
        layout.addStretch(1)
        return tab

    def _results_tab(self):
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.results_label = QLabel(tr("No results loaded yet. Run the analysis or load an earlier run."))
        self.results_label.setWordWrap(True)
        layout.addWidget(self.results_label)
        layout.addWidget(QLabel(tr("Top border segments (click a row to zoom):")))
        self.segments_table = SegmentsTable(canvas=self.canvas, project=self.project)
        layout.addWidget(self.segments_table, 1)
        self.load_button = QPushButton(tr("Load results…"))
        self.load_button.setToolTip(tr("Re-open an earlier run: its output folder's fragile_borders.gpkg or "
                                       "run.json, with the same styles."))
        self.load_button.clicked.connect(self.choose_results)
        self.export_button = QPushButton(tr("Export briefing…"))
        self.export_button.setToolTip(tr("Write a print-ready PDF briefing of the loaded run: map, ranked segments, "
                                         "patrol posts, method and limits."))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.choose_briefing)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        return tab

    def _training_tab(self):
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(tr("Generate a synthetic desert borderland with two image dates, a border, crossings and "
                          "incidents. Find the new tracks and changes, then tick \"Show answers\" to compare "
                          "with the truth."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.seed_spin = QgsSpinBox()
        self.seed_spin.setRange(0, 999999)
        self.seed_spin.setValue(7)
        self.seed_spin.setClearValue(7)
        self.seed_spin.setToolTip(tr("The same seed always gives the same scene: share it with your trainees."))
        form.addRow(tr("Seed"), self.seed_spin)
        self.size_combo = QComboBox()
        for size in TRAINING_SIZES:
            self.size_combo.addItem(tr("{0} × {0} px ({1:.1f} km)").format(size, size * 3.0 / 1000.0), size)
        self.size_combo.setCurrentIndex(1)
        form.addRow(tr("Scene size"), self.size_combo)
        layout.addLayout(form)
        self.training_button = QPushButton(tr("Generate training borderland"))
        self.training_button.clicked.connect(self.generate_training)
        layout.addWidget(self.training_button)
        self.answers_check = QCheckBox(tr("Show answers"))
        self.answers_check.setEnabled(False)
        self.answers_check.toggled.connect(self.show_answers)
        layout.addWidget(self.answers_check)
        layout.addStretch(1)
        return tab

    @staticmethod
    def _configure_number(box, integer, default, minimum, maximum):
        if default is None:  # "auto": 0 shows AUTO_TEXT and leaves the parameter to the pipeline
            box.setDecimals(1)
            box.setRange(0.0, float(maximum if maximum is not None else 1.0e9))
            box.setSingleStep(10.0)
            box.setSpecialValueText(tr(AUTO_TEXT))
            box.setValue(0.0)
            box.setClearValue(0.0)
            return
        if integer:
            box.setRange(int(minimum if minimum is not None else 0), int(maximum if maximum is not None else 1000000))
            box.setValue(int(default))
            box.setClearValue(int(default))
            return
        box.setDecimals(6 if maximum is not None and maximum <= 1.0 else 1)
        box.setRange(float(minimum if minimum is not None else 0.0),
                     float(maximum if maximum is not None else 1.0e9))
        box.setSingleStep(0.01 if maximum is not None and maximum <= 1.0 else 10.0)
        box.setValue(float(default))
        box.setClearValue(float(default))

    def _apply_pipeline_definitions(self):
        """Take labels, defaults and ranges from the registered pipeline (its labels carry the units)."""
        algorithm = QgsApplication.processingRegistry().algorithmById(PIPELINE_ID)
        if algorithm is None:
            return False
        for name, box in self.number_inputs.items():
            definition = algorithm.parameterDefinition(name)
            if definition is None or definition.type() != "number":
                continue
            integer = isinstance(box, QgsSpinBox)
            maximum = definition.maximum()
            maximum = None if maximum >= 1.0e12 else maximum
            self._configure_number(box, integer, definition.defaultValue(), definition.minimum(), maximum)
            if name != "TEAMS":
                self.number_labels[name].setText(definition.description())
            box.setToolTip(definition.help())
        for name, combo in self.layer_inputs.items():
            definition = algorithm.parameterDefinition(name)
            if definition is not None and definition.help():
                combo.setToolTip(definition.help())
        return True

    # ------------------------------------------------------------------ messages
    def notify(self, text, level=MESSAGE_INFO, duration=8):
        """Show ``text`` in the QGIS message bar (when there is an iface) and the status line."""
        self.messages.append((level, text))
        self.status_label.setText(text)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Fragile Borders"), text, level=level,
                                                duration=0 if level == MESSAGE_CRITICAL else duration)

    # ------------------------------------------------------------------ running
    def is_running(self):
        return self.current_run is not None and self.current_run.running

    def pipeline_parameters(self):
        """The pipeline's parameters from the widgets; raises ValueError naming a missing input."""
        missing = [tr(label) for name, label, _f, optional in LAYER_INPUTS
                   if not optional and self.layer_inputs[name].currentLayer() is None]
        if missing:
            raise ValueError(tr("Choose the missing input(s) first: {}.").format(", ".join(missing)))
        before, after = self.layer_inputs["BEFORE"].currentLayer(), self.layer_inputs["AFTER"].currentLayer()
        if before.id() == after.id():
            raise ValueError(tr("The before and after images are the same layer: pick two dates."))
        parameters = {name: _layer_parameter(combo.currentLayer()) for name, combo in self.layer_inputs.items()
                      if combo.currentLayer() is not None}
        for name, box in self.number_inputs.items():
            if not (box.specialValueText() and box.value() == box.minimum()):  # "auto" leaves it out
                parameters[name] = box.value()
        if self.reference_date_check.isChecked():
            parameters["REFERENCE_DATE"] = self.reference_date.date().toString("yyyy-MM-dd")
        folder = self.output_folder.filePath().strip()
        if not folder:
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            folder = os.path.join(self.work_folder, "runs", stamp)
        parameters["OUTPUT_FOLDER"] = folder
        return parameters

    def run_pipeline(self):
        """Start the analysis in the background; returns True when it started."""
        if self.is_running():
            self.notify(tr("A run is already in progress: wait for it or cancel it."), MESSAGE_WARNING)
            return False
        try:
            parameters = self.pipeline_parameters()
        except ValueError as error:
            self.notify(str(error), MESSAGE_WARNING)
            return False
        return self._start("pipeline", PIPELINE_ID, parameters, tr("Fragile Borders analysis"))

    def generate_training(self):
        """Generate the training borderland for the chosen seed in the background."""
        if self.is_running():
            self.notify(tr("A run is already in progress: wait for it or cancel it."), MESSAGE_WARNING)
            return False
        seed, size = self.seed_spin.value(), int(self.size_combo.currentData())
        folder = os.path.join(self.work_folder, "training", f"seed{seed}_{size}px")
        parameters = {"SEED": seed, "SIZE_PX": size, "PIXEL_SIZE_M": 3.0, "OUTPUT_FOLDER": folder}
        return self._start("training", TRAINING_ID, parameters, tr("Fragile Borders training borderland"))

    def _start(self, kind, algorithm_id, parameters, description):
        run = AlgorithmRun(algorithm_id, parameters, project=self.project, description=description, parent=self)
        run.progress.connect(self._on_progress)
        run.message.connect(self.status_label.setText)
        run.done.connect(self._on_done)
        try:
            run.start()
        except ValueError as error:
            self.notify(str(error), MESSAGE_CRITICAL)
            return False
        self.current_run, self.run_kind = run, kind
        self._set_busy(True)
        self.status_label.setText(tr("Running in the background… QGIS stays usable."))
        return True

    def cancel(self):
        """Stop the running task (nothing is loaded from a cancelled run)."""
        if self.is_running():
            self.status_label.setText(tr("Cancelling…"))
            self.current_run.cancel()

    def _set_busy(self, busy):
        self.run_button.setEnabled(not busy)
        self.training_button.setEnabled(not busy)
        self.load_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.last_results is not None)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress_bar.setValue(0)

    def _on_progress(self, value):
        self.progress_bar.setValue(int(round(value)))

    def _on_done(self, ok, results, error):
        kind = self.run_kind
        self.current_run = None
        self._set_busy(False)
        if not ok:
            self.progress_bar.setValue(0)
            if error == AlgorithmRun.CANCELLED:
                message = tr("Cancelled: nothing was loaded.")
                self.notify(message, MESSAGE_INFO)
            else:
                message = tr("The run failed: {}").format(error)
                self.notify(message, MESSAGE_CRITICAL)
            self.run_finished.emit(kind, False, message)
            return
        self.progress_bar.setValue(100)
        try:
            if kind == "training":
                message = self._load_training(results)
            else:
                message = self._load_run(results)
        except ValueError as error:
            message = str(error)
            self.notify(message, MESSAGE_CRITICAL)
            self.run_finished.emit(kind, False, message)
            return
        self.notify(message, MESSAGE_SUCCESS)
        self.run_finished.emit(kind, True, message)

    # ------------------------------------------------------------------ results
    def _load_run(self, outputs, name=None):
        loaded = loader.load_results(outputs, project=self.project, canvas=self.canvas, name=name)
        self.last_results = outputs if isinstance(outputs, dict) else loader.outputs_from_path(outputs)
        self.last_group_name = loaded.name
        segments = loaded.layers.get("segments")
        self.segments_table.set_layer(segments)
        no_post = self._why_no_post(self.last_results, segments)
        self.results_label.setText(self._summary_text(loaded.name, self.last_results, no_post))
        self.export_button.setEnabled(True)
        self.tabs.setCurrentIndex(1)
        message = tr("Results loaded into the group \"{}\".").format(loaded.name)
        return f"{message} {no_post}" if no_post else message

    @staticmethod
    def _run_summary(outputs):
        summary = outputs.get("SUMMARY_JSON")
        if not summary or not os.path.isfile(summary):
            return None
        try:
            with open(summary, encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError):
            return None

    @classmethod
    def _summary_text(cls, name, outputs, no_post=None):
        text = f"<b>{name}</b>"
        data = cls._run_summary(outputs)
        if data is None:
            return text
        text += "<br>" + tr("{} changes, {} tracks ({} new), {} segments, {} patrol posts.").format(
            data.get("n_changes", "?"), data.get("n_tracks", "?"), data.get("n_new_tracks", "?"),
            data.get("n_segments", "?"), data.get("n_patrol_posts", "?"))
        share = data.get("covered_share")
        if no_post:
            text += " " + no_post
        elif isinstance(share, (int, float)):
            text += " " + tr("Posts cover {:.0%} of the total priority.").format(share)
        return text

    @classmethod
    def _why_no_post(cls, outputs, segments):
        """Why a run that planned patrols placed no post, in words (None when posts were placed or not asked)."""
        data = cls._run_summary(outputs)
        if data is None or data.get("n_patrol_posts") or segments is None or segments.featureCount() == 0:
            return None
        parameters = data.get("parameters") or {}
        try:
            teams = int(float(parameters.get("TEAMS", NUMBER_INPUTS["TEAMS"][2])))
            max_risk = float(parameters.get("MAX_RISK", NUMBER_INPUTS["MAX_RISK"][2]))
        except (TypeError, ValueError):
            return None
        if teams <= 0 or "risk" not in segments.fields().names():
            return None
        risks = [float(v) for v in (attribute_value(f["risk"]) for f in segments.getFeatures()) if v is not None]
        if not risks or min(risks) <= max_risk:
            return None
        return tr("No patrol post could be placed: all {} segments have a risk to patrols above the limit of {:.0f} "
                  "(the lowest is {:.0f}). Raise \"Maximum risk for a post\" only if the teams can be protected, "
                  "or plan when the area is calmer.").format(len(risks), max_risk, min(risks))

    def load_results_from(self, path):
        """Re-open an earlier run from its folder, GeoPackage or run.json; returns True on success."""
        try:
            message = self._load_run(loader.outputs_from_path(path))
        except ValueError as error:
            self.notify(str(error), MESSAGE_WARNING)
            return False
        self.notify(message, MESSAGE_SUCCESS)
        return True

    def choose_results(self):
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Load results of an earlier run"), self.work_folder,
            tr("Fragile Borders results (fragile_borders.gpkg run.json);;GeoPackage (*.gpkg)"))
        if path:
            self.load_results_from(path)

    # ------------------------------------------------------------------ briefing
    def choose_briefing(self):
        if not self.last_results:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Export briefing"), os.path.join(self.last_results["OUTPUT_FOLDER"], "briefing.pdf"),
            tr("PDF (*.pdf)"))
        if path:
            self.export_briefing(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export_briefing(self, path, png_folder=None):
        """Write the briefing of the loaded run to the PDF ``path``; True when it was written.

        Runs in the main thread, as QGIS's own layout exports do (print layouts are not thread-safe);
        a briefing takes seconds.
        """
        import processing
        from qgis.core import QgsProcessingException

        if self.is_running():
            self.notify(tr("A run is already in progress: wait for it or cancel it."), MESSAGE_WARNING)
            return False
        if not self.last_results:
            self.notify(tr("Load or run an analysis first: the briefing describes its results."), MESSAGE_WARNING)
            return False
        parameters = {"INPUT": self.last_results["OUTPUT_FOLDER"], "OUTPUT": path}
        if png_folder:
            parameters["OUTPUT_PNG_FOLDER"] = png_folder
        self.status_label.setText(tr("Writing the briefing…"))
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            results = processing.run(BRIEFING_ID, parameters)
        except QgsProcessingException as error:
            self.notify(tr("The briefing could not be written: {}").format(error), MESSAGE_CRITICAL)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.notify(tr("Briefing written to {} ({} pages).").format(results["OUTPUT"], results["PAGES"]),
                    MESSAGE_SUCCESS)
        return True

    # ------------------------------------------------------------------ training
    def _load_training(self, outputs):
        seed = self.seed_spin.value()
        loaded = loader.load_training_scene(outputs, project=self.project, canvas=self.canvas,
                                            name=tr("Training borderland (seed {})").format(seed))
        self.training_group_name = loaded.name
        picks = {"BEFORE": "before", "AFTER": "after", "BORDER": "border", "INCIDENTS": "incidents",
                 "CROSSINGS": "crossings", "MASK": "cloud_mask"}
        for name, role in picks.items():
            layer = loaded.layers.get(role)
            if layer is not None:
                self.layer_inputs[name].setLayer(layer)
        self.layer_inputs["AOI"].setLayer(None)
        filled = self._fill_scene_parameters(loaded.layers.get("border"), loaded.layers.get("after"))
        self.answers_check.blockSignals(True)
        self.answers_check.setChecked(False)
        self.answers_check.blockSignals(False)
        self.answers_check.setEnabled(True)
        message = tr("Training borderland loaded into \"{}\": the inputs are filled in, press Run on the Analysis "
                     "tab.").format(loaded.name)
        return f"{message} {filled}" if filled else message

    def _fill_scene_parameters(self, border, image):
        """Set segment length, reach and corridor for the scene's size; returns what was set, in words."""
        from ..core.scales import scene_lengths

        if border is None or image is None:
            return ""
        distance = QgsDistanceArea()
        distance.setSourceCrs(border.crs(), self.project.transformContext())
        distance.setEllipsoid(border.crs().ellipsoidAcronym() or "WGS84")
        border_m = sum(distance.measureLength(f.geometry()) for f in border.getFeatures())
        extent = image.extent()
        if not border_m > 0 or not image.crs().isValid() or image.crs().isGeographic():
            return ""
        lengths = scene_lengths(border_m, min(extent.width(), extent.height()))
        for name, value in lengths.items():
            self.number_inputs[name].setValue(value)
        return tr("Parameters set for this scene: segments of {SEGMENT_LENGTH_M:.0f} m, team reach {REACH_M:.0f} m, "
                  "corridor {CORRIDOR_M:.0f} m.").format(**lengths)

    def training_group(self):
        """The layer-tree group of the latest training scene (None when the user removed it)."""
        if not self.training_group_name:
            return None
        group = self.project.layerTreeRoot().findGroup(self.training_group_name)
        if group is None or group.customProperty(loader.KIND_PROPERTY) != "training":
            return None
        return group

    def show_answers(self, visible):
        """Show or hide the answer layers (true tracks and changes) of the training scene."""
        return loader.set_answers_visible(self.training_group(), bool(visible))

    # ------------------------------------------------------------------ teardown
    def shutdown(self):
        """Cancel a running task (called by the plugin's unload)."""
        if self.is_running():
            self.current_run.cancel()
