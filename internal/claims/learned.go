package claims

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// This file reads reported speech the rules leave: every verb group of the
// syntax layer is a candidate cue, its subject the speaker and the clause
// it governs the content. A learned model (speech.bin,
// logistic regression over hashed features, trained by
// internal/tools/train on PolNeAR's train split) keeps the candidates
// likely to be speech; the rules' own claims come first, and a candidate
// that overlaps one is not read.

//go:embed speech.bin
var speechBin []byte

// SpeechBits is the number of bucket bits of the speech model's features.
const SpeechBits = 18

// loadSpeech decodes the embedded speech model; a missing or empty one
// leaves the rules alone.
var loadSpeech = sync.OnceValue(func() *learn.Model {
	if len(speechBin) == 0 {
		return nil
	}
	m, err := learn.Load(speechBin)
	if err != nil || m.Bits != SpeechBits {
		return nil
	}
	return m
})

// SpeechThreshold is the probability from which a candidate becomes a
// claim.
const SpeechThreshold = 0.4

// Options change how FindWith reads reported speech. The zero value is
// what Find does.
type Options struct {
	// Speech replaces the embedded speech model.
	Speech *learn.Model
	// NoSpeech leaves the learned candidates out: the rules alone.
	NoSpeech bool
	// Collect returns every candidate in Result.Candidates, whether kept
	// or not (for training).
	Collect bool
}

// A Candidate is a verb group read as a cue of reported speech.
type Candidate struct {
	Span    record.Span     // the content
	X       []learn.Feature // its features
	Speaker int             // index of the speaker among the actors, or -1
	Kept    bool            // made a claim
	Cue     string          // the main verb, lower-cased
}

// FindWith is Find with options.
func FindWith(syn *syntax.Syntax, refs Resolver, o Options) Result {
	if syn == nil || len(syn.Doc.Sentences) == 0 {
		return Result{Claims: []record.Claim{}, Mentions: refs.Mentions(), Sources: []record.Actor{}}
	}
	f := newFinder(syn, refs)
	f.find()
	var cands []Candidate
	if !o.NoSpeech || o.Collect {
		var m *learn.Model
		if !o.NoSpeech {
			m = o.Speech
			if m == nil {
				m = loadSpeech()
			}
		}
		cands = f.learned(m, o.Collect)
	}
	sources := f.sources(f.given)
	cl, speech := f.records()
	return Result{Claims: cl, Speech: speech, Mentions: refs.Mentions()[:f.given], Sources: sources, Candidates: cands}
}

// shape names the kind of content a candidate reads: a clause, as
// reported speech's content is a proposition. A noun phrase after a verb
// ("recorded 300 cases", "welcomed the news") is left to the rules' cue
// lexicon: learned, it mostly read acts and counts as speech.
const (
	shapeThat   = "that"   // after "that": said that ...
	shapeClause = "clause" // the clause after the group
)

// learned reads the candidates of every sentence, keeps those model m
// scores at SpeechThreshold or more (the best one per verb group), and
// returns them all when collect is set.
func (f *finder) learned(m *learn.Model, collect bool) []Candidate {
	if m == nil && !collect {
		return nil
	}
	var out []Candidate
	// claimed marks the tokens of the rules' claims and of the candidates
	// kept; rules counts the rules' claims of each sentence.
	claimed := make([]bool, len(f.d.Tokens))
	mark := func(span [2]int) {
		for i := f.tokAt(span[0]); i < len(f.d.Tokens) && int(f.d.Tokens[i].Start) < span[1]; i++ {
			claimed[i] = true
		}
	}
	overlaps := func(span [2]int) bool {
		for i := f.tokAt(span[0]); i < len(f.d.Tokens) && int(f.d.Tokens[i].Start) < span[1]; i++ {
			if claimed[i] {
				return true
			}
		}
		return false
	}
	rules := make([]int, len(f.d.Sentences))
	for _, c := range f.claims {
		mark(c.span)
		rules[c.sent]++
	}
	// The subjects of candidates are read without linking anything: only
	// a kept candidate's speaker gains a mention.
	f.refs.Dry(true)
	defer f.refs.Dry(false)
	v := learn.NewVector(SpeechBits)
	var added []claim
	for si := range f.d.Sentences {
		if f.heading(si) {
			continue
		}
		rng := f.syn.Sentences[si]
		for gi := rng.First; gi < rng.Lim; gi++ {
			g := &f.syn.Verbs[gi]
			// What is not said ("would not say", "declined to say") is no
			// claim, as the rules read it.
			if f.inQuote[g.Main] >= 0 || f.usedCue[g.Main] || auxLemmas[firstWord(g.Lemma)] || g.Negated || g.Control == "negated" {
				continue
			}
			sub := f.cueSubject(g.Main, f.clauseStart(si))
			spk := none
			if sub.ok {
				spk = sub.actor
			}
			best, bestP := -1, 0.0
			var bestC claim
			for _, sh := range []string{shapeThat, shapeClause} {
				k, e, ok := f.candidateContent(si, g, sh)
				if !ok {
					continue
				}
				span := f.indirectSpan(si, k, e)
				if overlaps(span) {
					continue
				}
				v.Reset()
				f.speechFeatures(v, si, g, sh, k, e, sub, rules[si])
				p := 0.0
				if m != nil {
					p = m.Prob(v.X)
				}
				if collect {
					out = append(out, Candidate{Span: record.Span{span[0], span[1]}, X: v.Copy(), Speaker: spk, Cue: f.syn.Items[g.Main].Lower})
				}
				if m != nil && p >= SpeechThreshold && p > bestP {
					best, bestP = len(out)-1, p
					bestC = claim{span: span, kind: record.Indirect, cue: f.cueText(g.Main, g.Last+1), speaker: spk,
						para: f.d.Sentences[si].Paragraph, sent: si, stretch: -1, speech: p}
				}
			}
			if bestP > 0 {
				f.refs.Dry(false)
				bestC.speaker = none
				if sub := f.cueSubject(g.Main, f.clauseStart(si)); sub.ok {
					bestC.speaker = sub.actor
				}
				f.refs.Dry(true)
				added = append(added, bestC)
				mark(bestC.span)
				if collect {
					out[best].Kept = true
				}
			}
		}
	}
	for _, c := range added {
		f.add(c)
	}
	return out
}

// firstWord is the verb of a lemma that may hold a particle: "point" of
// "point out".
func firstWord(lemma string) string {
	w, _, _ := strings.Cut(lemma, " ")
	return w
}

// auxLemmas are the verbs that are no cues of their own.
var auxLemmas = set("be", "have", "do", "get")

// candidateContent returns the content [k, e) that verb group g reads in
// shape sh, if it has one.
func (f *finder) candidateContent(si int, g *syntax.Verb, sh string) (k, e int, ok bool) {
	s := f.d.Sentences[si]
	toks := f.d.Tokens
	next := g.Last + 1
	if next >= s.Lim {
		return 0, 0, false
	}
	switch sh {
	case shapeThat:
		if !strings.EqualFold(toks[next].Text, "that") {
			return 0, 0, false
		}
		k = next + 1
		e = f.clauseEnd(k, s.Lim)
	case shapeClause:
		if strings.EqualFold(toks[next].Text, "that") {
			return 0, 0, false
		}
		cl := say
		if _, c, ok := f.cueAt(g.Main); ok && c == tell {
			cl = tell
		}
		k = f.complement(next, s.Lim, cl)
		e = f.clauseEnd(k, s.Lim)
		if k >= e {
			return 0, 0, false
		}
		if t := toks[k].Tag; (t == "IN" || t == "TO") && !questionWords[f.syn.Items[k].Lower] {
			return 0, 0, false
		}
		// A clause has a finite verb of its own: "recorded 300 suspected
		// cases", "urged the council to act" and "thanked the staff and
		// warned them" (a second verb of the same subject) report no
		// proposition.
		finite := false
		for j := k + 1; j < e && !finite; j++ {
			finite = syntax.Finite(toks[j].Tag) && toks[j-1].Tag != "CC"
		}
		if !finite {
			return 0, 0, false
		}
	}
	k = f.contentStart(k, e)
	for e > k && clauseEnd(toks[e-1].Text) {
		e--
	}
	// "X said and did ...": two verbs, nothing reported.
	if e-k < 1 || e-k > 80 || toks[k].Tag == "CC" || f.mostlyQuoted(k, e) {
		return 0, 0, false
	}
	return k, e, true
}

// speechFeatures adds the features of a candidate: the cue, its form and
// place, what the rules made of it, its subject and its content [k, e).
func (f *finder) speechFeatures(v *learn.Vector, si int, g *syntax.Verb, sh string, k, e int, sub subject, rules int) {
	toks := f.d.Tokens
	s := f.d.Sentences[si]
	v.Add("bias", "")
	v.Add("lemma", g.Lemma)
	v.Add("shape", sh)
	v.Cross("lemma", g.Lemma, "shape", sh)
	v.Add("tag", toks[g.Main].Tag)
	v.Cross("lemma", g.Lemma, "tag", toks[g.Main].Tag)
	v.Add("tense", strconv.Itoa(int(g.Tense)))
	v.AddBool("passive", g.Passive)
	v.AddBool("negated", g.Negated)
	v.AddBool("possible", g.Possible)
	v.Add("control", g.Control)
	cls := "none"
	if _, cl, ok := f.cueAt(g.Main); ok {
		cls = classText[cl]
	}
	v.Add("class", cls)
	v.Cross("class", cls, "shape", sh)
	next := g.Last + 1
	if next < s.Lim {
		v.Add("nexttag", toks[next].Tag)
		v.AddBool("nextnamed", f.owner[next] != none)
		v.Add("next", f.syn.Items[next].Lower)
		v.Cross("lemma", g.Lemma, "next", f.syn.Items[next].Lower)
	}
	prev := "^"
	if g.First > s.First {
		prev = f.syn.Items[g.First-1].Lower
	}
	v.Add("prev", prev)
	v.Bucket("at", float64(g.First-s.First), 1, 3, 6, 10, 20)
	// the subject
	who := "none"
	if sub.ok {
		switch {
		case sub.actor != none && toks[sub.first].Tag == "PRP":
			who = "pronoun"
		case sub.actor != none:
			who = f.actors[sub.actor].Type
			if f.actors[sub.actor].Anonymous {
				who = "anon-" + who
			}
		default:
			who = "noun"
			v.Add("subjword", f.syn.Items[sub.first].Lower)
		}
	}
	v.Add("who", who)
	v.Cross("who", who, "lemma", g.Lemma)
	v.Cross("who", who, "shape", sh)
	v.Cross("who", who, "class", cls)
	// the content
	n := e - k
	v.Bucket("len", float64(n), 2, 3, 5, 8, 12, 20, 35)
	v.Cross("shape", sh, "short", strconv.FormatBool(n < 4))
	v.Add("first", f.syn.Items[k].Lower)
	v.Add("firsttag", toks[k].Tag)
	finite := false
	for j := k; j < e; j++ {
		if syntax.Finite(toks[j].Tag) {
			finite = true
			break
		}
	}
	v.AddBool("finite", finite)
	v.Cross("shape", sh, "finite", strconv.FormatBool(finite))
	quoted := 0
	for j := k; j < e; j++ {
		if f.inQuote[j] >= 0 {
			quoted++
		}
	}
	v.AddBool("quoted", quoted > 0)
	v.AddBool("toend", e >= s.Lim-1)
	v.Bucket("rules", float64(rules), 1, 2)
}
