NAME = "e14_ps_lakeside_vetnurse"
PRODUCER = "Ghostscript ps2pdf (hand-written PostScript, Times/Helvetica base fonts)"
STYLE = "prose posting, no headings"
NEEDS_CHROME = False

import lib
from reportlab.pdfbase.pdfmetrics import stringWidth

PARAS = [
    "Kia ora koutou,",
    "Lakeside Veterinary Centre in Taupo is looking for a Registered Veterinary Nurse to join our team. We are a busy "
    "three-vet mixed practice on Tongariro Street, caring for dogs, cats, working farm dogs and the occasional alpaca, and we "
    "run a small large-animal ambulatory service for the dairy and sheep farms between Taupo and Reporoa.",
    "Most of your day will be spent in our surgical and hospital area: admitting patients, placing IV catheters, preparing "
    "and monitoring anaesthetics, taking digital radiographs and helping with dental scaling and extractions. You will also "
    "run nurse consults for weight checks, post-operative rechecks and puppy preschool, and keep our stock and controlled "
    "drug register in order on VetLink.",
    "This is a full-time role of 40 hours a week on a roster that includes one Saturday morning in three. There is no "
    "overnight on-call for nurses. We can pay up to $33 an hour depending on experience, and we add a uniform "
    "allowance, paid NZVNA membership, CPD days every year and discounted care for your own animals.",
    "You will need to hold current registration with the Veterinary Nursing Council of New Zealand (or be eligible for it) "
    "and have at least three years of experience in companion animal practice. A current full driver licence is essential "
    "because you may be asked to help on farm calls. Experience with ultrasound or an interest in large-animal work would be "
    "very welcome.",
    "Taupo is a great place to live if you like the outdoors: the lake is five minutes from the clinic, the mountains are "
    "an hour away and the cycle trails start almost at our back door.",
    "To apply, please email your CV and a cover letter to our practice manager, Anika Wells, at jobs@lakesidevets.co.nz, or "
    "call her on 07 378 4410 for a chat about the role. Applications close on Friday 8 January 2027. Applicants must have "
    "the right to work in New Zealand.",
    "Nga mihi,",
    "The team at Lakeside Veterinary Centre",
]

FONT, SIZE, LEAD = "Times-Roman", 11.5, 15.5
LEFT, RIGHT, TOP = 72, 595 - 72, 842 - 80


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def wrap(text, width, font=FONT, size=SIZE):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


def make_ps():
    out = ["%!PS-Adobe-3.0", "%%Title: Veterinary Nurse - Lakeside Veterinary Centre", "%%Creator: practice-manager",
           "%%Pages: (atend)", "%%BoundingBox: 0 0 595 842", "%%EndComments",
           "<< /PageSize [595 842] >> setpagedevice"]
    page = 1; y = TOP
    def start_page():
        out.append(f"%%Page: {page} {page}")
        # a thin coloured band and the practice name, drawn as a letterhead (no heading in the text flow)
        out.append("0.12 0.35 0.45 setrgbcolor 0 812 595 30 rectfill")
        out.append("1 1 1 setrgbcolor /Helvetica-Bold findfont 13 scalefont setfont 72 822 moveto (LAKESIDE VETERINARY CENTRE) show")
        out.append("/Helvetica findfont 9 scalefont setfont 380 822 moveto (45 Tongariro Street, Taupo 3330) show")
        out.append("0 0 0 setrgbcolor")
        out.append(f"/{FONT} findfont {SIZE} scalefont setfont")
    start_page()
    for p in PARAS:
        for line in wrap(p, RIGHT - LEFT):
            if y < 80:
                out.append("/Helvetica findfont 8 scalefont setfont 280 40 moveto (Page %d) show showpage" % page)
                page += 1; y = TOP; start_page()
            out.append(f"{LEFT} {y:.1f} moveto ({esc(line)}) show")
            y -= LEAD
        y -= 7
    out.append("/Helvetica findfont 8 scalefont setfont 280 40 moveto (Page %d) show showpage" % page)
    out += ["%%Trailer", f"%%Pages: {page}", "%%EOF"]
    return "\n".join(out) + "\n"


def render(out, chrome):
    lib.ps2pdf(make_ps(), out)


GOLD = {
    "title": "Registered Veterinary Nurse",
    "company": "Lakeside Veterinary Centre",
    "location": "Taupo",
    "employment_type": "full_time",
    "workplace": None,
    "salary": {"min": None, "max": 33, "currency": "NZD", "period": "hour"},
    "experience_years": {"min": 3, "max": None},
    "education": None,
    "skills": ["IV catheters", "anaesthetics", "digital radiographs", "dental scaling", "VetLink", "ultrasound", "driver licence"],
    "email": "jobs@lakesidevets.co.nz",
    "phone": "07 378 4410",
    "url": None,
    "deadline": "2027-01-08",
    "posted": None,
    "key_phrases": [
        "working farm dogs and the occasional alpaca",
        "run nurse consults for weight checks",
        "There is no overnight on-call for nurses.",
        "the cycle trails start almost at our back door",
    ],
    "notes": "Hand-written PostScript (base-14 Times/Helvetica, StandardEncoding so apostrophes come out as U+2019) distilled "
             "with Ghostscript ps2pdf. Prose with no headings; the practice name in the coloured letterhead band. Title from the "
             "prose ('a Registered Veterinary Nurse'). New Zealand ad -> 'up to $33 an hour' is NZD, open range (min null). 'full-time role of 40 hours' "
             "-> full_time. 'at least three years' -> 3. Deadline 'Friday 8 January 2027'. Education null: only a "
             "professional registration (Veterinary Nursing Council of New Zealand) is required, no degree is named. Location 'Taupo' (street address in the letterhead: 45 Tongariro Street, Taupo 3330).",
}
