NAME = "e03_indeed_bluestem_phlebotomist"
PRODUCER = "chromium (DevTools Page.printToPDF, browser header/footer)"
STYLE = "indeed"
NEEDS_CHROME = True

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Phlebotomist - Outpatient Lab - Columbus, OH 43215 - Indeed.com</title>
<style>
body{font-family:"Noto Sans","DejaVu Sans",sans-serif;font-size:12px;color:#2d2d2d;margin:0}
.hdr{display:flex;gap:22px;align-items:center;border-bottom:1px solid #e4e2e0;padding:8px 20px;font-size:12px}
.hdr .logo{font-size:20px;font-weight:bold;color:#2557a7;font-style:italic}
.hdr .r{margin-left:auto;display:flex;gap:18px}
.srch{display:flex;gap:8px;padding:10px 20px}
.srch span{border:1px solid #767676;border-radius:8px;padding:6px 10px;flex:1;color:#555}
.srch b{background:#2557a7;color:#fff;border-radius:8px;padding:6px 14px}
.page{padding:6px 28px}
h1{font-size:21px;margin:6px 0 2px}
.co{color:#2557a7;text-decoration:underline}
.btn{display:inline-block;background:#2557a7;color:#fff;font-weight:bold;border-radius:8px;padding:8px 18px;margin:10px 8px 10px 0}
.ic{display:inline-block;border:1px solid #ccc;border-radius:8px;padding:7px 10px}
h2{font-size:16px;margin:14px 0 6px;border-top:1px solid #e4e2e0;padding-top:12px}
h3{font-size:13px;margin:10px 0 4px}
.tag{display:inline-block;background:#f3f2f1;border-radius:6px;padding:3px 8px;margin:2px 4px 2px 0;font-weight:600}
.muted{color:#767676;font-size:11px}
ul.check{list-style:none;padding-left:4px}
ul.check li:before{content:"✓  ";color:#2557a7}
.est{border:1px solid #e4e2e0;border-radius:8px;padding:10px 14px;margin:10px 0;background:#faf9f8}
.foot{border-top:1px solid #e4e2e0;margin-top:20px;padding:10px 28px;font-size:10.5px;color:#595959}
</style></head><body>
<div class="hdr"><span class="logo">indeed</span><span>Home</span><span>Company reviews</span><span>Find salaries</span>
<span class="r"><span>Sign in</span><span>|</span><span>Employers / Post Job</span></span></div>
<div class="srch"><span>phlebotomist</span><span>Columbus, OH</span><b>Find jobs</b></div>
<div class="page">
<h1>Phlebotomist - Outpatient Lab</h1>
<div><span class="co">Bluestem Diagnostics</span> &nbsp;3.6 ★ &nbsp;<span class="muted">214 reviews</span></div>
<div>1180 N High St, Columbus, OH 43215</div>
<div>$19.50 - $23.00 an hour - Full-time</div>
<div class="muted">Responded to 75% or more applications in the past 30 days, typically within 3 days.</div>
<div><span class="btn">Apply now</span><span class="ic">♡</span> <span class="ic">↗</span></div>

<h2>Profile insights</h2>
<div class="muted">Here’s how the job qualifications align with your profile.</div>
<h3>Licenses</h3>
<span class="tag">Phlebotomy Certification</span><span class="tag">BLS Certification</span>
<h3>Skills</h3>
<span class="tag">Phlebotomy</span><span class="tag">Venipuncture</span><span class="tag">EMR systems</span><span class="tag">Medical terminology</span>
<div class="muted">Do you have experience in Phlebotomy? &nbsp; Yes &nbsp; No &nbsp; Skip</div>

<h2>Job details</h2>
<div class="muted">Here’s how the job details align with your profile.</div>
<h3>Pay</h3><span class="tag">$19.50 - $23.00 an hour</span>
<h3>Job type</h3><span class="tag">Full-time</span>
<h3>Shift and schedule</h3><span class="tag">Day shift</span><span class="tag">Monday to Friday</span><span class="tag">Every other weekend</span>

<h2>Location</h2>
<div>1180 N High St, Columbus, OH 43215</div>

<h2>Benefits</h2>
<div class="muted">Pulled from the full job description</div>
<ul class="check"><li>401(k)</li><li>401(k) matching</li><li>Dental insurance</li><li>Health insurance</li><li>Paid time off</li><li>Tuition reimbursement</li><li>Vision insurance</li></ul>

<h2>Full job description</h2>
<p><b>Phlebotomist – Outpatient Lab (Short North Patient Service Center)</b></p>
<p>Bluestem Diagnostics is an independent clinical laboratory serving physician practices and long-term care facilities across central Ohio. Our Short North patient service center sees between 90 and 130 patients on a typical weekday, many of them older adults and children who are nervous about having blood drawn.</p>
<p>We are hiring a full-time Phlebotomist who can combine quick, clean draws with genuine patience. You will work alongside two other phlebotomists and a front-desk coordinator.</p>
<p><b>Responsibilities</b></p>
<ul>
<li>Perform venipuncture and capillary puncture on adult, pediatric and geriatric patients</li>
<li>Verify patient identity and physician orders, and label specimens at the chair</li>
<li>Process, centrifuge and package specimens for courier pickup according to test requirements</li>
<li>Enter demographic and billing information in our EMR and laboratory information system</li>
<li>Collect urine drug screens following chain-of-custody procedures</li>
<li>Keep the draw stations stocked, clean and compliant with OSHA bloodborne pathogen rules</li>
</ul>
<p><b>Qualifications</b></p>
<ul>
<li>High school diploma or GED required</li>
<li>Current phlebotomy certification (CPT through NHA, ASCP or AMT)</li>
<li>BLS/CPR certification, or willingness to obtain within 30 days</li>
<li>1 year of phlebotomy experience in a clinical setting preferred; new graduates with strong externship references will be considered</li>
</ul>
<p>Job Type: Full-time</p>
<p>Pay: $19.50 - $23.00 per hour</p>
<p>Expected hours: 40 per week</p>
<p>Benefits:</p>
<ul><li>401(k)</li><li>401(k) matching</li><li>Dental insurance</li><li>Health insurance</li><li>Paid time off</li><li>Tuition reimbursement</li><li>Vision insurance</li></ul>
<p>Schedule:</p><ul><li>Day shift</li><li>Monday to Friday</li><li>Every other weekend</li></ul>
<p>Experience:</p><ul><li>Phlebotomy: 1 year (Preferred)</li></ul>
<p>License/Certification:</p><ul><li>Phlebotomy Certification (Required)</li></ul>
<p>Work Location: In person</p>

<h2>Hiring Insights</h2>
<div>Hiring 3 candidates for this role</div>
<div class="muted">Job activity: Posted 4 days ago · Employer reviewed job 1 day ago</div>
<div><span class="ic">⚑ Report job</span></div>

<h2>Salary estimate</h2>
<div class="est"><b>$17.85 - $21.40 an hour</b><br><span class="muted">Average base salary for Phlebotomist in Columbus, OH, based on 1,284 salaries reported to Indeed. This is an Indeed estimate and has not been provided by the employer.</span><br>
<span class="muted">Is this useful? Yes · No</span></div>
<h2>People also searched:</h2>
<span class="tag">phlebotomy technician</span><span class="tag">medical assistant</span><span class="tag">lab assistant</span><span class="tag">patient care technician</span>
<h2>Explore other jobs</h2>
<div class="muted">Phlebotomist jobs in Columbus, OH · Jobs at Bluestem Diagnostics in Columbus, OH · Salary Search: Phlebotomist salaries in Columbus, OH · Laboratory Assistant - Nights – OhioCare Hospital – Columbus, OH – $18.25 an hour</div>
</div>
<div class="foot">Career advice · Browse jobs · Browse companies · Salaries · Indeed Events · Work at Indeed · Countries · About · Help · ESG at Indeed<br>© 2026 Indeed · Your Privacy Choices · Accessibility at Indeed · Privacy Center and Ad Choices · Terms</div>
</body></html>"""


def render(out, chrome):
    h, f = lib.browser_hf("12/7/26, 8:15 AM", "Phlebotomist - Outpatient Lab - Columbus, OH 43215 - Indeed.com",
                          "https://www.indeed.com/viewjob?jk=7c1e5a90b2d34f18&from=serp&vjs=3")
    chrome.print(HTML, out, header=h, footer=f)


GOLD = {
    "title": "Phlebotomist - Outpatient Lab",
    "company": "Bluestem Diagnostics",
    "location": "1180 N High St, Columbus, OH 43215",
    "employment_type": "full_time",
    "workplace": "onsite",
    "salary": {"min": 19.5, "max": 23.0, "currency": "USD", "period": "hour"},
    "experience_years": {"min": 1, "max": None},
    "education": "High school diploma or GED required",
    "skills": ["venipuncture", "capillary puncture", "EMR", "BLS/CPR certification", "phlebotomy certification", "urine drug screens"],
    "email": None,
    "phone": None,
    "url": "https://www.indeed.com/viewjob?jk=7c1e5a90b2d34f18",
    "deadline": None,
    "posted": None,
    "key_phrases": [
        "many of them older adults and children",
        "combine quick, clean draws with genuine patience",
        "label specimens at the chair",
        "Collect urine drug screens following chain-of-custody procedures",
    ],
    "notes": "Indeed job page printed with Chromium's header/footer. Pay '$19.50 - $23.00 an hour' (employer's, repeated in "
             "Job details and the description); the 'Salary estimate' block ($17.85 - $21.40, 'has not been provided by the employer') "
             "and the $18.25 in 'Explore other jobs' are traps. 'Work Location: In person' -> onsite. Experience 'Phlebotomy: 1 year "
             "(Preferred)' -> min 1, max null (the bullet says '1 year ... preferred'). 'Posted 4 days ago' -> posted null. "
             "url: the viewjob URL from the footer, keeping the job key jk but not the from/vjs tracking parameters. "
             "Location given as the street address shown under the company name.",
}
