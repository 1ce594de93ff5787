//! A composite font's memo of decoded codes. A Type0 font resolves each code through its
//! encoding CMap, its ToUnicode CMap (binary searches and UTF-16 decoding) and its width
//! ranges, while an ad repeats a few hundred codes thousands of times; so each code is
//! resolved once per font and looked up after that. The memo is direct-mapped: a code whose
//! slot is taken replaces the code there.

/// Slots in the memo, a power of two. Subset fonts number their glyphs from 1 upwards and
/// one-byte codes stay under 256, so the codes of one document seldom share a slot.
const SLOTS: usize = 1024;

/// Text bytes kept before the memo starts over. Replaced codes leave their text behind, so
/// this bounds the arena when codes keep colliding.
const MAX_ARENA_BYTES: usize = 64 * 1024;

#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    code: u32,
    filled: bool,
    mapped: bool,
    /// The code's text is `arena[start..start + len]`.
    start: u32,
    len: u32,
    width: f32,
}

/// What one code decodes to.
#[derive(Debug)]
pub struct Resolved<'a> {
    pub text: &'a str,
    pub mapped: bool,
    pub width: f32,
}

#[derive(Debug, Default)]
pub struct CodeMemo {
    /// Empty until the first lookup, so fonts that are loaded but never drawn cost nothing.
    slots: Vec<Slot>,
    arena: String,
}

impl CodeMemo {
    /// The text, mapping and width of `code`. On a miss, `resolve` appends the code's text to
    /// the string it is given and returns whether the code is mapped, and its width.
    pub fn get(&mut self, code: u32, resolve: impl FnOnce(&mut String) -> (bool, f32)) -> Resolved<'_> {
        if self.slots.is_empty() {
            self.slots = vec![Slot::default(); SLOTS];
        }
        let index = (code ^ (code >> 10)) as usize & (SLOTS - 1);
        let slot = self.slots[index];
        if !(slot.filled && slot.code == code) {
            if self.arena.len() > MAX_ARENA_BYTES {
                self.arena.clear();
                self.slots.fill(Slot::default());
            }
            let start = self.arena.len();
            let (mapped, width) = resolve(&mut self.arena);
            self.slots[index] = Slot {
                code,
                filled: true,
                mapped,
                start: start as u32,
                len: (self.arena.len() - start) as u32,
                width,
            };
        }
        let slot = self.slots[index];
        let start = slot.start as usize;
        Resolved {
            text: self
                .arena
                .get(start..start + slot.len as usize)
                .unwrap_or_default(),
            mapped: slot.mapped,
            width: slot.width,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_as_hex(code: u32) -> impl FnOnce(&mut String) -> (bool, f32) {
        move |out: &mut String| {
            out.push_str(&format!("{code:x}"));
            (code.is_multiple_of(2), code as f32)
        }
    }

    #[test]
    fn a_code_is_resolved_once_and_then_remembered() {
        let mut memo = CodeMemo::default();
        let mut calls = 0;
        for _ in 0..3 {
            let r = memo.get(42, |out| {
                calls += 1;
                out.push('ж');
                (true, 0.5)
            });
            assert_eq!((r.text, r.mapped, r.width), ("ж", true, 0.5));
        }
        assert_eq!(calls, 1);
    }

    #[test]
    fn colliding_codes_each_get_their_own_answer() {
        let mut memo = CodeMemo::default();
        // 3,000 scattered codes in 1,024 slots, twice over: most lookups find their slot taken
        // by another code.
        let codes: Vec<u32> = (0..3000u32).map(|i| i.wrapping_mul(2_654_435_761)).collect();
        for _ in 0..2 {
            for &code in &codes {
                let r = memo.get(code, resolve_as_hex(code));
                assert_eq!(r.text, format!("{code:x}"));
                assert_eq!((r.mapped, r.width), (code.is_multiple_of(2), code as f32));
            }
        }
    }

    #[test]
    fn the_arena_starts_over_instead_of_growing_without_bound() {
        let mut memo = CodeMemo::default();
        // Multiples of 2^20 all fold onto slot 0, so each code replaces the one before.
        for i in 0..100_000u32 {
            let code = i << 20;
            let r = memo.get(code, |out| {
                out.push_str("0123456789");
                (true, 1.0)
            });
            assert_eq!(r.text, "0123456789");
        }
        assert!(memo.arena.len() <= MAX_ARENA_BYTES + 10);
    }

    #[test]
    fn unmapped_codes_keep_their_width() {
        let mut memo = CodeMemo::default();
        let r = memo.get(7, |_| (false, 0.25));
        assert_eq!((r.text, r.mapped, r.width), ("", false, 0.25));
        let r = memo.get(7, |_| unreachable!("remembered"));
        assert_eq!((r.text, r.mapped, r.width), ("", false, 0.25));
    }
}
