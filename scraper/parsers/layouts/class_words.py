"""What an element's class and id say it is, as words: "c-card__title" -> {c, card, title}."""

import re

from lxml.html import HtmlElement

from .html import is_heading

_SEPARATORS = re.compile(r"[-_\s]+")
_HEADING_WORDS = {"heading", "title", "titre", "intertitre", "subtitle", "headline"}


def _words(names: list[str]) -> set[str]:
    # the separators as spaces, then str.split(): the words of `_SEPARATORS.split`, without calling the engine per name
    return {word for name in names for word in name.lower().replace("-", " ").replace("_", " ").split()}


def class_words(element: HtmlElement) -> set[str]:
    """Every word of every class."""
    return _words((element.get("class") or "").split())


def class_names_as_words(element: HtmlElement) -> list[list[str]]:
    """Each class as its words in order: "c-card-header" -> [c, card, header]."""
    return [[word for word in _SEPARATORS.split(name.lower()) if word] for name in (element.get("class") or "").split()]


def component_words(element: HtmlElement) -> set[str]:
    """Words of the classes that name a whole component ("c-card"), not a part of one ("c-card__link")."""
    return _words([name for name in (element.get("class") or "").split() if "__" not in name])


def block_words(element: HtmlElement) -> set[str]:
    """Words of the id and of the BEM block each class belongs to: "c-header" -> {c, header}, but
    "c-page__header" (a part of the page) -> {c, page}."""
    classes, identifier = element.get("class"), element.get("id")
    if not classes and not identifier:
        return set()  # most elements: not worth splitting nothing
    names = (classes or "").split() + [identifier or ""]
    return _words([name.split("__")[0] for name in names])


def looks_like_heading(element: HtmlElement) -> bool:
    """A heading element, an accordion's <summary>, or one whose class says it is a title ("c-block__heading",
    "c-page__title")."""
    return is_heading(element) or element.tag == "summary" or bool(class_words(element) & _HEADING_WORDS)
