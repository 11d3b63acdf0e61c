"""Run a Processing algorithm as a background task and report back in the main thread."""
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..i18n import tr


class _Feedback(QgsProcessingFeedback):
    """Feedback that keeps the error messages so the dock can show the reason of a failure."""

    text = pyqtSignal(str)

    def __init__(self):
        super().__init__()
        self.errors = []

    def setProgressText(self, text):  # noqa: N802 (QGIS API)
        super().setProgressText(text)
        self.text.emit(text)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


class AlgorithmRun(QObject):
    """One run of ``algorithm_id`` through :class:`QgsProcessingAlgRunnerTask`.

    Signals are delivered in the thread that created the object (the GUI thread):
    ``progress(float)`` 0–100, ``message(str)`` progress text, and ``done(bool ok, dict results,
    str error)`` once, where ``error`` is empty when ``ok`` and ``"cancelled"`` after :meth:`cancel`.
    """

    progress = pyqtSignal(float)
    message = pyqtSignal(str)
    done = pyqtSignal(bool, dict, str)

    CANCELLED = "cancelled"

    def __init__(self, algorithm_id, parameters, project=None, description=None, parent=None):
        super().__init__(parent)
        self.algorithm_id = algorithm_id
        self.parameters = dict(parameters)
        self.project = project or QgsProject.instance()
        self.description = description
        self.context = None
        self.feedback = None
        self.task = None
        self.running = False
        self.cancelled = False
        self.results = None

    def start(self):
        """Queue the task; raise ValueError when the algorithm is not registered."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.algorithm_id)
        if algorithm is None:
            raise ValueError(tr("The Processing algorithm {} is not available: check that the Fragile Borders "
                                "provider is enabled (Processing > Options > Providers).").format(self.algorithm_id))
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.feedback = _Feedback()
        self.feedback.progressChanged.connect(self._on_progress)
        self.feedback.text.connect(self.message)
        self.task = QgsProcessingAlgRunnerTask(algorithm, self.parameters, self.context, self.feedback)
        if self.description:
            self.task.setDescription(self.description)
        self.task.executed.connect(self._on_executed)
        self.task.destroyed.connect(self._on_task_destroyed)
        self.running = True
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        """Ask the running algorithm to stop; ``done`` follows with error ``"cancelled"``."""
        if not self.running:
            return
        self.cancelled = True
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # the task manager already deleted it
                pass

    def _on_progress(self, value):
        self.progress.emit(float(value))

    def _release(self):
        """Free the context (and the layers its children loaded) now, while QGIS is alive.

        Left to the garbage collector, a context whose algorithm ran child algorithms can be
        deleted after QGIS has shut down its providers, which crashes on exit.
        """
        if self.running:
            return
        if self.context is not None:
            self.context.temporaryLayerStore().removeAllMapLayers()
        self.context = None
        self.feedback = None

    def _on_task_destroyed(self, *_args):
        QTimer.singleShot(0, self._release)  # the task (which refers to the context) is gone

    def _on_executed(self, ok, results):
        if not self.running:
            return
        self.running = False
        self.task = None  # owned and deleted by the task manager
        if ok and not self.cancelled:
            self.results = dict(results)
            self.done.emit(True, self.results, "")
        elif self.cancelled or (self.feedback is not None and self.feedback.isCanceled()):
            self.done.emit(False, {}, self.CANCELLED)
        else:
            reason = "\n".join(e for e in (self.feedback.errors if self.feedback else []) if e)
            self.done.emit(False, {}, reason or tr("The algorithm failed; see the Processing log for details."))
