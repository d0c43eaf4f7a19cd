"""Ingest benchmark: N articles of a corpus file with --workers 2 into a temp store, against bare spaCy.

Prints articles/s and events/s end to end (reading, coding, near-duplicate linking, committing), the peak
RSS of the whole process tree (parent + pool workers, sampled every 0.2 s with psutil), and, in the same run
and on the same texts, the bare spaCy parse rate (nlp.pipe, same model, one process) as the yardstick.

    python benchmarks/bench_ingest.py [--n 2000] [--workers 2] [--corpus ../shared/corpus/reuters21578.jsonl.gz]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters21578.jsonl.gz"


class PeakRSS:
    """Samples the RSS of this process and all its descendants; keeps the peak of the sum."""

    def __init__(self, every: float = 0.2) -> None:
        try:
            import psutil
        except ImportError:  # fallback: own peak + the largest child's peak (not their sum): a lower bound
            psutil = None
        self.proc = psutil.Process() if psutil else None
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        if self.proc is None:
            import resource

            return 1024 * (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                           + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        total = 0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except Exception:  # a worker that just exited
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--profile", action="store_true", help="cProfile the in-process coder on the same texts")
    ap.add_argument("--coder", default=None, help="rules, model or hybrid (default: the coder's default)")
    args = ap.parse_args()

    from detente.store.ingest import IngestOptions, run_ingest

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl.gz"
        with gzip.open(args.corpus, "rt", encoding="utf-8") as src, gzip.open(sample, "wt", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, args.n))
        opts = IngestOptions(paths=(str(sample),), db=str(Path(tmp) / "bench.duckdb"), workers=args.workers,
                             batch_size=args.batch_size, coder=args.coder)
        t0 = time.perf_counter()
        with PeakRSS() as rss:
            s = run_ingest(opts)
        wall = time.perf_counter() - t0
        coding = s.elapsed
        print(f"corpus {Path(args.corpus).name}: {s.articles_read} articles read, {s.new} stored, "
              f"{s.near_duplicates} near-duplicates, {s.events_stored} events, {s.errors} skipped")
        print(f"ingest --workers {args.workers} --coder {args.coder or 'default'}: {s.coded / coding:.1f} articles/s, "
              f"{s.events_stored / coding:.1f} "
              f"events/s (after model load; {wall:.1f}s wall incl. start-up: {s.coded / wall:.1f} articles/s)")
        print(f"peak RSS, process tree: {rss.peak / 2**20:.0f} MiB")

        from detente.coder.nlp import load_pipeline
        from detente.readers import read_paths

        texts = [a.text for a in read_paths(sample) if hasattr(a, "text")]
        nlp = load_pipeline()
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        bare = len(texts) / (time.perf_counter() - t0)
        print(f"bare spaCy nlp.pipe, 1 process: {bare:.1f} articles/s (x{args.workers} ideal: "
              f"{bare * args.workers:.1f}); ingest reaches {s.coded / coding / (bare * args.workers):.0%} of that")
        if args.profile:
            import cProfile
            import pstats

            from detente.coder.pipeline import CoderConfig, code_articles
            from detente.readers import read_paths as rp

            arts = [a for a in rp(sample) if hasattr(a, "text")][:300]
            prof = cProfile.Profile()
            prof.enable()
            for _ in code_articles(arts, CoderConfig()):
                pass
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
