//! Records: JSON, JSON Lines and CSV, as scrapers, news APIs and dataset dumps write them.
//!
//! A record is an object (or a CSV row) with a text field — plain text, HTML, or a list of
//! paragraphs — and metadata fields. Field names vary from one tool to the next, so each role
//! has a list of common names (`text`/`content`/`body`/`html`/`articleBody`/`maintext`…,
//! `title`/`headline`, `date`/`publishedAt`/`pubDate`/`timestamp`…, `url`/`link`, `id`);
//! the user can name them instead (`--text-field` and the others, dotted paths for nested
//! fields). In a JSON document, records are the shallowest objects holding a text field, and
//! metadata missing from a record is looked up in the objects around it. JSON Lines records
//! that are turns of one conversation (a conversation id and a speaker field) make one
//! document whose turns are labelled with the speaker.

use chancery_model::SourceMeta;
use serde_json::{Map, Value};

use super::{Fields, Record};

/// Field names that hold a record's body, in order of preference.
const TEXT_FIELDS: &[&str] = &[
    "html",
    "raw_html",
    "content_html",
    "body_html",
    "articlebody",
    "article_body",
    "maintext",
    "full_text",
    "fulltext",
    "article_text",
    "text",
    "content",
    "body",
    "article",
    "story",
    "discours",
    "texte",
    "contenu",
    "post_content",
    "текст",
];
const TITLE_FIELDS: &[&str] = &[
    "title",
    "headline",
    "titre",
    "post_title",
    "name",
    "заголовок",
];
const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "publishedat",
    "published_at",
    "published_date",
    "publication_date",
    "pubdate",
    "datepublished",
    "date_published",
    "first_published_at",
    "public_updated_at",
    "datetime",
    "date_extracted",
    "post_date",
    "created_at",
    "timestamp",
    "time",
    "дата",
];
const URL_FIELDS: &[&str] = &[
    "url",
    "link",
    "uri",
    "canonical_url",
    "source_url",
    "href",
    "permalink",
];
const ID_FIELDS: &[&str] = &[
    "id",
    "_id",
    "guid",
    "uuid",
    "doc_id",
    "document_id",
    "record_id",
];
const AUTHOR_FIELDS: &[&str] = &["author", "authors", "byline", "creator", "auteur"];
const PUBLISHER_FIELDS: &[&str] = &[
    "publisher",
    "site_name",
    "sitename",
    "source",
    "edition",
    "outlet",
    "media",
    "source_name",
    "domain",
];
const DESCRIPTION_FIELDS: &[&str] = &["description", "summary", "lead", "abstract", "excerpt"];
const LANG_FIELDS: &[&str] = &["lang", "language", "locale"];
/// A JSON Lines file whose records share one of these and carry a speaker is one conversation.
const CONVERSATION_FIELDS: &[&str] = &[
    "conversationid",
    "conversation_id",
    "dialog_id",
    "dialogue_id",
    "thread_id",
    "transcript_id",
    "interview_id",
];
const SPEAKER_FIELDS: &[&str] = &["sendername", "sender", "speaker", "speaker_name", "from"];

/// Whether text parses as one JSON document.
pub fn is_json(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// Whether text is JSON Lines: at least two lines, each a JSON object (blank lines allowed).
pub fn is_json_lines(text: &str) -> bool {
    let mut objects = 0;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(20)
    {
        if !line.starts_with('{') || !is_json(line) {
            return false;
        }
        objects += 1;
    }
    objects >= 2
}

/// Whether text looks like CSV with a header row: a first line of short field names, and the
/// same number of fields in the next records.
pub fn looks_like_csv(text: &str) -> bool {
    let Some(delimiter) = sniff_delimiter(text) else {
        return false;
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let Ok(headers) = reader.headers() else {
        return false;
    };
    let width = headers.len();
    let header_like = width >= 2
        && headers
            .iter()
            .all(|h| !h.is_empty() && h.chars().count() <= 40 && !h.contains(". "));
    if !header_like {
        return false;
    }
    let mut rows = 0;
    for row in reader.records().take(5) {
        match row {
            Ok(r) if r.len() == width => rows += 1,
            _ => return false,
        }
    }
    rows >= 1
}

fn sniff_delimiter(text: &str) -> Option<u8> {
    let first = text.trim_start_matches('\u{feff}').lines().next()?;
    [b',', b'\t', b';']
        .into_iter()
        .map(|d| (d, first.bytes().filter(|&b| b == d).count()))
        .filter(|&(_, n)| n >= 1)
        .max_by_key(|&(_, n)| n)
        .map(|(d, _)| d)
}

/// One record of a JSON Lines stream, or an error saying why the line is not one.
pub fn read_json_line(line: &str, fields: &Fields) -> Result<Record, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not a JSON object: {e}"))?;
    let Value::Object(obj) = &value else {
        return Err("not a JSON object".to_owned());
    };
    record_from_object(obj, &[], fields).ok_or_else(|| no_text_message(obj, fields))
}

/// The id field of a JSON object line, when it parses and has one.
pub fn record_id_of(line: &str, fields: &Fields) -> Option<String> {
    let value: Value = serde_json::from_str(line).ok()?;
    field(value.as_object()?, fields.id.as_deref(), ID_FIELDS).and_then(scalar)
}

/// The records of a JSON Lines file: one per line, except that the turns of one conversation
/// become one document.
pub fn read_json_lines(text: &str, fields: &Fields) -> Vec<Result<Record, String>> {
    let mut out: Vec<Result<Record, String>> = Vec::new();
    let mut conversation: Option<(String, Record)> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let locator = format!("line {}", n + 1);
        let value: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                out.push(Err(format!("{locator}: not a JSON object: {e}")));
                continue;
            }
        };
        let Value::Object(obj) = &value else {
            out.push(Err(format!("{locator}: not a JSON object")));
            continue;
        };
        let turn = conversation_turn(obj, fields);
        if let Some((conv_id, speaker, said)) = turn {
            match &mut conversation {
                Some((id, doc)) if *id == conv_id => {
                    doc.body.push_str("\n\n");
                    doc.body.push_str(&format!("{speaker}: {said}"));
                    continue;
                }
                _ => {
                    if let Some((_, doc)) = conversation.take() {
                        out.push(Ok(finish_conversation(doc)));
                    }
                    let mut meta = meta_of(obj, &[], fields);
                    meta.record_id = Some(conv_id.clone());
                    let doc = Record {
                        body: format!("{speaker}: {said}"),
                        markup: chancery_model::Markup::Text,
                        meta,
                        locator: Some(locator),
                    };
                    conversation = Some((conv_id, doc));
                    continue;
                }
            }
        }
        if let Some((_, doc)) = conversation.take() {
            out.push(Ok(finish_conversation(doc)));
        }
        out.push(match record_from_object(obj, &[], fields) {
            Some(mut r) => {
                r.locator = Some(locator);
                Ok(r)
            }
            None => Err(format!("{locator}: {}", no_text_message(obj, fields))),
        });
    }
    if let Some((_, doc)) = conversation.take() {
        out.push(Ok(finish_conversation(doc)));
    }
    out
}

fn finish_conversation(mut doc: Record) -> Record {
    doc.markup = super::detect_markup(&doc.body);
    doc
}

/// (conversation id, speaker, text) when the record is one turn of a conversation.
fn conversation_turn(
    obj: &Map<String, Value>,
    fields: &Fields,
) -> Option<(String, String, String)> {
    let conv = field(obj, None, CONVERSATION_FIELDS).and_then(scalar)?;
    let speaker = field(obj, None, SPEAKER_FIELDS).and_then(scalar)?;
    let text = field(obj, fields.text.as_deref(), TEXT_FIELDS).and_then(body_text)?;
    Some((conv, speaker, text))
}

/// The records of a JSON document.
pub fn read_json(text: &str, fields: &Fields) -> Vec<Result<Record, String>> {
    let value: Value = match serde_json::from_str(text.trim_start_matches('\u{feff}')) {
        Ok(v) => v,
        Err(e) => return vec![Err(format!("invalid JSON: {e}"))],
    };
    read_json_value(value, fields)
}

/// Depth-first: an object with a text field is a record; otherwise its values are searched.
fn collect<'a>(
    value: &'a Value,
    ancestors: &mut Vec<&'a Map<String, Value>>,
    fields: &Fields,
    out: &mut Vec<Record>,
) {
    match value {
        Value::Object(obj) => {
            if let Some(r) = record_from_object(obj, ancestors, fields) {
                out.push(r);
                return;
            }
            ancestors.push(obj);
            for v in obj.values() {
                collect(v, ancestors, fields, out);
            }
            ancestors.pop();
        }
        Value::Array(items) => {
            for v in items {
                collect(v, ancestors, fields, out);
            }
        }
        _ => {}
    }
}

fn record_from_object(
    obj: &Map<String, Value>,
    ancestors: &[&Map<String, Value>],
    fields: &Fields,
) -> Option<Record> {
    let body = field(obj, fields.text.as_deref(), TEXT_FIELDS).and_then(body_text)?;
    let body = restore_stripped_newlines(body);
    if body.trim().is_empty() {
        return None;
    }
    let meta = meta_of(obj, ancestors, fields);
    Some(Record::detected(body, meta, None))
}

fn meta_of(
    obj: &Map<String, Value>,
    ancestors: &[&Map<String, Value>],
    fields: &Fields,
) -> SourceMeta {
    // A field of the record, else of the nearest object around it.
    let find = |user: Option<&str>, names: &[&str]| -> Option<String> {
        std::iter::once(obj)
            .chain(ancestors.iter().rev().copied())
            .find_map(|o| field(o, user, names).and_then(scalar))
    };
    SourceMeta {
        title: find(None, TITLE_FIELDS),
        published: find(fields.date.as_deref(), DATE_FIELDS).map(|d| date_value(&d)),
        author: find(None, AUTHOR_FIELDS),
        description: find(None, DESCRIPTION_FIELDS),
        url: find(fields.url.as_deref(), URL_FIELDS)
            .filter(|u| u.contains("://") || u.starts_with('/')),
        publisher: find(None, PUBLISHER_FIELDS).filter(|p| !p.contains("://")),
        lang: find(None, LANG_FIELDS),
        record_id: find(fields.id.as_deref(), ID_FIELDS),
    }
}

fn no_text_message(obj: &Map<String, Value>, fields: &Fields) -> String {
    let keys: Vec<&str> = obj.keys().map(String::as_str).take(12).collect();
    match &fields.text {
        Some(f) => format!("no text in field {f:?} (fields: {})", keys.join(", ")),
        None => format!(
            "no text field found (fields: {}); name it with --text-field",
            keys.join(", ")
        ),
    }
}

/// The value of the field the user named (a dotted path), else of the first known name present
/// (case-insensitive).
fn field<'a>(obj: &'a Map<String, Value>, user: Option<&str>, names: &[&str]) -> Option<&'a Value> {
    if let Some(path) = user {
        let mut cur = obj;
        let mut parts = path.split('.').peekable();
        while let Some(part) = parts.next() {
            let v = cur.get(part)?;
            if parts.peek().is_none() {
                return Some(v);
            }
            cur = v.as_object()?;
        }
        return None;
    }
    names.iter().find_map(|name| {
        obj.iter()
            .find(|(k, v)| k.eq_ignore_ascii_case(name) && !v.is_null())
            .map(|(_, v)| v)
    })
}

/// Some scrapers wrote line breaks as `\n` and a later step dropped the backslash, leaving a
/// bare `n` between words ("РИА Новости.nПравительство Японии…"). In a Cyrillic text a lone
/// Latin `n` touching Cyrillic letters is never a word: it becomes the line break it was. Other
/// scripts are left as they are (in Latin text the `n` cannot be told from a letter).
fn restore_stripped_newlines(body: String) -> String {
    let cyrillic = |c: char| matches!(c, '\u{0400}'..='\u{04ff}');
    let (mut cyr, mut latin) = (0usize, 0usize);
    for c in body.chars() {
        if cyrillic(c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if cyr < 200 || latin * 10 > cyr || !body.contains('n') {
        return body;
    }
    let chars: Vec<char> = body.chars().collect();
    let lone_n = |i: usize| {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let latin_letter = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() && !cyrillic(c));
        let cyr_or_mark = |c: Option<char>| {
            c.is_some_and(|c| cyrillic(c) || matches!(c, '.' | '!' | '?' | ':' | ';' | '»' | '"'))
        };
        let near_cyrillic = [i.checked_sub(2), i.checked_sub(1), Some(i + 1), Some(i + 2)]
            .into_iter()
            .flatten()
            .any(|j| chars.get(j).copied().is_some_and(cyrillic));
        !latin_letter(prev)
            && !latin_letter(next)
            && near_cyrillic
            && cyr_or_mark(prev)
            && (next.is_some_and(|c| cyrillic(c) && c.is_uppercase())
                || next.is_some_and(|c| matches!(c, '.' | '"' | '«' | '—' | '–' | '-')))
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if c == 'n' && lone_n(i) { '\n' } else { c })
        .collect()
}

/// A body: a string, or a list of paragraphs (strings, or objects with a text field).
fn body_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(|i| match i {
                    Value::String(s) => Some(s.trim().to_owned()),
                    Value::Object(o) => field(o, None, TEXT_FIELDS).and_then(body_text),
                    _ => None,
                })
                .filter(|s| !s.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        }
        // An object is not a body: the search goes down into it, so that it becomes the record
        // and the fields around it its context.
        _ => None,
    }
}

/// A metadata value as text: strings and numbers; a list's first item; an object's `name`.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(scalar).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(o) => o.get("name").and_then(scalar),
        _ => None,
    }
}

/// A date field's value as written, except that a Unix timestamp (seconds or milliseconds)
/// becomes ISO 8601 in UTC.
pub fn date_value(v: &str) -> String {
    let t = v.trim();
    let Ok(secs) = t.parse::<f64>() else {
        return t.to_owned();
    };
    // Plausible Unix times: 1970 to 2100, in seconds or in milliseconds.
    let secs = if secs > 4.2e9 { secs / 1000.0 } else { secs };
    if !(0.0..4.2e9).contains(&secs) || t.len() < 9 {
        return t.to_owned();
    }
    let secs = secs as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let date = chancery_model::PartialDate::from_days(days);
    match date.with_time((rem / 3600) as u8, ((rem % 3600) / 60) as u8) {
        Some(d) => d.to_string(),
        None => date.to_string(),
    }
}

/// The records of a CSV (or TSV) file with a header row: one per row.
pub fn read_csv(text: &str, fields: &Fields) -> Vec<Result<Record, String>> {
    let delimiter = sniff_delimiter(text).unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
        Err(e) => return vec![Err(format!("invalid CSV header: {e}"))],
    };
    let mut out = Vec::new();
    let mut rows = 0usize;
    for row in reader.records() {
        rows += 1;
        let locator = format!("row {rows}");
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                out.push(Err(format!("{locator}: invalid CSV: {e}")));
                continue;
            }
        };
        let obj: Map<String, Value> = headers
            .iter()
            .zip(row.iter())
            .map(|(h, v)| (h.clone(), Value::String(v.to_owned())))
            .collect();
        out.push(match record_from_object(&obj, &[], fields) {
            Some(mut r) => {
                r.locator = Some(locator);
                Ok(r)
            }
            None => Err(format!("{locator}: {}", no_text_message(&obj, fields))),
        });
    }
    if out.len() == 1
        && let Some(Ok(r)) = out.first_mut()
    {
        r.locator = None;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chancery_model::Markup;

    fn ok(rs: Vec<Result<Record, String>>) -> Vec<Record> {
        rs.into_iter().map(|r| r.unwrap()).collect()
    }

    #[test]
    fn json_record_with_known_fields() {
        let r = ok(read_json(
            r#"{"url": "https://fr.sputniknews.africa/x.html", "title": "Titre", "timestamp": 1759390314, "date": "2025-10-02", "content": "Texte.\n\nSuite.", "kws": {"a": 1}}"#,
            &Fields::default(),
        ));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].body, "Texte.\n\nSuite.");
        assert_eq!(r[0].meta.title.as_deref(), Some("Titre"));
        assert_eq!(r[0].meta.published.as_deref(), Some("2025-10-02"));
        assert_eq!(
            r[0].meta.url.as_deref(),
            Some("https://fr.sputniknews.africa/x.html")
        );
        assert_eq!(r[0].markup, Markup::Text);
    }

    #[test]
    fn nested_records_and_lists_of_paragraphs() {
        let r = ok(read_json(
            r#"{"status": "ok", "articles": [{"source": {"id": null, "name": "Le Monde"}, "title": "A", "publishedAt": "2023-05-21T10:00:00Z", "content": "Corps A"}, {"title": "B", "content": ["Un.", "Deux."]}]}"#,
            &Fields::default(),
        ));
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].meta.publisher.as_deref(), Some("Le Monde"));
        assert_eq!(r[0].locator.as_deref(), Some("record 1"));
        assert_eq!(r[1].body, "Un.\n\nDeux.");
        // A body in a nested object, metadata around it (GOV.UK content items).
        let r = ok(read_json(
            r#"{"title": "Speech", "first_published_at": "2016-05-12T15:39:00.000+00:00", "details": {"body": "<p>Thank you.</p><p>Good.</p>"}}"#,
            &Fields::default(),
        ));
        assert_eq!(r[0].meta.title.as_deref(), Some("Speech"));
        assert_eq!(
            r[0].meta.published.as_deref(),
            Some("2016-05-12T15:39:00.000+00:00")
        );
        assert_eq!(r[0].markup, Markup::Html);
    }

    #[test]
    fn user_named_fields() {
        let f = Fields {
            text: Some("payload.words".into()),
            id: Some("key".into()),
            ..Fields::default()
        };
        let r = read_json_line(r#"{"key": 7, "payload": {"words": "Bonjour."}}"#, &f).unwrap();
        assert_eq!(r.body, "Bonjour.");
        assert_eq!(r.meta.record_id.as_deref(), Some("7"));
        let e = read_json_line(r#"{"key": 7}"#, &f).unwrap_err();
        assert!(e.contains("payload.words"), "{e}");
        let e = read_json_line(r#"{"a": 1}"#, &Fields::default()).unwrap_err();
        assert!(e.contains("--text-field"), "{e}");
    }

    #[test]
    fn json_lines_and_conversations() {
        let text = r#"{"id": "a", "text": "Un."}
{"id": "b", "html": "<p>Deux.</p><p>Trois.</p>"}
not json
"#;
        let rs = read_json_lines(text, &Fields::default());
        assert_eq!(rs.len(), 3);
        assert_eq!(rs[1].as_ref().unwrap().markup, Markup::Html);
        assert!(rs[2].as_ref().unwrap_err().starts_with("line 3"));
        let talk = r#"{"conversationId": "c1", "senderName": "alarabiya.net", "text": "Welcome.", "timestamp": 1577840400.0}
{"conversationId": "c1", "senderName": "Vladimir Putin", "text": "Thank you."}
"#;
        let rs = ok(read_json_lines(talk, &Fields::default()));
        assert_eq!(rs.len(), 1);
        assert_eq!(
            rs[0].body,
            "alarabiya.net: Welcome.\n\nVladimir Putin: Thank you."
        );
        assert_eq!(rs[0].meta.published.as_deref(), Some("2020-01-01T01:00"));
    }

    #[test]
    fn csv_rows() {
        let text = "titre,date,discours\n\"Déclaration, à Paris\",26 avril 2023,\"Q - Question ?\nR - Réponse.\"\n";
        assert!(looks_like_csv(text));
        let r = ok(read_csv(text, &Fields::default()));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].meta.title.as_deref(), Some("Déclaration, à Paris"));
        assert_eq!(r[0].meta.published.as_deref(), Some("26 avril 2023"));
        assert_eq!(r[0].body, "Q - Question ?\nR - Réponse.");
        assert_eq!(r[0].locator, None);
        assert!(!looks_like_csv(
            "Le ministre a dit, hier, que tout va bien.\nEt voilà."
        ));
    }

    #[test]
    fn backslashless_line_breaks_in_cyrillic_text() {
        let para = "Правительство Японии заявило, что запущенные снаряды не представляют угрозы. ";
        let body = format!(
            "МОСКВА, 10 авг - РИА Новости.n{}n\"{}\", - пишет агентство.nРанее агентство сообщило.",
            para.repeat(4),
            para
        );
        let fixed = restore_stripped_newlines(body);
        assert!(
            fixed.starts_with("МОСКВА, 10 авг - РИА Новости.\nПравительство"),
            "{fixed}"
        );
        assert!(fixed.contains("агентство.\nРанее"), "{fixed}");
        assert!(!fixed.contains(".n"), "{fixed}");
        let quoted = restore_stripped_newlines(format!(
            "{} Киодо.n\"Правительство заявило\".",
            para.repeat(4)
        ));
        assert!(quoted.contains("Киодо.\n\"Правительство"), "{quoted}");
        // Latin words and mixed text are left alone.
        let mixed = format!("{} Reuters news.nothing", para.repeat(4));
        assert_eq!(restore_stripped_newlines(mixed.clone()), mixed);
        let latin = "Le ministre.nIl a dit.".to_owned();
        assert_eq!(restore_stripped_newlines(latin.clone()), latin);
    }

    #[test]
    fn unix_timestamps() {
        assert_eq!(date_value("1759390314"), "2025-10-02T07:31");
        assert_eq!(date_value("1759390314000"), "2025-10-02T07:31");
        assert_eq!(date_value("2024-01-02"), "2024-01-02");
        assert_eq!(date_value("2024"), "2024");
    }
}

/// Whether text holds PHP-serialized data (a WordPress object cache, a PHP session dump):
/// `a:N:{…}` or `O:N:"class":N:{…}`, possibly after a `<?php exit; ?>` guard.
pub fn looks_like_php_serialized(text: &str) -> bool {
    let head = &text[..text.floor_char_boundary(256)];
    let start = head
        .find("?>")
        .filter(|_| head.contains("<?php"))
        .map_or(head, |at| &head[at + 2..]);
    static PHP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"^\s*(?:a:\d+:\{|O:\d+:"[^"]*":\d+:\{)"#).expect("valid regex")
    });
    PHP.is_match(start)
}

/// The records of PHP-serialized data: it is read into the same shape as JSON, then records
/// are found as in a JSON document (`post_content` is a body, `post_title` a title…).
pub fn read_php(text: &str, fields: &Fields) -> Vec<Result<Record, String>> {
    let start = text
        .find("?>")
        .filter(|&at| text[..at].contains("<?php"))
        .map_or(0, |at| at + 2);
    let mut p = Php {
        s: text.as_bytes(),
        at: start,
        depth: 0,
    };
    match p.value() {
        Some(v) => read_json_value(v, fields),
        None => vec![Err(format!(
            "invalid PHP-serialized data near byte {}",
            p.at
        ))],
    }
}

/// Records of an already parsed JSON value.
fn read_json_value(value: Value, fields: &Fields) -> Vec<Result<Record, String>> {
    let mut out = Vec::new();
    let mut ancestors: Vec<&Map<String, Value>> = Vec::new();
    collect(&value, &mut ancestors, fields, &mut out);
    if out.is_empty() {
        return vec![Err(match &value {
            Value::Object(obj) => no_text_message(obj, fields),
            _ => "no record with a text field; name it with --text-field".to_owned(),
        })];
    }
    let many = out.len() > 1;
    out.into_iter()
        .enumerate()
        .map(|(i, mut r)| {
            if many {
                r.locator = Some(format!("record {}", i + 1));
            }
            Ok(r)
        })
        .collect()
}

/// A reader of PHP's `serialize()` format, tolerant of string lengths that no longer match
/// (re-encoded caches): a string then ends at the next `";`.
struct Php<'a> {
    s: &'a [u8],
    at: usize,
    depth: usize,
}

impl Php<'_> {
    fn eat(&mut self, b: u8) -> Option<()> {
        (self.s.get(self.at) == Some(&b)).then(|| self.at += 1)
    }

    fn number(&mut self, end: u8) -> Option<&str> {
        let from = self.at;
        let len = self.s[from..].iter().position(|&b| b == end)?;
        self.at = from + len + 1;
        std::str::from_utf8(&self.s[from..from + len]).ok()
    }

    fn string(&mut self) -> Option<String> {
        let len: usize = self.number(b':')?.parse().ok()?;
        self.eat(b'"')?;
        let from = self.at;
        let end = if self.s.get(from + len..from + len + 2) == Some(b"\";") {
            from + len
        } else {
            from + memchr::memmem::find(&self.s[from..], b"\";")?
        };
        self.at = end + 2;
        Some(String::from_utf8_lossy(&self.s[from..end]).into_owned())
    }

    fn value(&mut self) -> Option<Value> {
        while self.s.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
        let kind = *self.s.get(self.at)?;
        self.at += 1;
        if kind == b'N' {
            self.eat(b';')?;
            return Some(Value::Null);
        }
        self.eat(b':')?;
        match kind {
            b's' => self.string().map(Value::String),
            b'i' | b'd' => {
                let n = self.number(b';')?;
                Some(
                    n.parse::<i64>()
                        .map(Value::from)
                        .or_else(|_| n.parse::<f64>().map(Value::from))
                        .unwrap_or_else(|_| Value::String(n.to_owned())),
                )
            }
            b'b' => Some(Value::Bool(self.number(b';')? == "1")),
            b'a' | b'O' => {
                if kind == b'O' {
                    self.number(b':')?;
                    self.eat(b'"')?;
                    let close = memchr::memchr(b'"', &self.s[self.at..])?;
                    self.at += close + 1;
                    self.eat(b':')?;
                }
                let n: usize = self.number(b':')?.parse().ok()?;
                self.eat(b'{')?;
                self.depth += 1;
                if self.depth > 64 {
                    return None;
                }
                let mut map = Map::new();
                for _ in 0..n {
                    let key = match self.value()? {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    let value = self.value()?;
                    map.insert(key, value);
                }
                self.depth -= 1;
                self.eat(b'}')?;
                Some(Value::Object(map))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod php_tests {
    use super::*;

    #[test]
    fn a_wordpress_object_cache() {
        let text = "(\u{fffd}V<?php exit; ?>a:1:{s:7:\"content\";O:8:\"stdClass\":3:{s:2:\"ID\";i:12333;s:9:\"post_date\";s:19:\"2014-12-01 09:04:30\";s:12:\"post_content\";s:17:\"<p>Le Sommet.</p>\";}}";
        assert!(looks_like_php_serialized(text));
        let r = read_php(text, &Fields::default()).remove(0).unwrap();
        assert_eq!(r.body, "<p>Le Sommet.</p>");
        assert_eq!(r.meta.published.as_deref(), Some("2014-12-01 09:04:30"));
        assert_eq!(r.meta.record_id.as_deref(), Some("12333"));
        // A length that no longer matches the bytes (re-encoded) still reads.
        let r = read_php("a:1:{s:4:\"text\";s:3:\"Texte é\";}", &Fields::default());
        assert_eq!(r[0].as_ref().unwrap().body, "Texte é");
        assert!(read_php("a:2:{s:1:\"x\";", &Fields::default())[0].is_err());
        assert!(!looks_like_php_serialized("a:1 is not it"));
    }
}
