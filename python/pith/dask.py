"""pith.dask - extract a corpus of WARC files on a Dask cluster.

One task per WARC file: the task runs the extraction through the Python
binding on the worker, writes FILE.jsonl.gz (one JSON line per HTML record,
or an error line, in record order; written to a temporary name and renamed,
so a file is either complete or absent) and returns its counts.  A task
that raises (file missing, worker lost, disk full) is retried by Dask
(`retries`); if it still fails, the manifest says so with the error.  A
damaged WARC is not an exception: its readable records are written, and
the manifest marks the file "partial" with the errors.  No file is ever
left out of the manifest.

    from distributed import Client
    from pith.dask import process_warcs
    client = Client("tcp://scheduler:8786")      # or Client() for a local cluster
    manifest = process_warcs(paths, "out/", client=client, retries=2, favor=1)

Every worker needs the pith package and libpith (pip install, or
PITH_LIBRARY), and the WARC paths and out_dir must be reachable from the
workers under the same names (a shared filesystem).
"""
import gzip
import json
import os
import socket
import time
import uuid
from pathlib import Path

import pith

MANIFEST_NAME = "manifest.json"
ERRORS_KEPT = 20  # error messages kept per file in the manifest


def _output_name(path, index, taken):
    name = os.path.basename(os.fspath(path))
    for ext in (".gz", ".warc", ".arc"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    base = name or "warc"
    if base in taken:
        base = "%s-%d" % (base, index)
    taken.add(base)
    return base + ".jsonl.gz"


def process_file(path, out_path, options=None, max_record_mb=64):
    """Extracts one WARC file into out_path (JSONL, gzip when it ends in
    .gz).  Returns the file's counts and status ("ok", or "partial" when
    the file was damaged: its readable records are in the output).  Raises
    when the file cannot be opened or the output cannot be written, which
    Dask retries."""
    start = time.time()
    out_path = os.fspath(out_path)
    tmp = "%s.tmp-%s-%d" % (out_path, socket.gethostname(), os.getpid())
    reader = pith.WarcReader(path, format=None, **(options or {}))
    errors = []
    opener = gzip.open if out_path.endswith(".gz") else open
    try:
        with opener(tmp, "wt", encoding="utf-8") as out:
            for item in reader:
                if isinstance(item, pith.RecordError):
                    if len(errors) < ERRORS_KEPT:
                        errors.append({"error": item.message, "record_id": item.record_id,
                                       "offset": item.offset, "kind": item.kind})
                    line = item.to_dict()
                else:
                    line = item.to_dict()
                    item.close()
                out.write(json.dumps(line, ensure_ascii=False))
                out.write("\n")
        os.replace(tmp, out_path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    c = reader.counts
    return {
        "file": os.fspath(path),
        "output": out_path,
        "status": "partial" if c["input_errors"] else "ok",
        "records": c["records"],
        "extracted": c["extracted"],
        "skipped": dict(c["skipped"]),
        "failed": c["failed"],
        "input_errors": c["input_errors"],
        "errors": errors,
        "bytes": reader.position,
        "seconds": round(time.time() - start, 3),
        "worker": socket.gethostname(),
    }


def process_warcs(paths, out_dir, client=None, retries=2, max_record_mb=64, task=None,
                  manifest_name=MANIFEST_NAME, **options):
    """Runs one task per WARC file on the cluster of `client` (a
    distributed.Client; None uses the current client, or starts a local
    cluster), writes out_dir/manifest.json and returns it as a dict:
    {"files": [...one entry per input, in input order...], "totals": {...}}.
    Each entry has file, output, status ("ok", "partial", "failed"),
    records, extracted, skipped, failed, input_errors, errors.  Keywords
    are pith options (pith.options()).  `task` replaces process_file (same
    signature), e.g. to wrap it."""
    from distributed import as_completed, get_client

    own_client = None
    if client is None:
        try:
            client = get_client()
        except ValueError:
            from distributed import Client
            client = own_client = Client()
    task = task or process_file
    pith._check_options(options)  # fail early, not on every worker
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [os.fspath(p) for p in paths]
    taken = set()
    outputs = [str(out_dir / _output_name(p, i, taken)) for i, p in enumerate(paths)]
    run_id = uuid.uuid4().hex[:12]  # task keys must not meet a previous run's results
    try:
        futures = {}
        for i, (p, o) in enumerate(zip(paths, outputs)):
            fut = client.submit(task, p, o, options, max_record_mb, retries=retries, pure=False,
                                key="pith-warc-%s-%d-%s" % (run_id, i, os.path.basename(p)))
            futures[fut] = i
        entries = [None] * len(paths)
        for fut in as_completed(list(futures)):
            i = futures[fut]
            if fut.status == "finished":
                entries[i] = fut.result()
            else:
                try:
                    exc = fut.exception()
                except BaseException as e:  # cancelled: the exception is the cancellation
                    exc = e
                entries[i] = {"file": paths[i], "output": None, "status": "failed",
                              "error": "%s: %s" % (type(exc).__name__, exc), "attempts": retries + 1,
                              "records": 0, "extracted": 0, "skipped": {}, "failed": 0, "input_errors": 0,
                              "errors": []}
            fut.release()
    finally:
        if own_client is not None:
            own_client.close()

    totals = {"files": len(entries), "ok": 0, "partial": 0, "failed": 0, "records": 0, "extracted": 0,
              "skipped": 0, "failed_records": 0, "input_errors": 0}
    for e in entries:
        totals[e["status"]] += 1
        totals["records"] += e["records"]
        totals["extracted"] += e["extracted"]
        totals["skipped"] += sum(e["skipped"].values())
        totals["failed_records"] += e["failed"]
        totals["input_errors"] += e["input_errors"]
    manifest = {"files": entries, "totals": totals, "options": options, "retries": retries}
    tmp = out_dir / (manifest_name + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / manifest_name)
    return manifest
