package syntax

import "github.com/extract-news/extract/internal/nlp"

// Tense is the time a verb group's form tells.
type Tense uint8

const (
	Nonfinite Tense = iota // no tensed verb nor modal: "to leave", "leaving"
	Present                // "leaves", "is leaving"
	Past                   // "left", "had left"
	Future                 // "will leave"
)

// Verb is a verb group: auxiliaries, adverbs and verbs such as "is
// preparing to" ending in the main verb (and its particle), with the
// clause it governs and the phrases read around it.
type Verb struct {
	First, Main, Last int    // token indices: the group's first token, its main verb, its last token
	Lemma             string // the main verb's lemma, with its particle: "cut back"
	Modal             string // the group's modal verb, lower-cased, or ""
	Tense             Tense
	Finite            bool   // holds a tensed verb or a modal
	Passive           bool   // a form of be or get right before a past participle, or "backed by"
	Negated           bool   // not, n't, never
	Possible          bool   // a modal other than will and shall, or likely, possibly, probably, perhaps
	Control           string // the trait of a verb before "to" in the group ("refused to": "negated"), or ""

	// Lo and Hi bound the clause the group governs: tokens [Lo, Hi) run
	// from past the group before it to the group after it, within the
	// sentence.
	Lo, Hi int
	// Subject is the subject of the group, read leftward.
	Subject Subject
	// Object is the noun phrase right after the group (adverbs aside),
	// and By the by-phrase of a passive.
	Object, By Phrase
}

// groups appends the verb groups of sentence sent to s.Verbs.
func (s *Syntax) groups(sent nlp.Sentence) {
	for i := sent.First; i < sent.Lim; {
		if !s.Is(i, Verbal) {
			i++
			continue
		}
		last := i
		for j := i + 1; j < sent.Lim; j++ {
			switch {
			case s.Is(j, Verbal):
				last = j
				continue
			case s.Is(j, Adverb):
				continue
			case s.Word(j, "to") && j+1 < sent.Lim && (s.Doc.Tokens[j+1].Tag == "VB" || s.Is(j+1, Adverb)) && s.controls(last):
				continue
			}
			break
		}
		s.Verbs = append(s.Verbs, s.group(i, last))
		i = s.Verbs[len(s.Verbs)-1].Last + 1
	}
}

// controls says whether verb token v, followed by "to" and a verb, lends
// that verb its modality instead of making an event: "preparing to".
func (s *Syntax) controls(v int) bool {
	l := s.Lemma(v)
	_, ok := s.lx.Control(l)
	return ok || l == "have" || l == "be" || s.Word(v, "likely")
}

// group reads the verb group running from token first to main.
func (s *Syntax) group(first, main int) Verb {
	t := s.Doc.Tokens
	g := Verb{First: first, Main: main, Last: main}
	g.Lemma = s.Lemma(main)
	if p := main + 1; p < len(t) && t[p].Sent == t[main].Sent && s.Is(p, Particle) {
		g.Last = p
		g.Lemma += " " + s.Items[p].Lower
	}
	for i := first; i <= main; i++ {
		w := s.Items[i].Lower
		g.readForm(t[i].Tag, w)
		g.readWord(w)
		if i < main {
			if m, ok := s.controlBefore(i); ok {
				g.Control = m
			}
		}
	}
	g.Passive = s.passive(first, main, g.Last)
	return g
}

// futureModals are the modals that tell the future rather than a
// possibility ("will", "won't").
var futureModals = set("will", "'ll", "shall", "wo")

// readForm reads what the tag of word w tells of the group: a modal makes
// it finite and either future ("will sign") or only possible ("may
// sign"); a past or present verb makes it finite, in that tense unless an
// earlier word set one ("will have signed" stays future).
func (g *Verb) readForm(tag, w string) {
	switch tag {
	case "MD":
		g.Finite = true
		g.Modal = w
		if futureModals[w] {
			g.Tense = Future
		} else {
			g.Possible = true
		}
	case "VBD":
		g.Finite = true
		if g.Tense == Nonfinite {
			g.Tense = Past
		}
	case "VBZ", "VBP":
		g.Finite = true
		if g.Tense == Nonfinite {
			g.Tense = Present
		}
	}
}

// negators negate a verb group; hedges make it only possible.
var (
	negators = set("not", "n't", "never")
	hedges   = set("likely", "possibly", "probably", "perhaps")
)

// Negator reports whether the lower-cased word w negates a verb: "not",
// "n't", "never".
func Negator(w string) bool { return negators[w] }

// readWord reads what word w itself tells of the group: "never signed" is
// negated, "probably signed" only possible.
func (g *Verb) readWord(w string) {
	if negators[w] {
		g.Negated = true
	}
	if hedges[w] {
		g.Possible = true
	}
}

// controlBefore returns the trait of a verb at token i that is followed by
// "to" inside the group ("refused to sign": "negated"); ok is false for any
// other token.
func (s *Syntax) controlBefore(i int) (trait string, ok bool) {
	if !s.Is(i, Verbal) {
		return "", false
	}
	m, ok := s.lx.Control(s.Lemma(i))
	if !ok || !s.Word(i+1, "to") {
		return "", false
	}
	return m, true
}

// passive reports whether the group from token first to its main verb,
// ending at token last, is passive: a past participle after a form of be
// or get, adverbs aside ("was quietly approved"), or a past participle
// alone before a by-phrase that is no amount, a reduced relative ("a fund
// managed by the council", not "costs cut by 4%").
func (s *Syntax) passive(first, main, last int) bool {
	t := s.Doc.Tokens
	if t[main].Tag != "VBN" {
		return false
	}
	prev := main - 1
	for prev >= first && s.Is(prev, Adverb) {
		prev--
	}
	if prev >= first {
		if l := s.Lemma(prev); l == "be" || l == "get" {
			return true
		}
	}
	b := last + 1
	return first == main && b+1 < len(t) && s.Word(b, "by") && t[b+1].Tag != "CD" && t[b+1].Text != "$"
}

// clauses sets the clause bounds, subject, object and by-phrase of the
// verb groups gs of sentence sent.
func (s *Syntax) clauses(sent nlp.Sentence, gs []Verb) {
	for gi := range gs {
		g := &gs[gi]
		g.Lo = sent.First
		if gi > 0 {
			g.Lo = gs[gi-1].Last + 1
		}
		g.Hi = sent.Lim
		if gi+1 < len(gs) {
			g.Hi = gs[gi+1].First
		}
		g.Subject = s.subject(g, sent.First)
		g.Object = s.object(g.Last+1, g.Hi)
		g.By = s.byAgent(g.Last+1, g.Hi)
	}
}
