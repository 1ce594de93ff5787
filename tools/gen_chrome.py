#!/usr/bin/env python3
"""Generates src/posting/lexicon/chrome.rs: job-board navigation phrases and other-jobs headings,
folded and sorted. Edit the lists here and run it again."""
chrome = """
home|my network|jobs|messaging|notifications|me|for business|learning|try premium|try premium for free|reactivate premium
sign in|sign in or register|log in|login|register|sign up|join now|employer site|post a job|post a job for free|for employers|employers
menu|search|search jobs|search for jobs|find jobs|job search|search by keyword|search by location|advanced search
apply|apply now|easy apply|apply for this job|apply on company site|apply on company website|quick apply|i'm interested|apply4me
save|saved|save job|share|share this job|report job|report this job|report|print|email|email job|copy link
show more|+ show more|show less|see more|see all|show all|view all|read more|more jobs|more jobs from this company
back|back to jobs|back to search|back to search results|back to industry jobs|back to jobs search|arrow_back back to jobs search|previous|next|previous job|next job
yes no skip|yes|no|skip|yesnoskip
jobs|courses|businesses for sale|volunteering|career advice|company reviews|companies|salaries|blog|help center
profile insights|hiring insights|benefits pulled from the full job description|pulled from the full job description
welcome page|career center|careers home|join our talent community|talent community|returning candidate|view profile|my applications|my jobs
follow|following|message|connect|tools|employers|resources|products|solutions|pricing|cookie settings|accept|accept all|accept all cookies|reject all|manage cookies|privacy policy|terms of use
войти|вход|регистрация|создать резюме|работодателям|соискателям|поиск|найти|откликнуться|откликнуться на вакансию|показать контакты|в избранное|поделиться|пожаловаться|назад|ещё|скрыть
daxil ol|qeydiyyat|vakansiyalar|cv-ler|sirketler|elan yerlesdir|axtar|muraciet et|paylas|sikayet et|geri|daha cox|secilmisler|secilmislere elave et
""".replace('\n','|')
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textfold import fold
items = sorted(set(fold(x.strip()) for x in chrome.split('|') if x.strip()), key=lambda x: x.encode())
elsewhere = sorted(set("""similar jobs|similar vacancies|similar job|people also viewed|people also searched|jobs you may be interested in|you may also like|you might also like|more jobs like this|jobs similar to this|related jobs|recommended jobs|recommended for you|other jobs|explore similar jobs|explore more jobs|explore collaborative articles|more from|most read|also viewed|looking for talent|похожие вакансии|другие вакансии|рекомендуемые вакансии|вакансии рядом|вам могут подойти|oxsar vakansiyalar|diger vakansiyalar|benzer vakansiyalar|bu sirketin diger vakansiyalari|top job picks for you|jobs for you|set alert for similar jobs|job search faster with premium|salary estimate|estimated salary|what can i earn|salary insights|salary guide|average salary|similar salaries|how much does|зарплаты по профессии|средняя зарплата|orta maas""".split('|')), key=lambda x: x.encode())
# Names of icon-font ligatures (Material Icons and Symbols) that career sites print as text
# beside a fact ("placeMountain View, CA", "corporate_fare YouTube").
icons = sorted(set('''place location_on corporate_fare bar_chart info_outline info arrow_back arrow_forward help_outline
open_in_new share bookmark bookmark_border work work_outline schedule payments attach_money school business apartment
home search expand_more expand_less chevron_right chevron_left close menu link launch language public event
calendar_today person people group star check check_circle done mail email phone call print download upload
visibility favorite favorite_border more_vert more_horiz filter_list sort tune badge paid timer history
'''.split()), key=lambda x: x.encode())
def rs(xs): return '\n'.join(f'    "{x}",' for x in xs)
open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '..', 'src/posting/lexicon/chrome.rs'),'w').write(f'''//! Job-board chrome: the navigation, button and widget phrases that boards print around an
//! ad, and the headings under which they list other jobs. Folded, sorted by bytes.

/// Lines made only of these phrases (tab-separated cells) are navigation, not the ad.
pub static CHROME: &[&str] = &[
{rs(items)}
];

/// Icon-font ligature names printed as text beside a fact: dropped where they stand alone with
/// an underscore, or glued to the capitalised word after them.
pub static ICON_NAMES: &[&str] = &[
{rs(icons)}
];

/// Headings of blocks about other jobs or the site; what follows them is not the ad.
pub static ELSEWHERE_HEADINGS: &[&str] = &[
{rs(elsewhere)}
];

#[cfg(test)]
mod tests {{
    use super::*;
    use crate::posting::text::lookup::is_sorted;

    #[test]
    fn tables_are_sorted_and_folded() {{
        assert!(is_sorted(CHROME, |s| s));
        assert!(is_sorted(ELSEWHERE_HEADINGS, |s| s));
        assert!(is_sorted(ICON_NAMES, |s| s));
        for s in CHROME.iter().chain(ELSEWHERE_HEADINGS) {{
            assert_eq!(crate::posting::text::fold::fold(s), *s);
        }}
    }}
}}
''')
