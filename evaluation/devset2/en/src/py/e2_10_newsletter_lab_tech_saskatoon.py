"""Two-column company newsletter with a boxed "We're hiring" notice, built with ReportLab platypus."""
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak

W, H = letter
GREEN = colors.HexColor("#3b6e22"); GOLD = colors.HexColor("#d9a521")

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.6, leading=12.2, spaceAfter=5, alignment=4)
head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=15, textColor=GREEN, spaceBefore=4, spaceAfter=3)
kick = ParagraphStyle("k", fontName="Helvetica-Oblique", fontSize=8.5, leading=10, textColor=colors.grey, spaceAfter=4)
hb = ParagraphStyle("hb", fontName="Helvetica", fontSize=9, leading=11.4, spaceAfter=3)
hbt = ParagraphStyle("hbt", fontName="Helvetica-Bold", fontSize=15, leading=18, textColor=colors.white)
hbs = ParagraphStyle("hbs", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=GREEN, spaceAfter=3)


def masthead(c, doc):
    c.saveState()
    c.setFillColor(GREEN); c.rect(0.6 * inch, H - 1.35 * inch, W - 1.2 * inch, 0.8 * inch, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 30); c.drawString(0.8 * inch, H - 1.05 * inch, "The Kernel")
    c.setFont("Helvetica", 9); c.drawRightString(W - 0.8 * inch, H - 0.85 * inch, "News from Prairie Grain Analytics Inc.")
    c.drawRightString(W - 0.8 * inch, H - 1.05 * inch, "Winter 2026  |  Issue 31")
    c.setFillColor(GOLD); c.rect(0.6 * inch, H - 1.42 * inch, W - 1.2 * inch, 0.05 * inch, fill=1, stroke=0)
    c.setFillColor(colors.grey); c.setFont("Helvetica", 7.5)
    c.drawString(0.6 * inch, 0.45 * inch, "Prairie Grain Analytics Inc.  |  410 Cynthia Street, Saskatoon, SK S7L 7A1  |  prairiegrain.ca")
    c.drawRightString(W - 0.6 * inch, 0.45 * inch, f"Page {doc.page}")
    c.restoreState()


def hiring_box():
    rows = [
        [Paragraph("WE'RE HIRING!", hbt)],
        [Paragraph("Quality Control Laboratory Technician", hbs)],
        [Paragraph("Our Saskatoon, SK lab is growing, and we need another careful pair of hands on the bench. "
                   "You will run moisture testing, protein by near-infrared (NIR) analysis, Falling Number and "
                   "mycotoxin screening on wheat, durum, canola and pulse samples, and record results in our LIMS.", hb)],
        [Paragraph("<b>You have:</b> a diploma in Chemical Technology or Biological Sciences, or a BSc; "
                   "1-3 years of laboratory experience, ideally in food or grain; some exposure to HPLC; "
                   "and an understanding of ISO/IEC 17025 quality systems.", hb)],
        [Paragraph("<b>Pay:</b> CAD 58,000\u201364,000 annually, plus our profit-sharing plan, health and dental "
                   "benefits from day one, and a boot allowance.", hb)],
        [Paragraph("<b>Apply by January 8, 2027</b> with a resume and cover letter to careers@prairiegrain.ca. "
                   "Questions? Call Dr. Anneke Vos, Lab Director, at (306) 555-0147.", hb)],
    ]
    t = Table(rows, colWidths=[3.35 * inch])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), GREEN), ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#fbf3dc")),
        ("BOX", (0, 0), (-1, -1), 1.5, GOLD), ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def build(out_pdf):
    doc = BaseDocTemplate(out_pdf, pagesize=letter, title="The Kernel - Winter 2026", author="Prairie Grain Analytics Inc.",
                          leftMargin=0.6 * inch, rightMargin=0.6 * inch, topMargin=1.55 * inch, bottomMargin=0.7 * inch)
    gap = 0.25 * inch; cw = (W - 1.2 * inch - gap) / 2; fh = H - 1.55 * inch - 0.7 * inch
    frames = [Frame(0.6 * inch, 0.7 * inch, cw, fh, id="c1", leftPadding=0, rightPadding=0),
              Frame(0.6 * inch + cw + gap, 0.7 * inch, cw, fh, id="c2", leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=masthead)])
    s = []
    s.append(Paragraph("2026 Harvest in Review", head))
    s.append(Paragraph("By Tomasz Kowalczyk, Client Services", kick))
    s.append(Paragraph("Our receiving dock logged 18,412 samples between August 1 and November 30, the busiest season in the "
                       "company's 22-year history. Average protein on Canada Western Red Spring came in at 13.6%, slightly "
                       "above the five-year average, while Falling Number values held up well despite a wet week in "
                       "mid-September. Clients who sent samples through the online portal received certificates of "
                       "analysis in an average of 31 hours.", body))
    s.append(Paragraph("Cash wheat prices at Saskatoon-area elevators averaged $9.80 per bushel in November, down from "
                       "$10.45 a year earlier. Canola pricing remained firm.", body))
    s.append(Paragraph("Accreditation Renewed", head))
    s.append(Paragraph("In October the Standards Council of Canada completed its reassessment of our laboratory and renewed "
                       "our accreditation to ISO/IEC 17025 for another four years, with no major findings. Thank you to "
                       "everyone who spent weekends preparing the document control system.", body))
    s.append(Paragraph("New Mycotoxin Panel", head))
    s.append(Paragraph("From February we will offer a six-toxin LC-MS/MS panel for deoxynivalenol, zearalenone, ochratoxin A "
                       "and the aflatoxins, with results in three business days. Ask your account manager for pricing.", body))
    s.append(Paragraph("Summer Students 2027", head))
    s.append(Paragraph("Our summer student program returns in May. Summer students earn $18.50/hour and gain real "
                       "lab experience. Applications open in March through the University "
                       "of Saskatchewan career centre.", body))
    s.append(FrameBreak())
    s.append(hiring_box())
    s.append(Spacer(1, 8))
    s.append(Paragraph("Milestones", head))
    s.append(Paragraph("Congratulations to Priya Raman (15 years), Greg Olafson (10 years) and Marie-Claude Fortin (5 years). "
                       "Greg's chili again took first place at the staff cook-off.", body))
    s.append(Paragraph("Holiday Hours", head))
    s.append(Paragraph("The lab will close at noon on December 24 and reopen on January 4. Samples received during the closure "
                       "will be processed in order of arrival.", body))
    doc.build(s)
