"""Coder throughput against bare spaCy parsing of the same text, in one run (the ratio is the figure).

    python benchmarks/bench_coder.py --articles 300            # default corpus files from ../shared/corpus

Prints sentences per second for spaCy alone (the same model and pipes, nlp.pipe) and for detente
(cleaning + parsing + actor resolution + event coding), the ratio, events found and peak memory.
Not a test: timings depend on the machine; compare the ratio, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from itertools import islice
from pathlib import Path

from detente.coder.nlp import load_pipeline
from detente.coder.pipeline import CoderConfig, code_articles, prepare
from detente.coder.where import gazetteer
from detente.lexicon import load_lexicon
from detente.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILES = ["wikipedia_cep_2015-09.jsonl.gz", "guardian_sdf.jsonl.gz", "reuters21578.jsonl.gz",
                 "bbc.jsonl.gz"]


def sample(corpus: Path, files: list[str], n: int) -> list[Article]:
    per_file = max(1, n // len(files))
    out: list[Article] = []
    for name in files:
        with gzip.open(corpus / name, "rt", encoding="utf-8") as fh:
            for line in islice(fh, per_file):
                d = json.loads(line)
                out.append(Article(text=d["text"], id=d["id"], title=d.get("title"), date_published=d.get("date")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--files", nargs="*", default=DEFAULT_FILES)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--coder", default=None, help="rules, model or hybrid (default: the coder's default)")
    args = ap.parse_args()

    articles = sample(args.corpus, args.files, args.articles)
    config = CoderConfig(coder=args.coder) if args.coder else CoderConfig()
    nlp = load_pipeline(config.model)
    lexicon = load_lexicon()  # built before timing: a one-off start-up cost
    gazetteer()  # the place names too (about 3 s, once per process)
    texts = [prepare(a, config, lexicon).text for a in articles]
    nlp("warm up")

    t0 = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=args.batch_size))
    spacy_s = time.perf_counter() - t0

    if config.coder != "rules":  # load the model before timing, like the lexicon
        from detente.coder.detect.learned import load_model

        load_model(config.event_model)
    t0 = time.perf_counter()
    events = sum(len(ev) for _, ev in code_articles(articles, config, batch_size=args.batch_size))
    detente_s = time.perf_counter() - t0

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"coder               {config.coder}")
    print(f"articles            {len(articles)}  ({', '.join(args.files)})")
    print(f"sentences           {sentences}")
    print(f"spaCy alone         {sentences / spacy_s:8.1f} sentences/s  ({spacy_s:.1f} s)")
    print(f"detente (coder)     {sentences / detente_s:8.1f} sentences/s  ({detente_s:.1f} s)")
    print(f"ratio               {spacy_s / detente_s:8.2f}  (detente speed / spaCy speed)")
    print(f"events              {events}  ({events / max(sentences, 1):.2f} per sentence)")
    print(f"peak memory         {peak_mib:8.0f} MiB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
