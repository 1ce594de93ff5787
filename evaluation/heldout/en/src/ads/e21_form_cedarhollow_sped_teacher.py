NAME = "e21_form_cedarhollow_sped_teacher"
PRODUCER = "reportlab 4 (canvas, filled-in form with boxes and check-boxes)"
STYLE = "filled-in form"
NEEDS_CHROME = False

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

DV = "/usr/share/fonts/truetype/dejavu/"
W, H = letter
M = 40


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur); cur = w
    if cur:
        out.append(cur)
    return out


class Form:
    def __init__(self, c):
        self.c = c; self.y = H - 118

    def field(self, x, w, label, value, h=None, size=9.5):
        c = self.c
        lines = wrap(value, "Mono", size, w - 10) if value else [""]
        h = h or max(30, 16 + 12 * len(lines))
        c.setStrokeColor(HexColor("#555555")); c.setLineWidth(0.6); c.rect(x, self.y - h, w, h)
        c.setFont("DV", 6.8); c.setFillColor(HexColor("#444444")); c.drawString(x + 3, self.y - 8, label.upper())
        c.setFillColor(HexColor("#10308a"))
        yy = self.y - 19
        for ln in lines:
            c.setFont("Mono", size); c.drawString(x + 5, yy, ln); yy -= 12
        c.setFillColor(black)
        return h

    def row(self, specs):
        x = M; hs = []
        total = W - 2 * M
        lines_h = max(max(30, 16 + 12 * len(wrap(v, "Mono", 9.5, total * f - 10))) if v else 30 for f, _, v in specs)
        for frac, label, value in specs:
            w = total * frac
            self.field(x, w, label, value, h=lines_h); x += w
        self.y -= lines_h

    def checks(self, label, opts):
        c = self.c; h = 30; total = W - 2 * M
        c.rect(M, self.y - h, total, h)
        c.setFont("DV", 6.8); c.setFillColor(HexColor("#444444")); c.drawString(M + 3, self.y - 8, label.upper())
        x = M + 6
        for text, on in opts:
            c.setFont("DV", 10.5); c.setFillColor(HexColor("#10308a") if on else black)
            c.drawString(x, self.y - 22, ("☒ " if on else "☐ ") + text)
            x += stringWidth("☐ " + text, "DV", 10.5) + 18
        c.setFillColor(black); self.y -= h

    def section(self, title):
        c = self.c; self.y -= 8
        c.setFillColor(HexColor("#d9e2ef")); c.rect(M, self.y - 16, W - 2 * M, 16, fill=1, stroke=0)
        c.setFillColor(black); c.setFont("DVB", 9); c.drawString(M + 4, self.y - 12, title); self.y -= 16


def header(c, page, total):
    c.setFont("DVB", 13); c.drawString(M, H - 48, "NORTHLAND WORKFORCE CENTER")
    c.setFont("DV", 9); c.drawString(M, H - 62, "Employer Services · 402 W 1st Street, Duluth, MN 55802 · Job order intake")
    c.setFont("DVB", 16); c.drawRightString(W - M, H - 50, "JOB ORDER FORM")
    c.setFont("DV", 8); c.drawRightString(W - M, H - 63, "Form NWC-JO-3 (rev. 03/2025)")
    c.setLineWidth(1.2); c.line(M, H - 72, W - M, H - 72)
    c.setFont("DV", 7.5); c.drawString(M, H - 86, "Please type or print clearly. Job orders are posted to the state job bank within 2 business days.")
    c.drawString(M, H - 96, "For office use: Order No. 26-4471 · Entered by: KJ")
    c.setFont("DV", 7.5); c.drawRightString(W - M, 26, f"NWC-JO-3 · Page {page} of {total}")


def render(out, chrome):
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", DV + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Mono", DV + "DejaVuSansMono.ttf"))
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle("Job Order Form"); c.setAuthor("NWC"); c.setCreator("NWC forms")
    header(c, 1, 2)
    f = Form(c)
    f.section("SECTION A — EMPLOYER INFORMATION")
    f.row([(0.6, "Employer / organization name", "Cedar Hollow School District (ISD No. 742)"), (0.4, "Federal EIN", "41-6000000")])
    f.row([(0.6, "Mailing address", "1200 Woodland Ave, Duluth, MN 55803"), (0.4, "Industry", "Elementary & secondary schools")])
    f.row([(0.36, "Contact person / title", "Rebecca Lindqvist, HR Generalist"), (0.2, "Phone", "218-555-0144"),
           (0.44, "E-mail", "rlindqvist@cedarhollow.k12.mn.us")])
    f.section("SECTION B — POSITION INFORMATION")
    f.row([(0.65, "Job title", "Special Education Teacher (Grades 6–8, Learning Support)"), (0.35, "No. of openings", "1")])
    f.row([(1.0, "Work site address (if different from mailing address)",
            "Cedar Hollow Middle School, 880 Orchard Lane, Duluth, MN 55811")])
    f.checks("Employment type", [("Full-time", True), ("Part-time", False), ("Temporary / seasonal", False), ("Internship", False)])
    f.checks("Work site", [("On-site", True), ("Remote", False), ("Hybrid", False)])
    f.row([(0.5, "Wage / salary", "$52,300 – $84,900 per year (per 2025–27 master agreement, placement by education and experience)"),
           (0.25, "Hours per week", "37.5 (contract year 186 days)"), (0.25, "Shift", "Days, 7:30 am – 3:30 pm")])
    f.row([(0.34, "Start date", "01/25/2027"), (0.33, "Application closing date", "01/22/2027"), (0.33, "Date of this order", "12/08/2026")])
    f.section("SECTION C — DUTIES AND REQUIREMENTS")
    f.row([(1.0, "Job duties", "Provide specialized reading, writing and math instruction to students with learning disabilities "
            "and other health disabilities in resource-room and co-taught settings. Write and manage IEPs for a caseload of about "
            "14 students, lead IEP meetings, and progress-monitor with curriculum-based measures. Collaborate with general "
            "education teachers, paraprofessionals, the school psychologist and families.")])
    f.row([(1.0, "Minimum education / license", "Bachelor's degree and a Minnesota Tier 3 or Tier 4 teaching license in "
            "Academic and Behavioral Strategist (ABS) or Learning Disabilities")])
    f.row([(0.5, "Experience required", "1–2 years teaching experience preferred; student teaching in special education considered"),
           (0.5, "Skills / certifications", "IEP writing; Orton-Gillingham or Wilson Reading System training; CPI Nonviolent Crisis Intervention (or willing to obtain)")])
    c.setFont("DV", 7.5); c.drawString(M, 40, "Continued on page 2")
    c.showPage()
    header(c, 2, 2)
    f = Form(c)
    f.section("SECTION D — HOW TO APPLY")
    f.checks("Application method", [("Apply online", True), ("E-mail résumé", False), ("In person", False), ("Call employer", False)])
    f.row([(1.0, "Instructions to applicants", "Apply online at https://www.cedarhollow.k12.mn.us/jobs (posting ID 2026-SPED-17). "
            "Attach a cover letter, résumé, copy of license and three letters of reference. Questions: Rebecca Lindqvist, 218-555-0144.")])
    f.row([(1.0, "Benefits", "Health, dental and life insurance; TRA pension; 12 sick days; tuition reimbursement for licensure coursework")])
    f.section("SECTION E — EMPLOYER CERTIFICATION")
    f.row([(0.5, "Signature", "/s/ R. Lindqvist"), (0.5, "Date", "12/08/2026")])
    c.setFont("DV", 7.5)
    for i, ln in enumerate(wrap("The employer certifies that this job order is not the result of a strike or lockout, that the "
                                "position complies with federal and state labor laws, and that the employer does not discriminate "
                                "in hiring on the basis of any protected class. Northland Workforce Center is an equal opportunity "
                                "employer/program; auxiliary aids and services are available upon request to individuals with "
                                "disabilities.", "DV", 7.5, W - 2 * M)):
        c.drawString(M, f.y - 16 - 10 * i, ln)
    c.showPage(); c.save()


GOLD = {
    "title": "Special Education Teacher (Grades 6–8, Learning Support)",
    "company": "Cedar Hollow School District",
    "location": "Cedar Hollow Middle School, 880 Orchard Lane, Duluth, MN 55811",
    "employment_type": "full_time",
    "workplace": "onsite",
    "salary": {"min": 52300, "max": 84900, "currency": "USD", "period": "year"},
    "experience_years": {"min": 1, "max": 2},
    "education": "Bachelor's degree and a Minnesota Tier 3 or Tier 4 teaching license in Academic and Behavioral Strategist (ABS) or Learning Disabilities",
    "skills": ["IEP", "Orton-Gillingham", "Wilson Reading System", "CPI Nonviolent Crisis Intervention", "curriculum-based measures"],
    "email": "rlindqvist@cedarhollow.k12.mn.us",
    "phone": "218-555-0144",
    "url": "https://www.cedarhollow.k12.mn.us/jobs",
    "deadline": "2027-01-22",
    "posted": None,
    "key_phrases": [
        "in resource-room and co-taught settings",
        "Write and manage IEPs for a caseload",
        "tuition reimbursement for licensure coursework",
        "this job order is not the result of a strike",
    ],
    "notes": "A workforce center's job-order form filled in by the employer, drawn with reportlab: labelled boxes with typed "
             "(monospace) values and ☒/☐ check-boxes; both checked and unchecked options are in the text. The form issuer "
             "'NORTHLAND WORKFORCE CENTER' (header) is not the employer -> company Cedar Hollow School District ('(ISD No. 742)' "
             "dropped). Location = work-site box (the mailing address 1200 Woodland Ave is HQ). ☒ Full-time, ☒ On-site. "
             "'Application closing date 01/22/2027' (US mm/dd) -> 2027-01-22; 'Date of this order 12/08/2026' is the form date, not "
             "a posting date -> posted null; start date 01/25/2027 not a deadline. '1–2 years ... preferred' -> 1..2. The "
             "application route is the online URL (the contact's e-mail is in section A).",
}
