//! A paid order for a customer without an account: v2 `payment_periods`, v2 `create_session`,
//! v2 `place_order`, all with an application token.
//!
//! ```text
//! cargo run --example paid_order
//! ```
//!
//! With no configuration it starts a Payway sandbox in this process and runs against it, so it
//! works offline and without credentials. To run it against a real Payway environment, set
//! `PAYWAY_BASE_URL`, `PAYWAY_CLIENT_ID` and `PAYWAY_CLIENT_SECRET` (and optionally
//! `PAYWAY_PACKAGE_CODE`, default `adeprimo_digital`); the client needs the scopes
//! `/external/klarna_payments/r` and `/external/klarna_payments/w`. Beware: against a real
//! environment this places a real, paid order.
//!
//! The docs do not show the responses of v2 `create_session` and v2 `place_order`, so the
//! client keeps them as the JSON the server sent: this example reads the session id with a
//! JSON pointer, and prints only the order's ids (never a token or personal data).

use std::error::Error;
use std::process::ExitCode;

use payway_client::klarna_payments::v2::create_session::PeriodType;
use payway_client::klarna_payments::v2::place_order::CustomerInfo;
use payway_client::{ApplicationAuth, Client, Credentials, Environment, scopes};
use serde_json::Value;

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\npaid_order failed: {error}");
            ExitCode::FAILURE
        }
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

async fn run() -> Result<(), Box<dyn Error>> {
    let package_code = var("PAYWAY_PACKAGE_CODE").unwrap_or_else(|| "adeprimo_digital".into());
    let real = (
        var("PAYWAY_BASE_URL"),
        var("PAYWAY_CLIENT_ID"),
        var("PAYWAY_CLIENT_SECRET"),
    );
    // The sandbox, unless a real environment is configured; it stops when dropped.
    let (base_url, credentials, sandbox) = match real {
        (Some(base_url), Some(id), Some(secret)) => {
            println!("Running against {base_url}");
            (base_url, Credentials::new(id, secret), None)
        }
        _ => {
            let sandbox = payway_sandbox::spawn().await?;
            println!("Started a Payway sandbox at {}", sandbox.base_url());
            let credentials = Credentials::new(sandbox.client_id(), sandbox.client_secret());
            (sandbox.base_url().to_string(), credentials, Some(sandbox))
        }
    };
    let client = Client::new(Environment::custom(&base_url)?)?.with_auth(ApplicationAuth::new(
        credentials,
        [scopes::KLARNA_PAYMENTS_R, scopes::KLARNA_PAYMENTS_W],
    ));
    let klarna = client.klarna_payments().v2();

    println!("\n1. Payment periods of `{package_code}` (v2 payment_periods)");
    let periods = klarna
        .payment_periods()
        .code(package_code.as_str())
        .send()
        .await?;
    let period = periods
        .iter()
        .find(|period| period.enabled)
        .ok_or("the package has no enabled payment period")?;
    println!(
        "   chosen period:   {} ({} every {} {}(s))",
        period.id, period.price, period.iteration_length, period.iteration_type
    );

    println!(
        "\n2. Creating a purchase session (v2 create_session: period_type, period_id or both)"
    );
    let session = klarna
        .create_session()
        .code(package_code.as_str())
        .period_type(PeriodType::Recurring)
        .period_id(period.id.as_str())
        .confirmation_url("https://confirmation_url.com")
        .send()
        .await?;
    let session_id = session
        .json
        .pointer("/item/klarna_payments_session_id")
        .and_then(Value::as_str)
        .ok_or("the session answer has no `item.klarna_payments_session_id`")?;
    println!("   session id:      {session_id}");
    println!("   (its klarna_client_token goes to the Klarna widget on your page)");
    // The widget's approval: the sandbox's stand-in gives it without a browser
    // (`cargo run --example shop` shows the widget itself).
    let authorization = match &sandbox {
        Some(sandbox) => {
            let client_token = session
                .json
                .pointer("/item/klarna_client_token")
                .and_then(Value::as_str)
                .ok_or("the session answer has no `item.klarna_client_token`")?;
            sandbox.authorize_purchase(client_token)?
        }
        None => "klarna_authorization_token, received from klarna widget".to_string(),
    };

    println!("\n3. Placing the paid order (v2 place_order)");
    let order = klarna
        .place_order()
        .customer_info(
            CustomerInfo::builder()
                .email("payway@adeprimo.se")
                .first_name("Payway")
                .last_name("Adeprimo")
                .build(),
        )
        .klarna_authorization_token(authorization)
        .klarna_payments_session_id(session_id)
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) \
             Chrome/83.0.4103.116 Safari/537.36",
        )
        .traffic_source("facebook")
        .merchant_reference("adeprimo-campaign-001")
        .send()
        .await?;
    let field = |name: &str| {
        order
            .json
            .pointer(&format!("/item/{name}"))
            .and_then(Value::as_str)
            .unwrap_or("(not in the answer)")
            .to_string()
    };
    println!("   Payway order:    {}", field("pw_order_id"));
    println!("   Klarna order:    {}", field("klarna_order_id"));
    println!("   redirect to:     {}", field("redirect_url"));

    if let Some(sandbox) = sandbox {
        sandbox.shutdown().await;
    }
    println!("\nDone.");
    Ok(())
}
