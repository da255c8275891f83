package syntax_test

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/nlp/nlptest"
	"github.com/extract-news/extract/internal/syntax"
)

// parse returns the syntax of text, as extract.Article builds it.
func parse(t *testing.T, text string) *syntax.Syntax {
	t.Helper()
	return syntax.Parse(nlptest.Parse(t, text), events.Words())
}

// parseAt returns the syntax of text and the index of its first token w:
// a test's sentence and the word it is about.
func parseAt(t *testing.T, text, w string) (*syntax.Syntax, int) {
	t.Helper()
	s := parse(t, text)
	return s, index(t, s, w)
}

// words returns the text of tokens [a, b].
func words(s *syntax.Syntax, a, b int) string {
	if a < 0 || b < a {
		return ""
	}
	return string(s.Doc.Input[s.Doc.Tokens[a].Start:s.Doc.Tokens[b].End])
}

func phrase(s *syntax.Syntax, p syntax.Phrase) string {
	if !p.OK {
		return ""
	}
	return words(s, int(p.A), int(p.B))
}

// verb finds the verb group whose main verb is the word w.
func verb(t *testing.T, s *syntax.Syntax, w string) syntax.Verb {
	t.Helper()
	return s.Verbs[group(t, s, w)]
}

// group returns the index of the first verb group whose main verb is the
// word w.
func group(t *testing.T, s *syntax.Syntax, w string) int {
	t.Helper()
	for gi, v := range s.Verbs {
		if s.Doc.Tokens[v.Main].Text == w {
			return gi
		}
	}
	t.Fatalf("no verb group on %q in %q", w, s.Doc.Input)
	return -1
}

func TestVerbGroups(t *testing.T) {
	for _, tc := range []struct {
		text, main                 string
		group, lemma, modal        string
		tense                      syntax.Tense
		negated, possible, passive bool
		control                    string
	}{
		{text: "The mayor of Brindle signed the budget on Tuesday.", main: "signed", group: "signed", lemma: "sign", tense: syntax.Past},
		{text: "Orvane Mills will close its plant in Tarrow.", main: "close", group: "will close", lemma: "close", modal: "will", tense: syntax.Future},
		{text: "The council did not approve the new bridge.", main: "approve", group: "did not approve", lemma: "approve", tense: syntax.Past, negated: true},
		{text: "The factory was bought by a firm from Lisbon.", main: "bought", group: "was bought", lemma: "buy", tense: syntax.Past, passive: true},
		{text: "Dalia Varga refused to sign the contract.", main: "sign", group: "refused to sign", lemma: "sign", tense: syntax.Past, control: "negated"},
		{text: "The union may strike next month.", main: "strike", group: "may strike", lemma: "strike", modal: "may", tense: syntax.Nonfinite, possible: true},
		{text: "Keller Foods laid off forty workers.", main: "laid", group: "laid off", lemma: "lay off", tense: syntax.Past},
	} {
		s := parse(t, tc.text)
		v := verb(t, s, tc.main)
		if got := words(s, v.First, v.Last); got != tc.group {
			t.Errorf("%q: group %q, want %q", tc.text, got, tc.group)
		}
		if v.Lemma != tc.lemma || v.Modal != tc.modal || v.Tense != tc.tense {
			t.Errorf("%q: lemma %q modal %q tense %d, want %q %q %d", tc.text, v.Lemma, v.Modal, v.Tense, tc.lemma, tc.modal, tc.tense)
		}
		if v.Negated != tc.negated || v.Possible != tc.possible || v.Passive != tc.passive || v.Control != tc.control {
			t.Errorf("%q: negated %v possible %v passive %v control %q, want %v %v %v %q", tc.text,
				v.Negated, v.Possible, v.Passive, v.Control, tc.negated, tc.possible, tc.passive, tc.control)
		}
	}
}

// TestSubjectObject checks the subject and object read for each verb.
func TestSubjectObject(t *testing.T) {
	for _, tc := range []struct {
		text, main, subject, object, by string
		inherit                         bool
	}{
		{text: "The mayor of Brindle signed the budget on Tuesday.", main: "signed", subject: "The mayor of Brindle", object: "the budget"},
		{text: "Orvane Mills and Keller Foods opened a joint depot.", main: "opened", subject: "Orvane Mills and Keller Foods", object: "a joint depot"},
		{text: "The factory was bought by a firm from Lisbon.", main: "bought", subject: "The factory", by: "a firm"},
		{text: "He was fired from the bank and he founded a bakery.", main: "founded", subject: "he", object: "a bakery"},
		{text: "The index dipped and recovered slowly.", main: "recovered", inherit: true},
		{text: "Prices rose sharply, then fell.", main: "fell", inherit: true},
		{text: "The Tarrow Fund (TF) bought shares.", main: "bought", subject: "The Tarrow Fund", object: "shares"},
		// What SkipLeft skips stands between a subject and its verb.
		{text: "The bank, however, lowered its rates.", main: "lowered", subject: "The bank", object: "its rates"},
		{text: "The bank in recent weeks lowered its rates.", main: "lowered", subject: "The bank", object: "its rates"},
	} {
		s := parse(t, tc.text)
		v := verb(t, s, tc.main)
		if got := phrase(s, v.Subject.Phrase); got != tc.subject || v.Subject.Inherit != tc.inherit {
			t.Errorf("%q: %s: subject %q inherit %v, want %q %v", tc.text, tc.main, got, v.Subject.Inherit, tc.subject, tc.inherit)
		}
		if got := phrase(s, v.Object); !v.Passive && got != tc.object {
			t.Errorf("%q: %s: object %q, want %q", tc.text, tc.main, got, tc.object)
		}
		if got := phrase(s, v.By); got != tc.by {
			t.Errorf("%q: %s: by %q, want %q", tc.text, tc.main, got, tc.by)
		}
	}
}

// TestParted checks the candidates kept for a subject parted from its
// verb by commas.
func TestParted(t *testing.T) {
	for _, tc := range []struct {
		text, main, opening, held, apposition string
	}{
		// An apposition: the name before it, and the apposition itself.
		{text: "The Brindle index, the main gauge of the market, fell on Monday.", main: "fell", held: "The Brindle index", apposition: "the main gauge of the market"},
		// A relative clause: only the name before it.
		{text: "Orvane Mills, which was founded in 1990, bought a mill.", main: "bought", held: "Orvane Mills"},
		// An adverb set off by commas, after a phrase that opens the sentence.
		{text: "The bank, oddly, lowered its rates.", main: "lowered", held: "The bank", apposition: "", opening: ""},
		// A stray comma: the phrase before it opens the sentence.
		{text: "The Tarrow index, was down.", main: "was", opening: "The Tarrow index"},
		// A tensed verb in the stretch: no candidate but the opening one.
		{text: "The mill, it said, closed.", main: "closed", opening: ""},
	} {
		s := parse(t, tc.text)
		v := verb(t, s, tc.main)
		sub := v.Subject
		if !sub.Parted {
			t.Errorf("%q: %s: not parted", tc.text, tc.main)
			continue
		}
		if o, h, a := phrase(s, sub.Opening), phrase(s, sub.Held), phrase(s, sub.Apposition); o != tc.opening || h != tc.held || a != tc.apposition {
			t.Errorf("%q: %s: opening %q held %q apposition %q, want %q %q %q", tc.text, tc.main, o, h, a, tc.opening, tc.held, tc.apposition)
		}
	}
}

// TestPhrases checks the noun-phrase readers and their heads.
func TestPhrases(t *testing.T) {
	s := parse(t, "Officials of the ministry met Apple's chief executive and two bankers.")
	toks := s.Doc.Tokens
	at := func(w string) int {
		for i, tok := range toks {
			if tok.Text == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	left := s.PhraseLeft(at("ministry"), 0)
	if got := phrase(s, left); got != "Officials of the ministry" || toks[left.Head].Text != "Officials" {
		t.Errorf("PhraseLeft(ministry) = %q head %q, want %q head Officials", got, toks[left.Head].Text, "Officials of the ministry")
	}
	right := s.PhraseRight(at("Apple"), len(toks))
	if got := phrase(s, right); !strings.HasPrefix(got, "Apple's chief executive") || toks[right.Head].Text != "executive" {
		t.Errorf("PhraseRight(Apple) = %q head %q, want Apple's chief executive… head executive", got, toks[right.Head].Text)
	}
	if p := s.PhraseRight(at("met"), len(toks)); p.OK {
		t.Errorf("PhraseRight(met) = %q, want none", phrase(s, p))
	}
}

// TestItems checks the traits the lexer gives some words.
func TestItems(t *testing.T) {
	s := parse(t, "Dalia Varga on Friday also said \"no\" in 2019, though.")
	want := map[string]syntax.Flag{
		"on": syntax.Between, "Friday": syntax.Between | syntax.Nominal, "also": syntax.Between | syntax.Adverb,
		"said": syntax.Verbal, "\"": syntax.Quote | syntax.Punct, "in": syntax.Between, "2019": syntax.Between | syntax.Nominal,
		",": syntax.ClauseEnd | syntax.Punct,
	}
	for i, tok := range s.Doc.Tokens {
		if f, ok := want[tok.Text]; ok && !s.Is(i, f) {
			t.Errorf("%q: flags %b, want at least %b", tok.Text, s.Items[i].Flags, f)
		}
	}
	if s.Items[0].Lower != "dalia" {
		t.Errorf("Items[0].Lower = %q, want dalia", s.Items[0].Lower)
	}
}

// TestOpens checks where a capital marks no name, and that tokens written
// over one another (an ellipsis after a stop) read safely.
func TestOpens(t *testing.T) {
	s := parse(t, "Dalia Varga said \"Brindle wins\" (Tarrow lost): Orvane gained. … Ivo Marsh agreed.")
	want := map[string]bool{"Dalia": true, "Varga": false, "said": false, "Brindle": true, "wins": false, "Orvane": true, "Marsh": false}
	for i, tok := range s.Doc.Tokens {
		if w, ok := want[tok.Text]; ok && s.Is(i, syntax.Opens) != w {
			t.Errorf("%q: Opens %v, want %v", tok.Text, !w, w)
		}
		if tok.Text == "Dalia" && !s.Is(i, syntax.Capital) || tok.Text == "said" && s.Is(i, syntax.Capital) {
			t.Errorf("%q: Capital wrong", tok.Text)
		}
	}
}
