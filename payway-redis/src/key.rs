//! Key names: an HMAC of what a token belongs to (client id, scopes, the customer), so that
//! listing the keys reveals no customer, no client and nothing to guess emails against.

use ring::hmac;

/// The two keys of one shared token: the record and its renewal lock.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    pub(crate) record: String,
    pub(crate) lock: String,
}

/// What a token belongs to; each kind is its own key space.
pub(crate) enum Owner<'a> {
    Application {
        client_id: &'a str,
        scopes: &'a [String],
    },
    Customer {
        client_id: &'a str,
        customer: &'a str,
    },
}

/// The slot of `owner` under `prefix`. Both keys share a hash tag (`{...}`), so a Redis Cluster
/// keeps them on one node and the scripts that touch both work there too.
pub(crate) fn slot(prefix: &str, naming: &hmac::Key, owner: &Owner<'_>) -> Slot {
    let mut context = hmac::Context::with_key(naming);
    // Each part with its length first, so that no two owners write the same bytes.
    let mut part = |bytes: &[u8]| {
        context.update(&(bytes.len() as u64).to_le_bytes());
        context.update(bytes);
    };
    match owner {
        Owner::Application { client_id, scopes } => {
            part(b"application");
            part(client_id.as_bytes());
            let mut sorted: Vec<&str> = scopes.iter().map(String::as_str).collect();
            sorted.sort_unstable();
            sorted.dedup();
            for scope in sorted {
                part(scope.as_bytes());
            }
        }
        Owner::Customer {
            client_id,
            customer,
        } => {
            part(b"customer");
            part(client_id.as_bytes());
            part(customer.as_bytes());
        }
    }
    let tag = hex(&context.sign().as_ref()[..16]);
    Slot {
        record: format!("{prefix}{{{tag}}}"),
        lock: format!("{prefix}{{{tag}}}:lock"),
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> hmac::Key {
        hmac::Key::new(hmac::HMAC_SHA256, b"naming secret")
    }

    #[test]
    fn keys_reveal_nothing_and_tell_owners_apart() {
        let customer = slot(
            "payway:token:",
            &key(),
            &Owner::Customer {
                client_id: "client",
                customer: "anna@example.com",
            },
        );
        assert!(customer.record.starts_with("payway:token:{"));
        assert_eq!(customer.lock, format!("{}:lock", customer.record));
        for hidden in ["anna", "example", "client"] {
            assert!(!customer.record.contains(hidden), "{}", customer.record);
        }
        let other = slot(
            "payway:token:",
            &key(),
            &Owner::Customer {
                client_id: "client",
                customer: "bo@example.com",
            },
        );
        assert_ne!(customer.record, other.record);
        // Another naming secret, other keys: without it the names cannot be checked against guesses.
        let elsewhere = slot(
            "payway:token:",
            &hmac::Key::new(hmac::HMAC_SHA256, b"another"),
            &Owner::Customer {
                client_id: "client",
                customer: "anna@example.com",
            },
        );
        assert_ne!(customer.record, elsewhere.record);
    }

    #[test]
    fn scope_order_does_not_matter_but_the_set_does() {
        let app = |scopes: &[&str]| {
            let scopes: Vec<String> = scopes.iter().map(|s| s.to_string()).collect();
            slot(
                "p:",
                &key(),
                &Owner::Application {
                    client_id: "client",
                    scopes: &scopes,
                },
            )
            .record
        };
        assert_eq!(app(&["/a", "/b"]), app(&["/b", "/a", "/a"]));
        assert_ne!(app(&["/a"]), app(&["/a", "/b"]));
        // Parts are length-prefixed: moving a boundary changes the key.
        assert_ne!(app(&["/a/b"]), app(&["/a", "/b"]));
    }
}
