//! What the examples that read a report share: their arguments, loading
//! the report, and writing the output.

use std::io;
use std::process::ExitCode;

use workreport::Report;

/// The bundled Sichuan public-security briefing, read when no PATH is given.
pub const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sichuan-public-security-2023.json"
);

/// `[PATH] [--format F]`: the path (the bundled report by default) and the
/// format, one of `formats` (the first by default).
pub fn parse_args(
    args: impl Iterator<Item = String>,
    formats: &[&'static str],
) -> Result<(String, &'static str), String> {
    let mut path = None;
    let mut format = formats[0];
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let value = if arg == "--format" {
            Some(args.next().ok_or("--format needs a value")?)
        } else {
            arg.strip_prefix("--format=").map(str::to_owned)
        };
        if let Some(value) = value {
            format = formats
                .iter()
                .copied()
                .find(|f| *f == value)
                .ok_or_else(|| format!("unknown format {value:?}"))?;
        } else if arg.starts_with('-') && arg != "-" {
            return Err(format!("unknown option {arg:?}"));
        } else if path.replace(arg.clone()).is_some() {
            return Err(format!("unexpected argument {arg:?}: one PATH at most"));
        }
    }
    Ok((path.unwrap_or_else(|| BUNDLED.to_owned()), format))
}

/// The report and the format the command line asks for, or exit code 2
/// after one line on standard error: `program: problem; usage`, or
/// `program: path: problem`.
pub fn start(
    program: &str,
    usage: &str,
    formats: &[&'static str],
) -> Result<(Report, &'static str), ExitCode> {
    let (path, format) = parse_args(std::env::args().skip(1), formats).map_err(|message| {
        eprintln!("{program}: {message}; {usage}");
        ExitCode::from(2)
    })?;
    Ok((load(program, &path)?, format))
}

/// The report at `path`, or exit code 2 after one line on standard error
/// naming the file and the problem.
pub fn load(program: &str, path: &str) -> Result<Report, ExitCode> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        eprintln!("{program}: {path}: {e}");
        ExitCode::from(2)
    })?;
    Report::from_json(&text).map_err(|e| {
        eprintln!("{program}: {path}: {e}");
        ExitCode::from(2)
    })
}

/// `code` once the output is written; a closed pipe (`tour | head`) is no
/// failure, another write error is exit code 2.
pub fn finish(program: &str, written: io::Result<()>, code: ExitCode) -> ExitCode {
    match written {
        Ok(()) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            eprintln!("{program}: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
