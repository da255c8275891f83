// Package events finds the concrete actions and happenings of an article:
// who did what to whom, when and where, and whether it happened, is under
// way or is planned.
//
// Candidates are read from the verb groups of each clause, which package
// syntax finds from prose's part-of-speech tags without a parser, with
// their subject, object and by-phrase: auxiliaries and verbs such as "is
// preparing to" or "refused to" set the modality and the verb after them
// gives the action. Event nouns (data/nouns.txt: "the purchase", "the
// deal") give candidates too, with the actor of a possessive, a by-phrase,
// a name before them or the verb whose object they are. Reporting verbs
// (they make claims), copulas, verbs of state and verbs that only state a
// stance (they make positions) give none, nor does anything inside a direct
// quotation, nor what did not or only might happen ("did not sign", "could
// close"). The agent is the actor the subject names (or the by-phrase of a
// passive), found through the actors' mention spans.
//
// Candidates are ranked (rank.go): those with an actor in a finite clause,
// a headline's "X to cut jobs" and event nouns with an agent are always
// kept; non-finite verbs with an actor, event nouns with only a patient,
// clauses with no actor and bare event nouns follow, in that order, and
// fill an article only up to maxEvents. Lemmas come from lexicon.Lemma and
// the verbs that give no event from lexicon.NoEvent; Words hands the
// lemmatiser, with the verbs of data/modal.txt, to package syntax.
package events
