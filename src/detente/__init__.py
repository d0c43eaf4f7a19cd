"""detente: political event data (CAMEO, PLOVER, Goldstein) from news text.

    import detente
    events = detente.code(text, date="2021-12-03")
    events[0].to_dict()
"""

from __future__ import annotations

from detente.model import Actor, Article, Event, Location, Trigger
from detente.pipeline import CODER_VERSION, CoderConfig, code_article, code_articles

__version__ = CODER_VERSION


def code(text: str, date: str | None = None, id: str | None = None, title: str | None = None,
         actors: tuple[str, ...] = (), model: str | None = None) -> list[Event]:
    """Code one article's text; ``date`` is its publication date (YYYY-MM-DD)."""
    article = Article(text=text, id=id, title=title, date_published=date)
    return code_article(article, CoderConfig(model=model, actor_files=tuple(actors)))


__all__ = ["Actor", "Article", "CoderConfig", "Event", "Location", "Trigger", "code", "code_article",
           "code_articles", "__version__"]
