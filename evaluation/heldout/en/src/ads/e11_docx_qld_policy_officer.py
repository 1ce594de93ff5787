NAME = "e11_docx_qld_policy_officer"
PRODUCER = "LibreOffice Writer 7.4 (python-docx .docx -> soffice --convert-to pdf)"
STYLE = "government posting (Word-like, label/value table)"
NEEDS_CHROME = False

import os
import lib
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _field(par, code):
    r = par.add_run()
    for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", None), ("w:fldChar", {"w:fldCharType": "end"})):
        el = OxmlElement(tag)
        if attr:
            for k, v in attr.items():
                el.set(qn(k), v)
        else:
            el.set(qn("xml:space"), "preserve"); el.text = code
        r._r.append(el)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


ROWS = [
    ("Position title", "Senior Policy Officer – Housing Supply"),
    ("Agency", "Department of Regional Housing and Infrastructure"),
    ("Division / Branch", "Housing Policy and Strategy Division / Housing Supply Branch"),
    ("Classification", "AO6"),
    ("Salary range", "$119,154 – $127,658 per annum, plus up to 12.75% employer superannuation"),
    ("Employment status", "Temporary full-time for 12 months, with possible extension"),
    ("Work location", "1 William Street, Brisbane QLD 4000"),
    ("Job ad reference", "QLD/RHI/51234/26"),
    ("Closing date", "11-Jan-2027 (11:59 pm AEST)"),
    ("Contact officer", "Priya Raman, Director, Housing Supply – (07) 3035 6612"),
]


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL"); r.bold = True; r.font.color.rgb = RGBColor(0xC0, 0, 0); r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Role description – Senior Policy Officer (QLD/RHI/51234/26)      Page ").font.size = Pt(8)
    _field(fp, "PAGE"); fp.add_run(" of "); _field(fp, "NUMPAGES")
    fp2 = sec.footer.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("OFFICIAL"); r.bold = True; r.font.color.rgb = RGBColor(0xC0, 0, 0); r.font.size = Pt(9)

    p = d.add_paragraph(); r = p.add_run("Queensland Government"); r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    p = d.add_paragraph(); r = p.add_run("Role description"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x6A, 0x1B, 0x33)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in ROWS:
        c = t.add_row().cells
        c[0].width = Cm(4.5); c[1].width = Cm(12.1)
        c[0].paragraphs[0].add_run(k).bold = True; _shade(c[0], "EFE7EA")
        c[1].paragraphs[0].add_run(v)
    t.autofit = False
    for col, w in zip(t.columns, (Cm(4.5), Cm(12.1))):
        col.width = w
    d.add_paragraph()

    def h(text):
        p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x6A, 0x1B, 0x33)
    def para(text):
        d.add_paragraph(text)
    def bullets(items):
        for it in items:
            d.add_paragraph(it, style="List Bullet")

    h("About our department")
    para("The Department of Regional Housing and Infrastructure leads the Queensland Government's work to increase the supply "
         "of well-located, affordable homes. We partner with local councils, community housing providers and the development "
         "industry to unlock land, coordinate enabling infrastructure and remove barriers to construction in regional centres "
         "and South East Queensland.")
    h("About the role")
    para("The Senior Policy Officer will provide high-level policy advice on housing supply reforms, including planning "
         "settings, infrastructure charging and incentives for build-to-rent and social housing. You will lead the development "
         "of briefing notes, Cabinet submissions and ministerial correspondence, and analyse housing approvals and completions "
         "data to track progress against the state's supply targets.")
    para("Key responsibilities include:")
    bullets([
        "Leading research and policy analysis on housing supply and land-use planning issues, and preparing options papers for the executive.",
        "Drafting high-quality Cabinet submissions, briefing notes and speeches within tight timeframes.",
        "Building and maintaining dashboards in Power BI and data models in Microsoft Excel to monitor approvals, commencements and completions.",
        "Undertaking cost-benefit analysis of proposed reforms, in consultation with Queensland Treasury.",
        "Representing the branch on interagency working groups and with industry and local government stakeholders.",
    ])
    h("Essential criteria")
    para("In the context of the role described above, the ideal applicant will be someone who can demonstrate the following:")
    bullets([
        "Policy expertise: demonstrated ability to research, analyse and develop innovative policy options on complex, contested issues.",
        "Written communication: a proven record of writing clear, persuasive briefs and Cabinet-level documents for senior executives and Ministers.",
        "Analytical skills: the ability to interpret quantitative data, including ABS Census and building approvals data, and present it to non-specialist audiences.",
        "Stakeholder engagement: the capacity to build productive relationships with councils, industry bodies and the community housing sector.",
        "Judgement: sound judgement and discretion in handling sensitive and confidential matters.",
    ])
    h("Desirable criteria")
    bullets([
        "Tertiary qualifications in public policy, economics, urban planning or a related discipline.",
        "Knowledge of the Queensland planning framework, including the Planning Act 2016.",
        "Experience working in a central agency or a ministerial office.",
    ])
    h("How to apply")
    para("Please submit a two-page statement addressing the essential criteria in the context of the role, together with your "
         "current résumé including the names and contact details of two referees. Applications must be lodged online at "
         "https://www.careers.rhi.qld.gov.au/jobs/QLD-RHI-51234-26 before the closing date. Late applications cannot be accepted.")
    para("Flexible work: the department supports flexible working arrangements, including part-time hours and working from "
         "home, in line with our Flexible Work Framework.")
    para("Pre-employment checks, including criminal history checks, may be undertaken on persons recommended for employment. "
         "Roles requiring a Working with Children Check will be identified in the recruitment process. This temporary "
         "vacancy may be used to fill future temporary or permanent vacancies at the same classification within 12 months.")
    para("The department is committed to building inclusive cultures in the Queensland public sector that respect and promote "
         "human rights and diversity. Aboriginal and Torres Strait Islander peoples, people with disability and people from "
         "culturally and linguistically diverse backgrounds are encouraged to apply.")
    d.save(path)


def render(out, chrome):
    src = os.path.join(lib.BUILD, NAME + ".docx")
    build_docx(src)
    lib.soffice(src, out)


GOLD = {
    "title": "Senior Policy Officer – Housing Supply",
    "company": "Department of Regional Housing and Infrastructure",
    "location": "1 William Street, Brisbane QLD 4000",
    "employment_type": "temporary",
    "workplace": None,
    "salary": {"min": 119154, "max": 127658, "currency": "AUD", "period": "year"},
    "experience_years": None,
    "education": "Tertiary qualifications in public policy, economics, urban planning or a related discipline (desirable)",
    "skills": ["Power BI", "Microsoft Excel", "Cabinet submissions", "cost-benefit analysis", "ABS Census"],
    "email": None,
    "phone": "(07) 3035 6612",
    "url": "https://www.careers.rhi.qld.gov.au/jobs/QLD-RHI-51234-26",
    "deadline": "2027-01-11",
    "posted": None,
    "key_phrases": [
        "infrastructure charging and incentives for build-to-rent and social housing",
        "track progress against the state's supply targets",
        "a two-page statement addressing the essential criteria",
        "Late applications cannot be accepted.",
    ],
    "notes": "Word-style role description built with python-docx and converted by LibreOffice; header/footer 'OFFICIAL' markings "
             "and 'Page n of N'. Label/value table. Salary '$119,154 – $127,658 per annum' in a Queensland Government ad -> AUD; "
             "'12.75% employer superannuation' is not pay. 'Temporary full-time for 12 months' -> temporary. The flexible-work "
             "paragraph (working from home under a framework) is a benefit, not a stated workplace -> null. Closing date "
             "'11-Jan-2027'. Phone is the contact officer's. Education is a desirable criterion, noted as such. "
             "'12 months' in the last paragraph is a merit-pool period, not experience; no experience years stated.",
}
