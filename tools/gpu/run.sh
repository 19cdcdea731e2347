#!/usr/bin/env bash
# The GPU kit's one command, run from anywhere in the checkout on a fresh GPU machine (see tools/gpu/README.md):
#   bash tools/gpu/run.sh OUT [hvae-gpu-run options]      (OUT: new or empty folder; --rehearse: the CPU rehearsal)
# 1. installs the wheels carried in .gpu_wheels/ (offline, --no-deps: exactly the folder's set) and this checkout;
# 2. runs hvae-gpu-run (GPU tests, benchmark rows, time-boxed training, evaluation, analyses, packed into OUT).
# A rehearsal installs nothing on this machine. The install's output starts OUT/kit.log.
set -u
out=${1:?usage: bash tools/gpu/run.sh OUT [hvae-gpu-run options]}; shift
py=${PYTHON:-python3}
mkdir -p "$out" && out=$(cd "$out" && pwd)
cd "$(dirname "$0")/../.." || exit 1
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"   # the checkout is importable even if the editable install fails
[ -z "${HVAE_NB_GENOME_DIR:-}" ] && [ -d .genome ] && export HVAE_NB_GENOME_DIR="$PWD/.genome"
t0=$(date +%s); status=ok; note=""
case " $* " in
  *" --rehearse "*) status=skipped; note="rehearsal: nothing installed on this machine" ;;
  *)
    (
      echo "install: $(ls .gpu_wheels/*.whl 2>/dev/null | wc -l) wheels from .gpu_wheels"
      if ls .gpu_wheels/*.whl >/dev/null 2>&1; then
        "$py" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --disable-pip-version-check \
          .gpu_wheels/*.whl || { echo "install: the wheels FAILED"; exit 3; }
      fi
      "$py" -m pip install -q --no-index --no-deps --no-build-isolation --disable-pip-version-check -e . \
        || echo "install: pip install -e . failed; the checkout is used through PYTHONPATH"
      "$py" -c "import fastcore, Bio, papermill, nbdev, ipykernel, umap, hvae_nb; print('install: imports ok')" \
        || { echo "install: an import FAILED"; exit 4; }
    ) >>"$out/kit.log" 2>&1 || status=failed
    cat "$out/kit.log" ;;
esac
export HVAE_GPU_INSTALL="$status $(( $(date +%s) - t0 )) $note"
exec "$py" tools/gpu/hvae_gpu_run.py "$out" "$@"
