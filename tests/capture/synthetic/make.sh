#!/usr/bin/env bash
# Rewrites the synthetic captures of tests/capture/fixtures/ and tshark's listing of each.
# Needs tshark. Run from anywhere: scripts paths are found from this file's place.
set -euo pipefail
cd "$(dirname "$0")/../../.."
BUILD="$(mktemp -d)"
trap 'rm -rf "$BUILD"' EXIT
npx tsc --outDir "$BUILD" --rootDir . --module esnext --moduleResolution bundler --target es2022 \
  --allowImportingTsExtensions --rewriteRelativeImportExtensions --skipLibCheck --types node \
  tests/capture/synthetic/generate.ts
echo '{"type":"module"}' >"$BUILD/package.json"
node "$BUILD/tests/capture/synthetic/generate.js" tests/capture/fixtures
scripts/captures/make-loopback-captures.sh --tsv tests/capture/fixtures/*.pcap tests/capture/fixtures/*.pcapng
