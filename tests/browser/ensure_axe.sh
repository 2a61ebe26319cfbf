#!/usr/bin/env bash
# Installs the pinned axe-core (accessibility rules, injected into pages by the browser tests) into
# node_modules/ at the repository root, unless that exact version is already there. node_modules/ is
# gitignored; nothing is added to a package.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="${AXE_CORE_VERSION:-4.14.1}"
if [ -f node_modules/axe-core/axe.min.js ] && grep -q "\"version\": \"${VERSION}\"" node_modules/axe-core/package.json; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is needed to install axe-core ${VERSION} for the browser tests (apt-get install npm)." >&2
  exit 1
fi
npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error --prefix . "axe-core@${VERSION}"
