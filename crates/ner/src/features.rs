//! Feature extraction: every feature is a 64-bit hash of a template and its values.
//!
//! Per token we compute a few base hashes once (lowercased word with digits folded to `0`, word
//! shape, prefixes and suffixes of 1–4 characters, script, hand-list classes); the features of a
//! token combine the base hashes of a ±2 window with a template number. No string is allocated.
//! The hash function is fixed (FNV-1a then a splitmix finaliser), so a model file written on one
//! machine means the same on every other.

use chancery_model::Span;

/// Number of features per token.
pub const N_FEATURES: usize = 35;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a 64 over bytes, from state `h`.
pub fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// FNV-1a 64 of a string (the split rule uses it on relative paths).
pub fn fnv1a_str(s: &str) -> u64 {
    fnv1a(FNV_OFFSET, s.as_bytes())
}

fn push_char(h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    fnv1a(h, c.encode_utf8(&mut buf).as_bytes())
}

const fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Combines a template number with up to three value hashes.
#[inline]
pub(crate) fn feat(template: u64, a: u64, b: u64, c: u64) -> u64 {
    let h = splitmix(template.wrapping_mul(0x100_0000_01b3) ^ a);
    let h = splitmix(h ^ b.rotate_left(17) ^ c.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    // 0 marks an empty slot in the model's table.
    h.max(1)
}

/// Hand-written word classes (lowercased single words). Bits of [`TokenInfo::class`].
pub const CLASS_TITLE: u8 = 1;
pub const CLASS_ORG: u8 = 2;
pub const CLASS_LOC: u8 = 4;
pub const CLASS_PLACE: u8 = 8;
pub const CLASS_FIRST_NAME: u8 = 16;
pub const CLASS_LOC_PREP: u8 = 32;
pub const CLASS_TIME: u8 = 64;

/// Words that introduce a person (honorifics, offices), French, English, Russian.
const TITLES: &[&str] = &[
    "m.",
    "mm.",
    "mme",
    "mmes",
    "mlle",
    "mgr",
    "me",
    "dr",
    "dr.",
    "pr",
    "prof.",
    "monsieur",
    "madame",
    "président",
    "présidente",
    "ministre",
    "premier",
    "chancelier",
    "chancelière",
    "roi",
    "reine",
    "prince",
    "princesse",
    "pape",
    "général",
    "colonel",
    "sénateur",
    "sénatrice",
    "député",
    "députée",
    "secrétaire",
    "ambassadeur",
    "ambassadrice",
    "patriarche",
    "maire",
    "gouverneur",
    "porte-parole",
    "vice-président",
    "cheikh",
    "émir",
    "sultan",
    "cardinal",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "sir",
    "lord",
    "lady",
    "president",
    "minister",
    "king",
    "queen",
    "pope",
    "general",
    "gen.",
    "senator",
    "secretary",
    "ambassador",
    "chancellor",
    "prime",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "sheikh",
    "emir",
    "col.",
    "lt.",
    "sgt.",
    "capt.",
    "rep.",
    "sen.",
    "президент",
    "министр",
    "премьер",
    "премьер-министр",
    "г-н",
    "г-жа",
    "господин",
    "госпожа",
    "посол",
    "генерал",
    "канцлер",
    "король",
    "королева",
    "патриарх",
    "губернатор",
    "мэр",
    "глава",
    "председатель",
    "депутат",
    "сенатор",
    "спикер",
    "пресс-секретарь",
    "помощник",
];

/// Words that head or end organisation names.
const ORG_WORDS: &[&str] = &[
    "ministère",
    "parti",
    "université",
    "agence",
    "organisation",
    "union",
    "comité",
    "conseil",
    "banque",
    "fédération",
    "association",
    "commission",
    "assemblée",
    "cour",
    "tribunal",
    "fondation",
    "institut",
    "société",
    "groupe",
    "compagnie",
    "armée",
    "police",
    "front",
    "mouvement",
    "syndicat",
    "club",
    "fc",
    "sa",
    "ligue",
    "office",
    "bureau",
    "école",
    "musée",
    "centre",
    "conférence",
    "alliance",
    "ministry",
    "party",
    "university",
    "agency",
    "organization",
    "council",
    "committee",
    "bank",
    "federation",
    "commission",
    "assembly",
    "court",
    "foundation",
    "institute",
    "company",
    "corporation",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "army",
    "department",
    "association",
    "league",
    "news",
    "times",
    "министерство",
    "партия",
    "университет",
    "агентство",
    "организация",
    "союз",
    "комитет",
    "совет",
    "банк",
    "федерация",
    "ассоциация",
    "комиссия",
    "собрание",
    "суд",
    "фонд",
    "институт",
    "компания",
    "общество",
    "дума",
    "мид",
    "правительство",
    "служба",
    "оао",
    "ооо",
    "зао",
    "пао",
    "ао",
    "центр",
    "клуб",
    "корпорация",
    "холдинг",
];

/// Words that head place names.
const LOC_WORDS: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "place",
    "mont",
    "monts",
    "lac",
    "île",
    "îles",
    "fleuve",
    "golfe",
    "mer",
    "océan",
    "province",
    "région",
    "république",
    "royaume",
    "état",
    "états",
    "saint",
    "sainte",
    "vallée",
    "détroit",
    "cap",
    "street",
    "river",
    "lake",
    "mount",
    "island",
    "islands",
    "republic",
    "kingdom",
    "state",
    "city",
    "county",
    "province",
    "gulf",
    "sea",
    "ocean",
    "valley",
    "улица",
    "река",
    "озеро",
    "область",
    "край",
    "республика",
    "город",
    "море",
    "остров",
    "район",
    "площадь",
    "проспект",
];

/// Prepositions that often precede a place.
const LOC_PREPS: &[&str] = &[
    "à", "en", "au", "aux", "vers", "depuis", "près", "in", "at", "from", "near", "to", "в", "во",
    "из", "на", "под", "до",
];

/// A few states, capitals and large cities in French, English and Russian (single words).
const PLACES: &[&str] = &[
    "france",
    "paris",
    "russie",
    "russia",
    "россия",
    "россии",
    "moscou",
    "moscow",
    "москва",
    "москве",
    "biélorussie",
    "bélarus",
    "belarus",
    "беларусь",
    "белоруссия",
    "minsk",
    "минск",
    "ukraine",
    "украина",
    "украины",
    "kiev",
    "kyiv",
    "киев",
    "chine",
    "china",
    "китай",
    "pékin",
    "beijing",
    "пекин",
    "états-unis",
    "usa",
    "сша",
    "washington",
    "вашингтон",
    "allemagne",
    "germany",
    "германия",
    "berlin",
    "берлин",
    "royaume-uni",
    "britain",
    "londres",
    "london",
    "лондон",
    "italie",
    "italy",
    "италия",
    "rome",
    "рим",
    "espagne",
    "spain",
    "испания",
    "madrid",
    "japon",
    "japan",
    "япония",
    "tokyo",
    "токио",
    "inde",
    "india",
    "индия",
    "iran",
    "иран",
    "téhéran",
    "tehran",
    "irak",
    "iraq",
    "ирак",
    "syrie",
    "syria",
    "сирия",
    "damas",
    "damascus",
    "turquie",
    "turkey",
    "турция",
    "ankara",
    "istanbul",
    "israël",
    "israel",
    "израиль",
    "égypte",
    "egypt",
    "египет",
    "kazakhstan",
    "казахстан",
    "astana",
    "астана",
    "ouzbékistan",
    "uzbekistan",
    "arménie",
    "armenia",
    "армения",
    "géorgie",
    "georgia",
    "грузия",
    "pologne",
    "poland",
    "польша",
    "varsovie",
    "warsaw",
    "canada",
    "québec",
    "brésil",
    "brazil",
    "mexique",
    "mexico",
    "europe",
    "европа",
    "afrique",
    "africa",
    "asie",
    "asia",
    "sotchi",
    "sochi",
    "сочи",
    "vitebsk",
    "витебск",
    "bruxelles",
    "brussels",
    "genève",
    "geneva",
    "vienne",
    "vienna",
    "afghanistan",
    "pakistan",
    "corée",
    "korea",
    "serbie",
    "serbia",
    "grèce",
    "greece",
    "suisse",
    "switzerland",
    "belgique",
    "belgium",
    "lituanie",
    "lettonie",
    "estonie",
    "lithuania",
    "latvia",
    "estonia",
    "crimée",
    "crimea",
    "крым",
    "donbass",
    "донбасс",
    "venezuela",
    "cuba",
    "vietnam",
    "viêt",
    "algérie",
    "maroc",
    "tunisie",
    "libye",
    "liban",
    "lebanon",
    "jordanie",
    "arabie",
    "qatar",
    "émirats",
    "yémen",
    "yemen",
];

/// Months and days: capitalised in old or English text, never entities on their own.
const TIME_WORDS: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

/// Common first names seen in diplomatic news (French and English spellings).
const FIRST_NAMES: &[&str] = &[
    "vladimir",
    "alexandre",
    "alexander",
    "sergueï",
    "sergei",
    "sergey",
    "dmitri",
    "dmitry",
    "emmanuel",
    "françois",
    "nicolas",
    "jean",
    "pierre",
    "marie",
    "donald",
    "joe",
    "barack",
    "angela",
    "xi",
    "recep",
    "volodymyr",
    "boris",
    "youri",
    "yuri",
    "andreï",
    "andrei",
    "denis",
    "anton",
    "nikolaï",
    "nikolai",
    "mikhaïl",
    "mikhail",
    "ivan",
    "olaf",
    "theresa",
    "john",
    "michel",
    "jacques",
    "владимир",
    "александр",
    "сергей",
    "дмитрий",
    "андрей",
    "николай",
    "михаил",
    "иван",
    "юрий",
    "борис",
    "антон",
    "денис",
];

pub(crate) fn word_hash(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in word.chars() {
        for l in c.to_lowercase() {
            h = push_char(h, if l.is_ascii_digit() { '0' } else { l });
        }
    }
    h
}

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a(self.0 ^ FNV_OFFSET, bytes);
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = splitmix(v);
    }
}

/// A map keyed by 64-bit hashes.
pub type HashMap64<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// What the training text says of a word's case: [`LEX_LOWER`] when it is seen in lower case
/// at least twice and at least as often as capitalised, [`LEX_MIXED`] when seen in lower case at
/// least twice but mostly capitalised. Built from the training split, stored in the model.
pub type Lexicon = HashMap64<u8>;

pub const LEX_LOWER: u8 = 1;
pub const LEX_MIXED: u8 = 2;

/// Counts lower-case and capitalised occurrences of words, to build a [`Lexicon`].
#[derive(Default)]
pub struct LexiconBuilder {
    counts: HashMap64<(u32, u32)>,
}

impl LexiconBuilder {
    pub fn add(&mut self, token: &str) {
        let Some(c) = token.chars().next() else {
            return;
        };
        if !c.is_alphabetic() {
            return;
        }
        let e = self.counts.entry(word_hash(token)).or_default();
        if c.is_lowercase() {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }

    pub fn build(self) -> Lexicon {
        self.counts
            .into_iter()
            .filter(|(_, (l, _))| *l >= 2)
            .map(|(k, (l, t))| (k, if l >= t { LEX_LOWER } else { LEX_MIXED }))
            .collect()
    }
}

struct Classes {
    table: HashMap64<u8>,
}

fn classes() -> &'static Classes {
    static CLASSES: std::sync::OnceLock<Classes> = std::sync::OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut table = HashMap64::default();
        for (list, bit) in [
            (TITLES, CLASS_TITLE),
            (ORG_WORDS, CLASS_ORG),
            (LOC_WORDS, CLASS_LOC),
            (PLACES, CLASS_PLACE),
            (FIRST_NAMES, CLASS_FIRST_NAME),
            (LOC_PREPS, CLASS_LOC_PREP),
            (TIME_WORDS, CLASS_TIME),
        ] {
            for w in list {
                *table.entry(word_hash(w)).or_insert(0) |= bit;
            }
        }
        Classes { table }
    })
}

/// Script of a token.
const SCRIPT_NONE: u64 = 0;
const SCRIPT_LATIN: u64 = 1;
const SCRIPT_CYRILLIC: u64 = 2;
const SCRIPT_OTHER: u64 = 3;
const SCRIPT_MIXED: u64 = 4;

/// The base hashes of one token.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokenInfo {
    pub word: u64,
    pub shape: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    pub script: u64,
    pub class: u8,
    /// The word's [`Lexicon`] entry (0 when absent).
    pub lex: u8,
    /// Capitalised (first letter upper case).
    pub title: bool,
    pub length: u64,
}

const BOUNDARY: TokenInfo = TokenInfo {
    word: 0x5eed_0000_0000_0001,
    shape: 0x5eed_0000_0000_0002,
    prefix: [0; 4],
    suffix: [0; 4],
    script: 9,
    class: 0,
    lex: 9,
    title: false,
    length: 0,
};

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

/// Computes the base hashes of one token.
pub fn token_info(tok: &str) -> TokenInfo {
    let mut info = TokenInfo {
        word: FNV_OFFSET,
        shape: FNV_OFFSET,
        ..TokenInfo::default()
    };
    let mut n = 0usize;
    let mut last_shape = '\0';
    let mut run = 0;
    let (mut latin, mut cyrillic, mut other) = (false, false, false);
    for (k, c) in tok.chars().enumerate() {
        n += 1;
        if k == 0 {
            info.title = c.is_uppercase();
        }
        for l in c.to_lowercase() {
            info.word = push_char(info.word, if l.is_ascii_digit() { '0' } else { l });
        }
        if k < 4 {
            info.prefix[k] = info.word;
        }
        let s = shape_class(c);
        if s == last_shape {
            run += 1;
        } else {
            run = 1;
            last_shape = s;
        }
        if run <= 2 {
            info.shape = push_char(info.shape, s);
        }
        if c.is_alphabetic() {
            match c {
                '\u{400}'..='\u{52f}' => cyrillic = true,
                _ if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) => latin = true,
                _ => other = true,
            }
        }
    }
    for k in n.min(4)..4 {
        info.prefix[k] = info.word;
    }
    // Suffixes: the last 1..4 characters, hashed from the end.
    let mut h = FNV_OFFSET ^ 0x55;
    for (k, c) in tok.chars().rev().take(4).enumerate() {
        for l in c.to_lowercase() {
            h = push_char(h, l);
        }
        info.suffix[k] = h;
    }
    for k in n.min(4)..4 {
        info.suffix[k] = h;
    }
    info.script = match (latin, cyrillic, other) {
        (false, false, false) => SCRIPT_NONE,
        (true, false, false) => SCRIPT_LATIN,
        (false, true, false) => SCRIPT_CYRILLIC,
        (false, false, true) => SCRIPT_OTHER,
        _ => SCRIPT_MIXED,
    };
    info.length = n.min(8) as u64;
    info.class = classes().table.get(&info.word).copied().unwrap_or(0);
    info
}

/// Base hashes of every token of a sentence.
pub fn sentence_info(text: &str, tokens: &[Span], lexicon: &Lexicon, out: &mut Vec<TokenInfo>) {
    out.clear();
    out.extend(tokens.iter().map(|t| {
        let mut info = token_info(t.slice(text));
        info.lex = lexicon.get(&info.word).copied().unwrap_or(0);
        info
    }));
}

/// Number of features of a token that depend on the token alone ([`self_features`]).
pub const N_SELF: usize = 15;
/// Number of features that pair the token with its neighbours ([`pair_features`]).
pub const N_PAIR: usize = 8;
/// Number of features over small-valued fields (classes, capitalisation, case lexicon).
pub const N_SMALL: usize = 6;

/// The features of the token alone: bias, word, shape, prefixes, suffixes, script × length,
/// class, and the sentence-initial × shape and × word pair (`first` is 0 or 1).
pub fn self_features(t: &TokenInfo, first: u64) -> [u64; N_SELF] {
    [
        feat(0, 0, 0, 0),
        feat(1, t.word, 0, 0),
        feat(6, t.shape, 0, 0),
        feat(11, t.prefix[0], 0, 0),
        feat(12, t.prefix[1], 0, 0),
        feat(13, t.prefix[2], 0, 0),
        feat(14, t.prefix[3], 0, 0),
        feat(15, t.suffix[0], 0, 0),
        feat(16, t.suffix[1], 0, 0),
        feat(17, t.suffix[2], 0, 0),
        feat(18, t.suffix[3], 0, 0),
        feat(23, t.script, t.length, 0),
        feat(26, u64::from(t.class), 0, 0),
        feat(22, first, t.shape, 0),
        feat(31, first, t.word, 0),
    ]
}

/// The sentence-initial features of [`self_features`] (its last two), for a given `first`.
pub fn first_features(t: &TokenInfo, first: u64) -> [u64; 2] {
    [feat(22, first, t.shape, 0), feat(31, first, t.word, 0)]
}

/// The features of a token that depend only on its neighbour at offset −1.
pub fn prev1_features(p1: &TokenInfo) -> [u64; 2] {
    [feat(2, p1.word, 0, 0), feat(7, p1.shape, 0, 0)]
}

/// … only on its neighbour at offset +1.
pub fn next1_features(n1: &TokenInfo) -> [u64; 2] {
    [feat(3, n1.word, 0, 0), feat(8, n1.shape, 0, 0)]
}

/// … only on its neighbour at offset −2.
pub fn prev2_features(p2: &TokenInfo) -> [u64; 1] {
    [feat(4, p2.word, 0, 0)]
}

/// … only on its neighbour at offset +2.
pub fn next2_features(n2: &TokenInfo) -> [u64; 1] {
    [feat(5, n2.word, 0, 0)]
}

/// The features that pair word or shape values of neighbouring tokens (`fast::pair_keys`
/// computes the same from its compact records: keep them in step).
pub fn pair_features(
    p2: &TokenInfo,
    p1: &TokenInfo,
    t: &TokenInfo,
    n1: &TokenInfo,
    n2: &TokenInfo,
) -> [u64; N_PAIR] {
    [
        feat(9, p2.shape, p1.shape, 0),
        feat(10, n1.shape, n2.shape, 0),
        feat(19, p1.word, t.word, 0),
        feat(20, t.word, n1.word, 0),
        feat(21, p1.shape, t.shape, n1.shape),
        feat(24, p1.word, t.shape, 0),
        feat(25, t.shape, n1.word, 0),
        feat(30, p1.suffix[2], t.shape, 0),
    ]
}

/// Template numbers and arguments of the small-valued features, for tables indexed by value.
pub fn small_feature(template: u64, a: u64, b: u64, c: u64) -> u64 {
    feat(template, a, b, c)
}

/// The features over small-valued fields: hand-list classes × capitalisation, the
/// capitalisation pattern of −1/0/+1, the case lexicon × capitalisation.
pub fn small_features(
    p2: &TokenInfo,
    p1: &TokenInfo,
    t: &TokenInfo,
    n1: &TokenInfo,
    first: u64,
) -> [u64; N_SMALL] {
    let b = |x: bool| u64::from(x);
    [
        feat(27, u64::from(p1.class), b(t.title), 0),
        feat(28, u64::from(n1.class), b(t.title), 0),
        feat(29, u64::from(p2.class), b(p1.title), b(t.title)),
        feat(32, b(p1.title), b(t.title), b(n1.title)),
        feat(33, u64::from(t.lex), b(t.title), first),
        feat(34, u64::from(t.lex), b(p1.title), b(n1.title)),
    ]
}

/// The boundary value used for positions outside the sentence.
pub fn boundary() -> &'static TokenInfo {
    &BOUNDARY
}

/// The features of token `i` of a sentence, written into `out`.
pub fn token_features(sent: &[TokenInfo], i: usize, out: &mut [u64; N_FEATURES]) {
    let get = |k: isize| -> &TokenInfo {
        let j = i as isize + k;
        if j < 0 {
            &BOUNDARY
        } else {
            sent.get(j as usize).unwrap_or(&BOUNDARY)
        }
    };
    let (p2, p1, t, n1, n2) = (get(-2), get(-1), get(0), get(1), get(2));
    let first = u64::from(i == 0);
    let parts: [&[u64]; 7] = [
        &self_features(t, first),
        &prev1_features(p1),
        &next1_features(n1),
        &prev2_features(p2),
        &next2_features(n2),
        &pair_features(p2, p1, t, n1, n2),
        &small_features(p2, p1, t, n1, first),
    ];
    let mut k = 0;
    for part in parts {
        out[k..k + part.len()].copy_from_slice(part);
        k += part.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hash_ignores_case_and_folds_digits() {
        assert_eq!(token_info("Poutine").word, token_info("POUTINE").word);
        assert_eq!(token_info("G20").word, token_info("g21").word);
        assert_ne!(token_info("Paris").word, token_info("Pari").word);
    }

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(token_info("Poutine").shape, token_info("Minsk").shape);
        assert_eq!(token_info("OTAN").shape, token_info("UEEE").shape);
        assert_ne!(token_info("OTAN").shape, token_info("Otan").shape);
        assert_ne!(token_info("1998").shape, token_info("Otan").shape);
        assert!(token_info("Jean").title && !token_info("jean").title);
    }

    #[test]
    fn affixes_scripts_and_classes() {
        let a = token_info("Loukachenko");
        let b = token_info("Lukashenko");
        assert_eq!(a.prefix[0], b.prefix[0]);
        assert_eq!(a.suffix[2], b.suffix[2]); // "nko"
        assert_ne!(a.prefix[1], b.prefix[1]);
        assert_eq!(token_info("Лукашенко").script, SCRIPT_CYRILLIC);
        assert_eq!(a.script, SCRIPT_LATIN);
        assert_eq!(token_info("Béla").script, SCRIPT_LATIN);
        assert_eq!(token_info("42").script, SCRIPT_NONE);
        assert_eq!(token_info("M.").class & CLASS_TITLE, CLASS_TITLE);
        assert_eq!(token_info("Moscou").class & CLASS_PLACE, CLASS_PLACE);
        assert_eq!(token_info("").word, FNV_OFFSET);
    }

    #[test]
    fn features_are_deterministic_and_window_sensitive() {
        let infos: Vec<TokenInfo> = ["M.", "Poutine", "à", "Minsk"]
            .iter()
            .map(|w| token_info(w))
            .collect();
        let mut a = [0u64; N_FEATURES];
        let mut b = [0u64; N_FEATURES];
        token_features(&infos, 1, &mut a);
        token_features(&infos, 1, &mut b);
        assert_eq!(a, b);
        token_features(&infos, 3, &mut b);
        assert_ne!(a[1], b[1]);
        assert_eq!(a[0], b[0]); // bias
        assert!(a.iter().all(|&h| h != 0));
        // the edges use boundary values and do not panic
        token_features(&infos, 0, &mut b);
        token_features(&infos[..1], 0, &mut b);
    }
}
