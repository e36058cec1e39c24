//! `create_session` without its required parameter `period_type` does not compile.

use payway_client::{Client, Environment, StaticToken};

async fn call() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(StaticToken::with_identity("token"));
    let _ = client
        .klarna_payments()
        .v1()
        .create_session()
        .code("adeprimo_digital")
        // `.period_type(...)` left out
        .confirmation_url("https://example.com/thanks")
        .send()
        .await;
}

fn main() {
    drop(call());
}
