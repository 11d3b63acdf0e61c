#!/usr/bin/env bash
# The trainee path in the real QGIS desktop (not pytest-qgis): QGIS under Xvfb with a fresh profile and
# the staged plugin enabled runs scripts/desktop_check.py (Training tab, default scene, then Run).
#
#   scripts/desktop_check.sh [REPORT.json]         here (QGIS 3.22 on Debian 12)
#   scripts/debian13.sh -- scripts/desktop_check.sh  in the Debian 13 root (QGIS 3.40)
#
# Exit 0 when both runs succeeded; the report (JSON) and a screenshot (.png beside it) say what happened.
set -euo pipefail
cd "$(dirname "$0")/.."
report=$(realpath -m "${1:-build/desktop_check/report.json}")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
command -v xvfb-run >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth; }
make -s stage >/dev/null
mkdir -p "$(dirname "$report")" "$profile/profiles/default/QGIS"
rm -f "$report"
# a fresh profile with the plugin enabled, no tips, news or version check on start-up
cat > "$profile/profiles/default/QGIS/QGIS3.ini" <<'INI'
[PythonPlugins]
fragile_borders_plugin=true
[core]
NewsFeed\httpsfeedqgisorg\disabled=true
[qgis]
checkVersion=false
showTips=false
INI
status=0
FB_DESKTOP_REPORT="$report" QGIS_PLUGINPATH="$PWD/build/plugins" XDG_RUNTIME_DIR="$profile" \
    timeout 900 xvfb-run -a -s "-screen 0 1600x1000x24" \
    qgis --nologo --noversioncheck --profiles-path "$profile" \
         --code "$PWD/scripts/desktop_check.py" >"$profile/qgis.log" 2>&1 || status=$?
if [ ! -f "$report" ]; then
    echo "QGIS ended (exit $status) before the check reported: a crash. Last lines of its log:"
    tail -n 30 "$profile/qgis.log"
    exit 1
fi
cat "$report"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if "error" not in r and len(r["steps"]) == 2 else 1)' "$report"
