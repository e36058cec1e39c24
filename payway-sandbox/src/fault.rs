//! The fault switch: the `x-sandbox-fault` request header makes the sandbox misbehave on
//! purpose, so that tests can see how a client copes with slow, failing and broken answers.
//!
//! Syntax: directives separated by `;`, e.g. `delay=200`, `status=503; retry-after=2`, `drop`,
//! `drop-early`, `lose` (the request is handled as normal, an order placed, then the
//! connection drops), `short-body`, `malformed`, `wrong-shape`, `html`, `html=504`, `empty=502`,
//! `huge=5000000`, and `processed` with any of them: the request is first handled as normal (an
//! order placed), then the fault answers, as when a proxy or the network loses the API's answer.
//! At most one directive besides `delay` and `processed`.
//!
//! [`RandomFaults`] injects the same faults at random into requests without the header.
//!
//! The faults a client must report as "outcome unknown" for an order: `malformed` and
//! `wrong-shape` (a 2xx it cannot decode), `huge` (a 2xx over its size limit), `html` and
//! `empty` with 502 or 504 (a proxy's answer), `delay` past its timeout, `drop`, `lose` (the
//! order is placed, its answer lost) and `short-body`.

use std::convert::Infallible;
use std::hash::{BuildHasher, Hasher};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use http::header::{CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderMap, HeaderValue, Response, StatusCode};
use http_body_util::BodyExt;
use hyper::body::{Body, Bytes, Frame};
use serde_json::Value;

use crate::reply::{self, ApiError, Reply};
use crate::server::ConnectionControl;

/// The header's name.
pub(crate) const HEADER: &str = "x-sandbox-fault";

/// The longest `delay` accepted.
const MAX_DELAY: Duration = Duration::from_secs(600);
/// The largest `huge` body.
pub(crate) const MAX_HUGE: usize = 64 * 1024 * 1024;

/// What the header asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Fault {
    /// Wait this long before answering.
    pub(crate) delay: Option<Duration>,
    /// Answer this way instead of normally.
    pub(crate) action: Option<Action>,
    /// Handle an API request as normal first (placing an order), then wait and answer with
    /// the fault.
    pub(crate) processed: bool,
}

/// An abnormal answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action {
    /// An error status with a body in the convention, maybe with `Retry-After`.
    Status {
        status: StatusCode,
        retry_after: Option<u64>,
    },
    /// Read the request, then close the connection without answering.
    Drop,
    /// Do what the request asks (place the order), then close the connection without sending
    /// the answer: the answer is lost on its way.
    Lose,
    /// Close the connection without answering as soon as the request's head is read, before
    /// its body is.
    DropEarly,
    /// 200 announcing the whole body's `Content-Length`, then half of the body, then the
    /// connection closes.
    ShortBody,
    /// 200 with truncated JSON.
    Malformed,
    /// 200 with well-formed JSON that is not the endpoint's answer.
    WrongShape,
    /// A 5xx (502 unless given) with a proxy's HTML page.
    Html(StatusCode),
    /// An error status with an empty body, as a proxy sends.
    Empty(StatusCode),
    /// 200 with a body of this many bytes.
    Huge(usize),
}

/// Reads the fault header; no header is no fault. `Err` says what is wrong with it.
pub(crate) fn parse(headers: &HeaderMap) -> Result<Fault, String> {
    let mut fault = Fault::default();
    let mut retry_after = None;
    for value in headers.get_all(HEADER) {
        let text = value
            .to_str()
            .map_err(|_| format!("the {HEADER} header must be ASCII text"))?;
        for directive in text.split(';').map(str::trim).filter(|d| !d.is_empty()) {
            let (key, argument) = match directive.split_once('=') {
                Some((key, argument)) => (key.trim().to_ascii_lowercase(), Some(argument.trim())),
                None => (directive.to_ascii_lowercase(), None),
            };
            let number = |what: &str| -> Result<u64, String> {
                argument
                    .and_then(|a| a.parse::<u64>().ok())
                    .ok_or_else(|| format!("`{key}` needs {what}, e.g. `{key}=1`"))
            };
            let action = match (key.as_str(), argument) {
                ("delay", _) => {
                    let delay = Duration::from_millis(number("a number of milliseconds")?);
                    if delay > MAX_DELAY || fault.delay.replace(delay).is_some() {
                        return Err("`delay` must appear once and be at most 600000 ms".to_string());
                    }
                    None
                }
                ("retry-after", _) => {
                    if retry_after
                        .replace(number("a number of seconds")?)
                        .is_some()
                    {
                        return Err("`retry-after` must appear once".to_string());
                    }
                    None
                }
                ("status", _) => {
                    let code = u16::try_from(number("an HTTP status")?).unwrap_or(0);
                    match StatusCode::from_u16(code) {
                        Ok(status) if (400..=599).contains(&code) => Some(Action::Status {
                            status,
                            retry_after: None,
                        }),
                        _ => {
                            return Err(
                                "`status` must be an HTTP status from 400 to 599".to_string()
                            );
                        }
                    }
                }
                ("huge", _) => {
                    let bytes = usize::try_from(number("a number of bytes")?).unwrap_or(usize::MAX);
                    if bytes > MAX_HUGE {
                        return Err(format!("`huge` must be at most {MAX_HUGE} bytes"));
                    }
                    Some(Action::Huge(bytes))
                }
                ("html", None) => Some(Action::Html(StatusCode::BAD_GATEWAY)),
                ("html", Some(_)) => Some(Action::Html(error_status(
                    number("an HTTP status")?,
                    500,
                    "`html` takes a status from 500 to 599, e.g. `html=504`",
                )?)),
                ("empty", _) => Some(Action::Empty(error_status(
                    number("an HTTP status")?,
                    400,
                    "`empty` takes a status from 400 to 599, e.g. `empty=502`",
                )?)),
                ("processed", None) => {
                    fault.processed = true;
                    None
                }
                ("drop", None) => Some(Action::Drop),
                ("lose", None) => Some(Action::Lose),
                ("drop-early", None) => Some(Action::DropEarly),
                ("short-body", None) => Some(Action::ShortBody),
                ("malformed", None) => Some(Action::Malformed),
                ("wrong-shape", None) => Some(Action::WrongShape),
                (
                    "drop" | "drop-early" | "lose" | "short-body" | "malformed" | "wrong-shape"
                    | "processed",
                    Some(_),
                ) => {
                    return Err(format!("`{key}` takes no value"));
                }
                _ => {
                    return Err(format!(
                        "unknown directive `{key}`: use delay=<ms>, status=<code>, retry-after=<s>, \
                         drop, drop-early, lose, short-body, malformed, wrong-shape, \
                         html[=<code>], empty=<code>, huge=<bytes> or processed"
                    ));
                }
            };
            if let Some(action) = action
                && fault.action.replace(action).is_some()
            {
                return Err(
                    "give at most one of status, drop, drop-early, lose, short-body, \
                            malformed, wrong-shape, html, empty and huge"
                        .to_string(),
                );
            }
        }
    }
    if fault.processed && fault.action == Some(Action::DropEarly) {
        return Err("`drop-early` drops the request before it can be processed".to_string());
    }
    if let Some(seconds) = retry_after {
        match &mut fault.action {
            Some(Action::Status { retry_after, .. }) => *retry_after = Some(seconds),
            _ => {
                return Err(
                    "`retry-after` goes with `status`, e.g. `status=503; retry-after=2`"
                        .to_string(),
                );
            }
        }
    }
    Ok(fault)
}

/// Faults injected at random into the API requests that carry no `x-sandbox-fault` header (the
/// token endpoint and the `/sandbox/` routes are spared), for soak tests: on average `percent`
/// of 100 requests get one, each chosen evenly among every fault the switch knows: the
/// connection dropped before and after the body is read, a 500 and a 503 in the Payway
/// convention, a 500 with an empty body, HTML 502 and 504, a timeout (a delay of
/// [`RandomFaults::timeout_delay`]), a body cut off, truncated JSON, a 429 with
/// `Retry-After: 1`, a 401. Not `wrong-shape`: an endpoint whose answer the docs do not show
/// takes any JSON as a success, so a client could not tell it from the real answer. The faults that leave a client in doubt (drop, cut-off and
/// undecodable bodies, 502/504, the empty 500, the timeout) are, one time in two, injected after
/// the request was processed (`processed`), so that an order may exist behind them; the others
/// never are, as their answers say the request was not processed.
#[derive(Debug)]
pub struct RandomFaults {
    percent: u8,
    timeout_delay: Duration,
    seed: u64,
    counter: AtomicU64,
}

impl Clone for RandomFaults {
    fn clone(&self) -> Self {
        RandomFaults {
            counter: AtomicU64::new(self.counter.load(Ordering::Relaxed)),
            ..*self
        }
    }
}

impl RandomFaults {
    /// Faults into `percent` of 100 requests (more than 100 counts as 100), with a timeout
    /// delay of 2 s and a random seed.
    pub fn new(percent: u8) -> Self {
        RandomFaults {
            percent: percent.min(100),
            timeout_delay: Duration::from_secs(2),
            seed: std::collections::hash_map::RandomState::new()
                .build_hasher()
                .finish(),
            counter: AtomicU64::new(0),
        }
    }

    /// How long the timeout fault waits before answering (at most 600 s): make it longer than
    /// the client's timeout.
    pub fn timeout_delay(mut self, delay: Duration) -> Self {
        self.timeout_delay = delay.min(MAX_DELAY);
        self
    }

    /// The seed of the choices, to repeat a run's sequence of faults (the order in which
    /// concurrent requests arrive still varies).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The fault of the next request, or none.
    pub(crate) fn pick(&self) -> Fault {
        let roll = splitmix(self.seed ^ self.counter.fetch_add(1, Ordering::Relaxed));
        if roll % 100 >= u64::from(self.percent) {
            return Fault::default();
        }
        let (choice, processed) = ((roll >> 8) % 13, (roll >> 16) & 1 == 1);
        let status = |code: u16| StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY);
        let (action, in_doubt) = match choice {
            0 => (Some(Action::DropEarly), false),
            1 => (Some(Action::Drop), true),
            2 => (
                Some(Action::Status {
                    status: status(500),
                    retry_after: None,
                }),
                false,
            ),
            3 => (
                Some(Action::Status {
                    status: status(503),
                    retry_after: None,
                }),
                false,
            ),
            4 => (Some(Action::Empty(status(500))), true),
            5 => (Some(Action::Html(status(502))), true),
            6 => (Some(Action::Html(status(504))), true),
            7 => (None, true),
            8 => (Some(Action::ShortBody), true),
            9 => (Some(Action::Malformed), true),
            10 | 11 => (
                Some(Action::Status {
                    status: status(429),
                    retry_after: Some(1),
                }),
                false,
            ),
            _ => (
                Some(Action::Status {
                    status: status(401),
                    retry_after: None,
                }),
                false,
            ),
        };
        Fault {
            delay: action.is_none().then_some(self.timeout_delay),
            action,
            processed: in_doubt && processed,
        }
    }
}

/// A well-mixed 64-bit value of `x` (splitmix64's finalizer).
fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// `code` as an error status from `lowest` to 599, or `refusal`.
fn error_status(code: u64, lowest: u16, refusal: &str) -> Result<StatusCode, String> {
    u16::try_from(code)
        .ok()
        .filter(|code| (lowest..=599).contains(code))
        .and_then(|code| StatusCode::from_u16(code).ok())
        .ok_or_else(|| refusal.to_string())
}

/// The answer to an unreadable fault header: 400 `invalid_fault`.
pub(crate) fn invalid(reason: String) -> Reply {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid_fault",
        format!("the {HEADER} header is invalid: {reason}"),
    )
    .into_reply()
}

/// The answer of `action` (all but `Drop`, `DropEarly` and `Lose`, which have none, and `ShortBody`,
/// which needs the connection: see [`short_body`]). `token` says whether the request
/// went to the token endpoint, whose errors follow OAuth; `sample` is the normal answer's
/// body, which `malformed` cuts short.
pub(crate) fn answer(action: &Action, token: bool, sample: impl FnOnce() -> Value) -> Reply {
    match action {
        Action::Status {
            status,
            retry_after,
        } => {
            let message = format!("HTTP {} injected by the {HEADER} header", status.as_u16());
            let mut reply = if token {
                let error = match status.as_u16() {
                    503 => "temporarily_unavailable",
                    500.. => "server_error",
                    401 => "invalid_client",
                    _ => "invalid_request",
                };
                reply::token_error(*status, error, message)
            } else {
                ApiError::new(*status, code_of(*status), message).into_reply()
            };
            if let Some(seconds) = retry_after {
                reply
                    .headers_mut()
                    .insert(RETRY_AFTER, HeaderValue::from(*seconds));
            }
            reply
        }
        Action::Malformed => {
            let text = serde_json::to_string(&sample()).unwrap_or_default();
            let mut cut = text.len() / 2;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            reply::raw(StatusCode::OK, "application/json", text[..cut].to_string())
        }
        Action::WrongShape => reply::raw(
            StatusCode::OK,
            "application/json",
            r#"{"item":{"unexpected":"shape"}}"#.to_string(),
        ),
        Action::Html(status) => {
            reply::raw(*status, "text/html; charset=utf-8", proxy_page(*status))
        }
        Action::Empty(status) => reply::raw(*status, "text/html", String::new()),
        Action::Huge(bytes) => reply::raw(StatusCode::OK, "application/json", huge_body(*bytes)),
        Action::Drop | Action::DropEarly | Action::Lose | Action::ShortBody => ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_server_error",
            "the fault needs the connection: it should have been handled with it",
        )
        .into_reply(),
    }
}

/// The `short-body` answer: 200 with the `Content-Length` of `sample` as JSON, half of its
/// bytes, then the connection closes (through `connection`) once they are on their way.
pub(crate) fn short_body(sample: &Value, connection: ConnectionControl) -> Reply {
    let text = serde_json::to_vec(sample).unwrap_or_default();
    let half = Bytes::copy_from_slice(text.get(..text.len() / 2).unwrap_or_default());
    let mut reply = Response::new(
        ShortBody {
            half: Some(half),
            connection: Some(connection),
        }
        .boxed(),
    );
    let headers = reply.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(text.len()));
    reply
}

/// A body that yields its bytes, then drops the connection and never ends. Ending it or
/// failing it instead would make hyper close the connection before writing the bytes out;
/// staying pending lets hyper flush them first.
struct ShortBody {
    half: Option<Bytes>,
    connection: Option<ConnectionControl>,
}

impl Body for ShortBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        if let Some(half) = this.half.take() {
            return Poll::Ready(Some(Ok(Frame::data(half))));
        }
        // The connection's task is woken by the drop request, not by this body.
        if let Some(connection) = this.connection.take() {
            connection.drop_connection();
        }
        Poll::Pending
    }
}

/// The code of an injected error status, after the codes Payway uses where it has one.
fn code_of(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "invalid_parameter",
        401 => "invalid_token",
        403 => "insufficient_scope",
        404 => "not_found",
        429 => "too_many_requests",
        503 => "service_unavailable",
        500 => "internal_server_error",
        _ => "sandbox_fault",
    }
}

/// `bytes` bytes of JSON (for 14 bytes and up): `{"padding":"xxx…"}`.
fn huge_body(bytes: usize) -> Vec<u8> {
    const OPEN: &[u8] = b"{\"padding\":\"";
    const CLOSE: &[u8] = b"\"}";
    if bytes < OPEN.len() + CLOSE.len() {
        return vec![b' '; bytes];
    }
    let mut body = Vec::with_capacity(bytes);
    body.extend_from_slice(OPEN);
    body.resize(bytes - CLOSE.len(), b'x');
    body.extend_from_slice(CLOSE);
    body
}

/// The error page nginx sends with `status`.
fn proxy_page(status: StatusCode) -> String {
    let title = format!(
        "{} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("Error")
    );
    format!(
        "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n\
         <center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<Fault, String> {
        let mut headers = HeaderMap::new();
        headers.insert(
            HEADER,
            HeaderValue::from_str(text).map_err(|e| e.to_string())?,
        );
        parse(&headers)
    }

    #[test]
    fn directives_parse() {
        assert_eq!(parse(&HeaderMap::new()), Ok(Fault::default()));
        assert_eq!(
            parse_text("delay=250").map(|f| f.delay),
            Ok(Some(Duration::from_millis(250)))
        );
        assert_eq!(
            parse_text("status=503; retry-after=2").map(|f| f.action),
            Ok(Some(Action::Status {
                status: StatusCode::SERVICE_UNAVAILABLE,
                retry_after: Some(2)
            }))
        );
        assert_eq!(
            parse_text(" DROP ;delay=1").map(|f| (f.action, f.delay)),
            Ok((Some(Action::Drop), Some(Duration::from_millis(1))))
        );
        assert_eq!(
            parse_text("huge=100").map(|f| f.action),
            Ok(Some(Action::Huge(100)))
        );
        assert_eq!(
            parse_text("drop-early").map(|f| f.action),
            Ok(Some(Action::DropEarly))
        );
        assert_eq!(parse_text("lose").map(|f| f.action), Ok(Some(Action::Lose)));
        assert_eq!(
            parse_text("short-body; delay=5").map(|f| f.action),
            Ok(Some(Action::ShortBody))
        );
        assert_eq!(
            parse_text("html").map(|f| f.action),
            Ok(Some(Action::Html(StatusCode::BAD_GATEWAY)))
        );
        assert_eq!(
            parse_text("html=504").map(|f| f.action),
            Ok(Some(Action::Html(StatusCode::GATEWAY_TIMEOUT)))
        );
        assert_eq!(
            parse_text("empty=502").map(|f| f.action),
            Ok(Some(Action::Empty(StatusCode::BAD_GATEWAY)))
        );
        assert_eq!(
            parse_text("wrong-shape").map(|f| f.action),
            Ok(Some(Action::WrongShape))
        );
    }

    #[test]
    fn processed_goes_with_any_fault_but_drop_early() {
        let fault = parse_text("processed; html=504").expect("valid");
        assert!(fault.processed);
        assert_eq!(
            fault.action,
            Some(Action::Html(StatusCode::GATEWAY_TIMEOUT))
        );
        assert!(parse_text("processed; drop-early").is_err());
        assert!(parse_text("processed=1").is_err());
    }

    #[test]
    fn random_faults_come_at_their_rate_and_cover_every_fault() {
        let random = RandomFaults::new(40)
            .seed(7)
            .timeout_delay(Duration::from_millis(1500));
        let picks: Vec<Fault> = (0..10_000).map(|_| random.pick()).collect();
        let faulty = picks.iter().filter(|f| **f != Fault::default()).count();
        assert!((3_500..4_500).contains(&faulty), "{faulty}");
        let seen = |wanted: &dyn Fn(&Fault) -> bool| picks.iter().any(wanted);
        for status in [401, 429, 500, 503] {
            assert!(seen(
                &|f| matches!(&f.action, Some(Action::Status { status: s, .. }) if s.as_u16() == status)
            ));
        }
        assert!(seen(
            &|f| f.action.is_none() && f.delay == Some(Duration::from_millis(1500))
        ));
        for action in [
            Action::Drop,
            Action::DropEarly,
            Action::ShortBody,
            Action::Malformed,
        ] {
            assert!(seen(&|f| f.action.as_ref() == Some(&action)), "{action:?}");
        }
        // In doubt after processing, sometimes; never a refusal after processing.
        assert!(seen(&|f| f.processed && f.action == Some(Action::Drop)));
        assert!(seen(&|f| !f.processed && f.action == Some(Action::Drop)));
        assert!(!seen(&|f| f.processed
            && matches!(
                &f.action,
                Some(Action::Status { .. } | Action::DropEarly)
            )));
        // The same seed, the same sequence.
        let again = RandomFaults::new(40)
            .seed(7)
            .timeout_delay(Duration::from_millis(1500));
        assert!(picks.iter().take(100).all(|f| *f == again.pick()));
    }

    #[test]
    fn bad_directives_are_refused() {
        for bad in [
            "status=200",
            "status=abc",
            "retry-after=2",
            "drop; html",
            "explode",
            "huge=999999999999",
            "delay=1; delay=2",
            "drop=1",
            "drop-early=1",
            "lose=1",
            "lose; drop",
            "short-body; drop",
            "html=404",
            "html=99999999999",
            "empty",
            "empty=200",
            "wrong-shape=1",
        ] {
            assert!(parse_text(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn huge_bodies_have_the_size_asked() {
        for size in [0, 5, 14, 15, 1000] {
            assert_eq!(huge_body(size).len(), size);
        }
        assert!(serde_json::from_slice::<Value>(&huge_body(1000)).is_ok());
    }
}
