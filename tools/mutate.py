#!/usr/bin/env python
"""Mutation testing for the analysis notebooks: does a plausible wrong version of an exported function fail a test?

Each mutation replaces one exact piece of source (`old` -> `new`) in one cell of one notebook, the cell named by
its id or by the function it defines. The edit is made in a COPY of the project (a temporary folder; the real
notebooks are never touched), `nbdev-export` runs there, then `nbdev-test` on that notebook alone, with the copy's
package first on PYTHONPATH. A failing notebook means the mutation is KILLED (and the failing cell and error are
reported); a passing one means it SURVIVED: no test protects against that mistake.

Usage (from the project root):

    python tools/mutate.py --jobs 4                         # every mutation in tools/mutations.py -> tools/mutations.md
    python tools/mutate.py --only 09_likelihood --merge tools/mutations.csv  # one notebook again, the other rows kept
    python tools/mutate.py --only 18_clustering             # the mutations of one notebook (the table is still written)
    python tools/mutate.py --nb nbs/18_clustering.ipynb --target choose_k \\
        --old "ks=range(1, 13)" --new "ks=range(2, 13)"   # one ad-hoc mutation, printed only

A mutation whose `old` text is not found exactly once in its cell is reported as STALE (the code changed; update
tools/mutations.py). Each mutation costs one export and one notebook test (about 0.5-2 min per notebook on a 2-core
CPU); the full list (6 unmutated notebooks + 20 mutations) took 14 min with --jobs 4 on
the shared 2-core machine.
"""
from __future__ import annotations
import argparse, json, os, re, shutil, subprocess, sys, tempfile, time
from pathlib import Path

import nbformat
from concurrent.futures import ThreadPoolExecutor

ROOT = Path(__file__).resolve().parent.parent
BASE_WHY = "(none: the notebook as it is must pass)"


def find_cell(nb, target:str):
    "Index of the cell with id `target`, or of the code cell that defines the function/class `target`."
    for i, c in enumerate(nb.cells):
        if c.get("id") == target: return i
    pat = re.compile(rf"^(def|class)\s+{re.escape(target)}\b|^{re.escape(target)}\s*=", re.M)
    hits = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and pat.search(c.source)]
    if len(hits) != 1: raise ValueError(f"target {target!r}: {len(hits)} cells define it (need exactly 1)")
    return hits[0]


def copy_project(dst:Path):
    "Copy what nbdev-export and nbdev-test need: the notebooks, the package, configs and pyproject.toml."
    for p in ("nbs", "hvae_nb", "configs"):
        if (ROOT/p).exists():
            skip = shutil.ignore_patterns("_proc", "_docs", "__pycache__", ".ipynb_checkpoints", "_bench")
            shutil.copytree(ROOT/p, dst/p, ignore=skip)
    shutil.copy2(ROOT/"pyproject.toml", dst/"pyproject.toml")
    for p in ("README.md", "LICENSE"):
        if (ROOT/p).exists(): shutil.copy2(ROOT/p, dst/p)


def run_mutation(nb_path, target, old, new, timeout=900):
    "Apply one mutation in a temporary copy and test that notebook: dict(status, cell, error, seconds)."
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="hvae_mutate_") as d:
        d = Path(d); copy_project(d)
        nbp = d/Path(nb_path).relative_to(ROOT) if Path(nb_path).is_absolute() else d/nb_path
        nb = nbformat.read(nbp, as_version=4)
        if target is not None:  # None: the unmutated baseline, which must pass
            i = find_cell(nb, target)
            n = nb.cells[i].source.count(old)
            if n != 1:
                return dict(status="STALE", cell=nb.cells[i].get("id"), error=f"old text found {n} times", seconds=0.)
            nb.cells[i].source = nb.cells[i].source.replace(old, new)
            nbformat.write(nb, nbp)
        env = {**os.environ, "PYTHONPATH": str(d) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        ex = subprocess.run(["nbdev-export"], cwd=d, env=env, capture_output=True, text=True)
        if ex.returncode:
            return dict(status="KILLED", cell="(export)", error=ex.stderr.strip()[-300:], seconds=time.time() - t0)
        chk = subprocess.run([sys.executable, "-c", "import hvae_nb; print(hvae_nb.__file__)"], cwd=d/"nbs", env=env,
                             capture_output=True, text=True).stdout.strip()
        if not chk.startswith(str(d)):
            raise RuntimeError(f"the copy's package is not the one imported ({chk}); cannot test it")
        try:
            r = subprocess.run(["nbdev-test", str(nbp.relative_to(d)), "--cell-timing-min", "0"], cwd=d, env=env,
                               capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return dict(status="KILLED", cell="(timeout)", error=f"notebook test ran over {timeout} s",
                        seconds=time.time() - t0)
        if r.returncode == 0: return dict(status="SURVIVED", cell="", error="", seconds=time.time() - t0)
        log = r.stdout + r.stderr
        done = re.findall(rf"^{re.escape(nbp.name)}:(\S+): [\d.]+s$", r.stdout, re.M)  # one line per executed cell
        cell = done[-1] if done else ""  # the last one is the cell that failed
        src = next((c.source for c in nb.cells if c.get("id") == cell), "")
        first = next((l for l in src.splitlines() if l.strip() and not l.startswith("#|")), "")
        if cell: cell = f"{cell}: `{first.strip()[:60]}`"
        errs = [l.strip() for l in log.splitlines()
                if re.match(r"\s*\w*(Error|Exception)\b.*", l) and "Traceback" not in l]
        return dict(status="KILLED", cell=cell, error=(errs[-1] if errs else log.strip().splitlines()[-1])[:200],
                    seconds=time.time() - t0)


def load_mutations():
    sys.path.insert(0, str(ROOT/"tools"))
    from mutations import MUTATIONS
    return MUTATIONS


def write_table(results, path:Path, merged:bool=False):
    "Markdown table: mutation -> killed by which cell (test) -> error, plus a CSV beside it."
    lines = ["# Mutation testing of the functions behind published numbers", "",
             f"Produced by `python tools/mutate.py` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
             + ("; rows merged from several runs with `--merge`, each row as its own run found it" if merged else "")
             + "): each row is a plausible wrong version of an exported function, applied to a copy of the project; "
             "`killed by` is the notebook cell (id) whose test failed.", "",
             "| notebook | function | mutation | status | killed by (cell) | error | s |", "|---|---|---|---|---|---|---|"]
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")
    for m, r in results:
        sec = "" if r.get("seconds") is None else f"{r['seconds']:.0f}"
        lines.append(f"| {m['nb']} | `{m['target'] or '-'}` | {esc(m['why'])} | {r['status']} | {r['cell']} "
                     f"| {esc(r['error'])} | {sec} |")
    n_k = sum(r["status"] == "KILLED" for _, r in results)
    n_m = sum(m["target"] is not None for m, _ in results)
    lines += ["", f"{n_k} of {n_m} mutations killed; every notebook first tested unmutated (status PASSES)."]
    path.write_text("\n".join(lines) + "\n")
    path.with_suffix(".csv").write_text("notebook,function,mutation,status,cell,error,seconds\n" + "".join(
        ",".join(json.dumps(str(v)) for v in (m["nb"], m["target"], m["why"], r["status"], r["cell"], r["error"],
                                              "" if r.get("seconds") is None else round(r["seconds"]))) + "\n"
        for m, r in results))


def read_table(csv_path)->list:
    "The (mutation, result) rows of a CSV written by `write_table` (target None for a notebook's unmutated baseline)."
    lines = Path(csv_path).read_text().splitlines()
    rows = [dict(zip(lines[0].split(","), json.loads(f"[{l}]"))) for l in lines[1:] if l]  # fields are JSON strings
    return [(dict(nb=d["notebook"], target=None if d["function"] == "None" else d["function"], why=d["mutation"]),
             dict(status=d["status"], cell=d["cell"], error=d["error"],
                  seconds=float(d["seconds"]) if d.get("seconds") else None)) for d in rows]


def merge_tables(tables:list, muts:list)->list:
    "Rows of several tables (later ones win for the same row), in the order of `muts`, unmutated baselines first."
    got = {}
    for t in tables:
        for m, r in t: got[(m["nb"], m["target"], m["why"])] = (m, r)
    nbs = list(dict.fromkeys(m["nb"] for m in muts))
    keys = [(n, None, BASE_WHY) for n in nbs] + [(m["nb"], m["target"], m["why"]) for m in muts]
    for k in sorted(set(got) - set(keys), key=str): print(f"dropped (no longer in mutations.py): {k}")
    return [got[k] for k in keys if k in got]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nb", help="notebook of an ad-hoc mutation (with --target, --old, --new)")
    ap.add_argument("--target", help="cell id or name of the function/class the cell defines")
    ap.add_argument("--old"); ap.add_argument("--new")
    ap.add_argument("--only", nargs="*", help="run only the listed notebooks' mutations (names without .ipynb)")
    ap.add_argument("--match", nargs="*", help="with --only: run only the mutations whose `why` contains one of these texts")
    ap.add_argument("--jobs", type=int, default=1, help="mutations tested at the same time")
    ap.add_argument("--out", default=str(ROOT/"tools"/"mutations.md"), help="table written for the listed mutations")
    ap.add_argument("--merge", nargs="*", help="CSV tables of earlier runs merged into the table (later ones and this "
                    "run win for the same row); without --only nothing is run, the tables are only merged")
    a = ap.parse_args()
    if a.nb:
        if None in (a.target, a.old, a.new): ap.error("--nb needs --target, --old and --new")
        print(json.dumps(run_mutation(a.nb, a.target, a.old, a.new), indent=1)); return
    every = load_mutations()
    if a.merge is not None and not a.only:  # merge earlier tables only
        results = merge_tables([read_table(p) for p in a.merge], every)
        write_table(results, Path(a.out), merged=True); print(f"table: {a.out} ({len(results)} rows)")
        if any(r["status"] not in ("KILLED", "PASSES") for _, r in results): sys.exit(1)
        return
    muts = [m for m in every if (not a.only or m["nb"] in a.only) and (not a.match or any(t in m["why"] for t in a.match))]
    # first each notebook unmutated: a mutation only counts as killed if its notebook passes without it
    base = [dict(nb=n, target=None, old=None, new=None, why=BASE_WHY)
            for n in dict.fromkeys(m["nb"] for m in muts)]
    def one(m):
        r = run_mutation(f"nbs/{m['nb']}.ipynb", m["target"], m["old"], m["new"])
        if m["target"] is None: r["status"] = "PASSES" if r["status"] == "SURVIVED" else "BASELINE FAILS"
        print(f"{r['status']:8s} {m['nb']}:{m['target']}: {m['why']} [{r['cell']}] {r['error'][:120]} ({r['seconds']:.0f} s)", flush=True)
        return m, r
    with ThreadPoolExecutor(a.jobs) as ex: results = list(ex.map(one, base + muts))
    bad = {m["nb"] for m, r in results if r["status"] == "BASELINE FAILS"}
    results = [(m, dict(r, status="INVALID (baseline fails)") if m["nb"] in bad and m["target"] else r) for m, r in results]
    if a.merge: results = merge_tables([read_table(p) for p in a.merge] + [results], every)
    write_table(results, Path(a.out), merged=bool(a.merge))
    print(f"table: {Path(a.out).relative_to(ROOT) if Path(a.out).is_relative_to(ROOT) else a.out}")
    if any(r["status"] not in ("KILLED", "PASSES") for _, r in results): sys.exit(1)


if __name__ == "__main__": main()
