"""The trained detector's network: one encoder pass per sentence, two small heads on top.

- the trigger head tags each word piece O / B-root / I-root (the 20 CAMEO roots): which words state an act,
  and of what kind;
- the argument head reads a (trigger, word piece) pair and tags the piece as the beginning or inside of a
  source span and of a target span (two independent O/B/I tags, so one span can be both: "the two
  governments agreed").

One pass finds every event of a sentence, which keeps coding fast on a CPU. Only training imports torch;
the coder runs the exported encoder with onnxruntime and the heads with numpy
(:mod:`detente.coder.detect.learned`).
"""

from __future__ import annotations

import torch
from torch import nn

ROOTS = tuple(f"{r:02d}" for r in range(1, 21))
TRIGGER_LABELS = ("O", *(f"{p}-{r}" for r in ROOTS for p in ("B", "I")))
ARG_LABELS = ("O", "B", "I")


class JointTagger(nn.Module):
    def __init__(self, encoder: nn.Module, hidden: int, arg_hidden: int = 256, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.trigger = nn.Linear(hidden, len(TRIGGER_LABELS))
        self.arg_in = nn.Linear(3 * hidden, arg_hidden)
        self.arg_out = nn.Linear(arg_hidden, 2 * len(ARG_LABELS))  # source tags, then target tags

    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Hidden states and trigger logits: what the exported encoder returns."""
        hidden = self.encode(input_ids, attention_mask)
        return hidden, self.trigger(hidden)

    def arguments(self, hidden: torch.Tensor, trigger_index: torch.Tensor, rows: torch.Tensor) -> torch.Tensor:
        """Source/target logits for every piece of the sentence ``rows[k]`` against its trigger piece
        ``trigger_index[k]``: shape (k, sequence, 2, 3)."""
        h = hidden[rows]  # (k, n, d)
        t = h[torch.arange(h.shape[0]), trigger_index].unsqueeze(1).expand_as(h)
        x = torch.cat([t, h, t * h], dim=-1)
        x = torch.nn.functional.gelu(self.arg_in(self.dropout(x)))
        return self.arg_out(x).view(h.shape[0], h.shape[1], 2, len(ARG_LABELS))


class Exported(nn.Module):
    """What goes into the ONNX file: the encoder and the trigger head."""

    def __init__(self, model: JointTagger):
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        hidden, logits = self.model(input_ids, attention_mask)
        return hidden, logits


class ExportedArguments(nn.Module):
    """What goes into arguments.onnx: the argument head over a batch's hidden states."""

    def __init__(self, model: JointTagger):
        super().__init__()
        self.model = model

    def forward(self, hidden: torch.Tensor, trigger_index: torch.Tensor, rows: torch.Tensor) -> torch.Tensor:
        return self.model.arguments(hidden, trigger_index, rows)
