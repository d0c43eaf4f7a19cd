"""detente: political event data (CAMEO, PLOVER, Goldstein) from news text.

    import detente
    events = detente.code(text, date="2021-12-03")
    events[0].to_dict()

The coder (and spaCy) is imported on first use, so that ``detente stats``, ``export`` and ``serve`` start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detente.model import Actor, Article, Event, Location, Trigger

if TYPE_CHECKING:
    from detente.coder.pipeline import CoderConfig

__version__ = "0.2.0"
_LAZY = {"CoderConfig", "code_article", "code_articles", "CODER_VERSION"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from detente.coder import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'detente' has no attribute {name!r}")


def code(text: str, date: str | None = None, id: str | None = None, title: str | None = None,
         actors: tuple[str, ...] = (), model: str | None = None) -> list[Event]:
    """Code one article's text; ``date`` is its publication date (YYYY-MM-DD)."""
    from detente.coder.pipeline import CoderConfig, code_article

    article = Article(text=text, id=id, title=title, date_published=date)
    return code_article(article, CoderConfig(model=model, actor_files=tuple(actors)))


__all__ = ["Actor", "Article", "CoderConfig", "Event", "Location", "Trigger", "code", "code_article",
           "code_articles", "__version__"]
