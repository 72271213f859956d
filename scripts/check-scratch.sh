#!/usr/bin/env bash
# Runs the build's content checks on a copy of the current content in a scratch folder, so
# several people can check drafts at once without touching the real .contentlayer.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d "$root/.tmp/check-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
cp -r "$root/content" "$scratch/content"
cd "$scratch"
export PWD="$scratch" CONTENT_DIR="$scratch/content"
"$root/node_modules/.bin/contentlayer2" build -c "$root/contentlayer.config.ts"
"$root/node_modules/.bin/tsx" "$root/scripts/check-content.ts"
