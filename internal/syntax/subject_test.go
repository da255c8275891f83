package syntax_test

import (
	"strings"
	"testing"
)

// TestSubjectLeft checks the subject read before a verb of speech, names
// given: a phrase, a relative pronoun's antecedent, and the asides past a
// comma.
func TestSubjectLeft(t *testing.T) {
	for _, tc := range []struct {
		text, named, verb string
		phrase            string // the phrase, or the antecedent
		relative          string // the relative pronoun, when there is one
		asides            string // the asides, "|"-separated, when parted
		held              string
		places            string // the names that are places
	}{
		{text: "A spokeswoman for Orvane said the plant would close.", named: "Orvane", verb: "said", phrase: "A spokeswoman for Orvane"},
		// Words between the subject and its verb are skipped.
		{text: "Dalia Varga on Friday also said the vote was fair.", named: "Dalia Varga", verb: "said", phrase: "Dalia Varga"},
		// A pronoun stands alone.
		{text: "He said the plant would close.", verb: "said", phrase: "He"},
		// A relative pronoun: its antecedent, past a parenthesis.
		{text: "The vote was won by Ivo Marsh (Tarrow), who said it was fair.", named: "Ivo Marsh", verb: "said", phrase: "Ivo Marsh", relative: "who"},
		// A capital "WHO" is a name, not a relative pronoun.
		{text: "WHO said the outbreak was over.", named: "WHO", verb: "said", phrase: "WHO"},
		// An apposition: each piece that is a phrase, and the phrase
		// before the comma that opens it.
		{text: "Its lawyer, Ivo Marsh, said the firm would appeal.", named: "Ivo Marsh", verb: "said", asides: "Its lawyer|Ivo Marsh", held: "Its lawyer"},
		{text: "Dalia Varga, who chairs the board, said no.", named: "Dalia Varga", verb: "said", asides: "Dalia Varga", held: "Dalia Varga"},
		// A parenthesis after a name is no part of its aside.
		{text: "Sen. Ann Bell (R-Ohio), another incumbent, said the bill was fair.", named: "Ann Bell", verb: "said", asides: "Sen. Ann Bell|another incumbent"},
		// A list of names is read whole; a place opens no list.
		{text: "Ivo Marsh, Lena Holt and Dan Ruiz all suggested the deal was dead.", named: "Ivo Marsh Lena Holt Dan Ruiz", verb: "suggested", phrase: "Ivo Marsh, Lena Holt and Dan Ruiz"},
		{text: "Ivo Marsh (D-Ohio), Lena Holt (R-Utah) and Dan Ruiz (D-N.J.) all suggested the deal was dead.", named: "Ivo Marsh Lena Holt Dan Ruiz", verb: "suggested", phrase: "Ivo Marsh (D-Ohio), Lena Holt (R-Utah) and Dan Ruiz"},
		{text: "In Tarrow, Lena Holt and Dan Ruiz said the deal was dead.", named: "Lena Holt Dan Ruiz", places: "Tarrow", verb: "said", phrase: "Lena Holt and Dan Ruiz"},
		{text: "Then, Lena Holt and Dan Ruiz said the deal was dead.", named: "Lena Holt Dan Ruiz", verb: "said", phrase: "Lena Holt and Dan Ruiz"},
	} {
		s, v := parseAt(t, tc.text, tc.verb)
		n := nameWords(s, tc.named, tc.places)
		sub := s.SubjectLeft(v, 0, n)
		rel := ""
		if sub.Relative > 0 {
			rel = words(s, int(sub.Relative), int(sub.Relative))
		}
		var asides []string
		for _, p := range sub.Asides {
			asides = append(asides, phrase(s, p))
		}
		if got := phrase(s, sub.Phrase); got != tc.phrase || rel != tc.relative {
			t.Errorf("SubjectLeft(%q in %q) = %q relative %q, want %q %q", tc.verb, tc.text, got, rel, tc.phrase, tc.relative)
		}
		if got := strings.Join(asides, "|"); got != tc.asides || sub.Parted != (tc.asides != "") || phrase(s, sub.Held) != tc.held {
			t.Errorf("SubjectLeft(%q in %q): parted %v asides %q held %q, want %q %q", tc.verb, tc.text, sub.Parted, got, phrase(s, sub.Held), tc.asides, tc.held)
		}
	}
}

// TestSubjectRight checks the subject read after an inverted verb of
// speech: a phrase that ends the clause, else none.
func TestSubjectRight(t *testing.T) {
	for _, tc := range []struct{ text, named, verb, want string }{
		{`"We are ready," said a spokesman for the Brindle council.`, "", "said", "a spokesman for the Brindle council"},
		{`"We are ready," said Ivo Marsh (Tarrow), who chairs it.`, "Ivo Marsh", "said", "Ivo Marsh"},
		{`"We are ready," said Ivo Marsh on Friday.`, "Ivo Marsh", "said", "Ivo Marsh"},
		{`"We are ready," said the report, citing polls.`, "", "said", "the report"},
		// A phrase that goes on into a clause is no subject.
		{`"We are ready," said the mayor would go.`, "", "said", ""},
		{`"We are ready," said he.`, "", "said", "he"},
		// A pronoun that does not end the clause is no subject.
		{`"We are ready," said she would go.`, "", "said", ""},
	} {
		s, v := parseAt(t, tc.text, tc.verb)
		n := nameWords(s, tc.named, "")
		if got := phrase(s, s.SubjectRight(v+1, len(s.Doc.Tokens), n)); got != tc.want {
			t.Errorf("SubjectRight(after %q in %q) = %q, want %q", tc.verb, tc.text, got, tc.want)
		}
	}
}

// TestSpeakerPhrases checks the phrases read as they name a speaker, to
// either side.
func TestSpeakerPhrases(t *testing.T) {
	s := parse(t, "A spokeswoman for Orvane told him that advisers to Varga had left.")
	n := nameWords(s, "Orvane Varga", "")
	if got := phrase(s, s.SpeakerLeft(index(t, s, "told")-1, 0, n)); got != "A spokeswoman for Orvane" {
		t.Errorf("SpeakerLeft(Orvane) = %q, want %q", got, "A spokeswoman for Orvane")
	}
	if got := phrase(s, s.SpeakerLeft(index(t, s, "him"), 0, n)); got != "him" {
		t.Errorf("SpeakerLeft(him) = %q, want %q", got, "him")
	}
	if got := phrase(s, s.SpeakerRight(index(t, s, "advisers"), len(s.Doc.Tokens), n)); got != "advisers" {
		t.Errorf("SpeakerRight(advisers) = %q, want %q", got, "advisers")
	}
	if p := s.SpeakerLeft(index(t, s, "that"), 0, n); p.OK {
		t.Errorf("SpeakerLeft(that) = %q, want none", phrase(s, p))
	}
}

// TestVerbSubjectsByTags checks that the subject reader reads a verb
// group's subject by tags: coordinated groups share one, and a relative
// pronoun gives its antecedent.
func TestVerbSubjectsByTags(t *testing.T) {
	s := parse(t, "The council, which met on Monday, approved the plan and praised the mayor.")
	if v := verb(t, s, "approved"); !v.Subject.Parted || phrase(s, v.Subject.Held) != "The council" || v.Subject.Asides != nil {
		t.Errorf("approved: parted %v held %q asides %v, want parted, The council, none", v.Subject.Parted, phrase(s, v.Subject.Held), v.Subject.Asides)
	}
	if v := verb(t, s, "praised"); !v.Subject.Inherit {
		t.Errorf("praised: inherit %v, want true", v.Subject.Inherit)
	}
	if v := verb(t, s, "met"); phrase(s, v.Subject.Phrase) != "The council" || v.Subject.Relative == 0 {
		t.Errorf("met: subject %q relative %d, want The council and a relative", phrase(s, v.Subject.Phrase), v.Subject.Relative)
	}
}

// TestController checks who does an infinitive cue: the object before
// "to", or the verb or adjective whose subject is the infinitive's.
func TestController(t *testing.T) {
	for _, tc := range []struct {
		text, named, places, verb string
		obj, gov                  string // the object phrase, or the governing word
	}{
		{text: "The council pressed Ann Bell to admit the deal was dead.", named: "Ann Bell", verb: "admit", obj: "Ann Bell"},
		{text: "Ann Bell was quick to add that the deal was dead.", named: "Ann Bell", verb: "add", gov: "quick"},
		{text: "Ann Bell went on to say that the deal was dead.", named: "Ann Bell", verb: "say", gov: "went"},
		{text: "Leaders gathered Friday to discuss the deal.", verb: "discuss", gov: "gathered"},
		{text: "The panel forced Ann Bell, who chairs the bank, to admit the deal was dead.", named: "Ann Bell", verb: "admit", obj: "Ann Bell"},
		// A place after a preposition is no object.
		{text: "Ann Bell flew to Tarrow to discuss the deal.", named: "Ann Bell", places: "Tarrow", verb: "discuss"},
		// No "to": nothing.
		{text: "Ann Bell said the deal was dead.", named: "Ann Bell", verb: "said"},
	} {
		s := parse(t, tc.text)
		obj, v := s.Controller(index(t, s, tc.verb), 0, nameWords(s, tc.named, tc.places))
		gov := ""
		if v >= 0 {
			gov = words(s, v, v)
		}
		if got := phrase(s, obj); got != tc.obj || gov != tc.gov {
			t.Errorf("Controller(%q in %q) = %q, %q; want %q, %q", tc.verb, tc.text, got, gov, tc.obj, tc.gov)
		}
	}
}
