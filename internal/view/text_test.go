package view

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
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

// Random overlapping marks: every piece of every block is written once, in
// order, and each mark's fragments cover exactly its span within the
// blocks, whatever the overlaps. Each actor has one mention, so that each
// mark has a key of its own.
func TestMarkedRandom(t *testing.T) {
	const text = "One two three four five.\n\nSix seven eight nine ten.\n\nEleven twelve."
	rng := rand.New(rand.NewPCG(1, 2))
	span := func() record.Span {
		a, b := rng.IntN(len(text)+1), rng.IntN(len(text)+1)
		return record.Span{min(a, b), max(a, b)}
	}
	bl := blocks(text, "")
	inBlocks := func(s record.Span) []record.Span {
		var out []record.Span
		for _, b := range bl {
			if lo, hi := max(s[0], b.start), min(s[1], b.end); lo < hi {
				out = append(out, record.Span{lo, hi})
			}
		}
		return out
	}
	for round := range 2000 {
		var r record.Record
		for i := range 6 {
			r.Actors = append(r.Actors, record.Actor{ID: fmt.Sprintf("a%d", i+1), Spans: []record.Span{span()}})
			r.Claims = append(r.Claims, record.Claim{ID: fmt.Sprintf("c%d", i+1), Span: span()})
			r.Events = append(r.Events, record.Event{ID: fmt.Sprintf("e%d", i+1), ActionSpan: span()})
		}
		nodes := marked(text, r, map[string]int{})

		// The text, block by block.
		if len(nodes) != len(bl) {
			t.Fatalf("round %d: %d blocks written, want %d", round, len(nodes), len(bl))
		}
		for i, n := range nodes {
			var b strings.Builder
			var walk func(*node)
			walk = func(n *node) {
				b.WriteString(n.Text)
				for _, k := range n.Kids {
					walk(k)
				}
			}
			walk(n)
			if got, want := b.String(), text[bl[i].start:bl[i].end]; got != want {
				t.Fatalf("round %d: block %d reads %q, want %q", round, i, got, want)
			}
		}

		// Each mark's fragments, joined where they touch.
		got := map[string][]record.Span{}
		var walk func(*node)
		walk = func(n *node) {
			if f := n.Mark; f != nil && f.Kind != "p" && f.Kind != "h1" {
				key := f.Kind + f.Ref
				if s := got[key]; len(s) > 0 && s[len(s)-1][1] == f.Start && f.Cont {
					s[len(s)-1][1] = f.End
				} else {
					got[key] = append(s, record.Span{f.Start, f.End})
				}
			}
			for _, k := range n.Kids {
				walk(k)
			}
		}
		for _, n := range nodes {
			walk(n)
		}
		want := map[string][]record.Span{}
		for _, a := range r.Actors {
			for _, s := range a.Spans {
				want["m"+a.ID] = append(want["m"+a.ID], inBlocks(s)...)
			}
		}
		for _, c := range r.Claims {
			want["c"+c.ID] = inBlocks(c.Span)
		}
		for _, e := range r.Events {
			want["e"+e.ID] = inBlocks(e.ActionSpan)
		}
		for k := range want {
			if len(want[k]) == 0 {
				delete(want, k)
			}
			slices.SortFunc(want[k], func(a, b record.Span) int { return cmp.Compare(a[0], b[0]) })
			slices.SortFunc(got[k], func(a, b record.Span) int { return cmp.Compare(a[0], b[0]) })
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("round %d: the marks' fragments cover\n%v\nwant\n%v", round, got, want)
		}
	}
}
