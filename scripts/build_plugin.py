"""Stage the plugin folder and build the installable zip.

The staged folder ``build/plugins/fragile_borders_plugin`` is exactly what the zip ships:
tests, ``make demo`` and ``qgis_process`` all run from it, never from the source tree.

Usage: ``python3 scripts/build_plugin.py stage|package``
"""
import configparser
import os
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = "fragile_borders_plugin"
STAGE = os.path.join(ROOT, "build", "plugins", PLUGIN)
#: source path -> path inside the plugin folder
CONTENT = {
    PLUGIN: ".",
    "processing_algorithms": "processing_algorithms",
    "resources": "resources",
    "metadata.txt": "metadata.txt",
    "LICENSE": "LICENSE",
}
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", ".*")


def version():
    config = configparser.ConfigParser()
    config.read(os.path.join(ROOT, "metadata.txt"))
    return config["general"]["version"]


def compile_translations(folder):
    """Compile every ``resources/i18n/*.ts`` into a ``.qm`` beside where the plugin looks."""
    sources = os.path.join(ROOT, "resources", "i18n")
    if not os.path.isdir(sources):
        return
    target = os.path.join(folder, "resources", "i18n")
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(sources)):
        if name.endswith(".ts"):
            qm = os.path.join(target, name[:-3] + ".qm")
            subprocess.run(["lrelease", "-silent", os.path.join(sources, name), "-qm", qm], check=True)


def stage():
    if os.path.exists(STAGE):
        shutil.rmtree(STAGE)
    for source, inside in CONTENT.items():
        src = os.path.join(ROOT, source)
        dst = os.path.normpath(os.path.join(STAGE, inside))
        if os.path.isdir(src):
            shutil.copytree(src, dst, ignore=IGNORED, dirs_exist_ok=True)
        elif os.path.exists(src):
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copy2(src, dst)
    compile_translations(STAGE)
    print(f"staged {STAGE}")


def package():
    """Zip the staged folder (run ``stage`` first) into ``dist/fragile_borders_plugin-<version>.zip``."""
    if not os.path.isdir(STAGE):
        sys.exit("Nothing staged: run 'python3 scripts/build_plugin.py stage' first.")
    dist = os.path.join(ROOT, "dist")
    os.makedirs(dist, exist_ok=True)
    archive = os.path.join(dist, f"{PLUGIN}-{version()}.zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for folder, dirs, files in os.walk(STAGE):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")  # byte code the tests left behind
            for name in sorted(f for f in files if not f.endswith(".pyc")):
                path = os.path.join(folder, name)
                zf.write(path, os.path.relpath(path, os.path.dirname(STAGE)))
    print(archive)


if __name__ == "__main__":
    {"stage": stage, "package": package}[sys.argv[1]]()
