//! The formulas of a letter: the salutation that opens it and the sign-off that closes it
//! (folded, matched at the start of a line). Above the salutation stand the sender's letterhead
//! and the addressee's block; below the sign-off the signer's name and post. Neither names the
//! job the letter offers.

/// Openings of a letter ("Dear Hiring Manager,", "Hörmətli Rəşad müəllim,", "Уважаемые
/// коллеги!", "Здравствуйте!").
pub const SALUTATIONS: &[&str] = &[
    "dear ",
    "greetings",
    "hello",
    "hormetli",
    "to whom it may concern",
    "добрый день",
    "здравствуйте",
    "уважаемая",
    "уважаемые",
    "уважаемый",
];

/// Closings of a letter, after which the signer's name and post follow.
pub const SIGN_OFFS: &[&str] = &[
    "best regards",
    "best wishes",
    "hormetle",
    "kind regards",
    "regards",
    "respectfully",
    "sincerely",
    "warm regards",
    "with best regards",
    "with best wishes",
    "with kind regards",
    "yours faithfully",
    "yours sincerely",
    "yours truly",
    "с наилучшими пожеланиями",
    "с уважением",
];
