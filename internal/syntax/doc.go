// Package syntax reads the shallow syntax of an article once, for every
// analyser: typed items (one per token, with the traits the rules ask
// about), verb groups with their lemma, tense, modal and negation, the
// clause each verb group governs, and the noun phrases that are its
// subject and object.
//
// It is modelled on text/template/parse: Parse lexes the article once
// into items that every later stage consumes, and the phrase reader
// (Left, Right, Head) is a small function over those items. It reads
// prose's part-of-speech tags, never actors: where an analyser's choice
// depends on the actors named (which of two phrases parted by an
// apposition is the subject), Parse records the candidates and the
// analyser chooses, and where a name counts as a noun the analyser says
// which tokens name one (Names).
//
// Noun phrases are read by one reader, Left and Right (reach.go), with
// a Reach that says which words a phrase holds and which words join its
// parts. Each analyser asks with the Reach it reads by:
//   - Tags, by tags alone, for the subjects and objects of verbs
//     (PhraseLeft, PhraseRight), and Bare, the same without joins, for
//     the words before an event noun;
//   - Speaker for a speaker's phrase, where a token that names an actor
//     (Names) counts as a noun and the words that join a phrase to what
//     precedes it are a table (NameLeft, NameRight);
//   - package actors' own for the capitalised runs it reads names from,
//     and for the words before an unnamed source ("two senior clerks").
//
// The Reaches differ as the analysers' readers did before they moved
// here: making them one changes what the analysers find, so it is left
// to a step that is scored.
//
// Subjects are read by one reader (subject.go): every verb group's by
// tags (Verb.Subject), and a verb of speech's by names for package claims
// (SubjectLeft, SubjectRight): the phrase before the verb, the antecedent
// of a relative pronoun, or past a comma the candidates around an
// apposition; which actor a phrase names is package actors' to say.
//
// What may stand between a subject and its verb is skipped in skip.go:
// leftward from the verb (SkipLeft, for every subject read leftward) and
// rightward from the subject (SkipRight, as actors reads an unnamed
// source that speaks).
//
// The lemmatiser and the verbs that take "to" and a verb ("plans to
// leave") come from a Lexicon, one value for the whole program
// (events.Words until the lexicon has a package of its own).
package syntax
