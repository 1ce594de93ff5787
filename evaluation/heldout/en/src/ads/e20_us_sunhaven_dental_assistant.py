NAME = "e20_us_sunhaven_dental_assistant"
PRODUCER = "chromium (--print-to-pdf CLI, no header/footer)"
STYLE = "US employer careers page (ZIP-code address, 'Remote in the US' in other openings)"
NEEDS_CHROME = False

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Registered Dental Assistant (RDA) | Careers at Sunhaven Dental Group</title>
<style>
@page{size:Letter;margin:0.5in}
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:12px;color:#333;margin:0}
.top{display:flex;align-items:center;border-bottom:3px solid #f4a259;padding-bottom:8px}
.top .logo{font:bold 20px "Liberation Serif",serif;color:#2a9d8f}
.top .logo small{display:block;font:11px "Liberation Sans",sans-serif;color:#777}
.top .r{margin-left:auto;display:flex;gap:16px;font-size:11.5px}
h1{font-size:24px;color:#264653;margin:16px 0 6px}
.meta{display:flex;flex-wrap:wrap;gap:6px 24px;background:#f1faee;border-radius:6px;padding:8px 12px;margin-bottom:12px}
.meta span b{color:#2a9d8f}
h3{color:#264653;font-size:14px;margin:14px 0 4px}
.btn{display:inline-block;background:#e76f51;color:#fff;font-weight:bold;padding:8px 22px;border-radius:20px}
.other{border:1px solid #ddd;border-radius:6px;padding:10px 14px;margin-top:16px}
.other div{border-top:1px solid #eee;padding:6px 0}
.foot{margin-top:16px;font-size:10px;color:#777;border-top:1px solid #ddd;padding-top:8px}
</style></head><body>
<div class="top"><div class="logo">Sunhaven Dental Group<small>Family &amp; Pediatric Dentistry · 6 offices in LA County</small></div>
<div class="r"><span>Our Offices</span><span>Patients</span><span>Careers</span><span>Book Online</span><span>(323) 555-0182</span></div></div>
<h1>Registered Dental Assistant (RDA)</h1>
<div class="meta"><span><b>Location:</b> Los Angeles, CA 90011</span><span><b>Office:</b> South Central – 4115 S Central Ave</span><span><b>Schedule:</b> Full-time, Mon–Fri + 2 Saturdays/month</span><span><b>Pay:</b> $24.00 – $28.50 per hour</span><span><b>Posted:</b> Dec 1, 2026</span><span><b>Apply by:</b> Jan 20, 2027</span></div>
<p>Sunhaven Dental Group has cared for families in South Los Angeles for more than 25 years. Our South Central office has eight operatories, a busy pediatric schedule and a bilingual front desk, and most of our patients are covered by Denti-Cal or PPO plans. We are adding a Registered Dental Assistant to a team of three dentists, one hygienist and five assistants.</p>
<p>This is an on-site role; dental assisting cannot be done remotely, and you will rotate between our general and pediatric chairs.</p>
<h3>What you will do</h3>
<ul>
<li>Seat patients, review medical histories and prepare operatories and trays</li>
<li>Assist chairside with restorative, endodontic and pediatric procedures, including four-handed dentistry</li>
<li>Take and process intraoral and panoramic radiographs</li>
<li>Perform RDA duties permitted in California, such as coronal polishing and placing pit and fissure sealants</li>
<li>Sterilize instruments and follow Cal/OSHA and infection-control protocols</li>
<li>Chart in Dentrix and help patients understand their treatment plans (Spanish a plus)</li>
</ul>
<h3>What you need</h3>
<ul>
<li>Current California RDA license</li>
<li>2+ years of chairside experience in a general or pediatric practice</li>
<li>Coronal polishing and pit and fissure sealant certifications</li>
<li>Current CPR/BLS certification</li>
<li>Warm, patient manner with children and anxious adults</li>
</ul>
<h3>Benefits</h3>
<p>Medical and dental coverage after 60 days, 401(k) with a 3% match, paid CE courses and license renewals, 7 paid holidays, scrubs allowance and free dental care for you and your immediate family.</p>
<p><span class="btn">Apply now</span> &nbsp; or apply online at https://careers.sunhavendental.com/jobs/rda-south-central-la</p>
<p>Questions? Call our office manager, Gloria Estrada, at (323) 555-0182.</p>
<div class="other"><b>Other openings at Sunhaven</b>
<div>Dental Billing Coordinator · Remote in the US · $22–$26/hr · Full-time</div>
<div>Front Office Receptionist (Bilingual) · Huntington Park, CA 90255 · $19–$21/hr</div>
<div>Associate Dentist (DDS/DMD) · Inglewood, CA 90301 · $650–$800/day guarantee</div>
</div>
<div class="foot">Sunhaven Dental Group, a California dental corporation · Corporate office: 1930 E Florence Ave, Los Angeles, CA 90001 · Sunhaven is an equal opportunity employer and participates in E-Verify. · © 2026 Sunhaven Dental Group · Privacy · Accessibility</div>
</body></html>"""


def render(out, chrome):
    lib.chromium_cli(HTML, out, header_footer=False)


GOLD = {
    "title": "Registered Dental Assistant (RDA)",
    "company": "Sunhaven Dental Group",
    "location": "Los Angeles, CA 90011",
    "employment_type": "full_time",
    "workplace": "onsite",
    "salary": {"min": 24.0, "max": 28.5, "currency": "USD", "period": "hour"},
    "experience_years": {"min": 2, "max": None},
    "education": None,
    "skills": ["California RDA license", "radiographs", "coronal polishing", "pit and fissure sealant", "Dentrix", "CPR/BLS", "four-handed dentistry"],
    "email": None,
    "phone": "(323) 555-0182",
    "url": "https://careers.sunhavendental.com/jobs/rda-south-central-la",
    "deadline": "2027-01-20",
    "posted": "2026-12-01",
    "key_phrases": [
        "most of our patients are covered by Denti-Cal",
        "dental assisting cannot be done remotely",
        "Warm, patient manner with children and anxious adults",
        "free dental care for you and your immediate family",
    ],
    "notes": "Employer careers page printed without browser header/footer. Facts strip: 'Location: Los Angeles, CA 90011' "
             "(the office street address 4115 S Central Ave and the corporate office CA 90001 are elsewhere). 'This is an on-site "
             "role' -> onsite. 'Other openings' list ('Remote in the US · $22–$26/hr', '$650–$800/day') is a trap for "
             "workplace and salary. 'Posted: Dec 1, 2026', 'Apply by: Jan 20, 2027'. '2+ years' -> 2. The phone appears in the "
             "nav and as the office manager's contact. Education: a licence, not a degree -> null.",
}
