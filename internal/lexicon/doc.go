// Package lexicon holds the word lists every analyser reads, each list
// once: reporting cues with their traits (data/cues.txt), stance words
// (data/stance.txt), words of time (data/time.txt), heads of descriptions
// by role or organisation (data/heads.txt), verbs of state
// (data/state.txt), abbreviations (data/abbreviations.txt), words that
// open a clause (data/clause.txt), and the one lemmatiser (Lemma, with
// data/irregular.txt).
//
// Where one word plays several parts it is listed once and given traits:
// "said" is a cue of class say, and its lemma has the no-event trait, so
// that events derives the verbs that give no event from the cues and
// stance verbs instead of restating them (NoEvent).
//
// The lists are embedded, parsed once on first use and never modified.
package lexicon
