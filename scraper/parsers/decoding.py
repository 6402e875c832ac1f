"""Bytes to text the way browsers do it, without ever raising on bad bytes."""

import codecs
import re
from dataclasses import dataclass

# Browsers decode these labels as windows-1252, which also maps 0x80-0x9F (’ is 0x92).
_READ_AS_WINDOWS_1252 = {"latin_1", "iso8859-1", "ascii", "cp1252"}
# A <meta> readable as ASCII cannot be in UTF-16: browsers read such a page as UTF-8.
_META_READ_AS_UTF8 = {"utf-16", "utf-16-le", "utf-16-be"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_LABELS = {"cp1252": "windows-1252"}
# A byte-order mark says the encoding before anything else does (UTF-8's first: it cannot be read as UTF-16).
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF8, "utf-8", "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16be"))
MEND_AS_WINDOWS_1252 = "mend-as-windows-1252"


def _mend_as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the bytes UTF-8 rejects read as windows-1252 (a pasted ’ is 0x92), the five
    bytes windows-1252 leaves undefined as U+FFFD."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start:error.end]
    return stray.decode("cp1252", "replace"), error.end


codecs.register_error(MEND_AS_WINDOWS_1252, _mend_as_windows_1252)


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


def _meta_codec(raw: bytes) -> str | None:
    codec = _codec(meta_charset(raw))
    return "utf-8" if codec in _META_READ_AS_UTF8 else codec


def _label(codec: str) -> str:
    return _LABELS.get(codec, codec.replace("_", "-"))


def meta_charset(raw: bytes) -> str | None:
    """The charset named by a <meta> tag in the first bytes of the document."""
    found = _META_CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii", "ignore") if found else None


def _mostly_utf8(raw: bytes) -> bool:
    """Valid UTF-8 sequences outnumber the bytes UTF-8 rejects: a UTF-8 page with a few stray bytes."""
    valid = sum(1 for _ in _UTF8_MULTIBYTE.finditer(raw))
    invalid = raw.decode("utf-8", "replace").count("\ufffd")
    return valid > invalid


def _with_byte_order_mark(raw: bytes) -> Decoded | None:
    for mark, codec, label in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            errors = MEND_AS_WINDOWS_1252 if codec == "utf-8" else "replace"
            return Decoded(raw[len(mark):].decode(codec, errors), label)
    return None


def decode_html(raw: bytes | str, declared_charset: str | None = None) -> Decoded:
    """Decode by the byte-order mark, else with the declared charset, else the <meta> one, else UTF-8, else
    windows-1252, each strictly. A UTF-8 reading that fails on a few stray bytes only keeps its UTF-8 text
    and reads those bytes as windows-1252; when every reading fails, keep the one that loses least."""
    if isinstance(raw, str):
        return Decoded(raw, None)
    if marked := _with_byte_order_mark(raw):
        return marked
    tried: list[str] = []
    for codec in (_codec(declared_charset), _meta_codec(raw), "utf-8", "cp1252"):
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        try:
            return Decoded(raw.decode(codec), _label(codec))
        except (UnicodeDecodeError, LookupError):
            if codec == "utf-8" and _mostly_utf8(raw):
                return Decoded(raw.decode("utf-8", MEND_AS_WINDOWS_1252), "utf-8")
    # Neither UTF-8 nor windows-1252 reads every byte: the latter loses only its five undefined bytes.
    return Decoded(raw.decode("cp1252", "replace"), "windows-1252")
