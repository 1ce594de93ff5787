//! An ad written as a letter: where its salutation and its sign-off stand. The lines above the
//! salutation are the sender's letterhead and the addressee's block ("Abşeron Rayon Məşğulluq
//! Mərkəzinin direktoru cənab …"); the few lines after the sign-off are the signer's name and
//! post ("Direktor", "HR Manager"). Both carry job nouns and names that are not the job's.

use super::lines::Ln;
use crate::posting::lexicon::letters::{SALUTATIONS, SIGN_OFFS};
use crate::posting::text::fold;

/// Lines from the top searched for a salutation.
const SALUTATION_LINES: usize = 40;
/// Most words of a salutation line ("Dear Hiring Manager,", "Hörmətli Rəşad müəllim,").
const SALUTATION_WORDS: usize = 6;
/// Most words of a sign-off line ("Yours sincerely,").
const SIGN_OFF_WORDS: usize = 4;
/// Lines of the signature after a sign-off (name, post, organisation).
const SIGNATURE_LINES: usize = 3;

/// Where a letter's formulas stand, when the ad has them.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Letter {
    /// The salutation's line.
    pub salutation: Option<usize>,
    /// The sign-off's lines.
    pub sign_offs: Vec<usize>,
}

impl Letter {
    /// Finds the salutation (near the top) and the sign-offs of `lines`.
    pub fn read(lines: &[Ln]) -> Letter {
        let salutation = lines
            .iter()
            .enumerate()
            .filter(|(_, ln)| !ln.skip())
            .take(SALUTATION_LINES)
            .find(|(_, ln)| starts_with_formula(&ln.fold, SALUTATIONS, SALUTATION_WORDS))
            .map(|(i, _)| i);
        let sign_offs = lines
            .iter()
            .enumerate()
            .filter(|(_, ln)| !ln.skip() && starts_with_formula(&ln.fold, SIGN_OFFS, SIGN_OFF_WORDS))
            .map(|(i, _)| i)
            .collect();
        Letter {
            salutation,
            sign_offs,
        }
    }

    /// True when line `i` is above the salutation (letterhead, addressee) or in a signature.
    pub fn frames(&self, i: usize) -> bool {
        self.salutation.is_some_and(|s| i < s)
            || self.sign_offs.iter().any(|&s| i > s && i <= s + SIGNATURE_LINES)
    }
}

/// True when the folded line `f` opens with one of `formulas` and is short, as a letter's
/// formula stands on its own line.
fn starts_with_formula(f: &str, formulas: &[&str], max_words: usize) -> bool {
    let f = f.trim_start();
    formulas.iter().any(|g| {
        f.starts_with(g)
            && f[g.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || g.ends_with(' '))
    }) && fold::words(f).count() <= max_words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::ad::Ad;

    fn letter_of(text: &str) -> Letter {
        let doc = crate::layout::Document::from_plain_text(text);
        let ad = Ad::new(&doc, None);
        ad.letter.clone()
    }

    #[test]
    fn a_letter_has_its_salutation_and_sign_off() {
        let l = letter_of(
            "Baltic Freight Ltd\nMs Jane Doe\nRegional Jobcentre\n\nDear Ms Doe,\n\nWe are hiring two \
             forklift drivers for our depot.\n\nYours sincerely,\nPeter Smith\nOperations Director\n",
        );
        let s = l.salutation.expect("salutation");
        assert!(l.frames(0) && l.frames(s - 1) && !l.frames(s) && !l.frames(s + 1));
        let end = *l.sign_offs.first().expect("sign-off");
        assert!(l.frames(end + 1) && l.frames(end + 2));
    }

    #[test]
    fn russian_and_azerbaijani_formulas_are_read() {
        let ru = letter_of(
            "ООО «Ромашка»\n\nЗдравствуйте!\n\nМы ищем кладовщика.\n\nС уважением,\nИрина Петрова\n",
        );
        assert!(ru.salutation.is_some() && !ru.sign_offs.is_empty());
        let az = letter_of(
            "Mərkəzin direktoru cənab Əliyev\n\nHörmətli Rəşad müəllim,\n\nAnbardar vəzifəsi üzrə vakansiya var.\n\nHörmətlə,\nVüqar Nəsibov\n",
        );
        assert!(az.salutation.is_some() && !az.sign_offs.is_empty());
    }

    #[test]
    fn a_sentence_that_starts_like_a_formula_is_no_formula() {
        let l = letter_of(
            "Store Manager\n\nHello there, we are a family bakery in Galway looking for a store manager to run our shop.\n\n\
             Regards to the team are part of our culture and we value them every single day.\n",
        );
        assert_eq!(l, Letter::default());
    }
}
