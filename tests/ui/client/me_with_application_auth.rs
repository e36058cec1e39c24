//! The Me section's endpoints need a token bound to a logged-in customer: an application token
//! cannot call them.

use payway_client::{ApplicationAuth, Client, Credentials, Environment, scopes};

fn main() {
    let client = Client::new(Environment::Stage)
        .unwrap()
        .with_auth(ApplicationAuth::new(
            Credentials::new("client-id", "client-secret"),
            [scopes::ME_W],
        ));
    let _request = client.me().v1().active_products();
}
