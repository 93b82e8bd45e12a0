use chancery_model::Section;

use super::*;

/// Runs [`find_times`] and compares every expression found, as `text=value` joined by `; `
/// (`-` for no value), with `expect`. `anchor` is ISO 8601 or "" for none.
#[track_caller]
fn check(input: &str, lang: &str, anchor: &str, expect: &str) {
    let anchor = PartialDate::parse_iso(anchor);
    let got: Vec<String> = find_times(input, Some(lang), anchor)
        .iter()
        .map(|t| {
            format!(
                "{}={}",
                t.span.slice(input),
                t.value.map_or("-".to_owned(), |v| v.to_string())
            )
        })
        .collect();
    assert_eq!(got.join("; "), expect, "in {input:?}");
}

// ---- French ----

#[test]
fn french_absolute() {
    check(
        "Minsk, 26 novembre 2020",
        "fr",
        "",
        "26 novembre 2020=2020-11-26",
    );
    check("Il arrive le 3 juin.", "fr", "", "3 juin=--06-03");
    check(
        "6125 – RUSSIE – V.Poutine à Minsk – 24.05.24 –",
        "fr",
        "",
        "24.05.24=2024-05-24",
    );
    check(
        "arrive à Minsk – 23 mai 2024 à 23h30 à Minsk",
        "fr",
        "",
        "23 mai 2024 à 23h30=2024-05-23T23:30",
    );
    check(
        "26 novembre 202014:26",
        "fr",
        "",
        "26 novembre 202014:26=2020-11-26T14:26",
    );
    check("recherche14:49", "fr", "", "14:49=T14:49");
    check("La réunion commence à 14h.", "fr", "", "14h=T14:00");
    check(
        "En novembre 2023, le projet a été achevé.",
        "fr",
        "",
        "novembre 2023=2023-11",
    );
    check(
        "il a plus que doublé en 2023, dépassant",
        "fr",
        "",
        "2023=2023",
    );
    check(
        "se dresse à Minsk depuis 1954 comme symbole",
        "fr",
        "",
        "depuis 1954=1954",
    );
    check(
        "le 1er juin 2024 et le 2024-06-03",
        "fr",
        "",
        "1er juin 2024=2024-06-01; 2024-06-03=2024-06-03",
    );
    check(
        "le 15/03/2024 à 9h30",
        "fr",
        "",
        "15/03/2024 à 9h30=2024-03-15T09:30",
    );
    check(
        "mardi 25 juin 2024",
        "fr",
        "",
        "mardi 25 juin 2024=2024-06-25",
    );
    check("l'année 2022 fut difficile", "fr", "", "2022=2022");
    check("Le 14 septembre à Sotchi", "fr", "", "14 septembre=--09-14");
}

#[test]
fn french_relative() {
    let a = "2024-06-25T14:49";
    check(
        "Nous organiserons aujourd'hui une réunion.",
        "fr",
        a,
        "aujourd'hui=2024-06-25",
    );
    check("hier, avec le ministre", "fr", a, "hier=2024-06-24");
    check(
        "demain et après-demain",
        "fr",
        a,
        "demain=2024-06-26; après-demain=2024-06-27",
    );
    check("avant-hier soir", "fr", a, "avant-hier=2024-06-23");
    check(
        "son discours du 14 juin dernier",
        "fr",
        a,
        "14 juin dernier=2024-06-14",
    );
    check(
        "le 30 juin prochain",
        "fr",
        a,
        "30 juin prochain=2024-06-30",
    );
    check(
        "le 20 juin prochain",
        "fr",
        a,
        "20 juin prochain=2025-06-20",
    );
    check(
        "À la fin de l'année dernière",
        "fr",
        a,
        "fin de l'année dernière=2023-09/2023-12",
    );
    check("Cette année, nous célébrerons", "fr", a, "Cette année=2024");
    check(
        "Dans quelques jours aura lieu la réunion",
        "fr",
        a,
        "Dans quelques jours=2024-06-26/2024-07-05",
    );
    check(
        "la semaine prochaine",
        "fr",
        a,
        "semaine prochaine=2024-07-01/2024-07-07",
    );
    check(
        "la semaine dernière",
        "fr",
        a,
        "semaine dernière=2024-06-17/2024-06-23",
    );
    check("le mois prochain", "fr", a, "mois prochain=2024-07");
    check("l'an dernier", "fr", a, "an dernier=2023");
    check("il y a deux ans", "fr", a, "il y a deux ans=2022");
    check("dans trois jours", "fr", a, "dans trois jours=2024-06-28");
    check("ce soir-là", "fr", a, "");
    check("Hier", "fr", "", "Hier=-");
    check("lundi dernier", "fr", a, "lundi dernier=2024-06-24");
    check("Il viendra mardi.", "fr", a, "mardi=2024-06-25");
    check("Il viendra jeudi.", "fr", a, "jeudi=2024-06-27");
    check("Il est venu jeudi.", "fr", a, "jeudi=2024-06-20");
}

#[test]
fn french_tense_places_bare_dates() {
    let a = "2024-05-24";
    check(
        "la décision adoptée le 29 janvier à Saint-Pétersbourg",
        "fr",
        a,
        "29 janvier=2024-01-29",
    );
    check(
        "la décision sera adoptée le 29 janvier",
        "fr",
        a,
        "29 janvier=2025-01-29",
    );
    check(
        "Le public en a été informé le 9 mai.",
        "fr",
        a,
        "9 mai=2024-05-09",
    );
    check(
        "le 3 juin, la Biélorussie célébrera le Jour",
        "fr",
        a,
        "3 juin=2024-06-03",
    );
    check(
        "Le 13 juin, nous avons signé l'accord.",
        "fr",
        a,
        "13 juin=2023-06-13",
    );
    // A day that qualifies a noun is the nearest, whatever the clause's tense.
    check(
        "Mais la date du 3 juin n'a toujours pas été confirmée.",
        "fr",
        a,
        "3 juin=2024-06-03",
    );
    check(
        "The date of June 3 has been confirmed.",
        "en",
        a,
        "June 3=2024-06-03",
    );
    check(
        "Et le 8 décembre, l'État fédéré fêtera ses 25 ans.",
        "fr",
        a,
        "8 décembre=2024-12-08",
    );
    check(
        "Les principaux événements sont prévus le 24 mai.",
        "fr",
        "2024-05-23",
        "24 mai=2024-05-24",
    );
    check(
        "le sommet d'Astana en juillet annoncera",
        "fr",
        a,
        "juillet=2024-07",
    );
    check("en juillet, il était à Astana", "fr", a, "juillet=2023-07");
    check("Elle se réunira le 2 mars.", "fr", a, "2 mars=2025-03-02");
    check("Il parle du 2 mars.", "fr", a, "2 mars=2024-03-02");
}

#[test]
fn french_ranges_and_vague() {
    let a = "2024-06-25";
    check(
        "les 3-4 juillet",
        "fr",
        a,
        "3-4 juillet=2024-07-03/2024-07-04",
    );
    check(
        "les 27 et 28 juin se tiendra",
        "fr",
        "2024-05-24",
        "27 et 28 juin=2024-06-27/2024-06-28",
    );
    check(
        "la période de 2024 à 2026 inclus.",
        "fr",
        a,
        "de 2024 à 2026 inclus=2024/2026",
    );
    check("pour 2020-2021. Il", "fr", a, "2020-2021=2020/2021");
    check(
        "À l'automne 2023, à Minsk",
        "fr",
        a,
        "automne 2023=2023-09/2023-12",
    );
    check(
        "se tiendra fin octobre-début novembre 2024.",
        "fr",
        a,
        "fin octobre-début novembre 2024=2024-10-20/2024-11-10",
    );
    check(
        "du 3 au 5 juillet",
        "fr",
        a,
        "du 3 au 5 juillet=2024-07-03/2024-07-05",
    );
    check(
        "de janvier à mars 2024",
        "fr",
        a,
        "de janvier à mars 2024=2024-01/2024-03",
    );
    check(
        "mi-juin 2023",
        "fr",
        a,
        "mi-juin 2023=2023-06-10/2023-06-20",
    );
    check("fin 2023", "fr", a, "fin 2023=2023-09/2023-12");
    // The elided "de" before a month, and a part of the month it names.
    check("à partir d'octobre", "fr", a, "octobre=2024-10");
    check(
        "jusqu'à la fin du mois d'août",
        "fr",
        a,
        "fin du mois d'août=2024-08-20/2024-08-31",
    );
    check("la révolution d'Octobre", "fr", a, "");
    check("l'hiver 2023", "fr", a, "hiver 2023=2023-12/2024-03");
    check("cet été", "fr", a, "cet été=2024-06/2024-09");
    check("Il a été clair.", "fr", a, "");
}

// ---- English ----

#[test]
fn english() {
    let a = "2024-06-26";
    check(
        "The talks held on 25 June 2024 and June 25, 2024.",
        "en",
        a,
        "25 June 2024=2024-06-25; June 25, 2024=2024-06-25",
    );
    check(
        "On Tuesday, the minister met",
        "en",
        a,
        "Tuesday=2024-06-25",
    );
    check("He will arrive on Friday.", "en", a, "Friday=2024-06-28");
    check(
        "Last September the summit took place; it ends next December.",
        "en",
        a,
        "Last September=2023-09; next December=2024-12",
    );
    // Decades: a noun before the year, two digits with a suffix.
    check(
        "Dans les années 1990 et les années 90, rien.",
        "fr",
        a,
        "années 1990=1990/1999; années 90=1990/1999",
    );
    check("In the 90s it was hard.", "en", a, "90s=1990/1999");
    check(
        "В 90-е годы всё изменилось.",
        "ru",
        a,
        "90-е годы=1990/1999",
    );
    // "20-е числа": days of a month, not the 1920s.
    check("Визит намечен на 20-е числа марта.", "ru", a, "");
    // A range in the future is placed by its end.
    check(
        "La visite aura lieu du 20 au 28 juin.",
        "fr",
        a,
        "du 20 au 28 juin=2024-06-20/2024-06-28",
    );
    check(
        "Yesterday he said last week was hard and next month will be better.",
        "en",
        a,
        "Yesterday=2024-06-25; last week=2024-06-17/2024-06-23; next month=2024-07",
    );
    check(
        "In 2023 trade grew; since 1954 it stood.",
        "en",
        a,
        "2023=2023; since 1954=1954",
    );
    check(
        "on July 3-4 and on June 27 and 28",
        "en",
        a,
        "July 3-4=2024-07-03/2024-07-04; June 27 and 28=2024-06-27/2024-06-28",
    );
    check(
        "in the fall of 2023, in late October 2024",
        "en",
        a,
        "fall of 2023=2023-09/2023-12; late October 2024=2024-10-20/2024-10-31",
    );
    check(
        "In a few days, at 3 pm",
        "en",
        a,
        "In a few days=2024-06-27/2024-07-06; 3 pm=T15:00",
    );
    check(
        "Two days ago he left; in three weeks",
        "en",
        a,
        "Two days ago=2024-06-24; in three weeks=2024-07-15/2024-07-21",
    );
    check(
        "The meeting of May 9 was announced. You may go.",
        "en",
        a,
        "May 9=2024-05-09",
    );
    check("from 2024 to 2026", "en", a, "from 2024 to 2026=2024/2026");
    check(
        "this year and last year",
        "en",
        a,
        "this year=2024; last year=2023",
    );
    check("the 25th of June", "en", "", "25th of June=--06-25");
    check(
        "early November 2024",
        "en",
        a,
        "early November 2024=2024-11-01/2024-11-10",
    );
}

// ---- Russian ----

#[test]
fn russian() {
    let a = "2024-06-26";
    check(
        "Переговоры состоялись 25 июня 2024 года в Минске.",
        "ru",
        a,
        "25 июня 2024 года=2024-06-25",
    );
    check("В 2023 году товарооборот вырос.", "ru", a, "2023 году=2023");
    // A day written as an ordinal word; not the units of a compound one.
    check(
        "Пятого июня стороны встретились.",
        "ru",
        a,
        "Пятого июня=2024-06-05",
    );
    check(
        "Двадцать пятого июня стороны встретились.",
        "ru",
        a,
        "Двадцать пятого июня=2024-06-25",
    );
    check(
        "Le premier juin, il est parti.",
        "fr",
        a,
        "premier juin=2024-06-01",
    );
    // The adjectives of relative days, in any case.
    check(
        "Я считаю сегодняшние переговоры конструктивными.",
        "ru",
        a,
        "сегодняшние=2024-06-26",
    );
    check("На вчерашней встрече.", "ru", a, "вчерашней=2024-06-25");
    // "Накануне" alone is the day before; before a noun in the genitive, the eve of it.
    check(
        "Накануне министр прибыл в Минск.",
        "ru",
        a,
        "Накануне=2024-06-25",
    );
    check("Министр прибыл накануне визита.", "ru", a, "");
    // A subject that ends like a genitive is a nominative all the same.
    check(
        "Накануне глава МИД заявил о поддержке.",
        "ru",
        a,
        "Накануне=2024-06-25",
    );
    check(
        "Накануне российская сторона заявила протест.",
        "ru",
        a,
        "Накануне=2024-06-25",
    );
    check(
        "Вчера вечером министр прибыл.",
        "ru",
        a,
        "Вчера вечером=2024-06-25",
    );
    // One unit before or after, its count left unsaid.
    check(
        "Через месяц начнутся переговоры.",
        "ru",
        a,
        "Через месяц=2024-07",
    );
    check("Год назад он заявил об этом.", "ru", a, "Год назад=2023");
    // Month first, as a translated English date; and glued onto a label by a scraper.
    check(
        "Опубликовано апрель 19-го, 2016",
        "ru",
        a,
        "апрель 19-го, 2016=2016-04-19",
    );
    check(
        "inosmi.ru Посмотреть оригиналапрель 19-го, 2016",
        "ru",
        a,
        "апрель 19-го, 2016=2016-04-19",
    );
    // Without its year a month-first pair is not a date outside English.
    check("В апреле 19 стран подписали", "ru", a, "апреле=2024-04");
    check(
        "Вчера министр сказал, что 3 июля будет праздник.",
        "ru",
        a,
        "Вчера=2024-06-25; 3 июля=2024-07-03",
    );
    check(
        "В прошлом году было подписано соглашение.",
        "ru",
        a,
        "прошлом году=2023",
    );
    check(
        "С 2024 по 2026 год действует программа.",
        "ru",
        a,
        "С 2024 по 2026 год=2024/2026",
    );
    check(
        "Осенью 2023 года прошла конференция.",
        "ru",
        a,
        "Осенью 2023 года=2023-09/2023-12",
    );
    check(
        "В конце октября – начале ноября 2024 года",
        "ru",
        a,
        "конце октября – начале ноября 2024 года=2024-10-20/2024-11-10",
    );
    check(
        "Через несколько дней состоится встреча.",
        "ru",
        a,
        "Через несколько дней=2024-06-27/2024-07-06",
    );
    check(
        "В понедельник президент прилетел.",
        "ru",
        a,
        "понедельник=2024-06-24",
    );
    check(
        "В июле 2024 года саммит. 2020–2021 годы",
        "ru",
        a,
        "июле 2024 года=2024-07; 2020–2021 годы=2020/2021",
    );
    check(
        "в марте, в мае, 1-го сентября 2022 г.",
        "ru",
        "",
        "марте=--03; мае=--05; 1-го сентября 2022 г.=2022-09-01",
    );
    check(
        "на прошлой неделе",
        "ru",
        a,
        "прошлой неделе=2024-06-17/2024-06-23",
    );
    check("с 1991 года", "ru", a, "с 1991 года=1991");
}

// ---- not dates ----

#[test]
fn not_dates() {
    for s in [
        "Il y a 2.500 entreprises russes.",
        "un record de 46,5 milliards de dollars",
        "environ 90.000 soldats étrangers",
        "28 programmes de l'Union",
        "Le 80e anniversaire.",
        "la Russie fait face à 16.000 sanctions",
        "représente environ 60% de la balance",
        "L'État de l'Union aura 25 ans.",
        "2059-26-11-2020",
        "1206-25-06-2024",
        "http://en.kremlin.ru/events/president/news/74102",
        "1/8 2/8 10/10",
        "2000 soldats et 1950 chars",
        "la résolution 2020 du Conseil",
        "plus de 30 milliards de kilowattheures",
        "14 millions de tonnes",
        "le 10ème pays membre",
        "v1.2.3 et 192.168.1.1",
        "de-DE1 en-GB1 es-ES1",
        "1 из 1 fotos",
        "Il a 40 ou 50 ans",
        "30 % et 2 024 personnes",
        "ecrivez a contact@2024.fr",
        "a 5h de route",
    ] {
        check(s, "fr", "2024-05-24", "");
    }
    check(
        "2,500 companies and 1,954 soldiers, 2000 troops",
        "en",
        "2024-05-24",
        "",
    );
    check(
        "2500 предприятий, 16 000 санкций, 2000 солдат",
        "ru",
        "2024-05-24",
        "",
    );
}

#[test]
fn no_panic_on_odd_input() {
    for s in [
        "", "9", "31", "le", "24.05.", "à 25h99", "1er", "—", "2024-", "-2024", "mi-", "fin",
        "dans", "il y a", "déc.", "14:", ":30", "Май",
    ] {
        let _ = find_times(s, None, PartialDate::parse_iso("2024-01-01"));
        let _ = find_times(s, Some("fr"), None);
    }
}

// ---- seeds (acceptance of issue 5) ----

const SEED_000: &str = include_str!("../../../../samples/seeds/000_d13b560bd127efb6.txt");
const SEED_001: &str = include_str!("../../../../samples/seeds/001_8c49f4310ffc12a9.txt");
const SEED_002: &str = include_str!("../../../../samples/seeds/002_410b3022a7af6331.txt");
const SEED_003: &str = include_str!("../../../../samples/seeds/003_5be29172df52d4a5.txt");

fn seed_doc(text: &str, published: &str) -> Document {
    Document {
        text: text.to_owned(),
        lang: Some("fr".to_owned()),
        published: PartialDate::parse_iso(published),
        ..Document::default()
    }
}

/// The value of the expression `expr` found inside the first occurrence of `context`.
#[track_caller]
fn value_in(doc: &Document, context: &str, expr: &str) -> String {
    let at = doc
        .text
        .find(context)
        .unwrap_or_else(|| panic!("context {context:?} not in the seed"));
    let ctx = Span::new(at, at + context.len());
    let t = doc
        .times
        .iter()
        .find(|t| ctx.contains(t.span) && t.span.slice(&doc.text).contains(expr))
        .unwrap_or_else(|| panic!("{expr:?} not found in {context:?}"));
    t.value.map_or("-".to_owned(), |v| v.to_string())
}

#[track_caller]
fn assert_no_time(doc: &Document, needle: &str) {
    let mut from = 0;
    while let Some(k) = doc.text[from..].find(needle) {
        let s = Span::new(from + k, from + k + needle.len());
        let hit = doc.times.iter().find(|t| t.span.overlaps(s));
        assert!(
            hit.is_none(),
            "{needle:?} tagged as {:?}",
            hit.map(|t| t.span.slice(&doc.text))
        );
        from = s.end;
    }
}

#[test]
fn seed_000() {
    let mut doc = seed_doc(SEED_000, "2020-11-26T14:26");
    extract_times(&mut doc);
    assert_eq!(
        value_in(&doc, "Nous organiserons aujourd'hui", "aujourd'hui"),
        "2020-11-26"
    );
    assert_eq!(value_in(&doc, "pour 2020-2021", "2020-2021"), "2020/2021");
    let v = value_in(&doc, "Dans quelques jours", "Dans quelques jours");
    assert_eq!(v, "2020-11-27/2020-12-06");
    assert_no_time(&doc, "2059-26-11-2020");
}

#[test]
fn seed_001() {
    let mut doc = seed_doc(SEED_001, "2024-06-25T14:49");
    extract_times(&mut doc);
    for (context, expr, expect) in [
        (
            "À l'adresse de toutes ces structures, hier",
            "hier",
            "2024-06-24",
        ),
        ("du 14 juin dernier", "14 juin dernier", "2024-06-14"),
        ("les 3-4 juillet", "3-4 juillet", "2024-07-03/2024-07-04"),
        ("À l'automne 2023", "automne 2023", "2023-09/2023-12"),
        (
            "fin octobre-début novembre 2024",
            "fin octobre-début novembre 2024",
            "2024-10-20/2024-11-10",
        ),
        (
            "de 2024 à 2026 inclus",
            "de 2024 à 2026 inclus",
            "2024/2026",
        ),
    ] {
        assert_eq!(value_in(&doc, context, expr), expect, "{expr}");
    }
    for n in ["28 programmes", "31 secteurs", "1206-25-06-2024", "1 из 1"] {
        assert_no_time(&doc, n);
    }
}

/// Seed 002 with its sections built by hand: four dated events, the fourth in three parts.
fn seed_002() -> Document {
    let mut doc = seed_doc(SEED_002, "2024-05-24");
    let text = doc.text.clone();
    let second = |needle: &str| {
        let first = text.find(needle).expect("heading present");
        first
            + needle.len()
            + text[first + needle.len()..]
                .find(needle)
                .expect("heading repeated")
    };
    let starts = [second("1°/"), second("2°/"), second("3°/"), second("4°/")];
    let dates = [
        "2024-05-23T23:30",
        "2024-05-24T09:00",
        "2024-05-24T14:10",
        "2024-05-24T17:15",
    ];
    for k in 0..4 {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        doc.sections.push(Section {
            label: (k + 1).to_string(),
            published: PartialDate::parse_iso(dates[k]),
            span: Span::new(starts[k], end),
            ..Section::default()
        });
    }
    let parts = [
        text.find("A – Début").expect("part A"),
        text.find("B – Début").expect("part B"),
        text.find("C – Conférence").expect("part C"),
    ];
    let part_dates = ["2024-05-24T14:50", "2024-05-24T16:40", "2024-05-24T17:30"];
    for k in 0..3 {
        let end = parts.get(k + 1).copied().unwrap_or(text.len());
        doc.sections.push(Section {
            label: ["A", "B", "C"][k].to_owned(),
            published: PartialDate::parse_iso(part_dates[k]),
            span: Span::new(parts[k], end),
            parent: Some(3),
            ..Section::default()
        });
    }
    extract_times(&mut doc);
    doc
}

#[test]
fn seed_002_values() {
    let doc = seed_002();
    for (context, expr, expect) in [
        ("24.05.24", "24.05.24", "2024-05-24"),
        (
            "23 mai 2024 à 23h30",
            "23 mai 2024 à 23h30",
            "2024-05-23T23:30",
        ),
        ("prévus le 24 mai", "24 mai", "2024-05-24"),
        ("questions économiques demain", "demain", "2024-05-24"),
        ("négociations de demain", "demain", "2024-05-24"),
        (
            "Nous discuterons de tout cela aujourd’hui",
            "aujourd’hui",
            "2024-05-23",
        ),
        ("Comme nous l’avons convenu hier", "hier", "2024-05-23"),
        ("Comme je l’ai dit, hier", "hier", "2024-05-23"),
        ("nous avons discuté hier", "hier", "2024-05-23"),
        ("le 3 juin, la Biélorussie", "3 juin", "2024-06-03"),
        ("le 3 juillet, nous", "3 juillet", "2024-07-03"),
        ("le 8 décembre", "8 décembre", "2024-12-08"),
        ("adoptée le 29 janvier", "29 janvier", "2024-01-29"),
        ("informé le 9 mai", "9 mai", "2024-05-09"),
        ("En novembre 2023", "novembre 2023", "2023-11"),
        (
            "les 27 et 28 juin",
            "27 et 28 juin",
            "2024-06-27/2024-06-28",
        ),
        (
            "la fin de l’année dernière",
            "fin de l’année dernière",
            "2023-09/2023-12",
        ),
        ("depuis 1954", "depuis 1954", "1954"),
        ("doublé en 2023", "2023", "2023"),
        ("Astana en juillet", "juillet", "2024-07"),
        ("Cette année, nous célébrerons", "Cette année", "2024"),
    ] {
        assert_eq!(value_in(&doc, context, expr), expect, "{expr} in {context}");
    }
}

#[test]
fn seed_002_non_dates() {
    let doc = seed_002();
    for n in [
        "2.500 entreprises",
        "46,5 milliards",
        "90.000 soldats",
        "28 programmes",
        "80e anniversaire",
        "16.000 sanctions",
        "60%",
        "90%",
        "25 ans",
        "http://en.kremlin.ru/events/president/news/74102",
        "1/8",
        "5/10",
        "10/10",
        "6125",
        "5 milliards",
        "30 milliards",
        "14 millions",
        "10ème",
        "40 ou 50 ans",
    ] {
        assert_no_time(&doc, n);
    }
    assert!(
        doc.times
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start),
        "sorted, not overlapping"
    );
}

#[test]
fn seed_003_unknown_year() {
    let mut doc = seed_doc(SEED_003, "");
    extract_times(&mut doc);
    assert_eq!(
        value_in(&doc, "le 14 septembre à Sotchi", "14 septembre"),
        "--09-14"
    );
}

#[test]
fn no_panic_on_seed_windows() {
    for seed in [SEED_000, SEED_001, SEED_002, SEED_003] {
        let starts: Vec<usize> = seed.char_indices().map(|(k, _)| k).step_by(3).collect();
        for &s in &starts {
            let mut e = (s + 120).min(seed.len());
            while !seed.is_char_boundary(e) {
                e -= 1;
            }
            let window = &seed[s..e];
            for t in find_times(window, None, PartialDate::parse_iso("2024-05-24T10:00")) {
                assert!(
                    window.is_char_boundary(t.span.start) && window.is_char_boundary(t.span.end)
                );
                assert!(t.span.start < t.span.end);
            }
        }
    }
}

// See: #9 (time expressions the field corpus showed).
#[test]
fn field_corpus_shapes() {
    check(
        "Visite d'État du 31 octobre au 1e novembre 2024.",
        "fr",
        "2024-10-31",
        "du 31 octobre au 1e novembre 2024=2024-10-31/2024-11-01",
    );
    check(
        "Russia takes over the council's rotating presidency for February.",
        "en",
        "2022-02-06",
        "February=2022-02",
    );
    check(
        "ТОКИО, 10 авг — РИА Новости. В 2018-м заседание не прошло, как и в апреле 1945-го.",
        "ru",
        "2019-08-10",
        "10 авг=2019-08-10; 2018-м=2018; апреле 1945-го=1945-04",
    );
    check(
        "Япония не испугалась субботних пусков. Встреча в начале этой недели.",
        "ru",
        "2019-08-14",
        "субботних=2019-08-10; начале этой недели=2019-08-12/2019-08-18",
    );
    // A time on the next line belongs to the next item, not to the date.
    check(
        "Samedi 11 avril\n8h30 – Visite du CNES.",
        "fr",
        "2015-03-29",
        "Samedi 11 avril=2015-04-11; 8h30=T08:30",
    );
}

#[test]
fn parts_of_the_day_join_the_day() {
    check(
        "a réagi, vendredi matin, l'OIM. Il partira samedi après-midi.",
        "fr",
        "2018-06-29",
        "vendredi matin=2018-06-29; samedi après-midi=2018-06-30",
    );
    check(
        "Lavrov arrived on Monday evening.",
        "en",
        "2024-04-10",
        "Monday evening=2024-04-08",
    );
}

#[test]
fn weekends_and_months_of_relative_years() {
    check(
        "Ce week-end, les marchés ont chuté. Le week-end prochain, un sommet.",
        "fr",
        "2016-06-27",
        "Ce week-end=2016-06-25/2016-06-26; week-end prochain=2016-07-02/2016-07-03",
    );
    check(
        "Talks continued over the weekend. They will resume next weekend.",
        "en",
        "2024-03-14",
        "weekend=2024-03-09/2024-03-10; next weekend=2024-03-16/2024-03-17",
    );
    check(
        "В минувшие выходные прошли выборы. В минувшую пятницу Лавров заявил.",
        "ru",
        "2024-03-14",
        "минувшие выходные=2024-03-09/2024-03-10; минувшую пятницу=2024-03-08",
    );
    check(
        "В марте прошлого года и в феврале текущего года стороны встречались.",
        "ru",
        "2024-03-14",
        "марте прошлого года=2023-03; феврале текущего года=2024-02",
    );
    check(
        "They met in March last year and in June of next year.",
        "en",
        "2024-03-14",
        "March last year=2023-03; June of next year=2025-06",
    );
}

#[test]
fn nouns_after_determiners_do_not_set_the_tense() {
    // "caméras" ends like a future verb ("-ras"), but it follows "aux".
    check(
        "il aurait refusé de serrer la main d’Angela Merkel face aux caméras vendredi lors de leur entrevue.",
        "fr",
        "2017-03-08",
        "vendredi=2017-03-03",
    );
}

#[test]
fn seasons_and_parts_of_a_relative_year() {
    check(
        "Весной прошлого года, в марте с.г. и в первой половине с. г. стороны встречались.",
        "ru",
        "2018-05-02",
        "Весной прошлого года=2017-03/2017-06; марте с.г.=2018-03; первой половине с. г.=2018-01/2018-06",
    );
    check(
        "7 июля с.г. стороны встретились, а 5 мая прошлого года тоже.",
        "ru",
        "2018-08-07",
        "7 июля с.г.=2018-07-07; 5 мая прошлого года=2017-05-05",
    );
    check(
        "Trade grew in the first six months of 2019, in winter last year and in the fourth quarter of 2017.",
        "en",
        "2018-05-02",
        "first six months of 2019=2019-01/2019-06; winter last year=2017-12/2018-03; fourth quarter of 2017=2017-10/2017-12",
    );
    check(
        "Au premier semestre 2019 et au deuxième trimestre de l'année dernière.",
        "fr",
        "2018-05-02",
        "premier semestre 2019=2019-01/2019-06; deuxième trimestre de l'année dernière=2017-04/2017-06",
    );
    // A part with no year is the anchor year's when it can only be a part of a year
    // (quarters, semesters); one that may be of anything ("the first half") is left out.
    check(
        "Au premier semestre, les échanges ont crû.",
        "fr",
        "2018-05-02",
        "premier semestre=2018-01/2018-06",
    );
    check(
        "В первом квартале товарооборот вырос, как и в первой половине матча.",
        "ru",
        "2018-05-02",
        "первом квартале=2018-01/2018-03",
    );
    check(
        "Trade grew in the third quarter, but not in the first half.",
        "en",
        "2018-05-02",
        "third quarter=2018-07/2018-09",
    );
}

#[test]
fn a_french_day_without_its_month() {
    check(
        "Le ministre arrivera le 26 à Paris; il est parti le 3. Le 5 est un numéro, le 20 heures.",
        "fr",
        "2021-02-24",
        "26=2021-02-26; 3=2021-02-03",
    );
    // Past tense, a day after the anchor's: last month.
    check("Il est arrivé le 28.", "fr", "2021-03-02", "28=2021-02-28");
}

#[test]
fn counts_in_words_and_compound_numbers() {
    check(
        "Seventy years ago the UN was founded; twenty-five years ago it was not.",
        "en",
        "2015-09-28",
        "Seventy years ago=1945",
    );
    check("Сто лет назад.", "ru", "2018-05-02", "Сто лет назад=1918");
}

#[test]
fn a_far_verb_ending_does_not_set_the_tense() {
    check(
        "Both presidents agreed to maintain contacts and spoke in favour of arranging a personal meeting during the G20 Summit in Hamburg on July 7–8.",
        "en",
        "2017-05-02",
        "July 7–8=2017-07-07/2017-07-08",
    );
}

#[test]
fn parts_of_relative_years_and_decades() {
    check(
        "В конце прошлого года стороны встретились, до конца года подпишут.",
        "ru",
        "2019-03-14",
        "конце прошлого года=2018-09/2018-12; до конца года=2019-09/2019-12",
    );
    check(
        "Début de l'année prochaine, puis fin de l'année dernière.",
        "fr",
        "2019-03-14",
        "Début de l'année prochaine=2020-01/2020-04; fin de l'année dernière=2018-09/2018-12",
    );
    check(
        "Talks resume early next year, by the end of the year 2020.",
        "en",
        "2019-03-14",
        "early next year=2020-01/2020-04; end of the year 2020=2020-09/2020-12",
    );
    check(
        "В 1990-е годы и в 1980-х годах; in the 1990s.",
        "ru",
        "2019-03-14",
        "1990-е годы=1990/1999; 1980-х годах=1980/1989; 1990s=1990/1999",
    );
    // A part of a decade: its first, middle or last years; a part hyphenated to a year.
    check(
        "In the early 2000s, by the mid-1990s, in mid-2019.",
        "en",
        "2019-03-14",
        "early 2000s=2000/2003; mid-1990s=1993/1996; mid-2019=2019-05/2019-08",
    );
    check(
        "Au début des années 2000, puis à la fin des années 1990.",
        "fr",
        "2019-03-14",
        "début des années 2000=2000/2003; fin des années 1990=1996/1999",
    );
    check(
        "В начале 2000-х годов и в конце 1990-х.",
        "ru",
        "2019-03-14",
        "начале 2000-х годов=2000/2003; конце 1990-х=1996/1999",
    );
}

#[test]
fn prendre_fin_is_not_the_end_of() {
    check(
        "Le mandat prend fin cette année.",
        "fr",
        "2014-03-14",
        "cette année=2014",
    );
}

// See: #9 (relative years in Russian case forms, "a year ago", "dans la semaine").
#[test]
fn relative_years_in_other_case_forms() {
    let a = "2002-07-19";
    check(
        "визит, который я совершил год назад, в Москву",
        "ru",
        a,
        "год назад=2001",
    );
    check(
        "по сравнению с прошлым годом рост очевидный",
        "ru",
        a,
        "прошлым годом=2001",
    );
    check(
        "приблизительно к концу года этот процесс будет закончен",
        "ru",
        a,
        "концу года=2002-09/2002-12",
    );
    check("He came here a year ago.", "en", a, "a year ago=2001");
    // Half a year, back and on.
    check(
        "Полгода назад он был здесь.",
        "ru",
        a,
        "Полгода назад=2002-01",
    );
    check(
        "Через полгода он вернётся.",
        "ru",
        a,
        "Через полгода=2003-01",
    );
    check(
        "He came here half a year ago.",
        "en",
        a,
        "half a year ago=2002-01",
    );
    check(
        "Elle devrait l'être dans la semaine.",
        "fr",
        "2018-05-30",
        "dans la semaine=2018-05-28/2018-06-03",
    );
}

#[test]
fn the_eve_and_the_next_day_count_from_the_day_their_sentence_states() {
    let mut doc = Document {
        lang: Some("fr".into()),
        text: "Lors du Conseil du 9 février, et lors de sa visite à Paris la veille, il a parlé. \
               Le Royaume-Uni avait menacé la veille d'envahir l'ambassade. \
               À la veille de l'élection, il a parlé."
            .into(),
        published: PartialDate::ymd(2023, 3, 24),
        ..Document::default()
    };
    crate::events::split_sentences(&mut doc);
    extract_times(&mut doc);
    assert_eq!(
        value_in(&doc, "à Paris la veille", "la veille"),
        "2023-02-08"
    );
    assert_eq!(
        value_in(&doc, "menacé la veille", "la veille"),
        "2023-03-23"
    );
    // The eve of something named is not a day.
    assert!(
        !doc.times
            .iter()
            .any(|t| t.span.slice(&doc.text).contains("veille de"))
    );
    check(
        "Накануне Путин провёл переговоры.",
        "ru",
        "2012-08-16",
        "Накануне=2012-08-15",
    );
    check("Накануне визита Путин выступил.", "ru", "2012-08-16", "");
    check(
        "The next day, Biden left.",
        "en",
        "2012-08-16",
        "The next day=2012-08-17",
    );
    check("the day before the summit", "en", "2012-08-16", "");
}

#[test]
fn since_a_weekday_is_the_one_before() {
    check(
        "Ils discutent depuis dimanche à Pan Mun Jon.",
        "fr",
        "2018-05-29",
        "depuis dimanche=2018-05-27",
    );
    check(
        "They have talked since Monday.",
        "en",
        "2018-05-30",
        "since Monday=2018-05-28",
    );
}

#[test]
fn a_comma_and_a_conjunction_open_another_clause_for_the_tense() {
    check(
        "Les pourparlers ont eu lieu début mars, et ils reprendront le 20 avril.",
        "fr",
        "2020-03-12",
        "début mars=2020-03-01/2020-03-10; 20 avril=2020-04-20",
    );
    check(
        "Le 20 avril, les ministres se réuniront, mais ils se sont déjà vus.",
        "fr",
        "2020-03-12",
        "20 avril=2020-04-20",
    );
}

#[test]
fn a_relative_pronoun_opens_the_clause_of_its_own_tense() {
    // The tense is read from before the noun that names the month ("au mois d'octobre"), and
    // not past the relative pronoun that opens its clause.
    check(
        "Il ne va pas y avoir de répétition de ce qui s'est produit au mois d'octobre.",
        "fr",
        "2020-03-10",
        "octobre=2019-10",
    );
    check(
        "Revenons à ce qui s'est passé samedi à Sainte-Soline.",
        "fr",
        "2023-03-27",
        "samedi=2023-03-25",
    );
}

#[test]
fn the_rest_of_the_anchors_week_month_or_year() {
    // 2022-07-29 is a Friday.
    check(
        "We met earlier this week, and we will meet again later this year.",
        "en",
        "2022-07-29",
        "earlier this week=2022-07-25/2022-07-28; later this year=2022-07/2022-12",
    );
    check(
        "Il l'a dit plus tôt dans le mois.",
        "fr",
        "2022-07-29",
        "plus tôt dans le mois=2022-07-01/2022-07-28",
    );
    check(
        "Визит состоится позднее на этой неделе.",
        "ru",
        "2022-07-29",
        "позднее на этой неделе=2022-07-30/2022-07-31",
    );
    // Nothing of the week left before a Monday: the anchor's day.
    check(
        "They met earlier this week.",
        "en",
        "2022-07-25",
        "earlier this week=2022-07-25",
    );
}

#[test]
fn parts_of_a_week_or_month() {
    // 2020-03-12 is a Thursday.
    check(
        "At the end of last month and at the beginning of next week.",
        "en",
        "2020-03-12",
        "end of last month=2020-02-20/2020-02-29; beginning of next week=2020-03-16/2020-03-22",
    );
    check(
        "В начале недели и в конце месяца.",
        "ru",
        "2020-03-12",
        "начале недели=2020-03-09/2020-03-15; конце месяца=2020-03-20/2020-03-31",
    );
    // The accusative of a part: "на конец месяца", "на начало апреля".
    check(
        "Встреча запланирована на конец месяца, а визит на начало апреля.",
        "ru",
        "2020-03-12",
        "конец месяца=2020-03-20/2020-03-31; начало апреля=2020-04-01/2020-04-10",
    );
    check(
        "Au début du mois prochain.",
        "fr",
        "2020-03-12",
        "début du mois prochain=2020-04-01/2020-04-10",
    );
}

#[test]
fn with_no_anchor_a_stated_year_dates_plain_days_not_deictic_ones() {
    let mut doc = Document {
        text: "On 19 August 2003 the UN office in Baghdad was attacked. On 20 August the \
               mission left. We will meet again next December."
            .to_owned(),
        lang: Some("en".into()),
        ..Document::default()
    };
    extract_times(&mut doc);
    assert_eq!(value_in(&doc, "On 20 August", "20 August"), "2003-08-20");
    let next = doc
        .times
        .iter()
        .find(|t| t.span.slice(&doc.text).contains("December"))
        .expect("next December is a time");
    assert!(
        next.value
            .as_ref()
            .is_none_or(|v| !v.to_string().starts_with("2003")),
        "{:?}",
        next.value
    );
}

#[test]
fn irregular_past_verbs_place_a_weekday_before_the_anchor() {
    // Friday 29 July 2022: "met … on Monday" is the Monday before, as "visited … on Tuesday".
    let a = "2022-07-29";
    check(
        "Joe Biden met Xi Jinping on Monday.",
        "en",
        a,
        "Monday=2022-07-25",
    );
    check(
        "Putin spoke with Macron on Monday.",
        "en",
        a,
        "Monday=2022-07-25",
    );
    check(
        "Blinken visited Kyiv on Tuesday.",
        "en",
        a,
        "Tuesday=2022-07-26",
    );
    check(
        "The forum will be held on Monday.",
        "en",
        a,
        "Monday=2022-08-01",
    );
    // Russian past forms of "идти" ("прошли", "прошла", "прошёл").
    check(
        "В понедельник прошли консультации.",
        "ru",
        a,
        "понедельник=2022-07-25",
    );
}

#[test]
fn russian_adjectives_of_months() {
    let a = "2002-11-14";
    // In the year the tense points to; in lower case only, with no day number.
    check(
        "На майском саммите лидеры подписали декларацию.",
        "ru",
        a,
        "майском=2002-05",
    );
    check(
        "В ходе декабрьского визита президент встретится с премьером.",
        "ru",
        a,
        "декабрьского=2002-12",
    );
    check("Юбилей Октябрьской революции отметили.", "ru", a, "");
}

#[test]
fn a_plural_ordinal_that_is_no_decade_is_no_year() {
    check(
        "1934-е пленарное заседание, 21 сентября 1971 года",
        "ru",
        "",
        "21 сентября 1971 года=1971-09-21",
    );
    check("в 1990-е годы", "ru", "", "1990-е годы=1990/1999");
}

#[test]
fn a_russian_participle_after_a_comma_opens_a_past_phrase() {
    let a = "2002-07-19";
    // The future of the sentence ("буду") does not reach into the participle's phrase.
    check(
        "Я не буду давать комментариев по поводу покушения, предпринятого на меня в Париже 14 июля.",
        "ru",
        a,
        "14 июля=2002-07-14",
    );
    check(
        "Мы обсудим итоги встречи, состоявшейся 3 июля.",
        "ru",
        a,
        "3 июля=2002-07-03",
    );
    // A day's ordinal after a comma is no participle.
    check(
        "Саммит пройдет, пятого августа.",
        "ru",
        a,
        "пятого августа=2002-08-05",
    );
}

#[test]
fn halves_of_months_and_parts_of_the_year() {
    let a = "2019-03-14";
    check(
        "Во второй половине марта пройдет саммит.",
        "ru",
        a,
        "второй половине марта=2019-03-16/2019-03-31",
    );
    check(
        "В первой половине года рост замедлился.",
        "ru",
        a,
        "первой половине года=2019-01/2019-06",
    );
    check(
        "Dans la seconde moitié de mars, le sommet aura lieu.",
        "fr",
        a,
        "seconde moitié de mars=2019-03-16/2019-03-31",
    );
    check(
        "In the first half of February 2018, growth slowed.",
        "en",
        a,
        "first half of February 2018=2018-02-01/2018-02-15",
    );
}

#[test]
fn a_future_that_takes_place_is_no_participle() {
    check(
        "Les pourparlers auront lieu le 10 avril.",
        "fr",
        "2019-03-14",
        "10 avril=2019-04-10",
    );
    check(
        "Les pourparlers ont eu lieu le 10 avril.",
        "fr",
        "2019-03-14",
        "10 avril=2018-04-10",
    );
    // A noun after its determiner is no participle either.
    check(
        "Le président recevra son homologue le 2 avril.",
        "fr",
        "2019-03-14",
        "2 avril=2019-04-02",
    );
}

#[test]
fn a_date_one_is_awaited_at_or_set_for_is_to_come() {
    let a = "2019-03-14";
    check(
        "Le président est attendu à Moscou le 2 février.",
        "fr",
        a,
        "2 février=2020-02-02",
    );
    check("Голосование ожидается в январе.", "ru", a, "январе=2020-01");
    check(
        "Elections are slated for October.",
        "en",
        a,
        "October=2019-10",
    );
    // "на" before a month alone: the month it is set for.
    check("Выборы назначены на октябрь.", "ru", a, "октябрь=2019-10");
}

#[test]
fn weeks_of_a_month_named_by_an_ordinal() {
    let a = "2019-03-14";
    check(
        "The talks will be held in the first week of April.",
        "en",
        a,
        "first week of April=2019-04-01/2019-04-07",
    );
    // Not "last week": the month after it makes it the month's last seven days.
    check(
        "The talks were held in the last week of February 2018.",
        "en",
        a,
        "last week of February 2018=2018-02-22/2018-02-28",
    );
    check(
        "Les pourparlers auront lieu dans la seconde moitié d'avril et la deuxième semaine d'avril.",
        "fr",
        a,
        "seconde moitié d'avril=2019-04-16/2019-04-30; deuxième semaine d'avril=2019-04-08/2019-04-14",
    );
    check(
        "Переговоры пройдут на первой неделе апреля.",
        "ru",
        a,
        "первой неделе апреля=2019-04-01/2019-04-07",
    );
    check(
        "The talks were held last week.",
        "en",
        a,
        "last week=2019-03-04/2019-03-10",
    );
}

#[test]
fn a_listed_month_takes_the_year_the_list_ends_with() {
    check(
        "Les réunions d'octobre, novembre et décembre 2024 ont eu lieu.",
        "fr",
        "2023-05-01",
        "octobre=2024-10; novembre=2024-11; décembre 2024=2024-12",
    );
    check(
        "The meetings in October, November and December 2024 took place.",
        "en",
        "2023-05-01",
        "October=2024-10; November=2024-11; December 2024=2024-12",
    );
    check(
        "Встречи в октябре, ноябре и декабре 2024 года прошли.",
        "ru",
        "2023-05-01",
        "октябре=2024-10; ноябре=2024-11; декабре 2024 года=2024-12",
    );
    // A range is not a list: "d'octobre à décembre 2024" is read whole elsewhere.
}

#[test]
fn the_tense_words_of_another_language_do_not_count() {
    // The French auxiliary "a" before a word ending like a participle ("visit") is no compound
    // past in English, nor is a possessive "'s".
    check(
        "The President is to pay a visit on 15 October.",
        "en",
        "2008-10-03",
        "15 October=2008-10-15",
    );
    check(
        "The objective of the Minister's visit is to prepare the upcoming meeting on 15 October.",
        "en",
        "2008-10-03",
        "15 October=2008-10-15",
    );
    check(
        "Le ministre s'est rendu le 22 octobre à Paris.",
        "fr",
        "2008-10-03",
        "22 octobre=2007-10-22",
    );
}

#[test]
fn dated_headings_date_the_text_under_them() {
    let filler = "La séance est ouverte et le débat porte sur la situation internationale, que chacun des orateurs inscrits examine à son tour avec attention. ";
    let text = format!(
        "Dossier de la session\n\n2ème SÉANCE DU MARDI 18 MARS 2003\n\n{filler}{filler}Nous débattons aujourd'hui de la guerre.\n\n1ère SÉANCE DU JEUDI 20 MARS 2003\n\n{filler}{filler}Les armes se font entendre aujourd'hui.\n\nCanada CAN 09-11-45\n\n{filler}{filler}Hier encore, rien.\n"
    );
    let mut doc = seed_doc(&text, "2004-09-08");
    extract_times(&mut doc);
    assert_eq!(
        value_in(&doc, "Nous débattons aujourd'hui", "aujourd'hui"),
        "2003-03-18"
    );
    assert_eq!(
        value_in(&doc, "se font entendre aujourd'hui", "aujourd'hui"),
        "2003-03-20"
    );
    // A row of a table is no heading: "hier" still counts from the last one.
    assert_eq!(value_in(&doc, "Hier encore", "Hier"), "2003-03-19");
    // One dated line alone is no series of headings: the publication date counts.
    let single =
        format!("2ème SÉANCE DU MARDI 18 MARS 2003\n\n{filler}Nous débattons aujourd'hui.\n");
    let mut doc = seed_doc(&single, "2004-09-08");
    extract_times(&mut doc);
    assert_eq!(
        value_in(&doc, "Nous débattons aujourd'hui", "aujourd'hui"),
        "2004-09-08"
    );
}

#[test]
fn a_day_close_to_the_anchor_keeps_its_year_against_the_tense() {
    // Published 14 March: a past event "on 15 March" is the 15th of the same March (a dateline
    // a day late), not of the year before; far from the anchor, the tense still decides.
    let a = "2019-03-14";
    check(
        "В ночь на 15 марта начались удары.",
        "ru",
        a,
        "15 марта=2019-03-15",
    );
    check(
        "Les frappes ont commencé le 18 mars.",
        "fr",
        a,
        "18 mars=2019-03-18",
    );
    check(
        "The strikes began on 30 March.",
        "en",
        a,
        "30 March=2018-03-30",
    );
    // Published 27 June: "will have shown … on 23 June" is four days before, the same year.
    check(
        "The 23 June will show the way.",
        "en",
        "2016-06-27",
        "23 June=2016-06-23",
    );
    check(
        "We will meet again on 2 June.",
        "en",
        "2016-06-27",
        "2 June=2017-06-02",
    );
    // A bare day of the month likewise.
    check(
        "ça s'arrêtait normalement le 31.",
        "fr",
        "2023-03-30",
        "31=2023-03-31",
    );
}

#[test]
fn slash_dates_follow_the_order_their_text_shows() {
    // A day over 12 in second place shows the text writes month first, and the ambiguous
    // dates of that text follow it; one in first place, day first; else day first.
    check(
        "Voted on 3/8/2023 and on 8/22/2023.",
        "en",
        "",
        "3/8/2023=2023-03-08; 8/22/2023=2023-08-22",
    );
    check(
        "Voted on 3/8/2023 and on 22/8/2023.",
        "en",
        "",
        "3/8/2023=2023-08-03; 22/8/2023=2023-08-22",
    );
    check("Voted on 3/8/2023.", "en", "", "3/8/2023=2023-08-03");
    check(
        "Le 03/04/2021 et le 05/24/2021.",
        "fr",
        "",
        "03/04/2021=2021-03-04; 05/24/2021=2021-05-24",
    );
    // Mixed orders: each ambiguous date keeps the day first.
    check(
        "On 03/04/2021, 05/24/2021 and 24/05/2021.",
        "en",
        "",
        "03/04/2021=2021-04-03; 05/24/2021=2021-05-24; 24/05/2021=2021-05-24",
    );
}

#[test]
fn the_day_before_a_place_is_a_day() {
    let a = "2021-03-03";
    check(
        "The talks took place the day before in Paris.",
        "en",
        a,
        "the day before=2021-03-02",
    );
    check(
        "Министр прибыл накануне в Минск.",
        "ru",
        a,
        "накануне=2021-03-02",
    );
    check(
        "Il était la veille en Ukraine.",
        "fr",
        a,
        "la veille=2021-03-02",
    );
    check("la veille du sommet", "fr", a, "");
    check("the day before the summit", "en", a, "");
}

#[test]
fn counts_of_units_before_or_after_the_day_stated() {
    let a = "2021-03-03";
    check(
        "Trois jours plus tard, il est parti.",
        "fr",
        a,
        "Trois jours plus tard=2021-03-06",
    );
    check(
        "Il l'avait rencontré deux jours auparavant.",
        "fr",
        a,
        "deux jours auparavant=2021-03-01",
    );
    check(
        "Он прибыл двумя днями ранее.",
        "ru",
        a,
        "двумя днями ранее=2021-03-01",
    );
    check(
        "A week earlier, he left.",
        "en",
        a,
        "A week earlier=2021-02-24",
    );
    // From the day the sentence stated before.
    let mut doc = seed_doc(
        "Il est arrivé le 10 mars et reparti trois jours plus tard.",
        a,
    );
    extract_times(&mut doc);
    assert_eq!(
        value_in(&doc, "reparti trois jours plus tard", "trois jours"),
        "2021-03-13"
    );
    // From a year the sentence before stated; with none stated, no day: a story's "later" is
    // not counted from the day of writing.
    let mut doc = seed_doc(
        "Le pape est venu en 1979. Un an plus tard, Solidarność est née. Dix ans plus tard, le mur est tombé.",
        a,
    );
    extract_times(&mut doc);
    assert_eq!(value_in(&doc, "Un an plus tard", "Un an"), "1980");
    assert_eq!(value_in(&doc, "Dix ans plus tard", "Dix ans"), "1990");
    let mut doc = seed_doc("Dix ans plus tard, le mur est tombé.", a);
    extract_times(&mut doc);
    assert_eq!(value_in(&doc, "Dix ans plus tard", "Dix ans"), "-");
    check(
        "He left two days before.",
        "en",
        a,
        "two days before=2021-03-01",
    );
    // The eve of a noun, a clause after "before", a vague count: no day.
    check("He left two days before the vote.", "en", a, "");
    check("He left two days before he met her.", "en", a, "");
    check("He left a few days later.", "en", a, "");
    // Days the text names as such.
    check(
        "L'avant-veille, il était là.",
        "fr",
        a,
        "L'avant-veille=2021-03-01",
    );
    check(
        "В тот же день он уехал.",
        "ru",
        a,
        "В тот же день=2021-03-03",
    );
}
