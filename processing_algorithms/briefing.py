"""``fragileborders:briefing`` — a print-ready PDF briefing of a pipeline run, in the analyst's language."""
import os
import shutil
import tempfile

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..compat import ALGORITHM_NO_THREADING, FILE_FOLDER, NUMBER_INTEGER
from ..i18n import tr, tr_noop
from .base import FragileBordersAlgorithm

LANGUAGE_CODES = ("auto", "en", "fr", "ar")


class BriefingAlgorithm(FragileBordersAlgorithm):
    ALGORITHM_ID = "briefing"
    DISPLAY_NAME = tr_noop("Briefing (PDF) of a pipeline run")
    GROUP_ID = "workflows"
    DESCRIPTION = tr_noop(
        "Writes a print-ready A4 landscape PDF of a pipeline run, laid out by a QGIS print layout: page 1 is "
        "the map of the area on the AFTER image with the styled results, legend, scale bar, north arrow, a "
        "latitude/longitude grid, an overview inset, the dates of both images and of the run and the marking "
        "at the top and bottom; page 2 ranks the top segments (rank, km, score, priority, risk, drivers) and "
        "lists the patrol posts with their coordinates, beside a \"method and limits\" box (steps that ran, "
        "masked share, missing inputs and layers); optional pages hold one detail map per top segment. In "
        "English, French or Arabic (right to left), whatever the interface language. Needs no network.")
    OUTPUT_HELP = {"PAGES": tr_noop("Number of pages of the PDF.")}

    def flags(self):
        return super().flags() | ALGORITHM_NO_THREADING  # print layouts render in the main thread

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile("INPUT", tr("Pipeline run folder"),
                                            behavior=FILE_FOLDER),
                 tr("Output folder of a pipeline run (fragile_borders.gpkg, rasters, run.json)."))
        self.add(QgsProcessingParameterString("TITLE", tr("Title")),
                 tr("Title printed at the top of page 1; empty = \"Border surveillance briefing\" in the briefing's "
                    "language."), optional=True)
        self.add(QgsProcessingParameterString("MARKING", tr("Marking"), "RESTRICTED"),
                 tr("Protective marking printed at the top and bottom of every page (free text, e.g. "
                    "RESTRICTED); empty = none."), optional=True)
        self.add(QgsProcessingParameterEnum("LANGUAGE", tr("Language"),
                                            options=[tr("auto (interface language)"), "English", "Français",
                                                     "العربية"], defaultValue=0),
                 tr("Language of every text of the briefing; Arabic is laid out right to left."))
        self.add(QgsProcessingParameterNumber("TOP_N", tr("Segments in the table"), NUMBER_INTEGER, 10, minValue=1,
                                              maxValue=15),
                 tr("How many of the highest-ranked segments the table lists (1–15)."))
        self.add(QgsProcessingParameterNumber("DETAIL_MAPS", tr("Detail maps"), NUMBER_INTEGER, 0, minValue=0,
                                              maxValue=12),
                 tr("One detail map for each of this many top segments, four per page (0 = none)."))
        self.add(QgsProcessingParameterFileDestination("OUTPUT", tr("Briefing PDF"), tr("PDF files (*.pdf)")),
                 tr("The PDF to write."))
        png_folder = QgsProcessingParameterFolderDestination("OUTPUT_PNG_FOLDER", tr("Page images folder"))
        png_folder.setCreateByDefault(False)
        self.add(png_folder, tr("Folder that receives one PNG per page, named after the PDF (briefing.png, "
                                "briefing_2.png, …); empty = no images."), optional=True)
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def process(self, parameters, context, feedback):
        from ..core.briefing_data import read_run
        from ..core.common import check_cancel
        from ..core.io import atomic_path
        from .briefing_layout import BriefingLayout, BriefingSettings, Language

        folder = self.parameterAsFile(parameters, "INPUT", context)
        if not folder or not os.path.isdir(folder):
            raise ValueError(tr("INPUT: choose the output folder of a pipeline run (it holds fragile_borders.gpkg)."))
        output = self._writable_output(parameters, context)
        png_folder = (self.parameterAsString(parameters, "OUTPUT_PNG_FOLDER", context) or "").strip() or None
        if png_folder and png_folder.upper() in ("TEMPORARY_OUTPUT", "SKIP"):
            png_folder = None
        settings = BriefingSettings(
            title=self.parameterAsString(parameters, "TITLE", context).strip(),
            marking=self.parameterAsString(parameters, "MARKING", context) or "",
            language=Language(LANGUAGE_CODES[self.parameterAsEnum(parameters, "LANGUAGE", context)]),
            top_n=self.parameterAsInt(parameters, "TOP_N", context),
            detail_maps=self.parameterAsInt(parameters, "DETAIL_MAPS", context))
        feedback.pushInfo(tr("Reading the run in {}").format(folder))
        facts = read_run(folder, settings.top_n)
        feedback.setProgress(15)
        briefing = BriefingLayout(facts, settings)
        layout = briefing.build()
        pages = layout.pageCollection().pageCount()
        feedback.pushInfo(tr("Layout: {} page(s), language {}.").format(pages, settings.language.code))
        feedback.setProgress(30)
        check_cancel(feedback.isCanceled)
        results = {"OUTPUT": output, "PAGES": pages}
        work = tempfile.mkdtemp(prefix=".briefing-", dir=os.path.dirname(output))
        try:
            with atomic_path(output) as tmp:  # the PDF and the page images are complete, or none is there
                briefing.export_pdf(tmp)
                feedback.setProgress(70)
                images = briefing.export_pngs(work, os.path.splitext(os.path.basename(output))[0]) \
                    if png_folder else []
                check_cancel(feedback.isCanceled)  # before the PDF is moved into place
            if png_folder:
                os.makedirs(png_folder, exist_ok=True)
                for image in images:
                    os.replace(image, os.path.join(png_folder, os.path.basename(image)))
                results["OUTPUT_PNG_FOLDER"] = png_folder
        finally:
            shutil.rmtree(work, ignore_errors=True)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Briefing written: {} ({} pages).").format(output, pages))
        return results

    def _writable_output(self, parameters, context):
        """The PDF path, checked before any work: its folder must exist (or be creatable) and be writable."""
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output:
            raise ValueError(tr("OUTPUT: choose where to write the briefing PDF."))
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        folder = os.path.dirname(os.path.abspath(output))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise ValueError(tr("OUTPUT: cannot create the folder {} ({}): choose another place for the "
                                "briefing.").format(folder, error.strerror)) from None
        if not os.access(folder, os.W_OK) or (os.path.exists(output) and not os.access(output, os.W_OK)):
            raise ValueError(tr("OUTPUT: {} cannot be written (no permission): choose another place for the "
                                "briefing.").format(output))
        return output
