//! Progress bars and end-of-run summaries on standard error, for every long command.
//!
//! A bar draws only when standard error is a terminal (indicatif hides it otherwise), so that
//! programs reading standard error see only the messages about inputs.

use std::io::IsTerminal as _;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar over `len` items of `unit` ("documents", "files"), or a counting spinner when the
/// total is unknown. Hidden when standard error is not a terminal.
pub fn bar(len: Option<u64>, unit: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(len, ProgressDrawTarget::stderr());
    let template = match len {
        Some(_) => format!("{{bar:30}} {{pos}}/{{len}} {unit} ({{per_sec}}, {{eta}} left) {{msg}}"),
        None => format!("{{spinner}} {{pos}} {unit} ({{per_sec}}) {{msg}}"),
    };
    bar.set_style(
        ProgressStyle::with_template(&template).unwrap_or_else(|_| match len {
            Some(_) => ProgressStyle::default_bar(),
            None => ProgressStyle::default_spinner(),
        }),
    );
    if !bar.is_hidden() {
        bar.enable_steady_tick(Duration::from_millis(120));
    }
    bar
}

/// Whether standard error is a terminal (a person is watching).
pub fn on_terminal() -> bool {
    std::io::stderr().is_terminal()
}

/// "3.2 s", "12 min 5 s": a duration for people.
pub fn elapsed(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 60.0 {
        format!("{s:.1} s")
    } else {
        let whole = d.as_secs();
        format!("{} min {} s", whole / 60, whole % 60)
    }
}
