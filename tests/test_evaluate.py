import json

from detente.evaluate import GoldText, evaluate, load_gold
from detente.model import Actor, Event, Trigger


def ev(src, tgt, cameo, plover, quad):
    def actor(code):
        if code is None:
            return None
        return Actor(text=code, span=(0, 1), country=None if len(code) <= 4 and code.isupper() and code in
                     ("EU", "UN") else code, org=code if code in ("EU", "UN") else None)

    return Event(id="x", article_id="a", sentence_index=0, sentence="s", date=None, date_published=None,
                 source=actor(src), target=actor(tgt), cameo=cameo, cameo_root=cameo[:2], cameo_label="",
                 plover_event=plover, plover_mode=None, quad_class=quad, goldstein=0.0, trigger=Trigger("t", (0, 1)))


def gold(*events):
    return tuple({"source": s, "target": t, "cameo": c, "plover": p} for s, t, c, p in events)


def test_multiset_matching_and_micro_scores():
    texts = [
        GoldText("1", "t", None, gold(("USA", "IRQ", "190", "ASSAULT"), ("EU", "BLR", "163", "SANCTION"))),
        GoldText("2", "t", None, gold(("FRA", "DEU", "040", "CONSULT"))),
        GoldText("3", "t", None, ()),
    ]
    preds = {
        "1": [ev("USA", "IRQ", "190", "ASSAULT", 4), ev("USA", "IRQ", "190", "ASSAULT", 4)],  # one doubled
        "2": [ev("FRA", "DEU", "051", "SUPPORT", 1)],  # right pair, wrong type, same quad
        "3": [],
    }
    report = evaluate(texts, lambda g: preds[g.id])
    pair = report.scores["source-target"]
    assert (pair.tp, pair.fp, pair.fn) == (2, 1, 1)
    plover = report.scores["source-target-plover"]
    assert (plover.tp, plover.fp, plover.fn) == (1, 2, 2)
    quad = report.scores["source-target-quad"]
    assert (quad.tp, quad.fp, quad.fn) == (2, 1, 1)
    assert report.empty_texts == 1 and report.empty_texts_quiet == 1
    assert round(pair.f1, 3) == round(2 * (2 / 3) * (2 / 3) / (4 / 3), 3)


def test_load_gold_reports_bad_lines(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "events": []}) + "\n{broken\n", encoding="utf-8")
    it = load_gold(path)
    assert next(it).id == "a"
    try:
        next(it)
    except ValueError as exc:
        assert "g.jsonl:2" in str(exc)
    else:
        raise AssertionError("a broken line must raise")
