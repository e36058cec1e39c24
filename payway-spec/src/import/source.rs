//! Where a page comes from (a file, standard input, an https address) and which reader fits it.

use std::io::Read;
use std::path::Path;

use super::page::Page;
use super::{fetch, html, text};

/// A page as given on the command line, read into the page model.
#[derive(Debug)]
pub struct Source {
    /// The page's address when it was fetched (becomes the endpoint's `docs`).
    pub address: Option<String>,
    /// The page.
    pub page: Page,
}

/// Reads `page` (a path, `-` for standard input, or an `https://` address).
pub fn read(page: &str, extra_root: Option<&Path>) -> Result<Source, String> {
    if page.starts_with("https://") || page.starts_with("http://") {
        let fetched = fetch::get(page, extra_root)?;
        return Ok(Source {
            address: Some(page.to_string()),
            page: parse_fetched(&fetched)?,
        });
    }
    let content = if page == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        bytes
    } else {
        std::fs::read(page).map_err(|e| format!("cannot read the file: {e}"))?
    };
    Ok(Source {
        address: None,
        page: parse(&utf8(content)?)?,
    })
}

fn utf8(content: Vec<u8>) -> Result<String, String> {
    String::from_utf8(content)
        .map_err(|_| "the page is not UTF-8 text (is it a docs page?)".to_string())
}

/// Reads a fetched page as its `Content-Type` says: HTML, or text in one of the text layouts.
pub fn parse_fetched(fetched: &fetch::Fetched) -> Result<Page, String> {
    let text = utf8(fetched.body.clone())?;
    if fetched.is_html() {
        if text.trim().is_empty() {
            return Err("the page is empty".to_string());
        }
        parse_html(&text)
    } else {
        parse_text(&text)
    }
}

/// Reads page text in whichever form it is: HTML, or text copied in one of the layouts.
pub fn parse(text: &str) -> Result<Page, String> {
    if html::looks_like_html(text) {
        parse_html(text)
    } else {
        parse_text(text)
    }
}

fn parse_html(text: &str) -> Result<Page, String> {
    let page = html::read(text);
    if page.has_endpoint_parts() {
        Ok(page)
    } else {
        Err(
            "this HTML page is not a Payway docs page: it has no URI, Requirements, Parameters \
             or Response headings"
                .to_string(),
        )
    }
}

fn parse_text(text: &str) -> Result<Page, String> {
    if text.trim().is_empty() {
        return Err("the page is empty".to_string());
    }
    // Browsers copy some spaces as non-breaking ones; the layouts are read the same either way.
    let text = text.replace('\u{a0}', " ");
    match text::layout(&text) {
        Some(layout) => Ok(text::read(&text, layout)),
        None => Err(
            "this is not a Payway docs page: expected the text copied from the page (starting \
             with \"Skip to content\", with headings marked `¶`, or with one table cell per \
             line), its saved HTML, or its https:// address"
                .to_string(),
        ),
    }
}
