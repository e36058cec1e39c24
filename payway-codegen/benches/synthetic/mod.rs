//! Synthetic specs for measuring the generator: `n` endpoints shaped like `place_trial_order`
//! (a nested object, an enum, a pattern-checked string, a boolean flag with a default, and a
//! 5-field response). Shared by the `generate` benchmark and the `synthetic_spec` example that
//! `scripts/expansion-report.sh` uses, so both measure the same input.

use std::fmt::Write;

/// A valid spec with `n` endpoints in 10 sections.
pub fn spec(n: usize) -> String {
    let mut out = String::from(
        "api:\n  name: Synthetic\nenvironments:\n  local:\n    base_url: http://127.0.0.1:9\n\
         token_endpoint:\n  path: /api/authorization/access_token\n  grant_types:\n    none: An application token.\n\
         sections:\n",
    );
    let sections = n.div_ceil(100).max(1);
    for section in 0..sections {
        let _ = writeln!(out, "  section_{section}:\n    endpoints:");
        for index in (section * 100)..n.min((section + 1) * 100) {
            endpoint(&mut out, section, index);
        }
    }
    out
}

fn endpoint(out: &mut String, section: usize, index: usize) {
    let _ = write!(
        out,
        r#"      - action: place_order_{index}
        version: 2
        method: POST
        path: /external/api/v2/section_{section}/place_order_{index}
        summary: Place order {index}.
        scope: /external/section_{section}/w
        identity: false
        retry_safe: false
        body:
          customer_info:
            type: object
            required: true
            fields:
              email:
                type: email
                required: true
              first_name:
                type: string
              mobile_phone_number:
                type: string
                sensitive: true
          session_id:
            type: string
            required: true
          browser_ip:
            type: ip_address
            required: true
          period_type:
            type: enum
            values: [limited, recurring]
            required: true
          paywall_id:
            type: string
            max_length: 24
            pattern: '(?i)^[a-f\d]{{24}}$'
          raise_on_error:
            type: boolean
            default: false
        response:
          envelope: item
          fields:
            redirect_url:
              type: url
            order_id:
              type: string
            account_id:
              type: string
            account_status:
              type: enum
              values: [known, created]
            amount:
              type: integer
"#
    );
}
