"""A guess at a page's language when its markup does not declare one."""

import re

# Function words frequent in one language and rare in the others (the shared ones, "la", "en", "del", are left out).
_FUNCTION_WORDS = {
    "fr": {"le", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "au", "aux", "sur", "avec"},
    "en": {"the", "and", "of", "is", "to", "with", "for", "which", "are", "its", "has", "from", "by", "that"},
    "de": {"der", "die", "das", "und", "ist", "mit", "von", "den", "dem", "ein", "eine", "für", "auf", "sich", "im",
           "zu", "wird"},
    "es": {"el", "los", "las", "y", "que", "por", "para", "es", "se", "al", "su", "como", "más"},
    "it": {"il", "gli", "della", "delle", "dei", "degli", "e", "è", "che", "per", "nel", "nella", "sono", "alla"},
}
_WORD = re.compile(r"[a-zà-ÿß]+")


def guess_language(text: str) -> str | None:
    """"fr", "en", "de", "es" or "it", the language whose function words the text uses most (French on a tie);
    None when the text has none of them."""
    scores = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in _WORD.findall(text.lower()):
        for lang, words in _FUNCTION_WORDS.items():
            if word in words:
                scores[lang] += 1
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] else None
