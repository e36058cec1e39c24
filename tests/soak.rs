//! Soak: many tasks place trial and paid orders and read payment periods against a sandbox in a
//! process of its own that injects every fault it knows at random (`RandomFaults`: connections
//! dropped before and after the body is read, 5xx with and without the Payway body, HTML
//! 502/504, timeouts, cut-off and undecodable bodies, 429 with `Retry-After`, 401; the faults
//! that leave an order in doubt half the time after the order was placed). At the end every
//! call is reconciled with the sandbox's own record of orders (`GET /sandbox/orders`), matched
//! by the customer email each order call carries, unique to it:
//!
//! - a success is an order the sandbox has exactly once;
//! - an `OutcomeUnknown` matches at most one order;
//! - every other error (the request was not processed) matches none;
//! - no order exists that no call placed; no task panicked.
//!
//! Peak memory (VmHWM) of both processes is printed. `cargo test --test soak` runs 3,000 calls;
//! the full run: `SOAK_CALLS=100000 cargo test --release --test soak -- --nocapture`.
//! `SOAK_FAULT_PERCENT` (default 30) and `SOAK_TASKS` (default 32) change the mix.
//!
//! Not a libtest harness (`harness = false`): the same binary, started with `SOAK_SANDBOX_SIDE`
//! set, is the sandbox's process.

mod support;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use payway_client::{
    ApplicationAuth, Client, ClientConfig, Credentials, Environment, Error, RequestOptions,
    RetryPolicy, scopes,
};
use payway_sandbox::RandomFaults;
use serde_json::Value;
use support::USER_AGENT;

/// Set in the child process that runs the sandbox.
const SIDE: &str = "SOAK_SANDBOX_SIDE";
/// The client's timeout of one attempt; the sandbox's timeout fault waits longer.
const TIMEOUT: Duration = Duration::from_secs(2);
const TIMEOUT_FAULT: Duration = Duration::from_millis(2500);
const PACKAGE: &str = "adeprimo_digital";

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The process's peak resident memory in KiB (Linux; 0 elsewhere).
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    if std::env::var_os(SIDE).is_some() {
        sandbox_side();
    } else {
        soak();
    }
}

/// The sandbox's process: serves with random faults, prints its base URL, and when its stdin
/// closes prints its peak memory and exits.
fn sandbox_side() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let percent = u8::try_from(env_number("SOAK_FAULT_PERCENT", 30)).unwrap_or(100);
    let sandbox = runtime.block_on(async {
        payway_sandbox::Sandbox::builder()
            .random_faults(RandomFaults::new(percent).timeout_delay(TIMEOUT_FAULT))
            .spawn()
            .await
            .expect("sandbox")
    });
    println!("url={}", sandbox.base_url());
    std::io::stdout().flush().expect("stdout");
    // Serve until the soak closes stdin.
    let mut line = String::new();
    while std::io::stdin().read_line(&mut line).is_ok_and(|n| n > 0) {}
    println!("peak_kib={}", peak_kib());
    std::io::stdout().flush().expect("stdout");
    drop(sandbox);
}

/// How a call ended, as the reconciliation sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Outcome {
    Success,
    Unknown,
    /// Any other error: the client says the request was not processed.
    Refused(&'static str),
}

fn outcome<T>(result: &Result<T, Error>) -> Outcome {
    match result {
        Ok(_) => Outcome::Success,
        Err(Error::OutcomeUnknown(_)) => Outcome::Unknown,
        Err(error) => Outcome::Refused(match error {
            Error::Api(_) => "api",
            Error::Timeout(_) => "timeout",
            Error::Transport(_) => "transport",
            Error::Decode(_) => "decode",
            Error::Token(_) => "token",
            _ => "other",
        }),
    }
}

/// One call of the soak: call number `i` (its email is unique to it). Trial orders, paid
/// orders and reads take turns.
async fn call(
    client: &Client<ApplicationAuth>,
    url: &str,
    i: u64,
    run: u64,
    sessions: &[Session],
) -> (Option<String>, Outcome) {
    let klarna = client.klarna_payments().v2();
    let session = &sessions[(i as usize) % sessions.len()];
    let email = format!("soak-{run}-{i}@example.com");
    // An order needs the widget's approval of its session (one order per approval); the
    // sandbox's own routes take no faults.
    let authorization = if i % 3 < 2 {
        approve(url, &session.client_token).await
    } else {
        String::new()
    };
    let session = session.id.as_str();
    match i % 3 {
        0 => {
            use payway_client::klarna_payments::v2::place_trial_order::CustomerInfo;
            let result = klarna
                .place_trial_order()
                .customer_info(CustomerInfo::builder().email(email.as_str()).build())
                .klarna_authorization_token(authorization.as_str())
                .klarna_payments_session_id(session)
                .browser_ip("81.208.13.50")
                .browser_language("sv-SE")
                .browser_user_agent(USER_AGENT)
                .send()
                .await;
            (Some(email), outcome(&result))
        }
        1 => {
            use payway_client::klarna_payments::v2::place_order::CustomerInfo;
            let result = klarna
                .place_order()
                .customer_info(CustomerInfo::builder().email(email.as_str()).build())
                .klarna_authorization_token(authorization.as_str())
                .klarna_payments_session_id(session)
                .browser_ip("81.208.13.50")
                .browser_language("sv-SE")
                .browser_user_agent(USER_AGENT)
                .send()
                .await;
            (Some(email), outcome(&result))
        }
        _ => {
            let result = klarna.payment_periods().code(PACKAGE).send().await;
            (None, outcome(&result))
        }
    }
}

fn soak() {
    let calls = env_number("SOAK_CALLS", 3_000);
    let tasks = env_number("SOAK_TASKS", 32).max(1);
    let run = std::process::id().into();
    let mut child = Command::new(std::env::current_exe().expect("this binary"))
        .env(SIDE, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the sandbox's process");
    let mut lines = BufReader::new(child.stdout.take().expect("its stdout")).lines();
    let url = lines
        .next()
        .and_then(Result::ok)
        .and_then(|line| line.strip_prefix("url=").map(str::to_string))
        .expect("the sandbox's URL");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let started = Instant::now();
    let (results, orders) = runtime.block_on(async {
        let config = ClientConfig::default().timeout(TIMEOUT).retry(
            RetryPolicy::default()
                .initial_backoff(Duration::from_millis(20))
                .max_backoff(Duration::from_millis(100)),
        );
        let client = Client::with_config(Environment::custom(&url).expect("url"), config)
            .expect("client")
            .with_auth(ApplicationAuth::new(
                Credentials::new(
                    payway_sandbox::DEFAULT_CLIENT_ID,
                    payway_sandbox::DEFAULT_CLIENT_SECRET,
                ),
                [scopes::KLARNA_PAYMENTS_R, scopes::KLARNA_PAYMENTS_W],
            ));
        let sessions = Arc::new(open_sessions(&client).await);
        let mut handles = Vec::new();
        for task in 0..tasks {
            let (client, sessions, url) = (client.clone(), Arc::clone(&sessions), url.clone());
            handles.push(tokio::spawn(async move {
                let mut results = Vec::new();
                let mut i = task;
                while i < calls {
                    results.push(call(&client, &url, i, run, &sessions).await);
                    i += tasks;
                }
                results
            }));
        }
        let mut results = Vec::new();
        for handle in handles {
            match handle.await {
                Ok(part) => results.extend(part),
                Err(error) => panic!("a soak task failed: {error}"),
            }
        }
        let orders: Value = support::http()
            .get(format!("{url}/sandbox/orders"))
            .send()
            .await
            .expect("the sandbox's orders")
            .json()
            .await
            .expect("orders as JSON");
        (results, orders)
    });
    let elapsed = started.elapsed();

    // The sandbox's process reports its peak memory once its stdin closes.
    drop(child.stdin.take());
    let sandbox_peak = lines
        .find_map(|line| line.ok()?.strip_prefix("peak_kib=")?.parse::<u64>().ok())
        .unwrap_or(0);
    let status = child.wait().expect("the sandbox's process ends");
    assert!(status.success(), "the sandbox's process failed: {status}");

    let orders = orders["orders"].as_array().expect("an order list").clone();
    assert!(
        orders.len() < payway_sandbox::MAX_ORDERS,
        "every order is still remembered"
    );
    let mut placed: HashMap<String, u64> = HashMap::new();
    for order in &orders {
        let email = order["email"].as_str().expect("orders carry the email");
        *placed.entry(email.to_string()).or_default() += 1;
    }
    let mut tally: HashMap<Outcome, u64> = HashMap::new();
    let mut problems = Vec::new();
    // Orders in doubt that the sandbox did place (a fault after processing).
    let mut unknown_placed = 0u64;
    for (email, outcome) in &results {
        *tally.entry(*outcome).or_default() += 1;
        let Some(email) = email else { continue };
        let found = placed.remove(email).unwrap_or(0);
        if *outcome == Outcome::Unknown && found == 1 {
            unknown_placed += 1;
        }
        let fine = match outcome {
            Outcome::Success => found == 1,
            Outcome::Unknown => found <= 1,
            Outcome::Refused(_) => found == 0,
        };
        if !fine {
            problems.push(format!("{outcome:?} but {found} orders for {email}"));
        }
    }
    problems.extend(
        placed
            .iter()
            .map(|(email, n)| format!("{n} orders of {email}, which no call placed")),
    );
    let mut tally: Vec<_> = tally.into_iter().collect();
    tally.sort_by_key(|(outcome, _)| format!("{outcome:?}"));
    println!(
        "soak: {} calls by {tasks} tasks in {:.1} s ({:.0} calls/s), {} orders in the sandbox",
        results.len(),
        elapsed.as_secs_f64(),
        results.len() as f64 / elapsed.as_secs_f64(),
        orders.len()
    );
    println!("soak: outcomes {tally:?}; {unknown_placed} of the unknown outcomes were placed");
    println!(
        "soak: peak memory: client process {} KiB, sandbox process {sandbox_peak} KiB",
        peak_kib()
    );
    assert_eq!(results.len() as u64, calls, "every call ended");
    assert!(
        problems.is_empty(),
        "{} problems: {problems:#?}",
        problems.len()
    );
    // The faults did happen, and orders went through.
    let count = |wanted: fn(&Outcome) -> bool| {
        tally
            .iter()
            .filter(|(o, _)| wanted(o))
            .map(|(_, n)| n)
            .sum::<u64>()
    };
    assert!(count(|o| *o == Outcome::Unknown) > 0, "{tally:?}");
    assert!(unknown_placed > 0, "faults after processing happened");
    assert!(count(|o| matches!(o, Outcome::Refused(_))) > 0, "{tally:?}");
    assert!(count(|o| *o == Outcome::Success) > calls / 2, "{tally:?}");
    println!("soak: reconciled, nothing panicked");
}

/// A few purchase sessions with a period, for the orders (sent until they succeed: faults are
/// injected here too).
/// A purchase session the soak's orders are placed on.
struct Session {
    id: String,
    /// What the Klarna widget is initialised with; it finds the session for an approval.
    client_token: String,
}

/// What approving a purchase in the Klarna widget gives: an authorization token for the
/// session of `client_token` (the sandbox's stand-in answers the widget's call).
async fn approve(url: &str, client_token: &str) -> String {
    let answer: Value = support::http()
        .post(format!("{url}/sandbox/klarna/authorize"))
        .json(&serde_json::json!({
            "client_token": client_token,
            "payment_method_category": "pay_later",
            "decision": "approve",
        }))
        .send()
        .await
        .expect("the widget's approval")
        .json()
        .await
        .expect("the approval as JSON");
    answer["authorization_token"]
        .as_str()
        .expect("an authorization token")
        .to_string()
}

async fn open_sessions(client: &Client<ApplicationAuth>) -> Vec<Session> {
    let klarna = client.klarna_payments().v2();
    let mut periods = None;
    for _ in 0..100 {
        if let Ok(read) = klarna.payment_periods().code(PACKAGE).send().await {
            periods = Some(read);
            break;
        }
    }
    let periods = periods.expect("payment periods within 100 attempts");
    let period = periods.first().expect("a period").id.clone();
    let mut sessions = Vec::new();
    let mut attempts = 0;
    while sessions.len() < 4 {
        attempts += 1;
        assert!(attempts < 100, "sessions cannot be opened");
        let created = klarna
            .create_session()
            .code(PACKAGE)
            .period_id(period.as_str())
            .confirmation_url("https://shop.example.com/thanks")
            .request_options(RequestOptions::new())
            .send()
            .await;
        if let Ok(session) = created
            && let Some(id) = session
                .json
                .pointer("/item/klarna_payments_session_id")
                .and_then(Value::as_str)
            && let Some(client_token) = session
                .json
                .pointer("/item/klarna_client_token")
                .and_then(Value::as_str)
        {
            sessions.push(Session {
                id: id.to_string(),
                client_token: client_token.to_string(),
            });
        }
    }
    sessions
}
