NAME = "e22_sidebar_tanjong_biomed_tech"
PRODUCER = "chromium (--print-to-pdf CLI, running footer via CSS @page margin boxes)"
STYLE = "two-column page with a sidebar of job facts"
NEEDS_CHROME = False

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Biomedical Engineering Technician - Tanjong Medical Centre Careers</title>
<style>
@page{size:A4;margin:14mm 12mm 16mm 12mm;
 @bottom-center{content:"Tanjong Medical Centre · Careers · Page " counter(page) " of " counter(pages);font:8px "DejaVu Sans",sans-serif;color:#666}}
body{font-family:"DejaVu Sans",sans-serif;font-size:11px;color:#222;margin:0;line-height:1.4}
.band{background:#7b2d8e;color:#fff;padding:12px 18px;display:flex;align-items:baseline}
.band b{font-size:16px}.band span{margin-left:auto;font-size:10px}
.grid{display:grid;grid-template-columns:190px 1fr;gap:20px;margin-top:14px}
.side{background:#f5eef7;border-radius:6px;padding:12px 14px;font-size:10.5px;align-self:start}
.side .k{color:#7b2d8e;font-weight:bold;font-size:9px;text-transform:uppercase;margin-top:9px}
.side .v{margin-top:1px}
.side .apply{display:block;text-align:center;background:#7b2d8e;color:#fff;border-radius:4px;padding:7px 0;margin-top:14px;font-weight:bold}
h1{font-size:21px;color:#4b1656;margin:0 0 4px}
.dept{color:#666;margin-bottom:10px}
h3{font-size:12.5px;color:#4b1656;margin:12px 0 3px;border-bottom:1px solid #e3d3e8;padding-bottom:2px}
ul{padding-left:18px;margin:4px 0}
li{margin-bottom:2px}
</style></head><body>
<div class="band"><b>Tanjong Medical Centre</b><span>Careers · Nursing · Allied Health · Corporate · Engineering</span></div>
<div class="grid">
<div class="side">
<div class="k">Job ID</div><div class="v">TMC-BME-0312</div>
<div class="k">Department</div><div class="v">Biomedical Engineering</div>
<div class="k">Location</div><div class="v">Novena, Singapore</div>
<div class="k">Employment type</div><div class="v">Permanent, Full time</div>
<div class="k">Work arrangement</div><div class="v">On-site</div>
<div class="k">Working hours</div><div class="v">5-day week, 8:30 am – 5:30 pm, on-call roster 1 week in 6</div>
<div class="k">Salary</div><div class="v">SGD 4,200 – 5,600 / month</div>
<div class="k">Posted</div><div class="v">03 Dec 2026</div>
<div class="k">Closing</div><div class="v">14-Jan-2027</div>
<div class="k">Contact</div><div class="v">talent@tanjongmedical.com.sg</div>
<span class="apply">Apply now</span>
</div>
<div>
<h1>Biomedical Engineering Technician</h1>
<div class="dept">Engineering &amp; Facilities Division · Reports to the Senior Biomedical Engineer</div>
<p>Tanjong Medical Centre is a 420-bed private tertiary hospital with specialist centres in cardiology, oncology and women's health. Our in-house Biomedical Engineering team looks after more than 9,000 medical devices, from infusion pumps and patient monitors to anaesthesia machines and dialysis units, and works closely with clinical staff to keep them safe and available around the clock.</p>
<h3>Key responsibilities</h3>
<ul>
<li>Carry out scheduled preventive maintenance and electrical safety testing of medical equipment to IEC 62353</li>
<li>Troubleshoot and repair infusion pumps, syringe drivers, defibrillators, ventilators and patient monitors at board and module level</li>
<li>Perform acceptance testing and commissioning of new equipment, and record asset data in the CMMS</li>
<li>Calibrate test equipment such as the Fluke ESA615 analyser and gas flow analysers</li>
<li>Respond to equipment breakdowns in the wards, operating theatres and ICU, including on-call duties</li>
<li>Coordinate with vendors on service contracts, field safety notices and recalls</li>
</ul>
<h3>Requirements</h3>
<ul>
<li>Diploma in Biomedical Engineering, Electronics or Mechatronics; a degree will be an advantage</li>
<li>At least 3 years of hands-on experience maintaining medical devices in a hospital or with an equipment vendor</li>
<li>Good understanding of electronics and pneumatics, and ability to read schematics</li>
<li>Familiarity with HSA medical device regulations and JCI accreditation standards</li>
<li>Able to work independently and communicate clearly with nurses and doctors</li>
</ul>
<h3>What we offer</h3>
<p>Annual wage supplement and performance bonus, on-call allowance, 18 days of annual leave, medical and dental benefits, and sponsored training courses with equipment manufacturers. Staff also enjoy subsidised meals at the hospital cafeteria.</p>
<p style="font-size:10px;color:#666">Only shortlisted candidates will be notified. Singaporeans and Permanent Residents are encouraged to apply. Tanjong Medical Centre is committed to fair employment practices under the Tripartite Guidelines.</p>
</div></div>
</body></html>"""


def render(out, chrome):
    lib.chromium_cli(HTML, out, header_footer=False)


GOLD = {
    "title": "Biomedical Engineering Technician",
    "company": "Tanjong Medical Centre",
    "location": "Novena, Singapore",
    "employment_type": "full_time",
    "workplace": "onsite",
    "salary": {"min": 4200, "max": 5600, "currency": "SGD", "period": "month"},
    "experience_years": {"min": 3, "max": None},
    "education": "Diploma in Biomedical Engineering, Electronics or Mechatronics; a degree will be an advantage",
    "skills": ["electrical safety testing", "IEC 62353", "CMMS", "Fluke ESA615", "infusion pumps", "defibrillators", "schematics"],
    "email": "talent@tanjongmedical.com.sg",
    "phone": None,
    "url": None,
    "deadline": "2027-01-14",
    "posted": "2026-12-03",
    "key_phrases": [
        "looks after more than 9,000 medical devices",
        "at board and module level",
        "field safety notices and recalls",
        "subsidised meals at the hospital cafeteria",
    ],
    "notes": "Hospital careers page with a left sidebar of job facts, printed by Chromium with a running 'Page n of N' footer "
             "(@page margin box). Sidebar: 'Permanent, Full time', 'On-site', 'SGD 4,200 – 5,600 / month', 'Posted 03 Dec 2026', "
             "'Closing 14-Jan-2027'. Body numbers (420-bed, 9,000 devices, 18 days of leave) are not salary/experience. "
             "'At least 3 years' -> 3. No URL printed; the contact e-mail is the only route besides the Apply button.",
}
