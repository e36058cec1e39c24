//! Quickstart: the Klarna trial-order flow, end to end.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! With no configuration it starts a Payway sandbox in this process (`payway-sandbox`) and
//! runs against it, so it works offline and without credentials. To run it against a real
//! Payway environment instead, set all of:
//!
//! | variable | what |
//! |---|---|
//! | `PAYWAY_BASE_URL` | e.g. `https://payway-api.stage.adeprimo.se` |
//! | `PAYWAY_CLIENT_ID` | your API client's id |
//! | `PAYWAY_CLIENT_SECRET` | your API client's secret |
//! | `PAYWAY_TICKET` | a one-time authorization ticket of a logged-in customer, for the identity token that `create_session` needs (with the sandbox, the example issues one itself) |
//!
//! and optionally `PAYWAY_PACKAGE_CODE` (default: the docs' example code `adeprimo_digital`).
//! The client needs the scopes `/external/klarna_payments/r` and `/external/klarna_payments/w`.
//! Beware: against a real environment this places a real (free) trial order.
//!
//! The steps:
//! 1. authenticate twice: as the application (`ApplicationAuth`, `grant_type=none`) and as
//!    the customer (`IdentityAuth::from_ticket`, `grant_type=ticket`); tokens are fetched on
//!    first use and renewed by the client;
//! 2. list the package's payment periods with v2 `payment_periods` and pick the first enabled
//!    one (an application token is enough);
//! 3. create a purchase session for that period with v1 `create_session` (needs the
//!    customer's identity);
//! 4. place a trial order with v2 `place_trial_order` (an application token is enough), with
//!    the values of the docs' curl example.
//!
//! `examples/paid_order.rs` places a paid order for a customer without an account instead.
//!
//! It prints what each step returned, never a token or personal data, and exits non-zero with
//! a readable error when a step fails.

use std::error::Error;
use std::process::ExitCode;

use payway_client::klarna_payments::v1::create_session::PeriodType;
use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;
use payway_client::{ApplicationAuth, Client, Credentials, Environment, IdentityAuth, scopes};
use payway_sandbox::Sandbox;

/// Where the example runs, and as whom.
struct Target {
    base_url: String,
    credentials: Credentials,
    ticket: String,
    package_code: String,
    /// The in-process sandbox, when there is one: it stops when this is dropped.
    sandbox: Option<Sandbox>,
}

const CUSTOMER_EMAIL: &str = "payway@adeprimo.se";
const REAL_ENVIRONMENT: [&str; 3] = [
    "PAYWAY_BASE_URL",
    "PAYWAY_CLIENT_ID",
    "PAYWAY_CLIENT_SECRET",
];

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\nquickstart failed: {error}");
            ExitCode::FAILURE
        }
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

async fn target() -> Result<Target, Box<dyn Error>> {
    let package_code = var("PAYWAY_PACKAGE_CODE").unwrap_or_else(|| "adeprimo_digital".into());
    let real: Vec<Option<String>> = REAL_ENVIRONMENT.iter().map(|name| var(name)).collect();
    if let [Some(base_url), Some(client_id), Some(client_secret)] = real.as_slice() {
        let ticket = var("PAYWAY_TICKET").ok_or(
            "PAYWAY_TICKET is not set: create_session needs an identity token, obtained from a \
             logged-in customer's one-time ticket",
        )?;
        println!("Running against {base_url}");
        return Ok(Target {
            base_url: base_url.clone(),
            credentials: Credentials::new(client_id.clone(), client_secret.clone()),
            ticket,
            package_code,
            sandbox: None,
        });
    }
    if real.iter().any(Option::is_some) {
        let missing: Vec<&str> = REAL_ENVIRONMENT
            .iter()
            .zip(&real)
            .filter(|(_, value)| value.is_none())
            .map(|(name, _)| *name)
            .collect();
        println!(
            "Note: {} not set, so the local sandbox is used instead of a real environment.",
            missing.join(", ")
        );
    }
    let sandbox = payway_sandbox::spawn().await?;
    // What a customer logging in would give the backend.
    let ticket = sandbox.issue_ticket(CUSTOMER_EMAIL)?;
    println!("Started a Payway sandbox at {}", sandbox.base_url());
    Ok(Target {
        base_url: sandbox.base_url().to_string(),
        credentials: Credentials::new(sandbox.client_id(), sandbox.client_secret()),
        ticket,
        package_code,
        sandbox: Some(sandbox),
    })
}

async fn run() -> Result<(), Box<dyn Error>> {
    let target = target().await?;
    let client = Client::new(Environment::custom(&target.base_url)?)?;

    println!("\n1. Authenticating");
    let application = client.with_auth(ApplicationAuth::new(
        target.credentials.clone(),
        [scopes::KLARNA_PAYMENTS_R, scopes::KLARNA_PAYMENTS_W],
    ));
    let customer = client.with_auth(IdentityAuth::from_ticket(
        target.credentials.clone(),
        target.ticket.clone(),
        [scopes::KLARNA_PAYMENTS_W],
    ));
    println!("   application token: client credentials, grant_type=none");
    println!("   identity token:    the customer's one-time ticket, grant_type=ticket");
    println!("   (both are fetched on first use and renewed by the client)");

    println!(
        "\n2. Listing the payment periods of `{}` (v2 payment_periods, application token)",
        target.package_code
    );
    let periods = application
        .klarna_payments()
        .v2()
        .payment_periods()
        .code(target.package_code.as_str())
        .send()
        .await?;
    for period in &periods {
        println!(
            "   {}: {} every {} {}(s), {}{}",
            period.id,
            period.price,
            period.iteration_length,
            period.iteration_type,
            period.r#type,
            if period.enabled { "" } else { " (disabled)" }
        );
    }
    let period = periods
        .iter()
        .find(|period| period.enabled)
        .ok_or("the package has no enabled payment period")?;
    println!("   chosen period:   {}", period.id);

    println!("\n3. Creating a purchase session (v1 create_session, identity token)");
    let session = customer
        .klarna_payments()
        .v1()
        .create_session()
        .code(target.package_code.as_str())
        .period_type(match period.r#type.as_str() {
            "limited" => PeriodType::Limited,
            _ => PeriodType::Recurring,
        })
        .period_id(period.id.as_str())
        .confirmation_url("https://confirmation_url.com")
        .send()
        .await?;
    let methods: Vec<&str> = session
        .payment_method_categories
        .iter()
        .map(|m| m.identifier.as_str())
        .collect();
    println!("   session id:      {}", session.klarna_payments_session_id);
    println!("   payment methods: {}", methods.join(", "));
    println!("   (the Klarna client token goes to the Klarna widget on your page)");
    // The widget's approval: the sandbox's stand-in gives it without a browser
    // (`cargo run --example shop` shows the widget itself).
    let authorization = match &target.sandbox {
        Some(sandbox) => sandbox.authorize_purchase(&session.klarna_client_token)?,
        None => "klarna_authorization_token, received from klarna widget".to_string(),
    };

    println!("\n4. Placing a trial order (v2 place_trial_order, application token)");
    let order = application
        .klarna_payments()
        .v2()
        .place_trial_order()
        .customer_info(
            CustomerInfo::builder()
                .email(CUSTOMER_EMAIL)
                .first_name("Payway")
                .last_name("Adeprimo")
                .build(),
        )
        .klarna_authorization_token(authorization)
        .klarna_payments_session_id(session.klarna_payments_session_id.as_str())
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) \
             Chrome/83.0.4103.116 Safari/537.36",
        )
        .traffic_source("facebook")
        .merchant_reference("adeprimo-campaign-001")
        .raise_on_ssn_already_taken_error(true)
        .raise_on_ssn_already_set_error(false)
        .raise_on_account_update_error(false)
        .raise_on_delivery_address_error(false)
        .send()
        .await?;
    println!("   Payway order:    {}", order.pw_order_id);
    println!("   Klarna order:    {}", order.klarna_order_id);
    println!(
        "   account:         {} ({})",
        order.account_id, order.account_status
    );
    println!("   redirect to:     {}", order.redirect_url);

    if let Some(sandbox) = target.sandbox {
        sandbox.shutdown().await;
    }
    println!("\nDone.");
    Ok(())
}
