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
