"""Helpers for writing sources: HTML bits, python-docx documents, the XeLaTeX preamble
(same file in az/src and ru/src)."""
import os
from common import BUILD

FONT_DIR = "/usr/share/fonts/truetype"
DEJAVU = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
DEJAVU_B = f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"
NOTO = f"{FONT_DIR}/noto/NotoSans-Regular.ttf"
NOTO_B = f"{FONT_DIR}/noto/NotoSans-Bold.ttf"


def src(name, ext):
    return os.path.join(BUILD, name + "." + ext)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def docx_doc(font="Liberation Sans", size=11):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = Document()
    for sname in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet"):
        st = d.styles[sname]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:ascii"), font)
        st.element.rPr.rFonts.set(qn("w:hAnsi"), font)
        st.element.rPr.rFonts.set(qn("w:cs"), font)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    d.styles["Normal"].font.size = Pt(size)
    return d


def para(d, text, bold=False, size=None, align=None, italic=False, color=None, space_after=None):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "justify": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def label_para(d, label, value):
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(value)
    p.paragraph_format.space_after = 0
    return p


def bullets(d, items):
    for i in items:
        p = d.add_paragraph(i, style="List Bullet")
        p.paragraph_format.space_after = 0


def header_text(d, text, footer=None):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = text
    if footer:
        sec.footer.paragraphs[0].text = footer


TEX_HEAD = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\usepackage[margin=2cm]{geometry}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage{multicol}
\setmainfont{DejaVu Serif}[Ligatures={NoCommon}]
\setsansfont{DejaVu Sans}[Ligatures={NoCommon}]
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlist{nosep,leftmargin=1.2em}
"""


