//! Who held which office, when (`data/actors/offices.tsv`): a role phrase ("le chef de la
//! diplomatie russe", "the Russian foreign minister") stands for the holder of its office on the
//! document's date, not for whoever holds it today.

use std::sync::LazyLock;

use chancery_model::PartialDate;

/// One term of office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub office: String,
    pub holder: String,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

static TERMS: LazyLock<Vec<Term>> =
    LazyLock::new(|| parse(include_str!("../data/actors/offices.tsv")));

/// Reads the offices TSV; malformed lines are skipped (the built-in file is checked by a test).
pub fn parse(text: &str) -> Vec<Term> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let office = cols.next()?.trim().to_owned();
            let holder = cols.next()?.trim().to_owned();
            let (from, to) = cols.next()?.trim().split_once("..")?;
            let date = |s: &str| -> Option<Option<PartialDate>> {
                if s.is_empty() {
                    Some(None)
                } else {
                    PartialDate::parse_iso(s).map(Some)
                }
            };
            Some(Term {
                office,
                holder,
                from: date(from)?,
                to: date(to)?,
            })
        })
        .collect()
}

/// Every built-in term.
pub fn terms() -> &'static [Term] {
    &TERMS
}

/// The holder of `office` on `date`; with no date, the latest holder. On a day two terms share
/// (a handover), the incoming holder.
pub fn holder(office: &str, date: Option<PartialDate>) -> Option<&'static str> {
    crate::actors::latest_valid(
        terms().iter().filter(|t| t.office == office),
        |t| (t.from, t.to),
        date,
    )
    .map(|t| t.holder.as_str())
}

/// Everyone who held `office`, in the order of the table.
pub fn holders(office: &str) -> impl Iterator<Item = &'static str> + '_ {
    terms()
        .iter()
        .filter(move |t| t.office == office)
        .map(|t| t.holder.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(s: &str) -> Option<PartialDate> {
        PartialDate::parse_iso(s)
    }

    #[test]
    fn holders_on_a_date() {
        let fm = "Minister of Foreign Affairs of Belarus";
        assert_eq!(holder(fm, on("2020-11-26")), Some("Vladimir Makei"));
        assert_eq!(holder(fm, on("2024-06-25")), Some("Sergei Aleinik"));
        assert_eq!(holder(fm, on("2024-06-27")), Some("Maxim Ryzhenkov"));
        assert_eq!(holder(fm, None), Some("Maxim Ryzhenkov"));
        let president = "President of Russia";
        assert_eq!(holder(president, on("2010-01-01")), Some("Dmitry Medvedev"));
        assert_eq!(holder(president, on("2024-05")), Some("Vladimir Putin"));
        assert_eq!(holder("Emperor of Russia", None), None);
    }

    #[test]
    fn every_builtin_line_parses_and_names_an_actor() {
        let text = include_str!("../data/actors/offices.tsv");
        let lines = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(terms().len(), lines, "a line of offices.tsv does not parse");
        let kb = crate::actors::builtin();
        for t in terms() {
            assert!(
                kb.by_name(&t.holder).is_some(),
                "{} is not in actors.tsv",
                t.holder
            );
        }
    }
}
