//! The filters `chancery search` and `chancery export` share, as command-line flags: one
//! definition, turned into [`chancery_export::Filter`] (whose documentation says what each
//! filter keeps in each table) and checked in one place.

use chancery_export::Filter;

#[derive(clap::Args, Debug, Default)]
pub struct FilterArgs {
    /// Only what concerns this actor: a name in any script or spelling ("Lavrov", "Лавров") or a
    /// CAMEO actor code or prefix ("RUSGOV", "RUS"). Documents naming it; in exports, events
    /// with it as source or target, the entity itself, quotations it speaks.
    #[arg(long, value_name = "NAME|CODE")]
    pub actor: Option<String>,
    /// Only events of this type: a family ("meet", "accuse"), a CAMEO code or prefix ("04",
    /// "042") or a PLOVER category ("CONSULT"); documents: those stating such an event.
    #[arg(long = "type", value_name = "T")]
    pub kind: Option<String>,
    /// Only where this person speaks (any script or spelling): documents with their turns or
    /// quotations; in exports, their events and quotations.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only documents in this language (ISO 639-1: fr, en, ru…).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Only documents from this publisher (the whole name, any case).
    #[arg(long, value_name = "NAME")]
    pub publisher: Option<String>,
    /// From this date on (ISO: 2024, 2024-06, 2024-06-25): the event's own date for events,
    /// the publication date otherwise.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Up to this date (ISO; "2024-06" includes all of June).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

impl FilterArgs {
    /// The filter, trimmed and with its dates checked (the error names the flag).
    pub fn filter(self) -> anyhow::Result<Filter> {
        Filter {
            actor: self.actor,
            kind: self.kind,
            speaker: self.speaker,
            lang: self.lang,
            publisher: self.publisher,
            from: self.from,
            to: self.to,
        }
        .checked()
        .map_err(|e| anyhow::anyhow!("--{e}"))
    }
}
