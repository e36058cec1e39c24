//! `payment_periods` without its required query parameter `code` does not compile.

use payway_client::{Client, Environment, StaticToken};

async fn call() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::application("token"));
    let _ = client.klarna_payments().v2().payment_periods().send().await;
}

fn main() {
    drop(call());
}
