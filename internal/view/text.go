package view

import (
	"cmp"
	"slices"
	"strings"

	"github.com/extract-news/extract/internal/record"
)

// Kinds of mark, in the order marks of the same extent nest (outer first).
const (
	kindBlock   = iota // a paragraph, or the headline: always outermost
	kindClaim          // a claim's span
	kindEvent          // an event's action words
	kindMention        // one mention of an actor
)

// A mark is one thing marked in the text: a byte range of the text and what
// it stands for.
type mark struct {
	kind       int
	start, end int
	order      int    // position in its list, the last tie-break
	id         string // claim or event id; the actor's id for a mention
	actor      string // the mention's actor, the claim's speaker ("" for none)
	class      string // kind of claim; "h1" or "p" for a block
	low        bool   // confidence below 0.5 (and scored)
	sp         int    // the claim's speaker colour, -1 for none
	opened     bool   // a fragment of the mark has been written
}

// A node is a piece of the page's text: a run of text, or a fragment of a
// mark holding further nodes. A mark that crosses the end of the mark it is
// inside (or of a paragraph) is written as several fragments, so marks nest
// as HTML must.
type node struct {
	Text string
	Mark *Fragment
	Kids []*node
}

// A Fragment is what the template needs of one fragment of a mark.
type Fragment struct {
	Kind  string // "p", "h1" (blocks), "m" (mention), "c" (claim), "e" (event)
	Class string // the kind of a claim
	Ref   string // the claim or event id; the actor id for a mention
	Actor string // the mention's actor; the claim's speaker
	Start int    // byte offsets of the fragment in the text
	End   int
	Sp    int // a claim's speaker colour
	Low   bool
	Cont  bool // not the mark's first fragment
}

// marked lays text out in blocks, with the record's marks nested inside;
// colour is each speaker's colour.
func marked(text string, r record.Record, colour map[string]int) []*node {
	var marks []*mark
	for i, b := range blocks(text, r.Title) {
		marks = append(marks, &mark{kind: kindBlock, start: b.start, end: b.end, order: i, class: b.tag})
	}
	for i, c := range r.Claims {
		sp, n := "", -1
		if c.Speaker != nil {
			sp, n = *c.Speaker, colour[*c.Speaker]
		}
		marks = append(marks, &mark{kind: kindClaim, start: c.Span[0], end: c.Span[1], order: i,
			id: c.ID, actor: sp, class: c.Kind, low: low(c.Confidence), sp: n})
	}
	for i, e := range r.Events {
		marks = append(marks, &mark{kind: kindEvent, start: e.ActionSpan[0], end: e.ActionSpan[1], order: i,
			id: e.ID, low: low(e.Confidence)})
	}
	n := 0
	for _, a := range r.Actors {
		for _, s := range a.Spans {
			marks = append(marks, &mark{kind: kindMention, start: s[0], end: s[1], order: n,
				id: a.ID, actor: a.ID, low: low(a.Confidence)})
			n++
		}
	}
	marks = slices.DeleteFunc(marks, func(m *mark) bool {
		return m.start < 0 || m.end > len(text) || m.start >= m.end
	})
	return nest(text, marks)
}

// outer orders marks as they nest: blocks first, then by start, the longer
// first, then by kind and place in the record.
func outer(a, b *mark) int {
	if c := cmp.Compare(blockFirst(a), blockFirst(b)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.start, b.start); c != 0 {
		return c
	}
	if c := cmp.Compare(b.end, a.end); c != 0 {
		return c
	}
	if c := cmp.Compare(a.kind, b.kind); c != 0 {
		return c
	}
	return cmp.Compare(a.order, b.order)
}

func blockFirst(m *mark) int {
	if m.kind == kindBlock {
		return 0
	}
	return 1
}

// An open fragment: its mark, and the node it is written to.
type open struct {
	m *mark
	n *node
}

// nest cuts text at every mark's start and end and writes each piece inside
// the marks that cover it, outermost first. Between two cuts it keeps the
// fragments already open that the piece shares with the one before (the
// longest common prefix of the two orderings), closes the others and opens
// the rest. Text outside every block (the blank lines between paragraphs)
// is not written.
func nest(text string, marks []*mark) []*node {
	cuts := make([]int, 0, 2*len(marks))
	for _, m := range marks {
		cuts = append(cuts, m.start, m.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	slices.SortFunc(marks, func(a, b *mark) int { return cmp.Compare(a.start, b.start) })

	root := &node{}
	var stack []open
	var active []*mark
	next := 0 // marks[next] is the first not yet started
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		active = slices.DeleteFunc(active, func(m *mark) bool { return m.end <= lo })
		for next < len(marks) && marks[next].start <= lo {
			if marks[next].end > lo {
				active = append(active, marks[next])
			}
			next++
		}
		slices.SortFunc(active, outer)
		if len(active) == 0 || active[0].kind != kindBlock {
			for _, o := range stack {
				o.n.Mark.End = lo
			}
			stack = stack[:0]
			continue
		}
		p := 0
		for p < len(stack) && p < len(active) && stack[p].m == active[p] {
			p++
		}
		for _, o := range stack[p:] {
			o.n.Mark.End = lo
		}
		stack = stack[:p]
		for _, m := range active[p:] {
			parent := root
			if len(stack) > 0 {
				parent = stack[len(stack)-1].n
			}
			n := &node{Mark: fragment(m, lo)}
			parent.Kids = append(parent.Kids, n)
			stack = append(stack, open{m, n})
		}
		top := stack[len(stack)-1].n
		top.Kids = append(top.Kids, &node{Text: text[lo:hi]})
	}
	for _, o := range stack {
		o.n.Mark.End = cuts[len(cuts)-1]
	}
	return root.Kids
}

// fragment starts a fragment of m at offset start.
func fragment(m *mark, start int) *Fragment {
	f := &Fragment{Class: m.class, Ref: m.id, Actor: m.actor, Start: start, Low: m.low, Sp: m.sp}
	switch m.kind {
	case kindBlock:
		f.Kind = m.class
	case kindMention:
		f.Kind = "m"
	case kindEvent:
		f.Kind = "e"
	case kindClaim:
		f.Kind = "c"
	}
	f.Cont = m.opened
	m.opened = true
	return f
}

// A block is a paragraph of the text, or its headline.
type block struct {
	start, end int
	tag        string // "h1" or "p"
}

// blocks splits text into paragraphs: runs of lines between blank lines or,
// in a text with no blank line, each line. Each block is trimmed of the
// white space around it. The first block is the headline when it reads as
// the record's title.
func blocks(text, title string) []block {
	type line struct{ start, end int }
	var lines []line
	blank := false
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) == "" {
			blank = true
		}
		lines = append(lines, line{start, end})
		start = end + 1
	}
	var out []block
	cur := block{start: -1, tag: "p"}
	flush := func() {
		if cur.start >= 0 {
			out = append(out, trim(text, cur))
		}
		cur = block{start: -1, tag: "p"}
	}
	for _, l := range lines {
		if strings.TrimSpace(text[l.start:l.end]) == "" {
			flush()
			continue
		}
		if cur.start < 0 {
			cur.start = l.start
		}
		cur.end = l.end
		if !blank {
			flush()
		}
	}
	flush()
	if len(out) > 0 && title != "" && strings.TrimSpace(text[out[0].start:out[0].end]) == strings.TrimSpace(title) {
		out[0].tag = "h1"
	}
	return out
}

// trim narrows b to the text inside the white space around it.
func trim(text string, b block) block {
	s := text[b.start:b.end]
	lead := len(s) - len(strings.TrimLeft(s, " \t\r\n\v\f\u00a0\ufeff"))
	b.start += lead
	b.end = b.start + len(strings.TrimRight(s[lead:], " \t\r\n\v\f\u00a0\ufeff"))
	return b
}

// low tells whether a confidence marks an item as a guess: scored, and
// below one half. Zero means not yet scored.
func low(c float64) bool { return c > 0 && c < 0.5 }
