package claims

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/actors"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// Find returns the claims of the article syn.Doc: direct quotations,
// quoted fragments (partial) and reported speech (indirect), with ids c1,
// c2, ... in order of span start. A speaker is one of refs' actors, found
// through the actors' spans: a token inside an actor's span belongs to that
// actor. refs (package actors' Resolver) tells who a pronoun or a
// description refers to; the ones Find takes for speakers ("he said", "the
// mayor said") and package actors had not linked come back in
// Result.Mentions, for the caller to add (actors.Linked). The actors
// themselves are not changed.
func Find(syn *syntax.Syntax, refs Resolver) Result {
	return FindWith(syn, refs, Options{})
}

// Result is what Find returns.
type Result struct {
	Claims []record.Claim
	// Mentions[a] lists the spans Find resolved to actor a that its
	// Spans did not hold, in the order found: a pronoun or a description
	// that is a speaker or refers to one.
	Mentions [][]record.Span
	// Sources are the unnamed sources that speak and were no actors
	// before ("the announcer said"), with ids that follow the actors'.
	Sources []record.Actor
	// Speech holds, for each claim, the speech model's probability when
	// the learned reader made it (learned.go), 0 when the rules did.
	Speech []float64
	// Candidates are the learned reader's candidates, when
	// Options.Collect asks for them (learned.go).
	Candidates []Candidate
}

// Resolver tells who pronouns and descriptions refer to, over the
// actors of one article (package actors' Resolver).
type Resolver interface {
	// Actors returns the actors, with the mentions linked so far.
	Actors() []record.Actor
	// Owners maps each token to the actor whose longest span holds it,
	// or -1; Link keeps it up to date.
	Owners() []int32
	// Link adds the span of tokens [i, j) to actor a.
	Link(a, i, j int)
	// Mentions returns the spans Link added, by actor.
	Mentions() [][]record.Span
	// SpeakerPronoun resolves the pronoun at token i that is a cue's
	// subject, through the claims said so far, and links it.
	SpeakerPronoun(i int, said actors.Saids) int
	// Pronoun resolves the personal pronoun w, in any form, at offset at,
	// as Antecedent does within the paragraph before, places left out.
	Pronoun(w string, at int) int
	// Speaker returns the actor that the phrase of tokens [k, j], read
	// as a speaker, names, and whether it can be a speaker: the one rule
	// for what a phrase names, making an unnamed source an actor if need
	// be ("the announcer") and linking a description ("the mayor").
	Speaker(k, j int) (int, bool)
	// Dry turns dry reading on or off: while on, Speaker and Link add
	// no mention and make no source.
	Dry(on bool)
	// Born returns the indices of the actors Source made.
	Born() []int
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
	// speech is the speech model's probability of a claim the learned
	// reader made; 0 for the rules' claims
	speech float64
}

// finder holds the state of one call to Find.
type finder struct {
	d         *nlp.Doc
	syn       *syntax.Syntax
	actors    []record.Actor
	lx        *cueLexicon
	paras     []paragraph
	owner     []int32         // token → actor index, or none
	inQuote   []int32         // token → stretch index, or -1
	spans     map[[2]int]bool // spans of the claims added
	stretches []stretch
	usedCue   map[int]bool // tokens of cues that attribute a quotation
	claims    []claim
	refs      Resolver
	given     int // how many actors Find was given; Source adds after them
}

func newFinder(syn *syntax.Syntax, refs Resolver) *finder {
	d := syn.Doc
	f := &finder{d: d, syn: syn, refs: refs, actors: refs.Actors(), owner: refs.Owners(), lx: loadLexicon(), usedCue: map[int]bool{}}
	f.given = len(f.actors)
	for _, p := range d.Paragraphs {
		f.paras = append(f.paras, paragraph{p[0], p[1]})
	}
	f.stretches = stretchesOf(d)
	// Each token takes the first stretch holding it. Stretches nest only
	// one deep (single marks inside double ones), so placing each stretch's
	// tokens is linear in the text.
	f.inQuote = make([]int32, len(d.Tokens))
	for i := range f.inQuote {
		f.inQuote[i] = -1
	}
	for q, st := range f.stretches {
		for i := d.TokenAt(st.open); i < len(d.Tokens) && int(d.Tokens[i].Start) < st.close; i++ {
			if f.inQuote[i] < 0 {
				f.inQuote[i] = int32(q)
			}
		}
	}
	return f
}

// sentAt returns the index of the sentence holding input offset off: the
// last one starting at or before it.
func (f *finder) sentAt(off int) int { return f.d.SentenceAt(off) }

// heading reports whether sentence si is a heading: the title or a
// subheading.
func (f *finder) heading(si int) bool {
	return f.d.Sentences[si].Heading || si == 0 && f.d.Title != ""
}

func (f *finder) paraAt(off int) int { return f.d.Sentences[f.sentAt(off)].Paragraph }

// tokAt returns the index of the first token starting at or after off.
func (f *finder) tokAt(off int) int { return f.d.TokenAt(off) }

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
	w := f.syn.Items[i].Lower
	for _, form := range f.lx.byFirst[w] {
		n := len(form.words)
		if i+n > len(toks) || toks[i+n-1].Sent != toks[i].Sent {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if f.syn.Items[i+k].Lower != form.words[k] {
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

// cueText returns the cue's words as written.
func (f *finder) cueText(c, lim int) string {
	return string(f.d.Input[f.d.Tokens[c].Start:f.d.Tokens[lim-1].End])
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

// participle finds the subject of a participle cue with none of its own:
// "..., adding that" (the subject of the clause before) or "Describing X as
// Y, Obama said" (the subject after the participial phrase).
func (f *finder) participle(c, first int) subject {
	toks := f.d.Tokens
	if toks[c].Tag != "VBG" && toks[c].Tag != "VBN" {
		return subject{}
	}
	si := int(toks[c].Sent)
	lim := f.d.Sentences[si].Lim
	if c == first || c == f.d.Sentences[si].First {
		for k := c + 1; k < lim; k++ {
			if toks[k-1].Text == "," && f.inQuote[k] < 0 {
				if s := f.named(f.syn.SpeakerRight(k, lim, f)); s.ok && s.actor != none {
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
				return subject{actor: int(f.owner[k]), first: k, ok: true}
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
	if !sub.ok {
		sub = f.infinitive(c, lo)
	}
	if !sub.ok {
		sub = f.shared(c, lo)
	}
	return sub
}

// shared finds the subject that a cue coordinated with the verb before it
// shares with that verb (syntax's Subject.Inherit): "Bell stood up and
// said", "Bell called the plan a scandal and demanded".
func (f *finder) shared(c, lo int) subject {
	gi := f.syn.GroupAt(c)
	if gi <= 0 || !f.syn.Verbs[gi].Subject.Inherit {
		return subject{}
	}
	toks := f.d.Tokens
	for gi--; gi > 0 && f.syn.Verbs[gi].Subject.Inherit; gi-- {
	}
	g := f.syn.Verbs[gi]
	v, sub := g.First, g.Subject
	if v < lo || f.inQuote[v] >= 0 || toks[v].Sent != toks[c].Sent {
		return subject{}
	}
	// The verb's subject opens the clause: in "Acme said it was sorry
	// and urged ...", "it" is no subject of "urged".
	if !sub.OK || sub.Parted || sub.Relative > 0 || int(sub.A) != f.clauseStart(int(toks[c].Sent)) && toks[sub.A-1].Text != "," {
		return subject{}
	}
	return f.notPlace(f.cueSubject(v, lo))
}

// infinitive finds the subject of a cue in an infinitive with none of its
// own (syntax's Controller): the actor named right before "to" ("pressed
// Ann Bell to admit"), else the subject of the verb or adjective that
// governs it ("Bell was quick to add", "Bell will have to concede").
func (f *finder) infinitive(c, lo int) subject {
	obj, v := f.syn.Controller(c, lo, f)
	if obj.OK {
		if s := f.named(obj); s.ok && s.actor != none {
			return s
		}
		return subject{}
	}
	if v < 0 {
		return subject{}
	}
	return f.notPlace(f.cueSubject(v, lo))
}

// notPlace returns sub, or no subject when sub names a place: a subject
// read through another verb that is a place is seldom the one who spoke.
func (f *finder) notPlace(sub subject) subject {
	if sub.ok && sub.actor != none && f.actors[sub.actor].Type == record.Location {
		return subject{}
	}
	return sub
}

// finiteBetween reports whether a finite verb outside quotations lies in
// tokens [a, b).
func (f *finder) finiteBetween(a, b int) bool {
	for v := a; v < b; v++ {
		if f.inQuote[v] < 0 && syntax.Finite(f.d.Tokens[v].Tag) {
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
	start := f.clauseStart(int(toks[c].Sent))
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

// records turns the claims into record claims in order of span start.
func (f *finder) records() ([]record.Claim, []float64) {
	// A headline gives a claim only when it names its speaker, whatever
	// shape the claim has: "Mayor vows 'no more delays'" with no mayor
	// resolved is a headline, not an attribution.
	kept := f.claims[:0]
	for _, c := range f.claims {
		if c.speaker == none && f.heading(f.sentAt(c.span[0])) {
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
	speech := make([]float64, 0, len(f.claims))
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
		speech = append(speech, c.speech)
	}
	return out, speech
}
