"""Regenerate the README's parameter tables from the algorithms' own definitions and help.

Usage (after ``make stage``): ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/update_readme_parameters.py``
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(ROOT, "build", "plugins"), "/usr/share/qgis/python/plugins"]
BEGIN, END = "<!-- PARAMETERS:BEGIN -->", "<!-- PARAMETERS:END -->"


def default_text(parameter):
    value = parameter.defaultValue()
    if value is None or value == "":
        return ""
    if parameter.type() == "enum":
        options = parameter.options()
        return options[int(value)] if str(value).isdigit() and int(value) < len(options) else str(value)
    return str(value)


def tables():
    from qgis.core import QgsApplication

    from fragile_borders_plugin.compat import FLAG_OPTIONAL
    from fragile_borders_plugin.processing_algorithms.provider import FragileBordersProvider

    app = QgsApplication([], False)
    app.initQgis()
    provider = FragileBordersProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    lines = []
    for alg in sorted(provider.algorithms(), key=lambda a: (a.groupId(), a.name())):
        lines += [f"#### `{alg.id()}` — {alg.displayName()}", "",
                  "| parameter | type | default | description |", "|---|---|---|---|"]
        for p in alg.parameterDefinitions():
            optional = " (optional)" if p.flags() & FLAG_OPTIONAL else ""
            if p.type() == "enum":
                optional += " — options: " + ", ".join(f"{i}={o}" for i, o in enumerate(p.options()))
            help_text = re.sub(r"\s+", " ", p.help()).replace("|", "\\|")
            lines.append(f"| `{p.name()}` | {p.type()}{optional} | {default_text(p)} | {help_text} |")
        outputs = [f"`{o.name()}`" for o in alg.outputDefinitions()]
        lines += ["", "Outputs: " + ", ".join(outputs), ""]
    return "\n".join(lines)


def main():
    readme = os.path.join(ROOT, "README.md")
    text = open(readme, encoding="utf-8").read()
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    generated = tables()  # before opening README for writing: a failure leaves it as it was
    with open(readme, "w", encoding="utf-8") as handle:
        handle.write(text[:start] + "\n" + generated + "\n" + text[end:])


if __name__ == "__main__":
    main()
