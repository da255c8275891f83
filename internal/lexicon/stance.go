package lexicon

import (
	"strings"
	"sync"
)

// StanceList is data/stance.txt: lower-cased words, or word pairs joined
// by "_", and the stance ("support" or "oppose") each shows, by section.
type StanceList struct {
	Action map[string]string // lemmas of events that show their agent's stance toward the patient
	Verb   map[string]string // verbs that state a stance: "opposes", "objects to"
	Noun   map[string]string // nouns of stance after a possessive: "her objections to"
	Word   map[string]string // evaluative words in what an actor says
	// Patient holds an event's lemma and its patient's head, joined by
	// "_", that show a stance the lemma alone does not: "join_battle".
	Patient map[string]string
	// StancePatient holds the lemmas of events whose patient may be a
	// noun of stance that shows the agent's stance: "leading opposition
	// to X".
	StancePatient map[string]bool
	// Adjective holds the adjectives after a copula that show its
	// subject's stance: "is opposed to", "remains critical of".
	Adjective map[string]string
	// Role holds the nouns that name an actor by the stance it takes:
	// "a critic of", "an ally of".
	Role map[string]string
	// Chooses holds the lemmas of events whose agent chooses a person for
	// a post, and so supports the person: "appoint", "nominate".
	Chooses map[string]bool
	// Gains holds the verbs whose subject gains a stance another holds
	// toward it: "won the backing of".
	Gains map[string]bool
	// NamesTarget holds the lemmas of naming cues whose object is what
	// the quoted words judge: "calling the plan 'a disgrace'".
	NamesTarget map[string]bool
	// Negator holds the words that turn the stance of what follows them.
	Negator map[string]bool
	// NoTarget holds the pronouns that, naming no actor, are no target.
	NoTarget map[string]bool
	// noEvent lists the stance verbs that give no event.
	noEvent []string
}

// Stances returns the stance words, parsed once; the result is shared and
// must not be modified.
var Stances = sync.OnceValue(func() *StanceList {
	sl := &StanceList{Action: map[string]string{}, Verb: map[string]string{}, Noun: map[string]string{}, Word: map[string]string{}, Patient: map[string]string{},
		Adjective: map[string]string{}, Role: map[string]string{},
		StancePatient: map[string]bool{}, Chooses: map[string]bool{}, Gains: map[string]bool{}, NamesTarget: map[string]bool{}, Negator: map[string]bool{}, NoTarget: map[string]bool{}}
	traits := map[string]map[string]bool{
		stancePatientTrait: sl.StancePatient, "chooses": sl.Chooses, "gains": sl.Gains,
		"names-target": sl.NamesTarget, "negator": sl.Negator, "no-target": sl.NoTarget,
	}
	kinds := map[string]map[string]string{
		"action": sl.Action, "verb": sl.Verb, "noun": sl.Noun, "word": sl.Word,
		"patient": sl.Patient, "adjective": sl.Adjective, "role": sl.Role,
	}
	for _, f := range fields("data/stance.txt") {
		if f[0] == "+"+noEventTrait {
			sl.noEvent = append(sl.noEvent, f[1:]...)
			continue
		}
		if set, ok := traits[strings.TrimPrefix(f[0], "+")]; ok && strings.HasPrefix(f[0], "+") {
			for _, w := range f[1:] {
				set[w] = true
			}
			continue
		}
		if len(f) < 3 {
			continue
		}
		m, ok := kinds[f[0]]
		if !ok {
			continue
		}
		for _, w := range f[2:] {
			if _, ok := m[w]; !ok {
				m[w] = f[1]
			}
		}
	}
	return sl
})

// stancePatientTrait marks the lemmas of events whose patient may be a
// noun of stance (StanceList.StancePatient).
const stancePatientTrait = "stance-patient"
