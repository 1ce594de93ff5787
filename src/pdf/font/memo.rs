//! A composite font's memo of decoded codes. A Type0 font resolves each code through its
//! encoding CMap, its ToUnicode CMap (binary searches and UTF-16 decoding) and its width
//! ranges, while an ad repeats a few hundred codes thousands of times; so each code is
//! resolved once per font and looked up after that. The memo is direct-mapped: a code whose
//! slot is taken replaces the code there.

/// Slots in the memo, a power of two. Subset fonts number their glyphs from 1 upwards and
/// one-byte codes stay under 256, so the codes of one ad seldom share a slot.
const SLOTS: usize = 512;

/// Text bytes kept before the memo starts over. Replaced codes leave their text behind, so
/// this bounds the arena when codes keep colliding.
const MAX_ARENA_BYTES: usize = 4 * 1024;

/// Room for one code's text beyond the arena's cap: a CMap value is at most 32 UTF-16 units,
/// 96 bytes of UTF-8.
const MAX_CODE_TEXT_BYTES: usize = 128;

/// The most heap one memo holds. A document loads at most 2,000 fonts, so its memos stay
/// near 20 MiB even in a hostile file.
const MAX_MEMO_BYTES: usize = SLOTS * std::mem::size_of::<Slot>() + MAX_ARENA_BYTES + MAX_CODE_TEXT_BYTES;

// 2,000 fonts × this stays near 20 MiB.
const _: () = assert!(MAX_MEMO_BYTES <= 10_500);

#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    code: u32,
    /// The code's text is `arena[start..start + len]`.
    start: u16,
    len: u8,
    /// `FILLED`, `MAPPED`.
    flags: u8,
    width: f32,
}

const FILLED: u8 = 1;
const MAPPED: u8 = 2;

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
            // Allocated once at its full size, so the arena never doubles past its bound.
            self.arena.reserve_exact(MAX_ARENA_BYTES + MAX_CODE_TEXT_BYTES);
        }
        let index = (code ^ (code >> 9)) as usize & (SLOTS - 1);
        let slot = self.slots[index];
        if slot.flags & FILLED != 0 && slot.code == code {
            let start = usize::from(slot.start);
            return Resolved {
                text: self
                    .arena
                    .get(start..start + usize::from(slot.len))
                    .unwrap_or_default(),
                mapped: slot.flags & MAPPED != 0,
                width: slot.width,
            };
        }
        if self.arena.len() > MAX_ARENA_BYTES {
            self.arena.clear();
            self.slots.fill(Slot::default());
        }
        let start = self.arena.len();
        let (mapped, width) = resolve(&mut self.arena);
        let end = self.arena.len();
        // Text too long for a slot (never from a CMap, whose values are capped) is answered but
        // not remembered.
        if let (Ok(start), Ok(len)) = (u16::try_from(start), u8::try_from(end - start)) {
            self.slots[index] = Slot {
                code,
                start,
                len,
                flags: FILLED | if mapped { MAPPED } else { 0 },
                width,
            };
        }
        Resolved {
            text: self.arena.get(start..end).unwrap_or_default(),
            mapped,
            width,
        }
    }

    /// Heap bytes held.
    #[cfg(test)]
    fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>() + self.arena.capacity()
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
        // 3,000 scattered codes in 512 slots, twice over: most lookups find their slot taken
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
        // Multiples of 2^18 all fold onto slot 0, so each code replaces the one before.
        for i in 0..100_000u32 {
            let code = i << 18;
            let r = memo.get(code, |out| {
                out.push_str("0123456789");
                (true, 1.0)
            });
            assert_eq!(r.text, "0123456789");
        }
        assert!(memo.arena.len() <= MAX_ARENA_BYTES + 10);
    }

    #[test]
    fn a_memo_never_holds_more_than_its_bound() {
        let mut memo = CodeMemo::default();
        // Every code new, each with the longest text a CMap value can have.
        let longest: String = "ꙮ".repeat(32);
        for code in 0..200_000u32 {
            let r = memo.get(code.wrapping_mul(2_654_435_761), |out| {
                out.push_str(&longest);
                (true, 1.0)
            });
            assert_eq!(r.text, longest);
            assert!(memo.heap_bytes() <= MAX_MEMO_BYTES, "{} bytes", memo.heap_bytes());
        }
    }

    #[test]
    fn text_too_long_for_a_slot_is_answered_but_not_remembered() {
        let mut memo = CodeMemo::default();
        let long = "x".repeat(300);
        let r = memo.get(9, |out| {
            out.push_str(&long);
            (true, 2.0)
        });
        assert_eq!((r.text, r.mapped, r.width), (long.as_str(), true, 2.0));
        let mut calls = 0;
        memo.get(9, |out| {
            calls += 1;
            out.push_str(&long);
            (true, 2.0)
        });
        assert_eq!(calls, 1);
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
