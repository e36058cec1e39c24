//! A publisher's site that sells a subscription with Klarna through Payway, in a browser.
//!
//! ```text
//! cargo run --example shop
//! ```
//!
//! With no configuration it starts a Payway sandbox in this process and the site against it,
//! and prints both addresses (`shop: http://…`, `sandbox: http://…`). Open the shop, enter an
//! email, choose an offer, and the sandbox's stand-in for Klarna's widget lets you approve,
//! decline or abort the payment; the sandbox's page (`…/sandbox/`) shows every request it
//! received, the orders, and switches to make it misbehave (`lose` on place_trial_order: the
//! order is placed and its answer lost, and the shop says it is checking the order).
//! "Log in" goes through the sandbox's OpenID provider (`customer@example.com`,
//! `sandbox-password`); a logged-in customer's purchase is placed with their identity, and
//! "What you own" lists what their account bought.
//!
//! To run against a real environment instead, set all of `PAYWAY_BASE_URL`,
//! `PAYWAY_CLIENT_ID` and `PAYWAY_CLIENT_SECRET` (the client needs the scopes
//! `/external/klarna_payments/r` and `/w`); the page then loads Klarna's own script
//! (`KLARNA_SCRIPT_URL` to change it). Payway wants the purchase page on HTTPS: put the site
//! behind one and say where with `SHOP_PUBLIC_URL`. Optional everywhere: `PAYWAY_PACKAGE_CODE`
//! (default `adeprimo_digital`), `SHOP_PORT` (default: a free port).

mod site;

use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use payway_client::Credentials;

const HELP: &str = "\
shop: a publisher's site selling a subscription with Klarna through Payway.

Usage: cargo run --example shop [-- --help]

Without configuration it starts a Payway sandbox in-process (with a stand-in for Klarna's
widget) and prints `shop: http://…` and `sandbox: http://…`. Stop it with Ctrl-C.

Environment:
  PAYWAY_BASE_URL, PAYWAY_CLIENT_ID, PAYWAY_CLIENT_SECRET
                        a real Payway environment instead of the sandbox (all three)
  PAYWAY_PACKAGE_CODE   the package or campaign sold (default adeprimo_digital)
  KLARNA_SCRIPT_URL     Klarna's script (default: the sandbox's stand-in, or Klarna's own
                        https://x.klarnacdn.net/kp/lib/v1/api.js against a real environment)
  SHOP_PORT             the port to listen on, on 127.0.0.1 (default: a free one)
  SHOP_PUBLIC_URL       the site's address as customers reach it (Payway's confirmation_url)
";

const REAL_ENVIRONMENT: [&str; 3] = [
    "PAYWAY_BASE_URL",
    "PAYWAY_CLIENT_ID",
    "PAYWAY_CLIENT_SECRET",
];

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

#[tokio::main]
async fn main() -> ExitCode {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    if let Some(other) = std::env::args().nth(1) {
        eprintln!("shop: unknown argument `{other}`; see --help");
        return ExitCode::FAILURE;
    }
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("shop: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let port = match var("SHOP_PORT") {
        Some(port) => port
            .parse::<u16>()
            .map_err(|_| "SHOP_PORT must be a port number")?,
        None => 0,
    };
    let listener = site::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
    let package_code = var("PAYWAY_PACKAGE_CODE").unwrap_or_else(|| "adeprimo_digital".into());
    let real: Vec<Option<String>> = REAL_ENVIRONMENT.iter().map(|name| var(name)).collect();
    // The sandbox, unless a real environment is configured; it stops when dropped.
    let (config, sandbox) = match real.as_slice() {
        [Some(base_url), Some(id), Some(secret)] => (
            site::Config {
                base_url: base_url.clone(),
                credentials: Credentials::new(id.clone(), secret.clone()),
                package_code,
                klarna_script_url: var("KLARNA_SCRIPT_URL")
                    .unwrap_or_else(|| site::KLARNA_SCRIPT.to_string()),
                public_url: var("SHOP_PUBLIC_URL"),
            },
            None,
        ),
        _ => {
            if real.iter().any(Option::is_some) {
                eprintln!(
                    "shop: set all of {} for a real environment; using the sandbox",
                    REAL_ENVIRONMENT.join(", ")
                );
            }
            // The login comes back to the shop's /callback: the only address registered.
            let shop_url = match var("SHOP_PUBLIC_URL") {
                Some(url) => url.trim_end_matches('/').to_string(),
                None => site::url_of(&listener)?,
            };
            let sandbox = payway_sandbox::Sandbox::builder()
                .redirect_uri(format!("{shop_url}/callback"))
                .spawn()
                .await?;
            let config = site::Config {
                base_url: sandbox.base_url().to_string(),
                credentials: Credentials::new(sandbox.client_id(), sandbox.client_secret()),
                package_code,
                klarna_script_url: var("KLARNA_SCRIPT_URL")
                    .unwrap_or_else(|| sandbox.klarna_script_url()),
                public_url: var("SHOP_PUBLIC_URL"),
            };
            (config, Some(sandbox))
        }
    };
    let api = config.base_url.clone();
    let shop = site::start(listener, config).await?;
    println!("shop: {}/", shop.url());
    match &sandbox {
        Some(sandbox) => println!("sandbox: {}", sandbox.page_url()),
        None => println!("payway: {api}"),
    }
    tokio::signal::ctrl_c().await?;
    drop(shop);
    if let Some(sandbox) = sandbox {
        sandbox.shutdown().await;
    }
    Ok(())
}
