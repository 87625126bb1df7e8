//! Exact decimal arithmetic the rest of the crate shares: whether a product
//! or a quotient rounded, and sums rounded away from an interval's middle.

use rust_decimal::Decimal;

/// Whether `p`, computed as `a × b`, is that product exactly: whether its
/// digits, at the scale of the exact product, are the product of the two
/// mantissas. A product too wide to check in 128 bits counts as rounded.
pub(crate) fn product_is_exact(p: Decimal, a: Decimal, b: Decimal) -> bool {
    let scale = a.scale() + b.scale();
    let Some(exact) = a.mantissa().checked_mul(b.mantissa()) else {
        return false;
    };
    // A product never has more places than its factors together.
    let Some(shift) = scale
        .checked_sub(p.scale())
        .and_then(|k| 10_i128.checked_pow(k))
    else {
        return false;
    };
    p.mantissa().checked_mul(shift) == Some(exact)
}

/// Whether `q`, computed as `n / d`, is that quotient exactly: whether
/// `q × d` is `n` by a product that did not round. (Multiplying back alone
/// is not enough: 8/11 rounded, times 11, rounds back to 8.)
pub(crate) fn quotient_is_exact(q: Decimal, n: Decimal, d: Decimal) -> bool {
    q.checked_mul(d)
        .is_some_and(|back| back == n && product_is_exact(back, q, d))
}

/// `a + b`, normalized; when the exact sum has more places than a
/// `Decimal` holds, rounded toward +∞ (`up`) or −∞ rather than to the
/// nearest, so that an interval's end never moves inward. `Decimal` keeps
/// the larger scale of the two exactly when the sum fits; a smaller scale
/// says that it rounded. Past `Decimal`'s range, the largest or smallest
/// value.
pub(crate) fn add_outward(a: Decimal, b: Decimal, up: bool) -> Decimal {
    let Some(sum) = a.checked_add(b) else {
        return if up { Decimal::MAX } else { Decimal::MIN };
    };
    if sum.scale() >= a.scale().max(b.scale()) {
        return sum.normalize();
    }
    let ulp = Decimal::new(1, sum.scale());
    let moved = if up {
        sum.checked_add(ulp)
    } else {
        sum.checked_sub(ulp)
    };
    moved.unwrap_or(sum).normalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn products_that_round_are_found() {
        let (a, b) = (d("6.666666666666666666666666667"), d("15"));
        assert!(!product_is_exact(a * b, a, b));
        let (a, b) = (d("0.0666666666666666666666666667"), d("30000"));
        assert!(product_is_exact(a * b, a, b));
        let (a, b) = (d("1.5"), d("2"));
        assert!(product_is_exact(a * b, a, b));
    }

    #[test]
    fn quotients_that_round_are_found() {
        for (n, den, exact) in [
            ("8", "11", false),
            ("1", "3", false),
            ("3", "8", true),
            ("1", "1", true),
        ] {
            let (n, den) = (d(n), d(den));
            assert_eq!(quotient_is_exact(n / den, n, den), exact, "{n}/{den}");
        }
    }

    #[test]
    fn sums_that_do_not_fit_round_outward() {
        let (x, h) = (
            d("9.999999999999999999999999998"),
            d("0.0000000000000000000000000005"),
        );
        assert_eq!(
            add_outward(x, -h, false),
            d("9.999999999999999999999999997")
        );
        assert_eq!(add_outward(x, h, true), d("9.999999999999999999999999999"));
        assert_eq!(add_outward(d("1.5"), d("0.25"), true), d("1.75"));
        assert_eq!(add_outward(Decimal::MAX, Decimal::ONE, true), Decimal::MAX);
    }
}
