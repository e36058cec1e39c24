//! `payway-spec refresh`, run as the binary a person runs, against a docs server on loopback
//! (plain http, and https with the committed test certificate): unchanged pages, a parameter
//! removed and one added, a changed type, a page gone (404), a page that is not a docs page,
//! `--write`, and bad input.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio_rustls::TlsAcceptor;

const BINARY: &str = env!("CARGO_BIN_EXE_payway-spec");

/// Where the spec's three pages with test copies live on the docs site.
const CREATE_SESSION: &str =
    "/payway/integration/payway_api/endpoints/klarna_payments_api/v1/session/create_session";
const PLACE_TRIAL_ORDER: &str =
    "/payway/integration/payway_api/endpoints/klarna_payments_api/v2/order/place_trial_order/";
const PAYMENT_PERIODS: &str =
    "/payway/integration/payway_api/endpoints/klarna_payments_api/v1/payment_periods";

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn page(name: &str) -> String {
    std::fs::read_to_string(manifest().join("tests/pages").join(name)).expect("page")
}

/// The project's spec with `docs:` kept only on the three endpoints that have test pages (so
/// that the others, wherever their pages live, are not fetched), written to a fresh directory.
fn spec_copy(name: &str) -> (PathBuf, String) {
    let text = std::fs::read_to_string(manifest().join("../spec/payway.yaml")).expect("spec");
    let kept: String = text
        .split_inclusive('\n')
        .filter(|line| {
            // An endpoint's `docs:` (on the docs site or its stage mirror), not a section's.
            !line.starts_with("        docs: https://")
                || [CREATE_SESSION, PLACE_TRIAL_ORDER, PAYMENT_PERIODS]
                    .iter()
                    .any(|path| line.trim_end().ends_with(path))
        })
        .collect();
    assert_eq!(kept.matches("/endpoints/klarna_payments_api/").count(), 3);
    let dir =
        std::env::temp_dir().join(format!("payway-spec-refresh-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("payway.yaml");
    std::fs::write(&path, &kept).expect("write");
    (path, kept)
}

/// One page the server answers with: status, content type, body.
type Pages = HashMap<String, (u16, &'static str, String)>;

fn unchanged_pages() -> Pages {
    let mut pages = Pages::new();
    pages.insert(
        CREATE_SESSION.into(),
        (
            200,
            "text/plain; charset=utf-8",
            page("v1-klarna_payments-create_session.txt"),
        ),
    );
    pages.insert(
        PLACE_TRIAL_ORDER.into(),
        (
            200,
            "text/html; charset=utf-8",
            page("v2-klarna_payments-place_trial_order.html"),
        ),
    );
    pages.insert(
        PAYMENT_PERIODS.into(),
        (
            200,
            "text/plain",
            page("v1-klarna_payments-payment_periods.txt"),
        ),
    );
    pages
}

/// Answers one request on `stream` from `pages` (404 for any other path).
async fn answer<S: AsyncRead + AsyncWrite + Unpin>(mut stream: S, pages: &Pages) {
    let mut head = Vec::new();
    let mut buffer = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buffer[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let (status, media, body) = pages.get(&path).cloned().unwrap_or((
        404,
        "text/html",
        "<html><body>Not found</body></html>".into(),
    ));
    let answer = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: {media}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// A docs server on loopback, http or https, answering a bounded number of requests.
async fn serve(pages: Pages, tls: bool) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("address").port();
    let acceptor = tls.then(|| {
        let dir = manifest().join("tests/tls");
        let certificate = CertificateDer::from_pem_file(dir.join("cert.pem")).expect("cert");
        let key = PrivateKeyDer::from_pem_file(dir.join("key.pem")).expect("key");
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("protocols")
        .with_no_client_auth()
        .with_single_cert(vec![certificate], key)
        .expect("server config");
        TlsAcceptor::from(Arc::new(config))
    });
    tokio::spawn(async move {
        for _ in 0..32 {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            match &acceptor {
                Some(acceptor) => {
                    if let Ok(stream) = acceptor.accept(tcp).await {
                        answer(stream, &pages).await;
                    }
                }
                None => answer(tcp, &pages).await,
            }
        }
    });
    format!("{}://127.0.0.1:{port}", if tls { "https" } else { "http" })
}

/// Exit code, standard output and standard error of `payway-spec refresh ARGS`.
async fn refresh(args: Vec<String>) -> (i32, String, String) {
    tokio::task::spawn_blocking(move || {
        let output = Command::new(BINARY)
            .arg("refresh")
            .args(&args)
            .output()
            .expect("payway-spec runs");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    })
    .await
    .expect("run")
}

fn args(spec: &Path, base: &str, more: &[&str]) -> Vec<String> {
    let mut out = vec![
        spec.display().to_string(),
        "--docs-base".to_string(),
        base.to_string(),
    ];
    out.extend(more.iter().map(|s| s.to_string()));
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn pages_that_say_what_the_spec_says_are_unchanged() {
    let (spec, text) = spec_copy("unchanged");
    let base = serve(unchanged_pages(), false).await;
    let (code, out, errors) = refresh(args(&spec, &base, &[])).await;
    assert_eq!(code, 0, "{out}{errors}");
    assert_eq!(
        out,
        "klarna_payments v1 payment_periods: unchanged\n\
         klarna_payments v1 create_session: unchanged\n\
         klarna_payments v2 place_trial_order: unchanged\n\
         \n3 endpoints: 3 unchanged, 0 changed, 0 not found, 0 not readable\n\
         payway-client needs no version bump: no changes\n"
    );
    // --write with nothing to write leaves the file alone.
    let (code, _, _) = refresh(args(&spec, &base, &["--write"])).await;
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&spec).expect("spec"), text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn over_https_with_the_test_certificate() {
    let (spec, _) = spec_copy("https");
    let base = serve(unchanged_pages(), true).await;
    let certificate = manifest().join("tests/tls/cert.pem").display().to_string();
    let (code, out, errors) = refresh(args(&spec, &base, &["--ca-cert", &certificate])).await;
    assert_eq!(code, 0, "{out}{errors}");
    assert!(out.contains("3 endpoints: 3 unchanged"), "{out}");
    // Without the certificate, each page is unreadable and says why.
    let (code, out, _) = refresh(args(&spec, &base, &[])).await;
    assert_eq!(code, 1);
    assert!(out.contains("3 not readable"), "{out}");
    assert!(out.to_ascii_lowercase().contains("certificate"), "{out}");
}

/// The create_session page without `disable_account_info_overwrite` and with a new optional
/// `locale`; the payment periods page whose `iteration_length` became text.
fn changed_pages() -> Pages {
    let mut pages = unchanged_pages();
    let create = page("v1-klarna_payments-create_session.txt");
    let row = create
        .lines()
        .find(|l| l.starts_with("disable_account_info_overwrite"))
        .expect("row")
        .to_string();
    let create = create.replace(
        &format!("{row}\n"),
        "locale | The language of the Klarna widget, e.g. sv-SE | No | String |\n",
    );
    pages.insert(CREATE_SESSION.into(), (200, "text/plain", create));
    let periods = page("v1-klarna_payments-payment_periods.txt")
        .replace("\"iteration_length\": 1,", "\"iteration_length\": \"1\",")
        .replace("\"iteration_length\": 2,", "\"iteration_length\": \"2\",");
    pages.insert(PAYMENT_PERIODS.into(), (200, "text/plain", periods));
    pages
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn changed_pages_are_classed_like_diff_and_written_with_write() {
    let (spec, text) = spec_copy("changed");
    let base = serve(changed_pages(), false).await;
    let (code, out, errors) = refresh(args(&spec, &base, &[])).await;
    assert_eq!(code, 1, "{out}{errors}");
    for line in [
        "klarna_payments v1 payment_periods: changed\n",
        "  breaking      type-changed                     klarna_payments v1 payment_periods: \
         response.iteration_length: type integer -> string\n",
        "klarna_payments v1 create_session: changed\n",
        "  breaking      parameter-removed                klarna_payments v1 create_session: \
         body.disable_account_info_overwrite: removed\n",
        "  additive      parameter-added-optional         klarna_payments v1 create_session: \
         body.locale: added (string)\n",
        "klarna_payments v2 place_trial_order: unchanged\n",
        "3 endpoints: 1 unchanged, 2 changed, 0 not found, 0 not readable\n",
        "payway-client needs a minor version bump (0.1.0 -> 0.2.0): breaking changes while the \
         version is 0.x\n",
    ] {
        assert!(out.contains(line), "{line}\n---\n{out}");
    }
    // Nothing written without --write.
    assert_eq!(std::fs::read_to_string(&spec).expect("spec"), text);

    let (code, out, _) = refresh(args(&spec, &base, &["--write", "--format", "json"])).await;
    assert_eq!(code, 1, "the spec was behind: {out}");
    let report: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(report["written"], true);
    assert_eq!(report["diff"]["bump"], "minor");
    assert_eq!(report["endpoints"][1]["outcome"], "changed");
    assert_eq!(
        report["endpoints"][1]["changes"][0]["rule"],
        "parameter-removed"
    );
    let written = std::fs::read_to_string(&spec).expect("spec");
    let model = payway_codegen::load(&written).expect("the written spec loads");
    let session = model
        .sections
        .iter()
        .filter(|s| s.name == "klarna_payments")
        .flat_map(|s| &s.endpoints)
        .find(|e| e.action == "create_session" && e.version == 1)
        .expect("create_session");
    assert!(session.body.iter().any(|f| f.name == "locale"));
    assert!(
        !session
            .body
            .iter()
            .any(|f| f.name == "disable_account_info_overwrite")
    );
    // Every other byte is kept: what is gone is the removed parameter's block and the old type
    // line; what is new is the added parameter and the new type line.
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "          disable_account_info_overwrite:")
        .expect("the parameter");
    let block_end = (at + 1..lines.len())
        .find(|i| !lines[*i].starts_with("           "))
        .expect("the block's end");
    let iteration = lines
        .iter()
        .position(|l| *l == "            iteration_length:")
        .expect("the field");
    assert_eq!(lines[iteration + 1], "              type: integer");
    let mut expected: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i == at {
            expected.extend([
                "          locale:".to_string(),
                "            type: string".to_string(),
                "            description: The language of the Klarna widget, e.g. sv-SE"
                    .to_string(),
            ]);
        }
        if (at..block_end).contains(&i) {
            continue;
        }
        if i == iteration + 1 {
            expected.push("              type: string".to_string());
            continue;
        }
        expected.push(line.to_string());
    }
    assert_eq!(written, format!("{}\n", expected.join("\n")));
    // Now the spec says what the pages say.
    let (code, out, _) = refresh(args(&spec, &base, &[])).await;
    assert_eq!(code, 0, "{out}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn a_page_gone_and_a_page_that_is_not_a_docs_page() {
    let (spec, text) = spec_copy("missing");
    let mut pages = unchanged_pages();
    pages.remove(CREATE_SESSION);
    pages.insert(
        PAYMENT_PERIODS.into(),
        (
            200,
            "text/html",
            "<!doctype html><html><body><h1>Welcome</h1><p>Our shop.</p></body></html>".into(),
        ),
    );
    let base = serve(pages, false).await;
    let (code, out, errors) = refresh(args(&spec, &base, &["--write"])).await;
    assert_eq!(code, 1, "{out}{errors}");
    assert!(
        out.contains(&format!(
            "klarna_payments v1 create_session: page not found (HTTP 404 from {base}{CREATE_SESSION})\n"
        )),
        "{out}"
    );
    assert!(
        out.contains(
            "klarna_payments v1 payment_periods: not readable: this HTML page is not a Payway \
             docs page"
        ),
        "{out}"
    );
    assert!(out.contains("3 endpoints: 1 unchanged, 0 changed, 1 not found, 1 not readable"));
    assert_eq!(std::fs::read_to_string(&spec).expect("spec"), text);

    // Text that is no docs page, served as text.
    let mut pages = unchanged_pages();
    pages.insert(
        PAYMENT_PERIODS.into(),
        (200, "text/plain", page("other-site.txt")),
    );
    let base = serve(pages, false).await;
    let (code, out, _) = refresh(args(&spec, &base, &[])).await;
    assert_eq!(code, 1);
    assert!(
        out.contains("klarna_payments v1 payment_periods: not readable: "),
        "{out}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn bad_input_exits_2() {
    let (spec, _) = spec_copy("bad");
    // Plain http is for loopback only; a base with a path is not a scheme and host.
    for base in [
        "http://docs.example.com",
        "https://mirror.example.com/docs",
        "docs",
    ] {
        let (code, out, errors) = refresh(args(&spec, base, &[])).await;
        assert_eq!(code, 2, "{base}: {out}");
        assert!(errors.starts_with("--docs-base: "), "{errors}");
    }
    let broken = spec.with_file_name("broken.yaml");
    std::fs::write(&broken, "api: {name: Payway}\n").expect("write");
    let (code, _, errors) = refresh(vec![broken.display().to_string()]).await;
    assert_eq!(code, 2);
    assert!(errors.contains("the spec is not valid"), "{errors}");
    let (code, _, errors) = refresh(vec!["no/such/spec.yaml".into()]).await;
    assert_eq!(code, 2);
    assert!(errors.contains("cannot read the spec"), "{errors}");
    let (code, out, _) = refresh(vec!["--help".into()]).await;
    assert_eq!(code, 0);
    for option in ["--docs-base", "--ca-cert", "--write", "--format", "SPEC"] {
        assert!(out.contains(option), "{out}");
    }
}
