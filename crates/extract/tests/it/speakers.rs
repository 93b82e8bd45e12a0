//! Speakers, turns and quotes on the seeds.
//! See: #3

use chancery_model::TurnKind;

use crate::seeds::run;

#[test]
fn seed_002_six_speakers_forty_turns() {
    let doc = run("002");
    // Labelled speakers; those the events show speaking have no turns.
    let got: Vec<String> = doc
        .speakers
        .iter()
        .filter(|s| s.turns > 0)
        .map(|s| {
            format!(
                "{} {} {}",
                s.name,
                s.turns,
                s.affiliation.as_deref().unwrap_or("-")
            )
        })
        .collect();
    let mut got_sorted = got.clone();
    got_sorted.sort();
    assert_eq!(
        got_sorted,
        [
            "Alexander Lukashenko 15 -",
            "Kirill Vorobyov 2 Izvestia",
            "Natalya Golub 1 Belarus-1",
            "Sargon Hadaya 1 RT",
            "Vladimir Matveyev 2 -",
            "Vladimir Putin 19 -",
        ],
        "{got:#?}"
    );
    assert_eq!(doc.turns.len(), 40);
    let journalists = [
        "Natalya Golub",
        "Kirill Vorobyov",
        "Vladimir Matveyev",
        "Sargon Hadaya",
    ];
    for t in &doc.turns {
        let is_journalist = journalists.contains(&t.speaker.as_str());
        assert_eq!(
            t.kind == TurnKind::Question,
            is_journalist,
            "{} {:?}: {}",
            t.speaker,
            t.kind,
            t.span.slice(&doc.text)
        );
    }
    assert!(
        doc.turns
            .iter()
            .any(|t| t.kind == TurnKind::Answer && t.speaker == "Vladimir Putin")
    );
    let putin = doc
        .speakers
        .iter()
        .find(|s| s.name == "Vladimir Putin")
        .unwrap();
    assert_eq!(putin.role.as_deref(), Some("President of Russia"));
    assert!(
        putin
            .surface
            .contains(&"Président russe Vladimir Poutine".to_owned())
    );
    let luka = doc
        .speakers
        .iter()
        .find(|s| s.name == "Alexander Lukashenko")
        .unwrap();
    assert_eq!(luka.role.as_deref(), Some("President of Belarus"));
    let matveyev = doc
        .speakers
        .iter()
        .find(|s| s.name == "Vladimir Matveyev")
        .unwrap();
    assert_eq!(matveyev.surface, ["Vladimir Matveyev", "Vladimir Matveïev"]);
    // Turns lie inside the sections of the talks and never contain a source address.
    for t in &doc.turns {
        let text = t.span.slice(&doc.text);
        assert!(!text.contains("http://"), "{text}");
        assert!(t.section.is_some());
    }
    // Each turn starts right after its label, inside the innermost section holding it, and never
    // runs into another top-level section.
    for t in &doc.turns {
        let label = t
            .label
            .expect("transcript turns have labels")
            .slice(&doc.text);
        assert!(label.ends_with(':'), "{label}");
        let section = t.section.expect("turns of seed 002 are in sections");
        let s = &doc.sections[section];
        assert!(s.span.contains(t.span), "{label} {section}");
        assert!(
            doc.sections.iter().enumerate().all(|(i, o)| i == section
                || !o.span.contains(t.span)
                || o.span.len() > s.span.len()),
            "{label}: not the innermost section"
        );
        let top = |at: usize| {
            doc.sections
                .iter()
                .position(|o| o.parent.is_none() && o.span.start <= at && at < o.span.end)
        };
        assert_eq!(top(t.span.start), top(t.span.end - 1), "{label}");
    }
    // Kinds in the press conference: the first question (Natalya Golub) is answered by both
    // leaders; the talks before it are statements.
    let kinds: Vec<(&str, &str)> = doc
        .turns
        .iter()
        .skip_while(|t| t.speaker != "Natalya Golub")
        .take(3)
        .map(|t| (t.speaker.as_str(), t.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Natalya Golub", "question"),
            ("Alexander Lukashenko", "answer"),
            ("Vladimir Putin", "answer"),
        ]
    );
    assert_eq!(doc.turns[0].kind, TurnKind::Statement);
    // Editorial insertions stay inside the speech of the turn that holds them.
    let insertion = doc.text.find("[de la Chine]").unwrap();
    assert!(doc.turns.iter().any(|t| t.speaker == "Vladimir Putin"
        && t.span.start <= insertion
        && insertion < t.span.end));
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
}

#[test]
fn seed_002_surfaces_and_affiliations() {
    let doc = run("002");
    let find = |name: &str| doc.speakers.iter().find(|s| s.name == name).unwrap();
    assert_eq!(
        find("Natalya Golub").surface,
        ["Natalya Golub, chaîne de télévision Belarus-1"]
    );
    assert_eq!(find("Sargon Hadaya").affiliation.as_deref(), Some("RT"));
    assert_eq!(find("Vladimir Matveyev").affiliation, None);
    assert_eq!(find("Vladimir Matveyev").role, None);
    assert_eq!(
        find("Alexander Lukashenko").surface,
        [
            "Président de la Biélorussie Alexandre Loukachenko",
            "Alexandre Loukachenko",
            "Président de la République de Biélorussie Alexandre Loukachenko",
            // The entity's form: the text names him so too.
            "Loukachenko",
        ]
    );
    assert_eq!(
        find("Vladimir Putin").surface,
        [
            "Président russe Vladimir Poutine",
            "Vladimir Poutine",
            "Président de la Russie Vladimir Poutine",
            "V.Poutine",
            "Poutine",
        ]
    );
}

#[test]
fn press_statements_have_one_speaker() {
    for prefix in ["000", "001"] {
        let doc = run(prefix);
        let labelled: Vec<_> = doc.speakers.iter().filter(|s| s.turns > 0).collect();
        assert_eq!(labelled.len(), 1, "seed {prefix}");
        let s = labelled[0];
        // The minister's interlocutor spoke too (the talks he reports), without turns.
        assert!(
            doc.speakers
                .iter()
                .any(|s| s.name == "Alexander Lukashenko" && s.turns == 0),
            "seed {prefix}"
        );
        assert_eq!(s.name, "Sergey Lavrov");
        assert_eq!(
            s.role.as_deref(),
            Some("Minister of Foreign Affairs of Russia")
        );
        assert_eq!(doc.turns.len(), 1);
        let body = doc.turns[0].span.slice(&doc.text);
        assert!(
            body.starts_with("Nous venons") || body.starts_with("Dans le cadre"),
            "{body}"
        );
    }
    // A news article has no turns; the people it quotes are speakers without turns (#10).
    let news = run("003");
    assert!(news.turns.is_empty());
    assert!(
        news.speakers.iter().all(|s| s.turns == 0),
        "{:#?}",
        news.speakers
    );
    let putin = news.speakers.iter().find(|s| s.name == "Vladimir Putin");
    assert!(putin.is_some_and(|p| p.quotes >= 4), "{:#?}", news.speakers);
}

#[test]
fn seed_003_quotes_are_putins() {
    let doc = run("003");
    assert!(doc.quotes.len() >= 4, "{:#?}", doc.quotes);
    for q in &doc.quotes {
        assert_eq!(
            q.speaker.as_deref(),
            Some("Vladimir Putin"),
            "{}",
            q.span.slice(&doc.text)
        );
    }
    assert!(doc.quotes.iter().any(|q| q.via.as_deref() == Some("TASS")));
    let first = doc.quotes[0].span.slice(&doc.text);
    assert!(first.starts_with("Maintenant, compte tenu"), "{first}");
}

#[test]
fn seed_001_conference_title_is_not_a_quote() {
    let doc = run("001");
    assert!(
        doc.quotes
            .iter()
            .all(|q| !q.span.slice(&doc.text).contains("Sécurité eurasienne")),
        "{:?}",
        doc.quotes
    );
}

#[test]
fn seed_003_relay_and_order() {
    let doc = run("003");
    let got: Vec<(String, Option<&str>)> = doc
        .quotes
        .iter()
        .map(|q| {
            let words: Vec<&str> = q.span.slice(&doc.text).split_whitespace().take(3).collect();
            (words.join(" "), q.via.as_deref())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Maintenant, compte tenu".to_owned(), Some("TASS")),
            ("Après tout, nos".to_owned(), Some("TASS")),
            ("Nous sommes convenus".to_owned(), None),
            ("Nous résolvons conjointement".to_owned(), None),
        ]
    );
}

/// Turns and quotes never panic, whatever part of a seed they get (windows cut at char
/// boundaries, so labels, quotes and titles are cut in every way).
#[test]
fn no_panic_on_seed_windows() {
    use chancery_extract::{quotes, turns};
    for prefix in ["000", "001", "002", "003"] {
        let full = run(prefix);
        let text = full.text.as_str();
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(97).collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in bounds.iter().skip(k + 1).step_by(7).take(6) {
                let mut doc = chancery_model::Document {
                    title: full.title.clone(),
                    text: text[a..b].to_owned(),
                    ..chancery_model::Document::default()
                };
                turns::extract_turns(&mut doc);
                quotes::extract_quotes(&mut doc);
                for t in &doc.turns {
                    assert!(t.span.end <= doc.text.len());
                }
            }
        }
    }
}

#[test]
fn a_statement_by_a_state_is_that_states() {
    use chancery_clean::clean_text;
    use chancery_extract::{Context, extract};
    let turns = |text: &str| {
        let doc = extract(clean_text(text), &Context::default());
        doc.speakers
            .iter()
            .filter(|s| s.turns > 0)
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        turns(
            "Statement by Ukraine at the General Assembly\n\nMr. President, my country strongly condemns the aggression."
        ),
        ["Ukraine"]
    );
    // A state that only qualifies the body named is not the author.
    assert!(
        !turns("Joint Statement of the U.S.-Japan Economic Policy Consultative Committee\n\nThe two countries met.")
            .contains(&"United States".to_string())
    );
}

#[test]
fn a_signed_statement_is_one_turn_of_its_signatory() {
    use chancery_clean::clean_text;
    use chancery_extract::{Context, extract};
    // The signature line under the title: the person and their title alone on a line.
    let text = "First Grain Ship Departs the Black Sea\n\n\
        Antony J. Blinken, Secretary of State\n\n\
        Today, a commercial vessel carrying Ukrainian grain safely departed the Black Sea. We again \
        commend the United Nations and Turkey for mediating the diplomacy that resulted in this step.";
    let doc = extract(clean_text(text), &Context::default());
    let turns: Vec<(&str, &str)> = doc
        .turns
        .iter()
        .map(|t| (t.speaker.as_str(), &t.span.slice(&doc.text)[..5]))
        .collect();
    assert_eq!(turns, [("Antony Blinken", "Today")]);
    // What "we" do there, the signatory does; whom they praise for mediating did it.
    let events: Vec<(&str, &str, &str)> = doc
        .events
        .iter()
        .map(|e| {
            (
                e.code.as_str(),
                e.source.as_deref().unwrap_or("-"),
                e.target.as_deref().unwrap_or("-"),
            )
        })
        .collect();
    assert!(
        events.contains(&("051", "Antony Blinken", "Turkey")),
        "{events:?}"
    );
    assert!(
        events.contains(&("051", "Antony Blinken", "United Nations")),
        "{events:?}"
    );
    // A line that is a sentence is no signature.
    let text =
        "Grain\n\nAntony Blinken, Secretary of State, said the ship left.\n\nToday, it left.";
    let doc = extract(clean_text(text), &Context::default());
    assert!(doc.turns.is_empty(), "{:?}", doc.turns);
}

#[test]
fn a_speaker_named_in_latin_letters_keeps_the_forms_the_text_writes() {
    use chancery_clean::clean_text;
    use chancery_extract::{Context, extract};
    // A person the actor base does not know, reported in Russian: named in Latin letters, the
    // Cyrillic forms of the text are their surfaces.
    let text = "Переговоры по Карабаху\n\n\
        По итогам переговоров глава пресс-службы азербайджанского внешнеполитического ведомства \
        Хикмет Гаджиев подтвердил, что Баку принял предложение провести встречу. Гаджиев также \
        отметил, что встреча пройдет в Москве.";
    let doc = extract(clean_text(text), &Context::default());
    let s = doc
        .speakers
        .iter()
        .find(|s| s.surface.iter().any(|f| f == "Хикмет Гаджиев"))
        .unwrap_or_else(|| panic!("{:?}", doc.speakers));
    assert!(!chancery_lexicon::names::has_cyrillic(&s.name), "{s:?}");
}

#[test]
fn a_participle_in_a_quotation_releases_no_statement() {
    use chancery_clean::clean_text;
    use chancery_extract::{Context, extract};
    // "принято" (adopted) inside a quotation, the body named after it reporting it: a quoted
    // speaker, no statement turn of the whole text.
    let text = "Переговоры\n\nСтороны обсудили ситуацию.\n\n\
        «Решение уже принято и пересмотру не подлежит», — сообщили в Пентагоне.";
    let doc = extract(clean_text(text), &Context::default());
    assert!(doc.turns.is_empty(), "{:?}", doc.turns);
    assert!(
        doc.speakers
            .iter()
            .any(|s| s.name == "Pentagon" && s.quotes == 1),
        "{:?}",
        doc.speakers
    );
}

#[test]
fn a_labels_title_is_no_part_of_the_name() {
    use chancery_clean::clean_text;
    use chancery_extract::{Context, extract};
    let text = "Remarks\n\nPRESIDENT BIDEN: Thank you very much for coming today to this meeting.\n\n\
        ADMINISTRATOR POWER: Thank you so much, Mr. President, for the invitation.\n\n\
        PRESIDENT BIDEN: Again, thank you.";
    let doc = extract(clean_text(text), &Context::default());
    let names: Vec<(&str, usize)> = doc
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.turns))
        .collect();
    assert!(names.contains(&("Power", 1)), "{names:?}");
}

#[test]
fn an_interviews_host_labelled_by_role_asks_and_the_surname_labelled_answers() {
    // "Ведущий:" is the journalist's role, not a name; "Лавров:" then alternates with it.
    let text = "Интервью Министра иностранных дел России С.В.Лаврова радиостанции «Спутник»\n\n\
        3 марта 2025 года\n\n\
        Ведущий: Сергей Викторович, как прошли переговоры в Минске?\n\n\
        Лавров: Переговоры прошли конструктивно, мы обсудили весь спектр вопросов.\n\n\
        Ведущий: Что дальше?\n\n\
        Лавров: Мы продолжим консультации с нашими белорусскими друзьями.\n";
    let doc = crate::extracted(text);
    let got: Vec<(String, usize)> = doc
        .speakers
        .iter()
        .map(|s| (s.name.clone(), s.turns))
        .collect();
    assert_eq!(
        got,
        [
            ("Journalist".to_owned(), 2),
            ("Sergey Lavrov".to_owned(), 2)
        ]
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-03")
    );
}

#[test]
fn a_reporting_verb_after_a_comma_has_its_subject_after_it() {
    for (text, who, not) in [
        (
            "Soutien\n\nLa France doit soutenir l'Ukraine, a estimé Jean-Noël Barrot.",
            "Jean-Noël Barrot",
            "Ukraine",
        ),
        (
            "Поддержка\n\nРоссия поддерживает Белоруссию, заявил Сергей Лавров.",
            "Sergey Lavrov",
            "Belarus",
        ),
    ] {
        let doc = crate::extracted(text);
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&who), "{text}: {names:?}");
        assert!(!names.contains(&not), "{text}: {names:?}");
    }
}

/// A label that is a role alone under a title naming the office: the holder of that day, with
/// the base's actor code, as speaker and as entity.
#[test]
fn a_bare_role_label_speaks_as_the_office_holder_with_his_code() {
    let doc = crate::extracted(
        "Conférence de presse du Président de la République à l'issue du Conseil européen\n\n\
         Bruxelles, le 21 mars 2024\n\n\
         LE PRÉSIDENT : Mesdames et Messieurs, bonsoir. Nous venons d'achever un Conseil européen.\n\n\
         QUESTION : Monsieur le Président, allez-vous envoyer des troupes en Ukraine ?\n\n\
         LE PRÉSIDENT : Je n'ai jamais exclu aucune option.\n",
    );
    let president = doc
        .speakers
        .iter()
        .find(|s| s.turns == 2)
        .expect("the president's turns");
    assert_eq!(president.name, "Emmanuel Macron");
    assert_eq!(president.actor.as_deref(), Some("FRAGOV"));
}
