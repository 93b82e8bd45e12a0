//! Character references: `&#233;`, `&#xE9;`, `&eacute;`, and the legacy `&eacute` without `;`.
//!
//! The named table covers the entities that occur in practice: all of HTML 4 (Latin-1,
//! punctuation, typography, arrows, mathematics, Greek), `&apos;`, the Latin Extended-A letters of
//! Central European names and the ASCII punctuation names of HTML 5.

/// Longest name in [`NAMED`], in bytes.
const MAX_NAME: usize = 21;
/// Longest legacy name (usable without `;`), in bytes.
const MAX_LEGACY: usize = 6;

/// Decodes the character reference that starts at `bytes[at] == b'&'`.
///
/// Returns the character and the position just after the reference, or `None` when the `&` is a
/// literal ampersand. `in_attr` applies the attribute-value rule: a legacy reference without `;`
/// followed by an alphanumeric or `=` stays literal (`?a=1&copy=2`).
pub(super) fn decode(bytes: &[u8], at: usize, in_attr: bool) -> Option<(char, usize)> {
    let mut i = at + 1;
    match bytes.get(i) {
        Some(b'#') => decode_numeric(bytes, i + 1),
        Some(b) if b.is_ascii_alphanumeric() => {
            let start = i;
            while i < bytes.len() && i - start <= MAX_NAME && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let name = &bytes[start..i];
            if bytes.get(i) == Some(&b';')
                && let Some((c, _)) = lookup(name)
            {
                return Some((c, i + 1));
            }
            // Legacy form: the longest known prefix that may stand without a semicolon.
            for len in (2..=name.len().min(MAX_LEGACY)).rev() {
                if let Some((c, true)) = lookup(&name[..len]) {
                    let next = bytes.get(start + len).copied();
                    if next == Some(b';') {
                        return Some((c, start + len + 1));
                    }
                    if in_attr && next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'=') {
                        return None;
                    }
                    return Some((c, start + len));
                }
            }
            None
        }
        _ => None,
    }
}

/// `&#…` after the `#`: decimal or `x`/`X` hexadecimal digits, optional `;`.
fn decode_numeric(bytes: &[u8], mut i: usize) -> Option<(char, usize)> {
    let hex = matches!(bytes.get(i), Some(b'x' | b'X'));
    if hex {
        i += 1;
    }
    let start = i;
    let mut value: u32 = 0;
    while let Some(&b) = bytes.get(i) {
        let digit = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'a'..=b'f' if hex => u32::from(b - b'a' + 10),
            b'A'..=b'F' if hex => u32::from(b - b'A' + 10),
            _ => break,
        };
        // Saturate above the Unicode range: the value only has to stay invalid.
        value = value
            .saturating_mul(if hex { 16 } else { 10 })
            .saturating_add(digit)
            .min(0x0011_0000);
        i += 1;
    }
    if i == start {
        return None;
    }
    if bytes.get(i) == Some(&b';') {
        i += 1;
    }
    Some((numeric_char(value), i))
}

/// The character a numeric reference stands for, as browsers decode it: NUL, surrogates and
/// out-of-range values become U+FFFD, and C1 controls are read as Windows-1252 (`&#146;` is `’`).
fn numeric_char(value: u32) -> char {
    if (0x80..=0x9F).contains(&value) {
        return WINDOWS_1252_C1[(value - 0x80) as usize];
    }
    if value == 0 {
        return '\u{FFFD}';
    }
    char::from_u32(value).unwrap_or('\u{FFFD}')
}

/// Windows-1252 characters for bytes 0x80..=0x9F (unassigned bytes keep their C1 code point).
const WINDOWS_1252_C1: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// A named entity: its character and whether it may be written without `;`.
fn lookup(name: &[u8]) -> Option<(char, bool)> {
    let i = NAMED_KEYS.binary_search(&key(name)).ok()?;
    let (n, c, legacy) = NAMED[i];
    // Keys hold 16 bytes, zero-padded: compare the whole name when it could differ.
    (n.len() == name.len() && (n.len() <= 16 && !name.contains(&0) || n == name))
        .then_some((c, legacy))
}

/// The first 16 bytes of a name, big-endian and zero-padded: keys order like the names.
const fn key(name: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    let mut i = 0;
    while i < name.len() && i < 16 {
        buf[i] = name[i];
        i += 1;
    }
    u128::from_be_bytes(buf)
}

static NAMED_KEYS: [u128; NAMED.len()] = {
    let mut out = [0u128; NAMED.len()];
    let mut i = 0;
    while i < NAMED.len() {
        out[i] = key(NAMED[i].0);
        i += 1;
    }
    out
};

/// Named character references, sorted by name bytes (a test checks the order).
/// Columns: name, character, usable without `;` (the legacy HTML 4 Latin-1 set).
#[rustfmt::skip]
static NAMED: &[(&[u8], char, bool)] = &[
    (b"AElig", 'Æ', true),
    (b"AMP", '&', true),
    (b"Aacute", 'Á', true),
    (b"Abreve", 'Ă', false),
    (b"Acirc", 'Â', true),
    (b"Agrave", 'À', true),
    (b"Alpha", 'Α', false),
    (b"Amacr", 'Ā', false),
    (b"Aogon", 'Ą', false),
    (b"Aring", 'Å', true),
    (b"Atilde", 'Ã', true),
    (b"Auml", 'Ä', true),
    (b"Beta", 'Β', false),
    (b"COPY", '©', true),
    (b"Cacute", 'Ć', false),
    (b"Ccaron", 'Č', false),
    (b"Ccedil", 'Ç', true),
    (b"Chi", 'Χ', false),
    (b"CloseCurlyDoubleQuote", '”', false),
    (b"CloseCurlyQuote", '’', false),
    (b"Dagger", '‡', false),
    (b"Dcaron", 'Ď', false),
    (b"Delta", 'Δ', false),
    (b"Dstrok", 'Đ', false),
    (b"ETH", 'Ð', true),
    (b"Eacute", 'É', true),
    (b"Ecaron", 'Ě', false),
    (b"Ecirc", 'Ê', true),
    (b"Egrave", 'È', true),
    (b"Emacr", 'Ē', false),
    (b"Eogon", 'Ę', false),
    (b"Epsilon", 'Ε', false),
    (b"Eta", 'Η', false),
    (b"Euml", 'Ë', true),
    (b"GT", '>', true),
    (b"Gamma", 'Γ', false),
    (b"Gbreve", 'Ğ', false),
    (b"Hat", '^', false),
    (b"Iacute", 'Í', true),
    (b"Icirc", 'Î', true),
    (b"Idot", 'İ', false),
    (b"Igrave", 'Ì', true),
    (b"Imacr", 'Ī', false),
    (b"Iota", 'Ι', false),
    (b"Iuml", 'Ï', true),
    (b"Kappa", 'Κ', false),
    (b"LT", '<', true),
    (b"Lambda", 'Λ', false),
    (b"Lstrok", 'Ł', false),
    (b"Mu", 'Μ', false),
    (b"Nacute", 'Ń', false),
    (b"Ncaron", 'Ň', false),
    (b"NewLine", '\u{a}', false),
    (b"NoBreak", '\u{2060}', false),
    (b"NonBreakingSpace", '\u{a0}', false),
    (b"Ntilde", 'Ñ', true),
    (b"Nu", 'Ν', false),
    (b"OElig", 'Œ', false),
    (b"Oacute", 'Ó', true),
    (b"Ocirc", 'Ô', true),
    (b"Odblac", 'Ő', false),
    (b"Ograve", 'Ò', true),
    (b"Omacr", 'Ō', false),
    (b"Omega", 'Ω', false),
    (b"Omicron", 'Ο', false),
    (b"OpenCurlyDoubleQuote", '“', false),
    (b"OpenCurlyQuote", '‘', false),
    (b"Oslash", 'Ø', true),
    (b"Otilde", 'Õ', true),
    (b"Ouml", 'Ö', true),
    (b"Phi", 'Φ', false),
    (b"Pi", 'Π', false),
    (b"Prime", '″', false),
    (b"Psi", 'Ψ', false),
    (b"QUOT", '\u{22}', true),
    (b"REG", '®', true),
    (b"Rcaron", 'Ř', false),
    (b"Rho", 'Ρ', false),
    (b"Sacute", 'Ś', false),
    (b"Scaron", 'Š', false),
    (b"Scedil", 'Ş', false),
    (b"Sigma", 'Σ', false),
    (b"THORN", 'Þ', true),
    (b"TRADE", '™', false),
    (b"Tab", '\u{9}', false),
    (b"Tau", 'Τ', false),
    (b"Tcaron", 'Ť', false),
    (b"Theta", 'Θ', false),
    (b"Uacute", 'Ú', true),
    (b"Ucirc", 'Û', true),
    (b"Udblac", 'Ű', false),
    (b"Ugrave", 'Ù', true),
    (b"Umacr", 'Ū', false),
    (b"Upsilon", 'Υ', false),
    (b"Uring", 'Ů', false),
    (b"Uuml", 'Ü', true),
    (b"Xi", 'Ξ', false),
    (b"Yacute", 'Ý', true),
    (b"Yuml", 'Ÿ', false),
    (b"Zacute", 'Ź', false),
    (b"Zcaron", 'Ž', false),
    (b"Zdot", 'Ż', false),
    (b"ZeroWidthSpace", '\u{200b}', false),
    (b"Zeta", 'Ζ', false),
    (b"aacute", 'á', true),
    (b"abreve", 'ă', false),
    (b"acirc", 'â', true),
    (b"acute", '´', true),
    (b"aelig", 'æ', true),
    (b"agrave", 'à', true),
    (b"alefsym", 'ℵ', false),
    (b"alpha", 'α', false),
    (b"amacr", 'ā', false),
    (b"amp", '&', true),
    (b"and", '∧', false),
    (b"ang", '∠', false),
    (b"angst", 'Å', false),
    (b"aogon", 'ą', false),
    (b"apos", '\u{27}', false),
    (b"aring", 'å', true),
    (b"ast", '*', false),
    (b"asymp", '≈', false),
    (b"atilde", 'ã', true),
    (b"auml", 'ä', true),
    (b"bdquo", '„', false),
    (b"beta", 'β', false),
    (b"bigstar", '★', false),
    (b"brvbar", '¦', true),
    (b"bsol", '\u{5c}', false),
    (b"bull", '•', false),
    (b"cacute", 'ć', false),
    (b"cap", '∩', false),
    (b"ccaron", 'č', false),
    (b"ccedil", 'ç', true),
    (b"cedil", '¸', true),
    (b"cent", '¢', true),
    (b"centerdot", '·', false),
    (b"check", '✓', false),
    (b"checkmark", '✓', false),
    (b"chi", 'χ', false),
    (b"circ", 'ˆ', false),
    (b"clubs", '♣', false),
    (b"colon", ':', false),
    (b"comma", ',', false),
    (b"commat", '@', false),
    (b"cong", '≅', false),
    (b"copy", '©', true),
    (b"copysr", '℗', false),
    (b"crarr", '↵', false),
    (b"cross", '✗', false),
    (b"cup", '∪', false),
    (b"curren", '¤', true),
    (b"dArr", '⇓', false),
    (b"dagger", '†', false),
    (b"darr", '↓', false),
    (b"dash", '‐', false),
    (b"dcaron", 'ď', false),
    (b"deg", '°', true),
    (b"delta", 'δ', false),
    (b"diams", '♦', false),
    (b"divide", '÷', true),
    (b"dollar", '$', false),
    (b"dstrok", 'đ', false),
    (b"eacute", 'é', true),
    (b"ecaron", 'ě', false),
    (b"ecirc", 'ê', true),
    (b"egrave", 'è', true),
    (b"emacr", 'ē', false),
    (b"empty", '∅', false),
    (b"emsp", '\u{2003}', false),
    (b"ensp", '\u{2002}', false),
    (b"eogon", 'ę', false),
    (b"epsilon", 'ε', false),
    (b"equals", '=', false),
    (b"equiv", '≡', false),
    (b"eta", 'η', false),
    (b"eth", 'ð', true),
    (b"euml", 'ë', true),
    (b"euro", '€', false),
    (b"excl", '!', false),
    (b"exist", '∃', false),
    (b"female", '♀', false),
    (b"fnof", 'ƒ', false),
    (b"forall", '∀', false),
    (b"frac12", '½', true),
    (b"frac13", '⅓', false),
    (b"frac14", '¼', true),
    (b"frac23", '⅔', false),
    (b"frac34", '¾', true),
    (b"frasl", '⁄', false),
    (b"gamma", 'γ', false),
    (b"gbreve", 'ğ', false),
    (b"ge", '≥', false),
    (b"grave", '`', false),
    (b"gt", '>', true),
    (b"hArr", '⇔', false),
    (b"hairsp", '\u{200a}', false),
    (b"half", '½', false),
    (b"harr", '↔', false),
    (b"hearts", '♥', false),
    (b"hellip", '…', false),
    (b"horbar", '―', false),
    (b"hyphen", '‐', false),
    (b"iacute", 'í', true),
    (b"icirc", 'î', true),
    (b"iexcl", '¡', true),
    (b"igrave", 'ì', true),
    (b"imacr", 'ī', false),
    (b"image", 'ℑ', false),
    (b"imath", 'ı', false),
    (b"infin", '∞', false),
    (b"int", '∫', false),
    (b"iota", 'ι', false),
    (b"iquest", '¿', true),
    (b"isin", '∈', false),
    (b"iuml", 'ï', true),
    (b"kappa", 'κ', false),
    (b"lArr", '⇐', false),
    (b"lambda", 'λ', false),
    (b"lang", '⟨', false),
    (b"laquo", '«', true),
    (b"larr", '←', false),
    (b"lbrace", '{', false),
    (b"lbrack", '[', false),
    (b"lceil", '⌈', false),
    (b"lcub", '{', false),
    (b"ldquo", '“', false),
    (b"ldquor", '„', false),
    (b"le", '≤', false),
    (b"lfloor", '⌊', false),
    (b"lowast", '∗', false),
    (b"lowbar", '_', false),
    (b"loz", '◊', false),
    (b"lpar", '(', false),
    (b"lrm", '\u{200e}', false),
    (b"lsaquo", '‹', false),
    (b"lsqb", '[', false),
    (b"lsquo", '‘', false),
    (b"lsquor", '‚', false),
    (b"lstrok", 'ł', false),
    (b"lt", '<', true),
    (b"macr", '¯', true),
    (b"male", '♂', false),
    (b"mdash", '—', false),
    (b"micro", 'µ', true),
    (b"middot", '·', true),
    (b"minus", '−', false),
    (b"mldr", '…', false),
    (b"mu", 'μ', false),
    (b"nabla", '∇', false),
    (b"nacute", 'ń', false),
    (b"nbsp", '\u{a0}', true),
    (b"ncaron", 'ň', false),
    (b"ndash", '–', false),
    (b"ne", '≠', false),
    (b"ni", '∋', false),
    (b"nldr", '‥', false),
    (b"not", '¬', true),
    (b"notin", '∉', false),
    (b"nsub", '⊄', false),
    (b"ntilde", 'ñ', true),
    (b"nu", 'ν', false),
    (b"num", '#', false),
    (b"numero", '№', false),
    (b"numsp", '\u{2007}', false),
    (b"oacute", 'ó', true),
    (b"ocirc", 'ô', true),
    (b"odblac", 'ő', false),
    (b"oelig", 'œ', false),
    (b"ograve", 'ò', true),
    (b"ohm", 'Ω', false),
    (b"oline", '‾', false),
    (b"omacr", 'ō', false),
    (b"omega", 'ω', false),
    (b"omicron", 'ο', false),
    (b"oplus", '⊕', false),
    (b"or", '∨', false),
    (b"ordf", 'ª', true),
    (b"ordm", 'º', true),
    (b"oslash", 'ø', true),
    (b"otilde", 'õ', true),
    (b"otimes", '⊗', false),
    (b"ouml", 'ö', true),
    (b"para", '¶', true),
    (b"part", '∂', false),
    (b"percnt", '%', false),
    (b"period", '.', false),
    (b"permil", '‰', false),
    (b"perp", '⊥', false),
    (b"phi", 'φ', false),
    (b"phone", '☎', false),
    (b"pi", 'π', false),
    (b"piv", 'ϖ', false),
    (b"plus", '+', false),
    (b"plusmn", '±', true),
    (b"pound", '£', true),
    (b"prime", '′', false),
    (b"prod", '∏', false),
    (b"prop", '∝', false),
    (b"psi", 'ψ', false),
    (b"puncsp", '\u{2008}', false),
    (b"quest", '?', false),
    (b"quot", '\u{22}', true),
    (b"rArr", '⇒', false),
    (b"radic", '√', false),
    (b"rang", '⟩', false),
    (b"raquo", '»', true),
    (b"rarr", '→', false),
    (b"rbrace", '}', false),
    (b"rbrack", ']', false),
    (b"rcaron", 'ř', false),
    (b"rceil", '⌉', false),
    (b"rcub", '}', false),
    (b"rdquo", '”', false),
    (b"rdquor", '”', false),
    (b"real", 'ℜ', false),
    (b"reg", '®', true),
    (b"rfloor", '⌋', false),
    (b"rho", 'ρ', false),
    (b"rlm", '\u{200f}', false),
    (b"rpar", ')', false),
    (b"rsaquo", '›', false),
    (b"rsqb", ']', false),
    (b"rsquo", '’', false),
    (b"rsquor", '’', false),
    (b"sacute", 'ś', false),
    (b"sbquo", '‚', false),
    (b"scaron", 'š', false),
    (b"scedil", 'ş', false),
    (b"sdot", '⋅', false),
    (b"sect", '§', true),
    (b"semi", ';', false),
    (b"shy", '\u{ad}', true),
    (b"sigma", 'σ', false),
    (b"sigmaf", 'ς', false),
    (b"sim", '∼', false),
    (b"sol", '/', false),
    (b"spades", '♠', false),
    (b"star", '☆', false),
    (b"starf", '★', false),
    (b"sub", '⊂', false),
    (b"sube", '⊆', false),
    (b"sum", '∑', false),
    (b"sup", '⊃', false),
    (b"sup1", '¹', true),
    (b"sup2", '²', true),
    (b"sup3", '³', true),
    (b"supe", '⊇', false),
    (b"szlig", 'ß', true),
    (b"tau", 'τ', false),
    (b"tcaron", 'ť', false),
    (b"there4", '∴', false),
    (b"theta", 'θ', false),
    (b"thetasym", 'ϑ', false),
    (b"thinsp", '\u{2009}', false),
    (b"thorn", 'þ', true),
    (b"tilde", '˜', false),
    (b"times", '×', true),
    (b"trade", '™', false),
    (b"uArr", '⇑', false),
    (b"uacute", 'ú', true),
    (b"uarr", '↑', false),
    (b"ucirc", 'û', true),
    (b"udblac", 'ű', false),
    (b"ugrave", 'ù', true),
    (b"umacr", 'ū', false),
    (b"uml", '¨', true),
    (b"upsih", 'ϒ', false),
    (b"upsilon", 'υ', false),
    (b"uring", 'ů', false),
    (b"uuml", 'ü', true),
    (b"verbar", '|', false),
    (b"vert", '|', false),
    (b"weierp", '℘', false),
    (b"xi", 'ξ', false),
    (b"yacute", 'ý', true),
    (b"yen", '¥', true),
    (b"yuml", 'ÿ', true),
    (b"zacute", 'ź', false),
    (b"zcaron", 'ž', false),
    (b"zdot", 'ż', false),
    (b"zeta", 'ζ', false),
    (b"zwj", '\u{200d}', false),
    (b"zwnj", '\u{200c}', false),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_bounded() {
        for pair in NAMED.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{:?} before {:?}",
                pair[0].0,
                pair[1].0
            );
        }
        assert!(NAMED.iter().all(|(n, _, _)| n.len() <= MAX_NAME));
        assert!(
            NAMED
                .iter()
                .filter(|(_, _, legacy)| *legacy)
                .all(|(n, _, _)| n.len() <= MAX_LEGACY)
        );
        assert!(NAMED.len() >= 250);
        assert!(NAMED_KEYS.windows(2).all(|w| w[0] < w[1]));
        for (name, c, _) in NAMED {
            assert_eq!(lookup(name).map(|l| l.0), Some(*c));
        }
        assert_eq!(lookup(b"CloseCurlyDoubleQuotes"), None);
        assert_eq!(lookup(b"CloseCurlyDouble"), None);
        assert_eq!(lookup(b"amp\0"), None);
        assert_eq!(lookup(b"Amp"), None);
    }
}
