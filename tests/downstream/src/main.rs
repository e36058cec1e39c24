//! A user's program beside payway-client: it builds reqwest clients of its own and one through
//! `ClientConfig::http_client`, and calls a loopback server through each. None may panic.
//!
//! `payway-downstream` (no argument): the payway client first, then the program's own clients.
//! `payway-downstream own-client-first`: the program's own client first, after
//! `payway_client::install_tls_provider()`, as README says.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use payway_client::{Client, ClientConfig, Environment, StaticToken};

/// Two payment periods, in the documented `items` envelope.
const PERIODS: &str = r#"{"items":[{"id":"5e4bbd0e09c04c1f6498c57f","payment_method":"klarna_payments","type":"recurring","enabled":true,"iteration_type":"month","iteration_length":1,"price":210}]}"#;

/// A loopback HTTP server answering every request with [`PERIODS`], one connection at a time,
/// for as long as the program runs. Its base URL.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("its address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            // The request's head; the requests here have no body.
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let answer = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                 connection: close\r\n\r\n{PERIODS}",
                PERIODS.len()
            );
            let _ = (&stream).write_all(answer.as_bytes());
        }
    });
    url
}

/// A GET through `http` answers 200.
async fn plain_get(http: &reqwest::Client, url: &str) {
    let response = http.get(url).send().await.expect("a plain GET");
    assert_eq!(response.status().as_u16(), 200);
}

/// A payway call through `client` reads the periods.
async fn payway_call(client: &Client<StaticToken<payway_client::NoIdentity>>) {
    let periods = client
        .klarna_payments()
        .v2()
        .payment_periods()
        .code("DOWNSTREAM")
        .send()
        .await
        .expect("payment periods");
    assert_eq!(periods.len(), 1);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let url = serve();
    let own_first = std::env::args().nth(1).as_deref() == Some("own-client-first");
    if own_first {
        payway_client::install_tls_provider();
        let own = reqwest::Client::new();
        plain_get(&own, &url).await;
    }
    // README's way to bring your own reqwest client.
    let environment = Environment::custom(&url).expect("base URL");
    let config = ClientConfig::default().http_client(reqwest::Client::builder);
    let client = Client::with_config(environment, config)
        .expect("a client on the caller's builder")
        .with_auth(StaticToken::application("downstream-token"));
    payway_call(&client).await;
    // And the client with the settings of its own.
    let default = Client::new(Environment::custom(&url).expect("base URL"))
        .expect("a client")
        .with_auth(StaticToken::application("downstream-token"));
    payway_call(&default).await;
    // The program's own clients, built after payway's: plain, and one that insists on TLS.
    plain_get(&reqwest::Client::new(), &url).await;
    reqwest::Client::builder()
        .https_only(true)
        .build()
        .expect("an https-only client");
    println!(
        "downstream: no TLS panic ({})",
        if own_first { "own client first" } else { "payway client first" }
    );
}
