// Package claims finds what the actors of an article are reported to have
// said: direct quotations, quoted fragments inside reporting prose
// (partial) and reported speech without quotation marks (indirect).
//
// Quotation marks are read from the input bytes, since the tokens hold
// none: curly marks tell opening from closing, straight ones pair by
// position and context, single marks count outside double ones. A stretch
// of quotation is attributed through a reporting cue ("said", "told",
// "according to", "calling": the list is the lexicon's cues.txt) before or after it,
// and the cue's subject is the speaker when it lies inside one of the
// actors' spans. A quotation that stands alone right after an attributed
// one takes its speaker. Indirect claims are the clause a cue reports: "X
// said (that) CLAUSE", "X told Y CLAUSE", "According to X, CLAUSE",
// "CLAUSE, X said", "A, X said, B"; an intention is its infinitive ("X
// wants to ..."), a request its hearer and infinitive ("X asked Y to
// ..."), a naming its object and what it is called ("X called Y
// \"...\"", "X described Y as Z"). What a poll, record or email shows is a
// claim with no speaker, as is a question put by somebody unnamed ("When
// asked whether ..."). A label names the speaker of what follows it: a
// transcript's "WALLACE:", a headline's "Pence:", a byline's "Gerald F.
// Seib, The Wall Street Journal:". A definite description as subject ("the
// mayor", "the bank") is the person whose title it names, or the
// organisation it refers back to (package actors' Resolver answers, and
// its span comes back in Result.Mentions for actors.Linked to add).
//
// A cue's subject is read by package syntax (SubjectLeft: the phrase
// before the cue, a relative pronoun's antecedent, the asides of an
// apposition; SubjectRight: "said X"), and which actor its phrase names
// is package actors' answer (Resolver.Speaker). direct.go reads
// quotations, reported.go reported speech, speaker.go chooses a cue's
// speaker among what syntax read and resolves its pronouns. learned.go reads the reported speech the
// rules leave: each verb group of the syntax layer is a candidate (its
// subject the speaker, the clause it governs the content), kept when a
// small learned model (speech.bin, trained by internal/tools/train) takes it
// for speech.
package claims
