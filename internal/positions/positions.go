package positions

import (
	"sort"
	"strings"

	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// Find returns the positions of the article syn.Doc, whose syntax syn is:
// one per actor, stance and target, in order of their first evidence.
// actors are the article's actors, claims and events its claims and
// events, which the positions name as evidence.
func Find(syn *syntax.Syntax, actors []record.Actor, claims []record.Claim, events []record.Event) []record.Position {
	d := syn.Doc
	f := &finder{syn: syn, d: d, lx: lexicon.Stances(), actors: actors, actorOf: nlp.Owners(d, record.ActorSpans(actors), false), index: map[string]int{}}
	for _, e := range events {
		f.fromEvent(e)
	}
	f.fromVerbs()
	f.fromNouns()
	for _, c := range claims {
		f.fromClaim(c)
	}
	out := f.out
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span[0] != out[j].Span[0] {
			return out[i].Span[0] < out[j].Span[0]
		}
		if out[i].Actor != out[j].Actor {
			return out[i].Actor < out[j].Actor
		}
		return out[i].Stance < out[j].Stance
	})
	if out == nil {
		out = []record.Position{}
	}
	return out
}

// finder gathers the positions of one article.
type finder struct {
	syn     *syntax.Syntax
	d       *nlp.Doc // syn.Doc
	lx      *lexicon.StanceList
	actors  []record.Actor
	actorOf []int32 // token index → actor index, or -1
	out     []record.Position
	index   map[string]int // actor, stance and target key → index into out
}

// add records a position, merging it into one with the same actor, stance
// and target. evidence is a claim or event id, or "".
func (f *finder) add(actor int, stance, target string, targetActor int, evidence string, sentence int, span record.Span) {
	if actor < 0 || actor == targetActor || targetActor < 0 && strings.TrimSpace(target) == "" {
		return // no stance without something it is toward
	}
	// One position per actor, stance and target: the target as written
	// (folded), or the actor it names, whichever an earlier one shares.
	key := f.actors[actor].ID + "\x00" + stance + "\x00"
	textKey, actorKey := key+fold(target), ""
	if targetActor >= 0 {
		actorKey = key + "\x00" + f.actors[targetActor].ID
	}
	i, ok := f.index[textKey]
	if !ok && actorKey != "" {
		i, ok = f.index[actorKey]
	}
	if ok {
		p := &f.out[i]
		if evidence != "" && !contains(p.Evidence, evidence) {
			if len(p.Evidence) == 0 {
				// Its sentence and span are those of its first evidence.
				p.Sentence, p.Span = sentence, span
			}
			p.Evidence = append(p.Evidence, evidence)
		}
		if p.TargetActor == nil && targetActor >= 0 {
			id := f.actors[targetActor].ID
			p.TargetActor = &id
		}
		f.index[textKey] = i
		if actorKey != "" {
			f.index[actorKey] = i
		}
		return
	}
	p := record.Position{
		Actor:    f.actors[actor].ID,
		Stance:   stance,
		Target:   target,
		Evidence: []string{},
		Sentence: sentence,
		Span:     span,
	}
	if targetActor >= 0 {
		id := f.actors[targetActor].ID
		p.TargetActor = &id
	}
	if evidence != "" {
		p.Evidence = append(p.Evidence, evidence)
	}
	f.index[textKey] = len(f.out)
	if actorKey != "" {
		f.index[actorKey] = len(f.out)
	}
	f.out = append(f.out, p)
}

// fromEvent reads a stance from an event whose action shows one: "Apple
// is challenging the demand", "Vance leading opposition to the order".
func (f *finder) fromEvent(e record.Event) {
	if e.Agent == nil {
		return
	}
	agent := f.actorIndex(*e.Agent)
	target, targetActor := e.Patient, -1
	if e.PatientActor != nil {
		targetActor = f.actorIndex(*e.PatientActor)
	}
	stance := f.lx.Action[e.Action]
	if next := f.wordAfter(e.ActionSpan[1]); next != "" {
		if s, ok := f.lx.Action[e.Action+"_"+next]; ok {
			stance = s
		}
	}
	// "leading opposition to X", "joined the legal battle": the patient's
	// head shows the stance; its target follows it.
	if w := strings.Fields(strings.ToLower(e.Patient)); len(w) > 0 {
		head := w[len(w)-1]
		if s, ok := nounStance(f.lx.Noun, head); ok && f.lx.StancePatient[e.Action] {
			stance = s
			target, targetActor = f.after(e.ActionSpan[1], e.Span[1])
		}
		if s, ok := f.lx.Patient[e.Action+"_"+head]; ok {
			stance = s // "joined the legal battle"
		}
	}
	if stance == "" {
		return
	}
	if e.Modality == record.Negated {
		return
	}
	f.add(agent, stance, target, targetActor, e.ID, e.Sentence, e.Span)
}

// after returns the target named after a stance noun inside [from, to):
// the words after its "to", "of", "for" or "against" up to a comma, with
// the actor they name.
func (f *finder) after(from, to int) (string, int) {
	t := f.d.Tokens
	i := f.d.TokenAt(from)
	for ; i < len(t) && int(t[i].End) <= to; i++ {
		switch f.syn.Items[i].Lower {
		case "to", "of", "for", "against", "over":
			return f.phrase(i+1, to)
		}
	}
	return "", -1
}

// phrase returns the noun phrase from token i (no further than byte to)
// and the actor it names. It reads the words syntax.PhraseRight reads
// (InPhrase) but for a predeterminer ("all the"), with a gerund after
// the first word ("the rule banning imports"), and ends at the last such
// word, not at the last noun, never crossing "of" or "&": PhraseRight
// would read other targets, so positions keeps its own reader.
func (f *finder) phrase(i, to int) (string, int) {
	t := f.d.Tokens
	if i >= len(t) {
		return "", -1
	}
	j := i
	actor := -1
	for j < len(t) && t[j].Sent == t[i].Sent && int(t[j].End) <= to {
		tag := t[j].Tag
		if !(f.syn.Is(j, syntax.InPhrase) && tag != "PDT" || tag == "VBG" && j > i) {
			break
		}
		if actor < 0 && f.actorOf[j] >= 0 {
			actor = int(f.actorOf[j])
		}
		j++
	}
	if j == i {
		return "", -1
	}
	return string(f.d.Input[t[i].Start:t[j-1].End]), actor
}

// fromVerbs reads stances that verbs state without making an event:
// "Ortiz opposes the merger", "the union welcomed the deal".
func (f *finder) fromVerbs() {
	t := f.d.Tokens
	for i, tok := range t {
		if !strings.HasPrefix(tok.Tag, "VB") || f.quoted(i) {
			continue
		}
		stance := verbStance(f.lx.Verb, f.syn.Items[i].Lower)
		if stance == "" || f.negated(i) {
			continue
		}
		subj := f.subject(i)
		if subj < 0 {
			continue
		}
		k := i + 1
		if k < len(t) && f.syn.Word(k, "to") {
			k++
		}
		target, targetActor := f.phrase(k, f.d.Sentences[tok.Sent].End)
		s := f.d.Sentences[tok.Sent]
		f.add(subj, stance, target, targetActor, "", int(tok.Sent), record.Span{s.Start, s.End})
	}
}

// fromNouns reads "X's objections to Y", "X's support for Y".
func (f *finder) fromNouns() {
	t := f.d.Tokens
	for i := 1; i+1 < len(t); i++ {
		if t[i].Tag != "POS" || f.actorOf[i-1] < 0 || f.quoted(i) {
			continue
		}
		j := i + 1
		for j < len(t) && strings.HasPrefix(t[j].Tag, "JJ") {
			j++
		}
		if j >= len(t) || t[j].Sent != t[i].Sent {
			continue
		}
		stance, ok := nounStance(f.lx.Noun, f.syn.Items[j].Lower)
		if !ok {
			continue
		}
		s := f.d.Sentences[t[i].Sent]
		target, targetActor := "", -1
		if j+1 < len(t) {
			switch f.syn.Items[j+1].Lower {
			case "to", "of", "for", "against", "over", "about":
				target, targetActor = f.phrase(j+2, s.End)
			}
		}
		start := i - 1
		for start > 0 && int(f.actorOf[start-1]) == int(f.actorOf[i-1]) {
			start--
		}
		end := t[j].End
		if target != "" {
			end = int32(strings.Index(string(f.d.Input[t[j].End:]), target) + int(t[j].End) + len(target))
		}
		f.add(int(f.actorOf[i-1]), stance, target, targetActor, "", int(t[i].Sent), record.Span{int(t[start].Start), int(end)})
	}
}

// fromClaim reads a stance from the evaluative words of what an actor says:
// "an egregious violation" opposes, "we welcome" supports; a negation just
// before a word reverses it. The target is the first other actor the claim
// names, else the phrase after its strongest word.
func (f *finder) fromClaim(c record.Claim) {
	if c.Speaker == nil {
		return
	}
	speaker := f.actorIndex(*c.Speaker)
	t := f.d.Tokens
	lo := f.d.TokenAt(c.Span[0])
	score := 0
	firstWord := -1
	targetActor, targetAt := -1, -1
	for i := lo; i < len(t) && int(t[i].End) <= c.Span[1]; i++ {
		if a := int(f.actorOf[i]); a >= 0 && a != speaker && targetActor < 0 && f.actors[a].Type != record.Location {
			targetActor, targetAt = a, i // a place named in a claim is its setting, seldom its target
		}
		w := f.syn.Items[i].Lower
		var s string
		switch {
		case w == "n't" && i > lo && (strings.EqualFold(t[i-1].Text, "ca") || strings.EqualFold(t[i-1].Text, "should") || strings.EqualFold(t[i-1].Text, "must")):
			s = record.Oppose // "You can't do this"
		case w == "n't" || w == "not" || w == "no":
			continue
		default:
			s = f.lx.Word[w]
		}
		if s == "" {
			continue
		}
		if w != "n't" && f.negated(i) {
			s = opposite(s)
		}
		if firstWord < 0 {
			firstWord = i
		}
		if s == record.Support {
			score++
		} else {
			score--
		}
	}
	if score == 0 {
		return
	}
	stance := record.Support
	if score < 0 {
		stance = record.Oppose
	}
	target := ""
	if targetActor >= 0 {
		// The mention as written, not the actor's canonical name.
		end := targetAt
		for end+1 < len(t) && int(t[end+1].End) <= c.Span[1] && int(f.actorOf[end+1]) == targetActor {
			end++
		}
		target = string(f.d.Input[t[targetAt].Start:t[end].End])
	} else if firstWord >= 0 {
		target, _ = f.phrase(firstWord+1, c.Span[1])
		if target == "" {
			target = c.Text
		}
	}
	f.add(speaker, stance, target, targetActor, c.ID, c.Sentence, c.Span)
}

// subject returns the actor nearest before token i in its sentence that
// is not a possessor; -1 for none. It reads actors, not syntax's Subject,
// the phrase read by tags right before a verb group: in "Ortiz on Friday
// opposed the plan" it finds Ortiz where Subject reads "Friday", so
// positions keeps its own reader.
func (f *finder) subject(i int) int {
	t := f.d.Tokens
	first := f.d.Sentences[t[i].Sent].First
	for k := i - 1; k >= first; k-- {
		if a := int(f.actorOf[k]); a >= 0 {
			if k+1 < len(t) && t[k+1].Tag == "POS" {
				continue
			}
			return a
		}
	}
	return -1
}

// quoted says whether token i lies inside a quotation.
func (f *finder) quoted(i int) bool { return f.d.Quoted(int(f.d.Tokens[i].Start)) }

// wordAfter returns the word, lower-cased, of the token at or after byte
// off; "" past the end.
func (f *finder) wordAfter(off int) string {
	if i := f.d.TokenAt(off); i < len(f.syn.Items) {
		return f.syn.Items[i].Lower
	}
	return ""
}

func (f *finder) actorIndex(id string) int {
	for i, a := range f.actors {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// verbStance returns the stance of a verb form whose lemma is in the
// lexicon: "opposes", "opposed", "welcoming".
func verbStance(verbs map[string]string, w string) string {
	if s, ok := verbs[w]; ok {
		return s
	}
	return verbs[lexicon.VerbLemma(w)]
}

// nounStance returns the stance of a noun of the lexicon, singular or
// plural: "objection", "objections".
func nounStance(nouns map[string]string, w string) (string, bool) {
	if s, ok := nouns[w]; ok {
		return s, true
	}
	s, ok := nouns[strings.TrimSuffix(w, "s")]
	return s, ok
}

// negated says whether a negation stands within the three tokens before
// i in its sentence. It is not syntax's Verb.Negated, which reads the
// words of a verb group only and not "no": positions reads negation
// before any evaluative word of a claim ("not a good deal"), and before a
// stance verb "no one opposes" is negated here and not there.
func (f *finder) negated(i int) bool {
	t := f.d.Tokens
	for k := i - 1; k >= 0 && k >= i-3 && t[k].Sent == t[i].Sent; k-- {
		switch f.syn.Items[k].Lower {
		case "not", "n't", "never", "no":
			return true
		}
	}
	return false
}

func opposite(s string) string {
	if s == record.Support {
		return record.Oppose
	}
	return record.Support
}

// fold lower-cases a target and drops a leading article or possessive
// determiner, so that "the order" and "its order" merge.
func fold(s string) string {
	w := strings.Fields(strings.ToLower(s))
	if len(w) > 1 {
		switch w[0] {
		case "the", "a", "an", "its", "their", "his", "her", "this", "that":
			w = w[1:]
		}
	}
	return strings.Join(w, " ")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
