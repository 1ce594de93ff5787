#!/usr/bin/env bash
# Developer tool: builds the CLI (profile `quick`) and scores it on the sets beside the checkout.
#   tools/eval.sh [dev|corpus|real|devset|heldout] [-v]   (dev: corpus, real, devset, devset2 and devset3; heldout only when asked)
# Outputs go to /tmp/jobpdf-eval/<set>/. Needs ../shared (the development corpora) and, for
# `devset` and `heldout`, the ads under evaluation/devset/{en,az,ru} and evaluation/heldout/{en,az,ru}.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-dev}
verbose=${2:-}
shared=../shared
out=/tmp/jobpdf-eval
cargo build --profile quick --quiet --bin jobpdf
bin=target/quick/jobpdf
run() { rm -rf "$out/$1"; "$bin" extract --out "$out/$1" "$2" >/dev/null 2>&1 || true; }
if [[ $which == corpus || $which == dev ]]; then
  run corpus "$shared/corpus"
  python3 "$shared/tools/score.py" "$shared/corpus" "$out/corpus" | tail -1
fi
if [[ $which == real || $which == dev ]]; then
  run real "$shared/realworld/pdf"
  python3 "$shared/tools/score_real.py" "$shared/realworld/gold" "$out/real" $verbose | tail -${TAIL:-2}
fi
if [[ $which == devset || $which == dev ]]; then
  for set in devset devset2 devset3; do
    for lang in en az ru; do
      d=evaluation/$set/$lang
      [[ -d $d/pdf ]] || continue
      run "$set-$lang" "$d/pdf"
      echo "$set $lang:"; python3 "$shared/tools/score_real.py" "$d/gold" "$out/$set-$lang" $verbose | tail -${TAIL:-2}
    done
  done
fi
if [[ $which == heldout ]]; then
  for lang in en az ru; do
    d=evaluation/heldout/$lang
    [[ -d $d/pdf ]] || continue
    run "heldout-$lang" "$d/pdf"
    echo "heldout $lang:"; python3 "$shared/tools/score_real.py" "$d/gold" "$out/heldout-$lang" | tail -2
  done
fi
