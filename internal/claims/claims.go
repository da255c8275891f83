package claims

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// Find returns the claims of d: direct quotations, quoted fragments
// (partial) and reported speech (indirect), with ids c1, c2, ... in order of
// span start. A speaker is one of actors, found through the actors' spans: a
// token inside an actor's span belongs to that actor. When Find resolves a
// pronoun speaker ("he said") that package actors did not link, it adds the
// pronoun's span to that actor's Spans (kept sorted) and updates Mentions,
// so actors is modified in place.
func Find(d *nlp.Doc, actors []record.Actor) []record.Claim {
	if d == nil || len(d.Sentences) == 0 {
		return []record.Claim{}
	}
	f := newFinder(d, actors)
	f.find()
	return f.records()
}

// claim is a claim being built; speaker indexes f.actors.
type claim struct {
	span    [2]int
	kind    string
	cue     string
	speaker int
	para    int
	sent    int
	stretch int  // the stretch it quotes, or -1
	labeled bool // a transcript's turn, its speaker named by its label
}

// finder holds the state of one call to Find.
type finder struct {
	d          *nlp.Doc
	actors     []record.Actor
	lx         *lexicon
	paras      []paragraph
	owner      []int           // token → actor index, or none
	inQuote    []int           // token → stretch index, or -1
	quotedText [][2]int        // the stretches' quoted text as sorted, disjoint spans
	spans      map[[2]int]bool // spans of the claims added
	stretches  []stretch
	usedCue    map[int]bool // tokens of cues that attribute a quotation
	claims     []claim
}

func newFinder(d *nlp.Doc, actors []record.Actor) *finder {
	f := &finder{d: d, actors: actors, lx: loadLexicon(), usedCue: map[int]bool{}}
	for _, s := range d.Sentences {
		if s.Paragraph >= len(f.paras) {
			f.paras = append(f.paras, paragraph{s.Start, s.End})
		} else if s.End > f.paras[s.Paragraph].e {
			f.paras[s.Paragraph].e = s.End
		}
	}
	f.owner = make([]int, len(d.Tokens))
	best := make([]int, len(d.Tokens))
	for i := range f.owner {
		f.owner[i] = none
	}
	for a, act := range actors {
		for _, sp := range act.Spans {
			lo := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp[0] })
			for i := lo; i < len(d.Tokens) && d.Tokens[i].End <= sp[1]; i++ {
				// The longest span holding a token wins: "US" in "US officials".
				if n := sp[1] - sp[0]; f.owner[i] == none || n > best[i] {
					f.owner[i], best[i] = a, n
				}
			}
		}
	}
	f.stretches = findStretches(d.Input, f.paras, f.sentEnd)
	// Each token takes the first stretch holding it. Stretches nest only
	// one deep (single marks inside double ones), so placing each stretch's
	// tokens is linear in the text.
	f.inQuote = make([]int, len(d.Tokens))
	for i := range f.inQuote {
		f.inQuote[i] = -1
	}
	for q, st := range f.stretches {
		for i := d.TokenAt(st.open); i < len(d.Tokens) && d.Tokens[i].Start < st.close; i++ {
			if f.inQuote[i] < 0 {
				f.inQuote[i] = q
			}
		}
	}
	f.quotedText = mergeSpans(f.stretches)
	return f
}

// mergeSpans returns the quoted text of the stretches as sorted,
// disjoint spans.
func mergeSpans(ss []stretch) [][2]int {
	out := make([][2]int, 0, len(ss))
	for _, st := range ss {
		out = append(out, [2]int{st.s, st.e})
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

// sentAt returns the index of the sentence holding input offset off: the
// last one starting at or before it.
func (f *finder) sentAt(off int) int {
	ss := f.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Start > off })
	if i > 0 {
		i--
	}
	return i
}

// sentEnd returns the end of the sentence holding off.
func (f *finder) sentEnd(off int) int { return f.d.Sentences[f.sentAt(off)].End }

func (f *finder) paraAt(off int) int { return f.d.Sentences[f.sentAt(off)].Paragraph }

// tokAt returns the index of the first token starting at or after off.
func (f *finder) tokAt(off int) int {
	return sort.Search(len(f.d.Tokens), func(i int) bool { return f.d.Tokens[i].Start >= off })
}

func (f *finder) find() {
	next := 0 // next stretch to handle
	for si, s := range f.d.Sentences {
		if si == 0 || f.d.Sentences[si-1].Paragraph != s.Paragraph {
			f.label(si)
		}
		for next < len(f.stretches) && f.stretches[next].open < s.End {
			f.quotation(next)
			next++
		}
		f.reported(si)
	}
	f.chains()
}

// cueAt returns the cue that starts at token i: its token limit and class.
func (f *finder) cueAt(i int) (int, class, bool) {
	toks := f.d.Tokens
	w := strings.ToLower(toks[i].Text)
	for _, form := range f.lx.byFirst[w] {
		n := len(form.words)
		if i+n > len(toks) || toks[i+n-1].Sent != toks[i].Sent {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if strings.ToLower(toks[i+k].Text) != form.words[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if form.class != according && !strings.HasPrefix(toks[i].Tag, "VB") && w != "said" && w != "says" && w != "told" && !f.nounReadCue(i, n) {
			continue
		}
		return i + n, form.class, true
	}
	return 0, 0, false
}

// nounReadCue reports whether the one-word cue at token i, which the
// tagger read as a plural noun, is a verb all the same: right after an
// actor's name or a subject pronoun and before "that" or a colon ("The
// Times reports: ...", "Trump charges that ...").
func (f *finder) nounReadCue(i, n int) bool {
	toks := f.d.Tokens
	if n != 1 || i == 0 || i+1 >= len(toks) || toks[i+1].Sent != toks[i].Sent {
		return false
	}
	p := toks[i-1]
	if f.closingAttribution(i) {
		return true
	}
	if toks[i].Tag != "NNS" {
		return false
	}
	for _, form := range f.lx.byFirst[strings.ToLower(toks[i].Text)] {
		if form.class == intend && len(form.words) == 1 && (nounTag(p.Tag) || p.Tag == "CC") && f.infinitiveAt(i+1, f.d.Sentences[toks[i].Sent].Lim) {
			return true // "The campaign plans to ...", "... and plans to ..."
		}
	}
	if findings[strings.ToLower(toks[i].Text)] && nounTag(p.Tag) && strings.EqualFold(toks[i+1].Text, "that") {
		return true // "Public polling shows that ..."
	}
	if f.owner[i-1] == none && !(p.Tag == "PRP" && pronounSubjects[strings.ToLower(p.Text)]) || f.owner[i] != none {
		return false
	}
	next := toks[i+1].Text
	return strings.EqualFold(next, "that") || next == ":"
}

// infinitiveAt reports whether an infinitive starts at token k: "to",
// perhaps an adverb, a verb ("to publicly post").
func (f *finder) infinitiveAt(k, lim int) bool {
	toks := f.d.Tokens
	if k+1 >= lim || !strings.EqualFold(toks[k].Text, "to") {
		return false
	}
	if toks[k+1].Tag == "RB" && k+2 < lim {
		k++
	}
	return toks[k+1].Tag == "VB"
}

// closingAttribution reports whether the cue at token i, read as a noun,
// closes its sentence after a noun phrase that follows a comma: "...,
// FEC records show." and "..., a new analysis shows."
func (f *finder) closingAttribution(i int) bool {
	toks := f.d.Tokens
	if t := toks[i].Tag; t != "NN" && t != "NNS" || !clauseEnd(toks[i+1].Text) || toks[i+1].Text == "," {
		return false
	}
	if t := toks[i-1].Tag; t != "NN" && t != "NNS" && t != "NNP" && t != "NNPS" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-7 && toks[j].Sent == toks[i].Sent; j-- {
		switch {
		case toks[j].Text == ",":
			return j > f.d.Sentences[toks[i].Sent].First
		case !npTag(toks[j].Tag) && f.owner[j] == none:
			return false
		}
	}
	return false
}

// cueText returns the cue's words as written.
func (f *finder) cueText(c, lim int) string {
	return string(f.d.Input[f.d.Tokens[c].Start:f.d.Tokens[lim-1].End])
}

// attribution is a cue and its subject.
type attribution struct {
	sub      subject
	cue, lim int // the cue's tokens
	text     string
	ok       bool
	detached bool // after words that go on from the quotation
	cl       class
}

// quotation makes the claim of stretch q, if it is one: a direct quotation
// or a quoted fragment with a speaker.
func (f *finder) quotation(q int) {
	st := f.stretches[q]
	if st.e <= st.s || !hasLetter(f.d.Input[st.s:st.e]) {
		return
	}
	toks := f.d.Tokens
	si := f.sentAt(st.open)
	sent := f.d.Sentences[si]
	// Left context: the sentence before the opening mark, after any
	// earlier stretch.
	lA, lB := sent.First, f.tokAt(st.open)
	if lB > sent.Lim {
		lB = sent.Lim
	}
	for lA < lB && f.inQuote[lA] >= 0 {
		lA++
	}
	for k := lB - 1; k >= lA; k-- {
		if f.inQuote[k] >= 0 {
			lA = k + 1
			break
		}
	}
	// Right context: after the closing mark, to the next mark or the end of
	// the sentence.
	rA := f.tokAt(st.close)
	rB := rA
	if !(st.close == f.paras[st.para].e && !closedBy(f.d.Input, st)) {
		endSent := f.sentAt(st.close - 1)
		for rB < len(toks) && f.inQuote[rB] < 0 && toks[rB].Start < f.paras[st.para].e {
			// The sentence the closing mark ends, or the next one when the
			// splitter cut after the mark and it goes on in lower case.
			if s := toks[rB].Sent; s != endSent && !(rB == rA && s == endSent+1 && !nlp.IsCapitalized(toks[rB].Text)) {
				if s == endSent+1 && rB == f.d.Sentences[s].First && (toks[rB].Text == ")" || !nlp.IsCapitalized(toks[rB].Text) && isWord(toks[rB].Text)) {
					// The splitter cut after "(R-Fla.)" or inside it.
					endSent = s
				} else if rB == rA || toks[rB-1].Sent != s {
					break
				}
			}
			rB++
			if w := toks[rB-1].Text; (w == "." || w == "!" || w == "?") && !(rB < len(toks) && toks[rB].Text == ")") && !f.initialDot(rB-1) {
				break
			}
		}
	}
	if lB > lA && isSoCalled(toks, lB-1) {
		return
	}
	if aside(f.d.Input[st.s:st.e]) {
		return
	}
	// A headline's label claims its quoted words too: "Trump Jr: Women
	// Who Can't 'Handle' Harassment ...".
	if p := f.lastClaimIn(si); p != nil && p.cue == ":" && p.stretch < 0 && p.span[0] <= st.open && st.e <= p.span[1] {
		return
	}
	// A transcript's turn: "WALLACE: ..." inside the marks.
	if k, a, ok := f.turn(st); ok {
		c := claim{span: [2]int{toks[k].Start, st.e}, kind: record.Direct, cue: ":", speaker: a, para: st.para, sent: f.sentAt(toks[k].Start), stretch: q, labeled: true}
		f.add(c)
		return
	}
	left := f.attrLeft(lA, lB)
	right := f.attrRight(rA, rB)
	if !right.ok && rB == rA {
		// `“Why not?” Smith asked.`: the splitter cut after the question
		// mark, and the attribution is the next sentence.
		if b := f.cutAttribution(st, rA); b > rA {
			if r := f.attrRight(rA, b); r.ok && r.sub.actor != none {
				right, rB = r, b
			}
		}
	}
	empty := lA == lB
	colon := !empty && toks[lB-1].Text == ":"
	// The sentence goes on after the closing mark with words that are no
	// attribution: the quotation is a fragment of it.
	goesOn := rB > rA && !clauseEnd(toks[rA].Text) && !right.ok
	direct := empty || colon || left.ok && f.introduces(left, lB) && !goesOn
	c := claim{span: [2]int{st.s, st.e}, speaker: none, para: st.para, sent: f.sentAt(st.s), stretch: q}
	heading := sent.Heading || si == 0 && f.d.Title != ""
	defer func() {
		// A headline gives a claim only when it names its speaker.
		if heading && len(f.claims) > 0 && f.claims[len(f.claims)-1].stretch == q && f.claims[len(f.claims)-1].speaker == none {
			delete(f.spans, f.claims[len(f.claims)-1].span)
			f.claims = f.claims[:len(f.claims)-1]
		}
	}()
	switch {
	case right.detached && !left.ok:
		c.kind = record.Partial
		f.attribute(&c, right)
	case direct && !empty && !colon && !heading && titleCased(f.d.Input[st.s:st.e]):
		return // "said on “Fox and Friends.”": a title, not words said
	case direct:
		c.kind = record.Direct
		switch {
		case left.ok:
			f.attribute(&c, left)
		case right.ok:
			f.attribute(&c, right)
		case colon && lB-lA <= 14:
			// "Trump: ..." and "WALLACE: ...": a name and a colon; or
			// "Gerald F. Seib, The Wall Street Journal: ...": a person,
			// then where they wrote or what they are.
			a := none
			if lB-lA <= 6 {
				a = f.labelActor(lA, lB-1)
			}
			if a == none && lA == sent.First {
				a = f.bylineActor(lA, lB-1)
			}
			if a != none || lA == sent.First && f.nameLabel(lA, lB-1) {
				c.speaker, c.cue = a, ":" // an unknown name is still nobody else
			}
		}
		if c.cue == "" && colon && !heading {
			// "X said she believed ...: “...”": the cue of the clause
			// the colon closes.
			if a := f.governing(lA, lB, si); a.ok && a.sub.actor != none && a.cl.quotes() {
				c.speaker, c.cue = a.sub.actor, a.text // the cue reports its clause too
			}
		}
		if c.cue == "" {
			if heading || !empty && !colon {
				return
			}
			if !f.floating(&c) {
				// A sentence-initial quoted phrase that the sentence goes on
				// about is a title or a term, not a quotation.
				if rB > rA && !clauseEnd(toks[rA].Text) {
					return
				}
			}
		}
	default:
		c.kind = record.Partial
		if !heading && titleCased(f.d.Input[st.s:st.e]) {
			return // a name or a title: "Morning Joe", "Miss Piggy"
		}
		a := f.governing(sent.First, lB, si)
		if !a.ok && right.ok {
			a = right
		}
		if !a.ok {
			// The speaker of an earlier claim in the same sentence.
			if p := f.lastClaimIn(si); p != nil && p.cue != "" {
				c.speaker, c.cue = p.speaker, p.cue
				f.add(c)
			}
			return
		}
		c.speaker, c.cue = a.sub.actor, a.text
	}
	f.add(c)
}

// request reports whether tokens from k are a hearer and an infinitive:
// "male voters to think about ...".
func (f *finder) request(k, lim int) bool {
	toks := f.d.Tokens
	for j := k; j < lim && j < k+6; j++ {
		if strings.EqualFold(toks[j].Text, "to") {
			return j > k && f.infinitiveAt(j, lim)
		}
		if !npTag(toks[j].Tag) && f.owner[j] == none && toks[j].Tag != "PRP" {
			return false
		}
	}
	return false
}

// initialDot reports whether the full stop at token k closes a middle
// initial ("Janet L. Yellen"), not a sentence.
func (f *finder) initialDot(k int) bool {
	toks := f.d.Tokens
	if k == 0 || k+1 >= len(toks) || toks[k].Text != "." || toks[k-1].End != toks[k].Start {
		return false
	}
	p := toks[k-1].Text
	return len(p) == 1 && p[0] >= 'A' && p[0] <= 'Z' && f.owner[k-1] != none && f.owner[k+1] == f.owner[k-1]
}

// cutAttribution returns the token limit of the sentence that starts at
// token rA right after stretch st, when the quotation ends on a question
// or exclamation mark and that sentence goes on in its paragraph with no
// quotation: the place where a cut-off attribution can be. Else rA.
func (f *finder) cutAttribution(st stretch, rA int) int {
	toks := f.d.Tokens
	body := strings.TrimRightFunc(string(f.d.Input[st.s:st.e]), unicode.IsSpace)
	if !strings.HasSuffix(body, "?") && !strings.HasSuffix(body, "!") || rA >= len(toks) {
		return rA
	}
	s := f.d.Sentences[toks[rA].Sent]
	if s.First != rA || s.Paragraph != st.para || toks[rA].Start < st.close {
		return rA
	}
	b := rA
	for b < s.Lim && f.inQuote[b] < 0 {
		b++
	}
	return b
}

func (f *finder) attribute(c *claim, a attribution) {
	c.speaker, c.cue = a.sub.actor, a.text
	for k := a.cue; k < a.lim; k++ {
		f.usedCue[k] = true
	}
}

// floating gives a quotation without attribution the speaker of the claim
// just before it, in its paragraph or the one before. It reports whether
// there was one.
func (f *finder) floating(c *claim) bool {
	// "The Times reports:" closing the paragraph before.
	if si := f.sentAt(c.span[0]); si > 0 && f.d.Sentences[si-1].Paragraph == c.para-1 {
		prev := f.d.Sentences[si-1]
		if prev.Lim > prev.First && f.d.Tokens[prev.Lim-1].Text == ":" {
			if a := f.attrLeft(prev.First, prev.Lim); a.ok {
				f.attribute(c, a)
				return true
			}
		}
	}
	// "Her friend X, 20, chimed in." just before, in the same paragraph.
	if si := f.sentAt(c.span[0]); si > 0 && f.d.Sentences[si-1].Paragraph == c.para {
		if a, ok := f.closingCue(si - 1); ok {
			f.attribute(c, a)
			return true
		}
	}
	if len(f.claims) == 0 {
		return false
	}
	p := f.claims[len(f.claims)-1]
	if c.para-p.para > 1 || p.cue == "" {
		return false
	}
	c.speaker, c.cue = p.speaker, p.cue
	return true
}

// closingCue reads a sentence that is only a speaker and a cue, the words
// to come in the next sentence: "Her friend Brittany Lockwood chimed in."
func (f *finder) closingCue(si int) (attribution, bool) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	e := s.Lim
	for e > s.First && (toks[e-1].Text == "." || toks[e-1].Text == ":") {
		e--
	}
	for e > s.First && f.skippable(e-1) {
		e--
	}
	for c := e - 1; c > s.First && c >= e-3; c-- {
		lim, cl, ok := f.cueAt(c)
		if !ok || lim != e || !cl.quotes() {
			continue
		}
		sub := f.subjectLeft(c, s.First)
		if !sub.ok || sub.actor == none || sub.first != s.First {
			return attribution{}, false
		}
		return attribution{sub: sub, cue: c, lim: lim, text: f.cueText(c, lim), ok: true}, true
	}
	return attribution{}, false
}

func (f *finder) lastClaimIn(si int) *claim {
	for k := len(f.claims) - 1; k >= 0; k-- {
		if f.claims[k].sent == si {
			return &f.claims[k]
		}
		if f.claims[k].sent < si {
			break
		}
	}
	return nil
}

// aside reports whether quoted text is only a parenthesis: "(CROSSTALK)".
func aside(b []byte) bool {
	return len(b) >= 2 && b[0] == '(' && (b[len(b)-1] == ')' || len(b) >= 3 && b[len(b)-2] == ')')
}

// turn reads a speaker's label at the start of a stretch ("WALLACE: ...").
// It returns the token after the colon and the speaker (none when no actor
// has that name), and whether there is a label.
func (f *finder) turn(st stretch) (int, int, bool) {
	toks := f.d.Tokens
	k := f.tokAt(st.s)
	for j := k; j < len(toks) && j < k+4 && toks[j].Start < st.e; j++ {
		if toks[j].Text == ":" {
			if j == k || j+1 >= len(toks) || toks[j+1].Start >= st.e {
				return 0, none, false
			}
			for i := k; i < j; i++ {
				if !nlp.IsCapitalized(toks[i].Text) {
					return 0, none, false
				}
			}
			a := f.labelActor(k, j)
			w := toks[k].Text
			if a == none && (j-k != 1 || strings.ToUpper(w) != w || len(w) < 3) {
				return 0, none, false
			}
			return j + 1, a, true
		}
	}
	return 0, none, false
}

func isSoCalled(toks []nlp.Token, i int) bool {
	w := strings.ToLower(toks[i].Text)
	return w == "so-called" || w == "called" && i > 0 && strings.ToLower(toks[i-1].Text) == "so" ||
		w == "dubbed" || w == "named" || w == "titled" || w == "entitled"
}

// isWord reports whether w starts with a letter.
func isWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

func hasLetter(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		b = b[n:]
	}
	return false
}

// attrLeft finds the attribution that introduces a quotation from its left:
// `X said: "`, `X said "`, `X told Y that "`, `X added, "`.
func (f *finder) attrLeft(lA, lB int) attribution {
	toks := f.d.Tokens
	j := lB - 1
	for j >= lA && (toks[j].Text == ":" || toks[j].Text == "," || strings.EqualFold(toks[j].Text, "that")) {
		j--
	}
	for c := j; c >= lA && j-c < 12; c-- {
		if lim, cl, ok := f.cueAt(c); ok && lim <= lB && cl.quotes() {
			if cl == according {
				sub := f.subjectRight(lim, lB)
				if sub.ok {
					return attribution{sub: sub, cue: c, lim: lim, text: f.cueText(c, lim), ok: true}
				}
				return attribution{}
			}
			sub := f.cueSubject(c, lA)
			if !sub.ok {
				if s := f.subjectRight(lim, lB); s.ok {
					sub = s
				}
			}
			if !sub.ok {
				return attribution{}
			}
			return attribution{sub: sub, cue: c, lim: lim, text: f.cueText(c, lim), ok: true}
		}
		if !f.transparent(c) {
			break
		}
	}
	return attribution{}
}

// introduces reports whether the cue of a stretch's left attribution leads
// straight into it, with nothing between but punctuation, "that", a hearer
// or a time ("said: ", "told reporters on Friday that "), as a direct
// quotation's cue does. "calling it an" leads into a fragment.
func (f *finder) introduces(a attribution, lB int) bool {
	toks := f.d.Tokens
	for k := a.lim; k < lB; k++ {
		t := toks[k]
		switch {
		case t.Text == "," || t.Text == ":" || strings.EqualFold(t.Text, "that"):
		case f.skippable(k), t.Tag == "IN" || t.Tag == "TO":
		case t.Tag == "PRP" && hearers[strings.ToLower(t.Text)]:
		case f.owner[k] != none && a.sub.actor != f.owner[k]:
		case strings.HasPrefix(t.Tag, "NN") && hearers[strings.ToLower(t.Text)]:
		case t.Tag == "DT" && k+1 < lB && hearers[strings.ToLower(toks[k+1].Text)]:
		default:
			return false
		}
	}
	return true
}

var hearers = set("him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters",
	"audience", "crowd", "committee", "lawmakers", "press", "media", "interviewer", "viewers", "listeners")

// transparent reports whether token i may stand between a cue and the
// quotation it introduces: a hearer, a time, a place ("told reporters in
// London on Friday").
func (f *finder) transparent(i int) bool {
	t := f.d.Tokens[i]
	if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" || t.Tag == "MD" {
		return false
	}
	if f.owner[i] != none || npTag(t.Tag) || f.skippable(i) {
		return true
	}
	switch t.Tag {
	case "IN", "TO", "PRP", "RB", "CC":
		return true
	}
	return t.Text == "," || t.Text == "that"
}

// attrRight finds the attribution that follows a quotation: `," X said`,
// `," said X`, `" — X`, `," according to X`.
func (f *finder) attrRight(rA, rB int) attribution {
	toks := f.d.Tokens
	i := rA
	for i < rB && toks[i].Text == "," {
		i++
	}
	if i >= rB {
		return attribution{}
	}
	if w := toks[i].Text; w == "--" || w == "-" {
		if sub := f.subjectRight(i+1, rB); sub.ok && sub.actor != none {
			return attribution{sub: sub, cue: i, lim: i + 1, text: f.cueText(i, i+1), ok: true}
		}
		return attribution{}
	}
	if lim, cl, ok := f.cueAt(i); ok && cl.quotes() {
		sub := f.subjectRight(lim, rB)
		if !sub.ok {
			return attribution{}
		}
		return attribution{sub: sub, cue: i, lim: lim, text: f.cueText(i, lim), ok: true}
	}
	for c := i + 1; c < rB && c < i+20; c++ {
		t := toks[c]
		if lim, cl, ok := f.cueAt(c); ok && cl.quotes() && cl != according {
			sub := f.subjectLeft(c, i)
			if !sub.ok {
				return attribution{}
			}
			detached := false
			if sub.first > i+1 {
				// `" for criminal behavior, she said.`: the attribution
				// closes the sentence the quotation is a fragment of.
				l := lim
				for l < rB && f.skippable(l) {
					l++
				}
				if sub.actor == none || toks[sub.first-1].Text != "," || l < rB && toks[l].Text != "." {
					return attribution{}
				}
				detached = true
			}
			// A cue followed by a colon or a quotation introduces the next one.
			if lim < len(toks) && toks[lim].Text == ":" {
				return attribution{}
			}
			return attribution{sub: sub, cue: c, lim: lim, text: f.cueText(c, lim), ok: true, detached: detached}
		}
		if strings.HasPrefix(t.Tag, "VB") && !f.skippable(c) && t.Tag != "VBN" || t.Text == "." && !(c+1 < rB && toks[c+1].Text == ")") && !f.initialDot(c) {
			break
		}
	}
	return attribution{}
}

// governing finds the cue that governs a quoted fragment: the nearest cue
// before it in its sentence that has a subject, or the cue whose reported
// clause holds that one: in "X said the company acted because it believed
// \"...\"" and "X mocked it, saying anyone who complains \"...\"", X.
func (f *finder) governing(first, lB, si int) attribution {
	near := f.nearestGoverning(first, lB)
	for near.ok {
		outer := f.nearestGoverning(first, min(near.cue, near.sub.first))
		if !outer.ok || outer.sub.actor == none || outer.lim > near.sub.first || f.clauseBreak(outer.lim, near.sub.first, outer.cl.phrase()) {
			break
		}
		near = outer
	}
	return near
}

// clauseBreak reports whether tokens [a, b) hold the end of a reported
// clause: a semicolon or colon, ", and", ", with", or a conjunction that
// opens a clause of the writer's ("but", "while", "although"); for a
// noun phrase's content (phrase), any comma.
func (f *finder) clauseBreak(a, b int, phrase bool) bool {
	toks := f.d.Tokens
	for k := a; k < b; k++ {
		w := strings.ToLower(toks[k].Text)
		switch {
		case w == ";" || w == ":" || w == "--" || phrase && w == ",":
			return true
		case w == "but" || concessives[w] || w == "whereas":
			return true
		case (w == "and" || w == "with") && k > a && toks[k-1].Text == ",":
			return true
		}
	}
	return false
}

// nearestGoverning finds the nearest cue before token lB, from token
// first, that has a subject.
func (f *finder) nearestGoverning(first, lB int) attribution {
	for c := lB - 1; c >= first; c-- {
		if f.inQuote[c] >= 0 {
			continue
		}
		lim, cl, ok := f.cueAt(c)
		if !ok || lim > lB {
			continue
		}
		if cl == according {
			if sub := f.subjectRight(lim, lB); sub.ok {
				return attribution{sub: sub, cue: c, lim: lim, text: f.cueText(c, lim), ok: true, cl: cl}
			}
			continue
		}
		sub := f.cueSubject(c, first)
		if !sub.ok {
			continue
		}
		return attribution{sub: sub, cue: c, lim: lim, text: f.cueText(c, lim), ok: true, cl: cl}
	}
	return attribution{}
}

// participle finds the subject of a participle cue with none of its own:
// "..., adding that" (the subject of the clause before) or "Describing X as
// Y, Obama said" (the subject after the participial phrase).
func (f *finder) participle(c, first int) subject {
	toks := f.d.Tokens
	if toks[c].Tag != "VBG" && toks[c].Tag != "VBN" {
		return subject{}
	}
	si := toks[c].Sent
	lim := f.d.Sentences[si].Lim
	if c == first || c == f.d.Sentences[si].First {
		for k := c + 1; k < lim; k++ {
			if toks[k-1].Text == "," && f.inQuote[k] < 0 {
				if s := f.nounPhraseRight(k, lim); s.ok && s.actor != none {
					return s
				}
			}
		}
		return subject{}
	}
	p := c - 1
	for p > first && f.skippable(p) {
		p-- // ", even suggesting"
	}
	if c > first && toks[p].Text == "," {
		if p := f.lastClaimIn(si); p != nil && p.speaker != none {
			return subject{actor: p.speaker, first: c, ok: true}
		}
		if m := f.mainSubject(c, first); m.ok && m.actor != none {
			return subject{actor: m.actor, first: c, ok: true}
		}
		for k := f.d.Sentences[si].First; k < c; k++ {
			if f.inQuote[k] >= 0 {
				continue
			}
			if f.owner[k] != none {
				return subject{actor: f.owner[k], first: k, ok: true}
			}
			if toks[k].Tag == "PRP" {
				if a := f.pronoun(k); a != none {
					return subject{actor: a, first: k, ok: true}
				}
			}
		}
	}
	if c > first && toks[c].Tag == "VBG" && gerundPreps[strings.ToLower(toks[c-1].Text)] {
		// "X inflamed tensions by saying ...": the clause's subject.
		if m := f.mainSubject(c, first); m.ok && m.actor != none {
			return subject{actor: m.actor, first: c, ok: true}
		}
	}
	return subject{}
}

var gerundPreps = set("by", "after", "before", "while", "whilst", "when", "in", "without", "despite", "since")

// cueSubject finds the subject of the cue at token c, not before token lo:
// its own ("X said"), or the one a participle shares ("X, adding ...").
// The object before a participle is not its subject when it names no
// actor or is a pronoun: in "X issued a statement calling ..." and "X
// sent an email to him praising ...", X is.
func (f *finder) cueSubject(c, lo int) subject {
	if c > lo && f.d.Tokens[c].Tag == "VBG" && gerundPreps[strings.ToLower(f.d.Tokens[c-1].Text)] {
		// "X defended the plan while promising ...": the clause's subject.
		if m := f.mainSubject(c, lo); m.ok && m.actor != none {
			return subject{actor: m.actor, first: c, ok: true}
		}
	}
	sub := f.subjectLeft(c, lo)
	if sub.ok && f.d.Tokens[c].Tag == "VBG" && f.finiteBetween(lo, sub.first) &&
		(sub.actor == none || hearers[strings.ToLower(f.d.Tokens[sub.first].Text)]) {
		// But "a Trump tweet attacking ..." is Trump's.
		if m := f.mainSubject(c, lo); m.ok {
			return m
		}
	}
	if !sub.ok {
		sub = f.participle(c, lo)
	}
	return sub
}

// finiteBetween reports whether a finite verb outside quotations lies in
// tokens [a, b).
func (f *finder) finiteBetween(a, b int) bool {
	for v := a; v < b; v++ {
		if t := f.d.Tokens[v].Tag; f.inQuote[v] < 0 && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") {
			return true
		}
	}
	return false
}

// mainSubject finds the subject of the clause that token c is part of:
// the subject of its first finite verb whose subject starts the clause or
// follows a comma ("After the vote, X said ..."), not a relative pronoun.
func (f *finder) mainSubject(c, lo int) subject {
	toks := f.d.Tokens
	start := f.clauseStart(toks[c].Sent)
	if lo > start {
		start = lo
	}
	for v := start + 1; v < c; v++ {
		if t := toks[v].Tag; f.inQuote[v] >= 0 || t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
			continue
		}
		sub := f.subjectLeft(v, start)
		if !sub.ok || sub.first != start && toks[sub.first-1].Text != "," {
			continue
		}
		if t := toks[sub.first].Tag; t == "WP" || t == "WDT" {
			continue
		}
		return sub
	}
	return subject{}
}

// nounPhraseRight reads an actor's name or a pronoun at token k.
func (f *finder) nounPhraseRight(k, lim int) subject {
	toks := f.d.Tokens
	if toks[k].Tag == "PRP" {
		if a := f.pronoun(k); a != none {
			return subject{actor: a, first: k, ok: true}
		}
		return subject{}
	}
	for i := k; i < lim && i < k+4 && (npTag(toks[i].Tag) || f.owner[i] != none); i++ {
		if f.owner[i] != none {
			return subject{actor: f.owner[i], first: k, ok: true}
		}
	}
	return subject{}
}

// label reads a paragraph that opens with a speaker's name and a colon, as
// in a transcript ("WALLACE: ...") or a headline ("Pence: ...").
func (f *finder) label(si int) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	colon := -1
	for k := s.First; k < s.Lim && k < s.First+5; k++ {
		if toks[k].Text == ":" {
			colon = k
			break
		}
	}
	if colon <= s.First || colon+1 >= s.Lim || f.inQuote[colon+1] >= 0 {
		return
	}
	a := f.labelActor(s.First, colon)
	if a == none {
		return
	}
	// The rest of the paragraph, unless it holds quotation marks of its
	// own; a headline's rest whole ("Pence: Flowers won't be at debate").
	p := f.paras[s.Paragraph]
	start := toks[colon+1].Start
	heading := s.Heading || si == 0 && f.d.Title != ""
	for _, st := range f.stretches {
		if st.open >= start && st.open < p.e && !heading {
			return
		}
	}
	end := p.e
	if heading {
		end = len(bytes.TrimRightFunc(f.d.Input[:s.End], unicode.IsSpace)) // its line only
	}
	if rest := bytes.TrimSpace(f.d.Input[start:end]); bytes.HasPrefix(rest, []byte("@")) && !bytes.ContainsAny(rest, " \t") || bytes.HasPrefix(rest, []byte("http")) {
		return // "Twitter: @Milbank.": a handle or an address
	}
	c := claim{span: [2]int{start, end}, kind: record.Direct, cue: ":", speaker: a, para: s.Paragraph, sent: si, stretch: -1}
	f.add(c)
}

// labelActor returns the actor that tokens [a, b) name, all of them: a
// name, or a surname in capitals ("WALLACE").
func (f *finder) labelActor(a, b int) int {
	toks := f.d.Tokens
	if b <= a {
		return none
	}
	owner := none
	for k := a; k < b; k++ {
		if f.owner[k] == none || owner != none && f.owner[k] != owner {
			owner = none
			break
		}
		owner = f.owner[k]
	}
	if owner != none {
		return owner
	}
	if b-a != 1 {
		return none
	}
	w := toks[a].Text
	if strings.ToUpper(w) != w || len(w) < 3 {
		return none
	}
	for i, act := range f.actors {
		if act.Type != record.Person {
			continue
		}
		names := append([]string{act.Name}, act.Aliases...)
		for _, n := range names {
			fs := strings.Fields(n)
			if len(fs) > 0 && strings.EqualFold(fs[len(fs)-1], w) {
				return i
			}
		}
	}
	return none
}

// bylineActor returns the person that a label [a, b) opens with, before a
// comma: "Gerald F. Seib, The Wall Street Journal", "Jeremy Lott, author".
func (f *finder) bylineActor(a, b int) int {
	comma := a
	for comma < b && f.d.Tokens[comma].Text != "," {
		comma++
	}
	if comma == b {
		return none
	}
	if p := f.labelActor(a, comma); p != none && f.actors[p].Type == record.Person {
		return p
	}
	return none
}

// nameLabel reports whether tokens [a, b) are only capitalised words and
// commas, as a label naming a speaker is: "HadasGold,Politico".
func (f *finder) nameLabel(a, b int) bool {
	for k := a; k < b; k++ {
		if w := f.d.Tokens[k].Text; w != "," && !nlp.IsCapitalized(w) {
			return false
		}
	}
	return b > a
}

// reported finds the indirect claims of sentence si: reported speech
// without quotation marks.
func (f *finder) reported(si int) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	for c := s.First; c < s.Lim; c++ {
		if f.inQuote[c] >= 0 || f.usedCue[c] {
			continue
		}
		if f.nominal(si, c) {
			continue
		}
		lim, cl, ok := f.cueAt(c)
		if ok && f.askedOpening(si, c, lim) {
			continue
		}
		if ok && lim < s.Lim && f.counts(c, lim) {
			continue // "the economy added 156,000 jobs"
		}
		if ok && cl == quote && strings.HasPrefix(strings.ToLower(toks[c].Text), "ask") && f.request(lim, s.Lim) {
			cl = act // "X asked voters to think about ...": a request
		}
		if !ok || cl == quote && !(asks[strings.ToLower(toks[c].Text)] && lim < s.Lim && questionWords[strings.ToLower(toks[lim].Text)]) {
			continue
		}
		// What X called Y "...": the object and its quoted name.
		if cl == name && !f.namesQuote(lim, s.Lim) && !f.namesAs(c, lim, s.Lim) {
			continue
		}
		if cl == according {
			f.according(si, c, lim)
			c = lim - 1
			continue
		}
		if f.passive(si, c, lim, cl) {
			continue
		}
		if c > s.First {
			p := strings.ToLower(toks[c-1].Text)
			if p == "to" || p == "not" || p == "n't" || p == "never" {
				continue
			}
			// A passive ("were denied visas") reports no speaker.
			if toks[c].Tag == "VBN" && beForms[p] {
				continue
			}
		}
		// "X pledged to ...": the infinitive is the content.
		toVerb := cl.infinitive() && f.infinitiveAt(lim, s.Lim)
		if cl == intend && !toVerb {
			continue
		}
		if lim < s.Lim && !toVerb {
			if n := strings.ToLower(toks[lim].Text); n == "by" || n == "as" || n == "to" && cl != tell {
				continue
			}
		}
		sub := f.cueSubject(c, f.clauseStart(si))
		if !sub.ok && c > s.First {
			j := c - 1
			for j > s.First && f.skippable(j) {
				j--
			}
			if toks[j].Tag == "CC" {
				// "X says A and said B": the subject of the cue before, or
				// of the verb before: "X exhorted Y to ... and said B".
				if p := f.lastClaimIn(si); p != nil && p.cue != "" {
					sub = subject{actor: p.speaker, first: c, ok: true}
				} else if a := f.coordinated(si, j); a != none {
					sub = subject{actor: a, first: c, ok: true}
				}
			}
		}
		inverted := false
		if !sub.ok && c > s.First && toks[c-1].Text == "," {
			if sub = f.subjectRight(lim, s.Lim); sub.ok {
				inverted = true
			}
		}
		if !sub.ok || toVerb && sub.actor == none {
			continue
		}
		k := lim
		if !toVerb {
			k = f.complement(lim, s.Lim, cl)
		}
		e := f.clauseEnd(k, s.Lim)
		if c == s.First && toks[c].Tag == "VBG" {
			// "Describing the plan as X, Obama explained ...": the
			// participle's clause ends at the comma before the main one.
			for j := k; j < e; j++ {
				if toks[j].Text == "," {
					e = j
					break
				}
			}
		}
		if cl.phrase() && e < s.Lim && toks[e].Text == ":" {
			continue // "X compared A to B and told Y: “...”": the quotation's
		}
		if cl.phrase() {
			// A noun phrase's content ends at the first comma, or at "and"
			// or "but" before a verb: called it "X" and called for Y.
			for j := k; j < e; j++ {
				if f.inQuote[j] >= 0 {
					continue
				}
				if w := toks[j].Text; w == "," || j > k && cl == act && adverbialPreps[strings.ToLower(w)] || (w == "and" || w == "but") && j+1 < e && (strings.HasPrefix(toks[j+1].Tag, "VB") && toks[j+1].Tag != "VBN" || toks[j+1].Tag == "MD") {
					e = j
					break
				}
			}
		}
		if !inverted && e > k && k < s.Lim && toks[k].Text == "," && sub.first-1 > s.First && toks[sub.first-1].Text == "," && !f.stretchStartsAt(s.First) {
			// "A, he said, B": A as well as B, neither needing a verb of
			// its own ("She would help, she said, but only locally").
			f.reportedSpan(si, s.First, sub.first-1, sub, c, lim, cl, true)
			f.reportedSpan(si, k, e, sub, c, lim, cl, true)
			continue
		}
		if inverted || e <= k {
			// "CLAUSE, X said." and "CLAUSE, said X."
			comma := sub.first - 1
			if inverted {
				comma = c - 1
			}
			if comma <= s.First || toks[comma].Text != "," {
				continue
			}
			k, e = s.First, comma
			if f.stretchStartsAt(k) {
				continue
			}
		}
		f.indirect(si, k, e, sub, c, lim, cl)
		// "X said that A, and that B": B too.
		for {
			j := e
			for j < s.Lim && toks[j].Text == "," {
				j++
			}
			if j+2 >= s.Lim || !(toks[j].Text == "and" || toks[j].Text == "but") || !strings.EqualFold(toks[j+1].Text, "that") {
				break
			}
			k = j + 2
			e = f.clauseEnd(k, s.Lim)
			f.indirect(si, k, e, sub, c, lim, cl)
		}
	}
}

// coordinated returns the actor that is the subject of the finite verb
// before token j of sentence si, when the sentence starts with it: the
// subject a verb after "and" shares.
func (f *finder) coordinated(si, j int) int {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	for v := s.First + 1; v < j; v++ {
		if f.inQuote[v] >= 0 {
			return none
		}
		t := toks[v].Tag
		if t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
			continue
		}
		sub := f.subjectLeft(v, f.clauseStart(si))
		if !sub.ok || sub.actor == none || sub.first != f.clauseStart(si) {
			return none
		}
		return sub.actor
	}
	return none
}

// namesQuote reports whether the words after a naming cue at token k hold
// a quotation before the clause ends: called the plan "reckless".
func (f *finder) namesQuote(k, lim int) bool {
	toks := f.d.Tokens
	for j := k; j < lim && j < k+12; j++ {
		if q := f.inQuote[j]; q >= 0 {
			return j > k && closedBy(f.d.Input, f.stretches[q])
		}
		if t := toks[j].Text; t == "." || t == ";" || strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "VBN" && toks[j].Tag != "VBG" {
			return false
		}
	}
	return false
}

// namesAs reports whether the naming cue at token c, with no quotation,
// puts its object as something or compares it to something: "described
// the showdown as ominous", "comparing him favorably to Obama".
func (f *finder) namesAs(c, k, lim int) bool {
	toks := f.d.Tokens
	want := "as"
	cw := strings.ToLower(toks[c].Text)
	if strings.HasPrefix(cw, "compar") {
		want = "to"
	}
	calls := strings.HasPrefix(cw, "call") || strings.HasPrefix(cw, "label") || strings.HasPrefix(cw, "brand") || strings.HasPrefix(cw, "dub")
	for j := k; j < lim && j < k+12; j++ {
		w := toks[j].Text
		if strings.EqualFold(w, want) {
			return j > k && j+1 < lim
		}
		// "called it a common ailment": an object, then what it is called.
		if calls && j > k && (strings.EqualFold(w, "a") || strings.EqualFold(w, "an")) && j+1 < lim && (toks[j+1].Tag == "JJ" || strings.HasPrefix(toks[j+1].Tag, "NN")) {
			return true
		}
		if w == "," || w == "." || w == ";" || strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "VBN" && toks[j].Tag != "VBG" {
			return false
		}
	}
	return false
}

// passive reads "The story was first reported by The Washington Post.":
// the subject is the content, the agent after "by" the speaker. It reports
// whether it made a claim.
func (f *finder) passive(si, c, lim int, cl class) bool {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	if toks[c].Tag != "VBN" || cl == act || cl == name || lim+1 >= s.Lim || !strings.EqualFold(toks[lim].Text, "by") {
		return false
	}
	b := c - 1
	for b > s.First && f.skippable(b) && !beForms[strings.ToLower(toks[b].Text)] {
		b--
	}
	if b <= s.First || !beForms[strings.ToLower(toks[b].Text)] {
		return false
	}
	sub := f.subjectRight(lim+1, s.Lim)
	if !sub.ok || sub.actor == none {
		return false
	}
	for j := s.First; j < b; j++ {
		if t := toks[j].Tag; strings.HasPrefix(t, "VB") || t == "MD" || toks[j].Text == "," || f.inQuote[j] >= 0 {
			return false
		}
	}
	span := [2]int{toks[s.First].Start, toks[b-1].End}
	f.add(claim{span: span, kind: record.Indirect, cue: f.cueText(c, lim+1), speaker: sub.actor,
		para: s.Paragraph, sent: si, stretch: -1})
	return true
}

// clauseStart returns the first token a subject may start at for a cue in
// sentence si: the sentence's own first token, or the previous sentence's
// when the splitter cut a sentence after an abbreviation and this one goes
// on in lower case ("Rep. X (D-Mass.) said ...").
func (f *finder) clauseStart(si int) int {
	s := f.d.Sentences[si]
	if si > 0 && s.First < s.Lim && f.d.Sentences[si-1].Paragraph == s.Paragraph {
		w := f.d.Tokens[s.First].Text
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) || w == ")" {
			return f.d.Sentences[si-1].First
		}
	}
	return s.First
}

// stretchStartsAt reports whether token k opens a quotation.
func (f *finder) stretchStartsAt(k int) bool {
	q := f.inQuote[k]
	if q < 0 {
		return false
	}
	return f.tokAt(f.stretches[q].open) == k
}

// according handles "According to X, CLAUSE." and "CLAUSE, according to X."
func (f *finder) according(si, c, lim int) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	sub := f.accordingTo(lim, s.Lim)
	if !sub.ok {
		return
	}
	lead := c
	for lead > s.First && f.skippable(lead-1) {
		lead--
	}
	switch {
	case lead == s.First:
		k := lim
		for k < s.Lim && toks[k].Text != "," {
			k++
		}
		if k >= s.Lim {
			return
		}
		f.indirect(si, k+1, f.clauseEnd(k+1, s.Lim), sub, c, lim, according)
	case toks[c-1].Text == ",":
		f.indirect(si, s.First, c-1, sub, c, lim, according)
	}
}

// accordingTo reads the source after "according to": the phrase up to the
// next comma or the end of the sentence, and the person it names last, or
// else the first actor in it ("according to Afghan Ambassador to the
// United States Hamdullah Mohib").
func (f *finder) accordingTo(k, lim int) subject {
	toks := f.d.Tokens
	e := k
	for e < lim && !clauseEnd(toks[e].Text) && e < k+15 {
		e++
	}
	if e == k {
		return subject{}
	}
	for j := e - 1; j >= k; j-- {
		if a := f.owner[j]; a != none && f.actors[a].Type == record.Person {
			return subject{actor: a, first: k, ok: true}
		}
	}
	for j := k; j < e; j++ {
		if a := f.owner[j]; a != none {
			return subject{actor: a, first: k, ok: true}
		}
		if toks[j].Tag == "PRP" {
			return subject{actor: f.pronoun(j), first: k, ok: true}
		}
	}
	if !nounTag(toks[e-1].Tag) {
		return subject{}
	}
	return subject{actor: none, first: k, ok: true}
}

// complement returns the first token of the clause a cue reports: after a
// hearer (told reporters), times and places (on Friday, in a statement)
// and "that".
func (f *finder) complement(k, lim int, cl class) int {
	toks := f.d.Tokens
	// "that" within reach, with nothing but a hearer, time or place before it.
	for j := k; j < lim && j < k+12; j++ {
		if strings.EqualFold(toks[j].Text, "that") && toks[j].Tag == "IN" || strings.EqualFold(toks[j].Text, "that") && j == k {
			return j + 1
		}
		if !f.transparent(j) || toks[j].Text == "," && j > k {
			break
		}
	}
	if cl == tell {
		k = f.hearer(k, lim)
	}
	for k < lim {
		t := toks[k]
		w := strings.ToLower(t.Text)
		switch {
		case f.skippable(k):
			k++
		case t.Text == ",":
			return k // "CLAUSE, he said, and ...": nothing reported after
		case t.Tag == "IN" && adjunctPreps[w] || t.Tag == "TO" && w == "to":
			j := k + 1
			for j < lim && (npTag(toks[j].Tag) && toks[j].Tag != "VBN" || f.owner[j] != none) {
				if j > k+1 && toks[j].Tag == "DT" {
					break
				}
				j++
			}
			if j == k+1 {
				return k
			}
			k = j
		default:
			return k
		}
	}
	return k
}

// hearer skips the one noun phrase after a cue like "told": a pronoun, an
// actor's name, or a determiner, adjectives and nouns ("the committee").
func (f *finder) hearer(k, lim int) int {
	toks := f.d.Tokens
	if k >= lim {
		return k
	}
	if toks[k].Tag == "PRP" {
		return k + 1
	}
	if a := f.owner[k]; a != none {
		for k < lim && f.owner[k] == a {
			k++
		}
		return k
	}
	j := k
	if j < lim && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$") {
		j++
	}
	for j < lim && (toks[j].Tag == "JJ" || toks[j].Tag == "CD") {
		j++
	}
	n := j
	for n < lim && strings.HasPrefix(toks[n].Tag, "NN") {
		n++
	}
	if n == j {
		return k
	}
	return n
}

// adverbialPreps open a phrase that tells when, where or why, ending the
// noun phrase a speech act is about: "cited the figure at last week's
// forum". Not "after" or "because", which may open a clause of the
// content's own: "accused the city of changing the design after the
// contract was signed".
var adverbialPreps = set("at", "during", "amid", "following", "via")

var adjunctPreps = set("on", "in", "at", "during", "after", "before", "via", "through", "from", "with", "for", "to", "in", "over")

// clauseEnd returns the token limit of the clause starting at k: the end of
// the sentence without its final stop, or a semicolon, or an attribution
// that follows (", X said", ", according to X", ", adding").
func (f *finder) clauseEnd(k, lim int) int {
	toks := f.d.Tokens
	for j := k; j < lim; j++ {
		w := toks[j].Text
		switch w {
		case ";":
			return j
		case ":":
			if j > k && j+1 < lim && f.stretchStartsAt(j+1) {
				return j // "X said A: “...”": the quotation is a claim of its own
			}
		case "and", "but":
			// "X said that A, and that B": two claims.
			if j+1 < lim && strings.EqualFold(toks[j+1].Text, "that") && j > k {
				e := j
				if toks[e-1].Text == "," {
					e--
				}
				return e
			}
		case ",", "--":
			if j+1 < lim && f.attributionAt(j+1, lim) {
				return j
			}
			if j > k && j+1 < lim && concessives[strings.ToLower(toks[j+1].Text)] {
				return j // ", although ..." is the writer's, not the speaker's
			}
			if j > k && j+2 < lim && (toks[j+1].Text == "and" || toks[j+1].Text == "but") && f.newAttribution(j+2, lim) {
				return j // ", and others warned that ...": a claim of its own
			}
			if j > k && f.sharedSubject(j+1, lim) {
				return j // "X said A, but say B", "X said A, talked of B": X's
			}
		}
	}
	e := lim
	for e > k {
		w := toks[e-1].Text
		if w == "." || w == "!" || w == "?" || w == "," || w == ":" || w == "--" || w == "-" {
			e--
			continue
		}
		break
	}
	return e
}

// sharedSubject reports whether token i, after a comma, opens a verb
// phrase with no subject of its own, whose subject is the cue's: "but say
// the backlash is new", "talked of a stolen election".
func (f *finder) sharedSubject(i, lim int) bool {
	toks := f.d.Tokens
	if i < lim && (toks[i].Text == "but" || toks[i].Text == "and") {
		i++
	}
	for i < lim && toks[i].Tag == "RB" {
		i++
	}
	if i >= lim {
		return false
	}
	switch toks[i].Tag {
	case "VBD", "VBZ", "VBP":
		return !beForms[strings.ToLower(toks[i].Text)]
	}
	return false
}

var concessives = set("although", "though", "while", "whereas")

// newAttribution reports whether a subject and its cue start at token i:
// "human rights groups warned".
func (f *finder) newAttribution(i, lim int) bool {
	for c := i + 1; c < lim && c < i+8; c++ {
		if _, cl, ok := f.cueAt(c); ok && cl != according && f.d.Tokens[c].Tag != "VBG" {
			sub := f.subjectLeft(c, i)
			return sub.ok && sub.first == i
		}
		if t := f.d.Tokens[c]; strings.HasPrefix(t.Tag, "VB") && !f.skippable(c) || t.Text == "," {
			return false
		}
	}
	return false
}

// attributionAt reports whether an attribution starts at token i: "X said",
// "said X", "according to X", "adding ...".
func (f *finder) attributionAt(i, lim int) bool {
	toks := f.d.Tokens
	if lim2, cl, ok := f.cueAt(i); ok {
		if cl == according {
			return true
		}
		if toks[i].Tag == "VBG" {
			return true
		}
		return f.subjectRight(lim2, lim).ok
	}
	for c := i + 1; c < lim && c < i+10; c++ {
		if l, cl, ok := f.cueAt(c); ok && cl != according && toks[c].Tag != "VBG" {
			sub := f.subjectLeft(c, i)
			if !sub.ok || sub.first > i+1 || sub.actor == none {
				return false
			}
			// The attribution closes the clause: ", X said." or ", X said, ".
			for l < lim && f.skippable(l) {
				l++
			}
			return l >= lim || clauseEnd(toks[l].Text)
		}
		if strings.HasPrefix(toks[c].Tag, "VB") && !f.skippable(c) {
			return false
		}
	}
	return false
}

// indirect adds the indirect claim of tokens [k, e), cued by [c, lim).
func (f *finder) indirect(si, k, e int, sub subject, c, lim int, cl class) {
	f.reportedSpan(si, k, e, sub, c, lim, cl, false)
}

// reportedSpan is indirect; a head ("A, he said, B": A) needs no verb of
// its own, being the subject of the clause that B goes on with.
func (f *finder) reportedSpan(si, k, e int, sub subject, c, lim int, cl class, head bool) {
	toks := f.d.Tokens
	for k < e && (toks[k].Text == "," || toks[k].Text == "--") {
		k++
	}
	k = f.skipDateline(k, e)
	if w := strings.ToLower(toks[k].Text); k < e && k >= lim && (w == "and" || w == "or" || w == "but" && !head) {
		return // "X said and did ...": two verbs, nothing reported
	}
	if cl.phrase() {
		// A speech act's content may be a noun phrase, from a named source.
		if sub.actor == none || e-k < 1 {
			return
		}
		if e-k < 3 && !f.shortContent(k, e, c) {
			return
		}
	} else if e-k < 3 {
		return
	}
	finite, quoted := cl.phrase() || head, 0
	for j := k; j < e; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
			finite = true
		}
		if f.inQuote[j] >= 0 && hasLetter([]byte(toks[j].Text)) {
			quoted++
		}
	}
	if !finite && (cl == say || cl == tell || cl == according) && e-k >= 6 && sub.actor != none {
		// A long clause whose verb the tagger read as a noun: "advantage
		// obscures concerns".
		for j := k + 1; j < e; j++ {
			if toks[j].Tag == "NNS" && strings.HasPrefix(toks[j-1].Tag, "NN") && j+1 < e && toks[j+1].Tag != "IN" {
				finite = true
			}
		}
	}
	if !finite && cl == say && sub.actor != none && e-k >= 3 && e-k <= 15 && toks[c].Tag != "VBG" && npObjects[strings.ToLower(toks[c].Text)] {
		// "McConnell aides acknowledged a collaborative relationship":
		// what is acknowledged may be a noun phrase.
		finite = true
	}
	if !finite && f.documentFinding(c) && e-k >= 3 {
		// "The poll shows Clinton with 42 percent": a finding may be a
		// noun phrase.
		finite = true
	}
	if !finite {
		return
	}
	// A question is reported by a cue that asks or explains ("asked
	// whether", "explained why"), or one that says "whether" or "if".
	if w := strings.ToLower(toks[k].Text); questionWords[w] && !cl.phrase() && cl != quote && !asks[strings.ToLower(toks[c].Text)] && !f.documentFinding(c) && w != "whether" && w != "if" {
		return
	}
	// A clause made mostly of quotation is claimed by its quotations.
	if 2*quoted >= e-k {
		return
	}
	span := [2]int{toks[k].Start, toks[e-1].End}
	if last := toks[e-1].Text; e == f.d.Sentences[si].Lim && len(last) > 1 && strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 {
		span[1]-- // "in May." read as one token
	}
	if q := f.inQuote[e-1]; q >= 0 && f.stretches[q].s >= span[0] && onlyPunct(f.d.Input, toks[e-1].End, f.stretches[q].e) && closedBy(f.d.Input, f.stretches[q]) {
		span[1] = f.stretches[q].close // the closing mark of a quotation it ends on
	}
	for _, o := range f.claims {
		if o.kind == record.Direct && o.span[0] < span[1] && span[0] < o.span[1] {
			return
		}
	}
	f.add(claim{span: span, kind: record.Indirect, cue: f.cueText(c, lim), speaker: sub.actor,
		para: f.d.Sentences[si].Paragraph, sent: si, stretch: -1})
}

// skipDateline returns the first token after a dateline that opens tokens
// [k, e) ("NAIROBI, March 12 - ", "LONDON (Reuters) -- "): a place in
// capitals, then capitalised words, numbers, commas and parentheses, up
// to a dash. Else k.
func (f *finder) skipDateline(k, e int) int {
	toks := f.d.Tokens
	if k >= e || !isWord(toks[k].Text) || strings.ToUpper(toks[k].Text) != toks[k].Text || len(toks[k].Text) < 3 {
		return k
	}
	for j := k + 1; j < e && j < k+10; j++ {
		switch w := toks[j].Text; {
		case w == "-" || w == "--" || w == "—" || w == "–":
			if j+1 < e {
				return j + 1
			}
			return k
		case w == "," || w == "(" || w == ")" || w == "." || toks[j].Tag == "CD" || nlp.IsCapitalized(w):
		default:
			return k
		}
	}
	return k
}

var beForms = set("is", "was", "were", "are", "be", "been", "being", "'s", "'re")

// asks are the cues that report a question: asked whether, explained how.
// counts reports whether the cue at token c is "add" followed by a number
// or an amount: arithmetic, not speech.
func (f *finder) counts(c, lim int) bool {
	toks := f.d.Tokens
	if !strings.HasPrefix(strings.ToLower(toks[c].Text), "add") {
		return false
	}
	t := toks[lim]
	return t.Tag == "CD" || t.Text == "$" || t.Text == "£" || t.Text == "€" || strings.EqualFold(t.Text, "another") || strings.EqualFold(t.Text, "more")
}

// askedOpening reads a question put to the speaker of the main clause by
// somebody unnamed: "When asked whether X, she said ...", "Asked about X,
// he said ...". The question is a claim with no speaker. It reports
// whether it made one.
func (f *finder) askedOpening(si, c, lim int) bool {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	if !strings.EqualFold(toks[c].Text, "asked") || lim >= s.Lim {
		return false
	}
	if c > s.First {
		if p := strings.ToLower(toks[c-1].Text); p != "when" && p != "and" && p != "if" && p != "after" || c-1 != s.First && toks[c-2].Text != "," {
			return false
		}
	}
	k := lim
	if w := strings.ToLower(toks[k].Text); w == "about" {
		k++
	} else if !questionWords[w] {
		return false
	}
	e := k
	for e < s.Lim && toks[e].Text != "," && f.inQuote[e] < 0 {
		e++
	}
	if e >= s.Lim || toks[e].Text != "," || e == k {
		return false
	}
	span := [2]int{toks[k].Start, toks[e-1].End}
	f.add(claim{span: span, kind: record.Indirect, cue: f.cueText(c, lim), speaker: none,
		para: s.Paragraph, sent: si, stretch: -1})
	return true
}

// findings are the cues of what documents, polls and data show; what
// they show may be a noun phrase or a question ("Emails show how ...").
var findings = set("show", "shows", "showed", "shown", "showing", "reveal", "reveals", "revealed",
	"revealing", "indicate", "indicates", "indicated", "indicating", "suggest", "suggests", "suggested")

// shortContent reports whether tokens [k, e), one or two words, can be
// what the speech act at token c is about: "denied the charge", "endorsed
// Trump"; not a place ("criticized Tulsa"), not the person a charge is
// made against ("accused Rafael Cruz") nor what is cited.
func (f *finder) shortContent(k, e, c int) bool {
	switch w := strings.ToLower(f.d.Tokens[c].Text); {
	case strings.HasPrefix(w, "accus"), strings.HasPrefix(w, "cit"):
		return false
	}
	for j := k; j < e; j++ {
		if a := f.owner[j]; a != none && f.actors[a].Type == record.Location {
			return false
		}
	}
	return true
}

// documentFinding reports whether the cue at token c tells what a
// document shows: "the poll shows", "emails show".
func (f *finder) documentFinding(c int) bool {
	return c > 0 && findings[strings.ToLower(f.d.Tokens[c].Text)] && documents[strings.ToLower(f.d.Tokens[c-1].Text)]
}

// npObjects are the say cues whose content may be a noun phrase.
var npObjects = set("acknowledge", "acknowledges", "acknowledged", "acknowledging", "note", "notes",
	"noted", "noting", "confirm", "confirms", "confirmed", "confirming", "admit", "admits", "admitted",
	"admitting", "concede", "conceded", "concedes", "conceding")

// documents are the nouns of sources that are no actors: "the poll
// shows", "records show".
var documents = set("poll", "polls", "polling", "survey", "surveys", "report", "reports", "study",
	"studies", "analysis", "data", "record", "records", "document", "documents", "email", "emails",
	"memo", "filing", "filings", "transcript", "video", "footage", "letter", "figures", "numbers",
	"research", "audit", "review", "findings", "results", "statistics", "tally", "count")

var asks = set("ask", "asks", "asked", "asking", "explain", "explains", "explained", "explaining",
	"wonder", "wonders", "wondered", "wondering", "question", "questions", "questioned", "questioning")

var questionWords = set("whether", "if", "how", "why", "what", "when", "where", "who", "which")

func (f *finder) add(c claim) {
	if f.spans == nil {
		f.spans = map[[2]int]bool{}
	}
	if f.spans[c.span] {
		return
	}
	f.spans[c.span] = true
	f.claims = append(f.claims, c)
}

// chains gives every stretch of a quotation over several paragraphs the
// speaker found for any of them.
func (f *finder) chains() {
	speaker := map[int]int{}
	cue := map[int]string{}
	for _, c := range f.claims {
		if c.stretch < 0 {
			continue
		}
		ch := f.stretches[c.stretch].chain
		if ch < 0 || c.speaker == none || c.labeled {
			continue
		}
		if _, ok := speaker[ch]; !ok || !f.floatingClaim(c) {
			speaker[ch], cue[ch] = c.speaker, c.cue
		}
	}
	for i := range f.claims {
		c := &f.claims[i]
		if c.stretch < 0 || c.labeled {
			continue
		}
		if ch := f.stretches[c.stretch].chain; ch >= 0 {
			if a, ok := speaker[ch]; ok {
				c.speaker, c.cue = a, cue[ch]
			}
		}
	}
}

// floatingClaim reports whether a claim's stretch stands alone in its
// sentence, its speaker carried from before.
func (f *finder) floatingClaim(c claim) bool {
	return f.stretches[c.stretch].open1
}

// records turns the claims into record claims in order of span start.
func (f *finder) records() []record.Claim {
	// A headline gives a claim only when it names its speaker, whatever
	// shape the claim has: "Mayor vows 'no more delays'" with no mayor
	// resolved is a headline, not an attribution.
	kept := f.claims[:0]
	for _, c := range f.claims {
		s := f.d.Sentences[f.sentAt(c.span[0])]
		if c.speaker == none && (s.Heading || f.sentAt(c.span[0]) == 0 && f.d.Title != "") {
			continue
		}
		kept = append(kept, c)
	}
	f.claims = kept
	sort.SliceStable(f.claims, func(i, j int) bool {
		a, b := f.claims[i].span, f.claims[j].span
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		return a[1] < b[1]
	})
	out := make([]record.Claim, 0, len(f.claims))
	for i, c := range f.claims {
		rc := record.Claim{
			ID:       fmt.Sprintf("c%d", i+1),
			Text:     string(f.d.Input[c.span[0]:c.span[1]]),
			Kind:     c.kind,
			Cue:      c.cue,
			Sentence: f.sentAt(c.span[0]),
			Span:     record.Span{c.span[0], c.span[1]},
		}
		if c.speaker != none {
			id := f.actors[c.speaker].ID
			rc.Speaker = &id
		}
		out = append(out, rc)
	}
	return out
}

// titleCased reports whether quoted text of two words or more is written
// as a name or a title is: every word capitalised but short function
// words ("Make Your Kid a Millionaire", "Fox News Sunday").
func titleCased(b []byte) bool {
	words := strings.FieldsFunc(string(b), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	if len(words) < 2 || !nlp.IsCapitalized(words[0]) {
		return false
	}
	for _, w := range words {
		if !nlp.IsCapitalized(w) && !titleSmallWords[w] && !unicode.IsDigit([]rune(w)[0]) {
			return false
		}
	}
	return true
}

var titleSmallWords = set("a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from")

// onlyPunct reports whether input[a:b] holds nothing but punctuation: the
// full stop a quotation ends on inside its marks.
func onlyPunct(input []byte, a, b int) bool {
	for _, r := range string(input[min(a, b):b]) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
