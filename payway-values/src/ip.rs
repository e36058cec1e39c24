//! IP addresses.

use std::net::IpAddr;

use crate::InvalidValue;

/// Parses an IPv4 or IPv6 address (`81.208.13.50`, `2001:db8::1`).
pub fn ip_address(text: &str) -> Result<IpAddr, InvalidValue> {
    text.parse()
        .map_err(|_| InvalidValue::new("must be an IPv4 or IPv6 address, e.g. 81.208.13.50"))
}

#[cfg(test)]
mod tests {
    use super::ip_address;

    #[test]
    fn both_families_and_nothing_else() {
        assert!(ip_address("81.208.13.50").is_ok());
        assert!(ip_address("2001:db8::1").is_ok());
        for bad in [
            "",
            "81.208.13",
            "81.208.13.256",
            "localhost",
            " 81.208.13.50",
        ] {
            assert!(ip_address(bad).is_err(), "{bad}");
        }
    }
}
