//! Reading an answer: the envelope's data for a success, else the Payway error convention
//! (`{"message", "code", "field", ...}`), with sensitive values masked in whatever is kept.

use crate::error::{ApiError, DecodeError, Error, ErrorCode};
use crate::private::Envelope;
use crate::redact::Redactor;

/// The decoding `send()` does (`decode` in this file) with nothing to mask, for the fuzz test
/// and the benchmark.
pub fn decode_response<E: Envelope>(
    endpoint: &'static str,
    status: u16,
    body: &[u8],
) -> Result<E::Output, Error> {
    decode::<E>(endpoint, status, body, Redactor::default)
}

/// Decodes an answer of `endpoint`: the envelope's data for a success, else the Payway error
/// (or a decode error when the body is not in that convention), masking what `redactor` names
/// in errors. The redactor is made only for an error: a success has nothing to mask, and making
/// one reads the request's values back from its JSON. Never panics, whatever the bytes.
pub(crate) fn decode<E: Envelope>(
    endpoint: &'static str,
    status: u16,
    body: &[u8],
    redactor: impl FnOnce() -> Redactor,
) -> Result<E::Output, Error> {
    if (200..300).contains(&status) {
        let envelope = E::decode(body).map_err(|e| {
            Error::Decode(DecodeError::redacted(
                endpoint,
                status,
                &e.to_string(),
                body,
                &redactor(),
            ))
        })?;
        Ok(envelope.open())
    } else {
        Err(api_error(endpoint, status, body, &redactor()))
    }
}

/// An error answer in the Payway convention, or a decode error when the body does not follow it
/// (a proxy's HTML page, say).
fn api_error(endpoint: &'static str, status: u16, body: &[u8], redactor: &Redactor) -> Error {
    let not_convention = |reason: &str| {
        Error::Decode(DecodeError::redacted(
            endpoint, status, reason, body, redactor,
        ))
    };
    let parsed: Option<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(body).ok();
    let Some(mut fields) = parsed else {
        return not_convention(
            "the error response is not a JSON object in the Payway error convention",
        );
    };
    let mut text = |key: &str| match fields.remove(key) {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(other) => {
            fields.insert(key.to_string(), other);
            None
        }
        None => None,
    };
    let message = text("message");
    let code = text("code").map(|c| ErrorCode::from_wire(&c));
    let field = text("field");
    if message.is_none() && code.is_none() {
        return not_convention("the error response has neither `message` nor `code`");
    }
    let mut details = serde_json::Value::Object(fields);
    redactor.value(&mut details);
    let mut error = ApiError::new(
        endpoint,
        status,
        redactor.text(&message.unwrap_or_default()),
    );
    if let Some(code) = code {
        error = error.with_code(code);
    }
    if let Some(field) = field {
        error = error.with_field(field);
    }
    if let serde_json::Value::Object(details) = details {
        error = error.with_details(details);
    }
    Error::Api(error)
}
