#!/usr/bin/env bash
# The report PDF of an 80-norm framework (docs/PERFORMANCE.md, "Report PDF"): runs RapportPdfMetingIT, which
# renders the draft PDF of an activity with a finding on each of 80 norms -Dherhalingen times (default 7) and, in
# the same run, of the 3-norm test framework as the baseline; prints the medians, pages and ratio
# (also in target/rapport-pdf.txt). Usage: bench/rapportpdf.sh [herhalingen]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
./mvnw -o -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RapportPdfMetingIT \
  -Dtoezicht.meten=true -Dherhalingen="${1:-7}" -Dspotless.check.skip=true >/dev/null
cat target/rapport-pdf.txt
