package positions

import (
	"sort"
	"strings"

	"github.com/extract-news/extract/internal/actors"
	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// Find returns the positions of the article syn.Doc, whose syntax syn is:
// one per actor, stance and target, in order of their first evidence.
// actors are the article's actors, claims and events its claims and
// events, which the positions name as evidence.
func Find(syn *syntax.Syntax, acts []record.Actor, claims []record.Claim, events []record.Event) []record.Position {
	d := syn.Doc
	f := &finder{syn: syn, d: d, lx: lexicon.Stances(), actors: acts, actorOf: nlp.Owners(d, record.ActorSpans(acts), false), res: actors.NewResolver(d, acts), index: map[string]int{}}
	for _, e := range events {
		f.fromEvent(e)
	}
	f.fromVerbs()
	f.fromNouns()
	f.fromCopulas()
	f.fromNounSources()
	f.fromRoles()
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
	res     *actors.Resolver
	out     []record.Position
	index   map[string]int // actor, stance and target key → index into out
}

// add records a position, merging it into one with the same actor, stance
// and target. evidence is a claim or event id, or "".
func (f *finder) add(actor int, stance, target string, targetActor int, evidence string, sentence int, span record.Span) {
	if actor < 0 || actor == targetActor || targetActor < 0 && strings.TrimSpace(target) == "" {
		return // no stance without something it is toward
	}
	if targetActor < 0 && f.noTarget(target) {
		return // "opposed them": a pronoun that names no actor tells nothing
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
			target, targetActor = f.after(head, e.ActionSpan[1], e.Span[1])
		}
		if s, ok := f.lx.Patient[e.Action+"_"+head]; ok {
			// "joined the legal battle": the battle is the one the
			// sentence told of before, and toward its target.
			stance = s
			if p := f.before(e.Sentence, e.Span[0], s); p != nil {
				target, targetActor = p.Target, -1
				if p.TargetActor != nil {
					targetActor = f.actorIndex(*p.TargetActor)
				}
			}
		}
	}
	if stance == "" && f.lx.Chooses[e.Action] && targetActor >= 0 && targetActor != agent && f.actors[targetActor].Type == record.Person {
		// "Quill appointed Ashdown", "Ashdown, nominated by Quill": the
		// one who chooses a person for a post backs them.
		stance = record.Support
	}
	if stance == "" {
		return
	}
	if e.Modality == record.Negated {
		return
	}
	f.add(agent, stance, target, targetActor, e.ID, e.Sentence, e.Span)
}

// before returns the last position found so far with the given stance
// whose span lies in sentence sent and starts before byte off; nil for
// none.
func (f *finder) before(sent, off int, stance string) *record.Position {
	for i := len(f.out) - 1; i >= 0; i-- {
		if p := &f.out[i]; p.Sentence == sent && p.Span[0] < off && p.Stance == stance {
			return p
		}
	}
	return nil
}

// after returns the target of the noun of stance noun that heads an
// event's patient, the first such word from byte from on and ending by
// byte to: its phrase as nounTarget reads it ("leading opposition to
// X", "voiced frustration with X"); "", -1 for none.
func (f *finder) after(noun string, from, to int) (string, int) {
	t := f.d.Tokens
	for i := f.d.TokenAt(from); i < len(t) && int(t[i].End) <= to; i++ {
		if f.syn.Items[i].Lower != noun {
			continue
		}
		if target, targetActor, _, ok := f.nounTarget(i, f.d.Sentences[t[i].Sent].Lim); ok {
			return target, targetActor
		}
		break
	}
	return "", -1
}

// tokenLim returns the index of the first token that ends past byte to.
func (f *finder) tokenLim(to int) int {
	t := f.d.Tokens
	return sort.Search(len(t), func(i int) bool { return int(t[i].End) > to })
}

// target returns the words of phrase p as written, and the actor it is
// toward: the actor its head names, else the actor that owns it ("the
// senator's remarks" is toward the senator); -1 for none.
func (f *finder) target(p syntax.Phrase) (string, int) {
	if p = f.untimed(p); !p.OK || f.firstPerson(p) {
		return "", -1 // a time, or the speaker's own "me", is toward nothing
	}
	t := f.d.Tokens
	text := string(f.d.Input[t[p.A].Start:t[p.B].End])
	if a := f.actorOf[p.Head]; a >= 0 && !f.possessor(int(p.Head)) {
		return text, int(a)
	}
	if t[p.Head].Tag == "PRP" {
		return text, f.pronoun(int(p.Head))
	}
	for i := int(p.A); i <= int(p.B); i++ {
		if a := f.actorOf[i]; a >= 0 && f.possessor(i) {
			return text, int(a)
		}
		if t[i].Tag == "PRP$" {
			return text, f.pronoun(i) // "his plan": toward its owner
		}
	}
	return text, -1
}

// untimed returns phrase p without the words of time it ends on ("his
// agency last week": his agency); the zero Phrase when it is all time
// ("for days", "this week"), which no stance is toward.
func (f *finder) untimed(p syntax.Phrase) syntax.Phrase {
	if !p.OK {
		return p
	}
	time := func(i int) bool {
		return lexicon.Time(f.syn.Items[i].Lower)&timeHeads != 0 && !strings.HasPrefix(f.d.Tokens[i].Tag, "NNP")
	}
	b := int(p.B)
	if !time(b) {
		return p
	}
	for b >= int(p.A) && (time(b) || lexicon.Time(f.syn.Items[b].Lower)&lexicon.Lead != 0) {
		b--
	}
	if b < int(p.A) || !f.syn.Is(b, syntax.Nominal) {
		return syntax.Phrase{}
	}
	p.B = int32(b)
	if int(p.Head) > b {
		p.Head = int32(f.syn.Head(int(p.A), b))
	}
	return p
}

// timeHeads are the kinds of words of time that end a phrase of time, not
// a target: "for days", "last week", "on Monday".
const timeHeads = lexicon.Weekday | lexicon.Day | lexicon.Part | lexicon.Unit | lexicon.Duration | lexicon.Now | lexicon.Relative

// pronoun returns the actor a personal pronoun at token i refers to, as
// the resolver finds it ("him", "their" are read as "he", "they"); -1
// for none, and for "it", whose referent is as often a thing.
func (f *finder) pronoun(i int) int {
	if a := f.actorOf[i]; a >= 0 {
		return int(a)
	}
	if w := f.syn.Items[i].Lower; w != "it" && w != "its" {
		return f.res.Pronoun(w, int(f.d.Tokens[i].Start))
	}
	return -1
}

// possessor says whether token i ends a possessor: "Ortiz" in "Ortiz's".
func (f *finder) possessor(i int) bool {
	return i+1 < len(f.d.Tokens) && f.d.Tokens[i+1].Tag == "POS"
}

// holderOf returns the phrase that holds verb group gi (syntax's
// HolderSubject): the candidate that names the doer (package actors'
// Resolver.Doer), else the one syntax reads without regard to actors.
func (f *finder) holderOf(gi int) syntax.Phrase {
	sub := f.syn.HolderSubject(gi)
	if p := f.res.Doer(sub); p.OK {
		return p
	}
	return sub.Candidate()
}

// holder returns the actor that phrase p names, read as the doer of a
// verb (package actors' Resolver.Named); a pronoun ("he", "they") is the
// actor the resolver finds for it, and a phrase that names none holds
// the stance of the actor its possessive pronoun was linked to ("his
// temperament"). -1 for none.
func (f *finder) holder(p syntax.Phrase) int {
	if a := f.res.Named(p); a >= 0 || !p.OK {
		return a
	}
	if f.d.Tokens[p.Head].Tag == "PRP" {
		return f.pronoun(int(p.Head))
	}
	for i := int(p.B); i >= int(p.A); i-- {
		if a := f.actorOf[i]; a >= 0 && f.d.Tokens[i].Tag == "PRP$" {
			return int(a)
		}
	}
	return -1
}

// fromVerbs reads stances that verbs state without making an event:
// "Ortiz opposes the merger", "the union welcomed the deal", "Ortiz
// opposed replacing the forms". The holder is the verb's doer (the
// by-phrase of a passive), the target what the verb takes (the subject of
// a passive).
func (f *finder) fromVerbs() {
	for gi := range f.syn.Verbs {
		g := &f.syn.Verbs[gi]
		i, stance := f.stanceVerb(g)
		if stance == "" || f.quoted(i) || g.Negated || g.Control == "negated" {
			continue
		}
		sent := f.d.Tokens[i].Sent
		lim := f.d.Sentences[sent].Lim
		var holder int
		var target string
		targetActor := -1
		if g.Passive && i == g.Main {
			if !g.By.OK {
				continue
			}
			holder = f.holder(g.By)
			target, targetActor = f.target(f.holderOf(gi))
		} else {
			holder = f.holder(f.holderOf(gi))
			target, targetActor = f.target(f.syn.Target(i+1, lim))
		}
		if holder < 0 {
			continue
		}
		s := f.d.Sentences[sent]
		f.add(holder, stance, target, targetActor, "", int(sent), record.Span{s.Start, s.End})
	}
}

// stanceVerb returns the first verb of group g whose lemma states a
// stance, and that stance; "" when none does. A phrasal verb counts by
// its own lemma: "backed down" states none.
func (f *finder) stanceVerb(g *syntax.Verb) (int, string) {
	for i := g.First; i <= g.Main; i++ {
		if !f.syn.Is(i, syntax.Verbal) {
			continue
		}
		if i == g.Main && strings.Contains(g.Lemma, " ") {
			return i, f.lx.Verb[g.Lemma]
		}
		if s := verbStance(f.lx.Verb, f.syn.Items[i].Lower, f.syn.Lemma(i)); s != "" {
			return i, s
		}
		if i == g.Main {
			// A verb and the preposition after it, adverbs aside:
			// "campaigned for", "voted unanimously against".
			k := i + 1
			for k < len(f.syn.Items) && f.syn.Is(k, syntax.Adverb) && !f.syn.Is(k, syntax.Verbal) {
				k++
			}
			if k < len(f.syn.Items) {
				if s := f.lx.Verb[f.syn.Lemma(i)+"_"+f.syn.Items[k].Lower]; s != "" {
					return i, s
				}
			}
		}
	}
	return -1, ""
}

// fromNouns reads "X's objections to Y", "X's support for Y": the target
// is the noun's phrase as nounTarget reads it, and a noun of an amount
// ("X's commitment of $2 billion") is toward nothing.
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
		target, targetActor, end, ok := f.nounTarget(j, s.Lim)
		if !ok {
			continue
		}
		start := i - 1
		for start > 0 && int(f.actorOf[start-1]) == int(f.actorOf[i-1]) {
			start--
		}
		f.add(int(f.actorOf[i-1]), stance, target, targetActor, "", int(t[i].Sent), record.Span{int(t[start].Start), int(t[end].End)})
	}
}

// fromClaim reads a stance from the evaluative words of what an actor
// says: "an egregious violation" opposes, "we welcome" supports; a
// negated word ("not a good deal") counts for the other side. Its target
// is what the claim is about (see about).
func (f *finder) fromClaim(c record.Claim) {
	if c.Speaker == nil {
		return
	}
	speaker := f.actorIndex(*c.Speaker)
	lo, hi := f.d.TokenAt(c.Span[0]), f.tokenLim(c.Span[1])
	if stance, target, targetActor, ok := f.cueStance(c, lo); ok {
		// "accused the council of ...", "praised Ann Bell for ...": the
		// cue states the stance, toward its object.
		target, targetActor = f.someone(speaker, lo, hi, target, targetActor)
		f.add(speaker, stance, target, targetActor, c.ID, c.Sentence, c.Span)
		return
	}
	score := 0
	firstWord := -1
	for i := lo; i < hi; i++ {
		w := f.syn.Items[i].Lower
		var s string
		switch {
		case w == "n't" && i > lo && (f.syn.Word(i-1, "ca") || f.syn.Word(i-1, "should") || f.syn.Word(i-1, "must")):
			s = record.Oppose // "You can't do this"
		case w == "n't" || w == "not" || w == "no":
			continue
		default:
			s = f.lx.Word[w]
		}
		if s == "" {
			continue
		}
		if w != "n't" && w != "never" && f.syn.Negated(i) {
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
	target, targetActor := f.about(c, speaker, firstWord, lo, hi)
	if target == "" {
		target, targetActor = f.named(speaker, lo, hi)
	} else {
		target, targetActor = f.someone(speaker, lo, hi, target, targetActor)
	}
	f.add(speaker, stance, target, targetActor, c.ID, c.Sentence, c.Span)
}

// noTarget reports whether target, as written, is a pronoun that tells
// nothing when it names no actor (the lexicon's NoTarget: "it", "them",
// "this").
func (f *finder) noTarget(target string) bool {
	return f.lx.NoTarget[strings.ToLower(strings.TrimSpace(target))]
}

// someone returns the target of a claim of actor speaker, tokens [lo,
// hi), read as target and targetActor. What a claim judges is more often
// someone than something: a thing gives way to a named person or
// organisation the claim names ("the plan", "Ann Bell"), unless the one
// names the other.
func (f *finder) someone(speaker, lo, hi int, target string, targetActor int) (string, int) {
	if targetActor >= 0 {
		return target, targetActor
	}
	if t, a := f.named(speaker, lo, hi); a >= 0 && !f.actors[a].Anonymous && (f.actors[a].Type == record.Person || f.actors[a].Type == record.Organization) && !strings.Contains(target, t) && !strings.Contains(t, target) {
		return t, a
	}
	return target, targetActor
}

// cueStance reads the stance that claim c's cue states, the claim
// starting at token lo: a cue that is a stance verb ("accused",
// "praised", "rejected") is its speaker's stance toward the cue's object
// ("accused the council of ...", "praised Ann Bell for ..."). ok is
// false when the cue is no stance verb, is negated or passive, or has no
// object that names an actor or a thing.
func (f *finder) cueStance(c record.Claim, lo int) (stance, target string, targetActor int, ok bool) {
	cue := strings.Fields(strings.ToLower(c.Cue))
	if len(cue) == 0 {
		return "", "", -1, false
	}
	gi := f.cueVerb(lo, cue[0])
	if gi < 0 {
		return "", "", -1, false
	}
	g := &f.syn.Verbs[gi]
	if g.Passive || g.Negated || g.Control == "negated" {
		return "", "", -1, false
	}
	i, stance := f.stanceVerb(g)
	if stance == "" {
		return "", "", -1, false
	}
	target, targetActor = f.target(f.syn.Target(i+1, f.d.Sentences[f.d.Tokens[lo].Sent].Lim))
	if targetActor < 0 && (strings.TrimSpace(target) == "" || f.noTarget(target)) {
		return "", "", -1, false
	}
	return stance, target, targetActor, true
}

// cueVerb returns the verb group of a claim's cue, the claim starting at
// token lo: the last group of lo's sentence that ends before lo and whose
// main verb is the word w, lower-cased; -1 when there is none.
func (f *finder) cueVerb(lo int, w string) int {
	r := f.syn.Sentences[f.d.Tokens[lo].Sent]
	for gi := r.Lim - 1; gi >= r.First; gi-- {
		if g := &f.syn.Verbs[gi]; g.Last < lo && f.syn.Items[g.Main].Lower == w {
			return gi
		}
	}
	return -1
}

// named returns the first actor other than speaker that tokens [lo, hi)
// name, no place (a place named in a claim is its setting, seldom its
// target), with the noun phrase that names it as written ("the mayor's
// budget"); "", -1 when there is none.
func (f *finder) named(speaker, lo, hi int) (string, int) {
	for i := lo; i < hi; i++ {
		a := int(f.actorOf[i])
		if a < 0 || a == speaker || f.actors[a].Type == record.Location {
			continue
		}
		if p := f.syn.PhraseRight(i, hi); p.OK {
			if text, ta := f.target(p); ta == a {
				return text, a
			}
		}
		end := i
		for end+1 < hi && int(f.actorOf[end+1]) == a {
			end++
		}
		return string(f.d.Input[f.d.Tokens[i].Start:f.d.Tokens[end].End]), a
	}
	return "", -1
}

// about returns what claim c, spoken by actor speaker, tokens [lo, hi),
// is about, and the actor that is, read in this order: the object of a
// cue that names what the quotation judges ("calling the order 'a
// violation'"); from the claim's first evaluative word w, the subject it
// is said of ("the order could violate", "the plan is dangerous"); what
// a verb or a word before a preposition is toward ("we oppose the plan",
// "concern over the plan"); the subject of the claim's first clause ("the
// rule would hurt savers, which is wrong"); the words after w.
func (f *finder) about(c record.Claim, speaker, w, lo, hi int) (string, int) {
	if p, ok := f.cueObject(c, lo); ok {
		return f.thing(p)
	}
	if w < 0 {
		return "", -1
	}
	q := claimRead{f: f, c: c, speaker: speaker, lo: lo, hi: hi}
	if text, a, ok := q.governed(w); ok {
		return text, a
	}
	if text, a := q.firstSubject(); text != "" {
		return text, a
	}
	return f.target(f.syn.Target(w+1, hi))
}

// claimRead is a claim being read for what it is about: claim c, spoken
// by actor speaker, tokens [lo, hi).
type claimRead struct {
	f               *finder
	c               record.Claim
	speaker, lo, hi int
}

// own reports whether verb group gi is one of the claim's, or for a
// quoted fragment the group of the prose around it ("handled the issue
// 'very badly'").
func (q *claimRead) own(gi int) bool {
	if gi < 0 {
		return false
	}
	first := q.f.syn.Verbs[gi].First
	return first >= q.lo || q.c.Kind == record.Partial && first >= q.f.d.Sentences[q.f.d.Tokens[q.lo].Sent].First
}

// evaluated reports whether phrase h can be what the claim judges: inside
// it (or around a fragment), not the speaker, "I", "we" or "you".
func (q *claimRead) evaluated(h syntax.Phrase) bool {
	f := q.f
	return h.OK && (int(h.A) >= q.lo && int(h.B) < q.hi || q.c.Kind == record.Partial) && !f.firstPerson(h) &&
		f.syn.Items[h.Head].Lower != "you" && f.holder(h) != q.speaker
}

// governed reads what the claim's evaluative word w is said of or toward,
// through the verb group that governs it: its subject ("the order could
// violate", "the plan is dangerous"), or what follows the word ("we oppose
// the plan", "concern over the plan"). ok is false when it reads nothing
// and the other readings are to be tried.
func (q *claimRead) governed(w int) (text string, a int, ok bool) {
	f, t, c := q.f, q.f.d.Tokens, q.c
	gi := f.syn.Governing(w)
	if !q.own(gi) {
		return "", -1, false
	}
	g := &f.syn.Verbs[gi]
	inGroup := g.First <= w && w <= g.Last
	// A verb of stance ("Americans must condemn racism") is held by its
	// subject, and is toward its object.
	stanceVerb := inGroup && f.syn.Is(w, syntax.Verbal) && verbStance(f.lx.Verb, f.syn.Items[w].Lower, f.syn.Lemma(w)) != ""
	if h := f.holderOf(gi); !stanceVerb && q.evaluated(h) && (inGroup || syntax.Copula(g.Lemma) || c.Kind == record.Partial && g.Last < q.lo) {
		// "the order could violate", "the plan is dangerous",
		// "handled the issue 'very badly'": said of the subject.
		if text, a := f.thing(h); text != "" {
			return text, a, true
		}
	}
	if inGroup || w+1 < q.hi && (t[w+1].Tag == "IN" || t[w+1].Tag == "TO") {
		if text, a := f.target(f.syn.Target(w+1, q.hi)); text != "" || stanceVerb {
			return text, a, true // a verb of stance without its object is toward nothing read here
		}
	}
	return "", -1, false
}

// firstSubject returns the subject of the claim's first clause, when the
// claim judges it ("the rule would hurt savers, which is wrong"); never
// for a quoted fragment.
func (q *claimRead) firstSubject() (string, int) {
	f := q.f
	if q.c.Kind == record.Partial {
		return "", -1
	}
	r := f.syn.Sentences[f.d.Tokens[q.lo].Sent]
	for gi := r.First; gi < r.Lim; gi++ {
		if f.syn.Verbs[gi].First < q.lo {
			continue
		}
		if h := f.holderOf(gi); q.evaluated(h) {
			return f.thing(h)
		}
		break
	}
	return "", -1
}

// thing returns the target that phrase p names; a pronoun "it", "this"
// or "that" is the thing its sentence or the one before spoke of (see
// antecedent).
func (f *finder) thing(p syntax.Phrase) (string, int) {
	if p.A == p.B {
		switch f.syn.Items[p.Head].Lower {
		case "it", "this", "that":
			if q := f.antecedent(int(p.A)); q.OK {
				return f.target(q)
			}
			return "", -1
		}
	}
	return f.target(p)
}

// antecedent returns the thing an "it" at token i refers to: the nearest
// subject before it, in its sentence or the one before, that is a common
// noun phrase naming no actor ("warned that the new rule could hurt
// savers, calling it unfair": the new rule).
func (f *finder) antecedent(i int) syntax.Phrase {
	sent := int(f.d.Tokens[i].Sent)
	for gi := len(f.syn.Verbs) - 1; gi >= 0; gi-- {
		g := &f.syn.Verbs[gi]
		if g.First >= i {
			continue
		}
		if s := int(f.d.Tokens[g.First].Sent); s < sent-1 {
			break
		}
		p := g.Subject.Phrase
		tag := f.d.Tokens[p.Head].Tag
		if !p.OK || f.quoted(int(p.A)) || f.actorOf[p.Head] >= 0 || !strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "NNP") {
			continue
		}
		return p
	}
	return syntax.Phrase{}
}

// cueObject returns the object of claim c's cue, the claim starting at
// token lo, when the cue names what the claim judges (the lexicon's
// NamesTarget) and its object stands between the cue and the claim:
// "compared the demand to 'a ransom note'".
func (f *finder) cueObject(c record.Claim, lo int) (syntax.Phrase, bool) {
	cue := strings.Fields(strings.ToLower(c.Cue))
	if len(cue) == 0 {
		return syntax.Phrase{}, false
	}
	gi := f.cueVerb(lo, cue[len(cue)-1])
	if gi < 0 || !f.lx.NamesTarget[f.syn.Lemma(f.syn.Verbs[gi].Main)] {
		return syntax.Phrase{}, false
	}
	p := f.syn.Verbs[gi].Object
	if p.OK && int(p.B) >= lo {
		// The quotation's marks are no tokens: the object read from the
		// tags may run on into it ("calling it an 'outrage'").
		b := lo - 1
		for b >= int(p.A) && !f.syn.Is(b, syntax.Nominal) {
			b--
		}
		p.OK = b >= int(p.A)
		p.B, p.Head = int32(b), int32(f.syn.Head(int(p.A), max(b, int(p.A))))
	}
	if !p.OK || f.firstPerson(p) {
		return syntax.Phrase{}, false
	}
	return p, true
}

// firstPerson says whether phrase p is the speaker's own "I" or "we".
func (f *finder) firstPerson(p syntax.Phrase) bool {
	switch f.syn.Items[p.Head].Lower {
	case "i", "we", "me", "us":
		return true
	}
	return false
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
func verbStance(verbs map[string]string, w, lemma string) string {
	if s, ok := verbs[w]; ok {
		return s
	}
	if s, ok := verbs[lemma]; ok {
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
