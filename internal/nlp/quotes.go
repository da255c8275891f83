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

// findQuotations pairs the quotation marks of every paragraph into
// quotations.
// Double marks pair first; straight ones pair by position and context,
// curly ones by direction. A quotation left open at the end of a paragraph
// continues when the next paragraph opens with a mark, and otherwise ends
// with its sentence, so one stray mark never swallows the rest of the text.
// Single marks make stretches only outside double ones, within a sentence.
func findQuotations(input []byte, paras []paragraph, sentEnd func(off int) int) []Quotation {
	var out []Quotation
	chain := 0
	carry := -1 // index in out of a stretch continued from the paragraph before
	for p, para := range paras {
		ms := marks(input, para.s, para.e)
		var doubles, singles []mark
		for _, m := range ms {
			if m.double {
				doubles = append(doubles, m)
			} else {
				singles = append(singles, m)
			}
		}
		first := len(out)
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
			// Inside "...", curly marks nest; inside “...”, straight ones do.
			straightOuter := o.dir == 0
			if nest > 0 {
				if straightOuter && m.dir < 0 || !straightOuter && m.dir == 0 {
					nest--
					continue
				}
				if straightOuter && m.dir > 0 {
					nest++
					continue
				}
				nest = 0
			} else if straightOuter && m.dir > 0 && !m.closesHere() ||
				!straightOuter && m.dir == 0 && m.opensHere() && !m.closesHere() {
				nest++
				continue
			}
			if m.dir > 0 && !m.closesHere() {
				// A second opening mark: the first was never closed.
				out = append(out, cut(input, o, sentEnd(o.e), p, para))
				openAt = i
				continue
			}
			out = append(out, stretchOf(input, o.s, o.e, m.s, m.e, p, para))
			openAt = -1
		}
		if openAt >= 0 {
			o := doubles[openAt]
			nextOpens := p+1 < len(paras) && opensParagraph(input, paras[p+1])
			if nextOpens && (o.s == para.s || len(out) == first || o.s >= lastEnd(out, first)) {
				st := stretchOf(input, o.s, o.e, para.e, para.e, p, para)
				out = append(out, st)
			} else if o.s == para.s {
				out = append(out, stretchOf(input, o.s, o.e, para.e, para.e, p, para))
			} else {
				out = append(out, cut(input, o, sentEnd(o.e), p, para))
			}
		}
		// Chains: a stretch continued from the paragraph before.
		if carry >= 0 && len(out) > first && out[first].Open == para.s {
			if out[carry].Chain < 0 {
				out[carry].Chain = chain
				chain++
			}
			out[first].Chain = out[carry].Chain
		}
		carry = -1
		if len(out) > first {
			last := len(out) - 1
			if out[last].Close == para.e && !closedBy(input, out[last]) && p+1 < len(paras) && opensParagraph(input, paras[p+1]) {
				carry = last
			}
		}
		out = append(out, singleStretches(input, singles, out[first:], p, para, sentEnd)...)
	}
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
