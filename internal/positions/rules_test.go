package positions

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// TestRules holds one invented sentence per rule of holder, stance and
// target. The actors are Mara Quill (a1), the Tarrow Council (a2, an
// organisation) and Ben Ashdown (a3).
func TestRules(t *testing.T) {
	tests := []struct {
		name, text string
		claim      *said
		want       []string // holder/stance/target/target actor/evidence
	}{
		// Holders: the subject of the stance verb, resolved.
		{"holder past a time phrase", "Mara Quill on Friday opposed the toll.", nil,
			[]string{"Mara Quill/oppose/the toll//"}},
		{"holder of a coordinated verb", "Mara Quill met Ben Ashdown on Monday and later praised the budget.", nil,
			[]string{"Mara Quill/support/the budget//"}},
		{"holder of a participle", "Mara Quill spoke on Tuesday, criticizing the toll.", nil,
			[]string{"Mara Quill/oppose/the toll//"}},
		{"holder by pronoun", "Ben Ashdown arrived late. He condemned the ruling.", nil,
			[]string{"Ben Ashdown/oppose/the ruling//"}},
		{"holder of a passive is its by-phrase", "The toll was condemned by Ben Ashdown.", nil,
			[]string{"Ben Ashdown/oppose/The toll//"}},
		{"no stance between names mentioned together", "Mara Quill and Ben Ashdown toured the plant on Monday.", nil,
			nil},
		{"no holder, no position", "Critics of the toll have condemned the ruling.", nil,
			nil},
		// Stances and negation.
		{"a pronoun target that names no actor", "The tolls rose in May. Mara Quill condemned them.", nil, nil},
		{"negated verb", "Mara Quill did not criticize the toll.", nil, nil},
		{"refused to", "Mara Quill refused to endorse the toll.", nil, nil},
		// Targets.
		{"object of a stance verb", "The Tarrow Council welcomed the new budget.", nil,
			[]string{"Tarrow Council/support/the new budget//"}},
		{"clausal target", "Mara Quill opposed replacing the ferry with a bridge.", nil,
			[]string{"Mara Quill/oppose/replacing the ferry with a bridge//"}},
		{"target with its infinitive", "Ben Ashdown praised moves to cut the waiting list.", nil,
			[]string{"Ben Ashdown/support/moves to cut the waiting list//"}},
		{"an actor target", "Mara Quill criticized Ben Ashdown.", nil,
			[]string{"Mara Quill/oppose/Ben Ashdown/Ben Ashdown/"}},
		{"a possessor is the target actor", "Mara Quill criticized Ben Ashdown's remarks.", nil,
			[]string{"Mara Quill/oppose/Ben Ashdown's remarks/Ben Ashdown/"}},
		{"no time after the target", "Mara Quill criticized the toll last week.", nil,
			[]string{"Mara Quill/oppose/the toll//"}},
		{"a time is no target", "The toll is one that Mara Quill has opposed for years.", nil, nil},
		{"no clause after the target", "Mara Quill backed the budget whilst warning of cuts.", nil,
			[]string{"Mara Quill/support/the budget//"}},
		{"a verb of rebuke", "Mara Quill rebuked the Tarrow Council on Monday.", nil,
			[]string{"Mara Quill/oppose/the Tarrow Council/Tarrow Council/"}},
		// Stances held by adjectives, nouns and nouns of role.
		{"a copula and an adjective of stance", "Mara Quill remains firmly opposed to the new toll.", nil,
			[]string{"Mara Quill/oppose/the new toll//"}},
		{"an adjective of feeling and its by-phrase", "Mara Quill was deeply concerned by the new toll.", nil,
			[]string{"Mara Quill/oppose/the new toll//"}},
		{"a noun of stance after a possessive pronoun", "Ben Ashdown spoke on Monday. He voiced his frustration with the toll.", nil,
			[]string{"Ben Ashdown/oppose/the toll//"}},
		{"a negated copula", "Mara Quill is not opposed to the new toll.", nil, nil},
		{"a noun of stance and its from-phrase", "Criticism of the toll from the Tarrow Council grew on Monday.", nil,
			[]string{"Tarrow Council/oppose/the toll//"}},
		{"a noun of stance with a list of holders and no target of its own", "The toll drew sharp criticism from Mara Quill and Ben Ashdown.", nil,
			[]string{"Mara Quill/oppose/The toll//", "Ben Ashdown/oppose/The toll//"}},
		{"an amount is no target", "The Tarrow Council commitment of $2 million arrived on Monday.", nil, nil},
		{"a possessor's noun of stance", "Mara Quill's objections to the toll were heard on Monday.", nil,
			[]string{"Mara Quill/oppose/the toll//"}},
		{"a possessor's noun of stance and its with-phrase", "Mara Quill's frustration with the toll grew on Monday.", nil,
			[]string{"Mara Quill/oppose/the toll//"}},
		{"a possessor's noun of an amount is no stance", "The Tarrow Council's commitment of $2 million arrived on Monday.", nil, nil},
		{"a verb and its preposition", "Mara Quill campaigned for Ben Ashdown on Saturday.", nil,
			[]string{"Mara Quill/support/Ben Ashdown/Ben Ashdown/"}},
		{"a verb and its preposition toward an actor", "Mara Quill sided with the Tarrow Council in December.", nil,
			[]string{"Mara Quill/support/the Tarrow Council/Tarrow Council/"}},
		{"a verb, an adverb and its preposition", "The Tarrow Council voted unanimously against the toll.", nil,
			[]string{"Tarrow Council/oppose/the toll//"}},
		{"a noun of role in apposition", "Ben Ashdown, a longtime critic of the Tarrow Council, spoke on Monday.", nil,
			[]string{"Ben Ashdown/oppose/the Tarrow Council/Tarrow Council/"}},
		{"a noun of role past an aside", "Ben Ashdown, R-Tarrow, a frequent critic of Mara Quill, spoke on Monday.", nil,
			[]string{"Ben Ashdown/oppose/Mara Quill/Mara Quill/"}},
		{"the support of actors that a thing wins", "The harbour plan won the backing of Mara Quill and the Tarrow Council.", nil,
			[]string{"Mara Quill/support/The harbour plan//", "Tarrow Council/support/The harbour plan//"}},
		{"a noun of role after a copula", "Ben Ashdown is a close ally of Mara Quill.", nil,
			[]string{"Ben Ashdown/support/Mara Quill/Mara Quill/"}},
		{"a noun of role with no holder", "Critics of the toll met on Monday.", nil, nil},
		// Targets of claims: what the claim is about.
		{"the object of a naming cue", `Mara Quill called the toll "an outrage" on Monday.`,
			&said{"an outrage", `"`, record.Partial, "called", 0},
			[]string{"Mara Quill/oppose/the toll//c1"}},
		{"an it the sentence named", `Officials warned that the levy could hurt savers, with Mara Quill calling it "an egregious violation."`,
			&said{"an egregious", `."`, record.Partial, "calling", 0},
			[]string{"Mara Quill/oppose/the levy//c1"}},
		{"the subject an evaluative word is said of", `"The new levy is a disaster," Mara Quill said.`,
			&said{"The new", `,"`, record.Direct, "said", 0},
			[]string{"Mara Quill/oppose/The new levy//c1"}},
		{"the subject a verb is said of", "Mara Quill said the levy would undermine small firms.",
			&said{"the levy", ".", record.Indirect, "said", 0},
			[]string{"Mara Quill/oppose/the levy//c1"}},
		{"what the speaker's own verb takes", `"We welcome the decision to reopen the pier," Mara Quill said.`,
			&said{"We welcome", `,"`, record.Direct, "said", 0},
			[]string{"Mara Quill/support/the decision to reopen the pier//c1"}},
		{"evaluative words of a broader lexicon", `"The levy is cruel and divisive," Mara Quill said.`,
			&said{"The levy", `,"`, record.Direct, "said", 0},
			[]string{"Mara Quill/oppose/The levy//c1"}},
		{"inflected evaluative words", `"The council endangers the harbour and ignores its own rules," Mara Quill said.`,
			&said{"The council", `,"`, record.Direct, "said", 0},
			[]string{"Mara Quill/oppose/The council//c1"}},
		{"words of contempt", `"Ben Ashdown is arrogant and condescending," Mara Quill said.`,
			&said{"Ben Ashdown", `,"`, record.Direct, "said", 0},
			[]string{"Mara Quill/oppose/Ben Ashdown/Ben Ashdown/c1"}},
		{"a named actor rather than a thing", `"The toll that Ben Ashdown wants is a disaster," Mara Quill said.`,
			&said{"The toll", `,"`, record.Direct, "said", 0},
			[]string{"Mara Quill/oppose/Ben Ashdown/Ben Ashdown/c1"}},
		{"a negated predicate", `"The deal is not good for farmers," Mara Quill said.`,
			&said{"The deal", `,"`, record.Direct, "said", 0},
			[]string{"Mara Quill/oppose/The deal//c1"}},
		{"a cue that states a stance toward its object", "Mara Quill praised Ben Ashdown for stopping the disastrous toll.",
			&said{"Ben Ashdown for", ".", record.Indirect, "praised", 0},
			[]string{"Mara Quill/support/Ben Ashdown/Ben Ashdown/c1"}},
		{"a verb of stance in a claim is toward its object", "Mara Quill said voters must condemn the toll.",
			&said{"voters must", ".", record.Indirect, "said", 0},
			[]string{"Mara Quill/oppose/the toll//c1"}},
		{"the speaker's own me is no target, nor the holder of a verb of stance", `"Voters should support me," Mara Quill said.`,
			&said{"Voters", `,"`, record.Direct, "said", 0},
			nil},
		{"a quoted fragment said of the doer", `Mara Quill said the Tarrow Council had handled the flood "very badly".`,
			&said{"very badly", `"`, record.Partial, "said", 0},
			[]string{"Mara Quill/oppose/the Tarrow Council/Tarrow Council/c1"}},
	}
	for _, tc := range tests {
		acts := []record.Actor{
			actor(tc.text, "a1", record.Person, "Mara Quill"),
			actor(tc.text, "a2", record.Organization, "Tarrow Council"),
			actor(tc.text, "a3", record.Person, "Ben Ashdown"),
		}
		r := find(t, tc.text, acts, tc.claim, nil)
		if got := held(r); strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%s: Find(%q):\n got %q\nwant %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestChoosing: the one who appoints a person backs them; appointing a
// number of seats or a body shows no stance.
func TestChoosing(t *testing.T) {
	for _, tc := range []struct {
		text, patient string
		patientActor  bool
		want          string
	}{
		{"Mara Quill appointed Ben Ashdown to the harbour board.", "Ben Ashdown", true, "Mara Quill/support/Ben Ashdown/Ben Ashdown/e1"},
		{"Mara Quill appointed six members to the harbour board.", "six members", false, ""},
	} {
		acts := []record.Actor{
			actor(tc.text, "a1", record.Person, "Mara Quill"),
			actor(tc.text, "a2", record.Person, "Ben Ashdown"),
		}
		e := did{"appointed", "appoint", tc.patient, ""}
		if tc.patientActor {
			e.patientActor = "a2"
		}
		r := find(t, tc.text, acts, nil, &e)
		if got := held(r); strings.Join(got, " | ") != tc.want {
			t.Errorf("Find(%q): got %q, want %q", tc.text, got, tc.want)
		}
	}
}
