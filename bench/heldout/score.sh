#!/usr/bin/env bash
# Score the dump parser on the held-out corpus: clean/ vs gold/, damaged/ vs damaged_gold/.
# Usage: bench/heldout/score.sh   (from anywhere; rebuilds nothing - run build_clean.py and
# make_damaged.py first if the content changed). Predictions are left in $OUT (default /tmp).
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(cd "$HERE/../.." && pwd)"
SCORER="$MAIN/../shared/eval/score_extraction.py"
[ -f "$SCORER" ] || { echo "no scorer at $SCORER (../shared beside the repository)"; exit 2; }
OUT="${OUT:-/tmp/heldout_pred}"
mkdir -p "$OUT"
cd "$MAIN" || exit 2
for set in clean damaged; do
  gold="$HERE/gold"; [ "$set" = damaged ] && gold="$HERE/damaged_gold"
  echo "=== $set ($(ls "$HERE/$set" | wc -l) files)"
  .venv/bin/python manage.py parse_dump "$HERE/$set"/*.txt --json --default-profiles > "$OUT/$set.json" 2> "$OUT/$set.err" \
    || { echo "parse_dump failed (see $OUT/$set.err)"; tail -5 "$OUT/$set.err"; }
  python3 "$SCORER" "$gold" "$OUT/$set.json" --verbose
  echo
done
# the same damaged prediction scored without the lower-confidence damage kinds
core="$OUT/core_gold"; rm -rf "$core"; mkdir -p "$core"
for g in "$HERE"/damaged_gold/*.json; do
  case "$(basename "$g")" in *__crlfmix_*|*__mojchunk_*|*__mojlossy*|*__mojl1*) ;; *) cp "$g" "$core/";; esac
done
echo "=== damaged, core kinds only ($(ls "$core" | wc -l) files; no crlfmix/mojchunk/mojlossy/mojl1)"
python3 "$SCORER" "$core" "$OUT/damaged.json"
echo
echo "=== summary"
printf '%-13s ' "damaged-core"; python3 "$SCORER" "$core" "$OUT/damaged.json" | tail -1
for set in clean damaged; do
  gold="$HERE/gold"; [ "$set" = damaged ] && gold="$HERE/damaged_gold"
  printf '%-13s ' "$set"; python3 "$SCORER" "$gold" "$OUT/$set.json" | tail -1
done
