// Package positions finds the stances of an article's actors: who supports
// or opposes what (a policy, a demand, another actor, an idea), with the
// claims and events each stance rests on.
//
// A stance is read from what an actor does (an event whose action shows
// it: suing, challenging, blocking; backing, signing, demanding), from a
// verb that states it ("opposes", "welcomed"), from a nominal phrase ("X's
// objections to Y", "X's support for Y") and from the evaluative words of
// what the actor says ("an egregious violation", "we welcome"), with
// negation reversing them. The words are the lexicon's (stance.txt). One
// position is kept per actor, stance and target, its evidence merged.
//
// It reads the article's shallow syntax (package syntax), built once for
// every analyser, and owns no phrase reader of its own. The holder of a
// stance verb is its subject (syntax.Holder: past an apposition or words
// of time, shared with a coordinated verb or a participle after a comma;
// the by-phrase of a passive), resolved to an actor by the actors
// Resolver (Named; a pronoun by Pronoun); without one there is no
// position. The target is what
// the verb takes (syntax.Target: its object, a clause opened by a gerund,
// a noun phrase with its infinitive or reduced relative), as written; a
// target names an actor when its head does or its possessor does ("the
// senator's remarks"). A claim's target is what it is about: the object
// of a naming cue ("calling the plan ..."), the subject its evaluative
// word is said of ("the plan is a mistake", "the order could violate"),
// what the speaker's own verb takes ("we oppose the plan"), or the
// subject of its first clause; an "it" there is the thing its sentence
// named before. A claim whose cue states a stance ("accused the council
// of ...", "praised Ann Bell for ...") is that stance toward the cue's
// object; a stance verb inside a claim ("voters must condemn the toll")
// is toward its object, not said of its subject. A target ends before
// the words of time it runs into, and one that is all time is none.
// Every reader of a noun of stance's target (after a possessor, with a
// from-phrase, as an event's patient) is nounTarget. Negation is
// syntax.Negated; the word lists are the lexicon's.
package positions
