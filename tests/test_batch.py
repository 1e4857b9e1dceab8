"""extract_many: one result per input, in order, errors captured, in one process or several."""
import pytest

from tdkt_extract.batch import BatchResult, extract_many

ARTICLE = ("Ngày {d}/7/2024, tại Sở Nội vụ, Cụm thi đua số {n} tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024. "
           "Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm.")


def _inputs(n):
    items = []
    for i in range(n):
        if i % 97 == 13:
            items.append("   ")            # empty: EmptyInputError
        elif i % 97 == 50:
            items.append(b"bytes, not text")  # TypeError
        elif i % 97 == 80:
            items.append(None)             # TypeError
        else:
            items.append(ARTICLE.format(d=i % 28 + 1, n=i % 20 + 1))
    return items


@pytest.mark.parametrize("workers", [None, 2])
def test_every_input_gets_a_result_in_order(workers):
    items = _inputs(1000)
    results = list(extract_many(items, workers=workers, chunksize=25))
    assert len(results) == 1000
    assert [r.index for r in results] == list(range(1000))
    for i, (item, r) in enumerate(zip(items, results)):
        if isinstance(item, str) and item.strip():
            assert r.ok and r.record.meeting.date == f"2024-07-{i % 28 + 1:02d}"
            assert r.record.cluster.number == i % 20 + 1
        else:
            assert not r.ok and r.record is None
            assert r.error_type in ("EmptyInputError", "TypeError")
    assert sum(not r.ok for r in results) == 3 * 10 + 1  # three kinds of bad input every 97 items


def test_ids_from_pairs_and_dicts():
    res = list(extract_many([("a", ARTICLE.format(d=1, n=2)), {"id": "b", "text": ARTICLE.format(d=2, n=3)}, {"id": "c"}]))
    assert [r.id for r in res] == ["a", "b", "c"]
    assert res[0].ok and res[1].ok and not res[2].ok
    assert res[2].to_json() == {"id": "c", "error": res[2].error, "error_type": "TypeError"}
    assert res[0].to_json()["id"] == "a" and res[0].to_json()["cluster"]["number"] == 2


def test_a_lazy_iterable_is_consumed_lazily():
    consumed = []

    def gen():
        for i in range(5):
            consumed.append(i)
            yield ARTICLE.format(d=i + 1, n=1)

    it = extract_many(gen())
    first = next(it)
    assert isinstance(first, BatchResult) and first.ok
    assert consumed == [0]
