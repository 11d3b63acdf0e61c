"""French and Arabic translations: extraction, compiled .qm files, the translated and mirrored dock."""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT, STAGED_PLUGIN

sys.path.insert(0, os.path.join(ROOT, "scripts"))
import update_translations  # noqa: E402

I18N = os.path.join(ROOT, "resources", "i18n")
CONTEXT = "FragileBorders"
#: known strings: source -> (French, Arabic)
KNOWN = {
    "Run": ("Exécuter", "تشغيل"),
    "Show answers": ("Afficher les réponses", "إظهار الإجابات"),
    "Change detection": ("Détection de changements", "كشف التغيّرات"),
    "Border surveillance pipeline (all steps)": ("Chaîne de surveillance frontalière (toutes les étapes)",
                                                 "سلسلة مراقبة الحدود (جميع الخطوات)"),
}


def _translations(language):
    """source -> (translation, type) of a committed .ts file."""
    return update_translations.read_ts(os.path.join(I18N, f"{language}.ts"))


@pytest.fixture
def language(request):
    """Install the staged translator of ``request.param`` for one test, then remove it."""
    from qgis.PyQt.QtCore import QCoreApplication

    from fragile_borders_plugin.i18n import install_translator

    translator = install_translator(request.param)
    assert translator is not None, f"no staged {request.param}.qm"
    yield request.param
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("index, code", [(0, "fr"), (1, "ar")])
def test_staged_qm_files_translate_known_strings(qgis_app, index, code):
    from qgis.PyQt.QtCore import QTranslator

    path = os.path.join(STAGED_PLUGIN, "resources", "i18n", f"{code}.qm")
    translator = QTranslator()
    assert translator.load(path), path
    for source, translated in KNOWN.items():
        assert translator.translate(CONTEXT, source) == translated[index]
    assert translator.translate(CONTEXT, "a string nobody wrote") == ""


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_french_translator_reaches_dock_and_algorithms(language, provider, qgis_new_project, tmp_path):
    from fragile_borders_plugin.gui.dock import FragileBordersDock
    from fragile_borders_plugin.i18n import tr

    assert tr("Cancel") == "Annuler"
    dock = FragileBordersDock(work_folder=str(tmp_path))
    assert [dock.tabs.tabText(i) for i in range(3)] == ["Analyse", "Résultats", "Entraînement"]
    assert dock.run_button.text() == "Exécuter"
    assert provider.algorithm("trainingscene").displayName() == "Générer la zone frontalière d'entraînement"
    assert provider.algorithm("trainingscene").group() == "Entraînement"
    # a missing input is reported in French
    assert dock.run_pipeline() is False
    assert dock.messages[-1][1].startswith("Choisissez d'abord les données manquantes")
    # legend labels of the QML styles are translated on load
    from qgis.core import QgsVectorLayer

    from fragile_borders_plugin.gui import results as loader

    layer = QgsVectorLayer("Polygon?crs=EPSG:32632&field=change_class:string", "changes", "memory")
    assert layer.loadNamedStyle(loader.style_path("changes"))[1]
    loader.translate_legend(layer)
    labels = [category.label() for category in layer.renderer().categories()]
    assert "Perte de végétation" in labels and "Vegetation loss" not in labels


def test_arabic_dock_is_translated_and_right_to_left(provider, qgis_new_project, tmp_path):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, Qt

    from fragile_borders_plugin.gui.dock import FragileBordersDock
    from fragile_borders_plugin.i18n import install_translator, plugin_locale

    settings = QgsSettings()
    previous = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "ar_DZ")
    translator = install_translator()
    try:
        assert plugin_locale() == "ar" and translator is not None
        dock = FragileBordersDock(work_folder=str(tmp_path))
        assert dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dock.tabs.tabText(2) == "التدريب"
        assert dock.training_button.text() == "إنشاء منطقة حدودية للتدريب"
        dock.resize(420, 700)
        dock.tabs.setCurrentIndex(2)
        path = tmp_path / "dock_ar.png"
        assert dock.grab().save(str(path)) and os.path.getsize(path) > 1000
        if os.environ.get("FB_UPDATE_SCREENSHOTS") == "1":
            shutil.copyfile(path, os.path.join(ROOT, "docs", "screenshots", "dock_ar.png"))
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        if previous is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", previous)
    # English again once the translator is removed; left to right for English
    english = FragileBordersDock(work_folder=str(tmp_path))
    assert english.tabs.tabText(2) == "Training"


def test_no_translator_for_an_unknown_language(qgis_app):
    from fragile_borders_plugin.i18n import install_translator, is_rtl

    assert install_translator("xx") is None
    assert is_rtl("ar") and not is_rtl("fr")


def test_dock_group_and_algorithm_strings_are_translated_in_both_languages(provider):
    """Every panel string, group name and algorithm name of the sources has a finished translation."""
    gui_root = os.path.join(ROOT, "fragile_borders_plugin")
    wanted = set()
    for name in ("plugin.py",) + tuple(os.path.join("gui", f) for f in sorted(os.listdir(os.path.join(gui_root, "gui")))
                                       if f.endswith(".py")):
        messages, problems = update_translations.extract_file(os.path.join(gui_root, name))
        assert not problems, problems
        wanted |= {text for text, _path, _line in messages}
    from fragile_borders_plugin.processing_algorithms.base import GROUPS
    wanted |= set(GROUPS.values())
    assert {"Run", "Show answers", "Load results…", "Workflows"} <= wanted
    for code in ("fr", "ar"):
        translations = _translations(code)
        missing = sorted(s for s in wanted if not translations.get(s, ("", "x"))[0] or translations[s][1])
        assert not missing, f"{code}.ts lacks finished translations of: {missing}"
        # algorithm names extracted into the .ts must be translated there too
        for algorithm in provider.algorithms():
            source = type(algorithm).DISPLAY_NAME
            if source in translations:
                assert translations[source][0] and not translations[source][1], (code, source)


def test_extractor_collects_literals_keeps_translations_and_marks_new_ones(tmp_path):
    package = tmp_path / "fragile_borders_plugin"
    package.mkdir()
    (package / "mod.py").write_text(
        "from .i18n import tr, tr_noop\n"
        "NAME = tr_noop('Kept')\n"
        "class A:\n"
        "    def f(self, n):\n"
        "        self.tr('New one')\n"
        "        tr(NAME)\n"
        "        return tr(f'built {n}')\n"
        "TEXT = tr('Long '\n"
        "          'joined')\n", encoding="utf-8")
    (tmp_path / "processing_algorithms").mkdir()
    out = tmp_path / "i18n"
    out.mkdir()
    (out / "fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
        "<context><name>FragileBorders</name>"
        "<message><source>Kept</source><translation>Gardé</translation></message>"
        "<message><source>Gone</source><translation>Parti</translation></message>"
        "</context></TS>", encoding="utf-8")
    report, problems = update_translations.update(["fr", "ar"], str(out), str(tmp_path))
    assert len(problems) == 1 and "mod.py:7" in problems[0]
    french = update_translations.read_ts(str(out / "fr.ts"))
    assert french["Kept"] == ("Gardé", "")
    assert french["New one"] == ("", "unfinished") and french["Long joined"] == ("", "unfinished")
    assert french["Gone"] == ("Parti", "vanished")
    assert report["fr"] == {"finished": 1, "unfinished": 2, "new": 2, "vanished": 1}
    assert set(update_translations.read_ts(str(out / "ar.ts"))) == {"Kept", "New one", "Long joined"}
    root = ET.parse(out / "fr.ts").getroot()
    assert root.find("context/name").text == "FragileBorders"
    assert update_translations.check(["fr"], str(out), str(tmp_path)) == {"fr": []}
    # the result compiles, and the translated string is in the .qm
    qm = tmp_path / "fr.qm"
    subprocess.run(["lrelease", "-silent", str(out / "fr.ts"), "-qm", str(qm)], check=True)
    from qgis.PyQt.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(qm)) and translator.translate(CONTEXT, "Kept") == "Gardé"
