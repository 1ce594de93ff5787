NAME = "e04_indeed_saltbox_linecook"
PRODUCER = "chromium (DevTools Page.printToPDF, browser header/footer)"
STYLE = "indeed (Canada)"
NEEDS_CHROME = True

import lib

HTML = r"""<!doctype html><html><head><meta charset="utf-8">
<title>Line Cook (Part-Time, Evenings) - Halifax, NS - Indeed.com</title>
<style>
body{font-family:"Liberation Sans",Arial,sans-serif;font-size:12.5px;color:#2d2d2d;margin:0}
.hdr{display:flex;gap:20px;align-items:center;border-bottom:1px solid #e4e2e0;padding:8px 18px}
.logo{font-size:19px;font-weight:bold;color:#2557a7}
.r{margin-left:auto;display:flex;gap:14px}
.cols{display:grid;grid-template-columns:1fr 240px;gap:20px;padding:10px 24px}
h1{font-size:20px;margin:4px 0}
.link{color:#2557a7;text-decoration:underline}
.btn{display:inline-block;background:#2557a7;color:#fff;font-weight:bold;border-radius:8px;padding:7px 16px;margin:10px 6px 10px 0}
h2{font-size:15px;border-top:1px solid #e4e2e0;padding-top:10px;margin:12px 0 6px}
h3{font-size:12.5px;margin:8px 0 3px}
.tag{display:inline-block;background:#f3f2f1;border-radius:6px;padding:3px 8px;margin:2px 4px 2px 0;font-weight:bold}
.m{color:#767676;font-size:11px}
.box{border:1px solid #e4e2e0;border-radius:8px;padding:10px 12px;margin-bottom:10px;background:#fff}
ul.check{list-style:none;padding-left:2px} ul.check li:before{content:"☑ "}
</style></head><body>
<div class="hdr"><span class="logo">indeed</span><span>Find jobs</span><span>Company reviews</span><span>Salary guide</span><span class="r"><span>Upload your resume</span><span>Sign in</span><span>Employers / Post Job</span></span></div>
<div class="cols"><div>
<h1>Line Cook (Part-Time, Evenings)</h1>
<div><span class="link">The Saltbox Kitchen</span></div>
<div>Halifax, NS</div>
<div>Part-time</div>
<div><span class="btn">Apply now</span><span class="m">♡ Save</span></div>

<h2>Profile insights</h2>
<h3>Licenses</h3><span class="tag">Food Handler Certification</span>
<h3>Skills</h3><span class="tag">Cooking</span><span class="tag">Food safety</span><span class="tag">Kitchen experience</span>
<div class="m">Do you have a valid Food Handler Certification license? Yes · No · Skip</div>

<h2>Job details</h2>
<h3>Job type</h3><span class="tag">Part-time</span>
<h3>Shift and schedule</h3><span class="tag">Evening shift</span><span class="tag">Weekends as needed</span><span class="tag">4 hour shift</span>
<div class="m">Pay information not provided</div>

<h2>Benefits</h2>
<div class="m">Pulled from the full job description</div>
<ul class="check"><li>Discounted or free food</li><li>Flexible schedule</li><li>Tips</li><li>Store discount</li></ul>

<h2>Full job description</h2>
<p>The Saltbox Kitchen is a 60-seat seafood restaurant on the Halifax waterfront. We cook mostly from scratch: our chowder base, stocks, breads and sauces are all made in house, and our menu changes with what the boats and the Annapolis Valley farms bring in.</p>
<p>We're looking for a reliable part-time line cook for the evening service, usually four shifts a week from 4:30 pm to close (roughly 20–28 hours). Weekend availability is a must during the summer season.</p>
<p><b>You will:</b></p>
<ul>
<li>Run the grill or fry station during service and help out on sauté when it gets busy</li>
<li>Prep your station before service: portioning fish, cutting vegetables, making garnishes</li>
<li>Follow our recipes and plating guides so every plate goes out consistent</li>
<li>Keep your station clean and labelled, and record fridge and cooler temperatures</li>
<li>Help with closing duties and the weekly deep clean</li>
</ul>
<p><b>What we're looking for:</b></p>
<ul>
<li>2–4 years of line cook experience in a busy full-service restaurant</li>
<li>Valid Nova Scotia Food Handler certificate (or you get it within your first month; we pay for the course)</li>
<li>Good knife skills and a working knowledge of shellfish handling and allergen procedures</li>
<li>Able to stand for long shifts and lift up to 50 lb</li>
<li>A sense of humour when the ticket rail is full</li>
</ul>
<p>Staff meal every shift, a share of the tip pool, and 30% off when you dine with us on your day off.</p>
<p>Job Types: Part-time, Seasonal</p>
<p>Schedule:</p><ul><li>4 hour shift</li><li>Evening shift</li><li>Weekends as needed</li></ul>
<p>Experience:</p><ul><li>line cook: 2 years (Required)</li></ul>
<p>Licence/Certification:</p><ul><li>Food Handler Certification (Preferred)</li></ul>
<p>Application deadline: January 15, 2027<br>Expected start date: 2027-02-01</p>
<h2>Hiring Insights</h2>
<div>Hiring 2 candidates for this role</div>
<div class="m">Urgently hiring · Job activity: Posted 6 days ago</div>
<div class="m">⚑ Report job</div>
</div>
<div>
<div class="box"><b>Salary estimate</b><br><span style="font-size:15px;font-weight:bold">$16.50 - $19.80 an hour</span><br>
<span class="m">Estimated based on similar job postings in Halifax, NS. Not provided by employer.</span></div>
<div class="box"><b>Line cook salaries in Halifax, NS</b><br>Average: $18.12 per hour<br><span class="m">Based on 412 salaries · Updated Dec 2026</span><br><span class="link">See more salary details</span></div>
<div class="box"><b>Similar jobs</b><br>
<b>Prep Cook</b> – Harbourfront Hotel Group – Dartmouth, NS – $17.75 an hour<br><br>
<b>Sous Chef</b> – Oyster &amp; Ember – Halifax, NS – $52,000–$58,000 a year<br><br>
<b>Dishwasher / Kitchen Porter</b> – Point Pleasant Bistro – Halifax, NS – $16.00 an hour</div>
</div></div>
<div style="padding:8px 24px;font-size:10.5px;color:#595959;border-top:1px solid #e4e2e0">Hiring Lab · Career Advice · Browse Jobs · Browse Companies · Salaries · Indeed Events · Work at Indeed · Countries · About · Help Centre<br>© 2026 Indeed · Accessibility at Indeed · Privacy Centre and Ad Choices · Cookies · Terms</div>
</body></html>"""


def render(out, chrome):
    h, f = lib.browser_hf("2026-12-09, 9:03 p.m.", "Line Cook (Part-Time, Evenings) - Halifax, NS - Indeed.com",
                          "https://ca.indeed.com/viewjob?jk=a41f0c9e27b85d63&tk=1hv0p2s8&from=serp")
    chrome.print(HTML, out, header=h, footer=f)


GOLD = {
    "title": "Line Cook (Part-Time, Evenings)",
    "company": "The Saltbox Kitchen",
    "location": "Halifax, NS",
    "employment_type": "part_time",
    "workplace": None,
    "salary": None,
    "experience_years": {"min": 2, "max": 4},
    "education": None,
    "skills": ["Food Handler certificate", "knife skills", "shellfish handling", "allergen procedures"],
    "email": None,
    "phone": None,
    "url": "https://ca.indeed.com/viewjob?jk=a41f0c9e27b85d63",
    "deadline": "2027-01-15",
    "posted": None,
    "key_phrases": [
        "our chowder base, stocks, breads and sauces",
        "Weekend availability is a must during the summer season",
        "portioning fish, cutting vegetables, making garnishes",
        "A sense of humour when the ticket rail is full",
    ],
    "notes": "Canadian Indeed page printed with Chromium's header/footer (Canadian date format). No employer pay: 'Pay information "
             "not provided'; the sidebar 'Salary estimate $16.50 - $19.80 an hour ... Not provided by employer', the city average and "
             "the similar jobs' pay are traps -> salary null. 'Job Types: Part-time, Seasonal' -> part_time (seasonal noted). "
             "Experience '2–4 years' in the body (structured field says 2 years required) -> min 2, max 4. Deadline 'January 15, 2027'; "
             "'Expected start date: 2027-02-01' is not a deadline. No 'Work Location' line -> workplace null. 'Posted 6 days ago' -> null.",
}
