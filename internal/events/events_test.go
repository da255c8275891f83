package events

import (
	"fmt"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/actors"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/record/recordtest"
	"github.com/extract-news/extract/internal/syntax"
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
	d, r := recordtest.Parse(t, text)
	for i, m := range ms {
		r.Actors = append(r.Actors, recordtest.Actor(text, fmt.Sprintf("a%d", i+1), m.typ, m.names...))
	}
	r.Events = Find(syntax.Parse(d, Words()), r.Actors, actors.NewResolver(d, r.Actors))
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
		// What did not happen, or only might, is no event of the story.
		{"Mayor Lena Ortiz did not sign the bill last week.",
			[]mention{person("Lena Ortiz")},
			nil},
		{"Acme Corp could close the plant.",
			[]mention{org("Acme Corp")},
			nil},
		{"Acme Corp would close the plant, Lena Ortiz said.",
			[]mention{org("Acme Corp"), person("Lena Ortiz")},
			[]string{"close/Acme Corp/possible//"}},
		{"The bill was blocked by Lena Ortiz on Tuesday.",
			[]mention{person("Lena Ortiz")},
			[]string{"block/Lena Ortiz/past/Tuesday/"}},
		{`Lena Ortiz said: "We stopped the deal in 2015."`,
			[]mention{person("Lena Ortiz")},
			nil},
		{"The Daily Ledger cited three examples, according to Lena Ortiz.",
			[]mention{org("Daily Ledger"), person("Lena Ortiz")},
			nil},
		{"Lena Ortiz opposes the plan.",
			[]mention{person("Lena Ortiz")},
			nil},
		{"Acme Corp challenged the order in court and won the case.",
			[]mention{org("Acme Corp")},
			[]string{"challenge/Acme Corp/past//", "win/Acme Corp/past//"}},
		// An event noun with no actor fills a short article.
		{"After weeks of talks, Acme Corp backed down yesterday.",
			[]mention{org("Acme Corp")},
			[]string{"negotiate//past//", "back down/Acme Corp/past/yesterday/"}},
		// Event nouns take their agent from a possessive, a by-phrase, a
		// name before them or the verb whose object they are.
		{"Northwind's purchase of the factory surprised analysts.",
			[]mention{org("Northwind")},
			[]string{"purchase/Northwind/past//", "surprise//past//"}},
		{"The board approved the acquisition of Brightline by Acme Corp on Friday.",
			[]mention{org("Acme Corp"), org("Brightline")},
			[]string{"approve//past/Friday/", "acquire/Acme Corp/past/Friday/"}},
		{"Skyvale Air has negotiated the purchase of 14 used turboprops.",
			[]mention{org("Skyvale Air")},
			[]string{"negotiate/Skyvale Air/past//", "purchase/Skyvale Air/past//"}},
		{"Rosa Vidal filed for bankruptcy in March.",
			[]mention{person("Rosa Vidal")},
			[]string{"file/Rosa Vidal/past/March/", "go bankrupt/Rosa Vidal/past/March/"}},
		// Happenings are events too: a keynote takes the agent of the verb
		// whose object it is; an event with no actor fills a short article.
		{"Lena Ortiz gave the keynote on Monday. The event drew 5,000 people.",
			[]mention{person("Lena Ortiz")},
			[]string{"give/Lena Ortiz/past/Monday/", "keynote/Lena Ortiz/past/Monday/", "event//past//", "draw//past//"}},
		{"In a surprising move, Acme Corp left the talks.",
			[]mention{org("Acme Corp")},
			[]string{"move//past//", "leave/Acme Corp/past//", "negotiate/Acme Corp/past//"}},
		// A headline's "X to do" and "X doing" tell the story's main event.
		{"Acme Corp to cut 3,000 jobs\n\nThe news shocked the town.",
			[]mention{org("Acme Corp")},
			[]string{"cut/Acme Corp/past//", "shock//past//"}},
		// Non-finite verbs take the agent of their clause.
		{"Acme Corp was fined after violating the law.",
			[]mention{org("Acme Corp")},
			[]string{"fine//past//", "violate/Acme Corp/ongoing//"}},
		{"Northwind will be willing to contribute $5 million to the search.",
			[]mention{org("Northwind")},
			[]string{"contribute/Northwind/past//"}},
		{"Acme Corp is suing the regulator, with Brightline joining the legal battle.",
			[]mention{org("Acme Corp"), org("Brightline")},
			[]string{"sue/Acme Corp/ongoing//", "join/Brightline/ongoing//"}},
		// A subject parted from its verb by commas.
		{"The Zenith Index, a share index used to gauge the mood of traders, fell 300 points on Monday.",
			[]mention{org("Zenith Index")},
			[]string{"use//past//", "gauge/Zenith Index/past//", "fall/Zenith Index/past/Monday/"}},
		{"The primary Freedonia index, the ZX 100, dropped in value by 2%.",
			[]mention{place("Freedonia"), org("ZX")},
			[]string{"drop/ZX/past//"}},
		{"The ZX 100, however, gained 0.7% on Friday.",
			[]mention{org("ZX")},
			[]string{"gain/ZX/past/Friday/"}},
		{"Acme Corp, which was founded in 1990, bought Brightline.",
			[]mention{org("Acme Corp"), org("Brightline")},
			[]string{"found//past/1990/", "buy/Acme Corp/past/1990/"}},
		{"After the news the Zenith Index dipped, then rose by 3%.",
			[]mention{org("Zenith Index")},
			[]string{"dip/Zenith Index/past//", "rise/Zenith Index/past//"}},
		// A subject before a parenthesis, and a by-agent after what a
		// passive names.
		{"The Zenith Index (ZNX) finished 54 points up.",
			[]mention{org("Zenith Index")},
			[]string{"finish/Zenith Index/past//"}},
		{"The largest drop was with the Zenith Index (ZNX), which fell 7%.",
			[]mention{org("Zenith Index")},
			[]string{"drop//past//", "fall/Zenith Index/past//"}},
		{"The jet has been named the Skyliner by Northwind.",
			[]mention{org("Northwind")},
			[]string{"name/Northwind/past//"}},
		{"The plant was sold to a rival firm by Acme Corp in 2015.",
			[]mention{org("Brightline"), org("Acme Corp")},
			[]string{"sell/Acme Corp/past/2015/"}},
		// A pronoun subject stands alone after "and".
		{"Lena Ortiz was fired from the company and she founded Brightline.",
			[]mention{person("Lena Ortiz", "she"), org("the company"), org("Brightline")},
			[]string{"fire//past//", "found/Lena Ortiz/past//"}},
		// The actors link descriptions such as "the company" themselves.
		{"Acme Corp sold the plant in 2015. The company fired 300 workers.",
			[]mention{org("Acme Corp", "The company")},
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

// TestFill checks that events with no actor only fill an article up to
// maxEvents, while those with one are all kept.
func TestFill(t *testing.T) {
	org := func(n ...string) mention { return mention{record.Organization, n} }
	var b strings.Builder
	for i := 0; i < 20; i++ {
		b.WriteString("The crane fell. ")
	}
	evs, _ := analyse(t, "Acme Corp sold the plant. "+b.String(), []mention{org("Acme Corp")})
	if len(evs) != maxEvents || evs[0].Action != "sell" {
		t.Errorf("%d events, first %q; want %d, first sell", len(evs), evs[0].Action, maxEvents)
	}
	b.Reset()
	for i := 0; i < maxEvents+3; i++ {
		b.WriteString("Acme Corp sold a plant. ")
	}
	evs, _ = analyse(t, b.String()+"The crane fell.", []mention{org("Acme Corp")})
	if len(evs) != maxEvents+3 {
		t.Errorf("%d events; want the %d with an actor", len(evs), maxEvents+3)
	}
}

// TestReducedPassive checks that a bare participle before "by" is passive
// unless "by" measures an amount.
func TestReducedPassive(t *testing.T) {
	for text, want := range map[string]bool{
		"A plan backed by the union passed.":  true,
		"Shares, lifted by 5%, closed high.":  false,
		"Prices, raised by $2, fell quickly.": false,
	} {
		d, err := nlp.Parse([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		f := newFinder(syntax.Parse(d, Words()), nil)
		for _, g := range f.groups(0) {
			if d.Tokens[g.Main].Tag == "VBN" && g.Passive != want {
				t.Errorf("%q: %q passive %v, want %v", text, d.Tokens[g.Main].Text, g.Passive, want)
			}
		}
	}
}

// TestFillOrder checks that an event noun with no actor fills an article
// before a clause with none.
func TestFillOrder(t *testing.T) {
	org := func(n ...string) mention { return mention{record.Organization, n} }
	var b strings.Builder
	for i := 0; i < maxEvents; i++ {
		b.WriteString("The crane fell. ")
	}
	evs, _ := analyse(t, b.String()+"The deal surprised nobody. Acme Corp sold the plant.", []mention{org("Acme Corp")})
	got := map[string]int{}
	for _, e := range evs {
		got[e.Action]++
	}
	if len(evs) != maxEvents || got["agree"] != 1 || got["sell"] != 1 || got["fall"] != maxEvents-2 {
		t.Errorf("kept %v; want the sale, the deal and %d falls", got, maxEvents-2)
	}
}

// TestQuestionOpeners: a sentence may open on its relative or question
// word, with nothing before it to be a subject.
func TestQuestionOpeners(t *testing.T) {
	for _, text := range []string{
		"Who won the Vegas debate?\n\nMaria Delgado won it.\n",
		"Which fell first? The Dow fell.\n",
		"Whose plan passed?\n",
	} {
		analyse(t, text, []mention{{"person", []string{"Maria Delgado"}}, {"organization", []string{"Dow"}}})
	}
}
