//! A token source of your own: application tokens shared through a file, so that several
//! processes on one machine (workers, cron jobs) use one token instead of each fetching its own.
//!
//! ```text
//! cargo run --example shared_token_file
//! ```
//!
//! `FileTokenSource` implements `payway_client::TokenSource`: it reads the token from the file
//! while it is valid for more than a minute, and otherwise fetches one from the token endpoint
//! (`TokenEndpoint::application`) and writes it there (readable by the owner only, replaced
//! atomically). `SourcedAuth` wraps it with the client's cache: within a process, a fresh token
//! is read from memory and at most one fetch is in flight. Two processes that find the file
//! stale at the same moment may both fetch; the later write wins, and both tokens work.
//!
//! Its tokens are application tokens: `Identity = NoIdentity`, made with
//! `IssuedToken::application`. A source of customer tokens would have to say
//! `Identity = CustomerIdentity` and make them with `IssuedToken::with_identity`: claiming an
//! identity is always written out.
//!
//! The example starts a sandbox in this process, then two separate clients (standing for two
//! processes) each place a trial order, and checks that the sandbox issued one application token.

use std::error::Error;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use payway_client::klarna_payments::v1::create_session::PeriodType;
use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;
use payway_client::{
    AccessToken, Client, Credentials, Environment, Error as PaywayError, IdentityAuth, IssuedToken,
    NoIdentity, SourcedAuth, TokenEndpoint, TokenSource, scopes,
};
use serde_json::json;

/// Application tokens kept in a file shared by processes.
struct FileTokenSource {
    path: PathBuf,
    credentials: Credentials,
    scopes: Vec<String>,
}

/// A token read from the file is used while it has at least this long left.
const MIN_LEFT: Duration = Duration::from_secs(60);

impl FileTokenSource {
    /// The token in the file and how long it is still valid, if it is there and fresh enough.
    fn read(&self) -> Option<(String, Duration)> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        let saved: serde_json::Value = serde_json::from_str(&text).ok()?;
        let token = saved["access_token"].as_str()?.to_string();
        let expires_at = UNIX_EPOCH + Duration::from_secs(saved["expires_at"].as_u64()?);
        let left = expires_at.duration_since(SystemTime::now()).ok()?;
        (left > MIN_LEFT).then_some((token, left))
    }

    /// Writes `token`, valid for `valid_for`, to a temporary file renamed over the shared one,
    /// so that a reader never sees half a file.
    fn write(&self, token: &AccessToken, valid_for: Duration) -> std::io::Result<()> {
        let expires_at = SystemTime::now() + valid_for;
        let seconds = expires_at
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let text = json!({"access_token": token.expose(), "expires_at": seconds}).to_string();
        let temporary = self
            .path
            .with_extension(format!("tmp{}", std::process::id()));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        std::io::Write::write_all(&mut options.open(&temporary)?, text.as_bytes())?;
        std::fs::rename(&temporary, &self.path)
    }
}

impl TokenSource for FileTokenSource {
    type Identity = NoIdentity;

    async fn fetch(&self, tokens: &TokenEndpoint) -> Result<IssuedToken<NoIdentity>, PaywayError> {
        if let Some((token, left)) = self.read() {
            println!("  token read from {}", self.path.display());
            return Ok(IssuedToken::application(token, left));
        }
        let issued = tokens.application(&self.credentials, &self.scopes).await?;
        println!("  token fetched from the token endpoint and written to the file");
        if let Err(error) = self.write(issued.access_token(), issued.valid_for()) {
            // Still usable here; the other processes will fetch their own.
            eprintln!("  could not share the token: {error}");
        }
        Ok(issued)
    }

    fn scopes(&self) -> Option<&[String]> {
        Some(&self.scopes)
    }

    fn invalidate(&self, token: &AccessToken) {
        // Refused by the API: make sure no process keeps using it.
        if self
            .read()
            .is_some_and(|(saved, _)| saved == token.expose())
        {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\nshared_token_file failed: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn Error>> {
    let sandbox = payway_sandbox::spawn().await?;
    let credentials = Credentials::new(sandbox.client_id(), sandbox.client_secret());
    let path = std::env::temp_dir().join(format!("payway-token-{}.json", std::process::id()));
    println!(
        "Sandbox at {}; shared token file {}",
        sandbox.base_url(),
        path.display()
    );

    // A purchase session per "process", created with a customer's identity token.
    let customer = Client::new(Environment::custom(sandbox.base_url())?)?.with_auth(
        IdentityAuth::from_ticket(
            credentials.clone(),
            sandbox.issue_ticket("payway@adeprimo.se")?,
            [scopes::KLARNA_PAYMENTS_W],
        ),
    );
    let mut sessions = Vec::new();
    for _ in 0..2 {
        let session = customer
            .klarna_payments()
            .v1()
            .create_session()
            .code("adeprimo_digital")
            .period_type(PeriodType::Recurring)
            .period_id("5f0d9ea795cfebfb8544ab12")
            .confirmation_url("https://example.com/confirmation")
            .send()
            .await?;
        // What approving the purchase in the Klarna widget gives.
        let authorization = sandbox.authorize_purchase(&session.klarna_client_token)?;
        sessions.push((session.klarna_payments_session_id, authorization));
    }
    let token_requests_before = sandbox.request_count(payway_client::TOKEN_PATH);

    for (process, (session_id, authorization)) in ["first process", "second process"]
        .into_iter()
        .zip(&sessions)
    {
        println!("{process}:");
        // A client of its own, as another process would have.
        let client = Client::new(Environment::custom(sandbox.base_url())?)?.with_auth(
            SourcedAuth::new(FileTokenSource {
                path: path.clone(),
                credentials: credentials.clone(),
                scopes: vec![scopes::KLARNA_PAYMENTS_W.to_string()],
            }),
        );
        let order = client
            .klarna_payments()
            .v2()
            .place_trial_order()
            .customer_info(CustomerInfo::builder().email("payway@adeprimo.se").build())
            .klarna_authorization_token(authorization)
            .klarna_payments_session_id(session_id)
            .browser_ip("81.208.13.50")
            .browser_language("sv-SE")
            .browser_user_agent("Mozilla/5.0")
            .send()
            .await?;
        println!("  placed order {}", order.pw_order_id);
    }

    // Since the sessions were created: one application token for both processes.
    let application_tokens =
        sandbox.request_count(payway_client::TOKEN_PATH) - token_requests_before;
    let _ = std::fs::remove_file(&path);
    println!("Application token requests: {application_tokens}");
    if application_tokens != 1 {
        return Err(
            format!("expected one application token request, saw {application_tokens}").into(),
        );
    }
    Ok(())
}
