#!/usr/bin/env python3
"""School poster (fpdf2, A4 landscape): big title, two columns."""
import sys
from fpdf import FPDF

D = "/usr/share/fonts/truetype/noto/"
out = sys.argv[1]
pdf = FPDF(orientation="L", unit="mm", format="A4")
pdf.set_producer("PyFPDF/fpdf2")
pdf.set_title("Zəka Özəl Məktəbi - ingilis dili müəllimi")
pdf.set_author("Zəka Özəl Məktəbi")
pdf.add_font("NS", "", D + "NotoSans-Regular.ttf")
pdf.add_font("NS", "B", D + "NotoSans-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
W, H = 297, 210

pdf.set_fill_color(0, 98, 155); pdf.rect(0, 0, W, 48, style="F")
pdf.set_fill_color(255, 196, 0); pdf.rect(0, 48, W, 3, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_xy(0, 8); pdf.set_font("NS", "B", 13)
pdf.cell(W, 7, "ZƏKA ÖZƏL MƏKTƏBİ  ·  Sumqayıt", align="C")
pdf.set_xy(0, 17); pdf.set_font("NS", "B", 34)
pdf.cell(W, 16, "İngilis dili müəllimi", align="C")
pdf.set_xy(0, 35); pdf.set_font("NS", "", 13)
pdf.cell(W, 7, "yanvar 2027-dən başlayaraq komandamıza qoşulun!", align="C")

pdf.set_text_color(30, 30, 30)
pdf.set_xy(20, 57); pdf.set_font("NS", "", 11.5)
pdf.multi_cell(W - 40, 6, "Zəka Özəl Məktəbi ibtidai və orta siniflər üçün yarımştat ingilis dili müəllimi axtarır. "
               "Dərslər həftədə 18 saat, əsasən günün birinci yarısında keçirilir. "
               "Məktəb Sumqayıt şəhəri, 9-cu mikrorayonda yerləşir.", align="C")

def column(x, y, w, head, items):
    pdf.set_xy(x, y); pdf.set_font("NS", "B", 15); pdf.set_text_color(0, 98, 155)
    pdf.cell(w, 9, head)
    pdf.set_text_color(30, 30, 30); pdf.set_font("NS", "", 11.5)
    yy = y + 12
    for it in items:
        pdf.set_xy(x, yy); pdf.cell(5, 6, "•")
        pdf.set_xy(x + 5, yy); pdf.multi_cell(w - 5, 6, it)
        yy = pdf.get_y() + 1.5
    return yy

colw = (W - 40 - 16) / 2
column(20, 80, colw, "Namizədə tələblər", [
    "Ali pedaqoji təhsil (ingilis dili ixtisası);",
    "Müəllimlik sahəsində 2 ildən az olmayaraq təcrübə;",
    "IELTS 7.0 və ya ekvivalent sertifikat;",
    "Smart lövhə və MS PowerPoint ilə dərs hazırlamaq bacarığı;",
    "Cambridge proqramı ilə işləmək üstünlük sayılır.",
])
column(20 + colw + 16, 80, colw, "Şərtlər", [
    "Yarımştat, həftədə 18 dərs saatı;",
    "Dərs saatı üçün 15 AZN;",
    "Metodiki dəstək və pulsuz təlimlər;",
    "Müəllimin övladı üçün təhsil haqqında 50% endirim;",
    "Rahat iş mühiti, müasir təchiz olunmuş siniflər.",
])

pdf.set_fill_color(255, 244, 204); pdf.rect(20, 168, W - 40, 30, style="F")
pdf.set_xy(20, 171); pdf.set_font("NS", "B", 13)
pdf.cell(W - 40, 7, "Son müraciət: 05.01.2027", align="C")
pdf.set_xy(20, 179); pdf.set_font("NS", "", 11.5)
pdf.cell(W - 40, 7, "CV göndərin: kadr@zekamektebi.az   ·   Tel: (018) 655 40 12", align="C")
pdf.set_xy(20, 186); pdf.cell(W - 40, 7, "Ətraflı: www.zekamektebi.az/vakansiyalar", align="C")
pdf.output(out)
