"""Event detectors compared on the same sentences: spaCy's own trainable components against the shipped MiniLM
detector and the coders, on real news (news-dev) and on the held-out texts of the training data (issue 8).

    PYTHONPATH=src python benchmarks/compare_detectors.py --json /tmp/detectors.json

The spaCy baselines are trained here, in-process, from the configs ``spacy init config`` generates for CPU
(English, no vectors, nothing downloaded), on the sentences ``detente train`` trains on: the same
loader (``train/examples.py``), the same held-out split (``is_dev`` in ``train/fit.py``), a fixed seed and a
fixed number of epochs (no model selection on any evaluation set). Nothing from ``../shared/`` is trained on.

- ``textcat-bow``: the efficiency config's ``textcat`` (bag of words, exclusive classes) over 21 labels, the 20
  CAMEO roots and ``none``; a sentence's label is the root of its most frequent trigger root (ties: the first).
- ``textcat-cnn`` (opt-in, ``--baselines textcat-cnn``): the accuracy config's ``textcat`` (CNN tok2vec of width
  256 and depth 8 + bag of words; static vectors off, none are installed), same labels. About 7 minutes an epoch
  here and slower than MiniLM to run, so not the fast baseline the issue has in mind.
- ``ner``: the efficiency config's ``ner`` (CNN tok2vec + transition tagger) with the roots as entity labels
  on the trigger spans: a trigger detector like the MiniLM one (spancat's default 1-3-gram suggester cannot
  propose the 30% of triggers longer than three words; ``ner`` tags spans of any length).
- ``ner-sm``: the same ``ner``, listening to the tok2vec of the coder's own spaCy model (en_core_web_sm, which
  learned it with its tagger and parser) instead of a blank one; both are trained. spaCy's pretrained start,
  offline.
- ``minilm``: the shipped model's encoder and trigger head (``EventModel.read``, which also runs the argument
  head on the triggers it finds) at the threshold in its ``model.json``, no filtering after it.
- ``rules coder`` / ``model coder``: ``code_article`` end to end (parse, detect, resolve actors, codebook),
  events placed in their sentences by the trigger's position; a sentence counts as an event sentence when an
  event survives the whole pipeline (which drops acts without a resolvable actor and restated acts).
- ``spaCy parse alone``: the coder's spaCy pipeline on the same sentences, speed only: the reference the other
  benchmarks divide by, and the cost every coder pays before any detector runs.

Sentence level: event-sentence precision, recall and F1; root accuracy on the true event sentences found (the
predicted sentence root, the most frequent predicted root, is one of the gold roots there). Trigger level: a
predicted trigger is right when its start is inside a gold trigger with the same root (``fit.evaluate``'s
rule). Each F1 has a 95% interval from resampling whole texts 1,000 times. Speed: sentences per second, best
of ``--repeats`` passes, one thread, batches of ``--batch-size`` sentences (coders: one article at a time, as
``detente eval`` codes). Timings depend on the machine and its load (the 1-minute load average is printed with
each); compare the rows of one run, not runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROOTS = tuple(f"{k:02d}" for k in range(1, 21))
NONE = "none"
Span = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    """One evaluation sentence: is it an event sentence, and its triggers (pieces of text, root)."""

    text: str
    event: bool
    triggers: tuple[tuple[tuple[Span, ...], str | None], ...]

    @property
    def roots(self) -> set[str]:
        return {r for _, r in self.triggers if r}


@dataclass(frozen=True)
class Text:
    """A whole text, for the coders: its sentences' character ranges and their indices in the set."""

    id: str
    text: str
    date: str | None
    ranges: tuple[tuple[int, int, int], ...]  # (start, end, index into EvalSet.sentences)


@dataclass(frozen=True)
class EvalSet:
    name: str
    sentences: list[Gold]
    texts: list[Text]


@dataclass(frozen=True)
class Pred:
    event: bool
    root: str | None
    triggers: tuple[tuple[int, str], ...] | None  # (start char, root); None: the detector reads sentences only


def _sentence_root(roots: list[str]) -> str | None:
    """The most frequent root, ties to the first: the textcat label, and the sentence root of span detectors."""
    return Counter(roots).most_common(1)[0][0] if roots else None


def _from_triggers(triggers: list[tuple[int, str]]) -> Pred:
    triggers = sorted(triggers)
    return Pred(bool(triggers), _sentence_root([r for _, r in triggers]), tuple(triggers))


# --- the evaluation sets ---------------------------------------------------------------------------------

def _ranges(text: str, parts: list[str], start: int = 0) -> list[Span]:
    """Where each of ``parts`` is in ``text``, in order (parts are consecutive sentences of it)."""
    out = []
    for p in parts:
        a = text.find(p, start)
        if a < 0:
            raise ValueError(f"sentence not found in its text: {p[:60]!r}")
        out.append((a, a + len(p)))
        start = a + len(p)
    return out


_QUOTES = str.maketrans("\u2019\u2018\u201c\u201d", "''\"\"")


def _trigger_pieces(sentence: str, trigger: str | None) -> tuple[Span, ...]:
    """The gold trigger's pieces in the sentence ("arrives in ... to start his tour": two); () if not found."""
    if not trigger:
        return ()
    text = sentence.translate(_QUOTES)
    pieces, start = [], 0
    for part in re.split(r"\s*(?:\.\.\.|\u2026)\s*", trigger.translate(_QUOTES)):
        if not part.strip():
            continue
        a = text.find(part.strip(), start)
        if a < 0:
            return ()
        pieces.append((a, a + len(part.strip())))
        start = a + len(part.strip())
    return tuple(pieces)


def news_dev(path: Path) -> EvalSet:
    """The real-news gold by its sentences (``meta.sentences``, which the events' ``sentence`` indexes)."""
    sentences: list[Gold] = []
    texts: list[Text] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        split = d["meta"]["sentences"]
        base = len(sentences)
        for k, s in enumerate(split):
            events = [e for e in d["events"] if e.get("sentence") == k]
            triggers = {(_trigger_pieces(s, e.get("trigger")), (e.get("cameo") or "")[:2] or None) for e in events}
            sentences.append(Gold(s, bool(events), tuple(sorted(triggers, key=str))))
        spans = _ranges(d["text"], split)
        texts.append(Text(d["id"], d["text"], d.get("date"),
                          tuple((a, b, base + k) for k, (a, b) in enumerate(spans))))
    return EvalSet(path.stem, sentences, texts)


def training_examples(data: Path):  # type: ignore[no-untyped-def]
    """The training data as ``detente train`` reads it: the texts, and their sentence examples."""
    from detente.coder.nlp import load_pipeline
    from detente.train.dataset import load
    from detente.train.examples import sentence_examples

    texts = load(sorted(data.glob("*.jsonl")))
    return texts, sentence_examples(texts, load_pipeline())


def held_out(texts, examples, share: int) -> EvalSet:  # type: ignore[no-untyped-def]
    """The held-out sentences of the training data (``is_dev``), with their texts for the coders."""
    from detente.coder.text import split_dateline
    from detente.train.fit import is_dev

    by_group: dict[str, list] = {}
    for ex in examples:
        if is_dev(ex.group, share):
            by_group.setdefault(ex.group, []).append(ex)
    sentences: list[Gold] = []
    out: list[Text] = []
    for t in texts:
        if t.id not in by_group:
            continue
        _, body = split_dateline(t.text)
        group = by_group[t.id]
        base = len(sentences)
        sentences += [Gold(ex.text, bool(ex.triggers), tuple(((tr.span,), tr.root) for tr in ex.triggers))
                      for ex in group]
        spans = _ranges(t.text, [ex.text for ex in group], len(t.text) - len(body))
        out.append(Text(t.id, t.text, t.date, tuple((a, b, base + k) for k, (a, b) in enumerate(spans))))
    return EvalSet("held-out", sentences, out)


# --- the spaCy baselines ---------------------------------------------------------------------------------

#: name: (pipeline, ``spacy init config --optimize``, epochs, start from the coder's spaCy model's tok2vec);
#: epochs chosen for a few minutes each on two cores
BASELINES = {
    "textcat-bow": (["textcat"], "efficiency", 10, False),
    "textcat-cnn": (["textcat"], "accuracy", 2, False),  # ~7 minutes an epoch: opt-in
    "ner": (["ner"], "efficiency", 5, False),
    "ner-sm": (["ner"], "efficiency", 5, True),
}
DEFAULT_BASELINES = ("textcat-bow", "ner", "ner-sm")


def _label(ex) -> str:  # type: ignore[no-untyped-def]
    return _sentence_root([t.root for t in ex.triggers]) or NONE


def _spacy_examples(nlp, name: str, train: list) -> list:  # type: ignore[no-untyped-def]
    from spacy.training import Example
    from spacy.util import filter_spans

    out = []
    for ex in train:
        if name.startswith("textcat"):
            y = _label(ex)
            out.append(Example.from_dict(nlp.make_doc(ex.text), {"cats": {c: float(c == y) for c in (*ROOTS, NONE)}}))
            continue
        ref = nlp.make_doc(ex.text)
        spans = [ref.char_span(t.span[0], t.span[1], label=t.root, alignment_mode="expand") for t in ex.triggers]
        ref.set_ents(filter_spans([s for s in spans if s is not None]), default="outside")
        out.append(Example(nlp.make_doc(ex.text), ref))
    return out


def _from_coder_tok2vec(config):  # type: ignore[no-untyped-def]
    """The coder's own spaCy model cut to its tok2vec (trained with its tagger and parser on OntoNotes), with a
    new ``ner`` from ``config`` listening to it: the pretrained start spaCy offers offline. Both are trained."""
    import spacy

    from detente.coder.nlp import resolve_model_name

    base = spacy.load(resolve_model_name())
    nlp = spacy.load(resolve_model_name(), exclude=[p for p in base.pipe_names if p != "tok2vec"])
    block = {k: v for k, v in config["components"]["ner"].items() if k != "factory"}
    block["model"]["tok2vec"].update(width=nlp.config["components"]["tok2vec"]["model"]["encode"]["width"],
                                     upstream="tok2vec")
    nlp.add_pipe("ner", config=block)
    return nlp


def train_baseline(name: str, train: list, epochs: int, seed: int, log: Callable[[str], None],
                   after_epoch: Callable[[object], str] | None = None):  # type: ignore[no-untyped-def]
    """A blank English pipeline from spaCy's generated config, trained for ``epochs`` on ``train``.

    ``after_epoch`` (the pipeline in, a line out) is logged after each epoch and kept out of the training
    time: it shows whether more epochs would have helped, and chooses nothing.
    """
    from spacy.cli.init_config import init_config
    from spacy.util import fix_random_seed, load_model_from_config, registry

    pipeline, optimize, _, from_sm = BASELINES[name]
    config = init_config(lang="en", pipeline=pipeline, optimize=optimize, gpu=False, silent=True)
    config["paths"]["vectors"] = None
    if "tok2vec" in config["components"]:
        config["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] = False
    config["system"]["seed"] = seed
    fix_random_seed(seed)
    t0 = time.perf_counter()
    if from_sm:
        nlp = _from_coder_tok2vec(config)
        examples = _spacy_examples(nlp, name, train)
        nlp.get_pipe("ner").initialize(lambda: examples, nlp=nlp)
        optimizer = registry.resolve({"o": config["training"]["optimizer"]})["o"]
    else:
        nlp = load_model_from_config(config, auto_fill=True, validate=True)
        examples = _spacy_examples(nlp, name, train)
        optimizer = nlp.initialize(lambda: examples)
    batcher = registry.resolve({"b": config["training"]["batcher"]})["b"]
    dropout = config["training"]["dropout"]
    rng = random.Random(seed)
    spent, curve = time.perf_counter() - t0, []
    for epoch in range(epochs):
        t1 = time.perf_counter()
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in batcher(examples):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        spent += time.perf_counter() - t1
        line = after_epoch(nlp) if after_epoch else ""
        curve.append(line)
        log(f"  {name} epoch {epoch + 1}/{epochs}: loss "
            f"{json.dumps({k: round(float(v), 1) for k, v in losses.items()})} ({spent:.0f}s) {line}")
    return nlp, round(spent, 1), curve


def spacy_predict(nlp, name: str, batch_size: int) -> Callable[[list[str]], list[Pred]]:  # type: ignore[no-untyped-def]
    def predict(texts: list[str]) -> list[Pred]:
        out = []
        for doc in nlp.pipe(texts, batch_size=batch_size):
            if name.startswith("textcat"):
                label = max(doc.cats, key=doc.cats.get)
                out.append(Pred(label != NONE, None if label == NONE else label, None))
            else:
                out.append(_from_triggers([(e.start_char, e.label_) for e in doc.ents]))
        return out

    return predict


# --- the shipped detector and the coders ------------------------------------------------------------------

def minilm_predict(batch_size: int) -> tuple[Callable[[list[str]], list[Pred]], float]:
    """The shipped model at its own threshold: every trigger ``EventModel.read`` returns."""
    from detente.coder.detect.learned import EventModel, bundled_model_dir

    model = EventModel(bundled_model_dir(), threads=1)

    def predict(texts: list[str]) -> list[Pred]:
        out = []
        for i in range(0, len(texts), batch_size):
            for r in model.read(texts[i:i + batch_size]):
                out.append(_from_triggers([(a, root) for a, _, root, _ in r.triggers]))
        return out

    return predict, model.threshold


def _locate(text: str, sentence: str, start: int) -> int:
    """Where the coder's sentence is in the original text: cleaning may change whitespace and end a headline
    with a full stop."""
    for s in (sentence, sentence.rstrip(".")):
        a = text.find(s, start)
        a = a if a >= 0 else text.find(s)
        if a >= 0:
            return a
    m = re.compile(r"\s+".join(map(re.escape, sentence.rstrip(".").split()))).search(text)
    return m.start() if m else -1


def coder_run(name: str, es: EvalSet) -> tuple[list[Pred], int]:
    """Code every text of the set; each event goes to the sentence its trigger starts in."""
    from detente.coder.pipeline import CoderConfig, code_article
    from detente.model import Article

    config = CoderConfig(coder=name)
    found: list[list[tuple[int, str]]] = [[] for _ in es.sentences]
    lost = 0
    for t in es.texts:
        pos = 0
        for ev in code_article(Article(text=t.text, id=t.id, date_published=t.date), config):
            a = _locate(t.text, ev.sentence, pos)
            at = a + ev.trigger.span[0]
            slot = next(((k, s) for s, e, k in t.ranges if s <= at < e), None) if a >= 0 else None
            if slot is None:
                lost += 1
                continue
            pos = a
            k, s = slot
            found[k].append((at - s, ev.cameo_root))
    return [_from_triggers(f) for f in found], lost


# --- scoring and timing ---------------------------------------------------------------------------------

def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float | None]:
    p = tp_p / n_p if n_p else None
    r = tp_g / n_g if n_g else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else (0.0 if n_p and n_g else None)
    return {"precision": _round(p), "recall": _round(r), "f1": _round(f)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def score(gold: list[Gold], preds: list[Pred]) -> dict:
    tp = sum(g.event and p.event for g, p in zip(gold, preds, strict=True))
    n_pred = sum(p.event for p in preds)
    n_gold = sum(g.event for g in gold)
    rooted = [(g, p) for g, p in zip(gold, preds, strict=True) if g.event and p.event and g.roots]
    out: dict = {"sentences": len(gold), "event_sentences": n_gold, "predicted_event_sentences": n_pred,
                 "sentence": _prf(tp, n_pred, tp, n_gold),
                 "root_accuracy": _round(sum(p.root in g.roots for g, p in rooted) / len(rooted)) if rooted else None,
                 "root_accuracy_of": len(rooted)}
    if preds and preds[0].triggers is not None:
        def hit(start: int, root: str, t) -> bool:  # type: ignore[no-untyped-def]
            return root == t[1] and any(a <= start < b for a, b in t[0])

        pairs = list(zip(gold, preds, strict=True))
        n_p = sum(len(p.triggers) for _, p in pairs)
        n_g = sum(len(g.triggers) for g, _ in pairs)
        tp_p = sum(any(hit(s, r, t) for t in g.triggers) for g, p in pairs for s, r in p.triggers)
        tp_g = sum(any(hit(s, r, t) for s, r in p.triggers) for g, p in pairs for t in g.triggers)
        out["trigger"] = _prf(tp_p, n_p, tp_g, n_g)
        out["gold_triggers"], out["predicted_triggers"] = n_g, n_p
    return out


def intervals(es: EvalSet, preds: list[Pred], n: int = 1000, seed: int = 13) -> dict[str, list[float]]:
    """95% intervals of the F1s, resampling whole texts (a text's sentences are not independent): news-dev is
    small, and a difference inside these intervals is not one to choose by."""
    rng = random.Random(seed)
    f1s: dict[str, list[float]] = {"sentence": [], "trigger": []}
    for _ in range(n):
        idx = [k for t in rng.choices(es.texts, k=len(es.texts)) for _, _, k in t.ranges]
        row = score([es.sentences[k] for k in idx], [preds[k] for k in idx])
        for level in f1s:
            if level in row and row[level]["f1"] is not None:
                f1s[level].append(row[level]["f1"])
    return {level: [v[int(0.025 * len(v))], v[int(0.975 * len(v)) - 1]]
            for level, v in ((k, sorted(x)) for k, x in f1s.items()) if v}


def timed(run: Callable[[], object], repeats: int) -> tuple[object, float, float]:
    """The result, the best time of ``repeats`` runs, and the 1-minute load average before the first."""
    load = os.getloadavg()[0]
    best, result = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - t0)
    return result, best, load


# --- the report -----------------------------------------------------------------------------------------

def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _ci(interval: list[float] | None) -> str:
    return f" [{interval[0]:.2f}, {interval[1]:.2f}]" if interval else ""


def markdown(report: dict) -> str:
    lines = ["| set | detector | sent. P | sent. R | sent. F1 | root acc. | trigger P | trigger R | trigger F1 "
             "| sentences/s | load |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for set_name, rows in report["results"].items():
        for det, r in rows.items():
            s, t, ci = r.get("sentence", {}), r.get("trigger", {}), r.get("f1_interval", {})
            root = f"{_fmt(r['root_accuracy'])} ({r['root_accuracy_of']})" if "root_accuracy" in r else "-"
            lines.append(f"| {set_name} | {det} | {_fmt(s.get('precision'))} | {_fmt(s.get('recall'))} "
                         f"| {_fmt(s.get('f1'))}{_ci(ci.get('sentence'))} | {root} | {_fmt(t.get('precision'))} "
                         f"| {_fmt(t.get('recall'))} | {_fmt(t.get('f1'))}{_ci(ci.get('trigger'))} "
                         f"| {r['sentences_per_second']:,.0f} "
                         f"| {r['load']:.1f} |")
    lines += ["", "| detector | trained on | epochs | training time | load |", "|---|---|---:|---:|---:|"]
    for det, tr in report["training"].items():
        lines.append(f"| {det} | {tr['sentences']:,} sentences | {tr['epochs']} | {tr['seconds'] / 60:.1f} min "
                     f"| {'-' if tr['load'] is None else format(tr['load'], '.1f')} |")
    lines += ["", "news-dev: the sentences of the real-news gold (meta.sentences); held-out: the sentences of the "
              "training texts `detente train` holds out (is_dev). F1 [95% interval, texts resampled]; root accuracy "
              "(over how many sentences); load: the 1-minute load average when the timing or training began.", "",
              f"`{report['command']}` ({report['cpus']} CPUs; sentences: "
              + ", ".join(f"{k} {v}" for k, v in report["sizes"].items()) + ")"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "news-dev.jsonl")
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "train" / "texts")
    ap.add_argument("--baselines", nargs="*", default=list(DEFAULT_BASELINES), choices=list(BASELINES))
    ap.add_argument("--epochs", type=int, help="epochs of every spaCy baseline (default: each its own, BASELINES)")
    ap.add_argument("--seed", type=int, default=13, help="the shipped model's seed")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes; the best counts")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-coders", action="store_true", help="skip the rules and model coders")
    ap.add_argument("--json", type=Path, help="also write the report here")
    args = ap.parse_args(argv)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # one thread everywhere, before numpy loads: the machine is shared
    from detente.train.fit import TrainConfig, is_dev

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    share = TrainConfig().dev_share
    log("reading the training data and news-dev ...")
    texts, examples = training_examples(args.data)
    train = [ex for ex in examples if not is_dev(ex.group, share)]
    sets = [news_dev(args.gold), held_out(texts, examples, share)]
    report: dict = {"command": "PYTHONPATH=src python benchmarks/compare_detectors.py " + " ".join(
        sys.argv[1:] if argv is None else argv), "cpus": os.cpu_count(), "seed": args.seed,
        "batch_size": args.batch_size, "repeats": args.repeats,
        "sizes": {es.name: len(es.sentences) for es in sets}, "training": {}, "results": {es.name: {} for es in sets}}

    def record(es: EvalSet, name: str, preds: list[Pred], seconds: float, load: float, **extra: object) -> None:
        row = score(es.sentences, preds)
        row["f1_interval"] = intervals(es, preds, seed=args.seed)
        row.update(sentences_per_second=round(len(es.sentences) / seconds, 1), load=round(load, 2), **extra)
        report["results"][es.name][name] = row
        log(f"  {es.name} / {name}: {json.dumps(row)}")

    def held_out_f1(nlp, name: str) -> str:  # type: ignore[no-untyped-def]
        row = score(sets[1].sentences, spacy_predict(nlp, name, args.batch_size)([g.text for g in sets[1].sentences]))
        return (f"held-out sentence F1 {row['sentence']['f1']}"
                + (f", trigger F1 {row['trigger']['f1']}" if "trigger" in row else ""))

    for name in args.baselines:
        log(f"training {name} ...")
        load = os.getloadavg()[0]
        epochs = args.epochs or BASELINES[name][2]
        nlp, seconds, curve = train_baseline(name, train, epochs, args.seed, log,
                                           lambda nlp, n=name: held_out_f1(nlp, n))
        report["training"][name] = {"sentences": len(train), "epochs": epochs, "seconds": seconds,
                                    "load": round(load, 2), "after_each_epoch": curve, "pipeline": nlp.pipe_names,
                                    "architectures": {p: nlp.config["components"][p]["model"]["@architectures"]
                                                      for p in nlp.pipe_names}}
        predict = spacy_predict(nlp, name, args.batch_size)
        predict(["warm up"])
        for es in sets:
            texts_ = [g.text for g in es.sentences]
            preds, seconds, load = timed(lambda p=predict, x=texts_: p(x), args.repeats)
            record(es, name, preds, seconds, load)
    predict, threshold = minilm_predict(args.batch_size)
    meta = json.loads((ROOT / "src" / "detente" / "models" / "event-minilm" / "model.json").read_text())
    report["training"]["minilm"] = {"sentences": meta["report"]["train_sentences"], "epochs": meta["config"]["epochs"],
                                    "seconds": meta["report"]["seconds"], "load": None,
                                    "note": "as recorded in model.json by detente train; not re-run here"}
    predict(["warm up"])
    for es in sets:
        texts_ = [g.text for g in es.sentences]
        preds, seconds, load = timed(lambda x=texts_: predict(x), args.repeats)
        record(es, "minilm", preds, seconds, load, threshold=threshold)
    if not args.no_coders:
        from detente.coder.pipeline import CoderConfig, code_article
        from detente.model import Article

        for coder in ("rules", "model"):
            code_article(Article(text="Warm up: France recalled its ambassador."), CoderConfig(coder=coder))
            for es in sets:
                (preds, lost), seconds, load = timed(lambda c=coder, s=es: coder_run(c, s), args.repeats)
                record(es, f"{coder} coder", preds, seconds, load, events_not_placed=lost)
        # the reference the other benchmarks use: the coder's spaCy pipeline alone, which every coder runs first
        from detente.coder.nlp import load_pipeline

        nlp = load_pipeline()
        for es in sets:
            texts_ = [g.text for g in es.sentences]
            _, seconds, load = timed(lambda x=texts_: list(nlp.pipe(x, batch_size=args.batch_size)), args.repeats)
            report["results"][es.name]["spaCy parse alone (reference)"] = {
                "sentences_per_second": round(len(texts_) / seconds, 1), "load": round(load, 2)}
    table = markdown(report)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
