//! `create_session` with none of its required parameters set: every missing one is named.

use payway_client::{Client, Environment, StaticToken};

async fn call() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::with_identity("token"));
    let _ = client
        .klarna_payments()
        .v1()
        .create_session()
        .start_date("2030-01-01")
        .send()
        .await;
}

fn main() {
    drop(call());
}
