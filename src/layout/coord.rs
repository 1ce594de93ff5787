//! Minimum and maximum of coordinates and sizes, as one instruction on every target.
//!
//! `f32::min` and `f32::max` return the other operand when one is NaN. Wasm's `f32.min`
//! propagates NaN instead, so on wasm32 the std functions compile to calls into libm's `fminf`
//! and `fmaxf`: in the per-glyph loops those calls took a tenth of the extraction's time inside
//! the component. Layout never sees a NaN (the interpreter drops glyphs whose geometry is not
//! finite), so a plain comparison gives the same answers.

/// The smaller of `a` and `b`.
#[inline]
pub fn min(a: f32, b: f32) -> f32 {
    if b < a { b } else { a }
}

/// The larger of `a` and `b`.
#[inline]
pub fn max(a: f32, b: f32) -> f32 {
    if b > a { b } else { a }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agree_with_std_on_finite_values() {
        let values = [-3.5f32, -0.0, 0.0, 1.0, 2.5, f32::MAX, f32::MIN, f32::INFINITY];
        for a in values {
            for b in values {
                assert_eq!(min(a, b), a.min(b), "min({a}, {b})");
                assert_eq!(max(a, b), a.max(b), "max({a}, {b})");
            }
        }
    }
}
