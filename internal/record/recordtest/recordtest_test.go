package recordtest

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

func TestCheck(t *testing.T) {
	r := record.New("x.txt")
	r.Stats.Bytes = 3
	Check(t, r, []byte("abc"))
}

func TestCheckFails(t *testing.T) {
	tests := []struct {
		name  string
		r     record.Record
		input string
	}{
		{"nil list", record.Record{Record: record.Version}, ""},
		{"bytes", record.New("x.txt"), "abc"},
	}
	for _, tt := range tests {
		ft := &fakeT{T: t}
		Check(ft, tt.r, []byte(tt.input))
		if !ft.failed {
			t.Errorf("%s: Check passed a record that breaks the contract", tt.name)
		}
	}
}

// fakeT records failures instead of failing the test.
type fakeT struct {
	*testing.T
	failed bool
}

func (f *fakeT) Errorf(string, ...any) { f.failed = true }
func (f *fakeT) Fatalf(string, ...any) { f.failed = true }
func (f *fakeT) Fatal(...any)          { f.failed = true }

func TestCheckStream(t *testing.T) {
	stream := "record: v1\nsource: a.txt\ntitle: \"\"\nstats:\n  bytes: 1\n  sentences: 0\n  words: 0\ninput: text\nmeta:\n  url: \"\"\n  site: \"\"\n  authors: []\n  published: \"\"\n  language: \"\"\nactors: []\nclaims: []\nevents: []\npositions: []\n"
	inputs := map[string][]byte{"a.txt": []byte("a")}
	lookup := func(source string) ([]byte, bool) {
		text, ok := inputs[source]
		return text, ok
	}
	if got := CheckStream(t, []byte(stream+"---\n"+stream), lookup); len(got) != 2 {
		t.Errorf("CheckStream returned %d records, want 2", len(got))
	}

	for name, bad := range map[string]string{
		"not canonical": stream + "\n",
		"null list":     strings.Replace(stream, "claims: []", "claims: null", 1),
		"unknown input": strings.Replace(stream, "a.txt", "b.txt", 1),
	} {
		ft := &fakeT{T: t}
		CheckStream(ft, []byte(bad), lookup)
		if !ft.failed {
			t.Errorf("%s: CheckStream passed a bad stream", name)
		}
	}
}

// TestCheckSchema checks that docs/record.schema.json takes a full record
// and refuses what the contract does not allow.
func TestCheckSchema(t *testing.T) {
	good := func() record.Record {
		a1 := "a1"
		r := record.New("x.txt")
		r.Actors = []record.Actor{{ID: "a1", Name: "Ann Lee", Type: record.Person, Aliases: []string{}, Titles: []string{"Mayor"}, Mentions: 1, Spans: []record.Span{{0, 7}}}}
		r.Claims = []record.Claim{{ID: "c1", Speaker: &a1, Text: "it", Kind: record.Indirect, Cue: "said", Span: record.Span{13, 15}, Confidence: 0.8}}
		r.Events = []record.Event{{ID: "e1", Action: "say", ActionSpan: record.Span{8, 12}, Agent: &a1, Modality: record.Past}}
		r.Positions = []record.Position{{Actor: "a1", Stance: record.Support, Target: "it", Evidence: []string{"c1"}}}
		return r
	}
	CheckSchema(t, good())
	for name, change := range map[string]func(r *record.Record){
		"unknown kind":         func(r *record.Record) { r.Claims[0].Kind = "quoted" },
		"unknown actor type":   func(r *record.Record) { r.Actors[0].Type = "robot" },
		"bad id":               func(r *record.Record) { r.Actors[0].ID = "x1" },
		"negative offset":      func(r *record.Record) { r.Claims[0].Span = record.Span{-1, 2} },
		"confidence above 1":   func(r *record.Record) { r.Events[0].Confidence = 1.5 },
		"null list":            func(r *record.Record) { r.Positions = nil },
		"other version":        func(r *record.Record) { r.Record = "v2" },
		"evidence of an actor": func(r *record.Record) { r.Positions[0].Evidence = []string{"a1"} },
	} {
		r := good()
		change(&r)
		ft := &fakeT{T: t}
		CheckSchema(ft, r)
		if !ft.failed {
			t.Errorf("%s: the schema took a record the contract does not allow", name)
		}
	}
}
