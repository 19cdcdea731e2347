"""Download, on a machine with network, the wheels the GPU image lacks (CPython 3.12, manylinux x86_64).

Run from the repository root:  python tools/gpu/wheels.py      (writes .gpu_wheels/, git-ignored)

It follows the dependencies of NEEDED through each wheel's METADATA (markers evaluated for CPython 3.12 on
Linux x86_64) and skips every package the image already holds (tools/gpu/image_packages.txt), so torch,
numpy, scipy, numba ... are never fetched. Versions: the one installed here when it satisfies the requirement
(the set the tests ran with), else the newest that does. Prints the folder's size: with the rest of the
working tree it must stay under the device's 64 MiB.
"""
import re, subprocess, sys, zipfile
from importlib import metadata
from pathlib import Path
from packaging.requirements import Requirement

NEEDED = ["fastcore", "biopython", "papermill", "nbformat", "nbclient", "ipykernel", "nbdev", "execnb",
          "umap-learn", "pynndescent"]
ENV = dict(python_version="3.12", python_full_version="3.12.3", sys_platform="linux", platform_system="Linux",
           platform_machine="x86_64", os_name="posix", implementation_name="cpython",
           platform_python_implementation="CPython", extra="")
# imported only inside try/except by ipykernel (the debugger) and IPython (completion): left out to keep the
# working tree under the device's 64 MiB (10 MiB of wheels); the device installs the folder with --no-deps
LEFT_OUT = {"debugpy", "jedi", "parso"}
PLATFORMS = ["manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64",
             "manylinux1_x86_64", "manylinux_2_5_x86_64"]

def norm(n): return re.sub(r"[-_.]+", "-", n).lower()

def image_packages(root):
    return {norm(l.strip()) for l in (root/"tools/gpu/image_packages.txt").read_text().splitlines()
            if l.strip() and not l.startswith("#")}

def wheel_name(f): return norm(f.name.split("-")[0])

def requires(whl):
    "The requirements a wheel's METADATA lists that apply on the device (no extras)."
    with zipfile.ZipFile(whl) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        lines = z.read(meta).decode().splitlines()
    out = []
    for l in lines:
        if not l.startswith("Requires-Dist:"): continue
        r = Requirement(l.split(":", 1)[1].strip())
        if r.marker is None or r.marker.evaluate(ENV): out.append(r)
    return out

def pin(r):
    "`r` pinned to the version installed here when that satisfies it, else `r` as it is."
    try: v = metadata.version(r.name)
    except metadata.PackageNotFoundError: return str(Requirement(r.name + str(r.specifier)))
    return f"{r.name}=={v}" if r.specifier.contains(v, prereleases=True) else f"{r.name}{r.specifier}"

def download(spec, d):
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:", "--python-version", "3.12",
           "--implementation", "cp", *[a for p in PLATFORMS for a in ("--platform", p)], "-d", str(d), spec]
    subprocess.run(cmd, check=True)

def main(root=Path(".")):
    root, d = Path(root), Path(root)/".gpu_wheels"
    d.mkdir(exist_ok=True)
    have, skip = {}, image_packages(root) | LEFT_OUT
    for f in d.glob("*.whl"):
        if wheel_name(f) in LEFT_OUT: f.unlink()
        else: have[wheel_name(f)] = f
    todo = [Requirement(n) for n in NEEDED]
    while todo:
        r = todo.pop(0)
        n = norm(r.name)
        if n in skip or n in have: continue
        print("fetching", pin(r), flush=True)
        download(pin(r), d)
        got = [f for f in d.glob("*.whl") if wheel_name(f) == n]
        if not got: raise SystemExit(f"{r.name}: no wheel saved in {d}")
        have[n] = got[0]
        todo += requires(got[0])
    mb = sum(f.stat().st_size for f in d.glob("*.whl")) / 2**20
    print(f"{len(have)} wheels, {mb:.1f} MiB in {d} (left out: {', '.join(sorted(LEFT_OUT))})")

if __name__ == "__main__": main()
