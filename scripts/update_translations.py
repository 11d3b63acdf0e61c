"""Extract the plugin's translatable strings into resources/i18n/<lang>.ts (Qt TS XML).

Every string literal passed to ``tr(...)``, ``self.tr(...)`` or ``tr_noop(...)`` in
``fragile_borders_plugin/`` and ``processing_algorithms/`` is collected with Python's ``ast``
(not pylupdate, which would use class names as contexts) into the single context
``FragileBorders`` that :mod:`fragile_borders_plugin.i18n` translates in.

Existing translations are kept; new strings are added as ``unfinished``; strings no longer in
the sources are kept as ``vanished`` (lrelease skips them) so no translator's work is lost.
A literal passed in another way (f-string, variable) cannot be extracted and is reported.

Usage::

    /usr/bin/python3 scripts/update_translations.py [--languages fr ar] [--output-dir resources/i18n]
    /usr/bin/python3 scripts/update_translations.py --check   # exit 1 when a .ts lacks a source string
"""
import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ("fragile_borders_plugin", "processing_algorithms")
CONTEXT = "FragileBorders"
FUNCTIONS = {"tr", "tr_noop"}
LANGUAGES = {"fr": "fr_FR", "ar": "ar"}


def _is_translation_call(node):
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in FUNCTIONS
    return isinstance(func, ast.Attribute) and func.attr in FUNCTIONS


def _is_format_call(node):
    """``"...".format(...)`` or ``"..." % x`` inside tr(): the built text never matches a catalogue entry."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            and isinstance(node.func.value, (ast.Constant, ast.JoinedStr)))


def extract_file(path, root=ROOT):
    """Return ``(messages, problems)`` of one Python file.

    ``messages`` is a list of ``(text, relative_path, line)``; ``problems`` lists calls whose
    first argument is not a plain string literal (they cannot be translated).
    """
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read(), filename=path)
    relative = os.path.relpath(path, root).replace(os.sep, "/")
    messages, problems = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _is_translation_call(node) or not node.args:
            continue
        argument = node.args[0]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            messages.append((argument.value, relative, node.lineno))
        elif isinstance(argument, (ast.JoinedStr, ast.BinOp)) or _is_format_call(argument):
            # tr(name) of a tr_noop-marked constant is fine; an f-string or a built string is never found
            problems.append(f"{relative}:{node.lineno}: tr() of a built string (f-string, + or format) "
                            "cannot be translated; pass the literal and format the result")
    messages.sort(key=lambda m: m[2])
    return messages, problems


def extract(root=ROOT, sources=SOURCES):
    """Return ``(messages, problems)``: unique source strings in first-seen order with their locations."""
    found, problems = {}, []
    for source in sources:
        top = os.path.join(root, source)
        for folder, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                messages, issues = extract_file(os.path.join(folder, name), root)
                problems.extend(issues)
                for text, relative, line in messages:
                    found.setdefault(text, []).append((relative, line))
    return found, problems


def read_ts(path):
    """Existing translations of a .ts file: source -> (translation, type) (type '' = finished)."""
    if not os.path.isfile(path):
        return {}
    existing = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None:
            continue
        existing[source] = (node.text or "", node.get("type", ""))
    return existing


def write_ts(path, language, messages, existing):
    """Write the .ts for ``language`` with ``messages`` (source -> locations), keeping ``existing``."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES.get(language, language), sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    counts = {"finished": 0, "unfinished": 0, "new": 0, "vanished": 0}
    for source, locations in messages.items():
        message = ET.SubElement(context, "message")
        for relative, line in locations:
            ET.SubElement(message, "location", filename=f"../../{relative}", line=str(line))
        ET.SubElement(message, "source").text = source
        text, kind = existing.get(source, ("", None))
        translation = ET.SubElement(message, "translation")
        if kind is None:
            translation.set("type", "unfinished")
            counts["new"] += 1
            counts["unfinished"] += 1
        else:
            if kind in ("vanished", "obsolete"):
                kind = "unfinished"
            if kind:
                translation.set("type", kind)
            counts["finished" if not kind and text else "unfinished"] += 1
        if text:
            translation.text = text
    for source, (text, _kind) in existing.items():
        if source in messages or not text:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="vanished").text = text
        counts["vanished"] += 1
    ET.indent(root, space="    ") if hasattr(ET, "indent") else None
    body = ET.tostring(root, encoding="unicode")
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return counts


def update(languages=tuple(LANGUAGES), output_dir=None, root=ROOT, sources=SOURCES):
    """Refresh ``<output_dir>/<lang>.ts`` for each language; return ``{lang: counts}, problems``."""
    output_dir = output_dir or os.path.join(root, "resources", "i18n")
    messages, problems = extract(root, sources)
    report = {}
    for language in languages:
        path = os.path.join(output_dir, f"{language}.ts")
        report[language] = write_ts(path, language, messages, read_ts(path))
    return report, problems


def check(languages=tuple(LANGUAGES), output_dir=None, root=ROOT, sources=SOURCES):
    """Return the source strings missing from each .ts (empty lists when up to date)."""
    output_dir = output_dir or os.path.join(root, "resources", "i18n")
    messages, _problems = extract(root, sources)
    missing = {}
    for language in languages:
        existing = read_ts(os.path.join(output_dir, f"{language}.ts"))
        missing[language] = [s for s in messages if s not in existing or existing[s][1] == "vanished"]
    return missing


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--output-dir", default=None)
    parser.add_argument("--root", default=ROOT, help="repository root holding the source folders")
    parser.add_argument("--check", action="store_true", help="only report strings missing from the .ts files")
    args = parser.parse_args(argv)
    if args.check:
        missing = check(args.languages, args.output_dir, args.root)
        for language, sources in missing.items():
            for source in sources:
                print(f"{language}: not in the .ts file: {source!r}")
        return 1 if any(missing.values()) else 0
    report, problems = update(args.languages, args.output_dir, args.root)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    for language, counts in report.items():
        print(f"{language}.ts: {counts['finished']} translated, {counts['unfinished']} unfinished "
              f"({counts['new']} new), {counts['vanished']} vanished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
