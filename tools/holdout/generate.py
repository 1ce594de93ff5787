#!/usr/bin/env python3
"""Build a holdout corpus of job-ad PDFs with ground truth, in the format of the shared corpus.

    python3 tools/holdout/generate.py OUT_DIR [--only NAME,NAME] [--keep-sources]

Developer tool only (nothing in the crate or its tests needs it).  Needs, depending on the
producer: chromium, soffice (LibreOffice), pdflatex, groff + ps2pdf (ghostscript), and the
Python packages reportlab, fpdf2, weasyprint, python-docx, odfpy, pillow; pdftotext (poppler)
for the sanity check.

Every ad in `ads.py` is a list of blocks (banner, title, heading, para, lines, kv, bullets,
table, sections, pagebreak) plus the job fields.  Each producer draws exactly those blocks, and
`gold_text` derives the ground-truth text from the same blocks following the conventions of
/work/shared/corpus/README.md:

* one logical line per line (soft wraps joined), blocks separated by a blank line;
* bullet glyphs kept ("• item", "– item", "1. item"); Chromium `<ul>` discs (marker "disc")
  are vector shapes and omitted; WeasyPrint draws `<ul>` markers as a "•" glyph, kept;
* tables row by row, cells joined by a tab; table-sections: heading line, then content lines;
* sidebars: left sidebar before the main column, right sidebar after it; full-width blocks
  above first;
* running header / footer ("Page N of M") around each page's content; pages are cut only at
  explicit `pagebreak` blocks, and the sanity check verifies every page against pdftotext.

The job lists responsibilities / requirements / nice_to_have / benefits are the items of the
bullet blocks tagged in the source, in reading order.

Output: OUT_DIR/NAME.pdf, NAME.json, INDEX.tsv (with pdftotext word-F1 / order like the shared
corpus index).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

NOTO = "/usr/share/fonts/truetype/noto"
DEJAVU = "/usr/share/fonts/truetype/dejavu"

# ----------------------------------------------------------------------------- blocks


def banner(text):
    return {"k": "banner", "text": text}


def title(text):
    return {"k": "title", "text": text}


def heading(text):
    return {"k": "heading", "text": text}


def para(text, justify=False):
    return {"k": "para", "text": text, "justify": justify}


def lines(*ls):
    """Hard line breaks inside one block: each line is one logical line."""
    return {"k": "lines", "lines": list(ls)}


def kv(*pairs, sep=": "):
    return {"k": "kv", "pairs": list(pairs), "sep": sep}


def bullets(items, marker="•", tag=None):
    """marker: a glyph ("•", "–", "▪", "★", "-", "◦"), "num" (1. 2. ...), "alpha" (a) b) ...),
    "disc" (HTML <ul>), "ol" (HTML <ol>), or None (no marker drawn)."""
    assert tag in (None, "responsibilities", "requirements", "nice_to_have", "benefits"), tag
    return {"k": "bullets", "items": list(items), "marker": marker, "tag": tag}


def table(rows, header=None):
    """Key-facts table: rows of cells (header: optional first row drawn bold)."""
    return {"k": "table", "rows": [list(r) for r in rows], "header": header}


def sections(*secs):
    """Table-sections: (heading, [blocks]) rows, heading cell left, content cell right."""
    return {"k": "sections", "secs": [(h, list(bs)) for h, bs in secs]}


def pagebreak():
    return {"k": "pagebreak"}


def job(**kw):
    base = {
        "title": None, "company": None, "location": None, "employment_type": None,
        "workplace": None, "salary": None, "experience_years": None, "education": None,
        "skills": [], "responsibilities": None, "requirements": None, "nice_to_have": None,
        "benefits": None, "contact": {"email": None, "phone": None, "url": None},
        "deadline": None, "posted": None,
    }
    for k, v in kw.items():
        assert k in base, k
        base[k] = v
    return base


def salary(mn, mx, cur, period="month"):
    return {"min": mn, "max": mx, "currency": cur, "period": period}


def exp(mn, mx=None):
    return {"min": mn, "max": mx}


def contact(email=None, phone=None, url=None):
    return {"email": email, "phone": phone, "url": url}


class Ad:
    def __init__(self, name, producer, layout, lang, main, job, top=(), side=(), side_pos=None,
                 bottom=(), header=None, footer=None, style=None):
        self.name, self.producer, self.layout, self.lang = name, producer, layout, lang
        self.top, self.main, self.side, self.bottom = list(top), list(main), list(side), list(bottom)
        self.side_pos = side_pos
        self.header, self.footer = header, footer
        self.style = dict(style or {})
        self.job = job
        if self.side:
            assert side_pos in ("left", "right")
            assert not any(b["k"] == "pagebreak" for b in self.all_blocks())

    def all_blocks(self):
        return self.top + self.side + self.main + self.bottom

    def reading_blocks(self):
        """Blocks in natural reading order."""
        if not self.side:
            return self.top + self.main + self.bottom
        cols = self.side + self.main if self.side_pos == "left" else self.main + self.side
        return self.top + cols + self.bottom

    def pages(self):
        """Reading blocks cut at pagebreaks."""
        out, cur = [], []
        for b in self.reading_blocks():
            if b["k"] == "pagebreak":
                out.append(cur)
                cur = []
            else:
                cur.append(b)
        out.append(cur)
        return out

    def page_count(self):
        return len(self.pages())

    def footer_text(self, n):
        return self.footer.format(n=n, m=self.page_count()) if self.footer else None

    def header_text(self, n):
        return self.header.format(n=n, m=self.page_count()) if self.header else None


# ----------------------------------------------------------------------------- gold text

GLYPH_MARKERS = {"•", "–", "▪", "★", "-", "◦", "—", "►", "✓", "*", "·"}


def marker_text(marker, i, producer):
    """The marker as it appears in the text, or None when it is not text."""
    if marker is None:
        return None
    if marker == "disc":
        # HTML <ul>: Chromium draws a vector disc (not text); WeasyPrint draws a "•" glyph.
        return "•" if producer == "weasyprint" else None
    if marker in ("num", "ol"):
        return f"{i + 1}."
    if marker == "alpha":
        return "abcdefghijklmnopqrstuvwxyz"[i] + ")"
    assert marker in GLYPH_MARKERS, marker
    return marker


def bullet_lines(b, producer):
    out = []
    for i, it in enumerate(b["items"]):
        m = marker_text(b["marker"], i, producer)
        out.append(f"{m} {it}" if m else it)
    return out


def block_lines(b, producer):
    k = b["k"]
    if k in ("banner", "title", "heading", "para"):
        return [b["text"]]
    if k == "lines":
        return list(b["lines"])
    if k == "kv":
        return [f"{a}{b['sep']}{v}" for a, v in b["pairs"]]
    if k == "bullets":
        return bullet_lines(b, producer)
    if k == "table":
        rows = ([b["header"]] if b["header"] else []) + b["rows"]
        return ["\t".join(r) for r in rows]
    raise ValueError(k)


def block_text(b, producer):
    if b["k"] == "sections":
        parts = []
        for h, bs in b["secs"]:
            ls = [h]
            for sb in bs:
                ls += block_lines(sb, producer)
            parts.append("\n".join(ls))
        return "\n\n".join(parts)
    return "\n".join(block_lines(b, producer))


def gold_text(ad):
    if ad.producer == "pillow-image":
        return ""
    parts = []
    for n, blocks in enumerate(ad.pages(), 1):
        if ad.header:
            parts.append(ad.header_text(n))
        parts += [block_text(b, ad.producer) for b in blocks]
        if ad.footer:
            parts.append(ad.footer_text(n))
    return "\n\n".join(parts) + "\n"


def visible_text(ad):
    """Text of the blocks regardless of producer (for the image-only field check)."""
    return "\n\n".join(block_text(b, "reportlab") for b in ad.reading_blocks() if b["k"] != "pagebreak")


def tagged(ad, tag):
    out = []

    def walk(bs):
        for b in bs:
            if b["k"] == "bullets" and b["tag"] == tag:
                out.extend(b["items"])
            elif b["k"] == "sections":
                for _, sbs in b["secs"]:
                    walk(sbs)

    walk(ad.reading_blocks())
    return out


def gold_job(ad):
    j = json.loads(json.dumps(ad.job))
    for tag in ("responsibilities", "requirements", "nice_to_have", "benefits"):
        if j[tag] is None:
            j[tag] = tagged(ad, tag)
    return j


def check_fields(ad, text):
    """The build rule of the shared corpus: copied fields occur in the text."""
    probs = []
    j = ad.job
    for k in ("title", "company", "location", "education"):
        if j[k] is not None and j[k] not in text:
            probs.append(f"{k} {j[k]!r} not in text")
    for s in j["skills"]:
        if s not in text:
            probs.append(f"skill {s!r} not in text")
    for k, v in j["contact"].items():
        if v is not None and v not in text:
            probs.append(f"contact.{k} {v!r} not in text")
    return probs


# ----------------------------------------------------------------------------- HTML producers

def esc(s):
    return html.escape(s, quote=False)


HTML_CSS = """
@page { size: A4; margin: %(mt)s %(mr)s %(mb)s %(ml)s; %(margin_boxes)s }
html { font-family: %(font)s; font-size: %(size)s; color: #222; }
body { margin: 0; }
.banner { background: %(accent)s; color: #fff; font-weight: bold; font-size: 1.15em;
          padding: 7px 12px; margin: 0 0 10px 0; letter-spacing: .02em; }
h1 { font-size: 1.75em; color: %(accent)s; margin: 4px 0 8px 0; }
h2 { font-size: 1.18em; color: %(accent)s; margin: 14px 0 5px 0; }
p { margin: 0 0 7px 0; line-height: 1.35; }
p.j { text-align: justify; %(hyphens)s }
ul, ol { margin: 0 0 7px 0; padding-left: 20px; }
li { margin: 0 0 2px 0; line-height: 1.3; }
div.gl { margin: 0 0 7px 0; }
div.gl div { padding-left: 16px; text-indent: -16px; margin-bottom: 2px; line-height: 1.3; }
div.gl span.m { display: inline-block; width: 16px; text-indent: 0; }
table.facts { border-collapse: collapse; margin: 6px 0 10px 0; width: %(facts_w)s; }
table.facts td, table.facts th { border: 1px solid #999; padding: 4px 7px; vertical-align: top;
          text-align: left; font-weight: normal; }
table.facts td.k { font-weight: bold; background: #eef1f4; width: 32%%; }
table.facts tr.h td { font-weight: bold; background: %(accent)s; color: #fff; }
table.secs { border-collapse: collapse; width: 100%%; margin: 8px 0; }
table.secs td { border-top: 1px solid #bbb; vertical-align: top; padding: 7px 8px; }
table.secs td.h { width: 27%%; background: %(accent)s; color: #fff; font-weight: bold; }
table.secs td p:last-child, table.secs td ul:last-child, table.secs td div.gl:last-child { margin-bottom: 0; }
.cols { display: flex; flex-direction: row; gap: 18px; align-items: flex-start; }
.side { flex: 0 0 %(side_w)s; background: #f0f2f5; padding: 10px; font-size: .92em; }
.side h2 { margin-top: 4px; }
.main { flex: 1 1 auto; }
.kv b { font-weight: bold; }
.pb { break-before: page; }
"""


def html_marker_block(b, producer):
    m = b["marker"]
    if m == "disc":
        return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b["items"]) + "</ul>"
    if m == "ol":
        return "<ol>" + "".join(f"<li>{esc(i)}</li>" for i in b["items"]) + "</ol>"
    if m is None:
        return '<div class="gl">' + "".join(f"<div>{esc(i)}</div>" for i in b["items"]) + "</div>"
    out = []
    for i, it in enumerate(b["items"]):
        mt = marker_text(m, i, producer)
        out.append(f'<div><span class="m">{esc(mt)}</span>{esc(it)}</div>')
    return '<div class="gl">' + "".join(out) + "</div>"


def html_block(b, producer, pb=False):
    k = b["k"]
    cls = ' class="pb"' if pb else ""
    if k == "banner":
        return f'<div class="banner{" pb" if pb else ""}">{esc(b["text"])}</div>'
    if k == "title":
        return f"<h1{cls}>{esc(b['text'])}</h1>"
    if k == "heading":
        return f"<h2{cls}>{esc(b['text'])}</h2>"
    if k == "para":
        c = ["j"] if b["justify"] else []
        if pb:
            c.append("pb")
        ca = f' class="{" ".join(c)}"' if c else ""
        return f"<p{ca}>{esc(b['text'])}</p>"
    if k == "lines":
        return f"<p{cls}>" + "<br>".join(esc(x) for x in b["lines"]) + "</p>"
    if k == "kv":
        return f'<p class="kv{" pb" if pb else ""}">' + "<br>".join(
            f"<b>{esc(a)}{esc(b['sep'].rstrip())}</b> {esc(v)}" if b["sep"].endswith(" ") else
            f"<b>{esc(a)}{esc(b['sep'])}</b>{esc(v)}" for a, v in b["pairs"]) + "</p>"
    if k == "bullets":
        s = html_marker_block(b, producer)
        return f'<div{cls}>{s}</div>' if pb else s
    if k == "table":
        rows = []
        if b["header"]:
            rows.append('<tr class="h">' + "".join(f"<td>{esc(c)}</td>" for c in b["header"]) + "</tr>")
        for r in b["rows"]:
            cells = [f'<td class="k">{esc(r[0])}</td>'] + [f"<td>{esc(c)}</td>" for c in r[1:]]
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return f'<table class="facts{" pb" if pb else ""}">' + "".join(rows) + "</table>"
    if k == "sections":
        rows = []
        for h, bs in b["secs"]:
            inner = "".join(html_block(x, producer) for x in bs)
            rows.append(f'<tr><td class="h">{esc(h)}</td><td>{inner}</td></tr>')
        return f'<table class="secs{" pb" if pb else ""}">' + "".join(rows) + "</table>"
    raise ValueError(k)


def html_blocks(bs, producer):
    out, pb = [], False
    for b in bs:
        if b["k"] == "pagebreak":
            pb = True
            continue
        out.append(html_block(b, producer, pb))
        pb = False
    return "\n".join(out)


def css_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def footer_css(fmt):
    # "Page {n} of {m}" -> "Page " counter(page) " of " counter(pages)
    parts = re.split(r"(\{n\}|\{m\})", fmt)
    out = []
    for p in parts:
        if p == "{n}":
            out.append("counter(page)")
        elif p == "{m}":
            out.append("counter(pages)")
        elif p:
            out.append(css_string(p))
    return " ".join(out)


def render_html(ad, producer):
    st = ad.style
    boxes = ""
    if ad.header:
        assert "{n}" not in ad.header
        boxes += "@top-left { content: %s; font-size: 8.5pt; color: #555; vertical-align: bottom; padding-bottom: 4mm; } " % css_string(ad.header)
    if ad.footer:
        boxes += "@bottom-center { content: %s; font-size: 8.5pt; color: #555; } " % footer_css(ad.footer)
    css = HTML_CSS % {
        "mt": st.get("mt", "18mm"), "mr": st.get("mr", "18mm"), "mb": st.get("mb", "18mm"),
        "ml": st.get("ml", "18mm"), "margin_boxes": boxes,
        "font": st.get("font", '"Noto Sans", "DejaVu Sans", sans-serif'),
        "size": st.get("size", "10.5pt"), "accent": st.get("accent", "#1f4e79"),
        "hyphens": "hyphens: auto; -webkit-hyphens: auto;" if st.get("hyphens") else "",
        "facts_w": st.get("facts_w", "100%"), "side_w": st.get("side_w", "30%"),
    }
    css += st.get("extra_css", "")
    body = html_blocks(ad.top, producer)
    if ad.side:
        side = f'<aside class="side">{html_blocks(ad.side, producer)}</aside>'
        main = f'<div class="main">{html_blocks(ad.main, producer)}</div>'
        body += '\n<div class="cols">' + (side + main if ad.side_pos == "left" else main + side) + "</div>\n"
    else:
        body += html_blocks(ad.main, producer)
    body += html_blocks(ad.bottom, producer)
    lang = {"en": "en", "az": "az", "ru": "ru"}[ad.lang]
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(ad.job["title"])}</title>'
            f"<style>{css}</style></head><body>{body}</body></html>")


def produce_chromium(ad, out_pdf, work):
    src = os.path.join(work, ad.name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(render_html(ad, "chromium-html"))
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={work}/chrome-profile", f"--print-to-pdf={out_pdf}", "file://" + src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def produce_weasyprint(ad, out_pdf, work):
    import weasyprint

    src = render_html(ad, "weasyprint")
    with open(os.path.join(work, ad.name + ".html"), "w", encoding="utf-8") as f:
        f.write(src)
    weasyprint.HTML(string=src, base_url=work).write_pdf(out_pdf)


# ----------------------------------------------------------------------------- DOCX (python-docx)

def produce_docx(ad, out_pdf, work):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    st = ad.style
    accent = RGBColor.from_string(st.get("accent", "#1f4e79").lstrip("#").upper())
    font = st.get("font", "Liberation Sans")
    size = st.get("size_pt", 10.5)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(st.get("margin_cm", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    normal.paragraph_format.space_after = Pt(4)

    def shade(el_pr, fill):
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        el_pr.append(shd)

    def add_field(par, instr):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        r._r.append(f1)
        r2 = par.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = f" {instr} "
        r2._r.append(it)
        r3 = par.add_run()
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "separate")
        r3._r.append(f2)
        par.add_run("1")
        r4 = par.add_run()
        f3 = OxmlElement("w:fldChar")
        f3.set(qn("w:fldCharType"), "end")
        r4._r.append(f3)

    def set_cell_width(cell, cm):
        cell.width = Cm(cm)

    def no_borders(tbl):
        tblpr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        tblpr.append(b)

    def emit(container, b, pb=False):
        """Append block b to container (document or cell)."""
        k = b["k"]

        def newpar(text="", bold=False, sz=None, color=None, align=None, style=None):
            p = container.add_paragraph(style=style) if style else container.add_paragraph()
            if pb:
                p.paragraph_format.page_break_before = True
            if text:
                r = p.add_run(text)
                r.bold = bold
                if sz:
                    r.font.size = Pt(sz)
                if color is not None:
                    r.font.color.rgb = color
            if align:
                p.alignment = align
            return p

        if k == "banner":
            p = newpar(b["text"], bold=True, sz=size + 3, color=RGBColor(255, 255, 255))
            shade(p._p.get_or_add_pPr(), st.get("accent", "#1f4e79").lstrip("#"))
        elif k == "title":
            p = newpar(b["text"], bold=True, sz=size + 8, color=accent)
            p.paragraph_format.space_after = Pt(8)
        elif k == "heading":
            p = newpar(b["text"], bold=True, sz=size + 2.5, color=accent)
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
        elif k == "para":
            newpar(b["text"], align=WD_ALIGN_PARAGRAPH.JUSTIFY if b["justify"] else None)
        elif k == "lines":
            p = newpar()
            for i, ln in enumerate(b["lines"]):
                r = p.add_run(ln)
                if i < len(b["lines"]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif k == "kv":
            for i, (a, v) in enumerate(b["pairs"]):
                p = container.add_paragraph()
                if pb and i == 0:
                    p.paragraph_format.page_break_before = True
                p.paragraph_format.space_after = Pt(1)
                p.add_run(a + b["sep"].rstrip()).bold = True
                p.add_run((" " if b["sep"].endswith(" ") else "") + v)
        elif k == "bullets":
            for i, it in enumerate(b["items"]):
                p = container.add_paragraph()
                if pb and i == 0:
                    p.paragraph_format.page_break_before = True
                pf = p.paragraph_format
                pf.space_after = Pt(2)
                m = marker_text(b["marker"], i, ad.producer)
                if m:
                    pf.left_indent = Cm(0.7)
                    pf.first_line_indent = Cm(-0.5)
                    pf.tab_stops.add_tab_stop(Cm(0.7))
                    p.add_run(m + "\t" + it)
                else:
                    pf.left_indent = Cm(0.2)
                    p.add_run(it)
        elif k == "table":
            rows = ([b["header"]] if b["header"] else []) + b["rows"]
            ncol = max(len(r) for r in rows)
            t = container.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    cell.paragraphs[0].paragraph_format.space_after = Pt(1)
                    if (b["header"] and ri == 0) or ci == 0:
                        run.bold = True
                    if ci == 0:
                        shade(cell._tc.get_or_add_tcPr(), "E8EDF2")
                    if ncol == 2:
                        set_cell_width(cell, 5.0 if ci == 0 else 12.0)
            container.add_paragraph().paragraph_format.space_after = Pt(2)
        elif k == "sections":
            t = container.add_table(rows=len(b["secs"]), cols=2)
            t.style = "Table Grid"
            for ri, (h, bs) in enumerate(b["secs"]):
                hc, cc = t.cell(ri, 0), t.cell(ri, 1)
                set_cell_width(hc, 4.5)
                set_cell_width(cc, 12.5)
                hc.text = ""
                hc.paragraphs[0].add_run(h).bold = True
                shade(hc._tc.get_or_add_tcPr(), "DCE6F0")
                first = cc.paragraphs[0]
                for sb in bs:
                    emit(cc, sb)
                first._p.getparent().remove(first._p)
            container.add_paragraph().paragraph_format.space_after = Pt(2)
        else:
            raise ValueError(k)

    def emit_all(container, bs):
        pb = False
        for b in bs:
            if b["k"] == "pagebreak":
                pb = True
                continue
            emit(container, b, pb)
            pb = False

    # first paragraph of a new document exists? python-docx Document() starts empty.
    emit_all(doc, ad.top)
    if ad.side:
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        sw, mw = st.get("side_cm", 5.5), 17.0 - st.get("side_cm", 5.5)
        left, right = t.cell(0, 0), t.cell(0, 1)
        sc, mc = (left, right) if ad.side_pos == "left" else (right, left)
        set_cell_width(sc, sw)
        set_cell_width(mc, mw)
        shade(sc._tc.get_or_add_tcPr(), "EEF1F4")
        for cell, bs in ((sc, ad.side), (mc, ad.main)):
            first = cell.paragraphs[0]
            emit_all(cell, bs)
            first._p.getparent().remove(first._p)
    else:
        emit_all(doc, ad.main)
    emit_all(doc, ad.bottom)

    if ad.header:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(ad.header)
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if ad.footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for part in re.split(r"(\{n\}|\{m\})", ad.footer):
            if part == "{n}":
                add_field(fp, "PAGE")
            elif part == "{m}":
                add_field(fp, "NUMPAGES")
            elif part:
                fp.add_run(part)
    src = os.path.join(work, ad.name + ".docx")
    doc.save(src)
    soffice(src, out_pdf, work)


def soffice(src, out_pdf, work):
    outdir = os.path.join(work, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf"), out_pdf)


# ----------------------------------------------------------------------------- ODT (odfpy)

def produce_odt(ad, out_pdf, work):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Footer, Header, MasterPage, PageLayout, PageLayoutProperties,
                           ParagraphProperties, Style, TableCellProperties,
                           TableColumnProperties, TableProperties, TabStop, TabStops,
                           TextProperties)
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import LineBreak, P, PageCount, PageNumber, Span
    from odf.text import Tab as OTab

    st = ad.style
    accent = st.get("accent", "#1f4e79")
    font = st.get("font", "Liberation Serif")
    size = st.get("size_pt", 11)
    doc = OpenDocumentText()
    from odf.style import FontFace

    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="roman"))

    pl = Style(name="pm1", family="paragraph")  # unused placeholder
    layout = PageLayout(name="PL1")
    layout.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                           marginbottom="1.5cm", marginleft="2cm", marginright="2cm",
                                           printorientation="portrait"))
    doc.automaticstyles.addElement(layout)
    styles = {}

    def pstyle(name, auto=True, **kw):
        s = Style(name=name, family="paragraph")
        tp = {"fontname": font, "fontsize": f"{kw.pop('fs', size)}pt"}
        if kw.pop("bold", False):
            tp["fontweight"] = "bold"
        if "color" in kw:
            tp["color"] = kw.pop("color")
        s.addElement(TextProperties(**tp))
        pp = {k: v for k, v in kw.items() if k != "tabs"}
        ppel = ParagraphProperties(**pp)
        if kw.get("tabs"):
            ts = TabStops()
            ts.addElement(TabStop(position=kw["tabs"]))
            ppel.addElement(ts)
        s.addElement(ppel)
        (doc.automaticstyles if auto else doc.styles).addElement(s)
        styles[name] = s
        return s

    pstyle("Body", marginbottom="0.15cm")
    pstyle("BodyJ", marginbottom="0.15cm", textalign="justify")
    pstyle("Banner", fs=size + 3, bold=True, color="#ffffff", backgroundcolor=accent, padding="0.12cm", marginbottom="0.3cm")
    pstyle("Title", fs=size + 8, bold=True, color=accent, marginbottom="0.25cm")
    pstyle("Head", fs=size + 2.5, bold=True, color=accent, margintop="0.35cm", marginbottom="0.12cm", keepwithnext="always")
    pstyle("Bul", marginleft="0.7cm", textindent="-0.5cm", marginbottom="0.05cm", tabs="0cm")
    pstyle("Plain", marginleft="0.2cm", marginbottom="0.05cm")
    pstyle("Cell", marginbottom="0.03cm")
    pstyle("CellB", marginbottom="0.03cm", bold=True)
    pstyle("HF", fs=8.5, color="#555555")
    pstyle("HFc", fs=8.5, color="#555555", textalign="center")
    # page-break variants
    for base in ("Body", "BodyJ", "Banner", "Title", "Head", "Bul", "Plain"):
        s = Style(name=base + "PB", family="paragraph", parentstylename=styles[base])
        s.addElement(ParagraphProperties(breakbefore="page"))
        doc.automaticstyles.addElement(s)
        styles[base + "PB"] = s
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    cellst = Style(name="CellGrid", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #888888", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    cellsh = Style(name="CellShade", family="table-cell")
    cellsh.addElement(TableCellProperties(border="0.5pt solid #888888", padding="0.1cm", backgroundcolor="#e4eaf0"))
    doc.automaticstyles.addElement(cellsh)
    cellnone = Style(name="CellNone", family="table-cell")
    cellnone.addElement(TableCellProperties(border="none", padding="0.15cm"))
    doc.automaticstyles.addElement(cellnone)
    cellside = Style(name="CellSide", family="table-cell")
    cellside.addElement(TableCellProperties(border="none", padding="0.2cm", backgroundcolor="#eef1f4"))
    doc.automaticstyles.addElement(cellside)

    colstyles = {}

    def colstyle(w):
        if w not in colstyles:
            s = Style(name=f"Col{len(colstyles)}", family="table-column")
            s.addElement(TableColumnProperties(columnwidth=w))
            doc.automaticstyles.addElement(s)
            colstyles[w] = s
        return colstyles[w]

    tstyle = Style(name="Tbl", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)

    mp = MasterPage(name="Standard", pagelayoutname=layout)
    if ad.header:
        h = Header()
        h.addElement(P(stylename=styles["HF"], text=ad.header))
        mp.addElement(h)
    if ad.footer:
        f = Footer()
        p = P(stylename=styles["HFc"])
        for part in re.split(r"(\{n\}|\{m\})", ad.footer):
            if part == "{n}":
                p.addElement(PageNumber(selectpage="current", text="1"))
            elif part == "{m}":
                p.addElement(PageCount(text="1"))
            elif part:
                p.addText(part)
        f.addElement(p)
        mp.addElement(f)
    doc.masterstyles.addElement(mp)

    def S(name, pb):
        return styles[name + ("PB" if pb else "")]

    def emit(container, b, pb=False):
        k = b["k"]
        if k == "banner":
            container.addElement(P(stylename=S("Banner", pb), text=b["text"]))
        elif k == "title":
            container.addElement(P(stylename=S("Title", pb), text=b["text"]))
        elif k == "heading":
            container.addElement(P(stylename=S("Head", pb), text=b["text"]))
        elif k == "para":
            container.addElement(P(stylename=S("BodyJ" if b["justify"] else "Body", pb), text=b["text"]))
        elif k == "lines":
            p = P(stylename=S("Body", pb))
            for i, ln in enumerate(b["lines"]):
                if i:
                    p.addElement(LineBreak())
                p.addText(ln)
            container.addElement(p)
        elif k == "kv":
            for i, (a, v) in enumerate(b["pairs"]):
                p = P(stylename=S("Plain", pb and i == 0))
                p.addElement(Span(stylename=bold, text=a + b["sep"].rstrip()))
                p.addText((" " if b["sep"].endswith(" ") else "") + v)
                container.addElement(p)
        elif k == "bullets":
            for i, it in enumerate(b["items"]):
                m = marker_text(b["marker"], i, ad.producer)
                if m:
                    p = P(stylename=S("Bul", pb and i == 0))
                    p.addText(m)
                    p.addElement(OTab())
                    p.addText(it)
                else:
                    p = P(stylename=S("Plain", pb and i == 0), text=it)
                container.addElement(p)
        elif k == "table":
            rows = ([b["header"]] if b["header"] else []) + b["rows"]
            ncol = max(len(r) for r in rows)
            t = Table(name=f"T{id(b)}", stylename=tstyle)
            widths = ["5cm", "12cm"] if ncol == 2 else [f"{17 / ncol:.2f}cm"] * ncol
            for w in widths:
                t.addElement(TableColumn(stylename=colstyle(w)))
            for ri, r in enumerate(rows):
                tr = TableRow()
                for ci, c in enumerate(r):
                    tc = TableCell(stylename=cellsh if ci == 0 else cellst, valuetype="string")
                    tc.addElement(P(stylename=styles["CellB" if (ci == 0 or (b["header"] and ri == 0)) else "Cell"], text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            container.addElement(t)
            container.addElement(P(stylename=styles["Body"]))
        elif k == "sections":
            t = Table(name=f"S{id(b)}", stylename=tstyle)
            t.addElement(TableColumn(stylename=colstyle("4.5cm")))
            t.addElement(TableColumn(stylename=colstyle("12.5cm")))
            for h, bs in b["secs"]:
                tr = TableRow()
                hc = TableCell(stylename=cellsh, valuetype="string")
                hc.addElement(P(stylename=styles["CellB"], text=h))
                cc = TableCell(stylename=cellst, valuetype="string")
                for sb in bs:
                    emit(cc, sb)
                tr.addElement(hc)
                tr.addElement(cc)
                t.addElement(tr)
            container.addElement(t)
            container.addElement(P(stylename=styles["Body"]))
        else:
            raise ValueError(k)

    def emit_all(container, bs):
        pb = False
        for b in bs:
            if b["k"] == "pagebreak":
                pb = True
                continue
            emit(container, b, pb)
            pb = False

    emit_all(doc.text, ad.top)
    if ad.side:
        t = Table(name="Cols", stylename=tstyle)
        sw = st.get("side_cm", 5.5)
        ws = [f"{sw}cm", f"{17 - sw}cm"] if ad.side_pos == "left" else [f"{17 - sw}cm", f"{sw}cm"]
        for w in ws:
            t.addElement(TableColumn(stylename=colstyle(w)))
        tr = TableRow()
        order = [("side", ad.side), ("main", ad.main)] if ad.side_pos == "left" else [("main", ad.main), ("side", ad.side)]
        for kind, bs in order:
            tc = TableCell(stylename=cellside if kind == "side" else cellnone, valuetype="string")
            emit_all(tc, bs)
            tr.addElement(tc)
        t.addElement(tr)
        doc.text.addElement(t)
    else:
        emit_all(doc.text, ad.main)
    emit_all(doc.text, ad.bottom)
    src = os.path.join(work, ad.name + ".odt")
    doc.save(src)
    soffice(src, out_pdf, work)


# ----------------------------------------------------------------------------- reportlab

_RL_FONTS = False


def rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", f"{DEJAVU}/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", f"{DEJAVU}/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("NotoSerif", f"{NOTO}/NotoSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("NotoSerif-Bold", f"{NOTO}/NotoSerif-Bold.ttf"))
    _RL_FONTS = True


def produce_reportlab(ad, out_pdf, work, std14=False):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    st = ad.style
    if std14:
        reg, bld = st.get("font", "Helvetica"), st.get("bold", "Helvetica-Bold")
    else:
        rl_fonts()
        reg, bld = st.get("font", "DejaVuSans"), st.get("bold", "DejaVuSans-Bold")
    size = st.get("size_pt", 10)
    accent = colors.HexColor(st.get("accent", "#1f4e79"))

    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    base = ParagraphStyle("base", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=4)
    S = {
        "para": base,
        "paraj": ParagraphStyle("pj", parent=base, alignment=TA_JUSTIFY),
        "title": ParagraphStyle("t", parent=base, fontName=bld, fontSize=size + 8, leading=(size + 8) * 1.2, textColor=accent, spaceAfter=8),
        "heading": ParagraphStyle("h", parent=base, fontName=bld, fontSize=size + 2.5, leading=(size + 2.5) * 1.25, textColor=accent, spaceBefore=8, spaceAfter=4),
        "banner": ParagraphStyle("b", parent=base, fontName=bld, fontSize=size + 3, leading=(size + 3) * 1.4, textColor=colors.white, backColor=accent, borderPadding=(4, 6, 5, 6), spaceAfter=10),
        "bullet": ParagraphStyle("bu", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2, bulletFontName=reg),
        "plain": ParagraphStyle("pl", parent=base, spaceAfter=2),
        "cell": ParagraphStyle("c", parent=base, spaceAfter=1),
        "cellb": ParagraphStyle("cb", parent=base, fontName=bld, spaceAfter=1),
        "cellh": ParagraphStyle("ch", parent=base, fontName=bld, textColor=colors.white, spaceAfter=1),
    }

    def flow(b, narrow=False):
        k = b["k"]
        if k in ("banner", "title", "heading"):
            return [Paragraph(x(b["text"]), S[k])]
        if k == "para":
            return [Paragraph(x(b["text"]), S["paraj" if b["justify"] else "para"])]
        if k == "lines":
            return [Paragraph("<br/>".join(x(l) for l in b["lines"]), S["para"])]
        if k == "kv":
            return [Paragraph(f"<b>{x(a + b['sep'].rstrip())}</b>{' ' if b['sep'].endswith(' ') else ''}{x(v)}", S["plain"]) for a, v in b["pairs"]] + [Spacer(1, 4)]
        if k == "bullets":
            out = []
            for i, it in enumerate(b["items"]):
                m = marker_text(b["marker"], i, ad.producer)
                out.append(Paragraph(x(it), S["bullet"], bulletText=m) if m else Paragraph(x(it), S["plain"]))
            return out + [Spacer(1, 4)]
        if k == "table":
            rows = ([b["header"]] if b["header"] else []) + b["rows"]
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(x(c), S["cellh"] if (b["header"] and ri == 0) else S["cellb"] if ci == 0 else S["cell"]) for ci, c in enumerate(r)])
            ncol = max(len(r) for r in rows)
            W = A4[0] - 36 * mm
            cw = [W * 0.3, W * 0.7] if ncol == 2 else [W / ncol] * ncol
            t = Table(data, colWidths=cw)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8edf2"))]
            if b["header"]:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), accent))
            t.setStyle(TableStyle(ts))
            return [t, Spacer(1, 8)]
        if k == "sections":
            data = []
            for h, bs in b["secs"]:
                inner = []
                for sb in bs:
                    inner += flow(sb)
                data.append([Paragraph(x(h), S["cellh"]), inner])
            W = A4[0] - 36 * mm
            t = Table(data, colWidths=[W * 0.27, W * 0.73])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, -1), accent),
                                   ("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            return [t, Spacer(1, 8)]
        if k == "pagebreak":
            return [PageBreak()]
        raise ValueError(k)

    def flows(bs):
        out = []
        for b in bs:
            out += flow(b)
        return out

    story = flows(ad.top)
    if ad.side:
        W = A4[0] - 36 * mm
        sw = W * st.get("side_frac", 0.3)
        side, main = flows(ad.side), flows(ad.main)
        row = [side, main] if ad.side_pos == "left" else [main, side]
        cw = [sw, W - sw] if ad.side_pos == "left" else [W - sw, sw]
        t = Table([row], colWidths=cw)
        si = 0 if ad.side_pos == "left" else 1
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (si, 0), (si, 0), colors.HexColor("#eef1f4")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
        story.append(t)
    else:
        story += flows(ad.main)
    story += flows(ad.bottom)

    npages = ad.page_count()

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(reg, 8.5)
        canv.setFillColor(colors.HexColor("#555555"))
        n = canv.getPageNumber()
        if ad.header:
            canv.drawString(18 * mm, A4[1] - 12 * mm, ad.header)
        if ad.footer:
            canv.drawCentredString(A4[0] / 2, 10 * mm, ad.footer.format(n=n, m=npages))
        canv.restoreState()

    doc = SimpleDocTemplate(out_pdf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=ad.job["title"] or "",
                            creator="holdout generator")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------------------- fpdf2

def produce_fpdf2(ad, out_pdf, work):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    st = ad.style
    size = st.get("size_pt", 10)
    acc = st.get("accent", "#1f4e79").lstrip("#")
    accent = tuple(int(acc[i:i + 2], 16) for i in (0, 2, 4))

    class P(FPDF):
        def header(self):
            if ad.header:
                self.set_font("Noto", "", 8.5)
                self.set_text_color(85, 85, 85)
                self.set_xy(self.l_margin, 8)
                self.cell(0, 5, ad.header)
                self.set_text_color(0, 0, 0)
                self.set_y(self.t_margin)

        def footer(self):
            if ad.footer:
                self.set_y(-14)
                self.set_font("Noto", "", 8.5)
                self.set_text_color(85, 85, 85)
                self.cell(0, 5, ad.footer.format(n=self.page_no(), m="{nb}"), align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creator("holdout generator")
    pdf.add_font("Noto", "", f"{NOTO}/NotoSans-Regular.ttf")
    pdf.add_font("Noto", "B", f"{NOTO}/NotoSans-Bold.ttf")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    lh = size * 0.5

    def text(t, w=0, align="L", bold=False, sz=None, color=(0, 0, 0), fill=None):
        pdf.set_font("Noto", "B" if bold else "", sz or size)
        pdf.set_text_color(*color)
        if fill:
            pdf.set_fill_color(*fill)
        pdf.multi_cell(w, (sz or size) * 0.5, t, align=align, fill=bool(fill),
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    def emit(b, w=0):
        k = b["k"]
        if k == "banner":
            text(b["text"], w, bold=True, sz=size + 3, color=(255, 255, 255), fill=accent)
            pdf.ln(3)
        elif k == "title":
            text(b["text"], w, bold=True, sz=size + 7, color=accent)
            pdf.ln(2)
        elif k == "heading":
            pdf.ln(2)
            text(b["text"], w, bold=True, sz=size + 2, color=accent)
            pdf.ln(1)
        elif k == "para":
            text(b["text"], w, align="J" if b["justify"] else "L")
            pdf.ln(2)
        elif k == "lines":
            for l in b["lines"]:
                text(l, w)
            pdf.ln(2)
        elif k == "kv":
            for a, v in b["pairs"]:
                pdf.set_font("Noto", "", size)
                pdf.multi_cell(w, lh, f"**{a}{b['sep'].rstrip()}**{' ' if b['sep'].endswith(' ') else ''}{v}",
                               markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif k == "bullets":
            pdf.set_font("Noto", "", size)
            for i, it in enumerate(b["items"]):
                m = marker_text(b["marker"], i, ad.producer)
                x0 = pdf.get_x()
                full = w or (pdf.w - pdf.r_margin - x0)
                if m:
                    pdf.set_x(x0 + 2)
                    pdf.cell(5, lh, m)
                    pdf.multi_cell(full - 7, lh, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    pdf.multi_cell(full, lh, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(0.6)
            pdf.ln(1.5)
        elif k == "table":
            rows = ([b["header"]] if b["header"] else []) + b["rows"]
            ncol = max(len(r) for r in rows)
            pdf.set_font("Noto", "", size)
            with pdf.table(col_widths=(30, 70) if ncol == 2 else None, text_align="LEFT",
                           line_height=lh * 1.2, first_row_as_headings=bool(b["header"]),
                           headings_style=None) as t:
                for r in rows:
                    row = t.row()
                    for ci, c in enumerate(r):
                        row.cell(c)
            pdf.ln(3)
        elif k == "sections":
            pdf.set_font("Noto", "", size)
            from fpdf.fonts import FontFace

            with pdf.table(col_widths=(27, 73), text_align="LEFT", line_height=lh * 1.15,
                           first_row_as_headings=False) as t:
                for h, bs in b["secs"]:
                    row = t.row()
                    row.cell(h, style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=accent))
                    ls = []
                    for sb in bs:
                        ls += block_lines(sb, ad.producer)
                    row.cell("\n".join(ls))
            pdf.ln(3)
        elif k == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(k)

    for b in ad.top:
        emit(b)
    if ad.side:
        W = pdf.w - 36
        sw = W * st.get("side_frac", 0.3)
        gap = 6
        y0 = pdf.get_y()
        if ad.side_pos == "left":
            sx, mx, mw = 18, 18 + sw + gap, W - sw - gap
        else:
            mx, mw, sx = 18, W - sw - gap, 18 + W - sw
        # main column
        pdf.set_left_margin(mx)
        pdf.set_right_margin(pdf.w - mx - mw)
        pdf.set_xy(mx, y0)
        for b in ad.main:
            emit(b, mw)
        y_main = pdf.get_y()
        # sidebar, drawn after the main column (stream order differs from reading order when left)
        pdf.set_left_margin(sx)
        pdf.set_right_margin(pdf.w - sx - sw)
        pdf.set_xy(sx, y0)
        for b in ad.side:
            emit(b, sw)
        pdf.set_left_margin(18)
        pdf.set_right_margin(18)
        pdf.set_xy(18, max(y_main, pdf.get_y()))
    else:
        for b in ad.main:
            emit(b)
    for b in ad.bottom:
        emit(b)
    pdf.output(out_pdf)


# ----------------------------------------------------------------------------- pdflatex

def tex_esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           "'": r"\textquotesingle{}", "–": "--", "—": "---", "•": r"\textbullet{}", "№": r"\No{}",
           "«": "<<", "»": ">>", "€": r"\euro{}", "…": r"\ldots{}", "\"": r"\textquotedbl{}"}
    out = "".join(rep.get(c, c) for c in s)
    # keep "--" inside words (e.g. URLs) from becoming dashes, and "-" before digits plain
    return out


def produce_pdflatex(ad, out_pdf, work):
    st = ad.style
    ru = ad.lang == "ru"
    pre = [r"\documentclass[%s]{article}" % st.get("size", "11pt"),
           r"\usepackage[%s]{fontenc}" % ("T2A" if ru else "T1"), r"\usepackage[utf8]{inputenc}"]
    if ru:
        pre.append(r"\usepackage[russian]{babel}")
    else:
        pre.append(r"\usepackage{lmodern}")
    pre += [r"\usepackage[a4paper,margin=%s]{geometry}" % st.get("margin", "22mm"), r"\usepackage{tabularx}",
            r"\usepackage{xcolor}", r"\usepackage{fancyhdr}", r"\usepackage{textcomp}", r"\usepackage{array}",
            r"\definecolor{acc}{HTML}{%s}" % st.get("accent", "#1f4e79").lstrip("#").upper(),
            r"\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}",
            r"\providecommand{\euro}{EUR}"]
    if ad.header or ad.footer:
        pre += [r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}"]
        if ad.header:
            pre.append(r"\fancyhead[L]{\small %s}" % tex_esc(ad.header))
        if ad.footer:
            m = ad.page_count()
            f = tex_esc(ad.footer).replace(r"\{n\}", r"\thepage{}").replace(r"\{m\}", str(m))
            pre.append(r"\fancyfoot[C]{\small %s}" % f)
    else:
        pre.append(r"\pagestyle{empty}")
    if st.get("sloppy"):
        pre.append(r"\sloppy")

    def items(b):
        m = b["marker"]
        if m in ("num", "ol"):
            return [r"\begin{enumerate}\setlength{\itemsep}{0pt}"] + [r"\item " + tex_esc(i) for i in b["items"]] + [r"\end{enumerate}"]
        if m == "•":
            return [r"\begin{itemize}\setlength{\itemsep}{0pt}"] + [r"\item " + tex_esc(i) for i in b["items"]] + [r"\end{itemize}"]
        if m is None:
            return [r"\begin{itemize}\setlength{\itemsep}{0pt}"] + [r"\item[] " + tex_esc(i) for i in b["items"]] + [r"\end{itemize}"]
        return [r"\begin{itemize}\setlength{\itemsep}{0pt}"] + [r"\item[%s] " % tex_esc(m) + tex_esc(i) for i in b["items"]] + [r"\end{itemize}"]

    def emit(b):
        k = b["k"]
        if k == "banner":
            return [r"\noindent\colorbox{acc}{\parbox{\dimexpr\linewidth-2\fboxsep}{\color{white}\large\bfseries %s}}" % tex_esc(b["text"]), ""]
        if k == "title":
            return [r"{\LARGE\bfseries\color{acc} %s\par}" % tex_esc(b["text"]), ""]
        if k == "heading":
            return [r"\medskip{\large\bfseries\color{acc} %s\par}\nopagebreak" % tex_esc(b["text"]), ""]
        if k == "para":
            return [(r"{\raggedright " if not b["justify"] and st.get("ragged") else "") + tex_esc(b["text"]) +
                    (r"\par}" if not b["justify"] and st.get("ragged") else ""), ""]
        if k == "lines":
            return [r"\\ ".join(tex_esc(l) for l in b["lines"]), ""]
        if k == "kv":
            return [r"\\ ".join(r"\textbf{%s}%s" % (tex_esc(a + b["sep"].rstrip()), " " + tex_esc(v) if b["sep"].endswith(" ") else tex_esc(v)) for a, v in b["pairs"]), ""]
        if k == "bullets":
            return items(b) + [""]
        if k == "table":
            rows = ([b["header"]] if b["header"] else []) + b["rows"]
            ncol = max(len(r) for r in rows)
            spec = "|>{\\bfseries}p{0.27\\linewidth}|X|" if ncol == 2 else "|" + "X|" * ncol
            out = [r"\noindent\begin{tabularx}{\linewidth}{%s}\hline" % spec]
            for r in rows:
                out.append(" & ".join(tex_esc(c) for c in r) + r" \\ \hline")
            return out + [r"\end{tabularx}", ""]
        if k == "sections":
            out = [r"\noindent\begin{tabularx}{\linewidth}{>{\bfseries\raggedright\arraybackslash}p{0.25\linewidth}X}\hline"]
            for h, bs in b["secs"]:
                inner = []
                for sb in bs:
                    if sb["k"] == "bullets":
                        inner.append(r"\vspace{-\baselineskip}\begin{minipage}[t]{\linewidth}" + "\n".join(items(sb)) + r"\vspace{2pt}\end{minipage}")
                    else:
                        inner.append(" ".join(emit(sb)))
                out.append(tex_esc(h) + " & " + r" \par ".join(inner) + r" \\ \hline")
            return out + [r"\end{tabularx}", ""]
        if k == "pagebreak":
            return [r"\newpage", ""]
        raise ValueError(k)

    body = []
    for b in ad.top:
        body += emit(b)
    if ad.side:
        sf = st.get("side_frac", 0.3)
        side = [r"\begin{minipage}[t]{%.2f\textwidth}\small\raggedright" % sf]
        for b in ad.side:
            side += emit(b)
        side.append(r"\end{minipage}")
        main = [r"\begin{minipage}[t]{%.2f\textwidth}" % (0.96 - sf)]
        for b in ad.main:
            main += emit(b)
        main.append(r"\end{minipage}")
        body += (side + [r"\hfill"] + main) if ad.side_pos == "left" else (main + [r"\hfill"] + side)
        body.append("")
    else:
        for b in ad.main:
            body += emit(b)
    for b in ad.bottom:
        body += emit(b)
    src = "\n".join(pre + [r"\begin{document}"] + body + [r"\end{document}"]) + "\n"
    tex = os.path.join(work, ad.name + ".tex")
    with open(tex, "w", encoding="utf-8") as f:
        f.write(src)
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", os.path.basename(tex)],
                           cwd=work, capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            raise RuntimeError("pdflatex failed:\n" + r.stdout[-3000:])
    shutil.move(os.path.join(work, ad.name + ".pdf"), out_pdf)


# ----------------------------------------------------------------------------- groff

def troff_esc(s):
    s = s.replace("\\", r"\e")
    s = s.replace("•", r"\(bu").replace("–", r"\(en").replace("—", r"\(em")
    # a leading "." or "'" would be a request
    return s


def troff_line(s):
    s = troff_esc(s)
    if s.startswith((".", "'")):
        s = r"\&" + s
    return s


def produce_groff(ad, out_pdf, work):
    st = ad.style
    fam = st.get("family", "T")  # T = Times, H = Helvetica
    R, B = f"{fam}R", f"{fam}B"
    npages = ad.page_count()
    src = [".\\\" holdout generator", ".pl 11.69i", ".po 0.9i", ".ll 6.4i", ".lt 6.4i",
           f".ps {st.get('size', 11)}", f".vs {st.get('size', 11) + 2.5}p", f".ft {R}",
           ".hy %d" % st.get("hy", 4), ".ad %s" % st.get("adjust", "b"), ".nr PN 1"]
    # running header / footer traps
    hdr = troff_line(ad.header) if ad.header else ""
    src += [".de hd", "'sp 0.45i", f".ft {R}", ".ps 8"]
    if ad.header:
        src += [f"'tl '{hdr}'''"]
    src += [f".ps {st.get('size', 11)}", f".ft {R}", "'sp |0.85i", ".."]
    src += [".de fo", "'sp 0.35i", ".ps 8", f".ft {R}"]
    if ad.footer:
        f = troff_esc(ad.footer).replace("{n}", r"\\n%").replace("{m}", str(npages))
        src += [f"'tl ''{f}''"]
    src += [f".ps {st.get('size', 11)}", "'bp", ".."]
    src += [".wh 0 hd", ".wh -0.9i fo"]
    # when there is no header, still start the page content at 0.85i

    def emit(b):
        k = b["k"]
        out = []
        if k == "banner":
            out += [".sp 0.3", f".ft {B}", ".ps +3", troff_line(b["text"]), ".ps -3", f".ft {R}", ".sp 0.5"]
        elif k == "title":
            out += [".sp 0.3", ".ad l", f".ft {B}", ".ps +6", ".vs +6p", troff_line(b["text"]), ".br", ".vs -6p", ".ps -6", f".ft {R}", ".ad %s" % st.get("adjust", "b"), ".sp 0.6"]
        elif k == "heading":
            out += [".sp 0.7", ".ne 4", f".ft {B}", ".ps +1", troff_line(b["text"]), ".br", ".ps -1", f".ft {R}", ".sp 0.3"]
        elif k == "para":
            out += [".ad b" if b["justify"] else ".ad l", troff_line(b["text"]), ".br", ".ad %s" % st.get("adjust", "b"), ".sp 0.5"]
        elif k == "lines":
            out += [".ad l"]
            for l in b["lines"]:
                out += [troff_line(l), ".br"]
            out += [".ad %s" % st.get("adjust", "b"), ".sp 0.5"]
        elif k == "kv":
            out += [".ad l"]
            for a, v in b["pairs"]:
                out += [f"\\f[{B}]{troff_esc(a + b['sep'].rstrip())}\\f[{R}]{' ' if b['sep'].endswith(' ') else ''}{troff_esc(v)}", ".br"]
            out += [".ad %s" % st.get("adjust", "b"), ".sp 0.5"]
        elif k == "bullets":
            for i, it in enumerate(b["items"]):
                m = marker_text(b["marker"], i, ad.producer)
                if m:
                    out += [".in 0.3i", ".ti -0.22i", f"{troff_esc(m)}\\h'|0.3i'{troff_esc(it)}", ".br"]
                else:
                    out += [".in 0.1i", troff_line(it), ".br"]
            out += [".in 0", ".sp 0.5"]
        elif k == "table":
            rows = ([b["header"]] if b["header"] else []) + b["rows"]
            ncol = max(len(r) for r in rows)
            out += [".TS", "allbox tab(@);", ("lfB lw(4.2i)." if ncol == 2 else " ".join(["l"] * ncol) + ".")]
            for r in rows:
                out.append("@".join("T{\n" + troff_esc(c) + "\nT}" if len(c) > 40 else troff_esc(c) for c in r))
            out += [".TE", ".sp 0.5"]
        elif k == "sections":
            out += [".TS", "tab(@);", "lfB lw(4.6i).", "_"]
            for h, bs in b["secs"]:
                ls = []
                for sb in bs:
                    ls += block_lines(sb, ad.producer)
                cell = "\n.br\n".join(troff_esc(l) for l in ls)
                out.append(f"T{{\n{troff_esc(h)}\nT}}@T{{\n.ad l\n{cell}\nT}}")
                out.append("_")
            out += [".TE", ".sp 0.5"]
        elif k == "pagebreak":
            out += [".bp"]
        else:
            raise ValueError(k)
        return out

    assert not ad.side, "groff: no sidebar support"
    for b in ad.top + ad.main + ad.bottom:
        src += emit(b)
    roff = os.path.join(work, ad.name + ".roff")
    with open(roff, "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n")
    ps = os.path.join(work, ad.name + ".ps")
    with open(ps, "wb") as f:
        subprocess.run(["groff", "-k", "-t", "-Tps", "-P-pa4", roff], stdout=f, check=True, timeout=120)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, out_pdf], check=True, timeout=120)


# ----------------------------------------------------------------------------- pillow (image only)

def produce_pillow(ad, out_pdf, work):
    from PIL import Image, ImageDraw, ImageFont

    dpi = 150
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(f"{NOTO}/NotoSans-Regular.ttf", 22)
    bold = ImageFont.truetype(f"{NOTO}/NotoSans-Bold.ttf", 24)
    big = ImageFont.truetype(f"{NOTO}/NotoSans-Bold.ttf", 40)
    x0, y = 110, 110
    maxw = W - 2 * x0

    def wrap(text, font, indent=0):
        words, line, out = text.split(), "", []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=font) > maxw - indent and line:
                out.append(line)
                line = w
            else:
                line = t
        if line:
            out.append(line)
        return out

    for b in ad.reading_blocks():
        if b["k"] == "pagebreak":
            continue
        if b["k"] in ("banner", "title"):
            f = big if b["k"] == "title" else bold
            for l in wrap(b["text"], f):
                d.text((x0, y), l, font=f, fill=0)
                y += 52
            y += 14
        elif b["k"] == "heading":
            y += 10
            d.text((x0, y), b["text"], font=bold, fill=0)
            y += 40
        else:
            for l in block_text(b, "reportlab").split("\n"):
                ind = 0
                for i, wl in enumerate(wrap(l.replace("\t", "   "), reg, 20)):
                    d.text((x0 + (20 if i else 0), y), wl, font=reg, fill=0)
                    y += 31
            y += 14
    img = img.rotate(0.4, fillcolor=255, resample=Image.BICUBIC)
    img.save(out_pdf, "PDF", resolution=dpi, title=ad.job["title"], creator="scanner", producer="pillow")


PRODUCERS = {
    "chromium-html": produce_chromium,
    "weasyprint": produce_weasyprint,
    "libreoffice-docx": produce_docx,
    "libreoffice-odt": produce_odt,
    "reportlab": produce_reportlab,
    "reportlab-std14": lambda ad, out, work: produce_reportlab(ad, out, work, std14=True),
    "fpdf2": produce_fpdf2,
    "pdflatex": produce_pdflatex,
    "groff-ps2pdf": produce_groff,
    "pillow-image": produce_pillow,
}

# ----------------------------------------------------------------------------- sanity check


def words(text):
    """Same tokenisation as shared/tools/score.py."""
    text = unicodedata.normalize("NFC", text or "")
    for a, b in {"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u00ad": ""}.items():
        text = text.replace(a, b)
    out = []
    for tok in text.split():
        i, j = 0, len(tok)
        while i < j and unicodedata.category(tok[i])[0] not in "LN":
            i += 1
        while j > i and unicodedata.category(tok[j - 1])[0] not in "LN":
            j -= 1
        if i < j:
            out.append(tok[i:j])
    return out


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def f1_order(gold, pred):
    g, p = words(gold), words(pred)
    if not g and not p:
        return 1.0, 1.0
    common = sum((Counter(g) & Counter(p)).values())
    pr = common / len(p) if p else 0
    rc = common / len(g) if g else 0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return f1, 1 - lev(g, p) / max(len(g), len(p))


def pdftotext(pdf, page=None):
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if page:
        cmd += ["-f", str(page), "-l", str(page)]
    r = subprocess.run(cmd + [pdf, "-"], capture_output=True, text=True)
    return r.stdout


def dehyphen(text):
    # rejoin typesetter hyphenation for the comparison only (U+2010 / "-" at line end)
    return re.sub(r"(\w)[\u2010\u00ad-]\n(\w)", r"\1\2", text)


def page_count(pdf):
    r = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
    return int(m.group(1)) if m else 0


def check_pdf(ad, pdf, gold):
    """Compare the gold text with pdftotext, per page where pages are known."""
    notes = []
    n = page_count(pdf)
    if ad.producer == "pillow-image":
        return notes, None, None, n
    if n != ad.page_count() and (ad.header or ad.footer or any(b["k"] == "pagebreak" for b in ad.all_blocks())):
        notes.append(f"page count {n} != expected {ad.page_count()}")
    whole = dehyphen(pdftotext(pdf))
    f1, order = f1_order(gold, whole)
    if f1 < 0.985:
        g, p = Counter(words(gold)), Counter(words(whole))
        notes.append(f"pdftotext f1={f1:.4f}; missing={sorted((g - p).elements())[:12]} extra={sorted((p - g).elements())[:12]}")
    if n == ad.page_count() and n > 1:
        for i, blocks in enumerate(ad.pages(), 1):
            parts = ([ad.header_text(i)] if ad.header else []) + [block_text(b, ad.producer) for b in blocks] + ([ad.footer_text(i)] if ad.footer else [])
            pf1, _ = f1_order("\n".join(parts), dehyphen(pdftotext(pdf, i)))
            if pf1 < 0.97:
                notes.append(f"page {i}: pdftotext f1={pf1:.3f}")
    return notes, f1, order, n


# ----------------------------------------------------------------------------- main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--only", help="comma-separated names")
    ap.add_argument("--keep-sources", action="store_true", help="keep HTML/DOCX/TeX/roff sources in OUT_DIR/src")
    args = ap.parse_args(argv)
    from ads import ADS

    names = set(args.only.split(",")) if args.only else None
    os.makedirs(args.out_dir, exist_ok=True)
    seen = set()
    index_rows = []
    failures = 0
    for ad in ADS:
        assert ad.name not in seen, ad.name
        seen.add(ad.name)
        if names and ad.name not in names:
            continue
        work = tempfile.mkdtemp(prefix="holdout-")
        out_pdf = os.path.join(args.out_dir, ad.name + ".pdf")
        try:
            PRODUCERS[ad.producer](ad, out_pdf, work)
        except Exception as e:  # report and go on
            print(f"FAIL {ad.name}: {e}", file=sys.stderr)
            failures += 1
            continue
        finally:
            if args.keep_sources:
                sd = os.path.join(args.out_dir, "src")
                os.makedirs(sd, exist_ok=True)
                for f in os.listdir(work):
                    if os.path.splitext(f)[1] in (".html", ".docx", ".odt", ".tex", ".roff"):
                        shutil.copy(os.path.join(work, f), sd)
            shutil.rmtree(work, ignore_errors=True)
        gold = gold_text(ad)
        probs = check_fields(ad, gold if gold else visible_text(ad))
        notes, f1, order, n = check_pdf(ad, out_pdf, gold)
        doc = {"producer": ad.producer, "language": ad.lang, "layout": ad.layout, "text": gold, "job": gold_job(ad)}
        with open(os.path.join(args.out_dir, ad.name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        status = "ok" if not probs and not notes else "CHECK"
        print(f"{status:5} {ad.name:40} {ad.producer:17} {ad.layout:19} pages={n} "
              f"pdftotext_f1={'' if f1 is None else f'{f1:.4f}'} order={'' if order is None else f'{order:.4f}'}")
        for p in probs + notes:
            print("      - " + p)
        index_rows.append((ad.name, ad.producer, ad.lang, ad.layout, n, os.path.getsize(out_pdf),
                           "" if f1 is None else round(f1, 4), "" if order is None else round(order, 4)))
    if not names:
        with open(os.path.join(args.out_dir, "INDEX.tsv"), "w", encoding="utf-8") as f:
            f.write("name\tproducer\tlanguage\tlayout\tpages\tbytes\tpdftotext_f1\tpdftotext_order\n")
            for r in index_rows:
                f.write("\t".join(str(x) for x in r) + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
