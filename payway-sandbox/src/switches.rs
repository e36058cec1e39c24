//! Fault switches: a fault switched on for a path answers every request to it that carries no
//! `x-sandbox-fault` header of its own, until it is switched off. They let a person (on the
//! sandbox's page) or a test make a client that sends no fault header misbehave: a publisher's
//! site in a browser, say. A switch takes the header's directives (`fault.rs`).

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

use http::{HeaderMap, HeaderValue};

use crate::fault::{self, Fault};

/// The faults switched on, by path.
#[derive(Debug, Default)]
pub(crate) struct Switches {
    on: Mutex<BTreeMap<String, (String, Fault)>>,
}

impl Switches {
    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, (String, Fault)>> {
        self.on
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Switches `directive` on for `path` (replacing what was on), or off when it is blank.
    /// `Err` says why the directive is unreadable.
    pub(crate) fn set(&self, path: &str, directive: &str) -> Result<(), String> {
        let directive = directive.trim();
        if directive.is_empty() {
            self.lock().remove(path);
            return Ok(());
        }
        let fault = read(directive)?;
        self.lock()
            .insert(path.to_string(), (directive.to_string(), fault));
        Ok(())
    }

    /// The fault switched on for `path`, with its directive.
    pub(crate) fn get(&self, path: &str) -> Option<(String, Fault)> {
        self.lock().get(path).cloned()
    }

    /// Every switch that is on: (path, directive).
    pub(crate) fn list(&self) -> Vec<(String, String)> {
        self.lock()
            .iter()
            .map(|(path, (directive, _))| (path.clone(), directive.clone()))
            .collect()
    }
}

/// A directive read as the header would be.
fn read(directive: &str) -> Result<Fault, String> {
    let value = HeaderValue::from_str(directive)
        .map_err(|_| "a fault directive must be ASCII text".to_string())?;
    let mut headers = HeaderMap::new();
    headers.insert(fault::HEADER, value);
    fault::parse(&headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switches_go_on_and_off() {
        let switches = Switches::default();
        assert!(switches.set("/a", "lose").is_ok());
        assert!(switches.set("/b", "status=503").is_ok());
        assert!(switches.set("/c", "explode").is_err());
        assert_eq!(switches.get("/a").map(|(d, _)| d).as_deref(), Some("lose"));
        assert_eq!(switches.list().len(), 2);
        assert!(switches.set("/a", " ").is_ok());
        assert!(switches.get("/a").is_none());
        assert!(switches.get("/c").is_none());
    }
}
