//! Which rows an export keeps: the filters of `chancery search` and `chancery events`.
//!
//! | filter | events, gdelt | entities | quotes | documents |
//! | --- | --- | --- | --- | --- |
//! | `actor` | source or target | the entity | the quote's speaker | names the actor |
//! | `kind` | the event's type | the document states such an event | same | same |
//! | `speaker` | who states the event | the document has this speaker | the quote's speaker | the document has this speaker |
//! | `lang` | the document's language | same | same | same |
//! | `publisher` | the document's publisher (the whole name, any case) | same | same | same |
//! | `from`, `to` | the event's date | the document's publication date | same | same |
//!
//! An actor is a name (any case, canonical or as written) or a CAMEO actor code or its prefix
//! ("RUS" finds "RUSGOV"); a type is a contract type ("meet") or a CAMEO code prefix ("04");
//! dates are ISO prefixes ("2024", "2024-06"): `to` includes its whole period. A row whose
//! date is unknown is left out when `from` or `to` is given, as `chancery events` does.

use chancery_model::{Document, Entity, Event, PartialDate, Quote, Speaker};

/// A date filter as a user gives it (`2024`, `2024-06`, `2024-06-25`; blanks around it are
/// ignored): `None` when empty, an error naming the filter when it is not such a date. The one
/// check behind `chancery search`, `export`, `events` and the HTTP API.
pub fn date_arg(name: &str, value: Option<&str>) -> Result<Option<String>, String> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => match PartialDate::parse_iso(s).filter(|d| d.year.is_some()) {
            Some(_) => Ok(Some(s.to_owned())),
            None => Err(format!(
                "{name}: {s:?} is not a date: write 2024, 2024-06 or 2024-06-25"
            )),
        },
    }
}

/// The filters of one export; `None` fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub actor: Option<String>,
    pub kind: Option<String>,
    pub speaker: Option<String>,
    pub lang: Option<String>,
    pub publisher: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Filter {
    /// The filter with every field trimmed, empty fields dropped and the dates checked (the
    /// message names the filter, `from` or `to`).
    pub fn checked(self) -> Result<Filter, String> {
        let text = |v: Option<String>| v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        Ok(Filter {
            from: date_arg("from", self.from.as_deref())?,
            to: date_arg("to", self.to.as_deref())?,
            actor: text(self.actor),
            kind: text(self.kind),
            speaker: text(self.speaker),
            lang: text(self.lang),
            publisher: text(self.publisher),
        })
    }

    /// `from` and `to` as dates (for the search index); a field that is not a date is `None`.
    pub fn dates(&self) -> (Option<PartialDate>, Option<PartialDate>) {
        let d = |v: &Option<String>| v.as_deref().and_then(PartialDate::parse_iso);
        (d(&self.from), d(&self.to))
    }

    /// True when some filter is set.
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// Whether `date` (ISO, possibly partial or a range `a/b`) is inside `from`..=`to`,
    /// compared as strings like the store does.
    pub fn date_passes(&self, date: Option<&str>) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(date) = date else {
            return false;
        };
        let from_ok = self.from.as_deref().is_none_or(|f| date >= f);
        // "2024-06" includes every day of June: compare with the prefix only.
        let to_ok = self
            .to
            .as_deref()
            .is_none_or(|t| date <= t || date.starts_with(t));
        from_ok && to_ok
    }

    /// The document's language and publisher pass.
    pub fn origin_passes(&self, doc: &Document) -> bool {
        self.lang.as_deref().is_none_or(|l| {
            doc.lang
                .as_deref()
                .is_some_and(|dl| dl.eq_ignore_ascii_case(l.trim()))
        }) && self
            .publisher
            .as_deref()
            .is_none_or(|p| doc.publisher.as_deref().is_some_and(|dp| same_name(dp, p)))
    }

    fn published_passes(&self, doc: &Document) -> bool {
        self.date_passes(doc.published.map(|p| p.to_string()).as_deref())
    }

    fn doc_kind_passes(&self, doc: &Document) -> bool {
        self.kind.is_none() || doc.events.iter().any(|e| self.kind_passes(e))
    }

    fn doc_speaker_passes(&self, doc: &Document) -> bool {
        self.speaker.as_deref().is_none_or(|q| {
            doc.speakers
                .iter()
                .any(|s| speaker_named(s, q) || s.actor.as_deref().is_some_and(|c| code_has(c, q)))
        })
    }

    /// Whether a document is kept in the documents table.
    pub fn document_passes(&self, doc: &Document) -> bool {
        self.origin_passes(doc)
            && self.published_passes(doc)
            && self.doc_kind_passes(doc)
            && self.doc_speaker_passes(doc)
            && self
                .actor
                .as_deref()
                .is_none_or(|q| doc.entities.iter().any(|e| entity_named(e, q)))
    }

    /// The document-level part of the entities and quotes tables (language, publication date,
    /// type; and the speaker for entities).
    pub fn entities_document_passes(&self, doc: &Document) -> bool {
        self.origin_passes(doc)
            && self.published_passes(doc)
            && self.doc_kind_passes(doc)
            && self.doc_speaker_passes(doc)
    }

    pub fn quotes_document_passes(&self, doc: &Document) -> bool {
        self.origin_passes(doc) && self.published_passes(doc) && self.doc_kind_passes(doc)
    }

    pub fn entity_passes(&self, entity: &Entity) -> bool {
        self.actor
            .as_deref()
            .is_none_or(|q| entity_named(entity, q))
    }

    /// A quote passes `speaker` when its speaker is named so, and `actor` when its speaker is
    /// named so or has that actor code.
    pub fn quote_passes(&self, doc: &Document, quote: &Quote) -> bool {
        let speaker = quote
            .speaker
            .as_deref()
            .map(|name| (name, doc.speakers.iter().find(|s| s.name == name)));
        let named = |q: &str| {
            speaker.is_some_and(|(name, s)| {
                name.eq_ignore_ascii_case(q.trim())
                    || name.to_lowercase() == q.trim().to_lowercase()
                    || s.is_some_and(|s| speaker_named(s, q))
            })
        };
        let coded = |q: &str| {
            speaker.is_some_and(|(_, s)| {
                s.and_then(|s| s.actor.as_deref())
                    .is_some_and(|c| code_has(c, q))
            })
        };
        self.speaker.as_deref().is_none_or(named)
            && self.actor.as_deref().is_none_or(|q| named(q) || coded(q))
    }

    fn kind_passes(&self, e: &Event) -> bool {
        self.kind.as_deref().is_none_or(|k| {
            let k = k.trim();
            chancery_model::event_type(&e.code) == k || e.code.starts_with(k)
        })
    }

    /// An event of `doc` passes (the document's language included).
    pub fn event_passes(&self, doc: &Document, e: &Event) -> bool {
        let side = |name: &Option<String>, code: &Option<String>, q: &str| {
            name.as_deref().is_some_and(|n| same_name(n, q))
                || code.as_deref().is_some_and(|c| code_has(c, q))
        };
        self.origin_passes(doc)
            && self.kind_passes(e)
            && self.actor.as_deref().is_none_or(|q| {
                side(&e.source, &e.source_actor, q) || side(&e.target, &e.target_actor, q)
            })
            && self.speaker.as_deref().is_none_or(|q| {
                e.speaker.as_deref().is_some_and(|s| {
                    same_name(s, q)
                        || doc
                            .speakers
                            .iter()
                            .any(|sp| sp.name == s && speaker_named(sp, q))
                })
            })
            && self.date_passes(e.date.map(|d| d.to_string()).as_deref())
    }
}

/// Case-insensitive equality of two names (Unicode lower case), spaces at the ends ignored.
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase()
}

/// Whether CAMEO code `code` starts with the code or prefix `q` (any case).
fn code_has(code: &str, q: &str) -> bool {
    let q = q.trim();
    !q.is_empty()
        && q.chars().all(|c| c.is_ascii_alphanumeric())
        && code
            .get(..q.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(q))
}

fn entity_named(e: &Entity, q: &str) -> bool {
    same_name(&e.name, q)
        || e.surface.iter().any(|s| same_name(s, q))
        || e.actor.as_deref().is_some_and(|c| code_has(c, q))
}

fn speaker_named(s: &Speaker, q: &str) -> bool {
    same_name(&s.name, q) || s.surface.iter().any(|x| same_name(x, q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_compare_as_iso_prefixes() {
        let f = Filter {
            from: Some("2024-06".into()),
            to: Some("2024-07".into()),
            ..Filter::default()
        };
        for (date, kept) in [
            (Some("2024-06-01"), true),
            (Some("2024-07-31"), true),
            (Some("2024-07"), true),
            (Some("2024-08-01"), false),
            (Some("2024-05-31"), false),
            (Some("2024"), false),
            (None, false),
        ] {
            assert_eq!(f.date_passes(date), kept, "{date:?}");
        }
        assert!(Filter::default().date_passes(None));
    }

    #[test]
    fn checked_trims_drops_blanks_and_names_a_bad_date() {
        let f = Filter {
            actor: Some(" Lavrov ".into()),
            lang: Some("  ".into()),
            from: Some(" 2024-06 ".into()),
            ..Filter::default()
        }
        .checked()
        .unwrap();
        assert_eq!(f.actor.as_deref(), Some("Lavrov"));
        assert_eq!(f.lang, None);
        assert_eq!(f.from.as_deref(), Some("2024-06"));
        assert_eq!(
            f.dates().0.map(|d| d.to_string()).as_deref(),
            Some("2024-06")
        );
        let bad = Filter {
            to: Some("June".into()),
            ..Filter::default()
        };
        let err = bad.checked().unwrap_err();
        assert!(err.starts_with("to: \"June\" is not a date"), "{err}");
    }

    #[test]
    fn codes_match_by_prefix_names_by_case() {
        assert!(code_has("RUSGOV", "rus"));
        assert!(!code_has("RUSGOV", "GOV"));
        assert!(!code_has("RUSGOV", ""));
        assert!(same_name("Сергей Лавров", "сергей лавров"));
    }
}
