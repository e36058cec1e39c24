//! A client without `with_auth(...)` cannot start a request.

use payway_client::{Client, Environment};

fn main() {
    let client = Client::new(Environment::Stage).unwrap();
    let _request = client.klarna_payments().v2().place_trial_order();
}
