// Package events finds the concrete actions and happenings of an article:
// who did what to whom, when and where, and whether it happened, is under
// way, is planned, may happen or did not.
//
// An event is read from the main verb of a clause, found from prose's
// part-of-speech tags without a parser: auxiliaries and verbs such as "is
// preparing to" or "refused to" set the modality and the verb after them
// gives the action. Reporting verbs (they make claims), copulas, verbs of
// state and verbs that only state a stance (they make positions) give no
// event, nor does anything inside a direct quotation. The agent is the
// actor the subject names (or the by-phrase of a passive), found through
// the actors' mention spans. Lemmas come from a table of irregular forms
// (data/irregular.txt) and tag-aware suffix rules.
package events
