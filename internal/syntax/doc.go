// Package syntax reads the shallow syntax of an article once, for every
// analyser: typed items (one per token, with the traits the rules ask
// about), verb groups with their lemma, tense, modal and negation, the
// clause each verb group governs, and the noun phrases that are its
// subject and object.
//
// It is modelled on text/template/parse: Parse lexes the article once
// into items that every later stage consumes, and the phrase readers
// (PhraseLeft, PhraseRight, Head) are small functions over those items.
// It reads prose's part-of-speech tags only, never actors: where an
// analyser's choice depends on the actors named (which of two phrases
// parted by an apposition is the subject), Parse records the candidates
// and the analyser chooses.
//
// Noun phrases are read two ways, as the analysers read them before
// they moved here: PhraseLeft and PhraseRight by tags alone (subjects and
// objects of verbs), NameLeft and NameRight as a speaker is named, where
// a token that names an actor (Names) counts as a noun and the words that
// join a phrase to what precedes it are a table (joins). Making them one
// reader changes what the analysers find, so it is left to a step that
// is scored.
//
// The lemmatiser and the verbs that take "to" and a verb ("plans to
// leave") come from a Lexicon, one value for the whole program
// (events.Words until the lexicon has a package of its own).
package syntax
