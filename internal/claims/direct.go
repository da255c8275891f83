package claims

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// This file reads quotation marks: the claims of quoted stretches, the
// attributions to their left and right, transcript and byline labels.

// attribution is a cue and its subject.
type attribution struct {
	sub      subject
	cue, lim int // the cue's tokens
	text     string
	ok       bool
	detached bool // after words that go on from the quotation
	cl       class
}

// quoteSite is what the steps of quotation read about one stretch: its
// sentence, the tokens on each side of its marks, and the attributions
// found there.
type quoteSite struct {
	q       int     // the stretch's index
	st      stretch // the stretch
	si      int     // the sentence of the opening mark
	lA, lB  int     // left context: tokens [lA, lB) before the opening mark
	rA, rB  int     // right context: tokens [rA, rB) after the closing mark
	left    attribution
	right   attribution
	empty   bool // nothing stands before the opening mark in its sentence
	colon   bool // the left context ends with a colon
	heading bool // the stretch is in a headline or subheading
}

// quotation makes the claim of stretch q, if it is one: a direct quotation
// or a quoted fragment with a speaker. Its steps: the context on each side
// of the marks, the stretches that are no quotation, a transcript's turn,
// the attributions, then the claim they give.
func (f *finder) quotation(q int) {
	st := f.stretches[q]
	if st.e <= st.s || !hasLetter(f.d.Input[st.s:st.e]) {
		return
	}
	x := &quoteSite{q: q, st: st, si: f.sentAt(st.open)}
	x.lA, x.lB = f.leftContext(st, f.d.Sentences[x.si])
	x.rA, x.rB = f.rightContext(st)
	if f.notQuotation(x) || f.transcriptTurn(x) {
		return
	}
	f.attributions(x)
	if c, ok := f.quotedClaim(x); ok {
		f.addQuoted(c, x.heading)
	}
}

// leftContext returns the tokens [lA, lB) of sentence sent before the
// opening mark of st, after any earlier stretch.
func (f *finder) leftContext(st stretch, sent nlp.Sentence) (lA, lB int) {
	lA, lB = sent.First, f.tokAt(st.open)
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
	return lA, lB
}

// rightContext returns the tokens [rA, rB) after the closing mark of st,
// to the next mark or the end of the sentence; none when st runs to the
// end of its paragraph unclosed.
func (f *finder) rightContext(st stretch) (rA, rB int) {
	toks := f.d.Tokens
	rA = f.tokAt(st.close)
	rB = rA
	paraEnd := f.paras[st.para].e
	if st.close == paraEnd && !closedBy(f.d.Input, st) {
		return rA, rB
	}
	endSent := f.sentAt(st.close - 1)
	for rB < len(toks) && f.inQuote[rB] < 0 && int(toks[rB].Start) < paraEnd {
		// The sentence the closing mark ends, or the next one when the
		// splitter cut after the mark and it goes on in lower case.
		if s := int(toks[rB].Sent); s != endSent && !(rB == rA && s == endSent+1 && !nlp.IsCapitalized(toks[rB].Text)) {
			if s == endSent+1 && rB == f.d.Sentences[s].First && (toks[rB].Text == ")" || !nlp.IsCapitalized(toks[rB].Text) && isWord(toks[rB].Text)) {
				// The splitter cut after "(R-Fla.)" or inside it.
				endSent = s
			} else if rB == rA || int(toks[rB-1].Sent) != s {
				break
			}
		}
		rB++
		if w := toks[rB-1].Text; (w == "." || w == "!" || w == "?") && !(rB < len(toks) && toks[rB].Text == ")") && !f.initialDot(rB-1) {
			break
		}
	}
	return rA, rB
}

// notQuotation reports whether the stretch is quoted words that make no
// claim of their own: a so-called word, an aside, or words a headline's
// label already claims ("Trump Jr: Women Who Can't 'Handle' ...").
func (f *finder) notQuotation(x *quoteSite) bool {
	if x.lB > x.lA && isSoCalled(f.d.Tokens, x.lB-1) {
		return true
	}
	if aside(f.d.Input[x.st.s:x.st.e]) {
		return true
	}
	p := f.lastClaimIn(x.si)
	return p != nil && p.cue == ":" && p.stretch < 0 && p.span[0] <= x.st.open && x.st.e <= p.span[1]
}

// transcriptTurn adds the claim of a transcript's turn, "WALLACE: ..."
// inside the marks, and reports whether the stretch was one.
func (f *finder) transcriptTurn(x *quoteSite) bool {
	k, a, ok := f.turn(x.st)
	if !ok {
		return false
	}
	start := f.d.Tokens[k].Start
	f.add(claim{span: [2]int{int(start), x.st.e}, kind: record.Direct, cue: ":", speaker: a, para: x.st.para, sent: f.sentAt(int(start)), stretch: x.q, labeled: true})
	return true
}

// attributions reads the attributions on each side of the stretch, and
// where the splitter cut a question off its attribution (`“Why not?”
// Smith asked.`), the one in the next sentence.
func (f *finder) attributions(x *quoteSite) {
	x.left = f.attrLeft(x.lA, x.lB)
	x.right = f.attrRight(x.rA, x.rB)
	if !x.right.ok && x.rB == x.rA {
		if b := f.cutAttribution(x.st, x.rA); b > x.rA {
			if r := f.attrRight(x.rA, b); r.ok && r.sub.actor != none {
				x.right, x.rB = r, b
			}
		}
	}
	x.empty = x.lA == x.lB
	x.colon = !x.empty && f.d.Tokens[x.lB-1].Text == ":"
	x.heading = f.heading(x.si)
}

// quotedClaim returns the claim the stretch makes given its attributions,
// and whether it makes one: a fragment attributed after it, a direct
// quotation, or a fragment of a sentence that reports it.
func (f *finder) quotedClaim(x *quoteSite) (claim, bool) {
	st := x.st
	c := claim{span: [2]int{st.s, st.e}, speaker: none, para: st.para, sent: f.sentAt(st.s), stretch: x.q}
	switch {
	case x.right.detached && !x.left.ok:
		c.kind = record.Partial
		f.attribute(&c, x.right)
		return c, true
	case f.direct(x):
		if !x.empty && !x.colon && !x.heading && titleCased(f.d.Input[st.s:st.e]) {
			return c, false // "said on “Fox and Friends.”": a title, not words said
		}
		return f.directClaim(x, c)
	default:
		return f.fragment(x, c)
	}
}

// direct reports whether the stretch is a direct quotation: alone in its
// sentence, after a colon, or after an attribution that introduces it
// when the sentence does not go on after the closing mark with words that
// are no attribution (then the quotation is a fragment of it).
func (f *finder) direct(x *quoteSite) bool {
	if x.empty || x.colon {
		return true
	}
	goesOn := x.rB > x.rA && !clauseEnd(f.d.Tokens[x.rA].Text) && !x.right.ok
	return x.left.ok && f.introduces(x.left, x.lB) && !goesOn
}

// directClaim gives a direct quotation its speaker: its attribution, a
// label before a colon, the cue of the clause a colon closes, or the
// speaker of the claim before it. It reports false for a quotation that
// finds none and makes no claim.
func (f *finder) directClaim(x *quoteSite, c claim) (claim, bool) {
	c.kind = record.Direct
	switch {
	case x.left.ok:
		f.attribute(&c, x.left)
	case x.right.ok:
		f.attribute(&c, x.right)
	case x.colon && x.lB-x.lA <= 14:
		f.colonLabel(x, &c)
	}
	if c.cue == "" && x.colon && !x.heading {
		// "X said she believed ...: “...”": the cue of the clause
		// the colon closes.
		if a := f.governing(x.lA, x.lB, x.si); a.ok && a.sub.actor != none && a.cl.quotes() {
			c.speaker, c.cue = a.sub.actor, a.text // the cue reports its clause too
		}
	}
	if c.cue != "" {
		return c, true
	}
	if x.heading || !x.empty && !x.colon {
		return c, false
	}
	if !f.floating(&c) && x.rB > x.rA && !clauseEnd(f.d.Tokens[x.rA].Text) {
		// A sentence-initial quoted phrase that the sentence goes on
		// about is a title or a term, not a quotation.
		return c, false
	}
	return c, true
}

// colonLabel reads the speaker of "Trump: ..." and "WALLACE: ...", a name
// and a colon; or of "Gerald F. Seib, The Wall Street Journal: ...", a
// person, then where they wrote or what they are.
func (f *finder) colonLabel(x *quoteSite, c *claim) {
	first := f.d.Sentences[x.si].First
	a := none
	if x.lB-x.lA <= 6 {
		a = f.labelActor(x.lA, x.lB-1)
	}
	if a == none && x.lA == first {
		a = f.bylineActor(x.lA, x.lB-1)
	}
	if a != none || x.lA == first && f.nameLabel(x.lA, x.lB-1) {
		c.speaker, c.cue = a, ":" // an unknown name is still nobody else
	}
}

// fragment gives a quoted fragment the speaker of the cue that governs
// its sentence, of the attribution after it, or of an earlier claim in its
// sentence. It reports false for a name or a title, or a fragment with no
// speaker.
func (f *finder) fragment(x *quoteSite, c claim) (claim, bool) {
	c.kind = record.Partial
	if !x.heading && titleCased(f.d.Input[x.st.s:x.st.e]) {
		return c, false // a name or a title: "Morning Joe", "Miss Piggy"
	}
	a := f.governing(f.d.Sentences[x.si].First, x.lB, x.si)
	if !a.ok && x.right.ok {
		a = x.right
	}
	if !a.ok {
		// The speaker of an earlier claim in the same sentence.
		if p := f.lastClaimIn(x.si); p != nil && p.cue != "" {
			c.speaker, c.cue = p.speaker, p.cue
			return c, true
		}
		return c, false
	}
	c.speaker, c.cue = a.sub.actor, a.text
	return c, true
}

// addQuoted adds the claim of a quotation, except in a headline, which
// gives a claim only when it names its speaker.
func (f *finder) addQuoted(c claim, heading bool) {
	if heading && c.speaker == none {
		return
	}
	f.add(c)
}

// initialDot reports whether the full stop at token k closes a middle
// initial ("Janet L. Yellen"), not a sentence.
func (f *finder) initialDot(k int) bool {
	return f.d.Initial(k-1) && k+1 < len(f.d.Tokens) && f.owner[k-1] != none && int(f.owner[k+1]) == int(f.owner[k-1])
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
	if s.First != rA || s.Paragraph != st.para || int(toks[rA].Start) < st.close {
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
	for j := k; j < len(toks) && j < k+4 && int(toks[j].Start) < st.e; j++ {
		if toks[j].Text == ":" {
			if j == k || j+1 >= len(toks) || int(toks[j+1].Start) >= st.e {
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
		case f.owner[k] != none && a.sub.actor != int(f.owner[k]):
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
	if f.owner[i] != none || f.syn.Is(i, syntax.Attributive) || f.skippable(i) {
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
	i := f.past(rA, rB, func(t nlp.Token) bool { return t.Text == "," })
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
	return f.subjectThenCue(i, rB)
}

// subjectThenCue reads `X said` from token i, before rB: the first cue of
// quotations within 20 tokens, with its subject on its left. A verb that
// is no cue, or a full stop, ends the search.
func (f *finder) subjectThenCue(i, rB int) attribution {
	toks := f.d.Tokens
	for c := i + 1; c < rB && c < i+20; c++ {
		t := toks[c]
		if lim, cl, ok := f.cueAt(c); ok && cl.quotes() && cl != according {
			sub := f.subjectLeft(c, i)
			if !sub.ok {
				return attribution{}
			}
			detached := sub.first > i+1
			if detached && !f.closesSentence(sub, lim, rB) {
				return attribution{}
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

// closesSentence reports whether an attribution whose subject sub stands
// apart from the quotation closes the sentence the quotation is a fragment
// of (`" for criminal behavior, she said.`): the subject names an actor
// after a comma, and only skippable words stand between the cue's end lim
// and a full stop.
func (f *finder) closesSentence(sub subject, lim, rB int) bool {
	toks := f.d.Tokens
	l := lim
	for l < rB && f.skippable(l) {
		l++
	}
	return sub.actor != none && toks[sub.first-1].Text == "," && (l >= rB || toks[l].Text == ".")
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
	start := int(toks[colon+1].Start)
	heading := f.heading(si)
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
	c := claim{span: [2]int{int(start), end}, kind: record.Direct, cue: ":", speaker: a, para: s.Paragraph, sent: si, stretch: -1}
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
		if f.owner[k] == none || owner != none && int(f.owner[k]) != owner {
			owner = none
			break
		}
		owner = int(f.owner[k])
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

// floatingClaim reports whether a claim's stretch stands alone in its
// sentence, its speaker carried from before.
func (f *finder) floatingClaim(c claim) bool {
	return f.stretches[c.stretch].open1
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
