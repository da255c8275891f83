package view

import (
	"fmt"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// flat writes nodes as a compact markup: [k:start-end ...] for a fragment,
// with a + before k for a fragment that continues its mark.
func flat(nodes []*node) string {
	var b strings.Builder
	var walk func([]*node)
	walk = func(ns []*node) {
		for _, n := range ns {
			if n.Mark == nil {
				b.WriteString(n.Text)
				continue
			}
			cont := ""
			if n.Mark.Cont {
				cont = "+"
			}
			fmt.Fprintf(&b, "[%s%s%s:%d-%d ", cont, n.Mark.Kind, n.Mark.Ref, n.Mark.Start, n.Mark.End)
			walk(n.Kids)
			b.WriteString("]")
		}
	}
	walk(nodes)
	return b.String()
}

func TestMarked(t *testing.T) {
	sp := func(s string) *string { return &s }
	tests := []struct {
		name string
		text string
		rec  record.Record
		want string
	}{{
		name: "mention inside a claim",
		text: "Ann said the mayor lied.",
		rec: record.Record{
			Actors: []record.Actor{{ID: "a1", Spans: []record.Span{{0, 3}}}, {ID: "a2", Spans: []record.Span{{9, 18}}}},
			Claims: []record.Claim{{ID: "c1", Speaker: sp("a1"), Span: record.Span{9, 23}}},
		},
		want: "[p:0-24 [ma1:0-3 Ann] said [cc1:9-23 [ma2:9-18 the mayor] lied].]",
	}, {
		name: "claim inside a claim, same start",
		text: "Bo said it was \"fine\" and that was that.",
		rec: record.Record{
			Claims: []record.Claim{{ID: "c1", Span: record.Span{8, 39}}, {ID: "c2", Span: record.Span{16, 20}}},
			Events: []record.Event{{ID: "e1", ActionSpan: record.Span{8, 10}}},
		},
		want: "[p:0-40 Bo said [cc1:8-39 [ee1:8-10 it] was \"[cc2:16-20 fine]\" and that was that].]",
	}, {
		name: "a mark crossing the end of another is cut in two",
		text: "one two three four",
		rec: record.Record{
			Actors: []record.Actor{{ID: "a1", Spans: []record.Span{{4, 13}}}},
			Claims: []record.Claim{{ID: "c1", Span: record.Span{0, 7}}},
		},
		want: "[p:0-18 [cc1:0-7 one [ma1:4-7 two]][+ma1:7-13  three] four]",
	}, {
		name: "a claim across two paragraphs",
		text: "Title\n\nFirst part.\n\nSecond part.\n",
		rec: record.Record{
			Title:  "Title",
			Claims: []record.Claim{{ID: "c1", Span: record.Span{13, 25}}},
		},
		want: "[h1:0-5 Title][p:7-18 First [cc1:13-18 part.]][p:20-32 [+cc1:20-25 Secon]d part.]",
	}, {
		name: "no blank lines: each line a paragraph, CRLF kept out",
		text: "One.\r\nTwo.\r\n",
		rec:  record.Record{Actors: []record.Actor{{ID: "a1", Spans: []record.Span{{0, 3}, {6, 9}}}}},
		want: "[p:0-4 [ma1:0-3 One].][p:6-10 [ma1:6-9 Two].]",
	}, {
		name: "spans out of range are left out, not a panic",
		text: "short",
		rec:  record.Record{Actors: []record.Actor{{ID: "a1", Spans: []record.Span{{3, 99}, {-1, 2}, {4, 2}}}}},
		want: "[p:0-5 short]",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := flat(marked(tt.text, tt.rec, map[string]int{}))
			if got != tt.want {
				t.Errorf("marked(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestBlocksHeadline(t *testing.T) {
	got := blocks("\ufeffA headline \r\n\r\nBody line one\nline two\r\n\r\n\r\nLast", "A headline")
	want := []block{{3, 13, "h1"}, {18, 40, "p"}, {46, 50, "p"}} // the BOM is 3 bytes
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("blocks = %v, want %v", got, want)
	}
}

func TestShort(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short enough", 20, "short enough"},
		{"the minister said the budget would pass", 20, "the minister said…"},
		{"ééééééééé", 4, "éééé…"},
	}
	for _, tt := range tests {
		if got := short(tt.in, tt.n); got != tt.want {
			t.Errorf("short(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
