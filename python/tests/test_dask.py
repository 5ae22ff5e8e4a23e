"""pith.dask on a LocalCluster with two worker processes: one task per WARC
file, a manifest with per-file counts, a damaged file reported as partial,
a missing file retried and reported as failed, a flaky task retried."""
import gzip
import json
import os
import sys

import pytest

distributed = pytest.importorskip("distributed")
import pith  # noqa: E402
import pith.dask  # noqa: E402


def flaky_task(path, out_path, options, max_record_mb):
    """Fails on its first attempt for each file (a marker file survives
    across worker processes), then does the real work."""
    marker = out_path + ".attempted"
    if not os.path.exists(marker):
        open(marker, "w").close()
        raise RuntimeError("simulated worker failure")
    return pith.dask.process_file(path, out_path, options, max_record_mb)


@pytest.fixture(scope="module")
def client():
    import cloudpickle
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def read_jsonl(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_manifest_counts_partial_and_failed(client, crawl, tmp_path):
    missing = str(tmp_path / "gone.warc.gz")
    paths = crawl["warcs"] + [crawl["corrupt"], missing]
    out = tmp_path / "out"
    m = pith.dask.process_warcs(paths, out, client=client, retries=1, favor=0)
    assert json.loads((out / "manifest.json").read_text()) == json.loads(json.dumps(m))
    files = m["files"]
    assert [f["file"] for f in files] == [str(p) for p in paths]
    for f, urls in zip(files[:3], crawl["urls"]):
        assert f["status"] == "ok"
        assert f["extracted"] == len(urls) and f["failed"] == 0
        lines = read_jsonl(f["output"])
        assert [x["warc_target_uri"] for x in lines] == urls
    assert files[0]["skipped"]["http-status"] == 1
    corrupt = files[3]
    assert corrupt["status"] == "partial" and corrupt["input_errors"] == 1
    assert "gzip" in corrupt["errors"][0]["error"]
    lines = read_jsonl(corrupt["output"])
    assert sum("error" in x for x in lines) == 1 and len(lines) == 3
    gone = files[4]
    assert gone["status"] == "failed" and "No such file" in gone["error"] and gone["output"] is None
    t = m["totals"]
    assert (t["ok"], t["partial"], t["failed"]) == (3, 1, 1)
    assert t["extracted"] == 9 + 2
    # No temporary files left behind.
    assert sorted(p.name for p in out.iterdir() if ".tmp" in p.name) == []


def test_failed_attempt_is_retried(client, crawl, tmp_path):
    out = tmp_path / "retry"
    m = pith.dask.process_warcs(crawl["warcs"][:2], out, client=client, retries=2, task=flaky_task)
    assert [f["status"] for f in m["files"]] == ["ok", "ok"]
    assert all(os.path.exists(f["output"] + ".attempted") for f in m["files"])
    m = pith.dask.process_warcs(crawl["warcs"][:1], tmp_path / "noretry", client=client, retries=0,
                                task=flaky_task)
    assert m["files"][0]["status"] == "failed"
    assert "simulated worker failure" in m["files"][0]["error"]
