//! payway-sandbox: see issue 3.
