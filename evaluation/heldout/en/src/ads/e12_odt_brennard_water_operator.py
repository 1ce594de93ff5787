NAME = "e12_odt_brennard_water_operator"
PRODUCER = "LibreOffice Writer 7.4 (odfpy .odt -> soffice --convert-to pdf)"
STYLE = "government posting (Word-like, label/value table)"
NEEDS_CHROME = False

import os
import lib
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, HeaderStyle, FooterStyle,
                       HeaderFooterProperties)
from odf.text import P, H, List, ListItem, Span, PageNumber, PageCount
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.style import Header, Footer

ROWS = [
    ("Position title", "Water Treatment Plant Operator II"),
    ("Department", "Brennard County Water Authority – Operations Division"),
    ("Classification", "Operator II – Represented (AFSCME Local 88)"),
    ("Salary range", "$29.62 – $37.80 hourly"),
    ("FLSA status", "Non-exempt"),
    ("Position type", "Full-time, regular (40 hours/week, rotating shifts)"),
    ("Work location", "4200 Riverside Drive SE, Salem, OR 97302 (Mill Creek Treatment Plant)"),
    ("Opening date", "November 30, 2026"),
    ("Closing date", "Dec 31, 2026 at 5:00 p.m. PST"),
    ("Contact officer", "Luis Carreño, HR Analyst – (503) 555-0148 – hr@brennardwater.org"),
]


def build_odt(path):
    doc = OpenDocumentText()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="8.5in", pageheight="11in", margintop="0.6in", marginbottom="0.6in",
                                       marginleft="0.9in", marginright="0.9in"))
    hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.3in", marginbottom="0.15in")); pl.addElement(hs)
    fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.3in", margintop="0.15in")); pl.addElement(fs)
    doc.automaticstyles.addElement(pl)

    def pstyle(name, size="10.5pt", bold=False, color="#000000", align="start", mt="0in", mb="0.06in", font="Liberation Serif"):
        s = Style(name=name, family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold" if bold else "normal", color=color, fontname=font,
                                    fontfamily=font))
        s.addElement(ParagraphProperties(textalign=align, margintop=mt, marginbottom=mb))
        doc.styles.addElement(s); return s
    body = pstyle("Body")
    small = pstyle("Small", size="8.5pt", color="#444444")
    title = pstyle("Ttl", size="17pt", bold=True, color="#0B4F6C", font="Liberation Sans", mb="0.02in")
    sub = pstyle("Sub", size="10pt", color="#0B4F6C", font="Liberation Sans", mb="0.12in")
    head = pstyle("Head", size="12pt", bold=True, color="#0B4F6C", font="Liberation Sans", mt="0.12in")
    lab = pstyle("Lab", size="10pt", bold=True, font="Liberation Sans", mb="0in")
    val = pstyle("Val", size="10pt", font="Liberation Sans", mb="0in")
    bul = pstyle("Bul", mb="0.03in")
    hdr = pstyle("Hdr", size="8pt", color="#555555", align="end", font="Liberation Sans")
    ftr = pstyle("Ftr", size="8pt", color="#555555", align="center", font="Liberation Sans")

    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header(); h.addElement(P(stylename=hdr, text="Brennard County Water Authority · Job Announcement No. 26-117")); mp.addElement(h)
    f = Footer(); fp = P(stylename=ftr, text="An Equal Opportunity Employer · Page ")
    fp.addElement(PageNumber(selectpage="current")); fp.addText(" of "); fp.addElement(PageCount()); f.addElement(fp); mp.addElement(f)
    doc.masterstyles.addElement(mp)

    c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="1.8in")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="4.9in")); doc.automaticstyles.addElement(c2)
    ts = Style(name="tbl", family="table"); ts.addElement(TableProperties(width="6.7in", align="left")); doc.automaticstyles.addElement(ts)
    cl = Style(name="cl", family="table-cell"); cl.addElement(TableCellProperties(backgroundcolor="#E3EEF2", border="0.5pt solid #7A9BA8", padding="0.04in")); doc.automaticstyles.addElement(cl)
    cv = Style(name="cv", family="table-cell"); cv.addElement(TableCellProperties(border="0.5pt solid #7A9BA8", padding="0.04in")); doc.automaticstyles.addElement(cv)

    t = doc.text
    t.addElement(P(stylename=title, text="JOB ANNOUNCEMENT"))
    t.addElement(P(stylename=sub, text="Brennard County Water Authority · Human Resources"))
    tb = Table(name="facts", stylename=ts)
    tb.addElement(TableColumn(stylename=c1)); tb.addElement(TableColumn(stylename=c2))
    for k, v in ROWS:
        tr = TableRow()
        a = TableCell(stylename=cl); a.addElement(P(stylename=lab, text=k)); tr.addElement(a)
        b = TableCell(stylename=cv); b.addElement(P(stylename=val, text=v)); tr.addElement(b)
        tb.addElement(tr)
    t.addElement(tb)

    def para(s, st=body): t.addElement(P(stylename=st, text=s))
    def bullets(items):
        for it in items:
            t.addElement(P(stylename=bul, text="•  " + it))

    para("The Position", head)
    para("The Brennard County Water Authority supplies drinking water to about 118,000 residents and businesses in Salem, Keizer "
         "and the surrounding unincorporated area. The Mill Creek Treatment Plant is a 32 MGD conventional filtration plant drawing "
         "from the North Santiam River. We are recruiting a Water Treatment Plant Operator II to operate, monitor and maintain "
         "treatment processes on a rotating shift schedule that includes nights, weekends and holidays.")
    para("Typical duties include:")
    bullets([
        "Monitoring and adjusting coagulation, flocculation, sedimentation, filtration and disinfection processes from the SCADA system and in the field.",
        "Performing jar tests and process control sampling, and operating turbidimeters, chlorine analyzers and pH meters.",
        "Handling and feeding treatment chemicals, including sodium hypochlorite, alum and fluoride, safely and in compliance with regulations.",
        "Recording plant data and preparing daily operating reports required by the Oregon Health Authority.",
        "Performing routine preventive maintenance on pumps, valves and chemical feed equipment.",
        "Responding to alarms and emergencies, including turbidity events during winter storms.",
    ])
    para("Essential Criteria", head)
    bullets([
        "High school diploma or GED.",
        "Two (2) years of experience in the operation of a water treatment plant.",
        "Current Oregon Water Treatment Level II certification (or Level I with the ability to obtain Level II within 12 months of hire).",
        "Valid Oregon driver's license and an acceptable driving record.",
        "Ability to work rotating 12-hour shifts and respond to call-outs within 45 minutes.",
    ])
    para("Desirable Criteria", head)
    bullets([
        "Water Distribution Level I certification.",
        "Associate degree in water/wastewater technology or a related field.",
        "Experience with Wonderware or similar SCADA/HMI software and computerized maintenance management systems.",
    ])
    para("Compensation and Benefits", head)
    para("The salary range for this classification is $29.62 – $37.80 hourly, with step increases each year. Shift differential "
         "of $1.75 per hour applies to swing and graveyard shifts. Benefits include PERS retirement, medical, dental and vision "
         "insurance, paid vacation and sick leave, and 11 paid holidays.")
    para("How to Apply", head)
    para("Complete the online application at https://www.brennardwater.org/jobs and attach a résumé and a copy of your current "
         "certifications, or e-mail the application packet to hr@brennardwater.org. Applications must be received by the "
         "closing date. Incomplete applications will not be considered.")
    para("The finalist will be required to pass a pre-employment drug screen, physical capacity test and background check. "
         "Veterans' preference applies in accordance with ORS 408.230. Reasonable accommodation in the application process is "
         "available by calling (503) 555-0148.", small)
    doc.save(path)


def render(out, chrome):
    src = os.path.join(lib.BUILD, NAME + ".odt")
    build_odt(src)
    lib.soffice(src, out)


GOLD = {
    "title": "Water Treatment Plant Operator II",
    "company": "Brennard County Water Authority",
    "location": "4200 Riverside Drive SE, Salem, OR 97302",
    "employment_type": "full_time",
    "workplace": None,
    "salary": {"min": 29.62, "max": 37.8, "currency": "USD", "period": "hour"},
    "experience_years": {"min": 2, "max": None},
    "education": "High school diploma or GED",
    "skills": ["SCADA", "jar tests", "turbidimeters", "chlorine analyzers", "Oregon Water Treatment Level II certification", "Wonderware"],
    "email": "hr@brennardwater.org",
    "phone": "(503) 555-0148",
    "url": "https://www.brennardwater.org/jobs",
    "deadline": "2026-12-31",
    "posted": "2026-11-30",
    "key_phrases": [
        "a 32 MGD conventional filtration plant",
        "including turbidity events during winter storms",
        "respond to call-outs within 45 minutes",
        "Shift differential of $1.75 per hour applies",
    ],
    "notes": "Government job announcement written as .odt with odfpy, converted by LibreOffice; running header with the "
             "announcement number and footer 'Page n of N'. Label/value table. 'Salary range $29.62 – $37.80 hourly' (US county, "
             "Oregon -> USD, hour); the $1.75 shift differential is not the salary. 'Full-time, regular' -> full_time. "
             "'Opening date: November 30, 2026' taken as the posting date; 'Closing date: Dec 31, 2026 at 5:00 p.m. PST'. "
             "Location = the work-location field without the plant name in parentheses. 'Two (2) years' -> min 2; '12 months of "
             "hire' is a certification window. The application route is the online form (url) or the e-mail.",
}
