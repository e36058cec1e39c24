//! `payway-sandbox`: runs a local Payway server until Ctrl-C.
//!
//! ```text
//! payway-sandbox --port 8080                 # installed with `cargo install payway-sandbox`
//! cargo run -p payway-sandbox -- --port 8080 # from the repository
//! ```
//!
//! `payway-sandbox --help` lists the options; each can also be set with an environment
//! variable (`PAYWAY_SANDBOX_PORT`, ...). The log goes to stderr, filtered by `RUST_LOG`
//! (default `payway_sandbox=info`), as text or as JSON lines (`--log-format json`).

use std::fmt::Write as _;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use payway_sandbox::{
    DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_CUSTOMER_EMAIL, DEFAULT_CUSTOMER_PASSWORD,
    DEFAULT_ORGANISATION_ID, MAX_LIFETIME, Sandbox, SandboxBuilder,
};
use tracing_subscriber::filter::Targets;

/// A local Payway server driven by the Payway spec, for trying a Payway client offline.
///
/// It serves every endpoint of the spec embedded at build time (or of `--spec`), with tokens,
/// request validation and the Klarna purchase flow. Every option can also be set through the
/// environment variable shown with it. The log goes to stderr, filtered by RUST_LOG
/// (`target=level` directives, default `payway_sandbox=info`).
#[derive(Debug, Parser)]
#[command(name = "payway-sandbox", version, about, long_about)]
struct Cli {
    /// Port to listen on; 0 picks a free one.
    #[arg(short, long, env = "PAYWAY_SANDBOX_PORT", default_value_t = 8080)]
    port: u16,

    /// Address to listen on. Anything but loopback exposes the sandbox, which has no real
    /// security, to the network.
    #[arg(long, env = "PAYWAY_SANDBOX_HOST", default_value = "127.0.0.1")]
    host: IpAddr,

    /// Serve the spec in this YAML file instead of the embedded spec/payway.yaml.
    #[arg(long, env = "PAYWAY_SANDBOX_SPEC", value_name = "FILE")]
    spec: Option<PathBuf>,

    /// Lifetime of access tokens, in seconds (at most ten years).
    #[arg(long, env = "PAYWAY_SANDBOX_TOKEN_LIFETIME", value_name = "SECONDS",
          default_value_t = 3600, value_parser = lifetime_seconds)]
    token_lifetime: u64,

    /// Lifetime of Klarna purchase sessions, in seconds (at most ten years).
    #[arg(long, env = "PAYWAY_SANDBOX_SESSION_LIFETIME", value_name = "SECONDS",
          default_value_t = 48 * 3600, value_parser = lifetime_seconds)]
    session_lifetime: u64,

    /// Client id the token endpoint accepts.
    #[arg(long, env = "PAYWAY_SANDBOX_CLIENT_ID", default_value = DEFAULT_CLIENT_ID)]
    client_id: String,

    /// Client secret the token endpoint accepts.
    #[arg(long, env = "PAYWAY_SANDBOX_CLIENT_SECRET", default_value = DEFAULT_CLIENT_SECRET,
          hide_env_values = true)]
    client_secret: String,

    /// A Redirect URI of the API client (repeatable, or comma-separated in the variable): the
    /// OpenID login's `redirect_uri` must be one of them; SSO2's identify lands on the first.
    /// With none, any http(s) `redirect_uri` is taken and identify is refused.
    #[arg(
        long,
        env = "PAYWAY_SANDBOX_REDIRECT_URI",
        value_name = "URL",
        value_delimiter = ','
    )]
    redirect_uri: Vec<String>,

    /// The Payway organisation id SSO2 request tokens must carry as `iss`.
    #[arg(long, env = "PAYWAY_SANDBOX_ORGANISATION_ID", default_value = DEFAULT_ORGANISATION_ID)]
    organisation_id: String,

    /// Format of the log lines on stderr.
    #[arg(long, env = "PAYWAY_SANDBOX_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,

    /// No log at all (the banner on stdout stays).
    #[arg(short, long, env = "PAYWAY_SANDBOX_QUIET")]
    quiet: bool,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LogFormat {
    /// One human-readable line per event.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// A lifetime in whole seconds: at least one, at most [`MAX_LIFETIME`], so that the sandbox
/// never adds an unrepresentable duration to the clock.
fn lifetime_seconds(text: &str) -> Result<u64, String> {
    let most = MAX_LIFETIME.as_secs();
    match text.parse::<u64>() {
        Ok(seconds) if (1..=most).contains(&seconds) => Ok(seconds),
        _ => Err(format!(
            "expected whole seconds from 1 to {most} (ten years)"
        )),
    }
}

impl Cli {
    /// The sandbox these options describe; reads `--spec`.
    fn builder(&self) -> Result<SandboxBuilder, String> {
        let mut builder = Sandbox::builder()
            .ip(self.host)
            .port(self.port)
            .credentials(&self.client_id, &self.client_secret)
            .token_lifetime(Duration::from_secs(self.token_lifetime))
            .session_lifetime(Duration::from_secs(self.session_lifetime))
            .organisation_id(&self.organisation_id);
        for uri in &self.redirect_uri {
            builder = builder.redirect_uri(uri);
        }
        if let Some(file) = &self.spec {
            let source = std::fs::read_to_string(file)
                .map_err(|e| format!("--spec: cannot read {}: {e}", file.display()))?;
            builder = builder.spec(source);
        }
        Ok(builder)
    }
}

/// Installs the log: stderr, filtered by `RUST_LOG`, as text or JSON lines.
fn install_log(format: LogFormat) -> Result<(), String> {
    let filter = match std::env::var("RUST_LOG") {
        Ok(directives) if !directives.trim().is_empty() => directives
            .parse::<Targets>()
            .map_err(|e| format!("RUST_LOG `{directives}`: {e}"))?,
        _ => Targets::new().with_target("payway_sandbox", tracing::Level::INFO),
    };
    let log = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing::Level::TRACE);
    let installed = match format {
        LogFormat::Text => tracing::subscriber::set_global_default(
            tracing_subscriber::layer::SubscriberExt::with(log.finish(), filter),
        ),
        LogFormat::Json => tracing::subscriber::set_global_default(
            tracing_subscriber::layer::SubscriberExt::with(log.json().finish(), filter),
        ),
    };
    installed.map_err(|e| format!("cannot install the log: {e}"))
}

fn banner(sandbox: &Sandbox) -> String {
    let url = sandbox.base_url();
    let mut banner = String::new();
    let _ = writeln!(banner, "Payway sandbox listening on {url}");
    let _ = writeln!(banner, "  client id:     {}", sandbox.client_id());
    let _ = writeln!(banner, "  client secret: {}", sandbox.client_secret());
    let _ = writeln!(
        banner,
        "  tickets:       curl -X POST {url}/sandbox/tickets -H 'content-type: application/json' -d '{{\"email\":\"you@example.com\"}}'"
    );
    let _ = writeln!(banner, "  request counts: curl {url}/sandbox/requests");
    let _ = writeln!(
        banner,
        "  OpenID Connect: {}",
        sandbox.openid_configuration_url()
    );
    let _ = writeln!(
        banner,
        "  SSO2:          {} (organisation id {})",
        sandbox.sso2_base_url(),
        sandbox.organisation_id()
    );
    let _ = writeln!(
        banner,
        "  customer:      {DEFAULT_CUSTOMER_EMAIL} / {DEFAULT_CUSTOMER_PASSWORD}"
    );
    let _ = writeln!(banner, "Press Ctrl-C to stop.");
    banner
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let started = async {
        if !cli.quiet {
            install_log(cli.log_format)?;
        }
        let builder = cli.builder()?;
        builder.spawn().await.map_err(|e| e.to_string())
    };
    let sandbox = match started.await {
        Ok(sandbox) => sandbox,
        Err(message) => {
            eprintln!("payway-sandbox: {message}");
            return ExitCode::FAILURE;
        }
    };
    // The banner shows the credentials to the person who started the sandbox; the log never does.
    print!("{}", banner(&sandbox));
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("payway-sandbox: cannot wait for Ctrl-C ({error}); stopping");
    }
    sandbox.shutdown().await;
    println!("Payway sandbox stopped.");
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("payway-sandbox").chain(line.split_whitespace()))
    }

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn options_parse() {
        let cli = parse("--port 0 --quiet --log-format json").expect("valid options");
        assert_eq!(
            (cli.port, cli.quiet, cli.log_format),
            (0, true, LogFormat::Json)
        );
        assert!(parse("--port=9090 --client-id a --client-secret b").is_ok());
        assert!(parse("--port nope").is_err());
        assert!(parse("--port 65536").is_err());
        assert!(parse("--port").is_err());
        assert!(parse("--frobnicate").is_err());
        assert!(parse("--log-format xml").is_err());
        assert!(parse("--host not-an-ip").is_err());
        let cli = parse("--redirect-uri http://127.0.0.1:3000/landing --redirect-uri http://127.0.0.1:3000/callback")
            .expect("valid options");
        assert_eq!(cli.redirect_uri.len(), 2);
    }

    #[test]
    fn lifetimes_are_bounded() {
        let most = MAX_LIFETIME.as_secs();
        assert_eq!(lifetime_seconds("1"), Ok(1));
        assert_eq!(lifetime_seconds(&most.to_string()), Ok(most));
        for bad in [
            "0",
            "-1",
            "1.5",
            "",
            &(most + 1).to_string(),
            &u64::MAX.to_string(),
        ] {
            assert!(lifetime_seconds(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(parse("--token-lifetime 18446744073709551615").is_err());
        assert!(parse("--session-lifetime 99999999999999999999999").is_err());
    }

    #[test]
    fn an_unreadable_spec_is_an_error() {
        let cli = parse("--spec /nonexistent/spec.yaml").expect("valid options");
        assert!(
            cli.builder()
                .is_err_and(|e| e.contains("/nonexistent/spec.yaml"))
        );
    }
}
