//! TeX's text font encodings, for Type3 fonts that name their glyphs by code alone.
//!
//! pdfTeX and dvips turn TeX's bitmap (PK) fonts into Type3 fonts whose `/Differences` name
//! each glyph after its code (`/a65`, `/a28`) and carry no ToUnicode map: the code is then all
//! there is, and it means a character of the font's TeX encoding. Three layouts cover text
//! fonts: OT1 (Knuth's original, ligatures at 11–15), T1 (the Cork encoding, ligatures at 27–31)
//! and T2A (Cyrillic: T1's lower half, the Russian alphabet at 0xC0–0xFF); all keep ASCII's
//! printable characters for letters, digits and most punctuation.

/// Which TeX text encoding a font's codes follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TexEncoding {
    Ot1,
    T1,
    T2a,
}

impl TexEncoding {
    /// OT1 when a code of its ligature block (11–15) is drawn; T2A when the font draws more
    /// letters of the upper half (Cyrillic there, accented Latin in T1) than ASCII lower-case
    /// letters, which Latin text is mostly made of; else T1.
    pub fn guess(codes: impl IntoIterator<Item = u8>) -> Self {
        let (mut ot1, mut ascii_lower, mut upper_half) = (false, 0, 0);
        for c in codes {
            ot1 |= (11..=15).contains(&c);
            ascii_lower += usize::from(c.is_ascii_lowercase());
            upper_half += usize::from(c >= 0xC0);
        }
        if ot1 {
            TexEncoding::Ot1
        } else if upper_half > ascii_lower {
            TexEncoding::T2a
        } else {
            TexEncoding::T1
        }
    }

    /// The text of `code`; `None` for accents, which TeX builds over another glyph, and for
    /// the codes that differ between a font family's members.
    pub fn text(self, code: u8) -> Option<&'static str> {
        if self == TexEncoding::T2a {
            return match code {
                0xC0..=0xFF => CYRILLIC.get(usize::from(code - 0xC0)).copied(),
                0x9C => Some("Ё"),
                0x9D => Some("№"),
                0xBC => Some("ё"),
                0xBE => Some("«"),
                0xBF => Some("»"),
                0x80..=0xBF => None,
                _ => TexEncoding::T1.text(code),
            };
        }
        match (self, code) {
            (TexEncoding::Ot1, 0..=10) => Some(OT1_GREEK[usize::from(code)]),
            (TexEncoding::Ot1, 11..=15) => Some(LIGATURES[usize::from(code - 11)]),
            (TexEncoding::Ot1, 16) => Some("ı"),
            (TexEncoding::Ot1, 17) => Some("ȷ"),
            (TexEncoding::Ot1, 25) => Some("ß"),
            (TexEncoding::Ot1, 26) => Some("æ"),
            (TexEncoding::Ot1, 27) => Some("œ"),
            (TexEncoding::Ot1, 28) => Some("ø"),
            (TexEncoding::Ot1, 29) => Some("Æ"),
            (TexEncoding::Ot1, 30) => Some("Œ"),
            (TexEncoding::Ot1, 31) => Some("Ø"),
            (TexEncoding::Ot1, 92) => Some("“"),
            (TexEncoding::Ot1, 123) => Some("–"),
            (TexEncoding::Ot1, 124) => Some("—"),
            (TexEncoding::T1, 16) => Some("“"),
            (TexEncoding::T1, 17) => Some("”"),
            (TexEncoding::T1, 18) => Some("„"),
            (TexEncoding::T1, 19) => Some("«"),
            (TexEncoding::T1, 20) => Some("»"),
            (TexEncoding::T1, 21) => Some("–"),
            (TexEncoding::T1, 22) => Some("—"),
            (TexEncoding::T1, 25) => Some("ı"),
            (TexEncoding::T1, 26) => Some("ȷ"),
            (TexEncoding::T1, 27..=31) => Some(LIGATURES[usize::from(code - 27)]),
            (TexEncoding::T1, 127) => Some("-"),
            (TexEncoding::T1, 0xD7) => Some("Œ"),
            (TexEncoding::T1, 0xDF) => Some("SS"),
            (TexEncoding::T1, 0xF7) => Some("œ"),
            (TexEncoding::T1, 0xFF) => Some("ß"),
            (TexEncoding::T1, 0xC0..=0xFF) => LATIN1_UPPER_HALF.get(usize::from(code - 0xC0)).copied(),
            (_, 33..=126) => ASCII.get(usize::from(code - 33)).copied(),
            _ => None,
        }
    }
}

const OT1_GREEK: [&str; 11] = ["Γ", "Δ", "Θ", "Λ", "Ξ", "Π", "Σ", "Υ", "Φ", "Ψ", "Ω"];
const LIGATURES: [&str; 5] = ["ff", "fi", "fl", "ffi", "ffl"];
const ASCII: [&str; 94] = [
    "!", "\"", "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/", "0", "1", "2", "3", "4", "5",
    "6", "7", "8", "9", ":", ";", "<", "=", ">", "?", "@", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
    "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "[", "\\", "]", "^", "_",
    "`", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "w", "x", "y", "z", "{", "|", "}", "~",
];
const LATIN1_UPPER_HALF: [&str; 64] = [
    "À", "Á", "Â", "Ã", "Ä", "Å", "Æ", "Ç", "È", "É", "Ê", "Ë", "Ì", "Í", "Î", "Ï", "Ð", "Ñ", "Ò", "Ó", "Ô",
    "Õ", "Ö", "×", "Ø", "Ù", "Ú", "Û", "Ü", "Ý", "Þ", "ß", "à", "á", "â", "ã", "ä", "å", "æ", "ç", "è", "é",
    "ê", "ë", "ì", "í", "î", "ï", "ð", "ñ", "ò", "ó", "ô", "õ", "ö", "÷", "ø", "ù", "ú", "û", "ü", "ý", "þ",
    "ÿ",
];

/// T2A's 0xC0–0xFF: А–Я, then а–я.
const CYRILLIC: [&str; 64] = [
    "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "Й", "К", "Л", "М", "Н", "О", "П", "Р", "С", "Т", "У", "Ф",
    "Х", "Ц", "Ч", "Ш", "Щ", "Ъ", "Ы", "Ь", "Э", "Ю", "Я", "а", "б", "в", "г", "д", "е", "ж", "з", "и", "й",
    "к", "л", "м", "н", "о", "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "ъ", "ы", "ь", "э", "ю",
    "я",
];

/// The code a glyph name of the form `a65`, `g28` or `Cx12` stands for: one or two letters and
/// a decimal number below 256, as TeX's Type3 fonts name their glyphs.
pub fn numeric_glyph_name(name: &[u8]) -> Option<u8> {
    let letters = name.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = &name[letters..];
    if !(1..=2).contains(&letters)
        || digits.is_empty()
        || digits.len() > 3
        || !digits.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    std::str::from_utf8(digits)
        .ok()?
        .parse::<u16>()
        .ok()?
        .try_into()
        .ok()
}

/// The code a dvips bitmap-font glyph name stands for: two characters, the code's base-36
/// digits with the first written as a letter from `A` ("/BM" is 1 × 36 + 22 = 58).
pub fn dvips_glyph_name(name: &[u8]) -> Option<u8> {
    let [hi, lo] = name else {
        return None;
    };
    let hi = hi.checked_sub(b'A').filter(|h| *h < 8)?;
    let lo = match lo {
        b'0'..=b'9' => lo - b'0',
        b'A'..=b'Z' => lo - b'A' + 10,
        _ => return None,
    };
    u8::try_from(u16::from(hi) * 36 + u16::from(lo)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_names_give_their_code() {
        assert_eq!(numeric_glyph_name(b"a65"), Some(65));
        assert_eq!(numeric_glyph_name(b"g0"), Some(0));
        assert_eq!(numeric_glyph_name(b"Cx255"), Some(255));
        assert_eq!(numeric_glyph_name(b"a256"), None);
        assert_eq!(numeric_glyph_name(b"afii10017"), None);
        assert_eq!(numeric_glyph_name(b"one"), None);
        assert_eq!(numeric_glyph_name(b"a"), None);
        assert_eq!(numeric_glyph_name(b"65"), None);
    }

    #[test]
    fn dvips_names_give_their_code() {
        assert_eq!(dvips_glyph_name(b"BM"), Some(58));
        assert_eq!(dvips_glyph_name(b"FE"), Some(194));
        assert_eq!(dvips_glyph_name(b"H3"), Some(255));
        assert_eq!(dvips_glyph_name(b"A0"), Some(0));
        assert_eq!(dvips_glyph_name(b"H4"), None);
        assert_eq!(dvips_glyph_name(b"Ia"), None);
        assert_eq!(dvips_glyph_name(b"fi"), None);
        assert_eq!(dvips_glyph_name(b"ABC"), None);
    }

    #[test]
    fn each_layout_reads_its_ligatures_and_keeps_ascii() {
        let t1 = TexEncoding::guess([27u8, 65, 104]);
        assert_eq!(t1, TexEncoding::T1);
        assert_eq!(t1.text(28), Some("fi"));
        assert_eq!(t1.text(21), Some("–"));
        assert_eq!(t1.text(0xE9), Some("é"));
        assert_eq!(t1.text(b'x'), Some("x"));
        assert_eq!(t1.text(0x80), None);
        let ot1 = TexEncoding::guess([12u8, 65]);
        assert_eq!(ot1, TexEncoding::Ot1);
        assert_eq!(ot1.text(12), Some("fi"));
        assert_eq!(ot1.text(27), Some("œ"));
        assert_eq!(ot1.text(123), Some("–"));
        assert_eq!(ot1.text(b'7'), Some("7"));
        assert_eq!(ot1.text(32), None);
        let t2a = TexEncoding::guess([0xC2u8, 0xE0, 0xEA, 0xE0, 0xED, 0xF1, 0xE8, 0xFF, 0x9C, 21, b'1']);
        assert_eq!(t2a, TexEncoding::T2a);
        assert_eq!(t2a.text(0xC2), Some("В"));
        assert_eq!(t2a.text(0xFF), Some("я"));
        assert_eq!(t2a.text(0x9C), Some("Ё"));
        assert_eq!(t2a.text(21), Some("–"));
        assert_eq!(t2a.text(b'1'), Some("1"));
        // A Latin text with a few accented letters stays T1.
        assert_eq!(
            TexEncoding::guess([b'c', b'a', b'f', 0xE9, b'n']),
            TexEncoding::T1
        );
    }
}
