# hvae-gpu-run as a file (a call_parse CLI parses sys.argv only when run as a file): works before and without pip install -e .
import sys
from hvae_nb.gpukit import gpu_run_cli
if __name__ == "__main__":
    sys.argv[0] = "hvae-gpu-run"
    sys.exit(gpu_run_cli())
