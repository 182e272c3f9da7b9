//! Every error type serialises as `{ "code", "message" }`: the code its typed API gives and
//! its message, so a service can answer with any of them as JSON.

use berdaya::exchange::Codebook;
use berdaya::model::records::adi::{AdiProcess, AdiStage, StageStatus};
use berdaya::screening::eligibility::Rule;
use serde_json::{json, Value};

fn as_json(e: &impl serde::Serialize) -> Value {
    serde_json::to_value(e).expect("an error serialises")
}

#[test]
fn errors_serialise_with_their_code_and_message() {
    let case = berdaya::cases::template("no-such-programme").unwrap_err();
    assert_eq!(
        as_json(&case),
        json!({"code": "unknown_template", "message": case.to_string()})
    );

    let rule = Rule::all_of(Vec::new()).unwrap_err();
    assert_eq!(as_json(&rule)["code"], rule.code());
    assert!(as_json(&rule)["message"]
        .as_str()
        .unwrap()
        .contains("at least one"));

    let mut adi = AdiProcess::new("rw-01");
    let out_of_order = adi
        .transition(AdiStage::Termination, StageStatus::InProgress)
        .unwrap_err();
    assert_eq!(as_json(&out_of_order)["code"], "stages_in_order");

    let xml = Codebook::from_qdc("not xml at all").unwrap_err();
    let v = as_json(&xml);
    assert_eq!(v["code"], xml.kind());
    assert_eq!(v["message"], xml.to_string());
    assert_eq!(
        v.as_object().unwrap().len(),
        2,
        "only code and message: {v}"
    );
}
