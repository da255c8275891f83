package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// This file reads reported speech: a cue, its subject and the clause or
// phrase it reports, with no quotation marks needed.

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
	if f.lx.has(toks[i].Text, findingTrait) && nounTag(p.Tag) && strings.EqualFold(toks[i+1].Text, "that") {
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
		case !f.syn.Is(j, syntax.Attributive) && f.owner[j] == none:
			return false
		}
	}
	return false
}

// request reports whether tokens from k are a hearer and an infinitive:
// "male voters to think about ...".
func (f *finder) request(k, lim int) bool {
	toks := f.d.Tokens
	for j := k; j < lim && j < k+6; j++ {
		if strings.EqualFold(toks[j].Text, "to") {
			return j > k && f.infinitiveAt(j, lim)
		}
		if !f.syn.Is(j, syntax.Attributive) && f.owner[j] == none && toks[j].Tag != "PRP" {
			return false
		}
	}
	return false
}

// reported finds the indirect claims of sentence si: reported speech
// without quotation marks. Each token is tried as a cue, through named
// steps; the first that finds nothing ends the try.
func (f *finder) reported(si int) {
	s := f.d.Sentences[si]
	for c := s.First; c < s.Lim; c++ {
		lim, cl, ok := f.reportingCue(si, c)
		if !ok {
			continue
		}
		if cl == according {
			f.according(si, c, lim)
			c = lim - 1
			continue
		}
		toVerb, ok := f.reportsSpeech(si, c, lim, cl)
		if !ok {
			continue
		}
		sub, inverted := f.reportingSubject(si, c, lim)
		if !sub.ok || toVerb && sub.actor == none {
			continue
		}
		k := lim
		if !toVerb {
			k = f.complement(lim, s.Lim, cl)
		}
		e, ok := f.contentEnd(si, c, k, cl)
		if !ok {
			continue
		}
		f.report(si, reporting{c: c, lim: lim, cl: cl, sub: sub, inverted: inverted}, k, e)
	}
}

// reporting is a cue of reported speech read so far: tokens [c, lim),
// its class, its subject and whether the subject follows it ("said X").
type reporting struct {
	c, lim   int
	cl       class
	sub      subject
	inverted bool
}

// reportingCue reads the cue of reported speech at token c of sentence
// si: its token limit and class. It skips tokens inside quotations, cues
// already used by a quotation, noun cues (which nominal reads) and words
// that only look like cues: a question opening the sentence, a count ("the
// economy added 156,000 jobs"), "asked" that quotes nothing, "called"
// that names nothing. "Asked voters to think" is a request.
func (f *finder) reportingCue(si, c int) (int, class, bool) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	if f.inQuote[c] >= 0 || f.usedCue[c] || f.nominal(si, c) {
		return 0, 0, false
	}
	lim, cl, ok := f.cueAt(c)
	if !ok || f.askedOpening(si, c, lim) || lim < s.Lim && f.counts(c, lim) {
		return 0, 0, false
	}
	if cl == quote && f.lx.has(toks[c].Text, requestTrait) && f.request(lim, s.Lim) {
		cl = act // "X asked voters to think about ...": a request
	}
	if cl == quote && !(f.lx.has(toks[c].Text, asksTrait) && lim < s.Lim && questionWords[strings.ToLower(toks[lim].Text)]) {
		return 0, 0, false
	}
	// What X called Y "...": the object and its quoted name.
	if cl == name && !f.namesQuote(lim, s.Lim) && !f.namesAs(c, lim, s.Lim) {
		return 0, 0, false
	}
	return lim, cl, true
}

// reportsSpeech reports whether the cue [c, lim) of class cl reports
// speech where it stands, and whether an infinitive is its content ("X
// pledged to ..."). A passive with its speaker after "by" makes its claim
// here. No speech is reported after the words of notBefore ("to say",
// "did not say"; but a speech act of the negated trait still tells what
// it was about: "did not mention the deficit"), by a passive with no
// speaker ("were denied visas"), by an intention with no infinitive, nor
// before the words of notAfter ("said by", "described as"; "to" but after
// "tell").
func (f *finder) reportsSpeech(si, c, lim int, cl class) (toVerb, ok bool) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	if f.passive(si, c, lim, cl) {
		return false, false
	}
	if c > s.First {
		p := strings.ToLower(toks[c-1].Text)
		if notBefore(p) && !f.negatedAct(c, p, cl) || toks[c].Tag == "VBN" && beForms[p] {
			return false, false
		}
	}
	toVerb = cl.infinitive() && f.infinitiveAt(lim, s.Lim)
	if cl == intend && !toVerb {
		return false, false
	}
	if lim < s.Lim && !toVerb {
		if n := strings.ToLower(toks[lim].Text); notAfter[n] || n == "to" && cl != tell {
			return false, false
		}
	}
	return toVerb, true
}

// negatedAct reports whether the cue at token c, after the word p of
// notBefore, is a speech act whose content stands though it is denied:
// "did not mention the deficit", "never cited a source" (the negated
// trait of cues.txt). Not after "to": "refused to mention".
func (f *finder) negatedAct(c int, p string, cl class) bool {
	return cl == act && p != "to" && f.lx.has(f.d.Tokens[c].Text, negatedTrait)
}

// notBefore reports whether a cue after the word p reports nothing: "to",
// or a word that negates it (syntax.Negator).
func notBefore(p string) bool { return p == "to" || syntax.Negator(p) }

// notAfter are the words before which a cue reports nothing.
var notAfter = set("by", "as")

// reportingSubject finds the subject of the cue [c, lim) of sentence si:
// its own ("X said"), the one it shares with the cue or verb before "and"
// ("X says A and said B"), or after it ("CLAUSE, said X"), which makes it
// inverted.
func (f *finder) reportingSubject(si, c, lim int) (sub subject, inverted bool) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	sub = f.cueSubject(c, f.clauseStart(si))
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
	if !sub.ok && c > s.First && toks[c-1].Text == "," {
		if sub = f.subjectRight(lim, s.Lim); sub.ok {
			inverted = true
		}
	}
	return sub, inverted
}

// contentEnd returns the end of the content that starts at token k, for
// the cue at token c of class cl: the end of the clause, or for a
// participle opening the sentence the comma before the main clause; for a
// cue that reports a phrase, the first comma, or "and" or "but" before a
// verb. It finds none when a phrase cue's clause goes on with a colon: the
// quotation after it is the claim.
func (f *finder) contentEnd(si, c, k int, cl class) (int, bool) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
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
	if f.inOpeningClause(si, c) {
		// "Although Ivo Marsh said the port would close, the city kept
		// it open": the content ends where the main clause begins.
		for j := k + 1; j < e; j++ {
			if toks[j].Text == "," && f.inQuote[j] < 0 && f.clauseStartsAt(j+1, s.Lim) {
				e = j
				break
			}
		}
	}
	if cl.phrase() || k < s.Lim && toks[k].Tag == "TO" {
		// "warned states to boost security after hackers struck": what
		// the speaker said of a noun phrase or an infinitive ends where a
		// clause of the writer's, telling when or why, begins; not after
		// a gerund, whose clause it may be ("accused the city of changing
		// the design after the contract was signed").
		for j := k + 2; j < e && toks[j-1].Tag != "VBG"; j++ {
			if f.inQuote[j] < 0 && f.subordinateClause(j, e) {
				e = j
				break
			}
		}
	}
	e = f.objectEnd(k, e)
	if !cl.phrase() {
		return e, true
	}
	if e < s.Lim && toks[e].Text == ":" {
		return 0, false // "X compared A to B and told Y: “...”": the quotation's
	}
	// A noun phrase's content ends at the first comma, or at "and" or
	// "but" before a verb: called it "X" and called for Y.
	for j := k; j < e; j++ {
		if f.inQuote[j] < 0 && f.phraseEnds(j, k, e, cl) {
			return j, true
		}
	}
	return e, true
}

// objectEnd returns the end of the content [k, e) when it opens on a
// noun phrase, the cue's object: what follows the phrase before any verb
// of its own is the writer's, not the speaker's. The subject of the cue
// goes on ("claimed self-defense and was acquitted"), a clause telling
// when or why begins ("said yes, over and over, until the crowd left"),
// or, after a comma, a clause of its own with a pronoun for subject
// ("gave her answer, she wants the vote held").
func (f *finder) objectEnd(k, e int) int {
	toks := f.d.Tokens
	if k >= e || f.inQuote[k] >= 0 || !objectOpeners(toks[k].Tag) {
		return e
	}
	for j := k + 1; j < e; j++ {
		t := toks[j].Tag
		if f.inQuote[j] >= 0 {
			continue
		}
		if strings.HasPrefix(t, "VB") || t == "MD" {
			return e
		}
		w := toks[j].Text
		switch {
		case (w == "and" || w == "but") && j+1 < e && f.objectJoins(j+1, e):
		case clauseOpeners[strings.ToLower(w)] && w != "as" && (t == "IN" || t == "WRB") && toks[j-1].Text == ",":
		case w == "," && j+1 < e && toks[j+1].Tag == "PRP" && toks[k].Tag != "UH" && f.clauseAt(j+1, e, true):
		default:
			continue
		}
		for j > k+1 && toks[j-1].Text == "," {
			j--
		}
		return j
	}
	return e
}

// objectCut reports whether objectEnd ended the content [k, e) before
// its clause did: the content is the cue's object, which needs no verb
// of its own ("claimed the right to self-defense").
func (f *finder) objectCut(k, e int) bool {
	if k >= e {
		return false
	}
	lim := f.d.Sentences[f.d.Tokens[k].Sent].Lim
	return e < lim && f.objectEnd(k, lim) == e
}

// objectOpeners reports whether a word of tag t may open a cue's object:
// a noun phrase, or an interjection ("said yes").
func objectOpeners(t string) bool {
	switch t {
	case "DT", "PRP", "PRP$", "JJ", "JJR", "JJS", "CD", "UH", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// objectJoins reports whether what follows "and" or "but" at token i,
// after a cue's object, is no part of it: a finite verb, whose subject is
// the cue's.
func (f *finder) objectJoins(i, e int) bool {
	n := f.past(i, e, func(t nlp.Token) bool { return t.Tag == "RB" })
	if n >= e {
		return false
	}
	t := f.d.Tokens[n].Tag
	return syntax.Finite(t) || t == "MD"
}

// past returns the first token from i, before e, that skip does not pass
// over; e if it passes over them all.
func (f *finder) past(i, e int, skip func(nlp.Token) bool) int {
	for i < e && skip(f.d.Tokens[i]) {
		i++
	}
	return i
}

// phraseEnds reports whether token j, in the content [k, e) of a phrase
// cue of class cl, ends it.
func (f *finder) phraseEnds(j, k, e int, cl class) bool {
	toks := f.d.Tokens
	w := toks[j].Text
	switch {
	case w == ",":
		return !f.listGoesOn(j, e)
	case j > k && cl == act && adverbialPreps[strings.ToLower(w)]:
		return true
	case (w == "and" || w == "but") && j+1 < e:
		n := toks[j+1].Tag
		return strings.HasPrefix(n, "VB") && n != "VBN" || n == "MD"
	}
	return false
}

// listGoesOn reports whether the comma at token j, in a noun phrase that
// ends before e, goes on with a list: more nouns, then "and" or "or" and
// no verb ("attacked voters, lawmakers and scholars"). "and" before a
// clause of its own ends the list's phrase: "called for calm, and the
// crowd left".
func (f *finder) listGoesOn(j, e int) bool {
	toks := f.d.Tokens
	for i := j + 1; i < e && i < j+12; i++ {
		t := toks[i].Tag
		switch w := toks[i].Text; {
		case f.inQuote[i] >= 0:
		case strings.HasPrefix(t, "VB") || t == "MD" || w == ":" || w == ";" || w == "--" || w == "-":
			return false
		case w == "and" || w == "or":
			return i+1 < e && !strings.HasPrefix(toks[i+1].Tag, "VB") && toks[i+1].Tag != "MD" && !f.clauseAt(i+1, e, true)
		}
	}
	return false
}

// report adds the claims of cue r, whose content is tokens [k, e): "A, he
// said, B" gives two; "CLAUSE, X said" and "CLAUSE, said X" the clause
// before the comma; "X said that A, and that B" both.
func (f *finder) report(si int, r reporting, k, e int) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	sub := r.sub
	if !r.inverted && e > k && k < s.Lim && toks[k].Text == "," && sub.first-1 > s.First && toks[sub.first-1].Text == "," && !f.stretchStartsAt(s.First) {
		// "A, he said, B": A as well as B, neither needing a verb of
		// its own ("She would help, she said, but only locally").
		f.reportedSpan(si, s.First, sub.first-1, sub, r.c, r.lim, r.cl, true)
		f.reportedSpan(si, k, e, sub, r.c, r.lim, r.cl, true)
		return
	}
	if r.inverted || e <= k {
		// "CLAUSE, X said." and "CLAUSE, said X."
		comma := sub.first - 1
		if r.inverted {
			comma = r.c - 1
		}
		if comma <= s.First || toks[comma].Text != "," {
			return
		}
		k, e = s.First, comma
		if f.stretchStartsAt(k) {
			return
		}
	}
	f.indirect(si, k, e, sub, r.c, r.lim, r.cl)
	// "X said that A, and that B": B too.
	for {
		j := e
		for j < s.Lim && toks[j].Text == "," {
			j++
		}
		if j+2 >= s.Lim || !(toks[j].Text == "and" || toks[j].Text == "but") || !strings.EqualFold(toks[j+1].Text, "that") {
			return
		}
		k = j + 2
		e = f.clauseEnd(k, s.Lim)
		f.indirect(si, k, e, sub, r.c, r.lim, r.cl)
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
		if q := int(f.inQuote[j]); q >= 0 {
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
	if f.lx.has(toks[c].Text, namesToTrait) {
		want = "to"
	}
	calls := f.lx.has(toks[c].Text, namesATrait)
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
	span := [2]int{int(toks[s.First].Start), int(toks[b-1].End)}
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
	q := int(f.inQuote[k])
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
		if a := int(f.owner[j]); a != none && f.actors[a].Type == record.Person {
			return subject{actor: a, first: k, ok: true}
		}
	}
	for j := k; j < e; j++ {
		if a := int(f.owner[j]); a != none {
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
		case syntax.Negator(w):
			return k // "warned them not to ...": the content keeps its "not"
		case f.skippable(k):
			k++
		case t.Text == ",":
			return k // "CLAUSE, he said, and ...": nothing reported after
		case t.Tag == "IN" && adjunctPreps[w] || t.Tag == "TO" && w == "to":
			j := k + 1
			for j < lim && (f.syn.Is(j, syntax.Attributive) && toks[j].Tag != "VBN" || f.owner[j] != none) {
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
	if a := int(f.owner[k]); a != none {
		for k < lim && int(f.owner[k]) == a {
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

// breakEnds reports whether the comma or dash at token j ends the clause
// that starts at token k: an attribution follows (", X said"), or a
// concession (", although ..." is the writer's, not the speaker's), or
// another speaker's claim (", and others warned that ..."), or a verb the
// speaker goes on with ("X said A, but say B", "X said A, talked of B").
func (f *finder) breakEnds(j, k, lim int) bool {
	toks := f.d.Tokens
	if j+1 < lim && f.attributionAt(j+1, lim) {
		return true
	}
	if j == k {
		return false
	}
	if j+1 < lim && concessives[strings.ToLower(toks[j+1].Text)] {
		return true
	}
	if j+2 < lim && (toks[j+1].Text == "and" || toks[j+1].Text == "but") && f.newAttribution(j+2, lim) {
		return true
	}
	return f.sharedSubject(j+1, lim)
}

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
			// "X said A but did not suggest B": the speaker speaks again.
			if j > k && f.inQuote[j] < 0 && f.speaksAgain(j+1, lim) {
				return j
			}
		case ",", "--":
			if f.breakEnds(j, k, lim) {
				return j
			}
			// "X said A -- a boost for Y": the writer's gloss on A.
			if w == "--" && j > k && f.inQuote[j] < 0 && f.gloss(j, lim) {
				return j
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

// speaksAgain reports whether a cue of speech (not of a belief or an
// intention: "but wanted to see") with no subject of its own
// starts at token i, after "and" or "but" in a content: "but did not
// suggest", "and claimed". Its subject is the speaker's, so the content
// ends before it.
func (f *finder) speaksAgain(i, lim int) bool {
	toks := f.d.Tokens
	for i < lim {
		switch w := strings.ToLower(toks[i].Text); {
		case toks[i].Tag == "RB":
			i++
			continue
		case (w == "did" || w == "does" || w == "do") && i+1 < lim && (toks[i+1].Text == "not" || toks[i+1].Text == "n't"):
			i++
			continue
		}
		break
	}
	if i >= lim || beForms[strings.ToLower(toks[i].Text)] {
		return false
	}
	switch toks[i].Tag {
	case "VBD", "VBZ", "VBP", "VB":
	default:
		return false
	}
	_, cl, ok := f.cueAt(i)
	return ok && cl != according && cl != intend && cl != think
}

// gloss reports whether the dash at token j opens the writer's gloss on
// what comes before it: a noun phrase or relative clause that runs to the
// end of the sentence, with no dash closing it ("-- a boost for the
// mayor", "-- which the city denied").
func (f *finder) gloss(j, lim int) bool {
	toks := f.d.Tokens
	if j+1 >= lim {
		return false
	}
	for i := j + 1; i < lim; i++ {
		if toks[i].Text == "--" {
			return false // a pair of dashes: an aside inside the content
		}
	}
	t := toks[j+1].Tag
	return t == "DT" || t == "JJ" || strings.HasPrefix(t, "NN") || t == "WDT" || t == "WP"
}

// inOpeningClause reports whether the cue at token c stands in a clause
// that opens sentence si on a subordinating word, before any comma:
// "Although X said ...", "Even though X claimed ...".
func (f *finder) inOpeningClause(si, c int) bool {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	i := s.First
	if strings.EqualFold(toks[i].Text, "even") && i+1 < c {
		i++
	}
	if !openingWords[strings.ToLower(toks[i].Text)] {
		return false
	}
	for j := i + 1; j < c; j++ {
		if toks[j].Text == "," {
			return false
		}
	}
	return true
}

// openingWords open a subordinate clause before the main one.
var openingWords = lexicon.ClauseWords(lexicon.Leading)

// clauseStartsAt reports whether a clause with a subject and a finite
// verb starts at token i (before lim), before any comma: "the city kept
// it open".
func (f *finder) clauseStartsAt(i, lim int) bool { return f.clauseAt(i, lim, true) }

// clauseAt reports whether a subject opens at token i (before lim) and a
// finite verb follows within seven tokens, before any comma and, when
// joins is set, before a conjunction or a relative pronoun.
func (f *finder) clauseAt(i, lim int, joins bool) bool {
	toks := f.d.Tokens
	if i >= lim {
		return false
	}
	switch t := toks[i].Tag; {
	case t == "DT", t == "PRP", t == "PRP$", t == "JJ", t == "CD", strings.HasPrefix(t, "NN"):
	default:
		return false
	}
	for j := i + 1; j < lim && j < i+8; j++ {
		switch tag := toks[j].Tag; {
		case syntax.Finite(tag):
			return true
		case joins && (tag == "CC" || tag == "WDT" || tag == "WP"), toks[j].Text == ",":
			return false
		}
	}
	return false
}

// clauseOpeners open a clause that tells when or why: "after hackers
// struck", "as the city voted".
var clauseOpeners = lexicon.ClauseWords(lexicon.WhenWhy)

// subordinateClause reports whether a clause of its own, with a subject
// and a finite verb, opens at token j (before lim) on a word of
// clauseOpeners: "after hackers targeted the systems".
func (f *finder) subordinateClause(j, lim int) bool {
	toks := f.d.Tokens
	if !clauseOpeners[strings.ToLower(toks[j].Text)] || toks[j].Tag != "IN" && toks[j].Tag != "WRB" {
		return false
	}
	return f.clauseAt(j+1, lim, false)
}

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
// its own, being the subject of the clause that B goes on with. The
// content [k, e) is a claim when, past a dateline, it is long enough for
// its cue, holds a verb, is no question its cue cannot report, is not
// mostly quotation and overlaps no direct claim.
func (f *finder) reportedSpan(si, k, e int, sub subject, c, lim int, cl class, head bool) {
	k = f.contentStart(k, e)
	if !f.contentFits(k, e, sub, c, lim, cl, head) || !f.contentFinite(k, e, sub, c, cl, head) {
		return
	}
	if f.unaskedQuestion(k, c, cl) || f.mostlyQuoted(k, e) {
		return
	}
	span := f.indirectSpan(si, k, e)
	for _, o := range f.claims {
		if o.kind == record.Direct && o.span[0] < span[1] && span[0] < o.span[1] {
			return
		}
	}
	f.add(claim{span: span, kind: record.Indirect, cue: f.cueText(c, lim), speaker: sub.actor,
		para: f.d.Sentences[si].Paragraph, sent: si, stretch: -1})
}

// contentStart returns where the content that starts at token k (before
// e) begins: past commas, dashes and a dateline.
func (f *finder) contentStart(k, e int) int {
	toks := f.d.Tokens
	for k < e && (toks[k].Text == "," || toks[k].Text == "--") {
		k++
	}
	return f.skipDateline(k, e)
}

// contentFits reports whether the content [k, e) of the cue [c, lim) has
// the length its class needs: three tokens, or for a speech act's noun
// phrase from a named source one ("called for calm"); and does not open
// on "and", "or" or "but" right after the cue ("X said and did ...": two
// verbs, nothing reported).
func (f *finder) contentFits(k, e int, sub subject, c, lim int, cl class, head bool) bool {
	toks := f.d.Tokens
	if w := strings.ToLower(toks[k].Text); k < e && k >= lim && (w == "and" || w == "or" || w == "but" && !head) {
		return false
	}
	if !cl.phrase() {
		return e-k >= 3
	}
	if sub.actor == none || e-k < 1 {
		return false
	}
	return e-k >= 3 || f.shortContent(k, e, c)
}

// contentFinite reports whether the content [k, e) holds a verb, or needs
// none: a speech act's noun phrase, a head, a long clause whose verb the
// tagger read as a noun ("advantage obscures concerns"), the object of a
// cue that takes one ("aides acknowledged a collaborative relationship"),
// a document's finding ("The poll shows Clinton with 42 percent").
func (f *finder) contentFinite(k, e int, sub subject, c int, cl class, head bool) bool {
	toks := f.d.Tokens
	if cl.phrase() || head {
		return true
	}
	for j := k; j < e; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
			return true
		}
	}
	if (cl == say || cl == tell || cl == according) && e-k >= 6 && sub.actor != none {
		for j := k + 1; j < e; j++ {
			if toks[j].Tag == "NNS" && strings.HasPrefix(toks[j-1].Tag, "NN") && j+1 < e && toks[j+1].Tag != "IN" {
				return true
			}
		}
	}
	if cl == say && sub.actor != none && e-k >= 3 && e-k <= 15 && toks[c].Tag != "VBG" && f.lx.has(toks[c].Text, objectTrait) {
		return true
	}
	if sub.actor != none && f.objectCut(k, e) {
		return true
	}
	return f.documentFinding(c) && e-k >= 3
}

// unaskedQuestion reports whether the content starting at token k is a
// question its cue cannot report: a question is reported by a cue that
// asks or explains ("asked whether", "explained why"), or one that says
// "whether" or "if".
func (f *finder) unaskedQuestion(k, c int, cl class) bool {
	w := strings.ToLower(f.d.Tokens[k].Text)
	return questionWords[w] && !cl.phrase() && cl != quote && !f.lx.has(f.d.Tokens[c].Text, asksTrait) && !f.documentFinding(c) && w != "whether" && w != "if"
}

// mostlyQuoted reports whether quotation makes at least half of the
// content [k, e): its quotations claim it.
func (f *finder) mostlyQuoted(k, e int) bool {
	quoted := 0
	for j := k; j < e; j++ {
		if f.inQuote[j] >= 0 && hasLetter([]byte(f.d.Tokens[j].Text)) {
			quoted++
		}
	}
	return 2*quoted >= e-k
}

// indirectSpan returns the input span of the content [k, e) of sentence
// si: without the stop of a last token read with it ("in May."), and with
// the closing mark of a quotation it ends on.
func (f *finder) indirectSpan(si, k, e int) [2]int {
	toks := f.d.Tokens
	span := [2]int{int(toks[k].Start), int(toks[e-1].End)}
	if last := toks[e-1].Text; e == f.d.Sentences[si].Lim && len(last) > 1 && strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 {
		span[1]--
	}
	if q := int(f.inQuote[e-1]); q >= 0 && f.stretches[q].s >= span[0] && onlyPunct(f.d.Input, int(toks[e-1].End), f.stretches[q].e) && closedBy(f.d.Input, f.stretches[q]) {
		span[1] = f.stretches[q].close
	}
	return span
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

// counts reports whether the cue at token c counts rather than speaks
// ("add" in cues.txt's counts trait) followed by a number or an amount:
// "the economy added 156,000 jobs".
func (f *finder) counts(c, lim int) bool {
	toks := f.d.Tokens
	if !f.lx.has(toks[c].Text, countsTrait) {
		return false
	}
	t := toks[lim]
	return t.Tag == "CD" || t.Text == "$" || t.Text == "£" || t.Text == "€" || strings.EqualFold(t.Text, "another") || strings.EqualFold(t.Text, "more")
}

// askedOpening reads a question put to the speaker of the main clause by
// somebody unnamed: "When asked whether X, she said ...", "Asked about X,
// he said ...", "Asked during a debate why X, ...". The question is a claim
// with no speaker, or the asker named after "by" (askedBy). It reports
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
	k, asker := f.askedBy(lim, s.Lim)
	if k >= s.Lim {
		return false
	}
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
	span := [2]int{int(toks[k].Start), int(toks[e-1].End)}
	f.add(claim{span: span, kind: record.Indirect, cue: f.cueText(c, lim), speaker: asker,
		para: s.Paragraph, sent: si, stretch: -1})
	return true
}

// askedBy reads what may stand between "asked" and its question, from
// token k: the asker after "by" ("Asked by a reporter whether ...") and a
// time or place ("Asked during a debate why ..."), up to seven tokens with
// no comma, verb or quotation. It returns the token after them and the
// asker, or none; k itself when nothing stands there.
func (f *finder) askedBy(k, lim int) (int, int) {
	toks := f.d.Tokens
	asker := none
	for j := k; j < lim && j < k+8; j++ {
		w := strings.ToLower(toks[j].Text)
		if questionWords[w] || w == "about" {
			return j, asker
		}
		t := toks[j].Tag
		if w == "," || f.inQuote[j] >= 0 || strings.HasPrefix(t, "VB") || t == "MD" {
			break
		}
		if w == "by" && j+1 < lim && f.owner[j+1] != none && asker == none {
			asker = int(f.owner[j+1])
		}
	}
	return k, none
}

// shortContent reports whether tokens [k, e), one or two words, can be
// what the speech act at token c is about: "denied the charge", "endorsed
// Trump"; not a place ("criticized Tulsa"), nor the object of a cue
// whose content is longer (the long trait: "accused Rafael Cruz [of ...]").
func (f *finder) shortContent(k, e, c int) bool {
	if f.lx.has(f.d.Tokens[c].Text, longTrait) {
		return false
	}
	for j := k; j < e; j++ {
		if a := int(f.owner[j]); a != none && f.actors[a].Type == record.Location {
			return false
		}
	}
	return true
}

// documentFinding reports whether the cue at token c tells what a
// document shows: "the poll shows", "emails show".
func (f *finder) documentFinding(c int) bool {
	if c == 0 || !f.lx.has(f.d.Tokens[c].Text, findingTrait) {
		return false
	}
	return documents[strings.ToLower(f.d.Tokens[c-1].Text)] || f.documentSubject(int(f.d.Tokens[c].Sent), c)
}

// documents are the nouns of sources that are no actors: "the poll
// shows", "records show".
var documents = set("poll", "polls", "polling", "survey", "surveys", "report", "reports", "study",
	"studies", "analysis", "data", "record", "records", "document", "documents", "email", "emails",
	"memo", "filing", "filings", "transcript", "video", "footage", "letter", "figures", "numbers",
	"research", "audit", "review", "findings", "results", "statistics", "tally", "count")

var questionWords = set("whether", "if", "how", "why", "what", "when", "where", "who", "which")

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
