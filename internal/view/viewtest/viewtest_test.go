package viewtest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// The browser sees what a page must not do: a dialog, a console error, an
// exception, a request for anything else.
func TestProblems(t *testing.T) {
	b := New(t, false)
	path := filepath.Join(t.TempDir(), "bad.html")
	page := `<!DOCTYPE html><title>bad</title><script>console.error("oops"); alert("hi");</script>
<img src="http://198.51.100.1/x.png"><script>null.x</script>`
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	b.Open(t, path)
	got := strings.Join(b.Problems(), "\n")
	for _, want := range []string{`console.error: "oops"`, `alert dialog opened: "hi"`, "uncaught exception", "a request for http://198.51.100.1/x.png"} {
		if !strings.Contains(got, want) {
			t.Errorf("the problems seen do not include %q:\n%s", want, got)
		}
	}
}

func TestMarks(t *testing.T) {
	frags := []Fragment{
		{Tag: "p", Start: 0, End: 30},
		{Tag: "q", ID: "c1", Actor: "a1", Start: 0, End: 10, HL: true},
		{Tag: "b", Actor: "a2", Start: 5, End: 10},
		{Tag: "b", Actor: "a2", Start: 10, End: 14, Cont: true},
		{Tag: "p", Start: 16, End: 30},
		{Tag: "q", ID: "c1", Actor: "a1", Start: 16, End: 20, Cont: true, HL: true},
		{Tag: "i", ID: "e1", Start: 22, End: 25},
	}
	want := []Mark{{"claim", "c1", "a1", 0, 20}, {"event", "e1", "", 22, 25}, {"mention", "", "a2", 5, 14}}
	if got := Marks(frags, false); !slices.Equal(got, want) {
		t.Errorf("Marks = %v, want %v", got, want)
	}
	if got := Marks(frags, true); !slices.Equal(got, want[:1]) {
		t.Errorf("Marks(highlighted) = %v, want %v", got, want[:1])
	}
	speaker := "a1"
	r := record.Record{
		Actors: []record.Actor{{ID: "a2", Spans: []record.Span{{5, 14}}}},
		Claims: []record.Claim{{ID: "c1", Speaker: &speaker, Span: record.Span{0, 20}}},
		Events: []record.Event{{ID: "e1", ActionSpan: record.Span{22, 25}}},
	}
	if d := Diff(Marks(frags, false), Want(r)); d != "" {
		t.Errorf("Diff(Marks, Want) =\n%s", d)
	}
	r.Events[0].ActionSpan = record.Span{22, 26}
	if d := Diff(Marks(frags, false), Want(r)); !strings.Contains(d, "only in the record: event e1 [22, 26]") {
		t.Errorf("Diff of a moved event =\n%s", d)
	}
}
