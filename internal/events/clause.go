package events

import (
	"strings"

	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// group is a verb group: auxiliaries, adverbs and verbs such as "is
// preparing to" ending in the main verb (and its particle).
type group struct {
	first, main, last int    // token indices: the group's first token, its main verb, its last token
	lemma             string // the action: the main verb's lemma, with its particle
	modal             string // the modal verb of the group, lower-cased, or ""
	modality          string
	finite            bool // holds a tensed verb or a modal
	passive           bool // a form of be or get right before a past participle
}

// np is a noun phrase: tokens [a, b] with its head.
type np struct {
	a, b, head int
}

// cand is a candidate event with what the rules read about it.
type cand struct {
	e       record.Event
	g       group
	agent   int  // actor index of the agent, -1 for none
	patient int  // actor index of the patient, -1 for none
	noun    bool // read from an event noun
	// governed says that the noun's agent is that of the verb it is the
	// object of ("Aeroflot negotiated the purchase").
	governed bool
	subj     int  // token index of the subject's head, -1 for none
	kept     bool // whether the clause rules keep it
}

// sentence returns the candidate events of sentence si.
func (f *finder) sentence(si int) []cand {
	s := f.d.Sentences[si]
	gs := f.groups(s)
	var out []cand
	agents := make([]int, len(gs)) // actor index of each group's agent, -1 for none
	for gi := range gs {
		agents[gi] = -1
	}
	for gi, g := range gs {
		lo := s.First
		if gi > 0 {
			lo = gs[gi-1].last + 1
		}
		hi := s.Lim
		if gi+1 < len(gs) {
			hi = gs[gi+1].first
		}
		subj, hasSubj, inherit := f.subject(g, lo, s.First)
		agent, patientActor := -1, -1
		patient := ""
		if inherit && gi > 0 {
			agent = agents[gi-1]
		}
		spanStart := g.first
		if hasSubj {
			spanStart = subj.a
		}
		if g.passive {
			if hasSubj {
				patient = f.text(subj.a, subj.b)
				patientActor = f.npActor(subj)
			}
			if by, ok := f.byAgent(g.last+1, hi); ok {
				agent = f.npActor(by)
			}
		} else {
			if hasSubj {
				agent = f.npActor(subj)
			}
			if obj, ok := f.object(g.last+1, hi); ok {
				patient = f.text(obj.a, obj.b)
				patientActor = f.npActor(obj)
			}
		}
		if agent < 0 && !g.finite && !g.passive && !f.modifier(g) {
			agent = f.nearestActor(g.first-1, s.First)
		}
		agents[gi] = agent
		end := hi - 1
		for end > g.last && isPunct(f.d.Tokens[end]) {
			end--
		}
		e := record.Event{
			Action:       g.lemma,
			ActionSpan:   record.Span{f.d.Tokens[g.main].Start, f.d.Tokens[g.last].End},
			Text:         f.text(spanStart, end),
			Agent:        f.id(agent),
			Patient:      patient,
			PatientActor: f.id(patientActor),
			Time:         f.time(lo, hi),
			Place:        f.id(f.place(lo, hi, agent)),
			Modality:     g.modality,
			Sentence:     si,
			Span:         record.Span{f.d.Tokens[spanStart].Start, f.d.Tokens[end].End},
		}
		out = append(out, cand{e: e, g: g, agent: agent, patient: patientActor})
	}
	return out
}

// withClause says whether the non-finite group g is the verb of "with NP
// doing": "with WhatsApp joining the legal battle".
func (f *finder) withClause(g group) bool {
	t := f.d.Tokens
	if t[g.main].Tag != "VBG" || g.first != g.main {
		return false
	}
	n, ok := f.npLeft(g.first-1, f.d.Sentences[t[g.main].Sent].First)
	return ok && n.a > 0 && strings.EqualFold(t[n.a-1].Text, "with")
}

// modifier says whether the non-finite group g modifies a noun: "the
// proposed law", "rising prices".
func (f *finder) modifier(g group) bool {
	t := f.d.Tokens
	if g.first != g.main || t[g.main].Tag == "VB" {
		return false
	}
	if g.first > 0 && t[g.first-1].Sent == t[g.main].Sent {
		switch t[g.first-1].Tag {
		case "DT", "PRP$", "JJ", "POS", "CD":
			return true
		}
	}
	n := g.last + 1
	return n < len(t) && t[n].Sent == t[g.main].Sent && strings.HasPrefix(t[n].Tag, "NN")
}

// nearestActor returns the actor of the nearest mention ending at or
// before token k, no further left than first; -1 for none.
func (f *finder) nearestActor(k, first int) int {
	for ; k >= first; k-- {
		if f.actorOf[k] >= 0 {
			return f.actorOf[k]
		}
	}
	return -1
}

// groups finds the verb groups of sentence s.
func (f *finder) groups(s nlp.Sentence) []group {
	t := f.d.Tokens
	var gs []group
	for i := s.First; i < s.Lim; {
		if !isVerb(t[i]) {
			i++
			continue
		}
		last := i
		for j := i + 1; j < s.Lim; j++ {
			switch {
			case isVerb(t[j]):
				last = j
				continue
			case isAdverb(t[j]):
				continue
			case strings.EqualFold(t[j].Text, "to") && j+1 < s.Lim && (t[j+1].Tag == "VB" || isAdverb(t[j+1])) && f.controls(t[last]):
				continue
			}
			break
		}
		g := f.group(i, last)
		gs = append(gs, g)
		i = g.last + 1
	}
	return gs
}

// controls says whether verb token v, followed by "to" and a verb, lends
// that verb its modality instead of making an event: "preparing to".
func (f *finder) controls(v nlp.Token) bool {
	l := lexicon.Lemma(v.Text, v.Tag)
	_, ok := f.lx.control[l]
	return ok || l == "have" || l == "be" || strings.EqualFold(v.Text, "likely")
}

// group reads the verb group running from token first to main.
func (f *finder) group(first, main int) group {
	t := f.d.Tokens
	g := group{first: first, main: main, last: main}
	g.lemma = lexicon.Lemma(t[main].Text, t[main].Tag)
	if p := main + 1; p < len(t) && t[p].Sent == t[main].Sent && isParticle(t[p]) {
		g.last = p
		g.lemma += " " + strings.ToLower(t[p].Text)
	}
	neg, possible, future, control := false, false, false, ""
	for i := first; i <= main; i++ {
		w := strings.ToLower(t[i].Text)
		switch t[i].Tag {
		case "MD":
			g.finite = true
			g.modal = w
			switch w {
			case "will", "'ll", "shall", "wo":
				future = true
			default:
				possible = true
			}
		case "VBD", "VBZ", "VBP":
			g.finite = true
		}
		switch w {
		case "not", "n't", "never":
			neg = true
		case "likely", "possibly", "probably", "perhaps":
			possible = true
		}
		if i < main && isVerb(t[i]) {
			if m, ok := f.lx.control[lexicon.Lemma(t[i].Text, t[i].Tag)]; ok && i+1 <= main && strings.EqualFold(t[i+1].Text, "to") {
				control = m
			}
		}
	}
	prev := main - 1
	for prev >= first && isAdverb(t[prev]) {
		prev--
	}
	if t[main].Tag == "VBN" && prev >= first {
		if l := lexicon.Lemma(t[prev].Text, t[prev].Tag); l == "be" || l == "get" {
			g.passive = true
		}
	}
	if b := g.last + 1; t[main].Tag == "VBN" && first == main && b+1 < len(t) && strings.EqualFold(t[b].Text, "by") && t[b+1].Tag != "CD" && t[b+1].Text != "$" {
		g.passive = true // a reduced relative: "a plan backed by the union", not "dropped by 2%"
	}
	switch {
	case neg || control == "negated":
		g.modality = record.Negated
	case possible:
		g.modality = record.Possible
	case future || control == "future":
		g.modality = record.Future
	case control == "ongoing" || t[main].Tag == "VBG" || t[main].Tag == "VBZ" || t[main].Tag == "VBP":
		g.modality = record.Ongoing
	default:
		g.modality = record.Past
	}
	return g
}

// subject finds the subject of group g, looking left no further than lo
// (the end of the previous group) or first (the sentence's first token).
// inherit says that g is a verb coordinated with the one before it ("and
// challenged") and shares its subject.
func (f *finder) subject(g group, lo, first int) (n np, ok, inherit bool) {
	t := f.d.Tokens
	k := g.first - 1
	for k >= first && isAdverb(t[k]) {
		k--
	}
	k = f.skipParens(k, first)
	if k < first {
		return np{}, false, false
	}
	switch {
	case t[k].Tag == "CC" && lo > first:
		return np{}, false, true
	case t[k].Tag == "WDT" || t[k].Tag == "WP":
		k--
		if k >= first && t[k].Text == "," {
			k--
		}
		k = f.skipParens(k, first)
	case t[k].Text == ",":
		if k+1 < g.first && lo > first && sequel[strings.ToLower(t[k+1].Text)] {
			// "The index dipped, then rose": an adverb of sequence after
			// the comma joins the verb to the one before it.
			return np{}, false, true
		}
		if n, ok := f.interrupted(k, first); ok {
			return n, true, false
		}
		return np{}, false, false
	}
	if k < first {
		return np{}, false, false // "Which fell?": nothing before the relative
	}
	if t[k].Tag == "PRP" {
		// A pronoun stands alone: in "he was fired from the company and
		// he founded NeXT" the subject is "he", not "the company and he".
		return np{a: k, b: k, head: k}, true, false
	}
	n, ok = f.npLeft(k, first)
	return n, ok, false
}

// skipParens steps back over a parenthesis that ends at token k, no
// further left than first: "the Dow Jones (DJIA), which fell".
func (f *finder) skipParens(k, first int) int {
	t := f.d.Tokens
	if k < first || t[k].Text != ")" {
		return k
	}
	for j := k - 1; j >= first; j-- {
		if t[j].Text == "(" {
			return j - 1
		}
	}
	return k
}

// interrupted finds the subject of a verb that follows the comma at token
// k, when an actor's name is parted from its verb by commas: an appositive
// ("The Dow, a stock market index used to gauge the market, fell"; "the
// primary UK index, the FTSE 100, dropped"), a relative clause ("Acme,
// which was founded in 1990, bought"), an adverb ("The FTSE, however,
// gained") or a stray comma ("The Dow Jones, was down"). The stretch
// between the commas holds no tensed verb but one after "which" or "who";
// a subject standing alone before the comma must open the sentence.
func (f *finder) interrupted(k, first int) (np, bool) {
	t := f.d.Tokens
	if n, ok := f.npLeft(k-1, first); ok && n.a == first {
		if a := f.npActor(n); a >= 0 {
			return n, true
		}
	}
	c := k - 1
	for c > first && t[c].Text != "," {
		c--
	}
	if c <= first || c == k-1 {
		return np{}, false
	}
	relative := false
	for i := c + 1; i < k; i++ {
		switch t[i].Tag {
		case "WDT", "WP":
			relative = true
		case "VBD", "VBZ", "VBP", "MD":
			// A past tense right after a noun and before a preposition
			// is a participle the tagger missed: "an index used to".
			participle := t[i].Tag == "VBD" && strings.HasPrefix(t[i-1].Tag, "NN") && (t[i+1].Tag == "IN" || t[i+1].Tag == "TO")
			if !relative && !participle {
				return np{}, false
			}
		}
		if isQuote(t[i]) {
			return np{}, false
		}
	}
	subj, ok := f.npLeft(c-1, first)
	if !ok {
		return np{}, false
	}
	// The name whose head is an actor's wins: "the primary UK index, the
	// FTSE 100" is the FTSE, not the UK.
	if f.headActor(subj) >= 0 {
		return subj, true
	}
	if app, ok := f.npRight(c+1, k); ok && app.b == k-1 && f.headActor(app) >= 0 {
		return app, true
	}
	if f.npActor(subj) >= 0 {
		return subj, true
	}
	return np{}, false
}

// headActor returns the actor that the head of n names, a number after
// it aside ("the FTSE 100"); -1 for none.
func (f *finder) headActor(n np) int {
	h := n.head
	for h > n.a && f.d.Tokens[h].Tag == "CD" && f.actorOf[h] < 0 {
		h--
	}
	return f.actorOf[h]
}

// npLeft reads the noun phrase that ends at token k, no further left than
// first. Its head is the last noun of its first part: "officials" in
// "officials of the ministry", "Apple" in "Apple and Google".
func (f *finder) npLeft(k, first int) (np, bool) {
	t := f.d.Tokens
	if k < first || !isNominal(t[k]) {
		return np{}, false
	}
	a := k
	for a-1 >= first {
		p := t[a-1]
		if inNP(p) {
			a--
			continue
		}
		if (strings.EqualFold(p.Text, "of") || p.Tag == "CC" || p.Text == "&") && a-2 >= first && isNominal(t[a-2]) {
			a--
			continue
		}
		break
	}
	return np{a: a, b: k, head: f.head(a, k)}, true
}

// npRight reads the noun phrase that starts at token k, before hi.
func (f *finder) npRight(k, hi int) (np, bool) {
	t := f.d.Tokens
	if k >= hi || !inNP(t[k]) {
		return np{}, false
	}
	b := k
	for b+1 < hi {
		n := t[b+1]
		if inNP(n) {
			b++
			continue
		}
		if (strings.EqualFold(n.Text, "of") || n.Text == "&") && b+2 < hi && inNP(t[b+2]) {
			b++
			continue
		}
		break
	}
	for b > k && !isNominal(t[b]) {
		b--
	}
	if !isNominal(t[b]) {
		return np{}, false
	}
	return np{a: k, b: b, head: f.head(k, b)}, true
}

// head returns the last noun of the first part of the noun phrase [a, b],
// the parts being split by "of", "and" and "&".
func (f *finder) head(a, b int) int {
	t := f.d.Tokens
	h := -1
	for i := a; i <= b; i++ {
		if t[i].Tag == "POS" {
			h = -1 // a possessor: "Apple's chief executive"
			continue
		}
		if strings.EqualFold(t[i].Text, "of") || t[i].Tag == "CC" || t[i].Text == "&" {
			if h >= 0 {
				break
			}
			continue
		}
		if isNominal(t[i]) {
			h = i
		}
	}
	if h < 0 {
		h = b
	}
	return h
}

// object reads the noun phrase right after a verb group, before hi.
func (f *finder) object(k, hi int) (np, bool) {
	t := f.d.Tokens
	for k < hi && isAdverb(t[k]) {
		k++
	}
	return f.npRight(k, hi)
}

// byAgent reads the "by" phrase of a passive, right after it or after
// what the passive names or where it goes: "has been named the Worldliner
// by Boeing", "was sold to Cerberus by Daimler". It looks no further
// than the clause: a comma, a conjunction or another verb ends it.
func (f *finder) byAgent(k, hi int) (np, bool) {
	t := f.d.Tokens
	for ; k < hi; k++ {
		switch {
		case strings.EqualFold(t[k].Text, "by"):
			return f.npRight(k+1, hi)
		case isAdverb(t[k]) || inNP(t[k]) || t[k].Tag == "TO" || t[k].Tag == "IN" && !strings.EqualFold(t[k].Text, "that"):
			continue
		}
		break
	}
	return np{}, false
}

// npActor returns the actor the noun phrase n names: its head's, else the
// one its last word names ("President of the United States Barack
// Obama"), else the first named in it that is no possessor ("his company"
// is not his); -1 for none.
func (f *finder) npActor(n np) int {
	t := f.d.Tokens
	if a := f.actorOf[n.head]; a >= 0 {
		return a
	}
	if a := f.actorOf[n.b]; a >= 0 && t[n.b].Tag == "NNP" {
		return a
	}
	for i := n.a; i <= n.b; i++ {
		a := f.actorOf[i]
		if a < 0 || t[i].Tag == "PRP$" {
			continue
		}
		j := i
		for j+1 <= n.b && f.actorOf[j+1] == a {
			j++
		}
		if j+1 <= n.b && t[j+1].Tag == "POS" {
			i = j
			continue
		}
		return a
	}
	return f.refer(n)
}

// refer resolves an object "it" that no actor claims to the last
// organisation named within three sentences; -1 when none fits. The actors
// link subject "it", personal pronouns and descriptions ("the company")
// themselves.
func (f *finder) refer(n np) int {
	t := f.d.Tokens
	h := t[n.head]
	if h.Tag != "PRP" || !strings.EqualFold(h.Text, "it") {
		return -1
	}
	for i := n.a - 1; i >= 0 && h.Sent-t[i].Sent <= 3; i-- {
		if a := f.actorOf[i]; a >= 0 && f.actors[a].Type == record.Organization {
			return a
		}
	}
	return -1
}

// place returns the first location actor in tokens [lo, hi) that follows a
// preposition of place, other than the agent; -1 for none.
func (f *finder) place(lo, hi, agent int) int {
	t := f.d.Tokens
	for i := lo + 1; i < hi; i++ {
		a := f.actorOf[i]
		if a < 0 || a == agent || f.actors[a].Type != record.Location || f.actorOf[i-1] == a {
			continue
		}
		j := i - 1
		for j > lo && t[j].Tag == "DT" {
			j--
		}
		switch strings.ToLower(t[j].Text) {
		case "in", "at", "from", "near", "outside", "inside", "across", "throughout", "into":
			return a
		}
	}
	return -1
}

// time returns the first time expression in tokens [lo, hi) as written,
// without a leading preposition: "February", "last week", "2015".
func (f *finder) time(lo, hi int) string {
	t := f.d.Tokens
	for i := lo; i < hi; i++ {
		w := strings.ToLower(t[i].Text)
		kind := f.lx.time[w]
		switch {
		case (kind == "month" || kind == "weekday") && nlp.IsCapitalized(t[i].Text):
			a, b := i, i
			if a > lo && (f.lx.time[strings.ToLower(t[a-1].Text)] == "lead" || strings.EqualFold(t[a-1].Text, "early") || strings.EqualFold(t[a-1].Text, "late")) {
				a--
			}
			for b+1 < hi && (t[b+1].Tag == "CD" || t[b+1].Text == "," && b+2 < hi && isYear(t[b+2].Text)) {
				b++
			}
			return f.text(a, b)
		case kind == "day":
			return t[i].Text
		case kind == "lead" && !nlp.IsCapitalized(t[i].Text) || kind == "lead" && i == t[i].Sent:
			b := i + 1
			for b < hi && f.lx.time[strings.ToLower(t[b].Text)] == "lead" {
				b++
			}
			if b < hi && f.lx.time[strings.ToLower(t[b].Text)] == "unit" {
				return f.text(i, b)
			}
		case t[i].Tag == "CD" && isYear(t[i].Text) && (i == lo || t[i-1].Text != "$"):
			return t[i].Text
		}
	}
	return ""
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w >= "1800" && w <= "2099"
}

// text returns the input from the start of token a to the end of token b.
func (f *finder) text(a, b int) string {
	return string(f.d.Input[f.d.Tokens[a].Start:f.d.Tokens[b].End])
}

// id returns the id of actor a, or nil for -1.
func (f *finder) id(a int) *string {
	if a < 0 {
		return nil
	}
	id := f.actors[a].ID
	return &id
}

func isVerb(t nlp.Token) bool { return strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" }

func isAdverb(t nlp.Token) bool {
	return strings.HasPrefix(t.Tag, "RB") && t.Tag != "RP" || t.Text == "n't" || strings.EqualFold(t.Text, "not") || strings.EqualFold(t.Text, "likely")
}

func isParticle(t nlp.Token) bool {
	switch strings.ToLower(t.Text) {
	case "up", "down", "out", "off", "back", "away":
		return t.Tag == "RP" || t.Tag == "RB" || t.Tag == "IN"
	case "over", "in", "on":
		return t.Tag == "RP"
	}
	return false
}

func isNominal(t nlp.Token) bool {
	return strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP" || t.Tag == "CD"
}

func inNP(t nlp.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD":
		return true
	}
	return isNominal(t)
}

// sequel holds the adverbs that, after a comma, join a verb to the one
// before it: "dipped, then rose".
var sequel = map[string]bool{"then": true, "later": true, "subsequently": true, "eventually": true, "finally": true}

func isQuote(t nlp.Token) bool {
	switch t.Text {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

func isPunct(t nlp.Token) bool {
	return strings.Trim(t.Text, ".,;:!?-—–()[]'\"") == ""
}
