//! An endpoint's path template filled with its path parameters: each value percent-encoded as
//! one segment, so no value can add a segment, a query or a fragment to the request.

use serde_json::Value;

use crate::private::Problems;

/// `template` with each `{name}` replaced by the encoded value of `name` in `values` (the path
/// struct as JSON). A value that cannot be one segment (empty, `.` or `..`, which URL parsers
/// read as a dot segment even encoded) is recorded in `problems` and left out.
pub(crate) fn fill(template: &str, values: &Value, problems: &mut Problems) -> String {
    let mut path = String::with_capacity(template.len() + 16);
    for (i, segment) in template.split('/').enumerate() {
        if i > 0 {
            path.push('/');
        }
        let Some(name) = segment
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
        else {
            path.push_str(segment);
            continue;
        };
        let text = match values.get(name) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(number)) => number.to_string(),
            // Required by the typestate, so always set; an unset one is reported, not sent.
            _ => String::new(),
        };
        if matches!(text.as_str(), "" | "." | "..") {
            problems.reject(
                name.to_string(),
                "cannot be a path segment: it must not be empty, `.` or `..`",
            );
            continue;
        }
        encode_segment(&text, &mut path);
    }
    path
}

/// Appends `text` to `out` with every byte but the unreserved ones (RFC 3986: letters, digits,
/// `-`, `.`, `_`, `~`) percent-encoded.
fn encode_segment(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_become_one_encoded_segment_each() {
        let mut problems = Problems::default();
        let filled = fill(
            "/external/api/v1/userproducts/{account_id}/x/{n}/",
            &json!({"account_id": "a/b?c#d é%", "n": 42}),
            &mut problems,
        );
        assert_eq!(
            filled,
            "/external/api/v1/userproducts/a%2Fb%3Fc%23d%20%C3%A9%25/x/42/"
        );
        assert!(problems.into_result("x").is_ok());
    }

    #[test]
    fn dot_segments_and_empty_values_are_refused() {
        for bad in ["", ".", ".."] {
            let mut problems = Problems::default();
            fill("/a/{id}", &json!({ "id": bad }), &mut problems);
            let Err(crate::Error::InvalidRequest(request)) = problems.into_result("x") else {
                panic!("{bad:?} accepted");
            };
            assert_eq!(request.problems()[0].parameter(), "id");
        }
    }
}
