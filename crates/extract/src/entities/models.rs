//! The named-entity models that ship with chancery (`models/ner/<lang>.bin`, trained by
//! `chancery train ner`), compiled into the binary and loaded once, on first use.

use std::sync::LazyLock;

use chancery_ner::Model;

static FR: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::load(include_bytes!("../../../../models/ner/fr.bin")).ok());
static EN: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::load(include_bytes!("../../../../models/ner/en.bin")).ok());
static RU: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::load(include_bytes!("../../../../models/ner/ru.bin")).ok());

/// The shipped model for a language, if there is one (fr, en, ru).
pub fn for_lang(lang: Option<&str>) -> Option<&'static Model> {
    match lang? {
        "fr" => FR.as_ref(),
        "en" => EN.as_ref(),
        "ru" => RU.as_ref(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_shipped_model_loads() {
        for lang in ["fr", "en", "ru"] {
            let model = super::for_lang(Some(lang)).expect("model loads");
            assert_eq!(model.lang(), lang);
        }
    }
}
