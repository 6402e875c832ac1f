"""Where the main text of an unknown layout is: boilerplate removed, then the region that holds the prose."""

from lxml.html import HtmlElement

from .class_words import block_words, class_names_as_words
from .html import first, select, text_of

_NEVER_CONTENT = {"script", "style", "noscript", "template", "nav", "aside", "button", "input", "select",
                  "textarea", "label", "iframe", "svg", "dialog"}
# Boilerplate as parts of the site, content as parts of an article; as German, Spanish and Italian sites name them too.
_SITE_PARTS = {"header", "footer", "kopf", "kopfzeile", "fuss", "fusszeile", "cabecera", "pie", "intestazione",
               "testata"}
# A header or footer a component's class names as its own ("card-header", "c-panel-footer"), as "card__header" does.
_COMPONENT_WORDS = {"card", "panel", "box", "tile", "teaser", "accordion", "item", "carte", "kachel", "tarjeta",
                    "scheda"}
# A component's header or footer as French sites name it ("carte-entete", "bloc-pied"): no site part on its own.
_COMPONENT_PARTS = _SITE_PARTS | {"entete", "pied"}
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "complementary"}
_BOILERPLATE_WORDS = {
    "cookie", "cookies", "consent", "gdpr", "rgpd", "share", "sharing", "partage", "partager", "social",
    "breadcrumb", "breadcrumbs", "ariane", "filariane", "newsletter", "menu", "nav", "navbar", "navigation",
    "header", "footer", "entete", "pied", "sidebar", "skip", "retour", "credit", "credits", "banner",
    # as German, Spanish and Italian sites name them
    "pfad", "brotkrumen", "migas", "briciole",
    # drop-down menus and the path to the page, as French sites name them too
    "dropdown", "deroulant", "chemin",
}
# Compounds of those names: "subnavigation", "servicenavigation", "mainnav", "submenu".
_MENU_ENDINGS = ("navigation", "nav", "menu")
_LINK_LIST_SHARE = 0.5  # a block whose text is mostly link text is a menu, not prose
# Words that name boilerplate whatever its size: a consent banner may hold a long text.
_ALWAYS_BOILERPLATE_WORDS = {"cookie", "cookies", "consent", "gdpr", "rgpd",
                             # consent banners named after the French regulator or the tool that shows them
                             "cnil", "tarteaucitron", "didomi", "axeptio", "onetrust", "cookiebot"}
# A class word alone ("row-column-menu-left", "sidebar") does not make a block of prose boilerplate: a layout
# grid may carry such a class on the element that holds the whole article.
_PROSE_CHARS = 600


def _inside_article(element: HtmlElement) -> bool:
    return any(ancestor.tag in ("article", "main") or ancestor.get("role") == "main"
               for ancestor in element.iterancestors())


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _titles_a_section(element: HtmlElement) -> bool:
    """An accordion's button inside a heading (`<h2><button>Eurocities</button></h2>`) or inside the term of a list
    written as an accordion (`<dt><button>Eurocities</button></dt><dd>...`), or one that opens its panel
    (`<button class="accordion__trigger" aria-expanded="false">`): the section's title."""
    return element.tag == "button" and (any(ancestor.tag in _HEADINGS or ancestor.tag == "dt"
                                            for ancestor in element.iterancestors()) or _opens_an_accordion(element))


_ACCORDION_WORDS = ("accord", "collaps")  # "accordion", "accordeon", "collapse", "collapsible"


def _opens_an_accordion(button: HtmlElement) -> bool:
    if button.get("aria-expanded") is None:
        return False
    parent = button.getparent()
    classes = " ".join(element.get("class") or "" for element in (button, parent) if element is not None).lower()
    return any(word in classes for word in _ACCORDION_WORDS)


def is_boilerplate(element: HtmlElement) -> bool:
    if element.tag in ("html", "body", "main", "article") or _titles_a_section(element):
        return False
    if element.tag in _NEVER_CONTENT or element.get("role") in _BOILERPLATE_ROLES:
        return True
    if element.tag == "form":
        # ASP.NET pages wrap the whole page in one <form>: its headline, or its prose, says it is the page.
        return not (_holds_prose(element) or any(True for _ in element.iter("h1")))
    words = block_words(element)
    if _part_of_a_component(element):
        words -= _COMPONENT_PARTS  # the component's header, not the site's: read as the rest of the component is
    elif element.tag in _SITE_PARTS or words & _SITE_PARTS:
        return not _inside_article(element) and not _holds_prose(element)
    if words & _ALWAYS_BOILERPLATE_WORDS:
        return True
    # A banner inside the article that holds its <h1> is the page's own header, with its lead paragraph.
    named_boilerplate = bool(words & _BOILERPLATE_WORDS) or any(word.endswith(_MENU_ENDINGS) for word in words)
    return named_boilerplate and not _holds_prose(element) and not (
        _inside_article(element) and any(True for _ in element.iter("h1")))


def _part_of_a_component(element: HtmlElement) -> bool:
    """A class whose last word names the part and an earlier one the component: "card-header", not "header-box"."""
    return any(words[-1] in _COMPONENT_PARTS and _COMPONENT_WORDS.intersection(words[:-1])
               for words in class_names_as_words(element) if words)


def _holds_prose(element: HtmlElement) -> bool:
    """Much text, little of it link text: an article's body, not a menu or a share bar."""
    text = text_of(element)
    return len(text) >= _PROSE_CHARS and _link_share(element, text) < _LINK_LIST_SHARE


def drop_boilerplate(root: HtmlElement) -> None:
    """Remove navigation, site header and footer, forms, cookie banners, share bars, credits."""
    # Parents before children, and nothing inside a dropped block is looked at: a menu's hundred links cost one
    # decision. An element's decision reads its own subtree and its ancestors, which no earlier drop has changed.
    stack = [child for child in reversed(root) if isinstance(child.tag, str)]
    while stack:
        element = stack.pop()
        if is_boilerplate(element):
            element.drop_tree()
        else:
            stack.extend(child for child in reversed(element) if isinstance(child.tag, str))


def _link_share(element: HtmlElement, text: str) -> float:
    """How much of `text`, the element's own text, is link text."""
    return sum(len(text_of(anchor)) for anchor in element.iter("a")) / len(text) if text else 0.0


def main_region(root: HtmlElement) -> HtmlElement:
    """The <main> element, else the only <article>, else the innermost element holding all the text that
    is not a list of links: wrappers are entered, unlabelled menus beside the content are left out."""
    main = first(root, "//main | //*[@role='main']")
    if main is not None:
        return main
    articles = select(root, "//article")
    if len(articles) == 1:
        return articles[0]
    region = first(root, "//body")
    region = region if region is not None else root
    while not (region.text or "").strip():
        texts = {child: text for child in region if isinstance(child.tag, str) and (text := text_of(child))}
        children = list(texts)
        prose = [child for child in children if _link_share(child, texts[child]) < _LINK_LIST_SHARE]
        if len(prose) != 1 or any((child.tail or "").strip() for child in children):
            return region
        region = prose[0]
    return region
