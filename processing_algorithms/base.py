"""Common base of every Fragile Borders Processing algorithm.

Subclasses declare their parameters with :meth:`FragileBordersAlgorithm.add` (parameter and
help text together) and implement :meth:`process` (never override ``run``: QGIS's
``processing.run`` calls ``QgsProcessingAlgorithm.run`` from Python). The base builds the help page, checks the
third-party modules, maps core errors to :class:`QgsProcessingException` and turns a
cancellation into an error so no output is ever reported as complete.
"""
import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..compat import FLAG_ADVANCED, FLAG_OPTIONAL, keep_proj_context_alive
from ..dependencies import install_hint, missing_modules
from ..i18n import tr, tr_noop

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")

GROUPS = {
    "training": tr_noop("Training"),
    "change": tr_noop("Change detection"),
    "tracks": tr_noop("Track extraction"),
    "border": tr_noop("Border segments and patrols"),
    "incidents": tr_noop("Incidents"),
    "workflows": tr_noop("Workflows"),
}


def core_callbacks(feedback, start=0.0, end=100.0):
    """Return ``(progress, is_cancelled)`` callables for a core function.

    The core reports 0–100 %; it is mapped onto ``start``–``end`` of the algorithm's bar so
    several core steps can share one progress bar.
    """
    span = end - start

    def progress(percent):
        feedback.setProgress(start + span * percent / 100.0)

    return progress, feedback.isCanceled


class FragileBordersAlgorithm(QgsProcessingAlgorithm):
    """Base class: identity, help and error handling shared by all algorithms."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    DESCRIPTION = ""
    #: output name -> help text, for outputs that are not destination parameters
    OUTPUT_HELP = {}

    def name(self):
        return self.ALGORITHM_ID

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self):
        return tr(GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def createInstance(self):  # noqa: N802
        return type(self)()

    def icon(self):
        path = os.path.join(ICON_DIR, f"{self.ALGORITHM_ID}.svg")
        return QIcon(path if os.path.exists(path) else os.path.join(ICON_DIR, "fragile_borders.svg"))

    def tr(self, text):
        return tr(text)

    def add(self, parameter, help_text, optional=False, advanced=False):
        """Add ``parameter`` with its help text (units included) and flags."""
        flags = parameter.flags()
        if optional:
            flags |= FLAG_OPTIONAL
        if advanced:
            flags |= FLAG_ADVANCED
        parameter.setFlags(flags)
        parameter.setHelp(help_text)
        self.addParameter(parameter)
        return parameter

    def shortHelpString(self):  # noqa: N802
        items = []
        for parameter in self.parameterDefinitions():
            optional = tr("optional") if parameter.flags() & FLAG_OPTIONAL else ""
            suffix = f" <i>({optional})</i>" if optional else ""
            items.append(f"<li><b>{parameter.description()}</b> <code>{parameter.name()}</code>{suffix}: "
                         f"{parameter.help()}</li>")
        outputs = [f"<li><b>{self._output_title(name)}</b> <code>{name}</code>: {tr(text)}</li>"
                   for name, text in self.OUTPUT_HELP.items()]
        html = f"<p>{tr(self.DESCRIPTION)}</p><h3>{tr('Parameters')}</h3><ul>{''.join(items)}</ul>"
        if outputs:
            html += f"<h3>{tr('Outputs')}</h3><ul>{''.join(outputs)}</ul>"
        return html + "<p>" + tr("Runs offline: no data leaves this computer.") + "</p>"

    def _output_title(self, name):
        output = self.outputDefinition(name)
        return output.description() if output is not None else name

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        missing = missing_modules()
        if missing:
            raise QgsProcessingException(install_hint(missing))
        keep_proj_context_alive()  # before any pyproj use on this (often background) thread
        from ..core.common import Cancelled  # after the dependency check: core needs numpy
        try:
            results = self.process(parameters, context, feedback)
        except Cancelled:
            raise QgsProcessingException(tr("Cancelled by the user: no output was written.")) from None
        except ValueError as error:
            raise QgsProcessingException(str(error)) from None
        except OSError as error:
            raise QgsProcessingException(tr("Could not read or write a file: {}").format(error)) from None
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user: outputs are incomplete."))
        return results

    def process(self, parameters, context, feedback):
        """Do the work; return the results dictionary. Implemented by each algorithm."""
        raise NotImplementedError(f"{type(self).__name__} must implement process(); run() belongs to QGIS")
