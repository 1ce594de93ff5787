#!/usr/bin/env python3
"""Generate the static PDF text-decoding tables: src/pdf/tables/{agl_data,encodings,std14_data,cff_strings}.rs.

Usage:
    python3 tools/gen_tables.py WHEEL_DIR [OUT_DIR]

WHEEL_DIR holds the four wheels below, exactly as `pip download` saved them; they are read with
zipfile, never imported, so nothing but the Python 3.11 standard library runs.  OUT_DIR defaults to
src/pdf/tables next to this script's parent directory.  Fetch the wheels with:

    pip download --no-deps -d WHEEL_DIR pdfminer.six==20240706 fonttools==4.68.0 \
        reportlab==5.1.0 matplotlib==3.11.2

Sources, and what each one supplies:
  * fontTools   fontTools/agl.py               Adobe Glyph List 2.0 (glyphlist.txt) and the ITC Zapf
                                               Dingbats glyph list (BSD-3-Clause, Adobe).
  * pdfminer.six pdfminer/latin_enc.py         Standard, MacRoman, WinAnsi and PDFDoc encodings by
                                               glyph name (PDF Reference, Annex D.1).
  * reportlab   reportlab/pdfbase/_fontdata_enc_*.py   MacExpertEncoding; second opinion for the rest.
  * matplotlib  mpl-data/fonts/pdfcorefonts/*.afm     Adobe's AFM files for the standard 14 fonts:
                                               widths, metrics, built-in Symbol/ZapfDingbats codes.
  * fontTools   fontTools/cffLib/__init__.py   The 391 standard strings of the Compact Font Format
                                               (Adobe Technical Note #5176, Appendix A).

The output is deterministic: same wheels in, byte-identical Rust out.  Every cross-check that
fails aborts the run rather than writing a table that disagrees with a second source.
"""

from __future__ import annotations

import ast
import hashlib
import sys
import zipfile
from pathlib import Path

WHEELS = {
    "fonttools": "fonttools-4.68.0-",
    "pdfminer": "pdfminer.six-20240706-",
    "reportlab": "reportlab-5.1.0-",
    "matplotlib": "matplotlib-3.11.2-",
}

LICENCE_AGL = """\
Adobe Glyph List 2.0 and ITC Zapf Dingbats Glyph List, as shipped in fontTools (MIT) in
fontTools/agl.py; https://github.com/adobe-type-tools/agl-aglfn.
Copyright 2002-2019 Adobe (http://www.adobe.com/). BSD-3-Clause:
Redistribution and use in source and binary forms, with or without modification, are permitted
provided that the following conditions are met: Redistributions of source code must retain the
above copyright notice, this list of conditions and the following disclaimer. Redistributions in
binary form must reproduce the above copyright notice, this list of conditions and the following
disclaimer in the documentation and/or other materials provided with the distribution. Neither
the name of Adobe nor the names of its contributors may be used to endorse or promote products
derived from this software without specific prior written permission.
THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR
CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF
USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY
WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
Modified: names whose AGL value is in Adobe's corporate-use area are folded to standard
characters, and TeX glyph names missing from the AGL are added (see FOLDS and EXTRA_NAMES in
tools/gen_tables.py)."""

LICENCE_ENC = """\
Encodings of ISO 32000-1 Annex D (PDF Reference 1.6, Appendix D) by glyph name, taken from
pdfminer.six (MIT, Copyright (c) 2004-2016 Yusuke Shinyama) pdfminer/latin_enc.py and
reportlab (BSD, Copyright (c) 2000-2025 ReportLab Inc.) reportlab/pdfbase/_fontdata_enc_*.py,
cross-checked against each other and against fontTools (MIT) fontTools/encodings; the Symbol and
ZapfDingbats built-in encodings come from Adobe's AFM files (licence in std14_data.rs)."""

LICENCE_CFF = """\
The standard strings of the Compact Font Format (Adobe Technical Note #5176, Appendix A), as
shipped in fontTools (MIT, Copyright (c) 2017 Just van Rossum and others)
fontTools/cffLib/__init__.py; cross-checked: every glyph name of the Standard encoding is one."""

LICENCE_AFM = """\
Font metrics for the 14 PDF Core Fonts, from Adobe's AFM files as shipped in matplotlib
(mpl-data/fonts/pdfcorefonts). Adobe's notice, which must accompany them:
  This file and the 14 PostScript(R) AFM files it accompanies may be used, copied,
  and distributed for any purpose and without charge, with or without modification,
  provided that all copyright notices are retained; that the AFM files are not
  distributed without this file; that all modifications to this file or any of
  the AFM files are prominently noted in the modified file(s); and that this
  paragraph is not modified. Adobe Systems has no responsibility or obligation
  to support the use of the AFM files.
The AFM files carry: Copyright (c) 1985, 1987, 1989, 1990, 1993, 1997 Adobe Systems
Incorporated. All Rights Reserved.
Modified: only the advance widths (WX), the built-in encodings of Symbol and ZapfDingbats (C),
and the Ascender, Descender, CapHeight, XHeight, ItalicAngle, Weight and IsFixedPitch
values are kept, converted to Rust tables; Symbol and ZapfDingbats, which have no Ascender or
Descender, use their FontBBox instead."""


# ---------------------------------------------------------------------------------------------
# Reading the wheels


class Wheels:
    def __init__(self, directory: Path):
        self.zips: dict[str, zipfile.ZipFile] = {}
        self.files: dict[str, str] = {}
        for key, prefix in WHEELS.items():
            found = sorted(p for p in directory.glob(prefix + "*.whl"))
            if not found:
                sys.exit(f"missing wheel {prefix}*.whl in {directory}")
            self.zips[key] = zipfile.ZipFile(found[0])
            digest = hashlib.sha256(found[0].read_bytes()).hexdigest()
            self.files[key] = f"{found[0].name}\n    sha256 {digest}"

    def text(self, key: str, member: str) -> str:
        return self.zips[key].read(member).decode("utf-8")

    def members(self, key: str, prefix: str) -> list[str]:
        return sorted(n for n in self.zips[key].namelist() if n.startswith(prefix))


def python_value(source: str, name: str):
    """The literal assigned to `name` at module level, without executing the module."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        else:
            continue
        if name in targets:
            return ast.literal_eval(node.value)
    sys.exit(f"no literal {name}")


def fail(message: str) -> None:
    sys.exit("check failed: " + message)


# ---------------------------------------------------------------------------------------------
# Adobe Glyph List

PUA = range(0xE000, 0xF900)

# Names whose AGL value is in Adobe's corporate-use area (U+F6xx-U+F8xx), with a standard
# character that says the same thing.  A decoder that emits private-use code points produces text
# nobody can search, so these are folded; the rest of the PUA names keep their AGL value.
FOLDS = {
    # dotlessj was encoded after the AGL was frozen.
    "dotlessj": "\u0237",
    # Symbol's delimiter and arrow pieces: Unicode 3.2 encoded them (Misc. Technical block).
    "parenlefttp": "\u239b", "parenleftex": "\u239c", "parenleftbt": "\u239d",
    "parenrighttp": "\u239e", "parenrightex": "\u239f", "parenrightbt": "\u23a0",
    "bracketlefttp": "\u23a1", "bracketleftex": "\u23a2", "bracketleftbt": "\u23a3",
    "bracketrighttp": "\u23a4", "bracketrightex": "\u23a5", "bracketrightbt": "\u23a6",
    "bracelefttp": "\u23a7", "braceleftmid": "\u23a8", "braceleftbt": "\u23a9",
    "braceex": "\u23aa", "bracerighttp": "\u23ab", "bracerightmid": "\u23ac",
    "bracerightbt": "\u23ad", "integralex": "\u23ae", "arrowhorizex": "\u23af",
    "arrowvertex": "\u23d0",
    # Symbol's sans and serif variants of the same three marks.
    "copyrightsans": "\u00a9", "copyrightserif": "\u00a9",
    "registersans": "\u00ae", "registerserif": "\u00ae",
    "trademarksans": "\u2122", "trademarkserif": "\u2122",
    "onefitted": "1",
}
# Expert-set variants (small capitals, old-style figures, superiors, inferiors) fold to the
# character of their base name; small capitals sit at lower-case codes in the expert encodings
# and stand for lower-case text, so they fold to lower case.
FOLD_SUFFIXES = ("small", "oldstyle", "superior", "inferior")

# Glyph names that are not in the AGL but that TeX fonts (Computer Modern, Latin Modern, EC,
# cm-super; OT1 and T1 encodings) and common producers use.  "" means "mapped, no text": the
# glyph is a typesetting device, not a character.
EXTRA_NAMES = {
    "cwm": "",  # compound word mark, a zero-width ligature breaker
    "compwordmark": "",
    "capitalcompwordmark": "",
    "ascendercompwordmark": "",
    "suppress": "",  # OT1 stroke overprinted to build Ł/ł; the letter itself is separate
    "perthousandzero": "0",  # T1: the extra zero that turns % into ‰ and ‱
    "visiblespace": "\u2423",
    "visualspace": "\u2423",
    "hyphenchar": "-",  # T1 0x7F, the hyphen TeX inserts when it breaks a word
    "SS": "SS",  # T1 0xDF: what \SS and \MakeUppercase{ß} print
    "Germandbls": "SS",
}


def build_agl(wheels: Wheels) -> tuple[dict[str, str], dict[int, str]]:
    source = wheels.text("fonttools", "fontTools/agl.py")
    agl: dict[str, str] = {}
    for line in python_value(source, "_aglText").splitlines():
        if not line or line.startswith("#"):
            continue
        name, values = line.split(";")
        if name in agl:
            fail(f"duplicate AGL name {name}")
        agl[name] = "".join(chr(int(v, 16)) for v in values.split(" "))
    if len(agl) != 4281:
        fail(f"AGL has {len(agl)} names, expected 4281")

    # AGLFN is a subset of the AGL with the same values; check rather than assume.
    for line in python_value(source, "_aglfnText").splitlines():
        if not line or line.startswith("#"):
            continue
        value, name, _ = line.split(";", 2)
        if agl.get(name) != chr(int(value, 16)):
            fail(f"AGLFN {name} differs from AGL")

    folded = dict(agl)
    for name, value in FOLDS.items():
        if len(agl[name]) != 1 or ord(agl[name]) not in PUA:
            fail(f"fold of {name} replaces a non-PUA value")
        folded[name] = value
    for name, value in agl.items():
        if name in FOLDS or len(value) != 1 or ord(value) not in PUA:
            continue
        for suffix in FOLD_SUFFIXES:
            if not name.endswith(suffix) or name == suffix:
                continue
            base = name[: -len(suffix)]
            text = standard_text(agl, base)
            if text is None:
                continue
            folded[name] = text.lower() if suffix == "small" else text
        if folded[name] == value:
            # Capitalised accents (Acute, Dieresis, ...) are the spacing accents.
            text = standard_text(agl, name)
            if text is not None:
                folded[name] = text
    for name, value in EXTRA_NAMES.items():
        if name in agl:
            fail(f"extra name {name} is already in the AGL")
        folded[name] = value

    for name in folded:
        if not name.isascii() or " " in name or "." in name or "_" in name:
            fail(f"bad glyph name {name!r}")

    dingbats_text = python_value(source, "_AGL_ZAPF_DINGBATS")
    dingbats = {i: c for i, c in enumerate(dingbats_text) if c != " "}
    return folded, dingbats


def standard_text(agl: dict[str, str], name: str) -> str | None:
    """AGL text for `name`, or for it with a lower-case initial, if that is not private-use."""
    for candidate in (name, name[:1].lower() + name[1:]):
        text = agl.get(candidate)
        if text and not any(ord(c) in PUA for c in text):
            return text
    return None


# ---------------------------------------------------------------------------------------------
# Encodings


def build_encodings(wheels: Wheels, afms: dict[str, dict]) -> dict[str, list[str]]:
    rows = python_value(wheels.text("pdfminer", "pdfminer/latin_enc.py"), "ENCODING")
    # pdfminer adds an `nbspace` row; Annex D names that code `space` (note 6), done below.
    if [r[0] for r in rows].count("nbspace") != 1:
        fail("pdfminer nbspace row changed")
    rows = [r for r in rows if r[0] != "nbspace"]
    columns = {"STANDARD": 1, "MAC_ROMAN": 2, "WIN_ANSI": 3, "PDF_DOC": 4}
    tables: dict[str, list[str]] = {k: [""] * 256 for k in columns}
    for row in rows:
        name = row[0]
        for key, column in columns.items():
            code = row[column]
            if code is None:
                continue
            if tables[key][code] not in ("", name):
                fail(f"{key} {code:#x} is both {tables[key][code]} and {name}")
            tables[key][code] = name

    # Annex D.1 note 5: WinAnsi 0xAD (octal 255) is a second hyphen; pdfminer has it as space.
    if tables["WIN_ANSI"][0xAD] != "space":
        fail("pdfminer WinAnsi 0xAD changed; revisit the fix-up")
    tables["WIN_ANSI"][0xAD] = "hyphen"
    # Annex D.1 note 6: non-breaking space at WinAnsi 0xA0 and MacRoman 0xCA is `space`.
    if tables["WIN_ANSI"][0xA0] != "space" or tables["MAC_ROMAN"][0xCA] != "space":
        fail("non-breaking space entries")

    def reportlab(name: str, var: str) -> list[str]:
        member = f"reportlab/pdfbase/_fontdata_enc_{name}.py"
        values = python_value(wheels.text("reportlab", member), var)
        if len(values) != 256:
            fail(f"reportlab {var} has {len(values)} codes")
        return [v or "" for v in values]

    # Annex D.1 note 3 lets viewers show a bullet for WinAnsi's unused codes above 0x20; reportlab
    # (like pdf.js) writes those bullets in, the table here leaves them undefined.
    win_unused = {0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D}
    checks = [
        ("STANDARD", "standard", "StandardEncoding", set()),
        ("MAC_ROMAN", "macroman", "MacRomanEncoding", set()),
        ("WIN_ANSI", "winansi", "WinAnsiEncoding", win_unused),
        ("PDF_DOC", "pdfdoc", "PDFDocEncoding", set()),
    ]
    for key, module, var, allowed in checks:
        other = reportlab(module, var)
        diff = {c for c in range(256) if other[c] != tables[key][c]}
        if diff != allowed:
            fail(f"{key} vs reportlab differs at {sorted(hex(c) for c in diff)}")
    for code in win_unused:
        if tables["WIN_ANSI"][code] != "":
            fail("WinAnsi unused code is defined")

    std_ft = python_value(
        wheels.text("fonttools", "fontTools/encodings/StandardEncoding.py"), "StandardEncoding"
    )
    if [n if n != ".notdef" else "" for n in std_ft] != tables["STANDARD"]:
        fail("StandardEncoding vs fontTools")

    # The AFMs of the 12 Latin fonts encode their glyphs in StandardEncoding.
    for font, afm in afms.items():
        if font in ("Symbol", "ZapfDingbats"):
            continue
        if afm["codes"] != tables["STANDARD"]:
            fail(f"{font} AFM codes are not StandardEncoding")

    # Mac OS Roman, as TrueType 'cmap' (1,0) subtables and pdf.js use it: PDF's MacRomanEncoding
    # plus the 15 symbols Annex D leaves out.  0xDB stays `currency`, as in PDF (Apple moved
    # the Euro there in Mac OS 8.5, which PDF never followed).
    mac_os = python_value(wheels.text("fonttools", "fontTools/encodings/MacRoman.py"), "MacRoman")
    mac_os_roman = list(tables["MAC_ROMAN"])
    for code in range(0x20, 0x100):
        if code == 0x7F:
            continue
        # fontTools names the non-breaking space `nbspace`; PDF calls it `space` (note 6).
        name = "space" if mac_os[code] == "nbspace" else mac_os[code]
        if mac_os_roman[code] == "":
            mac_os_roman[code] = name
        elif mac_os_roman[code] != name:
            fail(f"Mac OS Roman {code:#x}: {name} vs {mac_os_roman[code]}")
    added = {c for c in range(256) if mac_os_roman[c] != tables["MAC_ROMAN"][c]}
    if len(added) != 15:
        fail(f"Mac OS Roman adds {len(added)} names")
    tables["MAC_OS_ROMAN"] = mac_os_roman

    tables["MAC_EXPERT"] = reportlab("macexpert", "MacExpertEncoding")
    tables["SYMBOL"] = afms["Symbol"]["codes"]
    tables["ZAPF_DINGBATS"] = afms["ZapfDingbats"]["codes"]
    symbol_rl = reportlab("symbol", "SymbolEncoding")
    zapf_rl = reportlab("zapfdingbats", "ZapfDingbatsEncoding")
    if symbol_rl != tables["SYMBOL"] or zapf_rl != tables["ZAPF_DINGBATS"]:
        fail("Symbol/ZapfDingbats AFM codes vs reportlab")
    return tables


# ---------------------------------------------------------------------------------------------
# Standard 14 fonts

STD14 = [
    ("Courier", "Courier"),
    ("CourierBold", "Courier-Bold"),
    ("CourierOblique", "Courier-Oblique"),
    ("CourierBoldOblique", "Courier-BoldOblique"),
    ("Helvetica", "Helvetica"),
    ("HelveticaBold", "Helvetica-Bold"),
    ("HelveticaOblique", "Helvetica-Oblique"),
    ("HelveticaBoldOblique", "Helvetica-BoldOblique"),
    ("TimesRoman", "Times-Roman"),
    ("TimesBold", "Times-Bold"),
    ("TimesItalic", "Times-Italic"),
    ("TimesBoldItalic", "Times-BoldItalic"),
    ("Symbol", "Symbol"),
    ("ZapfDingbats", "ZapfDingbats"),
]


def parse_afm(text: str) -> dict:
    afm: dict = {"widths": {}, "codes": [""] * 256}
    in_metrics = False
    for line in text.splitlines():
        key, _, rest = line.strip().partition(" ")
        if key == "StartCharMetrics":
            in_metrics = True
        elif key == "EndCharMetrics":
            in_metrics = False
        elif in_metrics and key == "C":
            fields = {}
            for part in line.split(";"):
                words = part.split()
                if words:
                    fields[words[0]] = words[1:]
            code, name, width = int(fields["C"][0]), fields["N"][0], int(fields["WX"][0])
            if name in afm["widths"]:
                fail(f"duplicate glyph {name}")
            if not 0 < width < 65536:
                fail(f"width {width} of {name} does not fit the table")
            afm["widths"][name] = width
            if 0 <= code < 256:
                afm["codes"][code] = name
        elif not in_metrics and key in (
            "FontName", "Weight", "IsFixedPitch", "ItalicAngle", "Ascender", "Descender",
            "CapHeight", "XHeight", "FontBBox",
        ):
            afm[key] = rest.strip()
    return afm


def load_afms(wheels: Wheels) -> dict[str, dict]:
    prefix = "matplotlib/mpl-data/fonts/pdfcorefonts/"
    afms = {}
    for _, font in STD14:
        afm = parse_afm(wheels.text("matplotlib", f"{prefix}{font}.afm"))
        if afm["FontName"] != font:
            fail(f"{font}.afm is {afm['FontName']}")
        afms[font] = afm
    readme = wheels.text("matplotlib", prefix + "readme.txt")
    if "may be used, copied" not in readme:
        fail("AFM licence text changed")
    return afms


# Base-font names that viewers resolve to a standard font, in normalised form (subset prefix
# dropped, spaces removed, ',' and '_' turned into '-').  This is the union of poppler's
# base14FontMap and pdf.js's getStdFontMap.  Arial and Times New Roman were drawn to Helvetica's
# and Times's metrics, so their widths carry over; the Arial Narrow and Arial Black entries are
# pdf.js's choice and are approximations.
ALIASES = {
    "Courier": ["Courier", "CourierNew", "CourierNewPSMT"],
    "Courier-Bold": ["Courier-Bold", "CourierNew-Bold", "CourierNewPS-BoldMT"],
    "Courier-Oblique": ["Courier-Oblique", "Courier-Italic", "CourierNew-Italic",
                        "CourierNewPS-ItalicMT"],
    "Courier-BoldOblique": ["Courier-BoldOblique", "Courier-BoldItalic", "CourierNew-BoldItalic",
                            "CourierNewPS-BoldItalicMT"],
    "Helvetica": ["Helvetica", "Arial", "ArialMT", "ArialNarrow", "ArialBlack", "Arial-Black"],
    "Helvetica-Bold": ["Helvetica-Bold", "Arial-Bold", "Arial-BoldMT", "ArialNarrow-Bold",
                       "ArialBlack-Bold", "Arial-Black-Bold"],
    "Helvetica-Oblique": ["Helvetica-Oblique", "Helvetica-Italic", "Arial-Italic",
                          "Arial-ItalicMT", "ArialNarrow-Italic", "ArialBlack-Italic",
                          "Arial-Black-Italic"],
    "Helvetica-BoldOblique": ["Helvetica-BoldOblique", "Helvetica-BoldItalic",
                              "Arial-BoldItalic", "Arial-BoldItalicMT", "ArialNarrow-BoldItalic",
                              "ArialBlack-BoldItalic", "Arial-Black-BoldItalic"],
    "Times-Roman": ["Times-Roman", "TimesNewRoman", "TimesNewRomanPS", "TimesNewRomanPSMT"],
    "Times-Bold": ["Times-Bold", "TimesNewRoman-Bold", "TimesNewRomanPS-Bold",
                   "TimesNewRomanPS-BoldMT", "TimesNewRomanPSMT-Bold"],
    "Times-Italic": ["Times-Italic", "TimesNewRoman-Italic", "TimesNewRomanPS-Italic",
                     "TimesNewRomanPS-ItalicMT", "TimesNewRomanPSMT-Italic"],
    "Times-BoldItalic": ["Times-BoldItalic", "TimesNewRoman-BoldItalic",
                         "TimesNewRomanPS-BoldItalic", "TimesNewRomanPS-BoldItalicMT",
                         "TimesNewRomanPSMT-BoldItalic"],
    "Symbol": ["Symbol", "Symbol-Bold", "Symbol-Italic", "Symbol-BoldItalic", "SymbolMT",
               "SymbolMT-Bold", "SymbolMT-Italic", "SymbolMT-BoldItalic"],
    "ZapfDingbats": ["ZapfDingbats"],
}


# ---------------------------------------------------------------------------------------------
# Rust output helpers


def header(sources: str, licence: str) -> str:
    lines = [
        "// @generated by tools/gen_tables.py; do not edit. Regenerate with:",
        "//     python3 tools/gen_tables.py WHEEL_DIR",
        "//",
        "// Sources:",
    ]
    lines += [f"//     {s}" for s in sources.splitlines()]
    lines.append("//")
    lines += [("// " + l).rstrip() for l in licence.splitlines()]
    for line in lines:
        if len(line) > 100:
            fail(f"header line too long: {line}")
    return "\n".join(lines) + "\n"


def rust_str(s: str) -> str:
    out = []
    for c in s:
        if c in '"\\':
            out.append("\\" + c)
        elif " " <= c <= "~":
            out.append(c)
        else:
            out.append(f"\\u{{{ord(c):x}}}")
    return '"' + "".join(out) + '"'


def rust_char(c: str) -> str:
    if c == "'":
        return "'\\''"
    if c == "\\":
        return "'\\\\'"
    if c == "\0":
        return "'\\0'"
    if " " <= c <= "~":
        return f"'{c}'"
    return f"'\\u{{{ord(c):X}}}'"


def labelled_rows(
    items: list[str], label, width: int = 100, group: int = 1, row: int = 0
) -> list[str]:
    """Array elements packed greedily, `group` at a time where they fit, into lines of at most
    `width` columns, each line opened by a comment naming its first element (`label(index)`);
    with `row`, a new line also starts at every multiple of `row`."""
    lines: list[str] = []
    line, first = "", 0
    i = 0
    while i < len(items):
        take = min(group, len(items) - i)
        chunk = " ".join(x + "," for x in items[i : i + take])
        if line and (len(line) + 1 + len(chunk) > width or (row and i % row == 0)):
            lines.append(line)
            line = ""
        if not line:
            prefix = f"    /* {label(i)} */"
            if len(prefix) + 1 + len(chunk) > width:
                take, chunk = 1, items[i] + ","
            line = prefix
        line += " " + chunk
        i += take
    lines.append(line)
    return lines


def packed_rows(items: list[str], width: int = 100) -> list[str]:
    """Array elements packed greedily into lines of at most `width` columns."""
    lines, line = [], ""
    for item in items:
        if line and len(line) + len(item) + 2 > width:
            lines.append(line)
            line = ""
        line = (line if line else "   ") + " " + item + ","
    lines.append(line)
    return lines


def wrap_literal(items: list[str], width: int = 92) -> str:
    """`items` joined by single spaces as one string literal, wrapped with `\\` continuations
    (which drop the newline and the next line's indentation)."""
    lines, current = [], ""
    for item in items:
        piece = item + " "
        if current and len(current) + len(piece) > width:
            lines.append(current)
            current = ""
        current += piece
    lines.append(current[:-1])
    return '"\\\n' + "\\\n".join("    " + l for l in lines) + '"'


def name_blob(names: list[str]) -> tuple[str, list[int]]:
    """The names as one literal (see wrap_literal), plus each name's byte offset in it."""
    offsets, position = [], 0
    for name in names:
        offsets.append(position)
        position += len(name) + 1
    return wrap_literal(names), offsets


def sorted_names(names) -> list[str]:
    # Rust compares &[u8] bytewise; for ASCII that is Python's str order.
    result = sorted(names)
    if any(not n.isascii() for n in result):
        fail("non-ASCII glyph name")
    return result


# ---------------------------------------------------------------------------------------------
# The generated files


def write_agl(agl: dict[str, str], dingbats: dict[int, str], sources: str) -> str:
    entries = []
    for name in sorted_names(agl):
        entries.append(name + ":" + "+".join(f"{ord(c):04X}" for c in agl[name]))
    if any(":" in n or "+" in n for n in agl):
        fail("separator in a glyph name")
    if max(dingbats) >= 256:
        fail("dingbat numbers overflow the table")
    dingbat_chars = [rust_char(dingbats.get(i, "\0")) for i in range(max(dingbats) + 1)]

    starts, position = [], 0
    for entry in entries:
        starts.append(position)
        position += len(entry) + 1
    starts.append(position)

    out = [header(sources, LICENCE_AGL)]
    out.append("//! Adobe Glyph List data.\n")
    out.append(
        f"/// The {len(entries)} glyph names and their text, as `name:HEX` entries separated by one\n"
        "/// space and sorted bytewise by name. `HEX` is one or more 4-6 digit Unicode scalar values\n"
        "/// joined by `+` (several for AGL 2.0's Hebrew letter-plus-point names), or nothing for\n"
        "/// a name that is mapped to no text.\n"
        f"pub(super) static GLYPHS: &str = {wrap_literal(entries)};\n"
    )
    out.append(
        "/// Byte offset in [`GLYPHS`] of each entry, then `GLYPHS.len() + 1`, so that entry `i`\n"
        "/// spans `OFFSETS[i]..OFFSETS[i + 1] - 1`.\n"
        "#[rustfmt::skip]\n"
        f"pub(super) static OFFSETS: [u32; {len(starts)}] = [\n"
        + "\n".join(packed_rows([str(b) for b in starts]))
        + "\n];\n"
    )
    out.append(
        "/// ITC Zapf Dingbats glyph list: `DINGBATS[n]` is the character of glyph `a<n>`, `'\\0'`\n"
        "/// where there is no such glyph.\n"
        "#[rustfmt::skip]\n"
        f"pub(super) static DINGBATS: [char; {len(dingbat_chars)}] = [\n"
        + "\n".join(labelled_rows(dingbat_chars, lambda i: f"a{i}"))
        + "\n];\n"
    )
    return "\n".join(out)


ENCODING_DOCS = {
    "STANDARD": "Adobe StandardEncoding (Annex D.1), the built-in encoding of the 12 Latin standard fonts.",
    "WIN_ANSI": "WinAnsiEncoding (Annex D.1). 0xA0 is `space` and 0xAD `hyphen` (notes 5 and 6);\n"
    "/// the unused codes 0x7F, 0x81, 0x8D, 0x8F, 0x90 and 0x9D are left undefined (note 3 allows a\n"
    "/// viewer to show a bullet there).",
    "MAC_ROMAN": "MacRomanEncoding (Annex D.1): Mac OS Roman without its 15 mathematical symbols and\n"
    "/// Apple logo, with `currency` (not `Euro`) at 0xDB and `space` at 0xCA.",
    "MAC_OS_ROMAN": "Mac OS Roman: [`MAC_ROMAN`] plus the 15 symbols PDF leaves out (`notequal` at\n"
    "/// 0xAD ... `apple` at 0xF0), the table TrueType (1,0) 'cmap' subtables are written in.",
    "MAC_EXPERT": "MacExpertEncoding (Annex D.3).",
    "PDF_DOC": "PDFDocEncoding (Annex D.2) by glyph name; control codes have none.",
    "SYMBOL": "Built-in encoding of the Symbol font (Annex D.4, from its AFM).",
    "ZAPF_DINGBATS": "Built-in encoding of the ZapfDingbats font (Annex D.5, from its AFM).",
}


def encoding_rows(items: list[str]) -> list[str]:
    return labelled_rows(items, lambda i: f"0x{i:02X}", group=4, row=16)


def write_encodings(
    tables: dict[str, list[str]], agl: dict[str, str], sources: str
) -> str:
    out = [header(sources, LICENCE_ENC)]
    out.append(
        "//! Single-byte encodings as code -> glyph name (`\"\"` for an undefined code), and the\n"
        "//! code -> character tables for strings that are decoded without a font.\n"
    )
    for key in ENCODING_DOCS:
        table = tables[key]
        out.append(
            f"/// {ENCODING_DOCS[key]}\n#[rustfmt::skip]\n"
            f"pub static {key}: [&str; 256] = [\n"
            + "\n".join(encoding_rows([rust_str(n) for n in table]))
            + "\n];\n"
        )

    def chars(table: list[str], extra: dict[int, str]) -> list[str]:
        result = []
        for code, name in enumerate(table):
            if code in extra:
                result.append(extra[code])
            elif name == "":
                result.append("\0")
            else:
                text = agl[name]
                if len(text) != 1 or ord(text) in PUA:
                    fail(f"{name} has no single standard character")
                result.append(text)
        return result

    pdf_doc = chars(tables["PDF_DOC"], {0x09: "\t", 0x0A: "\n", 0x0D: "\r"})
    # Annex D.2's Unicode column, for the codes where the AGL could plausibly differ.
    expect = {0x18: 0x02D8, 0x1F: 0x02DC, 0x80: 0x2022, 0x8A: 0x2212, 0x93: 0xFB01, 0x9A: 0x0131,
              0xA0: 0x20AC, 0xAD: 0}
    for code, value in expect.items():
        if ord(pdf_doc[code]) != value:
            fail(f"PDFDoc {code:#x}")
    win_ansi = chars(tables["WIN_ANSI"], {})
    out.append(
        "/// PDFDocEncoding decoded (Annex D.2): the character of each code, `'\\0'` where the code is\n"
        "/// undefined. Tab, line feed and carriage return are the only control codes kept.\n"
        "#[rustfmt::skip]\n"
        "pub static PDF_DOC_CHARS: [char; 256] = [\n"
        + "\n".join(encoding_rows([rust_char(c) for c in pdf_doc]))
        + "\n];\n"
    )
    out.append(
        "/// [`WIN_ANSI`] decoded through the glyph list, `'\\0'` where undefined; as the glyph names\n"
        "/// say, 0xA0 is U+0020 and 0xAD U+002D (not cp1252's no-break space and soft hyphen).\n"
        "#[rustfmt::skip]\n"
        "pub static WIN_ANSI_CHARS: [char; 256] = [\n"
        + "\n".join(encoding_rows([rust_char(c) for c in win_ansi]))
        + "\n];\n"
    )
    return "\n".join(out)


def write_std14(afms: dict[str, dict], sources: str) -> str:
    names = sorted_names({n for afm in afms.values() for n in afm["widths"]})
    blob, offsets = name_blob(names)
    end = offsets[-1] + len(names[-1]) + 1
    if end >= 1 << 16:
        fail("std14 names overflow u16 offsets")

    vectors: dict[tuple, str] = {}
    font_vector = {}
    for variant, font in STD14:
        widths = tuple(afms[font]["widths"].get(n, 0) for n in names)
        if widths not in vectors:
            vectors[widths] = "WIDTHS_" + font.upper().replace("-", "_")
        font_vector[variant] = vectors[widths]

    out = [header(sources, LICENCE_AFM)]
    out.append(
        "//! Metrics of the standard 14 fonts: one sorted table of every glyph name any of them has,\n"
        "//! and per font a width for each name in it (0 where the font lacks the glyph), so one\n"
        "//! binary search serves all 14. Fonts with identical widths (a family's upright and\n"
        "//! oblique, all four Couriers) share one vector.\n"
    )
    out.append("use super::std14::{Metrics, Std14};\n")
    out.append(f"/// Number of glyph names in [`NAMES`].\npub(super) const COUNT: usize = {len(names)};\n")
    out.append(
        "/// Every glyph name of the 14 fonts, each followed by one space (the last by none), sorted\n"
        "/// bytewise.\n"
        f"pub(super) static NAMES: &str = {blob};\n"
    )
    out.append(
        "/// Byte offset of each name in [`NAMES`], plus one past the end so that name `i` spans\n"
        "/// `OFFSETS[i]..OFFSETS[i + 1] - 1`.\n"
        "#[rustfmt::skip]\n"
        "pub(super) static OFFSETS: [u16; COUNT + 1] = [\n"
        + "\n".join(packed_rows([str(o) for o in offsets + [end]]))
        + "\n];\n"
    )
    for widths, ident in vectors.items():
        users = ", ".join(f for v, f in STD14 if font_vector[v] == ident)
        body = labelled_rows([str(w) for w in widths], lambda i: names[i])
        out.append(
            f"/// Advance widths (1/1000 em) by index in [`NAMES`], 0 where the font lacks the glyph:\n"
            f"/// {users}.\n"
            f"#[rustfmt::skip]\n"
            f"static {ident}: [u16; COUNT] = [\n" + "\n".join(body) + "\n];\n"
        )
    out.append(
        "/// Width vector of each font, indexed by `Std14 as usize`.\n"
        "pub(super) static WIDTHS: [&[u16; COUNT]; 14] = [\n"
        + "".join(f"    &{font_vector[v]},\n" for v, _ in STD14)
        + "];\n"
    )

    metrics = []
    for variant, font in STD14:
        afm = afms[font]
        bbox = [int(v) for v in afm["FontBBox"].split()]
        ascent = int(afm.get("Ascender", bbox[3]))
        descent = int(afm.get("Descender", bbox[1]))
        angle = float(afm["ItalicAngle"])
        cap = int(afm.get("CapHeight", bbox[3]))
        xh = int(afm.get("XHeight", 0))
        metrics.append(
            f"    // {font}: Weight {afm['Weight']}, ItalicAngle {afm['ItalicAngle']}\n"
            "    Metrics {\n"
            f"        name: {rust_str(font)},\n"
            f"        bold: {str(afm['Weight'] == 'Bold').lower()},\n"
            f"        italic: {str(angle != 0).lower()},\n"
            f"        fixed_pitch: {afm['IsFixedPitch']},\n"
            f"        ascent: {ascent},\n"
            f"        descent: {descent},\n"
            f"        cap_height: {cap},\n"
            f"        x_height: {xh},\n"
            f"        italic_angle_tenths: {round(angle * 10)},\n"
            "    },\n"
        )
    out.append(
        "/// Per-font metrics, indexed by `Std14 as usize`. Symbol and ZapfDingbats have no\n"
        "/// Ascender, Descender or CapHeight in their AFMs; their FontBBox stands in (x-height 0).\n"
        "pub(super) static METRICS: [Metrics; 14] = [\n" + "".join(metrics) + "];\n"
    )

    alias_rows = []
    by_font = {font: variant for variant, font in STD14}
    all_aliases = []
    for font, aliases in ALIASES.items():
        for alias in aliases:
            normal = alias.replace(" ", "").replace(",", "-").replace("_", "-")
            if normal != alias:
                fail(f"alias {alias} is not normalised")
            all_aliases.append((alias, by_font[font]))
    all_aliases.sort()
    if len({a for a, _ in all_aliases}) != len(all_aliases):
        fail("duplicate alias")
    for alias, variant in all_aliases:
        alias_rows.append(f"    ({rust_str(alias)}, Std14::{variant}),\n")
    out.append(
        "/// Normalised base-font names (no subset prefix or spaces; ',' and '_' read as '-') that\n"
        "/// viewers resolve to a standard font: poppler's base14FontMap and pdf.js's getStdFontMap.\n"
        "/// Sorted bytewise.\n"
        f"pub(super) static ALIASES: [(&str, Std14); {len(all_aliases)}] = [\n"
        + "".join(alias_rows)
        + "];\n"
    )
    return "\n".join(out)


def write_cff_strings(wheels: Wheels, encodings: dict[str, list[str]]) -> str:
    strings = python_value(wheels.text("fonttools", "fontTools/cffLib/__init__.py"), "cffStandardStrings")
    if len(strings) != 391 or strings[0] != ".notdef" or strings[390] != "Semibold":
        fail("the CFF standard strings are not the 391 of the specification")
    missing = [n for n in encodings["STANDARD"] if n and n not in strings]
    if missing:
        fail(f"Standard encoding names missing from the CFF strings: {missing}")
    out = [header(wheels.files["fonttools"], LICENCE_CFF)]
    out.append(
        "//! The CFF standard strings by string id (SID): a charset names its glyphs with SIDs, and\n"
        "//! those below 391 are these.\n"
    )
    out.append(
        "#[rustfmt::skip]\npub static CFF_STANDARD_STRINGS: [&str; 391] = [\n"
        + "\n".join(packed_rows([rust_str(n) for n in strings]))
        + "\n];\n"
    )
    return "\n".join(out)


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    wheels = Wheels(Path(sys.argv[1]))
    out_dir = (
        Path(sys.argv[2])
        if len(sys.argv) == 3
        else Path(__file__).resolve().parent.parent / "src" / "pdf" / "tables"
    )
    afms = load_afms(wheels)
    agl, dingbats = build_agl(wheels)
    encodings = build_encodings(wheels, afms)

    # Every glyph the encodings or the fonts name must map to text.
    for key, table in encodings.items():
        for name in table:
            if name and name not in agl and not (key == "ZAPF_DINGBATS" and name[1:].isdigit()):
                fail(f"{key} glyph {name} is not in the glyph list")
    for (i, c) in [(1, "\u2701"), (4, "\u260e"), (202, "\u2703"), (191, "\u27be")]:
        if dingbats.get(i) != c:
            fail(f"dingbat a{i}")
    for name in afms["ZapfDingbats"]["widths"]:
        if name != "space" and int(name[1:]) not in dingbats:
            fail(f"ZapfDingbats glyph {name} not in the dingbats list")

    files = {
        "agl_data.rs": write_agl(agl, dingbats, wheels.files["fonttools"]),
        "encodings.rs": write_encodings(
            encodings,
            agl,
            "\n".join(wheels.files[k] for k in ("pdfminer", "reportlab", "fonttools", "matplotlib")),
        ),
        "std14_data.rs": write_std14(afms, wheels.files["matplotlib"]),
        "cff_strings.rs": write_cff_strings(wheels, encodings),
    }
    for name, text in files.items():
        (out_dir / name).write_text(text, encoding="utf-8")
        print(f"wrote {out_dir / name}: {text.count(chr(10))} lines, {len(text.encode())} bytes")

    remaining = sorted(n for n, t in agl.items() if len(t) == 1 and ord(t) in PUA)
    print(f"{len(remaining)} names keep a private-use value: {' '.join(remaining)}")


if __name__ == "__main__":
    main()
