//! The shop (`examples/shop`) in a real browser: headless Chromium driven through
//! chromedriver (Debian's `chromium` and `chromium-driver`) by fantoccini, against the sandbox
//! and its Klarna widget stand-in, all on loopback.
//!
//! Each test starts its own sandbox, shop, chromedriver and browser (an empty profile under
//! `target/tmp`). A failing test saves a screenshot and the page's HTML to
//! `target/tmp/browser-failures/<test>.png` and `.html`, and says so.
//!
//! Without chromedriver the tests fail and say how to install it; set
//! `PAYWAY_SKIP_BROWSER_TESTS=1` to skip them on a machine without a browser (ignored when
//! `CI=true`).
//! `SHOP_SCREENSHOTS=<dir>` makes the first test save the README's screenshots there.

#[path = "../examples/shop/site.rs"]
#[allow(dead_code)]
mod site;

use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::{Client as Browser, ClientBuilder, Locator};
use payway_client::Credentials;
use payway_sandbox::Sandbox;
use serde_json::{Value, json};
use tokio::process::{Child, Command};

const PLACE_TRIAL_ORDER: &str =
    payway_client::klarna_payments::v2::place_trial_order::ENDPOINT.path;
const PLACE_ORDER: &str = payway_client::klarna_payments::v2::place_order::ENDPOINT.path;
const PLACE_ORDER_WITH_IDENTITY: &str =
    payway_client::klarna_payments::v1::place_order::ENDPOINT.path;

/// How long any one thing may take to show up on a page.
const PATIENCE: Duration = Duration::from_secs(15);

/// The flags that let Chromium run headless in a container, offline.
const CHROMIUM_FLAGS: [&str; 9] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1000,1100",
];

type Outcome = Result<(), String>;

/// What a scenario works with.
#[derive(Clone)]
struct World {
    browser: Browser,
    sandbox: Arc<Sandbox>,
    shop: Arc<site::Shop>,
}

/// chromedriver and its browser's profile, gone when dropped.
struct Driver {
    child: Child,
    profile: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn tmp_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// Starts chromedriver and a browser session, or `None` when skipping is asked for.
async fn browser(test: &str) -> Option<(Driver, Browser)> {
    let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let port = free_port();
    let spawned = Command::new(&driver_path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn();
    let child = match spawned {
        Ok(child) => child,
        Err(error) => {
            // CI never skips: a missing browser there is a failure.
            let skip = std::env::var_os("PAYWAY_SKIP_BROWSER_TESTS").is_some()
                && std::env::var("CI").as_deref() != Ok("true");
            if skip {
                eprintln!("skipping {test}: no chromedriver ({error})");
                return None;
            }
            panic!(
                "cannot start `{driver_path}` ({error}): install Chromium and its driver \
                 (Debian: apt-get install chromium chromium-driver), or set \
                 PAYWAY_SKIP_BROWSER_TESTS=1 to skip the browser tests"
            );
        }
    };
    let profile = tmp_dir().join(format!("chromium-profile-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).expect("profile directory");
    let driver = Driver { child, profile };

    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|f| f.to_string()).collect();
    args.push(format!("--user-data-dir={}", driver.profile.display()));
    let mut options = json!({ "args": args });
    // Debian's /usr/bin/chromium is a wrapper script; the binary is behind it.
    if Path::new("/usr/lib/chromium/chromium").exists() {
        options["binary"] = json!("/usr/lib/chromium/chromium");
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".into(), json!("chrome"));
    capabilities.insert("goog:chromeOptions".into(), options);
    let address = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let browser = loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(capabilities.clone())
            .connect(&address)
            .await
        {
            Ok(browser) => break browser,
            Err(error) if started.elapsed() < Duration::from_secs(20) => {
                let _ = error;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(error) => panic!("chromedriver at {address} gave no browser: {error}"),
        }
    };
    Some((driver, browser))
}

/// Runs `body` with a fresh sandbox, shop and browser; on failure, saves the page.
async fn scenario<F, Fut>(test: &str, body: F)
where
    F: FnOnce(World) -> Fut,
    Fut: Future<Output = Outcome> + Send + 'static,
{
    let Some((driver, browser)) = self::browser(test).await else {
        return;
    };
    let listener = site::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .expect("the shop's address");
    let callback = format!("{}/callback", site::url_of(&listener).expect("its URL"));
    let sandbox = Arc::new(
        Sandbox::builder()
            .redirect_uri(callback)
            .spawn()
            .await
            .expect("the sandbox starts"),
    );
    let shop = site::start(
        listener,
        site::Config {
            base_url: sandbox.base_url().to_string(),
            credentials: Credentials::new(sandbox.client_id(), sandbox.client_secret()),
            package_code: "adeprimo_digital".into(),
            klarna_script_url: sandbox.klarna_script_url(),
            public_url: None,
        },
    )
    .await
    .expect("the shop starts");
    let world = World {
        browser: browser.clone(),
        sandbox,
        shop: Arc::new(shop),
    };
    let outcome = match tokio::spawn(body(world)).await {
        Ok(outcome) => outcome,
        Err(panicked) => Err(format!("the scenario panicked: {panicked}")),
    };
    if let Err(failure) = outcome {
        let saved = save_page(&browser, test).await;
        let _ = browser.close().await;
        drop(driver);
        panic!("{test}: {failure}\n{saved}");
    }
    let _ = browser.close().await;
    drop(driver);
}

/// Saves a screenshot and the HTML of the current page; says where.
async fn save_page(browser: &Browser, test: &str) -> String {
    let dir = tmp_dir().join("browser-failures");
    let _ = std::fs::create_dir_all(&dir);
    let mut said = Vec::new();
    if let Ok(url) = browser.current_url().await {
        said.push(format!("page: {url}"));
    }
    if let Ok(png) = browser.screenshot().await {
        let path = dir.join(format!("{test}.png"));
        if std::fs::write(&path, png).is_ok() {
            said.push(format!("screenshot: {}", path.display()));
        }
    }
    if let Ok(html) = browser.source().await {
        let path = dir.join(format!("{test}.html"));
        if std::fs::write(&path, html).is_ok() {
            said.push(format!("HTML: {}", path.display()));
        }
    }
    said.join("\n")
}

fn css(selector: &str) -> Locator<'_> {
    Locator::Css(selector)
}

async fn find(browser: &Browser, selector: &str) -> Result<fantoccini::elements::Element, String> {
    browser
        .wait()
        .at_most(PATIENCE)
        .for_element(css(selector))
        .await
        .map_err(|e| format!("no `{selector}` on the page: {e}"))
}

async fn click(browser: &Browser, selector: &str) -> Outcome {
    // An element can exist before it is enabled: wait for both.
    let started = Instant::now();
    loop {
        let element = find(browser, selector).await?;
        let enabled = element.is_enabled().await.unwrap_or(false)
            && element.is_displayed().await.unwrap_or(false);
        if enabled {
            return element
                .click()
                .await
                .map_err(|e| format!("cannot click `{selector}`: {e}"));
        }
        if started.elapsed() > PATIENCE {
            return Err(format!("`{selector}` stayed disabled"));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn type_into(browser: &Browser, selector: &str, text: &str) -> Outcome {
    let element = find(browser, selector).await?;
    element.clear().await.map_err(|e| e.to_string())?;
    element
        .send_keys(text)
        .await
        .map_err(|e| format!("cannot type into `{selector}`: {e}"))
}

/// Waits until the text of `selector` contains `wanted`; gives the text.
async fn text_containing(
    browser: &Browser,
    selector: &str,
    wanted: &str,
) -> Result<String, String> {
    let started = Instant::now();
    let mut last = String::new();
    while started.elapsed() < PATIENCE {
        if let Ok(element) = browser.find(css(selector)).await
            && let Ok(text) = element.text().await
        {
            if text.contains(wanted) {
                return Ok(text);
            }
            last = text;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!(
        "`{selector}` never said `{wanted}`; it said `{last}`"
    ))
}

fn ensure(condition: bool, what: impl Into<String>) -> Outcome {
    if condition { Ok(()) } else { Err(what.into()) }
}

/// The customer's steps up to Klarna's question: the offer page, their details, an offer,
/// the widget, "Confirm and pay".
async fn choose_and_pay(world: &World, email: &str, kind: &str) -> Outcome {
    let browser = &world.browser;
    browser
        .goto(&format!("{}/", world.shop.url()))
        .await
        .map_err(|e| e.to_string())?;
    type_into(browser, "#email", email).await?;
    type_into(browser, "#first-name", "Sandra").await?;
    type_into(browser, "#last-name", "Sandlund").await?;
    click(browser, &format!(".offer button[data-kind='{kind}']")).await?;
    find(browser, "#klarna-payments-container .klarna-sandbox").await?;
    click(browser, "#buy").await?;
    find(browser, "button[data-decision='approve']").await?;
    Ok(())
}

/// Klarna's answer, clicked.
async fn decide(world: &World, decision: &str) -> Outcome {
    click(
        &world.browser,
        &format!("button[data-decision='{decision}']"),
    )
    .await
}

async fn sandbox_state(sandbox: &Sandbox) -> Result<Value, String> {
    reqwest::get(format!("{}/sandbox/state", sandbox.base_url()))
        .await
        .map_err(|e| e.to_string())?
        .json()
        .await
        .map_err(|e| e.to_string())
}

fn orders(state: &Value) -> Vec<Value> {
    state["orders"].as_array().cloned().unwrap_or_default()
}

/// Waits for the confirmation page, and gives its Payway order id.
async fn confirmed(world: &World, summary: &str) -> Result<String, String> {
    text_containing(&world.browser, "#title", "Thank you!").await?;
    text_containing(&world.browser, "#summary", summary).await?;
    let id = find(&world.browser, "#pw-order-id")
        .await?
        .text()
        .await
        .map_err(|e| e.to_string())?;
    let klarna = find(&world.browser, "#klarna-order-id")
        .await?
        .text()
        .await
        .map_err(|e| e.to_string())?;
    ensure(id.starts_with("ORDER-"), format!("order id {id}"))?;
    ensure(klarna.len() == 36, format!("Klarna order id {klarna}"))?;
    Ok(id)
}

async fn screenshot_to(browser: &Browser, dir: &Path, name: &str) -> Outcome {
    let png = browser.screenshot().await.map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join(name), png).map_err(|e| e.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_customer_buys_a_trial_and_a_paid_order_and_the_sandbox_page_shows_both() {
    scenario("trial_and_paid", |world| async move {
        let screenshots = std::env::var_os("SHOP_SCREENSHOTS").map(PathBuf::from);
        choose_and_pay(&world, "new.reader@example.com", "trial").await?;
        if let Some(dir) = &screenshots {
            screenshot_to(&world.browser, dir, "shop.png").await?;
        }
        decide(&world, "approve").await?;
        let trial = confirmed(&world, "free trial has started").await?;

        choose_and_pay(&world, "second.reader@example.com", "paid").await?;
        decide(&world, "approve").await?;
        let paid = confirmed(&world, "paid and active").await?;

        let state = sandbox_state(&world.sandbox).await?;
        let kinds: Vec<(String, String)> = orders(&state)
            .iter()
            .map(|o| {
                (
                    o["pw_order_id"].as_str().unwrap_or_default().to_string(),
                    o["kind"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        ensure(
            kinds
                == [
                    (trial.clone(), "trial".to_string()),
                    (paid.clone(), "paid".to_string()),
                ],
            format!("the sandbox's orders: {kinds:?}"),
        )?;
        ensure(
            world.sandbox.request_count(PLACE_TRIAL_ORDER) == 1,
            "one trial order sent",
        )?;
        ensure(
            world.sandbox.request_count(PLACE_ORDER) == 1,
            "one paid order sent",
        )?;

        // The sandbox's page, as a person sees it.
        let browser = &world.browser;
        browser
            .goto(&world.sandbox.page_url())
            .await
            .map_err(|e| e.to_string())?;
        find(browser, &format!("#orders tr[data-id='{trial}']")).await?;
        text_containing(browser, &format!("#orders tr[data-id='{paid}']"), "paid").await?;
        text_containing(browser, "#requests", PLACE_TRIAL_ORDER).await?;
        let requests = text_containing(browser, "#requests", "<redacted>").await?;
        ensure(
            !requests.contains("new.reader@example.com") && !requests.contains("Sandra"),
            "the requests table shows no personal data",
        )?;
        text_containing(browser, "#accounts", "n***@example.com").await?;
        if let Some(dir) = &screenshots {
            screenshot_to(browser, dir, "sandbox.png").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_logged_in_customer_pays_with_their_account_and_sees_what_they_own() {
    scenario("logged_in_paid", |world| async move {
        let browser = &world.browser;
        browser
            .goto(&format!("{}/", world.shop.url()))
            .await
            .map_err(|e| e.to_string())?;
        click(browser, "#login").await?;
        // The sandbox's login form, as the OpenID provider shows it.
        type_into(
            browser,
            "input[name='email']",
            payway_sandbox::DEFAULT_CUSTOMER_EMAIL,
        )
        .await?;
        type_into(
            browser,
            "input[name='password']",
            payway_sandbox::DEFAULT_CUSTOMER_PASSWORD,
        )
        .await?;
        click(browser, "button[type='submit']").await?;
        text_containing(browser, "#account", "You are logged in").await?;
        let cookies = browser.get_all_cookies().await.map_err(|e| e.to_string())?;
        ensure(
            cookies.iter().all(|c| {
                !c.value().contains("customer@")
                    && (c.name() != "shop_session" || c.value().len() == 32)
            }),
            format!("the cookies hold only the shop's session id: {cookies:?}"),
        )?;

        click(browser, "#owned").await?;
        text_containing(browser, "#summary", "Nothing yet").await?;

        // No email typed: the logged-in customer buys with their account.
        browser
            .goto(&format!("{}/", world.shop.url()))
            .await
            .map_err(|e| e.to_string())?;
        click(browser, ".offer button[data-kind='paid']").await?;
        find(browser, "#klarna-payments-container .klarna-sandbox").await?;
        click(browser, "#buy").await?;
        decide(&world, "approve").await?;
        let paid = confirmed(&world, "paid and active").await?;
        ensure(
            world.sandbox.request_count(PLACE_ORDER_WITH_IDENTITY) == 1
                && world.sandbox.request_count(PLACE_ORDER) == 0,
            "one paid order sent, with the customer's identity (v1)",
        )?;
        let state = sandbox_state(&world.sandbox).await?;
        ensure(
            orders(&state)
                .iter()
                .any(|o| o["pw_order_id"] == paid.as_str() && o["kind"] == "paid"),
            format!("the sandbox has the paid order {paid}: {state}"),
        )?;

        browser
            .goto(&format!("{}/owned", world.shop.url()))
            .await
            .map_err(|e| e.to_string())?;
        text_containing(browser, "#products", "adeprimo_digital").await?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declined_payment_is_said_and_nothing_is_ordered() {
    scenario("declined", |world| async move {
        choose_and_pay(&world, "declined@example.com", "paid").await?;
        decide(&world, "decline").await?;
        text_containing(&world.browser, "#message", "Klarna declined the payment").await?;
        let shown = find(&world.browser, "#klarna-payments-container")
            .await?
            .is_displayed()
            .await
            .map_err(|e| e.to_string())?;
        ensure(!shown, "the widget is removed after a decline")?;
        ensure(
            world.sandbox.request_count(PLACE_ORDER) == 0,
            "no order sent",
        )?;
        ensure(
            orders(&sandbox_state(&world.sandbox).await?).is_empty(),
            "no order placed",
        )
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_aborted_payment_can_be_tried_again_and_klarna_asks_to_correct_fields() {
    scenario("aborted", |world| async move {
        choose_and_pay(&world, "undecided@example.com", "trial").await?;
        decide(&world, "abort").await?;
        text_containing(&world.browser, "#message", "You closed Klarna").await?;
        ensure(
            world.sandbox.request_count(PLACE_TRIAL_ORDER) == 0,
            "no order sent",
        )?;

        // A field Klarna refuses: asked to correct, without asking the person.
        type_into(&world.browser, "#email", "not-an-email").await?;
        click(&world.browser, "#buy").await?;
        text_containing(&world.browser, "#message", "billing_address.email").await?;

        type_into(&world.browser, "#email", "undecided@example.com").await?;
        click(&world.browser, "#buy").await?;
        decide(&world, "approve").await?;
        confirmed(&world, "free trial has started").await?;
        ensure(
            world.sandbox.request_count(PLACE_TRIAL_ORDER) == 1,
            "one order sent",
        )
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_order_whose_answer_is_lost_is_shown_in_doubt_and_placed_once() {
    scenario("in_doubt", |world| async move {
        world
            .sandbox
            .switch_fault(PLACE_TRIAL_ORDER, "lose")
            .map_err(|e| e.to_string())?;
        choose_and_pay(&world, "unlucky@example.com", "trial").await?;
        decide(&world, "approve").await?;
        text_containing(&world.browser, "#title", "We are checking your order").await?;
        text_containing(&world.browser, "#summary", "Please do not pay again").await?;
        let page = world
            .browser
            .current_url()
            .await
            .map_err(|e| e.to_string())?;

        // Reloading the page sends nothing; asking the shop again sends nothing either.
        world.browser.refresh().await.map_err(|e| e.to_string())?;
        text_containing(&world.browser, "#title", "We are checking your order").await?;
        let purchase = page
            .path()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        let again: Value = payway_client_http()
            .post(format!(
                "{}/api/purchases/{purchase}/order",
                world.shop.url()
            ))
            .json(&json!({"authorization_token": "another approval"}))
            .send()
            .await
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        ensure(
            again["outcome"] == "sent_already",
            format!("a second attempt: {again}"),
        )?;

        ensure(
            world.sandbox.request_count(PLACE_TRIAL_ORDER) == 1,
            "the order was sent once",
        )?;
        let state = sandbox_state(&world.sandbox).await?;
        ensure(
            orders(&state).len() == 1,
            "and placed once, its answer lost",
        )?;
        let lost = state["requests"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["path"] == PLACE_TRIAL_ORDER)
            .cloned()
            .unwrap_or_default();
        ensure(
            lost["status"].is_null() && lost["fault"] == "lose (switched on)",
            format!("the sandbox lists the lost answer: {lost}"),
        )
    })
    .await;
}

/// Runs `script` in the page and gives what it returns.
async fn run_js(browser: &Browser, script: &str) -> Result<Value, String> {
    browser
        .execute(script, Vec::new())
        .await
        .map_err(|e| format!("the page's script failed: {e}"))
}

/// Waits until `expression` is not null in the page; gives it.
async fn js_value(browser: &Browser, expression: &str) -> Result<Value, String> {
    let started = Instant::now();
    while started.elapsed() < PATIENCE {
        let value = run_js(browser, &format!("return {expression};")).await?;
        if !value.is_null() {
            return Ok(value);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!("`{expression}` stayed null"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_widget_stand_in_keeps_klarnas_interface() {
    scenario("widget_interface", |world| async move {
        let browser = &world.browser;
        choose_and_pay(&world, "curious@example.com", "trial").await?;
        decide(&world, "abort").await?;
        text_containing(browser, "#message", "You closed Klarna").await?;

        // The errors Klarna's SDK throws, by name.
        let thrown = run_js(
            browser,
            r#"var names = [];
            function name(f) { try { f(); names.push("none"); } catch (e) { names.push(e.name); } }
            name(function () { Klarna.Payments.init({ client_token: "not a JWT" }); });
            name(function () { Klarna.Payments.on("nonsense", function () {}); });
            name(function () { Klarna.Payments.off("nonsense"); });
            name(function () { Klarna.Payments.authorize({ payment_method_category: "pay_now" }, {}, function () {}); });
            return names;"#,
        )
        .await?;
        ensure(
            thrown
                == json!([
                    "InvalidClientTokenError",
                    "EventNotSupportedError",
                    "EventNotSupportedError",
                    "PaymentMethodCategoryNotSupportedError"
                ]),
            format!("thrown: {thrown}"),
        )?;

        // Events, and a multi-step checkout: authorize without finalizing, then finalize.
        run_js(
            browser,
            r#"window.seen = [];
            Klarna.Payments.on("fullscreenOverlayShown", function () { window.seen.push("shown"); });
            Klarna.Payments.on("fullscreenOverlayHidden", function () { window.seen.push("hidden"); });
            window.authorized = null;
            Klarna.Payments.authorize({ payment_method_category: purchase.payment_method_category, auto_finalize: false }, {},
                function (result) { window.authorized = result; });
            return null;"#,
        )
        .await?;
        decide(&world, "approve").await?;
        let authorized = js_value(browser, "window.authorized").await?;
        ensure(
            authorized == json!({"approved": true, "show_form": true, "finalize_required": true}),
            format!("authorize without finalizing: {authorized}"),
        )?;
        run_js(
            browser,
            r#"window.finalized = null;
            Klarna.Payments.finalize({}, {}, function (result) { window.finalized = result; });
            return null;"#,
        )
        .await?;
        let finalized = js_value(browser, "window.finalized").await?;
        ensure(
            finalized["approved"] == true && finalized["authorization_token"].is_string(),
            format!("finalize: {finalized}"),
        )?;
        let seen = js_value(browser, "window.seen").await?;
        ensure(seen == json!(["shown", "hidden"]), format!("events: {seen}"))?;
        // `off` without a handler removes them all.
        run_js(browser, r#"Klarna.Payments.off("fullscreenOverlayShown"); return null;"#).await?;

        // The finalized token places the order, once.
        let token = finalized["authorization_token"].as_str().unwrap_or_default();
        let purchase = run_js(browser, "return purchase.purchase_id;").await?;
        let purchase = purchase.as_str().unwrap_or_default();
        let place = || async {
            payway_client_http()
                .post(format!("{}/api/purchases/{purchase}/order", world.shop.url()))
                .json(&json!({ "authorization_token": token }))
                .send()
                .await
                .map_err(|e| e.to_string())?
                .json::<Value>()
                .await
                .map_err(|e| e.to_string())
        };
        let first = place().await?;
        ensure(first["outcome"] == "placed", format!("the order: {first}"))?;
        let second = place().await?;
        ensure(second["outcome"] == "sent_already", format!("again: {second}"))?;
        ensure(world.sandbox.request_count(PLACE_TRIAL_ORDER) == 1, "sent once")
    })
    .await;
}

/// A plain reqwest client of the test's own, with rustls's provider installed first (as
/// payway-client installs it), whichever test builds one first.
fn payway_client_http() -> reqwest::Client {
    payway_client::install_tls_provider();
    reqwest::Client::new()
}
