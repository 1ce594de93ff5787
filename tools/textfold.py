"""The folding of src/posting/text/fold.rs, char for char, for the table generators.

Every generated lexicon key is folded with this function; a Rust test checks that each key
equals its Rust fold, so the two cannot drift apart silently.
"""

_MAP = {}
for chars, to in [
    ("İı", "i"), ("Əə", "e"), ("ŞşȘș", "s"), ("Çç", "c"), ("Ğğ", "g"),
    ("ÖöÒòÓóÔôÕõØø", "o"), ("ÜüÙùÚúÛû", "u"), ("ÀàÁáÂâÄäÃãÅå", "a"), ("ÈèÉéÊêËë", "e"),
    ("ÌìÍíÎîÏï", "i"), ("Ññ", "n"), ("Ýýÿ", "y"), ("Ёё", "е"),
    ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    ("\u2018\u2019\u02bc\u2032", "'"),
]:
    for c in chars:
        _MAP[c] = to


def fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    if "А" <= c <= "Я":
        return chr(ord(c) + 32)
    if c in _MAP:
        return _MAP[c]
    low = c.lower()
    return low[0] if low else c


def fold(s: str) -> str:
    import unicodedata
    return "".join(fold_char(c) for c in unicodedata.normalize("NFC", s))
