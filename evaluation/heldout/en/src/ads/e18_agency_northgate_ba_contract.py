NAME = "e18_agency_northgate_ba_contract"
PRODUCER = "LibreOffice Writer 7.4 (python-docx .docx -> soffice --convert-to pdf)"
STYLE = "staffing agency, unnamed client"
NEEDS_CHROME = False

import os
import lib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Noto Sans"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("NORTHGATE TALENT PARTNERS"); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x0E, 0x5A, 0x8A)
    hp.add_run("\tIT & Financial Services Staffing").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Northgate Talent Partners, LLC · 301 S Tryon St, Suite 1700, Charlotte, NC 28202 · (704) 555-0176 · "
                   "Confidential – for candidate use only")
    r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    def h(t):
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(8)
        r = p.add_run(t); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x0E, 0x5A, 0x8A)
    def kv(k, v):
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        p.add_run(k + ": ").bold = True; p.add_run(v)
    def bl(items):
        for it in items:
            d.add_paragraph(it, style="List Bullet")

    p = d.add_paragraph(); r = p.add_run("Business Analyst – Payments & AML Platforms (Contract)"); r.bold = True; r.font.size = Pt(16)
    kv("Req #", "NTP-24117")
    kv("Location", "Charlotte, NC")
    kv("Work model", "Hybrid – 3 days onsite in Uptown Charlotte, 2 days remote")
    kv("Duration", "6-month contract with strong likelihood of extension")
    kv("Rate", "$62–$70/hr on W2 (no C2C)")
    kv("Start", "January 2027")
    h("Overview")
    d.add_paragraph("Our client, a leading regional bank headquartered in the Southeast, is modernizing its payments and "
                    "anti-money-laundering (AML) platforms and needs an experienced Business Analyst to join a cross-functional "
                    "delivery team. You will sit between compliance, operations and engineering, turning regulatory and business "
                    "needs into clear, testable requirements for a new transaction-monitoring solution.")
    h("Responsibilities")
    bl([
        "Run requirements workshops with AML investigators, compliance officers and product owners",
        "Document current- and future-state processes in BPMN and Visio",
        "Write user stories and acceptance criteria in JIRA and maintain the requirements library in Confluence",
        "Query source systems with SQL to profile data and validate transaction-monitoring rules",
        "Support UAT planning, defect triage and production readiness for each release",
        "Prepare status reporting for the program manager and steering committee",
    ])
    h("Required qualifications")
    bl([
        "5+ years of business analysis experience, with at least 2 years in banking or financial services",
        "Hands-on SQL skills (Oracle or SQL Server)",
        "Working knowledge of AML / BSA regulations, KYC or sanctions screening",
        "Experience delivering in an Agile (Scrum or SAFe) environment",
        "Bachelor's degree in Business, Finance, Information Systems or equivalent experience",
    ])
    h("Preferred")
    bl(["Experience with Actimize, Verafin or a comparable transaction-monitoring product",
        "CBAP or PMI-PBA certification"])
    h("How to apply")
    d.add_paragraph("Send your resume, hourly rate expectations and availability to submit@northgatetalent.com with "
                    "\"NTP-24117\" in the subject line, or call our Charlotte office at (704) 555-0176. Candidates must be able "
                    "to work on a W2 basis without sponsorship; the client cannot consider corp-to-corp arrangements.")
    p = d.add_paragraph(); r = p.add_run(
        "Benefits available to Northgate W2 consultants include medical, dental and vision coverage, a 401(k) plan and weekly "
        "direct-deposit pay. Northgate Talent Partners is an Equal Opportunity Employer. Know someone who would be a fit? "
        "Our referral program pays $1,000 for every referred consultant who completes 320 hours.")
    r.font.size = Pt(8.5); r.italic = True
    d.save(path)


def render(out, chrome):
    src = os.path.join(lib.BUILD, NAME + ".docx")
    build_docx(src)
    lib.soffice(src, out)


GOLD = {
    "title": "Business Analyst – Payments & AML Platforms (Contract)",
    "company": "Northgate Talent Partners",
    "location": "Charlotte, NC",
    "employment_type": "contract",
    "workplace": "hybrid",
    "salary": {"min": 62, "max": 70, "currency": "USD", "period": "hour"},
    "experience_years": {"min": 5, "max": None},
    "education": "Bachelor's degree in Business, Finance, Information Systems or equivalent experience",
    "skills": ["SQL", "BPMN", "Visio", "JIRA", "Confluence", "Actimize", "CBAP", "KYC"],
    "email": "submit@northgatetalent.com",
    "phone": "(704) 555-0176",
    "url": None,
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "turning regulatory and business needs into clear, testable requirements",
        "Run requirements workshops with AML investigators",
        "Support UAT planning, defect triage and production readiness",
        "the client cannot consider corp-to-corp arrangements",
    ],
    "notes": "Staffing-agency job sheet (python-docx -> LibreOffice) with the agency letterhead in the page header and its "
             "address in the footer. Client unnamed ('a leading regional bank') -> company = Northgate Talent Partners. "
             "'6-month contract', W2 -> contract. 'Rate: $62–$70/hr on W2' -> USD hour; the '$1,000' referral program and "
             "'320 hours' are traps. 'Hybrid – 3 days onsite' -> hybrid. '5+ years ..., at least 2 years in banking' -> min 5. "
             "'Start: January 2027' is not a deadline.",
}
