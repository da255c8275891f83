package nlp

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// Quotation is one contiguous run of quoted words: the text between an
// opening mark and its closing mark, or between an opening mark and the end
// of its paragraph when the quotation continues into the next one.
type Quotation struct {
	Open       int  // input offset of the opening mark
	Close      int  // input offset just past the closing mark, or the end of the text quoted
	Start, End int  // the quoted text, marks and surrounding space excluded
	Paragraph  int  // paragraph index
	Chain      int  // quotations over several paragraphs share a chain; else -1
	Leads      bool // the opening mark starts its paragraph
}

// Closed reports whether the quotation ended at a closing mark, rather than
// with its sentence or paragraph.
func (q Quotation) Closed(input []byte) bool { return closedBy(input, q) }

// quote finds the paragraphs, the quotations and the quoted text of d.
func (d *Doc) quote() {
	var paras []paragraph
	for _, s := range d.Sentences {
		if s.Paragraph >= len(paras) {
			paras = append(paras, paragraph{s.Start, s.End})
		} else if s.End > paras[s.Paragraph].e {
			paras[s.Paragraph].e = s.End
		}
	}
	d.Paragraphs = make([][2]int, len(paras))
	for i, p := range paras {
		d.Paragraphs[i] = [2]int{p.s, p.e}
	}
	d.Quotations = findQuotations(d.Input, paras, d.sentEnd)
	d.Quotes = quotedText(d.Quotations)
}

// sentEnd returns the end of the sentence holding input offset off.
func (d *Doc) sentEnd(off int) int { return d.Sentences[d.SentenceAt(off)].End }

// quotedText returns the quoted text of the quotations as sorted,
// disjoint spans.
func quotedText(qs []Quotation) [][2]int {
	out := make([][2]int, 0, len(qs))
	for _, q := range qs {
		out = append(out, [2]int{q.Start, q.End})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	merged := out[:0]
	for _, sp := range out {
		if n := len(merged); n > 0 && sp[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], sp[1])
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// mark is one quotation mark in the input.
type mark struct {
	s, e   int  // input span of the mark
	double bool // a double mark; else single
	dir    int  // +1 opening, -1 closing, 0 either (straight marks)
	before rune // the rune before it, or '\n' at a paragraph start
	after  rune // the rune after it, or '\n' at a paragraph end
}

func (m mark) opensHere() bool {
	return m.dir > 0 || m.dir == 0 && openContext(m.before) && !isSpaceRune(m.after) && m.after != '\n'
}

func (m mark) closesHere() bool {
	return m.dir < 0 || m.dir == 0 && !isSpaceRune(m.before) && m.before != '\n' && closeContext(m.after)
}

func openContext(r rune) bool {
	switch r {
	case '\n', '(', '[', '-', '/', '—', '–', ':':
		return true
	}
	return isSpaceRune(r)
}

func closeContext(r rune) bool {
	switch r {
	case '\n', '.', ',', ';', ':', '!', '?', ')', ']', '-', '—', '–', '"', '”', '\'', '’':
		return true
	}
	return isSpaceRune(r)
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == 0xA0 || unicode.IsSpace(r) && r != '\n'
}

// marks returns the quotation marks of input[s:e], one paragraph.
func marks(input []byte, s, e int) []mark {
	var out []mark
	prev := rune('\n')
	for i := s; i < e; {
		r, n := utf8.DecodeRune(input[i:e])
		m := mark{s: i, e: i + n, before: prev}
		ok := true
		// Two single marks make a double one: ''quoted'' and ``quoted''.
		if r2, n2 := utf8.DecodeRune(input[i+n : e]); i+n < e && (r == '\'' || r == '`' || r == '‘' || r == '’') && r2 == r {
			m.e = i + n + n2
			m.double = true
			switch r {
			case '`', '‘':
				m.dir = +1
			case '’':
				m.dir = -1
			}
			m.after = '\n'
			if m.e < e {
				m.after, _ = utf8.DecodeRune(input[m.e:e])
			}
			out = append(out, m)
			prev = r2
			i = m.e
			continue
		}
		switch r {
		case '"', '″':
			m.double = true
		case '“', '„', '‟', '«':
			m.double, m.dir = true, +1
		case '”', '»':
			m.double, m.dir = true, -1
		case '\'':
		case '‘', '‚', '‛', '`':
			m.dir = +1
		case '’':
			m.dir = -1
		default:
			ok = false
		}
		if ok {
			m.after = '\n'
			if i+n < e {
				m.after, _ = utf8.DecodeRune(input[i+n : e])
			}
			if m.double || singleQuoteMark(m) {
				out = append(out, m)
			}
		}
		prev = r
		i += n
	}
	return out
}

// singleQuoteMark reports whether a single mark can be a quotation mark
// rather than an apostrophe: one standing between a letter and a letter
// ("don't") or after a letter before "s" is an apostrophe.
func singleQuoteMark(m mark) bool {
	lb, la := isLetterOrDigit(m.before), isLetterOrDigit(m.after)
	if lb && la {
		return false
	}
	if m.dir >= 0 && !lb && la {
		return openContext(m.before)
	}
	if !la && lb || !la && isClosePunct(m.before) {
		return closeContext(m.after)
	}
	return false
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isClosePunct(r rune) bool { return r == '.' || r == ',' || r == '!' || r == '?' }

// paragraph is the input span of one paragraph (one input line).
type paragraph struct{ s, e int }

// quoteReader holds the state of findQuotations over the paragraphs.
type quoteReader struct {
	input   []byte
	paras   []paragraph
	sentEnd func(off int) int
	out     []Quotation
	chain   int // the next chain number
	carry   int // index in out of a quotation continued from the paragraph before, or -1
}

// pairDoubles pairs the double marks of paragraph p into quotations and
// returns the index of the mark left open at its end, or -1. Inside
// "...", curly marks nest; inside “...”, straight ones do. A second
// opening mark cuts the first, never closed, at its sentence's end.
func (r *quoteReader) pairDoubles(p int, doubles []mark) int {
	para := r.paras[p]
	openAt := -1
	nest := 0 // depth of quotations inside the open one, in the other style
	for i, m := range doubles {
		if openAt < 0 {
			if m.opensHere() || m.dir == 0 || m.dir < 0 && isLetterOrDigit(m.after) {
				openAt, nest = i, 0
			}
			continue
		}
		o := doubles[openAt]
		if d := nesting(o, m, nest); d != 0 {
			nest += d
			continue
		}
		nest = 0
		if m.dir > 0 && !m.closesHere() {
			// A second opening mark: the first was never closed.
			r.out = append(r.out, cut(r.input, o, r.sentEnd(o.e), p, para))
			openAt = i
			continue
		}
		r.out = append(r.out, stretchOf(r.input, o.s, o.e, m.s, m.e, p, para))
		openAt = -1
	}
	return openAt
}

// nesting returns how mark m changes the depth nest of quotations of the
// other style inside the one opened by mark o: +1 when it opens one, -1
// when it closes one, 0 when it belongs to o's own style.
func nesting(o, m mark, nest int) int {
	straightOuter := o.dir == 0
	if nest > 0 {
		switch {
		case straightOuter && m.dir < 0 || !straightOuter && m.dir == 0:
			return -1
		case straightOuter && m.dir > 0:
			return +1
		}
		return 0
	}
	if straightOuter && m.dir > 0 && !m.closesHere() ||
		!straightOuter && m.dir == 0 && m.opensHere() && !m.closesHere() {
		return +1
	}
	return 0
}

// leftOpen ends the quotation of mark o, still open at the end of
// paragraph p: at the paragraph's end when the next paragraph opens with a
// mark (the quotation goes on there) or when o starts the paragraph, else
// at its sentence's end. first is the index in out of p's first quotation.
func (r *quoteReader) leftOpen(p, first int, o mark) {
	para := r.paras[p]
	nextOpens := p+1 < len(r.paras) && opensParagraph(r.input, r.paras[p+1])
	if nextOpens && (o.s == para.s || len(r.out) == first || o.s >= lastEnd(r.out, first)) || o.s == para.s {
		r.out = append(r.out, stretchOf(r.input, o.s, o.e, para.e, para.e, p, para))
		return
	}
	r.out = append(r.out, cut(r.input, o, r.sentEnd(o.e), p, para))
}

// link chains the first quotation of paragraph p to the one continued from
// the paragraph before, and notes p's last quotation when it goes on into
// the next paragraph.
func (r *quoteReader) link(p, first int) {
	para, out := r.paras[p], r.out
	if r.carry >= 0 && len(out) > first && out[first].Open == para.s {
		if out[r.carry].Chain < 0 {
			out[r.carry].Chain = r.chain
			r.chain++
		}
		out[first].Chain = out[r.carry].Chain
	}
	r.carry = -1
	if len(out) > first {
		last := len(out) - 1
		if out[last].Close == para.e && !closedBy(r.input, out[last]) && p+1 < len(r.paras) && opensParagraph(r.input, r.paras[p+1]) {
			r.carry = last
		}
	}
}

// findQuotations pairs the quotation marks of every paragraph into
// quotations.
// Double marks pair first; straight ones pair by position and context,
// curly ones by direction. A quotation left open at the end of a paragraph
// continues when the next paragraph opens with a mark, and otherwise ends
// with its sentence, so one stray mark never swallows the rest of the text.
// Single marks make stretches only outside double ones, within a sentence.
func findQuotations(input []byte, paras []paragraph, sentEnd func(off int) int) []Quotation {
	r := &quoteReader{input: input, paras: paras, sentEnd: sentEnd, carry: -1}
	for p, para := range paras {
		var doubles, singles []mark
		for _, m := range marks(input, para.s, para.e) {
			if m.double {
				doubles = append(doubles, m)
			} else {
				singles = append(singles, m)
			}
		}
		first := len(r.out)
		if openAt := r.pairDoubles(p, doubles); openAt >= 0 {
			r.leftOpen(p, first, doubles[openAt])
		}
		r.link(p, first)
		r.out = append(r.out, singleStretches(input, singles, r.out[first:], p, para, sentEnd)...)
	}
	out := r.out
	// Keep them in order of start.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Open < out[j-1].Open; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func lastEnd(out []Quotation, first int) int {
	if len(out) == first {
		return 0
	}
	return out[len(out)-1].Close
}

// closedBy reports whether a stretch ended at a closing mark.
func closedBy(input []byte, st Quotation) bool {
	if st.Close <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(input[:st.Close])
	switch r {
	case '"', '”', '»', '″', '\'', '’':
		return true
	}
	return false
}

// opensParagraph reports whether a paragraph starts with an opening double
// quotation mark.
func opensParagraph(input []byte, p paragraph) bool {
	r, _ := utf8.DecodeRune(input[p.s:p.e])
	switch r {
	case '"', '“', '„', '«':
		return true
	}
	return false
}

// stretchOf makes the quotation from an opening mark [os, oe) to a closing
// mark [cs, ce) (cs == ce at a paragraph end).
func stretchOf(input []byte, os, oe, cs, ce, p int, para paragraph) Quotation {
	s, e := trimSpace(input, oe, cs)
	return Quotation{Open: os, Close: ce, Start: s, End: e, Paragraph: p, Chain: -1, Leads: os == para.s}
}

// cut makes the quotation of an opening mark never closed: it ends with the
// sentence the mark is in.
func cut(input []byte, o mark, end, p int, para paragraph) Quotation {
	if end > para.e || end < o.e {
		end = para.e
	}
	return stretchOf(input, o.s, o.e, end, end, p, para)
}

func trimSpace(input []byte, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRune(input[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRune(input[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// singleStretches pairs single marks outside the double stretches of one
// paragraph: an opening mark with the next closing mark in its sentence.
func singleStretches(input []byte, singles []mark, doubles []Quotation, p int, para paragraph, sentEnd func(int) int) []Quotation {
	var out []Quotation
	inside := func(m mark) bool {
		for _, d := range doubles {
			if m.s >= d.Open && m.s < d.Close {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(singles); i++ {
		o := singles[i]
		if inside(o) || !(o.dir >= 0 && !isLetterOrDigit(o.before) && isLetterOrDigit(o.after) || o.dir > 0 && !isLetterOrDigit(o.before)) {
			continue
		}
		end := sentEnd(o.e)
		for j := i + 1; j < len(singles); j++ {
			c := singles[j]
			if c.s >= end+3 {
				break
			}
			if inside(c) {
				break
			}
			if c.dir <= 0 && !isLetterOrDigit(c.after) && (isLetterOrDigit(c.before) || isClosePunct(c.before)) {
				out = append(out, stretchOf(input, o.s, o.e, c.s, c.e, p, para))
				i = j
				break
			}
		}
	}
	return out
}
