//! Constructors and `with_*` setters for the exchange's records (`#[non_exhaustive]`): a user
//! who builds a codebook, a mapping or a project to write builds them with `new` (the required
//! fields) and these, so adding a field later breaks no one. Written by the same
//! `builders!` macro as the case document's records.

use super::codebook::{Code, CodeSet, Codebook, Rgb};
use super::guid::Guid;
use super::mapping::{Element, Link, Mapping};
use super::project::{
    Case, Coding, Note, Project, ProjectSet, Selection, Stamp, TextSource, User, Variable,
    VariableKind, VariableValue,
};
use crate::model::builders::builders;

builders! {
    Code {
        new(guid: Guid, name: impl Into<String>) { guid, name: name.into() }
        fn with_codable => set codable: bool = true;
        fn with_color => some color: Rgb;
        fn with_description => some_into description: String;
        fn with_children => extend children: Code;
        fn with_notes => extend notes: Guid;
    }
    CodeSet {
        new(guid: Guid, name: impl Into<String>) { guid, name: name.into() }
        fn with_description => some_into description: String;
        fn with_members => extend members: Guid;
    }
    Codebook {
        fn with_origin => some_into origin: String;
        fn with_codes => extend codes: Code;
        fn with_sets => extend sets: CodeSet;
    }
    Link {
        new(code: impl Into<String>, element: Element) { code: code.into(), element }
    }
    Mapping {
        fn with_role_variable => some_into role_variable: String;
        fn with_site_variable => some_into site_variable: String;
        fn with_links => extend links: Link;
    }
    Stamp {
        fn with_creating_user => some creating_user: Guid;
        fn with_created => some_into created: String;
        fn with_modifying_user => some modifying_user: Guid;
        fn with_modified => some_into modified: String;
    }
    User {
        new(guid: Guid) { guid }
        fn with_name => some_into name: String;
        fn with_id => some_into id: String;
    }
    Variable {
        new(guid: Guid, name: impl Into<String>, kind: VariableKind) {
            guid, name: name.into(), kind
        }
        fn with_description => some_into description: String;
    }
    VariableValue {
        new(variable: Guid, value: impl Into<String>) { variable, value: value.into() }
    }
    Case {
        new(guid: Guid) { guid }
        fn with_name => some_into name: String;
        fn with_description => some_into description: String;
        fn with_codes => extend codes: Guid;
        fn with_values => extend values: VariableValue;
        fn with_sources => extend sources: Guid;
        fn with_selections => extend selections: Guid;
    }
    Coding {
        new(guid: Guid, code: Guid) { guid, code }
        fn with_stamp => set stamp: Stamp;
        fn with_notes => extend notes: Guid;
    }
    Selection {
        new(guid: Guid, start: usize, end: usize) { guid, start, end }
        fn with_name => some_into name: String;
        fn with_description => some_into description: String;
        fn with_stamp => set stamp: Stamp;
        fn with_codings => extend codings: Coding;
        fn with_notes => extend notes: Guid;
    }
    TextSource {
        new(guid: Guid, text: impl Into<String>) { guid, text: text.into() }
        fn with_name => some_into name: String;
        fn with_description => some_into description: String;
        fn with_stamp => set stamp: Stamp;
        fn with_selections => extend selections: Selection;
        fn with_codings => extend codings: Coding;
        fn with_notes => extend notes: Guid;
        fn with_values => extend values: VariableValue;
    }
    Note {
        new(guid: Guid, text: impl Into<String>) { guid, text: text.into() }
        fn with_name => some_into name: String;
        fn with_description => some_into description: String;
        fn with_stamp => set stamp: Stamp;
    }
    ProjectSet {
        new(guid: Guid, name: impl Into<String>) { guid, name: name.into() }
        fn with_description => some_into description: String;
        fn with_codes => extend codes: Guid;
        fn with_sources => extend sources: Guid;
        fn with_notes => extend notes: Guid;
    }
    Project {
        new(name: impl Into<String>) { name: name.into() }
        fn with_origin => some_into origin: String;
        fn with_stamp => set stamp: Stamp;
        fn with_description => some_into description: String;
        fn with_users => extend users: User;
        fn with_codes => extend codes: Code;
        fn with_variables => extend variables: Variable;
        fn with_cases => extend cases: Case;
        fn with_sources => extend sources: TextSource;
        fn with_notes => extend notes: Note;
        fn with_sets => extend sets: ProjectSet;
        fn with_project_notes => extend project_notes: Guid;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A project built with the constructors equals the same project written as a literal,
    /// so no field is left out or set to something else than asked.
    #[test]
    fn constructors_set_what_they_are_given() {
        let (u, c, s) = (Guid::stable("u"), Guid::stable("c"), Guid::stable("s"));
        let stamp = Stamp::default()
            .with_creating_user(u)
            .with_created("2024-01-02T03:04:05Z");
        let built = Project::new("P")
            .with_origin("berdaya")
            .with_users([User::new(u).with_name("Ani")])
            .with_codes([Code::new(c, "dana").with_codable(false)])
            .with_sources([TextSource::new(s, "teks").with_selections([Selection::new(
                Guid::stable("sel"),
                0,
                4,
            )
            .with_stamp(stamp.clone())
            .with_codings([Coding::new(Guid::stable("cod"), c)])])]);
        let literal = Project {
            name: "P".into(),
            origin: Some("berdaya".into()),
            users: vec![User {
                guid: u,
                name: Some("Ani".into()),
                id: None,
            }],
            codes: vec![Code {
                guid: c,
                name: "dana".into(),
                codable: false,
                color: None,
                description: None,
                children: Vec::new(),
                notes: Vec::new(),
            }],
            sources: vec![TextSource {
                guid: s,
                name: None,
                description: None,
                text: "teks".into(),
                stamp: Stamp::default(),
                selections: vec![Selection {
                    guid: Guid::stable("sel"),
                    name: None,
                    start: 0,
                    end: 4,
                    description: None,
                    stamp: Stamp {
                        creating_user: Some(u),
                        created: Some("2024-01-02T03:04:05Z".into()),
                        modifying_user: None,
                        modified: None,
                    },
                    codings: vec![Coding {
                        guid: Guid::stable("cod"),
                        code: c,
                        stamp: Stamp::default(),
                        notes: Vec::new(),
                    }],
                    notes: Vec::new(),
                }],
                codings: Vec::new(),
                notes: Vec::new(),
                values: Vec::new(),
            }],
            ..Project::default()
        };
        assert_eq!(built, literal);
        // A code is codable unless said otherwise, as the reader takes a code without `isCodable`.
        assert!(Code::new(c, "x").codable);
    }
}
