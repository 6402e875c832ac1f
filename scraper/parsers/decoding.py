"""Bytes to text the way browsers do it, without ever raising on bad bytes."""

import codecs
import re
from dataclasses import dataclass

# Browsers decode these labels as windows-1252, which also maps 0x80-0x9F (’ is 0x92).
_READ_AS_WINDOWS_1252 = {"latin_1", "iso8859-1", "ascii", "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_LABELS = {"utf_8": "utf-8", "cp1252": "windows-1252"}


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str | None  # the charset actually used; None when the input was already text


def _codec(label: str | None) -> str | None:
    """Python's codec name for a charset label, with the browser's windows-1252 substitution."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in _READ_AS_WINDOWS_1252 else name


def _label(codec: str) -> str:
    return _LABELS.get(codec, codec.replace("_", "-"))


def meta_charset(raw: bytes) -> str | None:
    """The charset named by a <meta> tag in the first bytes of the document."""
    found = _META_CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii", "ignore") if found else None


def _mostly_utf8(raw: bytes) -> bool:
    """Valid UTF-8 sequences outnumber the bytes UTF-8 rejects: a UTF-8 page with a few stray bytes."""
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    invalid = raw.decode("utf-8", "replace").count("\ufffd")
    return valid > invalid


def decode_html(raw: bytes | str, declared_charset: str | None = None) -> Decoded:
    """Decode with the declared charset, else the <meta> one, else UTF-8, else windows-1252, each
    strictly; when all fail, keep the reading that loses least."""
    if isinstance(raw, str):
        return Decoded(raw, None)
    if raw.startswith(codecs.BOM_UTF8):
        return Decoded(raw[len(codecs.BOM_UTF8):].decode("utf-8", "replace"), "utf-8")
    tried: list[str] = []
    for codec in (_codec(declared_charset), _codec(meta_charset(raw)), "utf_8", "cp1252"):
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        try:
            return Decoded(raw.decode(codec), _label(codec))
        except (UnicodeDecodeError, LookupError):
            continue
    codec = "utf_8" if _mostly_utf8(raw) else "cp1252"
    return Decoded(raw.decode(codec, "replace"), _label(codec))
