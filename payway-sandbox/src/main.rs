//! `payway-sandbox`: runs a local Payway server until Ctrl-C.
//!
//! ```text
//! cargo run -p payway-sandbox -- --port 8080
//! ```
//!
//! Options: `--port <n>` (default 8080; 0 picks a free port), `--host <ip>` (default
//! 127.0.0.1), `--spec <file>` (serve another spec than the embedded `spec/payway.yaml`),
//! `--token-lifetime <seconds>` (default 3600), `--client-id <id>`, `--client-secret <secret>`,
//! `--quiet` (no request log), `--help`.

use std::fmt::Write as _;
use std::net::IpAddr;
use std::process::ExitCode;
use std::time::Duration;

use payway_sandbox::{DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox, SandboxBuilder};

const USAGE: &str = "\
Usage: payway-sandbox [OPTIONS]

A local Payway server driven by spec/payway.yaml, for trying payway-client offline.

Options:
  --port <n>                 port to listen on (default 8080; 0 picks a free one)
  --host <ip>                address to listen on (default 127.0.0.1)
  --spec <file>              serve this spec instead of the embedded spec/payway.yaml
  --token-lifetime <secs>    lifetime of access tokens (default 3600)
  --client-id <id>           client id to accept (default sandbox-client)
  --client-secret <secret>   client secret to accept (default sandbox-secret)
  --quiet                    do not log requests
  --help                     show this help
";

/// What the command line asks for.
struct Options {
    builder: SandboxBuilder,
    quiet: bool,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, String> {
    let mut builder = Sandbox::builder().port(8080);
    let mut quiet = false;
    let mut client_id = DEFAULT_CLIENT_ID.to_string();
    let mut client_secret = DEFAULT_CLIENT_SECRET.to_string();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => {
                (name.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs {what}"))
        };
        match name.as_str() {
            "--help" | "-h" => return Ok(None),
            "--quiet" | "-q" => quiet = true,
            "--port" | "-p" => {
                let text = value("a port number")?;
                let port = text
                    .parse::<u16>()
                    .map_err(|_| format!("--port: `{text}` is not a port number (0 to 65535)"))?;
                builder = builder.port(port);
            }
            "--host" => {
                let text = value("an IP address")?;
                let ip = text
                    .parse::<IpAddr>()
                    .map_err(|_| format!("--host: `{text}` is not an IP address"))?;
                builder = builder.ip(ip);
            }
            "--spec" => {
                let file = value("a file")?;
                let source = std::fs::read_to_string(&file)
                    .map_err(|e| format!("--spec: cannot read {file}: {e}"))?;
                builder = builder.spec(source);
            }
            "--token-lifetime" => {
                let text = value("a number of seconds")?;
                let seconds = text.parse::<u64>().ok().filter(|s| *s > 0).ok_or_else(|| {
                    format!("--token-lifetime: `{text}` is not a positive number of seconds")
                })?;
                builder = builder.token_lifetime(Duration::from_secs(seconds));
            }
            "--client-id" => client_id = value("a client id")?,
            "--client-secret" => client_secret = value("a client secret")?,
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    let builder = builder.credentials(client_id, client_secret);
    Ok(Some(Options { builder, quiet }))
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("payway-sandbox: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !options.quiet {
        // Only this program's request log; a library user installs a subscriber of their own.
        let _ = tracing::subscriber::set_global_default(log::StderrLog);
    }
    let sandbox = match options.builder.spawn().await {
        Ok(sandbox) => sandbox,
        Err(error) => {
            eprintln!("payway-sandbox: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut banner = String::new();
    let _ = writeln!(banner, "Payway sandbox listening on {}", sandbox.base_url());
    let _ = writeln!(banner, "  client id:     {}", sandbox.client_id());
    let _ = writeln!(banner, "  client secret: {}", sandbox.client_secret());
    let _ = writeln!(
        banner,
        "  tickets:       curl -X POST {}/sandbox/tickets -H 'content-type: application/json' -d '{{\"email\":\"you@example.com\"}}'",
        sandbox.base_url()
    );
    let _ = writeln!(
        banner,
        "  request counts: curl {}/sandbox/requests",
        sandbox.base_url()
    );
    let _ = writeln!(banner, "Press Ctrl-C to stop.");
    print!("{banner}");
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("payway-sandbox: cannot wait for Ctrl-C ({error}); stopping");
    }
    sandbox.shutdown().await;
    println!("Payway sandbox stopped.");
    ExitCode::SUCCESS
}

/// A minimal `tracing` subscriber: INFO and above from this crate, one line each on stderr.
mod log {
    use std::fmt::Write as _;

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Level, Metadata, Subscriber};

    pub(crate) struct StderrLog;

    struct Line(String);

    impl Visit for Line {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            if field.name() == "message" {
                let _ = write!(self.0, "{value:?}");
            } else {
                let _ = write!(self.0, " {}={value:?}", field.name());
            }
        }

        fn record_str(&mut self, field: &Field, value: &str) {
            if field.name() == "message" {
                self.0.push_str(value);
            } else {
                let _ = write!(self.0, " {}={value}", field.name());
            }
        }
    }

    impl Subscriber for StderrLog {
        fn enabled(&self, metadata: &Metadata<'_>) -> bool {
            *metadata.level() <= Level::INFO && metadata.target().starts_with("payway_sandbox")
        }

        fn new_span(&self, _span: &Attributes<'_>) -> Id {
            Id::from_u64(1)
        }

        fn record(&self, _span: &Id, _values: &Record<'_>) {}

        fn record_follows_from(&self, _span: &Id, _follows: &Id) {}

        fn event(&self, event: &Event<'_>) {
            let mut line = Line(String::new());
            event.record(&mut line);
            eprintln!("{:>5} {}", event.metadata().level(), line.0);
        }

        fn enter(&self, _span: &Id) {}

        fn exit(&self, _span: &Id) {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn options_parse() {
        assert!(parse(args("--port 0 --quiet")).is_ok_and(|o| o.is_some_and(|o| o.quiet)));
        assert!(parse(args("--help")).is_ok_and(|o| o.is_none()));
        assert!(parse(args("--port=9090 --client-id a --client-secret b")).is_ok());
        assert!(parse(args("--port nope")).is_err());
        assert!(parse(args("--port")).is_err());
        assert!(parse(args("--frobnicate")).is_err());
        assert!(parse(args("--spec /nonexistent/spec.yaml")).is_err());
    }
}
