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
// every analyser: its words and the traits of its items. Three readers
// stay its own, as syntax reads otherwise and moving them would change
// what it finds: the target phrase (phrase), the subject of a stance verb
// (subject, the nearest actor) and negation (negated, three words back,
// "no" among them).
package positions
