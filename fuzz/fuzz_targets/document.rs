//! Byte-level: any text through `Case::from_json`. Refusals must be typed problems with paths;
//! whatever is accepted must survive every analysis and rendering (see check.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("check.rs");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Case::from_json(text) {
        Ok(case) => check_accepted(&case),
        Err(err) => {
            assert!(!err.problems.is_empty(), "a refusal with no problem");
            for p in &err.problems {
                assert!(p.path.is_empty() || p.path.starts_with('/'), "bad path {:?}", p.path);
            }
        }
    }
});
