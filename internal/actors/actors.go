package actors

import (
	"fmt"
	"sort"
	"strings"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// actor is a referent being built from its mentions.
type actor struct {
	mentions []*mention
	keys     map[string]bool // folded names and aliases, place keys
	scores   [4]int
	gender   byte
	anon     bool
	typ      int
	first    int      // input offset of the first mention by name
	best     string   // the canonical name so far, kept by attach
	words    []string // best folded into words, without "the"
}

// Find returns the actors of the article syn.Doc, with ids a1, a2, ... in
// order of first mention by name, every mention's span, pronouns included.
func Find(syn *syntax.Syntax) []record.Actor {
	f := &finder{d: syn.Doc, syn: syn, lx: loadLexicon()}
	f.find()
	c := &clusters{f: f}
	c.build()
	c.references()
	return c.records()
}

// clusters merges mentions into actors.
type clusters struct {
	f      *finder
	actors []*actor
}

// keysOf returns the names a mention can be matched by.
func (c *clusters) keysOf(m *mention) []string {
	k := fold(stripThe(m.name))
	keys := []string{k}
	if m.short != "" {
		keys = append(keys, fold(m.short))
	}
	if p, ok := c.f.lx.places[k]; ok {
		keys = append(keys, "place:"+p.name)
	}
	if o, ok := c.f.lx.orgs[k]; ok {
		keys = append(keys, "org:"+o)
	}
	return keys
}

func stripThe(s string) string {
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

func (c *clusters) build() {
	ms := c.f.mentions
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	// Sure mentions first; weak ones only join actors named elsewhere,
	// or name places.
	// A one-word name opening a sentence that the text does not use alone
	// elsewhere waits for the second pass too: "Trump spoke." joins the
	// "Donald Trump" named later, or nothing.
	doubtful := func(m *mention) bool {
		return m.weak || m.kind == named && m.initial && m.lim-m.first == 1 && !c.supported(m)
	}
	for _, pass := range []bool{false, true} {
		for _, m := range ms {
			if doubtful(m) != pass {
				continue
			}
			if m.kind == anonymous {
				if m.anaphoric && c.f.d.Quoted(m.start) {
					continue // "the minister" in a quotation is someone named
				}
				c.addAnonymous(m)
				continue
			}
			a := c.match(m)
			if a == nil {
				if pass && m.scores[tLoc] < 6 && !isAcronym(m.name) {
					continue
				}
				if m.lim-m.first == 1 && c.f.d.Tokens[m.first].Label() == "" && m.scores == [4]int{} && c.f.count[m.name] < 2 {
					continue // a lone unknown word
				}
				a = &actor{keys: map[string]bool{}, first: m.start}
				c.actors = append(c.actors, a)
			}
			c.attach(a, m)
			if acr := c.f.acronymOf[m]; acr != nil {
				c.attach(a, acr)
			}
		}
	}
	for _, a := range c.actors {
		best := tOrg
		if a.anon {
			best = tGroup
		}
		top := 0
		for t, s := range a.scores {
			if s > top {
				best, top = t, s
			}
		}
		if top == 0 && len(strings.Fields(c.name(a))) >= 2 && c.personLabel(a) {
			best = tPerson
		}
		a.typ = best
	}
}

// personLabel reports whether prose labels a person in any of the
// actor's names.
func (c *clusters) personLabel(a *actor) bool {
	for _, m := range a.mentions {
		for k := m.first; k < m.lim && m.kind == named; k++ {
			if c.f.d.Tokens[k].Label() == "PERSON" {
				return true
			}
		}
	}
	return false
}

// supported reports whether a one-word name at a sentence start is a name
// the text or the lists know: "Trump" that also stands mid-sentence.
func (c *clusters) supported(m *mention) bool {
	w := c.f.word(m.first)
	return c.f.capsAlone[w] || c.f.known(w) || m.scores[tOrg] >= 5 || m.scores[tGroup] >= 5 || m.scores[tLoc] >= 6 || c.saidAfter(m)
}

// saidAfter reports whether a reporting verb follows the mention.
func (c *clusters) saidAfter(m *mention) bool {
	toks := c.f.d.Tokens
	s := c.f.d.Sentences[m.sent]
	if m.lim < s.Lim {
		switch toks[m.lim].Text {
		case "said", "says", "told", "announced", "added":
			return true
		}
	}
	return false
}

func (c *clusters) attach(a *actor, m *mention) {
	a.mentions = append(a.mentions, m)
	if n, ok := better(a, m); ok {
		a.best = n // the fullest name; "Nairobi" rather than a dateline's "NAIROBI"
		a.words = strings.Fields(fold(stripThe(n)))
	}
	for _, k := range c.keysOf(m) {
		a.keys[k] = true
	}
	for t := range a.scores {
		a.scores[t] += m.scores[t]
	}
	if a.gender == 0 {
		a.gender = m.gender
	}
	if m.start < a.first {
		a.first = m.start
	}
}

// match finds the actor a named mention refers to, or nil: first the
// latest actor that shares one of its keys, else the latest whose name is a
// shorter or longer form of the mention's.
func (c *clusters) match(m *mention) *actor {
	if a := c.matchKey(m); a != nil {
		return a
	}
	return c.matchWords(m)
}

// matchKey finds the latest named actor that shares one of the mention's
// keys, or nil.
func (c *clusters) matchKey(m *mention) *actor {
	keys := c.keysOf(m)
	for i := len(c.actors) - 1; i >= 0; i-- {
		a := c.actors[i]
		if a.anon {
			continue
		}
		for _, k := range keys {
			if a.keys[k] {
				return a
			}
		}
	}
	return nil
}

// matchWords finds the latest named actor whose name the mention's name
// is another form of (see nameForms), or nil. A place is matched by its
// keys only: when the mention or the actor is a place, no form applies.
func (c *clusters) matchWords(m *mention) *actor {
	words := strings.Fields(fold(stripThe(m.name)))
	if len(words) == 0 || m.scores[tLoc] >= 6 {
		return nil
	}
	for i := len(c.actors) - 1; i >= 0; i-- {
		a := c.actors[i]
		if a.anon || len(a.words) == 0 || a.scores[tLoc] >= 6 {
			continue
		}
		for _, form := range nameForms {
			if form(c, m, words, a) {
				return a
			}
		}
	}
	return nil
}

// A nameForm decides whether a mention, whose folded name is words, names
// actor a by another form of a's name.
type nameForm func(c *clusters, m *mention, words []string, a *actor) bool

// nameForms are the ways one name may stand for another, tried in order.
var nameForms = []nameForm{
	(*clusters).surnameOf,
	(*clusters).fullNameOf,
	(*clusters).orgFirstWordOf,
	(*clusters).orgTailOf,
	(*clusters).givenNameOf,
	(*clusters).acronymOf,
	(*clusters).expansionOf,
}

// surnameOf: the mention is the end of a person's longer name ("Okafor" for
// "Grace Okafor").
func (c *clusters) surnameOf(m *mention, words []string, a *actor) bool {
	full := a.words
	return len(words) < len(full) && suffix(words, full) && !c.isOrgish(a)
}

// fullNameOf: the mention is a person's full name, and the actor was named
// by its last word alone ("Grace Okafor" after "Okafor").
func (c *clusters) fullNameOf(m *mention, words []string, a *actor) bool {
	full := a.words
	return len(words) > len(full) && len(full) == 1 && words[len(words)-1] == full[0] &&
		m.scores[tOrg] < 5 && !c.isOrgish(a)
}

// orgFirstWordOf: the mention is the first word of an organisation's name,
// one that can name it alone ("Halvorsen" for "Halvorsen Shipping", but not
// "National" for "National Grid").
func (c *clusters) orgFirstWordOf(m *mention, words []string, a *actor) bool {
	full := a.words
	return len(words) == 1 && len(full) >= 2 && full[0] == words[0] && c.isOrgish(a) && !genericFirst[words[0]]
}

// orgTailOf: the mention is the end of an organisation's name and ends in an
// organisation word ("Coast Guard" for "Northland Coast Guard").
func (c *clusters) orgTailOf(m *mention, words []string, a *actor) bool {
	full := a.words
	return len(words) >= 2 && len(full) > len(words) && suffix(words, full) && c.isOrgish(a) &&
		c.f.lx.orgWords[words[len(words)-1]]
}

// givenNameOf: the mention is a given name alone, and the first word of a
// person's name ("Grace" for "Grace Okafor").
func (c *clusters) givenNameOf(m *mention, words []string, a *actor) bool {
	full := a.words
	return len(words) == 1 && len(full) >= 2 && full[0] == words[0] &&
		a.scores[tPerson] > a.scores[tOrg] && c.givenName(m)
}

// acronymOf: the mention is an acronym of the actor's name ("NCG" for
// "Northland Coast Guard").
func (c *clusters) acronymOf(m *mention, words []string, a *actor) bool {
	return isAcronym(m.name) && initials(a.words) == strings.ReplaceAll(words[0], ".", "")
}

// expansionOf: the actor was named by an acronym, and the mention spells it
// out ("Northland Coast Guard" after "NCG").
func (c *clusters) expansionOf(m *mention, words []string, a *actor) bool {
	return len(a.words) == 1 && isAcronym(c.name(a)) && initials(words) == a.words[0]
}

// givenName reports whether a one-word mention is a given name.
func (c *clusters) givenName(m *mention) bool {
	_, ok := c.f.lx.firstNames[c.f.word(m.first)]
	return ok && m.lim-m.first == 1
}

// genericFirst are first words that do not name an organisation alone.
var genericFirst = set("national", "united", "american", "british", "new", "international", "federal", "european", "general", "royal", "world", "global", "first", "south", "north", "east", "west", "central", "the", "us", "uk")

func (c *clusters) isOrgish(a *actor) bool {
	return a.scores[tOrg] > a.scores[tPerson] || a.scores[tOrg] >= 5
}

func suffix(short, long []string) bool {
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// initials returns the upper-case initials of a name's main words.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "&", "de", "in", "on":
			continue
		}
		b.WriteString(strings.ToLower(w[:1]))
	}
	return b.String()
}

// addAnonymous merges an anonymous mention with an earlier one of the same
// head whose modifiers it shares, or starts a new actor.
func (c *clusters) addAnonymous(m *mention) {
	for i := len(c.actors) - 1; i >= 0; i-- {
		a := c.actors[i]
		if !a.anon {
			continue
		}
		h := a.mentions[0]
		if h.head != m.head {
			continue
		}
		if subset(m.mods, h.mods) || subset(h.mods, m.mods) && m.para-h.para <= 2 {
			c.attach(a, m)
			return
		}
	}
	a := &actor{keys: map[string]bool{}, anon: true, first: m.start}
	c.actors = append(c.actors, a)
	c.attach(a, m)
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// name returns an actor's canonical name: the fullest name of its named
// mentions, or the first description of an anonymous one.
func (c *clusters) name(a *actor) string { return a.best }

// better reports whether mention m names actor a better than its name so
// far.
func better(a *actor, m *mention) (string, bool) {
	if m.kind == pronoun {
		return "", false
	}
	n := m.name
	if m.kind == named {
		n = stripThe(n)
	}
	best := a.best
	if a.anon {
		return n, best == "" || len(m.mods) > 0 && !m.anaphoric && len(strings.Fields(n)) > len(strings.Fields(best))
	}
	return n, best == "" || len(strings.Fields(n)) > len(strings.Fields(best)) ||
		len(strings.Fields(n)) == len(strings.Fields(best)) && best == strings.ToUpper(best) && n != strings.ToUpper(n)
}

// canonical returns the gazetteer's name for an actor the lists know, or "".
func (c *clusters) canonical(a *actor) string {
	var names []string
	for k := range a.keys {
		if n, ok := strings.CutPrefix(k, "org:"); ok {
			names = append(names, n)
		} else if n, ok := strings.CutPrefix(k, "place:"); ok {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	return names[0]
}

// records turns the actors into the record's actors.
func (c *clusters) records() []record.Actor {
	var as []*actor
	for _, a := range c.actors {
		if c.name(a) != "" {
			as = append(as, a)
		}
	}
	sort.SliceStable(as, func(i, j int) bool { return as[i].first < as[j].first })
	out := make([]record.Actor, 0, len(as))
	for i, a := range as {
		r := record.Actor{
			ID:        fmt.Sprintf("a%d", i+1),
			Name:      c.name(a),
			Type:      typeNames[a.typ],
			Aliases:   []string{},
			Titles:    []string{},
			Anonymous: a.anon,
			Spans:     []record.Span{},
		}
		seen := map[string]bool{fold(r.Name): true}
		if canon := c.canonical(a); canon != "" && !seen[fold(canon)] && len(strings.Fields(canon)) >= len(strings.Fields(r.Name)) {
			// "Democrats" is the Democratic Party: the list's name is the
			// fullest, and what the text says stays as an alias.
			r.Aliases = append(r.Aliases, r.Name)
			r.Name = canon
			seen[fold(canon)] = true
		}
		titles := map[string]bool{}
		sort.SliceStable(a.mentions, func(i, j int) bool { return a.mentions[i].start < a.mentions[j].start })
		last := record.Span{-1, -1}
		for _, m := range a.mentions {
			sp := record.Span{m.start, m.end}
			if sp != last {
				r.Spans = append(r.Spans, sp)
				last = sp
			}
			if m.kind == pronoun {
				continue
			}
			n := m.name
			if m.kind == named {
				n = stripThe(n)
			}
			if !seen[fold(n)] {
				seen[fold(n)] = true
				r.Aliases = append(r.Aliases, n)
			}
			if m.title != "" && !titles[fold(m.title)] {
				titles[fold(m.title)] = true
				r.Titles = append(r.Titles, m.title)
			}
		}
		if a.typ == tPerson {
			// "Samuel A. Alito" is also "Samuel Alito".
			for _, n := range append([]string{r.Name}, r.Aliases...) {
				if short := withoutInitials(n); short != n && !seen[fold(short)] {
					seen[fold(short)] = true
					r.Aliases = append(r.Aliases, short)
				}
			}
		}
		r.Mentions = len(r.Spans)
		out = append(out, r)
	}
	return out
}

// withoutInitials drops the middle initials of a name of three words or
// more: "Robert S. Mueller III" is "Robert Mueller III".
func withoutInitials(n string) string {
	fs := strings.Fields(n)
	if len(fs) < 3 {
		return n
	}
	kept := fs[:1]
	for _, w := range fs[1 : len(fs)-1] {
		if len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		kept = append(kept, w)
	}
	kept = append(kept, fs[len(fs)-1])
	return strings.Join(kept, " ")
}
