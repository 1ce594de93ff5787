//! Language of the ad: English, Azerbaijani or Russian, else another ISO 639-1 code when the
//! script or common function words give it away, else `None`.

use crate::posting::ad::lines::Ln;
use crate::posting::text::fold;

/// Languages told apart by function words, in the bit order of [`stopword_mask`].
const STOPWORD_LANGS: &[&str] = &["en", "az", "tr", "de", "fr", "es", "it", "pt", "nl", "pl"];

/// Which languages (bits in [`STOPWORD_LANGS`] order) use `w` as a frequent function word.
fn stopword_mask(w: &str) -> u16 {
    match w {
        "and" | "are" | "for" | "in" | "of" | "our" | "the" | "to" | "we" | "will" | "with" | "you"
        | "your" => 0x0001,
        "bilmesi" | "edilir" | "olunur" | "tecrube" | "ucun" | "uzre" => 0x0002,
        "bir" | "deneyim" | "icin" | "olarak" | "veya" => 0x0004,
        "ile" | "olan" | "sirket" | "ve" => 0x0006,
        "is" => 0x0007,
        "das" | "der" | "die" | "ein" | "eine" | "fur" | "ist" | "mit" | "und" | "von" | "wir" | "zu" => {
            0x0008
        }
        "avec" | "des" | "du" | "est" | "et" | "le" | "les" | "nous" | "pour" | "une" | "vous" => 0x0010,
        "el" | "las" | "los" | "por" | "y" => 0x0020,
        "che" | "della" | "di" | "il" | "per" | "sono" => 0x0040,
        "la" => 0x0050,
        "con" | "del" | "una" => 0x0060,
        "com" | "da" | "em" | "o" | "os" | "uma" => 0x0080,
        "para" | "que" => 0x00a0,
        "e" => 0x00c0,
        "een" | "het" | "je" | "met" | "van" | "voor" | "wij" | "zijn" => 0x0100,
        "en" => 0x0130,
        "de" => 0x01a0,
        "dla" | "i" | "jest" | "na" | "od" | "oraz" | "w" | "z" => 0x0200,
        "sie" => 0x0208,
        "do" => 0x0280,
        _ => 0,
    }
}

/// Detects the language of the lines.
pub fn detect(lines: &[Ln]) -> Option<String> {
    let mut latin = 0usize;
    let mut cyrillic = 0usize;
    let mut schwa = 0usize;
    let mut turkic = 0usize;
    let mut uk = 0usize;
    let mut kk = 0usize;
    let mut other: [(usize, &str); 9] = [
        (0, "ka"),
        (0, "hy"),
        (0, "ar"),
        (0, "el"),
        (0, "he"),
        (0, "ko"),
        (0, "ja"),
        (0, "zh"),
        (0, "hi"),
    ];
    // A few thousand letters tell the script; long documents need not be read to the end.
    let mut seen = 0usize;
    for ln in lines {
        seen += ln.text.len();
        if seen > 6000 {
            break;
        }
        for c in ln.text.chars() {
            match c {
                'a'..='z' | 'A'..='Z' => latin += 1,
                'ə' | 'Ə' => {
                    schwa += 1;
                    latin += 1;
                }
                'ğ' | 'Ğ' | 'ı' | 'İ' | 'ş' | 'Ş' => {
                    turkic += 1;
                    latin += 1;
                }
                'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                    uk += 1;
                    cyrillic += 1;
                }
                'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'Ә' | 'Ғ' | 'Қ' | 'Ң' | 'Ө' | 'Ұ' | 'Ү' =>
                {
                    kk += 1;
                    cyrillic += 1;
                }
                '\u{0400}'..='\u{04ff}' => cyrillic += 1,
                '\u{10a0}'..='\u{10ff}' => other[0].0 += 1,
                '\u{0530}'..='\u{058f}' => other[1].0 += 1,
                '\u{0600}'..='\u{06ff}' => other[2].0 += 1,
                '\u{0370}'..='\u{03ff}' => other[3].0 += 1,
                '\u{0590}'..='\u{05ff}' => other[4].0 += 1,
                '\u{ac00}'..='\u{d7af}' => other[5].0 += 1,
                '\u{3040}'..='\u{30ff}' => other[6].0 += 1,
                '\u{4e00}'..='\u{9fff}' => other[7].0 += 1,
                '\u{0900}'..='\u{097f}' => other[8].0 += 1,
                _ => {}
            }
        }
    }
    // Kana beats Han: Japanese text mixes both.
    if other[6].0 > 0 && other[7].0 > 0 {
        other[6].0 += other[7].0;
    }
    let (best_other, code) = other.iter().copied().max_by_key(|o| o.0).unwrap_or((0, ""));
    let total = latin + cyrillic + best_other;
    if total < 20 {
        return None;
    }
    if best_other * 2 > total {
        return Some(code.to_string());
    }
    if cyrillic >= latin {
        return Some(
            if kk >= 3 {
                "kk"
            } else if uk >= 3 {
                "uk"
            } else {
                "ru"
            }
            .to_string(),
        );
    }
    if schwa >= 3 {
        return Some("az".to_string());
    }
    let mut counts = [0usize; STOPWORD_LANGS.len()];
    for ln in lines.iter().take(60) {
        for (_, w) in fold::words(&ln.fold) {
            let m = stopword_mask(w);
            if m != 0 {
                for (k, c) in counts.iter_mut().enumerate() {
                    if m & (1 << k) != 0 {
                        *c += 1;
                    }
                }
            }
        }
    }
    let (best, &n) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    let code = STOPWORD_LANGS[best];
    if n < 3 {
        return None;
    }
    if code == "tr" && turkic == 0 {
        return None;
    }
    Some(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Document;
    use crate::posting::ad::lines::flatten;

    fn lang(t: &str) -> Option<String> {
        let d = Document::from_plain_text(t);
        detect(&flatten(&d))
    }

    #[test]
    fn detects_the_three_languages() {
        assert_eq!(
            lang("We are looking for an engineer to join our team and you will work with the best.")
                .as_deref(),
            Some("en")
        );
        assert_eq!(
            lang("Şirkətimiz təcrübəli mühasib axtarır. Vəzifə öhdəlikləri və tələblər.").as_deref(),
            Some("az")
        );
        assert_eq!(
            lang("Мы ищем опытного бухгалтера в нашу команду. Обязанности и требования.").as_deref(),
            Some("ru")
        );
    }

    #[test]
    fn detects_others_or_nothing() {
        assert_eq!(
            lang("Wir suchen einen Ingenieur für unser Team und die Arbeit mit der Software.").as_deref(),
            Some("de")
        );
        assert_eq!(
            lang("ვაკანსია: გაყიდვების მენეჯერი თბილისში, სრული განაკვეთი").as_deref(),
            Some("ka")
        );
        assert_eq!(
            lang("Шукаємо інженера. Вимоги: досвід роботи від 3 років, знання її.").as_deref(),
            Some("uk")
        );
        assert_eq!(lang("").as_deref(), None);
        assert_eq!(lang("+994 12 404 40 40 hr@x.az").as_deref(), None);
    }
}
