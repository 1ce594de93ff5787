"""Irish publicjobs.ie 'Candidate Information Booklet' (cover page, contents, numbered sections, conditions of service),
built with ReportLab platypus."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, PageBreak, ListFlowable, ListItem)

W, H = A4
GREEN = colors.HexColor("#00614f"); LIGHT = colors.HexColor("#e6f1ee")
body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6, alignment=4)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=GREEN, spaceBefore=10, spaceAfter=5)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=colors.black, spaceBefore=6, spaceAfter=3)
cov1 = ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=30, leading=36, textColor=GREEN)
cov2 = ParagraphStyle("c2", fontName="Helvetica", fontSize=16, leading=22)
cov3 = ParagraphStyle("c3", fontName="Helvetica-Bold", fontSize=12, leading=16)
toc = ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=17)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12.5)


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN); c.rect(0, H - 4.2 * cm, W, 4.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 28); c.drawString(2 * cm, H - 2.6 * cm, "publicjobs")
    c.setFont("Helvetica", 10); c.drawString(2 * cm, H - 3.3 * cm, "Public Appointments Service  |  Seirbh\u00eds um Cheapach\u00e1in Phoibl\u00ed")
    c.setFillColor(GREEN); c.rect(0, 0, W, 1.4 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, 0.55 * cm, "Chief Executive Office, Chapter House, 26/30 Upper Abbey Street, Dublin 1, D01 C7W6")
    c.restoreState()


def inner(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8); c.setFillColor(colors.grey)
    c.drawString(2 * cm, H - 1.2 * cm, "Executive Officer \u2013 Department of Agriculture, Food and the Marine")
    c.drawRightString(W - 2 * cm, H - 1.2 * cm, "Candidate Information Booklet")
    c.setStrokeColor(GREEN); c.setLineWidth(0.8); c.line(2 * cm, H - 1.35 * cm, W - 2 * cm, H - 1.35 * cm)
    c.drawCentredString(W / 2, 1.0 * cm, f"{doc.page}")
    c.drawRightString(W - 2 * cm, 1.0 * cm, "publicjobs is an equal opportunities employer")
    c.restoreState()


def ul(items):
    return ListFlowable([ListItem(Paragraph(t, body), leftIndent=12, value="\u2022") for t in items],
                        bulletType="bullet", start="\u2022", leftIndent=14, bulletFontSize=9)


def build(out_pdf):
    doc = BaseDocTemplate(out_pdf, pagesize=A4, title="Candidate Information Booklet - Executive Officer - DAFM",
                          author="publicjobs", leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    fr = Frame(2 * cm, 1.8 * cm, W - 4 * cm, H - 3.8 * cm, id="f")
    frc = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 7 * cm, id="fc")
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frc], onPage=cover),
                          PageTemplate(id="inner", frames=[fr], onPage=inner)])
    s = [Spacer(1, 1.2 * cm),
         Paragraph("Candidate Information Booklet", cov2), Spacer(1, 0.6 * cm),
         Paragraph("Executive Officer", cov1), Spacer(1, 0.3 * cm),
         Paragraph("Department of Agriculture, Food and the Marine", cov2), Spacer(1, 0.2 * cm),
         Paragraph("Portlaoise, Co. Laois", cov2), Spacer(1, 1.2 * cm),
         Paragraph("Reference: 26EO-DAFM-012", cov3),
         Paragraph("The closing date for applications is 3pm, Thursday 7th January 2027", cov3), Spacer(1, 1.2 * cm),
         Paragraph("<b>Contents</b>", toc),
         Paragraph("1. The Department &nbsp;.......................................................................... 2", toc),
         Paragraph("2. The Role &nbsp;.................................................................................... 2", toc),
         Paragraph("3. Eligibility to Compete and Essential Requirements &nbsp;............................. 2", toc),
         Paragraph("4. Principal Conditions of Service &nbsp;........................................................ 2", toc),
         Paragraph("5. How to Apply &nbsp;............................................................................. 3", toc),
         Spacer(1, 1 * cm),
         Paragraph("<i>The Public Appointments Service (publicjobs) is running this competition on behalf of the Department "
                   "of Agriculture, Food and the Marine. Please read this booklet carefully before applying.</i>", body),
         NextPageTemplate("inner"), PageBreak()]

    s += [Paragraph("1. The Department", h1),
          Paragraph("The Department of Agriculture, Food and the Marine (DAFM) develops and delivers policy and schemes for the "
                    "agri-food, forestry and marine sectors. It employs over 4,000 staff in Dublin and in regional offices, laboratories, "
                    "ports and meat plants around the country. The Portlaoise office is the Department's largest regional centre and "
                    "administers direct payments to more than 120,000 farmers.", body),
          Paragraph("2. The Role", h1),
          Paragraph("Executive Officers in Portlaoise lead small teams of Clerical Officers and are responsible for the "
                    "day-to-day administration of an area of work. The roles available in this competition are in the "
                    "Direct Payments Division and the Finance Division. Typical duties include:", body),
          ul(["Managing a team processing applications under the Basic Income Support for Sustainability (BISS) scheme on the AgFood.ie system;",
              "Resolving complex cases and queries from farmers, agents and public representatives, by phone, email and letter;",
              "Preparing reports, statistics and briefing material using Microsoft Excel and Power BI;",
              "Managing files and records on SharePoint in line with GDPR and the Department's records management policy;",
              "Carrying out checks and payment reconciliations on the Agresso Financials system;",
              "Contributing to the review and improvement of business processes."]),
          Paragraph("The Competencies for Executive Officer", h2),
          Paragraph("Candidates will be assessed against the competency framework for the Executive Officer grade: Team Leadership; "
                    "Judgement, Analysis &amp; Decision Making; Management &amp; Delivery of Results; Interpersonal &amp; Communication "
                    "Skills; Specialist Knowledge, Expertise and Self Development; and Drive &amp; Commitment.", body),
          Paragraph("3. Eligibility to Compete and Essential Requirements", h1),
          Paragraph("Candidates must, on or before the closing date, have:", body),
          ul(["(a) obtained at least Grade C3 (Higher Level) in two subjects and passed in five subjects overall in the Leaving Certificate "
              "Examination, or an equivalent qualification; <b>or</b>",
              "(b) at least two years' relevant administrative experience in the public service or the private sector, including "
              "responsibility for the work of others."]),
          Paragraph("Candidates should note that eligibility to compete is open to citizens of the European Economic Area (EEA), "
                    "the United Kingdom, and Swiss citizens, as well as certain non-EEA citizens with the appropriate stamp.", body),
          Paragraph("4. Principal Conditions of Service", h1)]
    cond = [
        ("Salary", "Executive Officer (Standard Scale, PPC): \u20ac38,445 \u2013 \u20ac61,337 per annum. This rate applies to new "
                   "entrants and reflects the deduction of an employee contribution to a pension scheme."),
        ("Starting pay", "Candidates should note that entry will be at the minimum of the scale and will not be subject to "
                         "negotiation. Different terms may apply to serving civil servants."),
        ("Tenure", "The appointment is to a full-time, permanent and pensionable position, subject to a probationary period of one year."),
        ("Location", "The positions are based in the Department's offices in Portlaoise, Co. Laois. A panel may be formed from "
                     "which future vacancies in Dublin, Cavan and Clonakilty may also be filled."),
        ("Working week", "41 hours and 15 minutes gross (35 hours net) per week, Monday to Friday, with flexitime."),
        ("Annual leave", "30 working days per year, in addition to public holidays."),
    ]
    t = Table([[Paragraph(f"<b>{k}</b>", cell), Paragraph(v, cell)] for k, v in cond], colWidths=[3.4 * cm, W - 4 * cm - 3.4 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), LIGHT), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bbdb4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 6),
          Paragraph("5. How to Apply", h1),
          Paragraph("Applications must be submitted online through www.publicjobs.ie. Candidates must complete the application "
                    "form and competency-based questions. CVs and applications received by post or email will not be accepted.", body),
          Paragraph("<b>The closing date for applications is 3pm, Thursday 7th January 2027.</b> It is the candidate's "
                    "responsibility to ensure that applications are received by this time. We recommend that you apply well in "
                    "advance of the closing date.", body),
          Paragraph("Selection methods may include shortlisting, an online assessment, a competency-based interview and a "
                    "presentation. First-round interviews are expected to take place in February 2027.", body),
          Paragraph("Should you have any queries in relation to this competition, please contact Aoife Brennan, Recruitment Unit, "
                    "publicjobs, Tel: (01) 858 7499 or email eo.agriculture@publicjobs.ie.", body),
          Paragraph("<i>The Public Appointments Service will consider requests for reasonable accommodation at any stage of the "
                    "process. publicjobs is committed to a policy of equal opportunity.</i>", body)]
    doc.build(s)
