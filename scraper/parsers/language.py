"""A guess at a page's language when its markup does not declare one."""

import re

_FRENCH = {"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "au", "aux", "sur"}
_ENGLISH = {"the", "and", "of", "is", "to", "with", "for", "which", "are", "its", "has", "from", "by"}


def guess_language(text: str) -> str | None:
    """"fr" or "en", by counting common function words; None when the text has neither."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    french = sum(word in _FRENCH for word in words)
    english = sum(word in _ENGLISH for word in words)
    if french == english == 0:
        return None
    return "fr" if french >= english else "en"
