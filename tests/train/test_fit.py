"""Training the detector end to end on a tiny fixture with a tiny encoder: data -> examples -> training ->
ONNX export -> the runtime reads it with onnxruntime and numpy and agrees with torch."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from detente.coder.detect.learned import EventModel, LearnedDetector, encode  # noqa: E402
from detente.coder.sentence import sentences_of  # noqa: E402
from detente.train.dataset import load  # noqa: E402
from detente.train.examples import sentence_examples  # noqa: E402
from detente.train.fit import TrainConfig, encoder_dir, train  # noqa: E402
from tests.conftest import FIXTURES  # noqa: E402

DATA = FIXTURES / "train" / "tiny.jsonl"


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory):
    """A two-layer BERT with random weights and the real word-piece vocabulary: trains in seconds."""
    out = tmp_path_factory.mktemp("encoder")
    config = transformers.BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                                     intermediate_size=64, max_position_embeddings=160)
    torch.manual_seed(0)
    transformers.BertModel(config).save_pretrained(out)
    shutil.copy(encoder_dir(TrainConfig()) / "tokenizer.json", out / "tokenizer.json")
    return out


@pytest.fixture(scope="module")
def trained(tiny_encoder, nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("model")
    examples = sentence_examples(load([DATA]), nlp)
    config = TrainConfig(epochs=2, batch_size=4, encoder=str(tiny_encoder), version="test", quantize=False,
                         dev_share=3, keep_torch=True)
    report = train(examples, out, config, log=lambda m: None)
    return out, report, examples


def test_examples_keep_spans_inside_their_sentence(nlp):
    skipped = []
    examples = sentence_examples(load([DATA]), nlp, skipped)
    assert not skipped
    with_event = [e for e in examples if e.triggers]
    assert with_event and any(not e.triggers for e in examples)
    for e in with_event:
        for t in e.triggers:
            assert 0 <= t.span[0] < t.span[1] <= len(e.text)
            for s in (*t.sources, *t.targets):
                assert 0 <= s[0] < s[1] <= len(e.text)
    # the dateline is cut off as the coder cuts it, and the spans moved with it
    first = next(e for e in examples if e.id.startswith("tiny-0001"))
    assert first.text.startswith("Belarusian police")
    t = first.triggers[0]
    assert first.text[t.span[0]:t.span[1]] == "detained"


def test_training_writes_a_model_the_runtime_loads(trained):
    out, report, _ = trained
    assert {p.name for p in out.iterdir()} >= {"encoder.onnx", "arguments.onnx", "tokenizer.json", "model.json"}
    meta = json.loads((out / "model.json").read_text())
    assert meta["version"] == "test" and len(meta["trigger_labels"]) == 41
    assert report.train_sentences > report.dev_sentences > 0
    model = EventModel(out)
    readings = model.read(["Polish troops attacked Belarus on Monday.", "Prices rose."])
    assert len(readings) == 2 and readings[0].no_event.shape[0] == len(readings[0].offsets)


def test_onnx_agrees_with_torch(trained, tiny_encoder):
    """The exported networks compute what the trained torch model computes."""
    out, _, _ = trained
    model = EventModel(out)
    text = "The European Union imposed sanctions on Belarus."
    ids, mask, _ = encode(model.tokenizer, [text])
    hidden, logits = model.session.run(None, {"input_ids": ids, "attention_mask": mask})
    args = model.argument_session.run(None, {"hidden": hidden, "trigger_index": np.array([3]),
                                             "rows": np.array([0])})[0]
    net = torch.load(out / "torch-model.pt", weights_only=False)
    net.eval()
    with torch.no_grad():
        t_hidden, t_logits = net(torch.from_numpy(ids), torch.from_numpy(mask))
        t_args = net.arguments(t_hidden, torch.tensor([3]), torch.tensor([0]))
    assert np.allclose(hidden, t_hidden.numpy(), atol=1e-4)
    assert np.allclose(logits, t_logits.numpy(), atol=1e-4)
    assert np.allclose(args, t_args.numpy(), atol=1e-4)


def test_candidates_carry_the_model_version(trained, nlp, mini_lexicon):
    out, _, _ = trained
    detector = LearnedDetector(EventModel(out))
    sentences = sentences_of(nlp("Polish troops attacked Belarus on Monday. Prices rose."))
    found = detector.detect_all(sentences, mini_lexicon)
    assert len(found) == 2
    for c in found[0] + found[1]:
        assert c.evidence == "model:test" and 0.0 <= c.score <= 1.0 and c.all_arguments


def test_the_coder_runs_a_model_without_torch(trained):
    out, _, _ = trained
    script = (
        "import sys; sys.modules['torch'] = None\n"  # any import of torch would fail
        "from detente.coder.pipeline import CoderConfig, code_article\n"
        "from detente.model import Article\n"
        f"cfg = CoderConfig(coder='hybrid', event_model={str(out)!r})\n"
        "code_article(Article(text='Polish troops attacked Belarus on Monday.', date_published='2021-12-03'), cfg)\n"
        "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_train_command_reports_bad_data(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "Poland attacked Belarus.", "events": [
        {"source": "POL", "source_text": "Poland", "cameo": "999", "trigger": "attacked"}]}) + "\n")
    from typer.testing import CliRunner

    from detente.cli import app

    result = CliRunner().invoke(app, ["train", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.stderr and "999" in result.stderr
    assert not Path(tmp_path / "m").exists()
