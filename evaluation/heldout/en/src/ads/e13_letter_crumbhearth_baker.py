NAME = "e13_letter_crumbhearth_baker"
PRODUCER = "reportlab 4 (platypus, Times/DejaVu Serif)"
STYLE = "letter-style prose, no headings"
NEEDS_CHROME = False

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT, TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import cm

PARAS = [
    "Dear applicants,",
    "Our bakery in Leeds is looking for an Artisan Baker to join our small early-morning team. Crumb &amp; Hearth has been "
    "baking on Kirkstall Road since 2014, and these days we supply eleven cafés and two farm shops as well as our own counter, "
    "so the ovens are busy from the moment the first batch of sourdough goes in.",
    "The job is mostly bread: you would mix, shape and bake our sourdough, rye and focaccia, and on Fridays and Saturdays help "
    "our pastry baker with laminated doughs such as croissants and cardamom buns. We work by hand with a spiral mixer and a "
    "deck oven, and we keep our own levain, so a feel for fermentation matters more to us than speed on a production line.",
    "This is a part-time position of about 32 hours a week, Tuesday to Saturday, with shifts starting at 4 am and usually "
    "finishing by noon. We pay £13.20 an hour, plus a share of the tips from the shop, free bread and coffee on shift, and "
    "you will never have to work a Sunday or a bank holiday Monday.",
    "We would like someone with at least two years of experience in a craft or scratch bakery, who can read a production sheet "
    "and scale recipes without being watched over. You will need a Level 2 Food Hygiene certificate (we can pay for the course "
    "if yours has lapsed) and you should be comfortable lifting 16 kg flour sacks. Experience with a retarder-prover is a bonus, "
    "but we are happy to teach the way we do things.",
    "If this sounds like you, please send a short note about yourself and your CV to hello@crumbandhearth.co.uk, or drop them "
    "in at the shop counter between 8 and 2. You are welcome to ring us on 0113 496 0732 in the afternoon if you would like "
    "to come in for a trial shift first. We will stop taking applications on 20 December 2026 and hope to have someone "
    "starting in the second week of January.",
    "Thank you for reading, and we look forward to hearing from you.",
    "Warm wishes,",
]


def render(out, chrome):
    pdfmetrics.registerFont(TTFont("DVSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerifI", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"))
    body = ParagraphStyle("b", fontName="DVSerif", fontSize=11, leading=16, alignment=TA_JUSTIFY, spaceAfter=9)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, fontSize=9.5, leading=13, spaceAfter=2)
    sig = ParagraphStyle("s", parent=body, fontName="DVSerifI")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2.6 * cm, rightMargin=2.6 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title="crumb-hearth-baker-letter", author="Crumb & Hearth")
    story = [Paragraph("Crumb &amp; Hearth Bakery", right), Paragraph("212 Kirkstall Road, Leeds LS4 2AQ", right),
             Paragraph("3rd December 2026", right), Spacer(1, 18)]
    story += [Paragraph(p, body) for p in PARAS]
    story += [Spacer(1, 6), Paragraph("Margaret and Tom Ashby", sig), Paragraph("Crumb &amp; Hearth", body)]
    doc.build(story)


GOLD = {
    "title": "Artisan Baker",
    "company": "Crumb & Hearth",
    "location": "Leeds",
    "employment_type": "part_time",
    "workplace": None,
    "salary": {"min": 13.2, "max": 13.2, "currency": "GBP", "period": "hour"},
    "experience_years": {"min": 2, "max": None},
    "education": None,
    "skills": ["sourdough", "laminated doughs", "Level 2 Food Hygiene certificate", "spiral mixer", "deck oven", "retarder-prover"],
    "email": "hello@crumbandhearth.co.uk",
    "phone": "0113 496 0732",
    "url": None,
    "deadline": "2026-12-20",
    "posted": None,
    "key_phrases": [
        "we supply eleven cafés and two farm shops",
        "a feel for fermentation matters more to us",
        "never have to work a Sunday or a bank holiday",
        "comfortable lifting 16 kg flour sacks",
    ],
    "notes": "Letter from a small bakery made with reportlab; no headings, all facts in sentences. Title from the prose "
             "('an Artisan Baker'). Location: the prose says 'Our bakery in Leeds' (address 212 Kirkstall Road, Leeds LS4 2AQ in "
             "the letterhead) -> 'Leeds'. Company 'Crumb & Hearth' (letterhead 'Crumb & Hearth Bakery'). Single amount £13.20 an "
             "hour -> min = max. 'at least two years' -> 2. Deadline '20 December 2026'. The letter date 3rd December 2026 is "
             "not a posting date. The PDF title metadata is a file name.",
}
