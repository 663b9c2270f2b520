#!/usr/bin/env bash
# VS Code test: installs the .vsix into a fresh code-server profile, opens the sample draft in
# a fresh Chromium profile and runs e2e.cjs against the workbench. Exit 0 = pass.
#
#   VSIX=editors/vscode/report-ls-linux-x64-0.1.0.vsix bash editors/tests/vscode/run_test.sh
#
#   VSIX           the extension to install (required; `npm run package` in editors/vscode)
#   OUT_DIR        screenshots, JSON result and logs (default target/editor-tests/vscode)
#   KEEP=1         keep the run folder (profile, logs) for debugging
#   REPORT_LS_TEST_*, STEP_TIMEOUT   see e2e.cjs
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
TOOLS_HOME=${REPORT_LS_EDITOR_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/report-ls/editor-tools}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.100.3}
CS="$TOOLS_HOME/code-server-$CODE_SERVER_VERSION/node_modules/.bin/code-server"
[ -x "$CS" ] || { echo "code-server is not installed: run editors/tests/install.sh" >&2; exit 1; }
: "${VSIX:?set VSIX to the .vsix to test}"
VSIX=$(cd "$(dirname "$VSIX")" && pwd)/$(basename "$VSIX")
OUT_DIR=${OUT_DIR:-$repo/target/editor-tests/vscode}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
t_all=$(date +%s%N)

rm -rf "$OUT_DIR"; mkdir -p "$OUT_DIR"
run=$(mktemp -d "${TMPDIR:-/tmp}/report-ls-vscode-XXXXXX")
mkdir -p "$run/user/User" "$run/ext" "$run/ws"
sample=${REPORT_LS_TEST_FILE:-$repo/seeds/000_33b94e5ec1286d0f.txt}
cp "$sample" "$run/ws/"
cp "$sample" "$run/ws/sample.report"
# A quiet, offline, deterministic workbench. reportLs.locale "zh": the server's messages in
# Chinese although the UI is English, which also shows the setting reaches the server.
cat > "$run/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "git.enabled": false,
  "editor.hover.delay": 200,
  "editor.minimap.enabled": false,
  "chat.disableAIFeatures": true,
  "reportLs.locale": "zh",
  "workbench.secondarySideBar.defaultVisibility": "hidden"
}
JSON
# --config: keeps code-server from writing ~/.config/code-server/config.yaml
common=(--config "$run/config.yaml" --user-data-dir "$run/user" --extensions-dir "$run/ext")

t=$(date +%s%N)
"$CS" "${common[@]}" --install-extension "$VSIX" > "$run/install.log" 2>&1 \
  || { cat "$run/install.log"; exit 1; }
grep -q "successfully installed" "$run/install.log" || { cat "$run/install.log"; exit 1; }
echo "vscode: install $(basename "$VSIX") into a fresh profile: $(ms "$t") ms"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
t=$(date +%s%N)
# setsid: its own process group, so cleanup stops code-server, its extension host and the
# language server it spawned, and nothing else.
setsid "$CS" "${common[@]}" --bind-addr "127.0.0.1:$port" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --disable-file-downloads \
  "$run/ws" > "$run/code-server.log" 2>&1 &
cs_pid=$!
cleanup() {
  kill -- -"$cs_pid" 2>/dev/null || true
  wait "$cs_pid" 2>/dev/null || true
  cp "$run/code-server.log" "$OUT_DIR/" 2>/dev/null || true
  for f in "$run"/user/logs/*/exthost*/remoteexthost.log "$run"/user/logs/*/exthost*/*/*Report*; do
    [ -f "$f" ] && cp "$f" "$OUT_DIR/" 2>/dev/null
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $run"; else rm -rf "$run"; fi
}
trap cleanup EXIT
# ready when /healthz answers; give up after 60 s or when code-server dies
deadline=$(( $(date +%s) + 60 ))
until curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
  kill -0 "$cs_pid" 2>/dev/null || { echo "code-server exited:"; cat "$run/code-server.log"; exit 1; }
  [ "$(date +%s)" -lt "$deadline" ] || { echo "code-server not ready after 60 s"; cat "$run/code-server.log"; exit 1; }
  sleep 0.1
done
echo "vscode: code-server $CODE_SERVER_VERSION ready: $(ms "$t") ms"

t=$(date +%s%N)
rc=0
CS_URL="http://127.0.0.1:$port" CS_WORKSPACE="$run/ws" TOOLS_DIR="$TOOLS_HOME/node-tools" \
  TEST_FILE="$(basename "$sample")" SHOTS_DIR="$OUT_DIR" RESULT_JSON="$OUT_DIR/vscode.json" \
  timeout "${TEST_TIMEOUT:-600}" node "$here/e2e.cjs" || rc=$?
echo "vscode: browser test $(ms "$t") ms (rc=$rc); total $(ms "$t_all") ms; screenshots in $OUT_DIR"
if [ "$rc" != 0 ]; then
  echo "--- code-server.log (tail)"; tail -30 "$run/code-server.log"
  for f in "$run"/user/logs/*/exthost*/remoteexthost.log; do
    [ -f "$f" ] && { echo "--- $f (tail)"; tail -40 "$f"; }
  done
fi
exit "$rc"
