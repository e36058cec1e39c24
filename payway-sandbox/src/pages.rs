//! The HTML the providers show a browser: the login forms and error pages. Every value put in
//! a page is escaped.

use axum::http::StatusCode;
use axum::http::header::{HeaderValue, LOCATION, SET_COOKIE};

use crate::reply::{self, Reply};

/// `text` with HTML's special characters escaped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A page with `title` and `body` (already HTML).
fn page(status: StatusCode, title: &str, body: &str) -> Reply {
    let html = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><h1>{title}</h1>\n{body}\n</body></html>\n",
        title = escape(title)
    );
    let mut reply = reply::raw(status, "text/html; charset=utf-8", html);
    reply
        .headers_mut()
        .insert("cache-control", HeaderValue::from_static("no-store"));
    reply
}

/// An error page, for what cannot be sent back to the site (an unknown client, a redirect URI
/// that is not registered).
pub(crate) fn error(status: StatusCode, message: &str) -> Reply {
    page(
        status,
        "Payway sandbox: cannot log in",
        &format!("<p>{}</p>", escape(message)),
    )
}

/// A page saying `message`.
pub(crate) fn message(title: &str, message: &str) -> Reply {
    page(
        StatusCode::OK,
        title,
        &format!("<p>{}</p>", escape(message)),
    )
}

/// A login form posting `email` and `password`, with `hidden` fields, to `action`; `problem`
/// is shown above it (a wrong password, say).
pub(crate) fn login_form(action: &str, hidden: &[(&str, &str)], problem: Option<&str>) -> Reply {
    let mut body = String::new();
    if let Some(problem) = problem {
        body.push_str(&format!("<p role=\"alert\">{}</p>\n", escape(problem)));
    }
    body.push_str(&format!(
        "<form method=\"post\" action=\"{}\">\n",
        escape(action)
    ));
    for (name, value) in hidden {
        body.push_str(&format!(
            "<input type=\"hidden\" name=\"{}\" value=\"{}\">\n",
            escape(name),
            escape(value)
        ));
    }
    body.push_str(
        "<label>Email <input type=\"email\" name=\"email\" autocomplete=\"username\" required></label>\n\
         <label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label>\n\
         <button type=\"submit\">Log in</button>\n</form>",
    );
    let status = if problem.is_some() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::OK
    };
    page(status, "Log in to the Payway sandbox", &body)
}

/// A redirect (`303 See Other`: the browser follows with a GET) to `location`.
pub(crate) fn redirect(location: &str) -> Reply {
    let mut reply = reply::raw(StatusCode::SEE_OTHER, "text/plain; charset=utf-8", "");
    match HeaderValue::from_str(location) {
        Ok(value) => {
            reply.headers_mut().insert(LOCATION, value);
            reply
        }
        Err(_) => error(
            StatusCode::BAD_REQUEST,
            "the redirect address is not a valid header value",
        ),
    }
}

/// `reply` setting the cookie `name=value` for `path`, HTTP only.
pub(crate) fn with_cookie(mut reply: Reply, name: &str, value: &str, path: &str) -> Reply {
    if let Ok(cookie) = HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Lax"
    )) {
        reply.headers_mut().append(SET_COOKIE, cookie);
    }
    reply
}

/// `url` with `params` added to its query string.
pub(crate) fn with_query(url: &str, params: &[(&str, &str)]) -> String {
    // A fragment never goes to a server: drop it rather than put the query after it.
    let base = url.split_once('#').map_or(url, |(base, _)| base);
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in params {
        query.append_pair(name, value);
    }
    let separator = if base.contains('?') { '&' } else { '?' };
    format!("{base}{separator}{}", query.finish())
}

/// Whether `url` is an absolute `http` or `https` address with a host and no fragment.
pub(crate) fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && !url.contains('#')
            && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_escape_what_they_show() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn query_parameters_are_added_encoded() {
        assert_eq!(
            with_query(
                "https://shop.example/cb?x=1",
                &[("code", "a b"), ("state", "&")]
            ),
            "https://shop.example/cb?x=1&code=a+b&state=%26"
        );
        assert_eq!(with_query("http://h/cb", &[("a", "1")]), "http://h/cb?a=1");
    }

    #[test]
    fn only_web_addresses_are_redirect_targets() {
        assert!(is_web_address("http://127.0.0.1:8080/callback"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https:///nohost"));
        assert!(!is_web_address("https://h/cb#frag"));
    }
}
