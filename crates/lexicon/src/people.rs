//! Known people, news media, role phrases and the words that frame speech.
//!
//! - `data/people.tsv`: known people with their names in every language and script;
//! - `data/media.tsv`: news media and their names in every language;
//! - `data/<lang>/roles.tsv`: role phrases ("président russe") and the English role;
//! - `data/<lang>/reporting_verbs.txt`, `relays.txt`, `title_nouns.txt`, `label_words.txt`,
//!   `speaking_bodies.txt`: the words of reporting clauses ("a souligné"), relays ("rapporte
//!   TASS"), nouns that introduce a quoted title ("la conférence «…»"), lowercase words of a
//!   speaker label's role phrase, and nouns that stand for a speaking organisation ("the
//!   ministry said");
//! - `data/<lang>/title_sectors.tsv`: titles of office and the CAMEO sector of their holder.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::names::{name_key, same_person_keys};

/// A known person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    /// Whether they hold or held an office: a role in `people.tsv`, or a CAMEO code in the
    /// actor base (journalists there have none).
    pub official: bool,
}

fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// The people of `data/people.tsv` (with their roles), then the other people of the built-in
/// actor base (`data/actors/actors.tsv`), so that labels and titles know everyone the entity
/// stage knows.
static PEOPLE: LazyLock<Vec<Person>> = LazyLock::new(|| {
    let mut people: Vec<Person> = rows(include_str!("../data/people.tsv"))
        .filter_map(|r| {
            Some(Person {
                name: r.first()?.trim().to_owned(),
                role: r
                    .get(1)
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty()),
                aliases: r
                    .get(2)
                    .map(|a| a.split('|').map(|s| s.trim().to_owned()).collect())
                    .unwrap_or_default(),
                official: true,
            })
        })
        .collect();
    for a in crate::actors::curated() {
        if a.kind != chancery_model::EntityType::Per || people.iter().any(|p| p.name == a.name) {
            continue;
        }
        people.push(Person {
            name: a.name.clone(),
            role: None,
            official: !a.codes.is_empty(),
            aliases: a.aliases.clone(),
        });
    }
    people
});

static MEDIA: LazyLock<Vec<(String, Vec<String>)>> = LazyLock::new(|| {
    rows(include_str!("../data/media.tsv"))
        .filter_map(|r| {
            let aliases = r
                .get(1)?
                .split('|')
                .map(|s| s.trim().to_lowercase())
                .collect();
            Some((r.first()?.trim().to_owned(), aliases))
        })
        .collect()
});

/// The news media of the built-in actor base (organisations coded `…MED`) that `media.tsv` does
/// not list, with their aliases as written: matched with their capitals ("Kyodo", never "the
/// economist").
static BASE_MEDIA: LazyLock<Vec<(String, Vec<String>)>> = LazyLock::new(|| {
    crate::actors::curated()
        .iter()
        .filter(|a| {
            a.kind == chancery_model::EntityType::Org
                && a.codes.iter().any(|c| c.code.ends_with("MED"))
        })
        .filter(|a| {
            !MEDIA.iter().any(|(name, aliases)| {
                *name == a.name
                    || a.aliases
                        .iter()
                        .any(|x| aliases.contains(&x.to_lowercase()))
            })
        })
        .map(|a| (a.name.clone(), a.aliases.clone()))
        .collect()
});

static ROLES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let mut roles: Vec<(String, String)> = [
        include_str!("../data/fr/roles.tsv"),
        include_str!("../data/en/roles.tsv"),
        include_str!("../data/ru/roles.tsv"),
    ]
    .into_iter()
    .flat_map(rows)
    .filter_map(|r| Some((r.first()?.trim().to_owned(), r.get(1)?.trim().to_owned())))
    .collect();
    // Longest phrase first, so that the most specific role wins.
    roles.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    roles
});

/// An automaton of the phrases of [`ROLES`], in the same order, to find them all in one pass.
static ROLE_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(ROLES.iter().map(|(p, _)| p.as_str()))
        .expect("role phrases build an automaton")
});

/// The words of one list in every language, lowercase.
fn word_set(files: [&'static str; 3]) -> HashSet<&'static str> {
    files.into_iter().flat_map(crate::data_lines).collect()
}

static REPORTING_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    word_set([
        include_str!("../data/fr/reporting_verbs.txt"),
        include_str!("../data/en/reporting_verbs.txt"),
        include_str!("../data/ru/reporting_verbs.txt"),
    ])
});

static RELAY_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    word_set([
        include_str!("../data/fr/relays.txt"),
        include_str!("../data/en/relays.txt"),
        include_str!("../data/ru/relays.txt"),
    ])
});

static SPEAKING_BODIES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    word_set([
        include_str!("../data/fr/speaking_bodies.txt"),
        include_str!("../data/en/speaking_bodies.txt"),
        include_str!("../data/ru/speaking_bodies.txt"),
    ])
});

/// Nouns by which a text names an organisation that speaks ("the ministry said", "a indiqué le
/// ministère", "отметили в ведомстве"), lowercase.
pub fn speaking_bodies() -> &'static HashSet<&'static str> {
    &SPEAKING_BODIES
}

static DESCRIPTION_WORDS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    [
        include_str!("../data/fr/description_words.tsv"),
        include_str!("../data/en/description_words.tsv"),
        include_str!("../data/ru/description_words.tsv"),
    ]
    .into_iter()
    .flat_map(rows)
    .filter_map(|r| Some((*r.first()?, r.get(1)?.split_whitespace().collect())))
    .collect()
});

/// Words of a description that stand for titles a person is given elsewhere ("top diplomat"
/// for "Foreign Minister", `data/<lang>/description_words.tsv`): (word, title words).
pub fn description_words() -> &'static [(&'static str, Vec<&'static str>)] {
    &DESCRIPTION_WORDS
}

static TITLE_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    word_set([
        include_str!("../data/fr/title_nouns.txt"),
        include_str!("../data/en/title_nouns.txt"),
        include_str!("../data/ru/title_nouns.txt"),
    ])
});

static NAME_TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    word_set([
        include_str!("../data/fr/name_titles.txt"),
        include_str!("../data/en/name_titles.txt"),
        include_str!("../data/ru/name_titles.txt"),
    ])
});

static LABEL_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    word_set([
        include_str!("../data/fr/label_words.txt"),
        include_str!("../data/en/label_words.txt"),
        include_str!("../data/ru/label_words.txt"),
    ])
});

/// Verbs that frame reported speech ("souligné", "said", "заявил"), lowercase.
pub fn reporting_verbs() -> &'static HashSet<&'static str> {
    &REPORTING_VERBS
}

/// Words that introduce the relay of a quotation ("rapporte", "selon", "according", "сообщает").
pub fn relay_words() -> &'static HashSet<&'static str> {
    &RELAY_WORDS
}

/// The roles a word plays around quotation marks (`data/<lang>/quote_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteWord {
    /// Continues the previous speaker ("avant d'ajouter : «…»").
    Continuing,
    /// May stand before a reporting verb ("a", "has", "a-t-il").
    Aux,
    /// Points back to the last person who spoke ("il", "she", "он").
    Pronoun,
    /// Makes its subject a speaker without framing a quotation ("qualifié", "spoke").
    Speaking,
    /// Marks a quoted stretch as someone's own words ("nous", "I", "мы").
    FirstPerson,
    /// An article that may open a name in a clause ("Le Hamas a qualifié…").
    Article,
    /// Introduces the source of what follows ("selon", "according" to, "по словам").
    According,
    /// Joins a second verb to the subject already given ("et", "and", "и").
    Conjunction,
    /// A pronoun after "selon / according to" that points back to who spoke ("lui", "him",
    /// "qui").
    Object,
    /// A lowercase particle inside a person's name ("Claude de Ganay", "van").
    Particle,
    /// A courtesy title before a surname, not part of the name ("Mme", "Mr", "г-н").
    Honorific,
    /// The addressee as subject ("you said", "vous avez dit", "вы сказали").
    SecondPerson,
    /// Opens the object clause of a verb of speech ("que", "that", "что").
    Complementizer,
    /// An adverb that may stand between a subject and its verb of speech ("également", "also",
    /// "также").
    Adverb,
    /// A verb of speech without a subject, in a clause that frames a quotation ("в нём
    /// сказано, что", "il y est précisé que").
    Impersonal,
    /// A subject pronoun written after its verb, joined by a hyphen ("ajoute-t-elle",
    /// "poursuit-il"): the suffix, with its hyphens.
    Inverted,
    /// Introduces whose view follows only when it opens the sentence and a comma closes the
    /// name: "Pour Olaf Scholz, « … »".
    ViewOf,
    /// Opens a fronted reporting clause: "Как сообщил X, …", "Comme l'a indiqué X, …", "As X
    /// said, …".
    As,
    /// A commentator named by a common noun ("l'expert", "the analyst", "политолог"): in a
    /// clause after a quotation, the person quoted last (the article's own expert), not someone
    /// new.
    Commentator,
    /// An anonymous source ("une source", "a source", "источник"): a clause naming it names
    /// nobody, and points back to no one.
    Anonymous,
    /// A noun for someone a news report does not name, after an indefinite article only ("a
    /// senior U.S. official", "un haut responsable"): an anonymous source; "the official" points back.
    Unnamed,
    /// An inverted subject pronoun that stands for no one ("estime-t-on à l'Élysée").
    InvertedIndefinite,
    /// A masculine or feminine subject pronoun ("il", "she", "он"), or the ending of a
    /// reporting verb that shows its subject's gender ("заявила": `feminine_verb_suffix`): a
    /// pronoun does not stand for someone of the other gender.
    Masculine,
    Feminine,
    MasculineVerbSuffix,
    FeminineVerbSuffix,
    /// Endings of a surname (the last word of a canonical name) that show its bearer's gender
    /// ("Zakharova", "Lavrov").
    MasculineSurnameSuffix,
    FeminineSurnameSuffix,
    /// A preposition before a name that is no clause's subject ("reçu par Emmanuel Macron",
    /// "met with Biden"): a pronoun after it ("a-t-il déclaré") rather means the subject.
    Oblique,
    /// A word joining an "according" word to the source it names ("according to").
    AccordingLink,
    /// Names what follows in quotation marks: a title, whatever its length ("entitled",
    /// "intitulée", "под названием").
    Naming,
    /// A plural noun that stands for the people named just before it ("the Ministers", "les
    /// deux dirigeants", "министры"): as a subject, each of them speaks.
    Group,
    /// A relative pronoun as the subject of a verb of speech ("qui", "who", "который"): the
    /// name before it speaks.
    Relative,
    /// A noun for someone's words, whose owner follows it, after a medium that relays them
    /// ("— передает РИА Новости слова Пескова", "rapporte l'AFP, citant les propos de X").
    WordsOf,
    /// A phrase that may stand between a subject and its verb of speech ("pour sa part", "for
    /// his part", "со своей стороны"), its words separated by single spaces.
    Aside,
    /// A reflexive auxiliary ("s'est", "s'était"): an auxiliary before a verb of speech ("s'est
    /// félicité que"), but a verb that names what is quoted means something else after it ("s'est
    /// qualifiée" is no "a qualifié de").
    Reflexive,
    /// A verb of speech that keeps its sense after a reflexive auxiliary ("s'est félicité que",
    /// "s'est dit « … »").
    ReflexiveSpeech,
    /// A noun of an interview, whose person after "with" speaks ("an interview with Ambassador
    /// Gabriele Schreier", "un entretien avec", "интервью с").
    Interview,
    /// A preposition that opens a phrase between a subject and its verb of speech ("Захарова в
    /// своем Telegram-канале написала", "Blinken in an interview with CNN said").
    AsidePreposition,
    /// A word that opens a noun's complement ("de", "du", "of"): "le chef de l'État", "the
    /// head of the agency" (an elided form glued to its noun, "d'État", counts too).
    Genitive,
    /// A spokesperson's title ("porte-parole", "spokesperson", "пресс-секретарь"): a
    /// description with it means only someone the text or the base describes so, not the
    /// minister named before.
    Spokesperson,
    /// An infinitive's auxiliary or marker ("avoir", "to", "having"): a name after the verb it
    /// opens is the verb's object, never its subject ("après avoir accusé Kiev").
    Infinitive,
    /// A participle of quoting ("quoted"): "X was quoted as saying", "the agency quoted X as
    /// saying" name the person quoted, not the medium.
    Quoted,
    /// An indefinite article ("a", "un"): "a senior official" is someone the text does not name,
    /// whom "the official" then means.
    Indefinite,
    /// An object pronoun that may stand between a subject and its verb of speech ("я его
    /// спросил", "он мне ответил", "il lui a dit"): never the subject itself.
    Clitic,
    /// A verb of speech in the second person, or an auxiliary of one ("vous dites", "vous
    /// m'avez dit", "you said", "вы говорите"): in a transcript, the words of the one spoken to.
    AddressedSpeech,
    /// A phrase opening the clause or sentence right after a quotation that points back to it
    /// before its verb of speech and subject ("C'est ce qu'a déclaré X", "Об этом заявил X",
    /// "That is what X said"), in lower case, its words separated by single spaces.
    Frame,
}

const QUOTE_WORD_KINDS: [(&str, QuoteWord); 47] = [
    ("continuing", QuoteWord::Continuing),
    ("aux", QuoteWord::Aux),
    ("pronoun", QuoteWord::Pronoun),
    ("speaking", QuoteWord::Speaking),
    ("first_person", QuoteWord::FirstPerson),
    ("article", QuoteWord::Article),
    ("according", QuoteWord::According),
    ("conjunction", QuoteWord::Conjunction),
    ("object", QuoteWord::Object),
    ("particle", QuoteWord::Particle),
    ("honorific", QuoteWord::Honorific),
    ("second_person", QuoteWord::SecondPerson),
    ("complementizer", QuoteWord::Complementizer),
    ("aside", QuoteWord::Aside),
    ("adverb", QuoteWord::Adverb),
    ("impersonal", QuoteWord::Impersonal),
    ("inverted", QuoteWord::Inverted),
    ("view_of", QuoteWord::ViewOf),
    ("as", QuoteWord::As),
    ("commentator", QuoteWord::Commentator),
    ("anonymous", QuoteWord::Anonymous),
    ("unnamed", QuoteWord::Unnamed),
    ("inverted_indefinite", QuoteWord::InvertedIndefinite),
    ("masculine", QuoteWord::Masculine),
    ("feminine", QuoteWord::Feminine),
    ("masculine_verb_suffix", QuoteWord::MasculineVerbSuffix),
    ("feminine_verb_suffix", QuoteWord::FeminineVerbSuffix),
    (
        "masculine_surname_suffix",
        QuoteWord::MasculineSurnameSuffix,
    ),
    ("feminine_surname_suffix", QuoteWord::FeminineSurnameSuffix),
    ("oblique", QuoteWord::Oblique),
    ("according_link", QuoteWord::AccordingLink),
    ("naming", QuoteWord::Naming),
    ("group", QuoteWord::Group),
    ("relative", QuoteWord::Relative),
    ("reflexive", QuoteWord::Reflexive),
    ("reflexive_speech", QuoteWord::ReflexiveSpeech),
    ("words_of", QuoteWord::WordsOf),
    ("interview", QuoteWord::Interview),
    ("aside_preposition", QuoteWord::AsidePreposition),
    ("genitive", QuoteWord::Genitive),
    ("spokesperson", QuoteWord::Spokesperson),
    ("addressed_speech", QuoteWord::AddressedSpeech),
    ("frame", QuoteWord::Frame),
    ("infinitive", QuoteWord::Infinitive),
    ("quoted", QuoteWord::Quoted),
    ("indefinite", QuoteWord::Indefinite),
    ("clitic", QuoteWord::Clitic),
];

static QUOTE_WORDS: LazyLock<[HashSet<&'static str>; QUOTE_WORD_KINDS.len()]> =
    LazyLock::new(|| {
        let mut sets: [HashSet<&'static str>; QUOTE_WORD_KINDS.len()] =
            std::array::from_fn(|_| HashSet::new());
        for r in [
            include_str!("../data/fr/quote_words.tsv"),
            include_str!("../data/en/quote_words.tsv"),
            include_str!("../data/ru/quote_words.tsv"),
        ]
        .into_iter()
        .flat_map(rows)
        {
            let (Some(kind), Some(word)) = (r.first(), r.get(1)) else {
                continue;
            };
            if let Some(i) = QUOTE_WORD_KINDS.iter().position(|(k, _)| k == kind) {
                sets[i].insert(word.trim());
            }
        }
        sets
    });

/// Whether `word` is a courtesy title ("M.", "Mr", "Mme", "г-н"), in any case, its period
/// optional.
pub fn is_honorific(word: &str) -> bool {
    quote_words(QuoteWord::Honorific).contains(word.trim_end_matches('.').to_lowercase().as_str())
}

/// The lowercase words of one role around quotation marks, in every language.
pub fn quote_words(kind: QuoteWord) -> &'static HashSet<&'static str> {
    let i = QUOTE_WORD_KINDS
        .iter()
        .position(|(_, k)| *k == kind)
        .unwrap_or(0);
    &QUOTE_WORDS[i]
}

/// The roles of the words that make a document a statement (`data/<lang>/statement_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatementWord {
    /// A title opening that names a statement ("communiqué", "joint statement").
    Genre,
    /// The preposition after the genre that introduces its author ("de", "by").
    Author,
    /// A phrase after which the opening paragraphs list the issuers ("was released by").
    IssuedBy,
    /// A noun of a text that speaks for its author named after it ("a report by Harvard
    /// researchers said", "un rapport de l'ONU affirme", "в докладе ООН говорится").
    Text,
}

static STATEMENT_WORDS: LazyLock<[Vec<&'static str>; 4]> = LazyLock::new(|| {
    let mut lists: [Vec<&'static str>; 4] = Default::default();
    for r in [
        include_str!("../data/fr/statement_words.tsv"),
        include_str!("../data/en/statement_words.tsv"),
        include_str!("../data/ru/statement_words.tsv"),
    ]
    .into_iter()
    .flat_map(rows)
    {
        let i = match r.first().copied() {
            Some("genre") => 0,
            Some("author") => 1,
            Some("issued_by") => 2,
            Some("text") => 3,
            _ => continue,
        };
        if let Some(w) = r.get(1) {
            lists[i].push(w.trim());
        }
    }
    // Longest first, so that "joint statement" wins over "statement".
    for l in &mut lists {
        l.sort_by_key(|w| std::cmp::Reverse(w.len()));
    }
    lists
});

/// The lowercase phrases of one role, in every language, longest first.
pub fn statement_words(kind: StatementWord) -> &'static [&'static str] {
    let i = match kind {
        StatementWord::Genre => 0,
        StatementWord::Author => 1,
        StatementWord::IssuedBy => 2,
        StatementWord::Text => 3,
    };
    &STATEMENT_WORDS[i]
}

/// The roles of the words the speaker-label reader uses (`data/<lang>/turn_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TurnWord {
    /// A label standing for an unnamed journalist asking ("question", "q", "вопрос").
    Questioner,
    /// A label standing for the person answering, whom the title names ("A", "answer",
    /// "réponse", "ответ").
    Answerer,
    /// A label for an unnamed remark from the floor ("réplique").
    Remark,
    /// A title phrase that makes a section a press conference or an interview.
    Press,
    /// A title phrase that makes a section talks or a meeting.
    Meeting,
    /// A generic word before an outlet's name in a journalist's label ("chaîne de télévision").
    Outlet,
    /// How a journalist's question opens ("bonjour", "good afternoon").
    Greeting,
    /// A title's genre word whose text before the first label is somebody else's introduction,
    /// not the author's speech ("interview", "entretien", "статья").
    Hosted,
    /// A genre word opening the title of one author's words, whose author it names after it
    /// ("Déclaration de …", "Statement by …", "Выступление …") or, in English, before it with a
    /// possessive ("Sergey Lavrov's remarks").
    Genre,
    /// A word of the chair giving the floor to the next questioner ("The first question will
    /// come from Roberta Rampton", "we'll recognize", "слово"): the name after it asks next.
    Floor,
    /// A presenter's word handing over to a reporter named next ("Reportage, William de
    /// Lesseux."): the paragraphs after it are the reporter's.
    Handoff,
    /// How a journalist introduces themself at the start of a question ("I'm from Cuban TV",
    /// "je suis de", "я представляю"): another questioner than the last.
    SelfIntro,
    /// A word between an outlet word and the outlet's name ("journal du Dimanche" → "du").
    OutletLink,
    /// A title word that makes a press conference or statements shared by several answerers
    /// ("joint", "conjointe", "совместн"): the title names no single answerer.
    Shared,
    /// A role word of the person who chairs a sitting ("président", "speaker",
    /// "председательствующий"): a label with it alone is the presiding person's.
    Chair,
    /// A record's line naming who presides from there on ("PRÉSIDENCE de M. Jean-Louis DEBRÉ",
    /// "Председательствует …"), the name after the phrase.
    Presiding,
}

const TURN_WORD_KINDS: [(&str, TurnWord); 16] = [
    ("questioner", TurnWord::Questioner),
    ("answerer", TurnWord::Answerer),
    ("remark", TurnWord::Remark),
    ("press", TurnWord::Press),
    ("meeting", TurnWord::Meeting),
    ("outlet", TurnWord::Outlet),
    ("greeting", TurnWord::Greeting),
    ("hosted", TurnWord::Hosted),
    ("genre", TurnWord::Genre),
    ("floor", TurnWord::Floor),
    ("handoff", TurnWord::Handoff),
    ("self_intro", TurnWord::SelfIntro),
    ("outlet_link", TurnWord::OutletLink),
    ("shared", TurnWord::Shared),
    ("chair", TurnWord::Chair),
    ("presiding", TurnWord::Presiding),
];

static TURN_WORDS: LazyLock<[Vec<&'static str>; TURN_WORD_KINDS.len()]> = LazyLock::new(|| {
    let mut lists: [Vec<&'static str>; TURN_WORD_KINDS.len()] = Default::default();
    for r in [
        include_str!("../data/fr/turn_words.tsv"),
        include_str!("../data/en/turn_words.tsv"),
        include_str!("../data/ru/turn_words.tsv"),
    ]
    .into_iter()
    .flat_map(rows)
    {
        let Some(i) = TURN_WORD_KINDS
            .iter()
            .position(|(k, _)| Some(*k) == r.first().copied())
        else {
            continue;
        };
        if let Some(w) = r.get(1).map(|w| w.trim())
            && !lists[i].contains(&w)
        {
            lists[i].push(w);
        }
    }
    // Longest first, so that "chaîne de télévision" wins over "chaîne".
    for l in &mut lists {
        l.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    }
    lists
});

/// The lowercase phrases of one role of the speaker-label reader, in every language, longest
/// first.
pub fn turn_words(kind: TurnWord) -> &'static [&'static str] {
    let i = TURN_WORD_KINDS
        .iter()
        .position(|(_, k)| *k == kind)
        .unwrap_or(0);
    &TURN_WORDS[i]
}

/// The generic outlet word that opens `s` ("Агентство Рейтер", "chaîne de télévision
/// Belarus-1"), in any case, followed by a space or a sign: its length in bytes of `s`, the
/// longest word that fits.
pub fn outlet_prefix(s: &str) -> Option<usize> {
    let words = turn_words(TurnWord::Outlet);
    // (The words are sorted longest first: lower-case the opening of `s` once, as long as the
    // longest, char for char so that lengths in chars match.)
    let longest = words.first().map_or(0, |w| w.chars().count());
    let head: Vec<(usize, char)> = s
        .char_indices()
        .take(longest + 1)
        .map(|(i, c)| (i, c.to_lowercase().next().unwrap_or(c)))
        .collect();
    words.iter().find_map(|w| {
        let n = w.chars().count();
        let &(end, next) = head.get(n)?;
        (!next.is_alphanumeric() && head[..n].iter().map(|&(_, c)| c).eq(w.chars())).then_some(end)
    })
}

/// A lowercase particle inside a person's name ("de", "al", "von"; `quote_words.tsv` kind
/// `particle`).
pub fn is_name_particle(word: &str) -> bool {
    quote_words(QuoteWord::Particle).contains(word)
}

/// Nouns that introduce a title in quotation marks ("conférence", "operation", "форум").
pub fn title_nouns() -> &'static HashSet<&'static str> {
    &TITLE_NOUNS
}

/// Titles of office and the CAMEO sector of their holder (`data/<lang>/title_sectors.tsv`).
static TITLE_SECTORS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    [
        include_str!("../data/fr/title_sectors.tsv"),
        include_str!("../data/en/title_sectors.tsv"),
        include_str!("../data/ru/title_sectors.tsv"),
    ]
    .into_iter()
    .flat_map(crate::data_lines)
    .filter_map(|l| l.split_once('\t'))
    .map(|(title, sector)| (title.trim(), sector.trim()))
    .collect()
});

/// Letters an inflected title may add to its entry ("министра", "presidents").
const TITLE_INFLECTION_CHARS: usize = 2;

/// The CAMEO sector of the holder of the title `word` (any case, inflected or not: "President",
/// "министра"), if it is a title of office (`data/<lang>/title_sectors.tsv`): "GOV", "LEG",
/// "MIL".
pub fn title_sector(word: &str) -> Option<&'static str> {
    title_entry(word).filter(|&s| s != PAST)
}

/// Whether `word` (any case) makes a title a past one ("former", "ancien", "бывший": sector
/// `-` in `title_sectors.tsv`).
pub fn is_former(word: &str) -> bool {
    TITLE_SECTORS.get(word.to_lowercase().as_str()) == Some(&PAST)
}

/// The sector of a word that marks a past title.
const PAST: &str = "-";

fn title_entry(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let n = lower.chars().count();
    let mut end = lower.len();
    for _ in 0..=TITLE_INFLECTION_CHARS.min(n.saturating_sub(1)) {
        if let Some(sector) = TITLE_SECTORS.get(&lower[..end]) {
            return Some(sector);
        }
        match lower[..end].char_indices().next_back() {
            Some((i, _)) => end = i,
            None => break,
        }
    }
    None
}

/// Whether `word` (any case) is a title written right before a person's name ("President",
/// "Ambassadeur", "Посол"; `data/<lang>/name_titles.txt`).
pub fn is_name_title(word: &str) -> bool {
    // ("Mrs. Jill Biden", "Dr. Smith": an abbreviation's dot is no part of the title.)
    NAME_TITLES.contains(
        word.strip_suffix('.')
            .unwrap_or(word)
            .to_lowercase()
            .as_str(),
    )
}

/// Lowercase words that may stand in a speaker label's role phrase ("président", "of", "дел").
pub fn label_words() -> &'static HashSet<&'static str> {
    &LABEL_WORDS
}

/// Each known person's name keys: the canonical name's and every alias's.
static KEYS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    PEOPLE
        .iter()
        .map(|p| {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .map(|a| name_key(&crate::names::spaced_initials(a)))
                .collect()
        })
        .collect()
});

/// The known person a written name refers to, across transliterations and scripts: the same key
/// as one of their names, or (for a full name) the same surname and a compatible first name.
/// A Russian name in an oblique case ("С.В.Лаврова", "Марии Захаровой") is also tried in the
/// nominative.
pub fn person(name: &str) -> Option<&'static Person> {
    let name = name.trim();
    person_exact(name).or_else(|| {
        let cyrillic = name.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
        if !cyrillic {
            return None;
        }
        crate::names::oblique_name_nominative(name)
            .and_then(|n| person_exact(&n))
            .or_else(|| crate::names::nominative_ru(name).and_then(|n| person_exact(&n)))
    })
}

/// [`KEYS`] indexed: the people each key is a name of, and the keys of several words by their
/// last word (the surname, which [`same_person_keys`] requires equal), each with its person.
/// People are listed by their place in [`PEOPLE`], first first.
struct KeyIndex {
    exact: HashMap<&'static str, Vec<usize>>,
    by_surname: HashMap<&'static str, Vec<(usize, &'static str)>>,
}

static KEY_INDEX: LazyLock<KeyIndex> = LazyLock::new(|| {
    let mut index = KeyIndex {
        exact: HashMap::new(),
        by_surname: HashMap::new(),
    };
    for (i, keys) in KEYS.iter().enumerate() {
        for k in keys {
            index.exact.entry(k.as_str()).or_default().push(i);
            if let Some((_, surname)) = k.rsplit_once(' ') {
                index.by_surname.entry(surname).or_default().push((i, k));
            }
        }
    }
    index
});

fn person_exact(name: &str) -> Option<&'static Person> {
    let key = name_key(&crate::names::spaced_initials(name));
    if key.is_empty() {
        return None;
    }
    // The first person (in the order of the list) with this key, or, for a full name, with a
    // full name of the same surname and a compatible first name.
    let index = &*KEY_INDEX;
    let exact = index
        .exact
        .get(key.as_str())
        .and_then(|v| v.first().copied());
    let similar = key
        .rsplit_once(' ')
        .and_then(|(_, surname)| index.by_surname.get(surname))
        .and_then(|v| {
            v.iter()
                .find(|(_, k)| same_person_keys(k, &key))
                .map(|&(i, _)| i)
        });
    let first = match (exact, similar) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    PEOPLE.get(first)
}

/// Every known person (for resolving role phrases to the people a document names).
pub fn people() -> &'static [Person] {
    &PEOPLE
}

/// The first of [`people`] whose name is `name` or the same person's
/// ([`same_person`](crate::names::same_person): "V. Putin" is Vladimir Putin).
pub fn same_known_person(name: &str) -> Option<&'static Person> {
    let key = name_key(&crate::names::spaced_initials(name));
    // (The first of a person's keys is their canonical name's.)
    PEOPLE
        .iter()
        .zip(KEYS.iter())
        .find(|(p, keys)| p.name == name || keys.first().is_some_and(|k| same_person_keys(k, &key)))
        .map(|(p, _)| p)
}

/// The first news medium named in `text` (case-insensitive, whole words), by canonical name.
pub fn medium_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let mut best: Option<(usize, &'static str)> = None;
    let lists = [(MEDIA.iter(), lower.as_str()), (BASE_MEDIA.iter(), text)];
    for (list, hay) in lists {
        for (name, aliases) in list {
            for alias in aliases {
                if let Some(i) = word_at(hay, alias)
                    && best.is_none_or(|(pos, _)| i < pos)
                {
                    best = Some((i, name.as_str()));
                }
            }
        }
    }
    best.map(|(_, n)| n)
}

/// Where `word` first stands in `hay` as a whole word (not inside a longer one).
fn word_at(hay: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = hay[from..].find(word).map(|i| i + from) {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        let inside = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        if !inside(before) && !inside(after) {
            return Some(i);
        }
        from = i + word.len();
    }
    None
}

/// The English role a phrase names ("Président de la Biélorussie" → "President of Belarus"),
/// looking for the longest known role phrase inside it.
pub fn role_in(phrase: &str) -> Option<&'static str> {
    let lower = phrase
        .to_lowercase()
        .replace('\u{a0}', " ")
        .replace('\u{2019}', "'");
    // (The first listed phrase the text holds: the least index among every match.)
    ROLE_FINDER
        .find_overlapping_iter(&lower)
        .map(|m| m.pattern().as_usize())
        .min()
        .map(|i| ROLES[i].1.as_str())
        .or_else(|| role_by_adjective(&lower))
}

/// A role phrase that names its country by an adjective ("глава российского МИД", "the Russian
/// foreign minister"): the role of a listed phrase with the same words around the country's name
/// ("глава мид россии") whose role is that country's ("… of Russia").
fn role_by_adjective(lower: &str) -> Option<&'static str> {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 || words.len() > 6 {
        return None;
    }
    ["ru", "fr", "en"].into_iter().find_map(|lang| {
        let lexicon = crate::events::lexicon(lang)?;
        words.iter().enumerate().find_map(|(k, w)| {
            // The adjective with a case ending at most, not a longer word.
            let country = lexicon.inflected_adjective_country(w)?;
            let rest: Vec<&str> = words
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != k)
                .map(|(_, w)| *w)
                .collect();
            let rest = rest.join(" ");
            let of_country = format!(" of {country}");
            let of_the_country = format!(" of the {country}");
            ROLES
                .iter()
                .find(|(p, r)| {
                    (r.ends_with(&of_country) || r.ends_with(&of_the_country))
                        && p.len() > rest.len()
                        && (p.starts_with(&rest) && p.as_bytes()[rest.len()] == b' '
                            || p.ends_with(&rest) && p.as_bytes()[p.len() - rest.len() - 1] == b' ')
                })
                .map(|(_, r)| r.as_str())
                .or_else(|| role_of_another_country(lexicon, &words, k, country))
        })
    })
}

/// "chef de la diplomatie algérienne" when only "chef de la diplomatie russe" is listed: the
/// same words with another country's adjective in the same place name the same office of that
/// country ("Minister of Foreign Affairs of Russia" → "… of Algeria").
fn role_of_another_country(
    lexicon: &crate::events::EventLexicon,
    words: &[&str],
    k: usize,
    country: &str,
) -> Option<&'static str> {
    let role = ROLES.iter().find_map(|(p, r)| {
        let listed: Vec<&str> = p.split(' ').collect();
        let n = listed.len();
        // The listed words anywhere in the phrase, the adjective at the same place.
        let at = (k.saturating_sub(n - 1)..=k)
            .filter(|&o| o + n <= words.len())
            .find(|&o| (0..n).all(|i| o + i == k || listed[i] == words[o + i]))?;
        let other = lexicon.adjective_country(listed[k - at])?;
        let office = r.strip_suffix(other)?;
        let office = office.strip_suffix("the ").unwrap_or(office);
        (other != country && office.ends_with(" of ")).then(|| format!("{office}{country}"))
    });
    // "главы египетского МИД" when "глава мид россии" is listed: the words around the adjective
    // (a case ending aside) open a listed phrase that names its country after them.
    let role = role.or_else(|| {
        let rest: Vec<&str> = (0..words.len())
            .filter(|&i| i != k)
            .map(|i| words[i])
            .collect();
        ROLES.iter().find_map(|(p, r)| {
            let listed: Vec<&str> = p.split(' ').collect();
            if listed.len() <= rest.len()
                || listed.len() > rest.len() + 3
                || !rest.iter().zip(&listed).all(|(a, b)| same_word(a, b))
            {
                return None;
            }
            let (office, other) = r.rsplit_once(" of ")?;
            (other != country).then(|| format!("{office} of {country}"))
        })
    })?;
    static MADE: LazyLock<std::sync::Mutex<std::collections::HashMap<String, &'static str>>> =
        LazyLock::new(Default::default);
    let mut made = MADE.lock().ok()?;
    Some(
        made.entry(role.clone())
            .or_insert_with(|| Box::leak(role.into_boxed_str())),
    )
}

/// The same word, or the same Russian word in another case ("главы", "глава"): the same letters
/// but a last vowel, four letters or more.
fn same_word(a: &str, b: &str) -> bool {
    let stem = |w: &str| {
        let cyrillic = w.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c));
        if cyrillic && w.chars().count() >= 4 {
            w.trim_end_matches(['а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'й'])
                .to_owned()
        } else {
            w.to_owned()
        }
    };
    a == b || stem(a) == stem(b)
}

/// Every role phrase with its role, longest first.
pub fn role_phrases() -> &'static [(String, String)] {
    &ROLES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_prefix_is_the_longest_outlet_word_in_any_case() {
        let s = "Chaîne de télévision Belarus-1";
        assert_eq!(outlet_prefix(s), Some("Chaîne de télévision".len()));
        assert_eq!(outlet_prefix("Агентство Рейтер"), Some("Агентство".len()));
        assert_eq!(outlet_prefix("АГЕНТСТВО: Рейтер"), Some("АГЕНТСТВО".len()));
        // (A word that only begins with one is not one.)
        assert_eq!(outlet_prefix("Journalistes sans frontières"), None);
        assert_eq!(outlet_prefix("radio"), None);
    }

    #[test]
    fn roles_named_by_a_country_adjective() {
        assert_eq!(
            role_in("глава российского МИД"),
            Some("Minister of Foreign Affairs of Russia")
        );
        assert_eq!(
            role_in("глава МИД России"),
            Some("Minister of Foreign Affairs of Russia")
        );
        // Another country's adjective where a listed phrase has one: that country's office.
        assert_eq!(
            role_in("le chef de la diplomatie algérienne"),
            Some("Minister of Foreign Affairs of Algeria")
        );
        assert_eq!(
            role_in("главы египетского МИД"),
            Some("Minister of Foreign Affairs of Egypt")
        );
        // An adjective that is not a country's, or words no role has: nothing.
        assert_eq!(role_in("глава крупного банка"), None);
        assert_eq!(role_in("российский эксперт"), None);
    }

    #[test]
    fn lookups() {
        // A title alone is a description in Russian, which has no article to point back.
        assert!(
            description_words()
                .iter()
                .any(|(d, titles)| *d == "министр" && titles.contains(&"minister"))
        );
        assert_eq!(
            person("Alexandre Loukachenko").map(|p| p.name.as_str()),
            Some("Alexander Lukashenko")
        );
        assert_eq!(
            person("В.Путин").map(|p| p.name.as_str()),
            Some("Vladimir Putin")
        );
        assert_eq!(
            person("Sergueï Lavrov").map(|p| p.name.as_str()),
            Some("Sergey Lavrov")
        );
        assert_eq!(
            person("С.В.Лаврова").map(|p| p.name.as_str()),
            Some("Sergey Lavrov")
        );
        for oblique in ["М.В.Захаровой", "Марии Захаровой", "Марией Захаровой"]
        {
            assert_eq!(
                person(oblique).map(|p| p.name.as_str()),
                Some("Maria Zakharova"),
                "{oblique}"
            );
        }
        // The actor base's journalists are known, as holding no office.
        assert_eq!(
            person("Kirill Vorobiev").map(|p| (p.name.as_str(), p.official)),
            Some(("Kirill Vorobyov", false))
        );
        assert_eq!(person("Jean Inconnu"), None);
        assert_eq!(person(""), None);
        assert_eq!(
            medium_in("Sargon Hadaya, La Russie aujourd’hui."),
            Some("RT")
        );
        assert_eq!(
            medium_in("centre d’information multimédia Izvestia, Kirill"),
            Some("Izvestia")
        );
        assert_eq!(
            medium_in("chaîne de télévision Belarus-1"),
            Some("Belarus-1")
        );
        assert_eq!(medium_in("the art of rtf"), None);
        assert_eq!(
            role_in("Président de la Biélorussie"),
            Some("President of Belarus")
        );
        assert_eq!(
            role_in("Ministre des Affaires étrangères de la Fédération de Russie"),
            Some("Minister of Foreign Affairs of Russia")
        );
    }
}
