//! Speakers, turns and quotes on the seeds.
//! See: #3

use chancery_model::TurnKind;

use crate::seeds::run;

#[test]
fn seed_002_six_speakers_forty_turns() {
    let doc = run("002");
    let got: Vec<String> = doc
        .speakers
        .iter()
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
}

#[test]
fn press_statements_have_one_speaker() {
    for prefix in ["000", "001"] {
        let doc = run(prefix);
        assert_eq!(doc.speakers.len(), 1, "seed {prefix}");
        let s = &doc.speakers[0];
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
    assert!(run("003").turns.is_empty());
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
