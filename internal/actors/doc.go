// Package actors finds the people, organisations, places, groups and
// anonymous sources of an article and merges their mentions into one actor
// per referent.
//
// prose's entity labels are only one piece of evidence. Mentions are found
// from capitalised runs of tokens and their tags, cut at titles, dates and
// possessives, joined across "of" and "&" inside institution names, and
// typed from a gazetteer of places, institution words, given names, titles,
// and how the text treats them ("its", "he said"). Mentions of one referent
// ("JD Vance", "Vance", "US Vice President JD Vance"; "US" and "United
// States"; an acronym and its expansion) are merged, and pronouns are linked
// to the actor they most plausibly refer to.
//
// The runs, and the words before an unnamed source's head, are read by
// package syntax's one noun-phrase reader, with this package's Reaches
// (nameRun, anonWords in mentions.go); which names a run holds, and of
// what type, is decided here from the lexicon (chunk, evidence).
//
// Resolver answers the same question for the steps after Find: who a
// speaker's pronoun or description refers to ("he said", "the mayor
// said"; nominal.go, by the one rule Find's references.go also follows),
// which organisation an object "it" is, and, for a speaker that refers
// to no actor, the unnamed source it names ("the announcer said";
// sources.go). Linked adds the mentions they resolved.
package actors
