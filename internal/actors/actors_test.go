package actors

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/nlp/nlptest"
	"github.com/extract-news/extract/internal/record"
)

// find parses text and returns its actors by name.
func find(t *testing.T, text string) map[string]record.Actor {
	t.Helper()
	d := nlptest.Parse(t, text)
	out := map[string]record.Actor{}
	for _, a := range Find(parsed(d)) {
		out[a.Name] = a
		for _, s := range a.Spans {
			if s[0] < 0 || s[1] > len(text) || s[0] > s[1] {
				t.Fatalf("actor %s span %v out of range", a.ID, s)
			}
		}
		if a.Mentions != len(a.Spans) {
			t.Errorf("actor %s: mentions %d, spans %d", a.ID, a.Mentions, len(a.Spans))
		}
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []record.Actor // Name, Type, Aliases, Titles, Anonymous are compared
		not  []string       // names that must not be actors
	}{
		{
			name: "title, full name and surname merge",
			text: "US Vice President JD Vance criticised the plan. Vance said it was wrong.",
			want: []record.Actor{
				{Name: "JD Vance", Type: "person", Aliases: []string{"Vance"}, Titles: []string{"US Vice President"}},
				{Name: "United States", Type: "location", Aliases: []string{"US"}},
			},
			not: []string{"Vice President", "US Vice President JD Vance"},
		},
		{
			name: "surname that is also a word for a thing",
			text: "Lena Song ran the survey. Song said the turnout was low.",
			want: []record.Actor{
				{Name: "Lena Song", Type: "person", Aliases: []string{"Song"}},
			},
		},
		{
			name: "surname that is also a demonym",
			text: "Ivo English spoke on Friday. Later, English said the plan had failed.",
			want: []record.Actor{
				{Name: "Ivo English", Type: "person", Aliases: []string{"English"}},
			},
		},
		{
			name: "surname that is also a title, alone before a verb",
			text: "Mayor Tom Baron spoke on Friday. Baron said the parks would stay open.",
			want: []record.Actor{
				{Name: "Tom Baron", Type: "person", Aliases: []string{"Baron"}, Titles: []string{"Mayor"}},
			},
		},
		{
			name: "surname that is also a title, after a given name",
			text: "The letter came from Martin Baron on Friday. Baron said the paper would grow.",
			want: []record.Actor{
				{Name: "Martin Baron", Type: "person", Aliases: []string{"Baron"}},
			},
		},
		{
			name: "honorific before a word that alone names no actor",
			text: "Talks resumed on Friday. Mr. English said the plan had failed.",
			want: []record.Actor{
				{Name: "English", Type: "person", Titles: []string{"Mr."}},
			},
		},
		{
			name: "a vehicle word after of in an organisation's name",
			text: "Talks resumed. The Association of Flight Engineers said the charges were false.",
			want: []record.Actor{
				{Name: "Association of Flight Engineers", Type: "organization"},
			},
		},
		{
			name: "a title that goes on past its word",
			text: "Talks resumed. Former Miss Universe Alicia Mora said the pageant was unfair.",
			want: []record.Actor{
				{Name: "Alicia Mora", Type: "person", Titles: []string{"Miss Universe"}},
			},
			not: []string{"Universe Alicia Mora"},
		},
		{
			name: "middle initial",
			text: "Columnist Gerald F. Seib wrote the piece. Later, Seib defended it.",
			want: []record.Actor{
				{Name: "Gerald F. Seib", Type: "person", Aliases: []string{"Seib", "Gerald Seib"}, Titles: []string{"Columnist"}},
			},
			not: []string{"Gerald", "F"},
		},
		{
			name: "surname first, full name later",
			text: "Trump spoke on Monday. Later, President Donald Trump left for Ohio.",
			want: []record.Actor{
				{Name: "Donald Trump", Type: "person", Aliases: []string{"Trump"}, Titles: []string{"President"}},
				{Name: "Ohio", Type: "location"},
			},
			not: []string{"Monday"},
		},
		{
			name: "acronym in parentheses",
			text: "The World Health Organization (WHO) issued a warning. WHO officials met in Geneva.",
			want: []record.Actor{
				{Name: "World Health Organization", Type: "organization", Aliases: []string{"WHO"}},
				{Name: "Geneva", Type: "location"},
			},
		},
		{
			name: "place aliases merge",
			text: "The U.S. and the United States Congress disagreed. The US said no.",
			want: []record.Actor{
				{Name: "United States", Type: "location", Aliases: []string{"U.S."}},
				{Name: "United States Congress", Type: "organization"},
			},
		},
		{
			name: "institution words type organisations",
			text: "Halvorsen Ltd sued the Home Office at the Investigatory Powers Tribunal, the Daily Ledger reported.",
			want: []record.Actor{
				{Name: "Halvorsen Ltd", Type: "organization"},
				{Name: "Home Office", Type: "organization"},
				{Name: "Investigatory Powers Tribunal", Type: "organization"},
				{Name: "Daily Ledger", Type: "organization"},
			},
		},
		{
			name: "long names keep of",
			text: "The Bank of Northern Europe cut rates, said the Medical Journal of East Africa.",
			want: []record.Actor{
				{Name: "Bank of Northern Europe", Type: "organization"},
				{Name: "Medical Journal of East Africa", Type: "organization"},
			},
		},
		{
			name: "not actors: months, days, laws, demonyms, sentence openers",
			text: "February was cold. Despite the snow, French officials met on Wednesday to discuss the Clean Rivers Act. Meanwhile prices rose.",
			want: []record.Actor{
				{Name: "French officials", Type: "group", Anonymous: true},
			},
			not: []string{"February", "Despite", "French", "Wednesday", "Clean Rivers Act", "Meanwhile"},
		},
		{
			name: "a place glued to a day",
			text: "Mayor Lena Okafor spoke in Toronto Wednesday.",
			want: []record.Actor{
				{Name: "Lena Okafor", Type: "person", Titles: []string{"Mayor"}},
				{Name: "Toronto", Type: "location"},
			},
			not: []string{"Toronto Wednesday"},
		},
		{
			name: "anonymous sources that speak",
			text: "A senior UK official said the talks failed. Sources familiar with the matter said more.",
			want: []record.Actor{
				{Name: "A senior UK official", Type: "person", Anonymous: true},
				{Name: "Sources familiar with the matter", Type: "group", Anonymous: true},
			},
		},
		{
			name: "government of a place",
			text: "The UK government is preparing to retreat, following pressure from the Trump administration.",
			want: []record.Actor{
				{Name: "UK government", Type: "organization"},
				{Name: "Trump administration", Type: "organization"},
			},
		},
		{
			name: "city and state",
			text: "The plant in Clearwater, Florida closed. Workers in Clearwater protested.",
			want: []record.Actor{
				{Name: "Clearwater, Florida", Type: "location", Aliases: []string{"Clearwater"}},
				{Name: "Florida", Type: "location"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(t, tt.text)
			for _, w := range tt.want {
				g, ok := got[w.Name]
				if !ok {
					t.Errorf("no actor %q in %v", w.Name, names(got))
					continue
				}
				if g.Type != w.Type {
					t.Errorf("%s: type %s, want %s", w.Name, g.Type, w.Type)
				}
				if g.Anonymous != w.Anonymous {
					t.Errorf("%s: anonymous %v, want %v", w.Name, g.Anonymous, w.Anonymous)
				}
				if w.Aliases != nil && strings.Join(g.Aliases, "|") != strings.Join(w.Aliases, "|") {
					t.Errorf("%s: aliases %q, want %q", w.Name, g.Aliases, w.Aliases)
				}
				if w.Titles != nil && strings.Join(g.Titles, "|") != strings.Join(w.Titles, "|") {
					t.Errorf("%s: titles %q, want %q", w.Name, g.Titles, w.Titles)
				}
			}
			for _, n := range tt.not {
				if _, ok := got[n]; ok {
					t.Errorf("%q is an actor, want none", n)
				}
			}
		})
	}
}

// mentionTexts returns the text of each actor's spans found in text, by
// actor name.
func mentionTexts(t *testing.T, text string) map[string][]string {
	t.Helper()
	d := nlptest.Parse(t, text)
	spans := map[string][]string{}
	for _, a := range Find(parsed(d)) {
		for _, s := range a.Spans {
			spans[a.Name] = append(spans[a.Name], text[s[0]:s[1]])
		}
	}
	return spans
}

func TestPronouns(t *testing.T) {
	text := "Finance Minister Clara Oduya presented the budget on Tuesday.\n\n" +
		"She said it would cut debt. Her deputy, Tom Mwangi, disagreed, and he resigned."
	spans := mentionTexts(t, text)
	if got, want := strings.Join(spans["Clara Oduya"], "|"), "Finance Minister Clara Oduya|She|Her"; got != want {
		t.Errorf("Clara Oduya spans %q, want %q", got, want)
	}
	if got, want := strings.Join(spans["Tom Mwangi"], "|"), "Tom Mwangi|he"; got != want {
		t.Errorf("Tom Mwangi spans %q, want %q", got, want)
	}
}

// TestPronounChain checks that "he" refers back through an earlier "he"
// to a name more than a paragraph away.
func TestPronounChain(t *testing.T) {
	text := "Mayor Tomas Berglund presented the plan on Monday.\n\n" +
		"He said the bridge would reopen in May.\n\n" +
		"He added that tolls would stay.\n"
	spans := mentionTexts(t, text)
	if got, want := strings.Join(spans["Tomas Berglund"], "|"), "Mayor Tomas Berglund|He|He"; got != want {
		t.Errorf("Tomas Berglund spans %q, want %q", got, want)
	}
}

func names(m map[string]record.Actor) []string {
	var out []string
	for n, a := range m {
		out = append(out, n+"/"+a.Type)
	}
	return out
}

func TestTranscriptLabels(t *testing.T) {
	text := "Chris Wallace pressed Mike Pence on Sunday.\n\n\"WALLACE: Let us start with the debate.\n\n\"PENCE: I am glad to be here.\n\nUPDATE: The show ended.\n"
	got := spansOf(t, text)
	if got["Chris Wallace"] != "Chris Wallace|WALLACE" || got["Mike Pence"] != "Mike Pence|PENCE" {
		t.Errorf("transcript turns: %v", got)
	}
	if _, ok := got["UPDATE"]; ok {
		t.Errorf("UPDATE is an actor")
	}
}

// TestNameReadAsVerb checks that a name the tagger reads as a verb ("that
// Trump/VBP refuses") is still a mention of the actor it names elsewhere.
func TestNameReadAsVerb(t *testing.T) {
	text := "Donald Trump spoke on Monday.\n\nAmong the reasons that Trump refuses to sign the bill could be the cost to his donors in Ohio.\n"
	d := nlptest.Parse(t, text)
	at := strings.Index(text, "that Trump") + len("that ")
	for _, a := range Find(parsed(d)) {
		for _, sp := range a.Spans {
			if sp[0] == at && a.Name == "Donald Trump" {
				return
			}
		}
	}
	t.Errorf("no mention of Donald Trump at %d in %q", at, text)
}
