//! `chancery train ner` and `chancery eval ner` on a small shared gold corpus (re3d-en):
//! training twice gives the same bytes, and the JSON report has the documented shape. Skipped
//! (with a note) when `../shared/data/ner` is absent.

use std::path::PathBuf;

use crate::util::{repo, run, stderr, stdout_lines};

fn corpus(name: &str) -> Option<PathBuf> {
    let dir = repo().join("../shared/data/ner").join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; NER CLI test skipped", dir.display());
        None
    }
}

#[test]
fn train_is_reproducible_and_eval_reports_json() {
    let Some(re3d) = corpus("re3d-en") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let c = re3d.to_str().unwrap();
    let train = |out: &str| {
        let out_path = dir.path().join(out);
        let o = run(&[
            "train",
            "ner",
            "--lang",
            "en",
            "--corpus",
            c,
            "--epochs",
            "1",
            "--out",
            out_path.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read(out_path).unwrap()
    };
    let (a, b) = (train("a.bin"), train("b.bin"));
    assert!(!a.is_empty());
    assert_eq!(a, b, "training twice gives different models");

    let model = dir.path().join("a.bin");
    let o = run(&[
        "eval",
        "ner",
        "--corpus",
        c,
        "--split",
        "test",
        "--model",
        model.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report = &stdout_lines(&o)[0];
    for key in ["precision", "recall", "f1"] {
        let v = report[key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&v), "{key} = {v}");
    }
    for t in ["PER", "LOC", "ORG"] {
        assert!(report["by_type"][t]["f1"].as_f64().is_some(), "{t}");
    }
    assert!(report["words_per_second"].as_f64().unwrap() > 0.0);
    // A model trained one pass on the train part still finds most of the test part's names.
    assert!(report["f1"].as_f64().unwrap() > 0.2, "{report}");
}

#[test]
fn eval_errors_say_what_is_wrong() {
    let o = run(&["eval", "ner", "--corpus", "/nonexistent/corpus"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("/nonexistent/corpus"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}
