package events

import (
	"fmt"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/record/recordtest"
)

// mention names an actor of a test and the strings that mention it.
type mention struct {
	typ   string
	names []string
}

// analyse parses text, makes actors whose spans are every occurrence of
// their names, and returns the events with the record they make.
func analyse(t *testing.T, text string, ms []mention) ([]record.Event, record.Record) {
	t.Helper()
	d, err := nlp.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	r := record.New("test")
	r.Stats = record.Stats{Bytes: len(text), Sentences: len(d.Sentences), Words: len(strings.Fields(text))}
	for i, m := range ms {
		a := record.Actor{ID: fmt.Sprintf("a%d", i+1), Name: m.names[0], Type: m.typ, Aliases: []string{}, Titles: []string{}, Spans: []record.Span{}}
		for _, n := range m.names {
			for off := 0; ; {
				j := strings.Index(text[off:], n)
				if j < 0 {
					break
				}
				a.Spans = append(a.Spans, record.Span{off + j, off + j + len(n)})
				off += j + len(n)
			}
		}
		a.Mentions = len(a.Spans)
		r.Actors = append(r.Actors, a)
	}
	r.Events = Find(d, r.Actors, nil)
	recordtest.Check(t, r, []byte(text))
	return r.Events, r
}

func name(r record.Record, id *string) string {
	if id == nil {
		return ""
	}
	for _, a := range r.Actors {
		if a.ID == *id {
			return a.Name
		}
	}
	return "?" + *id
}

func TestFind(t *testing.T) {
	person := func(n ...string) mention { return mention{record.Person, n} }
	org := func(n ...string) mention { return mention{record.Organization, n} }
	place := func(n ...string) mention { return mention{record.Location, n} }
	tests := []struct {
		text   string
		actors []mention
		// want lists action/agent/modality/time/place of each event, in order.
		want []string
	}{
		{"Northwind withdrew its cloud service from the Freedonia market in February.",
			[]mention{org("Northwind"), place("Freedonia")},
			[]string{"withdraw/Northwind/past/February/Freedonia"}},
		{"The Ruritania government is preparing to retreat from its order.",
			[]mention{org("Ruritania government")},
			[]string{"retreat/Ruritania government/future//"}},
		{"The Home Ministry will likely abandon its demand.",
			[]mention{org("Home Ministry")},
			[]string{"abandon/Home Ministry/possible//"}},
		{"Mayor Lena Ortiz did not sign the bill last week.",
			[]mention{person("Lena Ortiz")},
			[]string{"sign/Lena Ortiz/negated/last week/"}},
		{"The bill was blocked by Lena Ortiz on Tuesday.",
			[]mention{person("Lena Ortiz")},
			[]string{"block/Lena Ortiz/past/Tuesday/"}},
		{`Lena Ortiz said: "We stopped the deal in 2015."`,
			[]mention{person("Lena Ortiz")},
			nil},
		{"Lena Ortiz opposes the merger.",
			[]mention{person("Lena Ortiz")},
			nil},
		{"Acme Corp challenged the order in court and won the case.",
			[]mention{org("Acme Corp")},
			[]string{"challenge/Acme Corp/past//", "win/Acme Corp/past//"}},
		{"After weeks of talks, Acme Corp backed down yesterday.",
			[]mention{org("Acme Corp")},
			[]string{"back down/Acme Corp/past/yesterday/"}},
		{"Acme Corp is suing the regulator, with Brightline joining the legal battle.",
			[]mention{org("Acme Corp"), org("Brightline")},
			[]string{"sue/Acme Corp/ongoing//", "join/Brightline/ongoing//"}},
		{"Acme Corp sold the plant in 2015. The company fired 300 workers.",
			[]mention{org("Acme Corp")},
			[]string{"sell/Acme Corp/past/2015/", "fire/Acme Corp/past//"}},
	}
	for _, tc := range tests {
		evs, r := analyse(t, tc.text, tc.actors)
		var got []string
		for _, e := range evs {
			got = append(got, fmt.Sprintf("%s/%s/%s/%s/%s", e.Action, name(r, e.Agent), e.Modality, e.Time, name(r, e.Place)))
		}
		if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("Find(%q):\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
