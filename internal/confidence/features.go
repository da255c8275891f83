package confidence

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// Bits is the size of the feature space of every model: 2^Bits buckets.
const Bits = 14

// Kinds of item, each with its own model.
const (
	Actors = iota
	Claims
	Events
	Positions
	numKinds
)

// KindNames names the kinds, in order; the models are models/NAME.bin.
var KindNames = [numKinds]string{"actors", "claims", "events", "positions"}

// Features holds the feature vectors of every item of a record, by kind and
// in the record's order.
type Features [numKinds][][]learn.Feature

// Hints are what the analysers knew of their items beyond the record.
// The zero value is no hints.
type Hints struct {
	// Speech holds, for each claim of the record, the claims' speech
	// model's probability when the learned reader made it, 0 when the
	// rules did (claims.Result.Speech).
	Speech []float64
}

// context is what the features of one record are read from.
type context struct {
	doc  *nlp.Doc
	r    *record.Record
	h    Hints
	v    *learn.Vector
	actr map[string]int // actor id → index
	// how often each actor is a claim's speaker, an event's agent, a
	// position's actor
	speaks, acts, holds []int
	evidence            map[string]int // claim or event id → positions citing it
	// per sentence: how many claims, and how many with each cue; the
	// greatest end of the first k claims' spans (neighbours)
	perSentence map[int]int
	perCue      map[sentenceCue]int
	maxEnd      []int
}

// Featurize gives the features of every item of r, read from r, doc and h.
func Featurize(doc *nlp.Doc, r *record.Record, h Hints) Features {
	c := &context{doc: doc, r: r, h: h, v: learn.NewVector(Bits), actr: make(map[string]int, len(r.Actors))}
	for i, a := range r.Actors {
		c.actr[a.ID] = i
	}
	c.speaks = make([]int, len(r.Actors))
	c.acts = make([]int, len(r.Actors))
	c.holds = make([]int, len(r.Actors))
	c.evidence = map[string]int{}
	for _, cl := range r.Claims {
		if i, ok := c.actor(cl.Speaker); ok {
			c.speaks[i]++
		}
	}
	for _, e := range r.Events {
		if i, ok := c.actor(e.Agent); ok {
			c.acts[i]++
		}
	}
	for _, p := range r.Positions {
		if i, ok := c.actr[p.Actor]; ok {
			c.holds[i]++
		}
		for _, id := range p.Evidence {
			c.evidence[id]++
		}
	}
	// how many items of each kind, and what adds the features of one
	kinds := [numKinds]struct {
		n        int
		features func(i int)
	}{
		Actors:    {len(r.Actors), c.actorFeatures},
		Claims:    {len(r.Claims), c.claimFeatures},
		Events:    {len(r.Events), c.eventFeatures},
		Positions: {len(r.Positions), c.positionFeatures},
	}
	var f Features
	for kind, items := range kinds {
		for i := range items.n {
			c.v.Reset()
			items.features(i)
			f[kind] = append(f[kind], c.v.Copy())
		}
	}
	return f
}

func (c *context) actor(id *string) (int, bool) {
	if id == nil {
		return 0, false
	}
	i, ok := c.actr[*id]
	return i, ok
}

func (c *context) text(s record.Span) string {
	if s[0] < 0 || s[1] > len(c.doc.Input) || s[0] > s[1] {
		return ""
	}
	return string(c.doc.Input[s[0]:s[1]])
}

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"him": true, "her": true, "them": true, "his": true, "their": true, "its": true,
	"you": true, "us": true, "me": true,
}

// sentencePlace buckets a sentence index by where it falls in the article.
func (c *context) sentencePlace(name string, s int) {
	n := len(c.doc.Sentences)
	c.v.Bucket(name+".index", float64(s), 1, 2, 4, 8, 16)
	if n > 0 {
		c.v.Bucket(name+".frac", float64(s)/float64(n), 0.25, 0.5, 0.75)
	}
	if s >= 0 && s < n && c.doc.Sentences[s].Heading {
		c.v.Add(name+".heading", "true")
	}
}

// quoted gives the share of span s that lies inside quotation marks.
func (c *context) quoted(s record.Span) float64 {
	if s[1] <= s[0] {
		return 0
	}
	in := 0
	for _, q := range c.doc.Quotes {
		a, b := max(q[0], s[0]), min(q[1], s[1])
		if a < b {
			in += b - a
		}
	}
	return float64(in) / float64(s[1]-s[0])
}

// tokenAt gives the index of the first token starting at or after off.
func (c *context) tokenAt(off int) int {
	lo, hi := 0, len(c.doc.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if int(c.doc.Tokens[m].Start) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// neighbours tells how claim i lies among the record's claims, which are
// in order of span start, then end: how many others its sentence holds,
// how many of those share its cue, and whether it lies inside another
// ("inside", or "inside-same" when the last claim holding it has its
// speaker), else holds one ("holds"), else "none". The record's claims
// are read once, on the first call.
func (c *context) neighbours(i int) (same, sameCue int, nest string) {
	cs := c.r.Claims
	if c.perSentence == nil {
		c.perSentence = map[int]int{}
		c.perCue = map[sentenceCue]int{}
		c.maxEnd = make([]int, len(cs)+1)
		c.maxEnd[0] = -1
		for j, o := range cs {
			c.perSentence[o.Sentence]++
			c.perCue[sentenceCue{o.Sentence, strings.ToLower(o.Cue)}]++
			c.maxEnd[j+1] = max(c.maxEnd[j], o.Span[1])
		}
	}
	cl := cs[i]
	same = c.perSentence[cl.Sentence] - 1
	sameCue = c.perCue[sentenceCue{cl.Sentence, strings.ToLower(cl.Cue)}] - 1
	// The claim that holds it last in order: one after it with the same
	// start (its end is no less), else the last before it ending no
	// sooner.
	holder := -1
	for j := i + 1; j < len(cs) && cs[j].Span[0] == cl.Span[0]; j++ {
		holder = j
	}
	if holder < 0 && c.maxEnd[i] >= cl.Span[1] {
		for j := i - 1; j >= 0; j-- {
			if cs[j].Span[1] >= cl.Span[1] {
				holder = j
				break
			}
		}
	}
	if holder >= 0 {
		if sameSpeaker(cs[holder].Speaker, cl.Speaker) {
			return same, sameCue, "inside-same"
		}
		return same, sameCue, "inside"
	}
	// A claim it holds starts no sooner and ends no later.
	for j := i + 1; j < len(cs) && cs[j].Span[0] <= cl.Span[1]; j++ {
		if cs[j].Span[1] <= cl.Span[1] {
			return same, sameCue, "holds"
		}
	}
	for j := i - 1; j >= 0 && cs[j].Span[0] == cl.Span[0]; j-- {
		if cs[j].Span[1] <= cl.Span[1] {
			return same, sameCue, "holds"
		}
	}
	return same, sameCue, "none"
}

// sentenceCue is a sentence and a cue, lower-cased.
type sentenceCue struct {
	sentence int
	cue      string
}

// sameSpeaker reports whether two claims have the same speaker, none
// included.
func sameSpeaker(a, b *string) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func words(s string) int { return len(strings.Fields(s)) }

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// shape describes a name's letters: Xx Xx, XX, x, with digits as d.
func shape(name string) string {
	var b strings.Builder
	for i, w := range strings.Fields(name) {
		if i == 4 {
			b.WriteString("+")
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		r := []rune(w)
		switch {
		case strings.IndexFunc(w, unicode.IsDigit) >= 0:
			b.WriteByte('d')
		case len(r) > 1 && strings.ToUpper(w) == w && unicode.IsLetter(r[0]):
			b.WriteString("XX")
		case unicode.IsUpper(r[0]):
			b.WriteString("Xx")
		default:
			b.WriteByte('x')
		}
	}
	return b.String()
}

func (c *context) actorFeatures(i int) {
	a := c.r.Actors[i]
	v := c.v
	v.Add("bias", "")
	v.Add("type", a.Type)
	v.AddBool("anon", a.Anonymous)
	v.Cross("type", a.Type, "anon", strconv.FormatBool(a.Anonymous))
	v.Bucket("mentions", float64(a.Mentions), 2, 3, 5, 10)
	v.Cross("type", a.Type, "mentions1", strconv.FormatBool(a.Mentions == 1))
	v.Bucket("words", float64(words(a.Name)), 2, 3, 4)
	v.Add("shape", shape(a.Name))
	v.AddBool("titles", len(a.Titles) > 0)
	v.Bucket("aliases", float64(len(a.Aliases)), 1, 2)
	v.Bucket("speaks", float64(c.speaks[i]), 1, 2, 4)
	v.Bucket("acts", float64(c.acts[i]), 1, 3)
	v.AddBool("holds", c.holds[i] > 0)
	if a.Anonymous || a.Type == record.Group {
		f := strings.Fields(lower(a.Name))
		if len(f) > 0 {
			v.Add("head", f[len(f)-1])
		}
	}
	pron := 0
	for _, s := range a.Spans {
		if pronouns[lower(c.text(s))] {
			pron++
		}
	}
	v.Bucket("pronouns", float64(pron), 1, 3)
	if len(a.Spans) > 0 {
		first := a.Spans[0]
		t := c.tokenAt(first[0])
		if t < len(c.doc.Tokens) {
			tok := c.doc.Tokens[t]
			v.Add("tag", tok.Tag)
			v.Add("label", tok.Label())
			v.Cross("type", a.Type, "label", tok.Label())
			c.sentencePlace("first", int(tok.Sent))
		}
		v.AddBool("quoted", c.quoted(first) > 0.5)
	}
}

func (c *context) claimFeatures(i int) {
	cl := c.r.Claims[i]
	v := c.v
	v.Add("bias", "")
	v.Add("kind", cl.Kind)
	cue := lower(cl.Cue)
	v.Add("cue", cue)
	v.Cross("kind", cl.Kind, "cue", cue)
	v.Bucket("cuewords", float64(words(cue)), 2, 3)
	n := words(cl.Text)
	v.Bucket("len", float64(n), 3, 5, 8, 12, 20, 35, 60)
	v.Cross("kind", cl.Kind, "short", strconv.FormatBool(n < 6))
	q := c.quoted(cl.Span)
	v.Bucket("quoted", q, 0.01, 0.3, 0.7, 0.99)
	v.Cross("kind", cl.Kind, "quoted", strconv.FormatBool(q > 0.7))
	c.sentencePlace("sent", cl.Sentence)
	if f := strings.Fields(lower(cl.Text)); len(f) > 0 {
		v.Add("first", strings.Trim(f[0], `"'`))
	}
	// the text's ends: a stop or comma inside the claim, quotation marks around it
	if t := strings.TrimSpace(cl.Text); t != "" {
		v.Add("last", string(t[len(t)-1]))
	}
	before, after := byte(' '), byte(' ')
	if cl.Span[0] > 0 {
		before = c.doc.Input[cl.Span[0]-1]
	}
	if cl.Span[1] < len(c.doc.Input) {
		after = c.doc.Input[cl.Span[1]]
	}
	v.Add("before", string(before))
	v.Add("after", string(after))
	// the cue: before or after the claim in its sentence
	if s := cl.Sentence; s >= 0 && s < len(c.doc.Sentences) {
		sent := c.doc.Sentences[s]
		text := strings.ToLower(string(c.doc.Input[sent.Start:sent.End]))
		where := "none"
		if j := strings.Index(text, cue); cue != "" && j >= 0 {
			switch at := sent.Start + j; {
			case at < cl.Span[0]:
				where = "before"
			case at >= cl.Span[1]:
				where = "after"
			default:
				where = "inside"
			}
		}
		v.Add("cueat", where)
		v.Cross("kind", cl.Kind, "cueat", where)
		v.Bucket("cover", float64(cl.Span[1]-cl.Span[0])/float64(max(1, sent.End-sent.Start)), 0.3, 0.6, 0.9)
	}
	same, sameCue, nest := c.neighbours(i)
	v.Bucket("siblings", float64(same), 1, 2)
	v.Add("nest", nest)
	v.Bucket("samecue", float64(sameCue), 1, 2)
	v.Cross("kind", cl.Kind, "samecue", strconv.FormatBool(sameCue > 0))
	v.Cross("kind", cl.Kind, "nest", nest)
	v.AddBool("evidence", c.evidence[cl.ID] > 0)
	// a claim of the learned reader, and how sure its model was
	if i < len(c.h.Speech) && c.h.Speech[i] > 0 {
		v.Bucket("speech", c.h.Speech[i], 0.5, 0.6, 0.7, 0.8)
	}
	// the speaker and how it was found
	si, ok := c.actor(cl.Speaker)
	if !ok {
		v.Add("speaker", "none")
		v.Cross("kind", cl.Kind, "speaker", "none")
		return
	}
	a := c.r.Actors[si]
	how, dist := "name", 1<<30
	for _, s := range a.Spans {
		d := 0
		switch {
		case s[1] <= cl.Span[0]:
			d = cl.Span[0] - s[1]
		case s[0] >= cl.Span[1]:
			d = s[0] - cl.Span[1]
		}
		if d < dist {
			dist = d
			how = "name"
			if pronouns[lower(c.text(s))] {
				how = "pronoun"
			}
		}
	}
	if a.Anonymous {
		how = "anon-" + how
	}
	v.Add("speaker", how)
	v.Cross("kind", cl.Kind, "speaker", how)
	v.Add("spktype", a.Type)
	v.Bucket("spkdist", float64(dist), 3, 15, 40, 100, 250, 600)
	v.Cross("kind", cl.Kind, "near", strconv.FormatBool(dist < 40))
	v.Bucket("spkmentions", float64(a.Mentions), 2, 4, 8)
	v.Bucket("spkspeaks", float64(c.speaks[si]), 2, 4, 8)
	v.AddBool("spktitles", len(a.Titles) > 0)
}

func (c *context) eventFeatures(i int) {
	e := c.r.Events[i]
	v := c.v
	v.Add("bias", "")
	// No feature of the action's lemma: with the few articles events are
	// fitted on, it learned those articles' verbs and nothing that carried
	// over to unseen ones (internal/tools/train's folds).
	v.Add("modality", e.Modality)
	ai, ok := c.actor(e.Agent)
	v.AddBool("agent", ok)
	if ok {
		c.roleFeatures("agent", ai)
		if strings.Contains(c.text(e.Span), " "+lower(c.text(c.r.Actors[ai].Spans[0]))+" ") {
			v.Add("agentinside", "")
		}
	}
	v.AddBool("patient", e.Patient != "")
	v.Bucket("patientwords", float64(words(e.Patient)), 1, 3, 6)
	_, pok := c.actor(e.PatientActor)
	v.AddBool("patientactor", pok)
	v.AddBool("time", e.Time != "")
	_, plok := c.actor(e.Place)
	v.AddBool("place", plok)
	v.Cross("agent", strconv.FormatBool(ok), "modality", e.Modality)
	c.sentencePlace("sent", e.Sentence)
	v.Bucket("quoted", c.quoted(e.ActionSpan), 0.5)
	// inside a claim's text: a speaker's words, not the story's
	inClaim := "no"
	for _, cl := range c.r.Claims {
		if cl.Span[0] <= e.ActionSpan[0] && e.ActionSpan[1] <= cl.Span[1] {
			inClaim = cl.Kind
			break
		}
	}
	v.Add("inclaim", inClaim)
	if t := c.tokenAt(e.ActionSpan[0]); t < len(c.doc.Tokens) {
		v.Add("tag", c.doc.Tokens[t].Tag)
	}
	same, inSent := 0, 0
	for j, o := range c.r.Events {
		if j != i && o.Action == e.Action {
			same++
		}
		if j != i && o.Sentence == e.Sentence {
			inSent++
		}
	}
	v.Bucket("samelemma", float64(same), 1, 2)
	v.Bucket("insentence", float64(inSent), 1, 2, 3)
	v.AddBool("evidence", c.evidence[e.ID] > 0)
	v.Bucket("words", float64(words(e.Text)), 5, 10, 20, 35)
}

// roleFeatures adds the features of actor ai in an item, each named by its
// role there (agent, actor): its type, whether it is anonymous, how often
// it is mentioned and how often it speaks.
func (c *context) roleFeatures(role string, ai int) {
	a := c.r.Actors[ai]
	c.v.Add(role+"type", a.Type)
	c.v.AddBool(role+"anon", a.Anonymous)
	c.v.Bucket(role+"mentions", float64(a.Mentions), 2, 4, 8)
	c.v.Bucket(role+"speaks", float64(c.speaks[ai]), 1, 3)
}

func (c *context) positionFeatures(i int) {
	p := c.r.Positions[i]
	v := c.v
	v.Add("bias", "")
	v.Add("stance", p.Stance)
	ai, ok := c.actr[p.Actor]
	if ok {
		c.roleFeatures("actor", ai)
		v.Bucket("actorholds", float64(c.holds[ai]), 2, 3, 5)
	}
	_, tok := c.actor(p.TargetActor)
	v.AddBool("targetactor", tok)
	v.Cross("stance", p.Stance, "targetactor", strconv.FormatBool(tok))
	tw := words(p.Target)
	v.Bucket("targetwords", float64(tw), 1, 2, 3, 5, 8)
	if f := strings.Fields(lower(p.Target)); len(f) > 0 {
		v.Add("targetfirst", f[0])
	}
	if p.TargetActor != nil && *p.TargetActor == p.Actor {
		v.Add("self", "")
	}
	claimsN, eventsN := 0, 0
	for _, id := range p.Evidence {
		switch {
		case strings.HasPrefix(id, "c"):
			claimsN++
			for _, cl := range c.r.Claims {
				if cl.ID == id {
					v.Add("claimkind", cl.Kind)
					v.Add("claimcue", lower(cl.Cue))
				}
			}
		case strings.HasPrefix(id, "e"):
			eventsN++
			for _, e := range c.r.Events {
				if e.ID == id {
					v.Add("eventaction", e.Action)
				}
			}
		}
	}
	v.Bucket("claims", float64(claimsN), 1, 2, 3)
	v.Bucket("events", float64(eventsN), 1, 2)
	v.Bucket("evidence", float64(len(p.Evidence)), 1, 2, 4)
	c.sentencePlace("sent", p.Sentence)
	same := 0
	for j, o := range c.r.Positions {
		if j != i && o.Actor == p.Actor {
			same++
		}
	}
	v.Bucket("sameactor", float64(same), 1, 2, 4)
}
