//! `place_trial_order` without its required parameter `customer_info` does not compile.

use payway_client::{ApplicationAuth, Client, Credentials, Environment, scopes};

async fn call() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(ApplicationAuth::new(
            Credentials::new("client-id", "client-secret"),
            [scopes::KLARNA_PAYMENTS_W],
        ));
    let _ = client
        .klarna_payments()
        .v2()
        .place_trial_order()
        // `.customer_info(...)` left out
        .klarna_authorization_token("token from the Klarna widget")
        .klarna_payments_session_id("id from create_session")
        .browser_ip("81.208.13.50")
        .browser_language("sv-SE")
        .browser_user_agent("Mozilla/5.0")
        .send()
        .await;
}

fn main() {
    drop(call());
}
