NAME = "e07_seek_tallowood_electrician"
PRODUCER = "chromium (--print-to-pdf CLI, Edge-like header/footer via CSS @page margin boxes)"
STYLE = "seek (Australia)"
NEEDS_CHROME = False

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Commercial Electrician Job in Melbourne - SEEK</title>
<style>
@page{size:A4;margin:0.5in 0.4in;
 @top-left{content:"9/12/2026, 7:41 pm";font:8px "Liberation Sans",sans-serif}
 @top-center{content:"Commercial Electrician Job in Melbourne - SEEK";font:8px "Liberation Sans",sans-serif}
 @bottom-left{content:"https://www.seek.com.au/job/79145326?type=standard&ref=search-standalone#sol=8e2f0d";font:8px "Liberation Sans",sans-serif}
 @bottom-right{content:counter(page) " of " counter(pages);font:8px "Liberation Sans",sans-serif}}
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:12.5px;color:#1c2330;margin:0}
.nav{display:flex;gap:18px;padding:8px 0;border-bottom:1px solid #ddd;font-size:12px;align-items:center}
.nav .logo{font-weight:bold;font-size:20px;color:#0d3880}
.nav .r{margin-left:auto;display:flex;gap:14px}
.back{font-size:11px;color:#2e3849;margin:10px 0}
h1{font-size:24px;margin:8px 0 4px}
.co{font-size:14px}
.row{margin:3px 0}
.ic{display:inline-block;width:14px;color:#666}
.btn{display:inline-block;background:#e60278;color:#fff;font-weight:bold;padding:8px 22px;border-radius:8px;margin:12px 8px 12px 0}
.btn2{display:inline-block;border:2px solid #0d3880;color:#0d3880;font-weight:bold;padding:6px 18px;border-radius:8px}
.muted{color:#5a6881;font-size:11.5px}
.desc{border-top:1px solid #ddd;margin-top:12px;padding-top:8px}
h3{font-size:14px;margin:12px 0 4px}
.box{border:1px solid #ddd;border-radius:10px;padding:10px 14px;margin-top:14px}
</style></head><body>
<div class="nav"><span class="logo">SEEK</span><span>Job search</span><span>Profile</span><span>Career advice</span><span>Company reviews</span><span class="r"><span>Sign in</span><span>Employer site</span></span></div>
<div class="back">‹ Back to search results</div>
<h1>Commercial Electrician</h1>
<div class="co">Tallowood Electrical Services</div>
<div class="muted">3.9 ★ · 11 reviews · View all jobs</div>
<div class="row"><span class="ic">⌖</span> Melbourne • Bayside &amp; South Eastern Suburbs</div>
<div class="row"><span class="ic">▦</span> Electricians (Trades &amp; Services)</div>
<div class="row"><span class="ic">◷</span> Full time</div>
<div class="row"><span class="ic">$</span> $48 – $55 per hour + super + vehicle</div>
<div class="muted">Posted 3d ago</div>
<div><span class="btn">Quick apply</span><span class="btn2">Save</span></div>
<div class="desc">
<p><b>Commercial fit-outs, shopping centres and medical suites across Melbourne's south-east</b></p>
<p>Tallowood Electrical Services is a family-owned electrical contractor based in Moorabbin with 35 electricians and apprentices on the tools. We work for builders and facility managers on commercial fit-outs, retail refurbishments and medical centres, typically jobs between $50k and $2M. Most of our sites are within 40 minutes of the Moorabbin workshop.</p>
<p>Due to a full forward program through 2027, we're after an experienced A-grade commercial electrician to run small jobs on their own and lead an apprentice on larger sites.</p>
<h3>About the role</h3>
<ul>
<li>Installing and terminating cable tray, conduit and sub-mains to distribution boards</li>
<li>Fit-off of lighting, power, emergency and exit lighting systems</li>
<li>Reading electrical drawings and marking up as-builts</li>
<li>Fault-finding, testing and commissioning, and completing Certificates of Electrical Safety</li>
<li>Leading and mentoring a 2nd or 3rd year apprentice</li>
</ul>
<h3>About you</h3>
<ul>
<li>Current Victorian A-grade electrical licence (essential)</li>
<li>Minimum 3 years post-apprenticeship experience, mostly commercial</li>
<li>Construction Induction Card (White Card) and a current driver's licence</li>
<li>Test and tag, EWP licence and data cabling (Cat6) experience highly regarded</li>
<li>Reliable, tidy and able to deal with builders and clients directly</li>
</ul>
<h3>What's on offer</h3>
<ul>
<li>$48 – $55 per hour depending on experience, plus superannuation</li>
<li>Fully maintained and fitted-out company van with fuel card (for work and travel to and from site)</li>
<li>Monday to Friday, 7am starts, with optional overtime on Saturdays</li>
<li>Paid training, tool allowance and an RDO schedule</li>
</ul>
<p>To apply, click Quick Apply and attach your resume and a copy of your licence. For a confidential chat call Mick Reardon on 0412 557 309. Applications close 22/01/2027, but we will interview as suitable candidates come through.</p>
<p class="muted">Unfortunately we are only able to consider applicants with full Australian working rights.</p>
</div>
<div class="box"><b>Employer questions</b><br>Your application will include the following questions:<br>
· Which of the following statements best describes your right to work in Australia?<br>
· How many years' experience do you have as a commercial electrician?<br>
· Do you hold a current A-grade electrical licence?<br>
· Do you have a current Australian driver's licence?</div>
<div class="box"><b>Company profile</b><br>Tallowood Electrical Services · Construction · 11-50 employees<br>
<span class="muted">Reviews are from Tallowood Electrical Services employees. Perks and benefits · Career development · Work/Life balance</span></div>
<div class="box"><b>You might also like</b><br>
Maintenance Electrician – Dandenong South – $105,000 – $115,000 + super<br>
Electrical Estimator – Cheltenham – Salary package $120k – $140k<br>
Apprentice Electrician (3rd/4th year) – Frankston – $28 – $32 per hour</div>
<p class="muted" style="margin-top:14px">Report this job advert · Be careful - Don't provide your bank or credit card details when applying for jobs.</p>
<p class="muted">Job seekers · Employers · Resources · About SEEK · © SEEK. All rights reserved</p>
</body></html>"""


def render(out, chrome):
    lib.chromium_cli(HTML, out, header_footer=False)


GOLD = {
    "title": "Commercial Electrician",
    "company": "Tallowood Electrical Services",
    "location": "Melbourne • Bayside & South Eastern Suburbs",
    "employment_type": "full_time",
    "workplace": None,
    "salary": {"min": 48, "max": 55, "currency": "AUD", "period": "hour"},
    "experience_years": {"min": 3, "max": None},
    "education": None,
    "skills": ["A-grade electrical licence", "White Card", "Test and tag", "EWP licence", "Cat6", "Certificates of Electrical Safety"],
    "email": None,
    "phone": "0412 557 309",
    "url": "https://www.seek.com.au/job/79145326",
    "deadline": "2027-01-22",
    "posted": None,
    "key_phrases": [
        "typically jobs between $50k and $2M",
        "run small jobs on their own",
        "Leading and mentoring a 2nd or 3rd year apprentice",
        "Fully maintained and fitted-out company van with fuel card",
    ],
    "notes": "SEEK page with an Edge-style print header/footer ('N of M', URL with tracking query and #sol fragment) drawn as "
             "CSS @page margin boxes. Pay '$48 – $55 per hour + super' -> AUD hour; '$50k and $2M' are job sizes, and the 'You might "
             "also like' salaries are other jobs. 'Minimum 3 years post-apprenticeship' -> min 3. 'Applications close 22/01/2027' -> "
             "deadline. 'Posted 3d ago' -> posted null. Phone is the recruiting contact (Mick Reardon). Moorabbin is the workshop; the "
             "location is SEEK's location line. url without query/fragment.",
}
