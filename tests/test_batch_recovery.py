"""extract_many in parallel survives dead workers, inputs that do not pickle, and being stopped."""
import multiprocessing
import os
import signal
import threading
import time

import pytest

from tdkt_extract import batch
from tdkt_extract.batch import WORKER_DIED, default_context, extract_many

ARTICLE = "Ngày {d}/3/2025, tại Sở Tư pháp, Cụm thi đua số {n} tổ chức Hội nghị sơ kết quý I năm 2025."


def _articles(n):
    return [ARTICLE.format(d=i % 28 + 1, n=i % 9 + 1) for i in range(n)]


def _alive(pids):
    out = []
    for p in pids:
        try:
            os.kill(p, 0)
        except ProcessLookupError:
            continue
        # a zombie (dead, not yet reaped by its parent) is not alive either
        try:
            with open(f"/proc/{p}/stat") as fh:
                if fh.read().split(")")[-1].split()[0] == "Z":
                    continue
        except OSError:
            continue
        out.append(p)
    return out


def test_the_default_start_method_is_not_fork():
    assert default_context().get_start_method() in ("forkserver", "spawn")


def test_a_worker_killed_for_real_mid_run_loses_no_input():
    items = _articles(400)
    it = extract_many(items, workers=2, chunksize=8)
    results = [next(it)]
    workers = [p for p in multiprocessing.active_children() if p.pid != os.getpid()]
    assert workers, "the pool's workers are children of this process"
    os.kill(workers[0].pid, signal.SIGKILL)
    results.extend(it)
    assert [r.index for r in results] == list(range(400))
    died = [r for r in results if not r.ok]
    assert all(r.error_type == WORKER_DIED for r in died)
    # a worker killed from outside is not the fault of its chunk: re-run alone, that chunk succeeds
    assert len(died) <= 8
    for r in results:
        if r.ok:
            assert r.record.cluster.number == r.index % 9 + 1


def _crash_on_poison(text, settings=None):
    from tdkt_extract.api import extract
    if "POISON" in text:
        os.kill(os.getpid(), signal.SIGKILL)  # what a native crash or the OOM killer does
    return extract(text, settings=settings)


def test_an_input_that_kills_its_worker_costs_only_its_chunk(monkeypatch):
    # fork carries the patched function into the workers; the default start method would not
    monkeypatch.setattr(batch, "extract", _crash_on_poison)
    items = _articles(120)
    items[50] = items[50] + " POISON"
    results = list(extract_many(items, workers=2, chunksize=10, mp_context=multiprocessing.get_context("fork")))
    assert [r.index for r in results] == list(range(120))
    bad = [r.index for r in results if not r.ok]
    assert bad == list(range(50, 60))  # the chunk of 10 that held it
    assert {r.error_type for r in results if not r.ok} == {WORKER_DIED}
    assert "worker process died" in results[50].error


class _NoPickle:
    def __reduce__(self):
        raise TypeError("this object cannot be pickled")


def test_inputs_that_do_not_pickle_fail_alone():
    items = [(f"a{i}", t) for i, t in enumerate(_articles(40))]
    items[5] = (_NoPickle(), items[5][1])           # an id that does not pickle: never sent, still kept
    items[7] = ("a7", _NoPickle())                  # a text that is not a str: its TypeError, no worker
    items[9] = {"id": "a9", "text": threading.Lock()}
    results = list(extract_many(items, workers=2, chunksize=20))
    assert [r.index for r in results] == list(range(40))
    assert [r.index for r in results if not r.ok] == [7, 9]
    assert results[7].error_type == "TypeError" and results[9].error_type == "TypeError"
    assert isinstance(results[5].id, _NoPickle) and results[5].ok


def test_closing_the_iterator_ends_the_workers():
    it = extract_many(_articles(200), workers=2, chunksize=4)
    next(it)
    pids = [p.pid for p in multiprocessing.active_children()]
    assert pids
    it.close()
    deadline = time.monotonic() + 10
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pids)


def test_bad_settings_fail_before_any_work():
    from tdkt_extract.errors import SettingsError
    from tdkt_extract.settings import Settings
    with pytest.raises(TypeError, match="settings must be"):
        list(extract_many(["x"], settings="fast"))
    with pytest.raises(SettingsError):
        Settings(read_chars=0)


def test_a_script_without_a_main_guard_gets_a_clear_error_not_a_batch_of_failures(tmp_path):
    import subprocess
    import sys
    script = tmp_path / "no_guard.py"
    script.write_text("from tdkt_extract import extract_many\n"
                      "print(len(list(extract_many(['Cụm thi đua số 1 họp.'] * 20, workers=2, chunksize=4))))\n",
                      encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert r.returncode != 0
    assert "WorkerStartError" in r.stderr and '__name__ == "__main__"' in r.stderr


def test_workers_that_cannot_be_started_at_all_get_the_clear_error():
    # (the start server's pipe closed under load: starting a process raises OSError, not a broken pool)
    import multiprocessing

    from tdkt_extract.batch import WorkerStartError

    base = multiprocessing.get_context("spawn")

    class _Unstartable(type(base.Process())):
        def start(self):
            raise OSError("handle is closed")

    class _Context(type(base)):
        Process = _Unstartable

    with pytest.raises(WorkerStartError):
        list(extract_many(["Cụm thi đua số 1 họp."] * 8, workers=2, chunksize=2, mp_context=_Context()))
