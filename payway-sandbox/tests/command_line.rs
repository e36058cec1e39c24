//! The `payway-sandbox` program as a user runs it: bad values are errors (never a panic),
//! every option has its environment variable, and the JSON log carries requests but no secret.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use payway_sandbox::{MAX_LIFETIME, Sandbox, SandboxError};

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
