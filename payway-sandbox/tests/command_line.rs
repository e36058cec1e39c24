//! The `payway-sandbox` program as a user runs it: bad values are errors (never a panic),
//! every option has its environment variable, the JSON log carries requests but no secret, and
//! a spec given with `--spec` is served and validated (a group of query parameters).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use payway_sandbox::{
    DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, MAX_LIFETIME, Sandbox, SandboxError,
};

const OPTIONS: [(&str, &str); 11] = [
    ("--port", "PAYWAY_SANDBOX_PORT"),
    ("--host", "PAYWAY_SANDBOX_HOST"),
    ("--spec", "PAYWAY_SANDBOX_SPEC"),
    ("--token-lifetime", "PAYWAY_SANDBOX_TOKEN_LIFETIME"),
    ("--session-lifetime", "PAYWAY_SANDBOX_SESSION_LIFETIME"),
    ("--client-id", "PAYWAY_SANDBOX_CLIENT_ID"),
    ("--client-secret", "PAYWAY_SANDBOX_CLIENT_SECRET"),
    ("--redirect-uri", "PAYWAY_SANDBOX_REDIRECT_URI"),
    ("--organisation-id", "PAYWAY_SANDBOX_ORGANISATION_ID"),
    ("--log-format", "PAYWAY_SANDBOX_LOG_FORMAT"),
    ("--quiet", "PAYWAY_SANDBOX_QUIET"),
];

/// The program, with none of its variables inherited from the test's environment.
fn sandbox() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_payway-sandbox"));
    command.env_remove("RUST_LOG");
    for (_, variable) in OPTIONS {
        command.env_remove(variable);
    }
    command
}

/// Runs the program to its end; one still running after a few seconds accepted its options
/// and is serving, which these tests count as a failure.
fn run(command: &mut Command) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sandbox program starts");
    for _ in 0..100 {
        if child
            .try_wait()
            .expect("the program can be waited for")
            .is_some()
        {
            return child.wait_with_output().expect("the program's output");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let output = child.wait_with_output().expect("the program's output");
    panic!(
        "still running after 5 s with {command:?}: {}",
        String::from_utf8_lossy(&output.stdout)
    );
}

/// An error exit with a message naming `option`, not a panic.
fn assert_refused(output: &Output, option: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(stderr.contains(option), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
}

#[test]
fn a_huge_lifetime_is_an_error_not_a_panic() {
    let too_long = (MAX_LIFETIME.as_secs() + 1).to_string();
    for value in [
        u64::MAX.to_string(),
        "99999999999999999999999".into(),
        too_long,
    ] {
        for option in ["--token-lifetime", "--session-lifetime"] {
            assert_refused(&run(sandbox().arg(format!("{option}={value}"))), option);
        }
        let output = run(sandbox().env("PAYWAY_SANDBOX_TOKEN_LIFETIME", &value));
        assert_refused(&output, "--token-lifetime");
    }
    for value in ["0", "-1", "1.5", "soon"] {
        let option = "--token-lifetime";
        assert_refused(&run(sandbox().arg(format!("{option}={value}"))), option);
    }
}

#[test]
fn other_bad_values_are_errors_not_panics() {
    for (option, value) in [
        ("--port", "65536"),
        ("--port", "-1"),
        ("--host", "localhost:80"),
        ("--log-format", "xml"),
    ] {
        assert_refused(&run(sandbox().arg(format!("{option}={value}"))), option);
    }
    let output = run(sandbox().args(["--spec", "/nonexistent/payway.yaml"]));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains("/nonexistent/payway.yaml"),
        "stderr: {stderr}"
    );
    let output = run(sandbox().env("RUST_LOG", "payway_sandbox=loud"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains("RUST_LOG"), "stderr: {stderr}");
}

#[tokio::test]
async fn the_library_refuses_a_huge_lifetime_too() {
    for builder in [
        Sandbox::builder().token_lifetime(Duration::MAX),
        Sandbox::builder().session_lifetime(MAX_LIFETIME + Duration::from_secs(1)),
    ] {
        let refused = builder.spawn().await;
        assert!(
            matches!(refused, Err(SandboxError::Invalid(_))),
            "{refused:?}"
        );
    }
}

#[test]
fn help_names_every_option_and_its_variable() {
    let output = run(sandbox()
        .arg("--help")
        .env("PAYWAY_SANDBOX_CLIENT_SECRET", "from-the-environment"));
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for (option, variable) in OPTIONS {
        assert!(help.contains(option), "{option} missing from:\n{help}");
        assert!(help.contains(variable), "{variable} missing from:\n{help}");
    }
    assert!(help.contains("RUST_LOG"), "{help}");
    assert!(!help.contains("from-the-environment"), "{help}");
}

/// Kills the child when the test ends, whatever happens.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_json_log_has_one_object_per_request_and_no_secret() {
    let secret = "cli-test-secret-4711";
    let mut running = Running(
        sandbox()
            .args(["--port", "0", "--log-format", "json"])
            .env("PAYWAY_SANDBOX_CLIENT_SECRET", secret)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the sandbox program starts"),
    );
    let stdout = running.0.stdout.take().expect("piped stdout");
    let mut banner = BufReader::new(stdout).lines();
    let first = banner.next().expect("a banner line").expect("utf-8");
    let address = first
        .rsplit("http://")
        .next()
        .filter(|_| first.starts_with("Payway sandbox listening on"))
        .expect("the banner names the address")
        .to_string();

    let spec = payway_codegen::load(payway_sandbox::PAYWAY_SPEC).expect("the embedded spec loads");
    let token_path = spec.token_endpoint.path.as_str();
    let form = format!("grant_type=none&client_id=sandbox-client&client_secret={secret}");
    let mut stream = TcpStream::connect(&address).expect("the sandbox accepts connections");
    write!(
        stream,
        "POST {token_path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
        form.len()
    )
    .expect("the request is sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("an answer");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    // The request is logged before its answer is sent; stop the program and read the log.
    let _ = running.0.kill();
    let mut log = String::new();
    let mut stderr = running.0.stderr.take().expect("piped stderr");
    stderr.read_to_string(&mut log).expect("the log");
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    let request = lines
        .iter()
        .find(|line| line["fields"]["path"] == token_path)
        .unwrap_or_else(|| panic!("no log line for the request in:\n{log}"));
    assert_eq!(request["level"], "INFO");
    assert_eq!(request["fields"]["status"], 200);
    assert!(!log.contains(secret), "the secret is in the log:\n{log}");
    let access_token = answer
        .split("\"access_token\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a token in the answer");
    assert!(!log.contains(access_token), "a token is in the log:\n{log}");
}

/// A GET endpoint whose query string has a `required_one_of` group, and no body.
const QUERY_GROUP: &str = r#"
api:
  name: Lookup
environments:
  local:
    base_url: http://127.0.0.1:9
token_endpoint:
  path: /api/authorization/access_token
  grant_types:
    none: An application token.
sections:
  accounts:
    endpoints:
      - action: find
        version: 1
        method: GET
        path: /external/api/v1/accounts/find
        summary: Find an account by its number or its email address.
        scope: /external/accounts/r
        identity: false
        retry_safe: true
        query:
          customer_number: { type: string }
          email: { type: email }
          limit: { type: integer }
        required_one_of: [[customer_number, email]]
        response:
          envelope: item
          fields:
            id: { type: string }
"#;

/// A file the test writes, removed when the test ends.
struct TempFile(std::path::PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Starts the program on `spec` (written to a file for `--spec`) on a free loopback port: the
/// running child, killed when it is dropped, and the address its banner names.
fn serve(spec: &str, name: &str) -> (Running, TempFile, String) {
    let file = TempFile(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("{name}-{}.yaml", std::process::id())),
    );
    std::fs::write(&file.0, spec).expect("the spec file is written");
    let mut running = Running(
        sandbox()
            .args(["--port", "0", "--quiet", "--spec"])
            .arg(&file.0)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the sandbox program starts"),
    );
    let stdout = running.0.stdout.take().expect("piped stdout");
    let first = BufReader::new(stdout)
        .lines()
        .next()
        .expect("a banner line")
        .expect("utf-8");
    let address = first
        .strip_prefix("Payway sandbox listening on http://")
        .unwrap_or_else(|| panic!("the banner names the address: {first}"))
        .to_string();
    (running, file, address)
}

/// One HTTP/1.1 request to `address` (loopback), answered within a few seconds: the status and
/// the JSON body.
fn exchange(address: &str, head: &str, body: &str) -> (u16, serde_json::Value) {
    let mut stream = TcpStream::connect(address).expect("the sandbox accepts connections");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a read timeout");
    write!(
        stream,
        "{head}\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("the request is sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("an answer");
    let status = answer
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("an HTTP/1.1 status line: {answer}"));
    let (_, json) = answer.split_once("\r\n\r\n").expect("a head and a body");
    let json = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {answer}"));
    (status, json)
}

/// The program, started on a spec file whose GET endpoint has a group in its query string,
/// takes a call that sends one member in the query (or more) and answers 400 in the Payway
/// error convention, naming the group's members, to one that sends none. A member sent in the
/// body does not count: a GET whose entry has no `body:` carries none (`Method::body_by_default`),
/// so the program does not read it.
#[test]
fn a_group_of_query_parameters_needs_one_member_in_the_query() {
    let (_running, _file, address) = serve(QUERY_GROUP, "query-group");
    let form = format!(
        "grant_type=none&client_id={DEFAULT_CLIENT_ID}&client_secret={DEFAULT_CLIENT_SECRET}\
         &scope=%2Fexternal%2Faccounts%2Fr"
    );
    let (status, token) = exchange(
        &address,
        "POST /api/authorization/access_token HTTP/1.1\r\n\
         Content-Type: application/x-www-form-urlencoded",
        &form,
    );
    assert_eq!(status, 200, "{token}");
    let token = token["access_token"].as_str().expect("a token");
    let find = |query: &str, body: &str| {
        let head = format!(
            "GET /external/api/v1/accounts/find?{query} HTTP/1.1\r\n\
             Authorization: Bearer {token}\r\nContent-Type: application/json"
        );
        exchange(&address, &head, body)
    };
    let cases = [
        ("customer_number=1001", "", 200, ""),
        ("email=a%40example.com", "", 200, ""),
        (
            "customer_number=1001&email=a%40example.com&limit=2",
            "",
            200,
            "",
        ),
        ("", "", 400, "customer_number"),
        ("limit=2", "", 400, "customer_number"),
        ("email=a%40b", "", 400, "email"),
        (
            "limit=2",
            r#"{"customer_number":"1001"}"#,
            400,
            "customer_number",
        ),
    ];
    for (query, body, expected, field) in cases {
        let (status, answer) = find(query, body);
        assert_eq!(status, expected, "{query} {body}: {answer}");
        if expected == 200 {
            assert!(answer["item"]["id"].is_string(), "{query}: {answer}");
        } else {
            assert_eq!(
                (answer["code"].as_str(), answer["field"].as_str()),
                (Some("invalid_parameter"), Some(field)),
                "{query} {body}: {answer}"
            );
        }
    }
    let (_, answer) = find("limit=2", "");
    let message = answer["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("`customer_number`") && message.contains("`email`"),
        "names the group's members: {message}"
    );
}
