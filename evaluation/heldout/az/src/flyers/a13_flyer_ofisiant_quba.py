#!/usr/bin/env python3
"""Hotel poster (ReportLab canvas, A4 portrait): big title, two columns."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", D + "DejaVuSansCondensed-Bold.ttf"))

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Qızılqaya Otel - ofisiant")
c.setAuthor("Qızılqaya Otel")

# background bands
c.setFillColor(colors.HexColor("#2F4858")); c.rect(0, H - 260, W, 260, fill=1, stroke=0)
c.setFillColor(colors.HexColor("#F6AE2D")); c.rect(0, H - 272, W, 12, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("DVB", 15); c.drawCentredString(W / 2, H - 50, "QIZILQAYA OTEL")
c.setFont("DV", 10); c.drawCentredString(W / 2, H - 66, "Quba rayonu · dağ kurortu")
c.setFont("DVC", 58); c.drawCentredString(W / 2, H - 150, "OFİSİANT")
c.setFont("DVB", 30); c.drawCentredString(W / 2, H - 195, "TƏLƏB OLUNUR!")
c.setFont("DV", 12)
c.drawCentredString(W / 2, H - 230, "Qış mövsümü üçün restoran komandamıza qoşulun")

intro = ParagraphStyle("i", fontName="DV", fontSize=12, leading=16, alignment=1)
p = Paragraph("Qızılqaya Otel restoranı 15 dekabr 2026 – 15 mart 2027 tarixlərində mövsümi iş üçün "
              "ofisiantlar qəbul edir. İş yeri: Quba rayonu, otelin restoranı.", intro)
f = Frame(50, H - 350, W - 100, 70, showBoundary=0)
f.addFromList([p], c)

hs = ParagraphStyle("h", fontName="DVB", fontSize=16, leading=20, textColor=colors.HexColor("#2F4858"), spaceAfter=6)
bs = ParagraphStyle("b", fontName="DV", fontSize=11.5, leading=15.5, leftIndent=12, bulletIndent=0, spaceAfter=4)
left = [Paragraph("TƏLƏBLƏR", hs)] + [Paragraph(t, bs, bulletText="●") for t in [
    "18-30 yaş arası, səliqəli görünüş;",
    "Rus dili və ya ingilis dili (danışıq səviyyəsində);",
    "Restoranda işləmək təcrübəsi üstünlükdür;",
    "R-Keeper proqramı ilə işləmək bacarığı arzuolunandır;",
    "Mehriban, çevik və komandada işləməyi bacaran;",
    "Mövsüm boyu oteldə qalmağa hazır olmaq.",
]]
right = [Paragraph("TƏKLİF EDİRİK", hs)] + [Paragraph(t, bs, bulletText="●") for t in [
    "Gündəlik 30 AZN + tiplər;",
    "Ödəniş hər həftənin sonunda;",
    "Pulsuz yataq yeri və 3 dəfə yemək;",
    "Forma otel tərəfindən verilir;",
    "Yaxşı işləyənlər yay mövsümünə də dəvət olunur.",
]]
colw = (W - 100 - 30) / 2
Frame(50, 250, colw, H - 370 - 250, showBoundary=0).addFromList(left, c)
Frame(50 + colw + 30, 250, colw, H - 370 - 250, showBoundary=0).addFromList(right, c)

c.setStrokeColor(colors.HexColor("#F6AE2D")); c.setLineWidth(2)
c.roundRect(50, 110, W - 100, 120, 12, fill=0, stroke=1)
c.setFillColor(colors.HexColor("#2F4858"))
c.setFont("DVB", 17); c.drawCentredString(W / 2, 200, "Müraciətlər 10 dekabr 2026-dək qəbul olunur")
c.setFont("DVB", 22); c.drawCentredString(W / 2, 165, "WhatsApp: +994 77 512 30 30")
c.setFont("DV", 12); c.drawCentredString(W / 2, 135, "Instagram: @qizilqaya.otel · Müsahibə Bakıda və Qubada keçirilir")
c.setFont("DV", 8); c.setFillColor(colors.grey)
c.drawCentredString(W / 2, 60, "Qızılqaya Otel MMC · Quba rayonu, Qəçrəş yolu")
c.showPage(); c.save()
