package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/syntax"
)

// mentionKind says how a mention names its actor.
type mentionKind int

const (
	named     mentionKind = iota // a proper name: "JD Vance"
	anonymous                    // an unnamed source: "a senior UK official"
	pronoun                      // "he", "their"
)

// mention is one reference to an actor in the text.
type mention struct {
	kind       mentionKind
	start, end int    // input span as written: title and possessive included
	name       string // the name as written, without title, possessive or "the"
	short      string // a shorter name it is also known by: "Clearwater" of "Clearwater, Florida"
	title      string // the title before the name, as written, or ""
	first, lim int    // tokens of the name
	sent, para int
	weak       bool // only joins an actor named elsewhere: in a title-case heading, or before a title
	initial    bool // the name opens its sentence
	scores     [4]int
	gender     byte   // m, f or 0
	head       string // anonymous: the head noun ("official")
	mods       []string
	plural     bool
	anaphoric  bool // anonymous with "the": refers back
}

// type indexes into mention.scores.
const (
	tPerson = iota
	tOrg
	tLoc
	tGroup
)

var typeNames = [4]string{"person", "organization", "location", "group"}

// finder finds mentions in one document.
type finder struct {
	d   *nlp.Doc
	syn *syntax.Syntax
	lx  *lexicon
	// capsElsewhere holds words seen capitalised away from a sentence start.
	capsElsewhere map[string]bool
	// capsAlone holds words seen capitalised away from a sentence start
	// and from other capitalised words: names used alone ("Trump said").
	capsAlone map[string]bool
	// proper holds words tagged as proper nouns somewhere in the text.
	proper map[string]bool
	// lower holds words seen in lower case.
	lower map[string]bool
	// count counts how often each word occurs.
	count    map[string]int
	mentions []*mention
	// byLast indexes the first indexed mentions by their last word, for
	// surname.
	byLast  map[string][]*mention
	indexed int
	// acronymOf maps a mention index to the index of a parenthesised
	// acronym that follows it: "World Health Organization (WHO)".
	acronymOf map[*mention]*mention
	// weak is set while recording mentions that only join actors named
	// elsewhere.
	weak bool
}

func (f *finder) word(i int) string { return f.d.Tokens[i].Text }

func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '&' {
			return false
		}
	}
	return true
}

// nameLike reports whether a capitalised token can be part of a name: not
// "I", a single letter, "I've", or a compound such as "Scientology-related".
func nameLike(w string) bool {
	if utf8.RuneCountInString(w) < 2 || strings.HasPrefix(w, "I'") {
		return false
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) {
		if compoundTails[strings.ToLower(w[i+1:])] {
			return false // "Scientology-related", "Booker Prize-winner"
		}
		if i == 1 && strings.ContainsRune("RDI", rune(w[0])) {
			return false // a party and state: "R-Texas"
		}
		switch strings.ToLower(w[:i]) {
		case "pro", "anti", "pan", "non", "ex", "post", "pre", "neo", "mid", "self", "inter", "trans":
			return false // "Pro-Beijing", "Anti-Trump"
		}
	}
	return !strings.ContainsAny(w, "0123456789") // "IE9", "STS-135"
}

// compoundTails end hyphenated adjectives and nouns built on a name.
var compoundTails = set("related", "based", "led", "backed", "owned", "born", "winner", "winning",
	"style", "like", "made", "funded", "run", "era", "critic", "critics", "bound", "linked",
	"affiliated", "allied", "controlled", "held", "friendly", "focused", "specific", "wide",
	"sponsored", "supported", "type", "class", "level", "area", "american", "religion", "registered")

// captionWords open photo captions glued to the sentence before them.
var captionWords = set("Image", "Photo", "Photograph", "Video", "Credit", "Source", "Caption", "Pictured", "Picture")

// initial reports whether token i opens its sentence or a quotation
// (syntax.Opens).
func (f *finder) initial(i int) bool { return f.syn.Is(i, syntax.Opens) }

func isProper(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// startable reports whether a name may start at token i.
func (f *finder) startable(i int) bool {
	t := f.d.Tokens[i]
	w := t.Text
	if !nlp.IsCapitalized(w) || timeWords[strings.TrimSuffix(w, ".")] || leadWords[w] || !nameLike(w) {
		return false
	}
	if f.initial(i) && (!isProper(t.Tag) || f.commonNoun(i)) {
		return f.known(w) || f.capsElsewhere[w]
	}
	switch t.Tag {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "FW", "CD", "VBN", "VBG", "JJS", "RB":
		return true
	case "VB", "VBP", "VBZ", "VBD":
		// "reasons that Trump refuses": a name the tagger read as a verb,
		// a proper noun elsewhere in the text.
		if f.proper[w] && !f.lower[w] && !f.titleCase(int(t.Sent)) {
			return true
		}
	}
	return f.known(w)
}

// known reports whether a word is a name on the lists: a place, a given
// name, an acronym.
func (f *finder) known(w string) bool {
	if _, ok := f.lx.places[fold(w)]; ok {
		return true
	}
	if _, ok := f.lx.orgs[fold(w)]; ok {
		return true
	}
	if _, ok := f.lx.firstNames[w]; ok {
		return true
	}
	return isAcronym(w) && !leadWords[w]
}

// listed reports whether a word is on the lists of places, organisations
// or given names.
func (f *finder) listed(w string) bool {
	if _, ok := f.lx.places[fold(w)]; ok {
		return true
	}
	if _, ok := f.lx.orgs[fold(w)]; ok {
		return true
	}
	_, ok := f.lx.firstNames[w]
	return ok
}

// romanNumeral reports whether w is a Roman numeral of two letters or more.
func romanNumeral(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}

// quotedName reports whether tokens i..j-1 fill a quotation by themselves:
// named "Better Idea", the film "Easy Rider".
func (f *finder) quotedName(i, j int) bool {
	toks := f.d.Tokens
	in := f.d.Input
	before := strings.TrimRight(string(in[max(0, toks[i].Start-4):toks[i].Start]), " ")
	after := strings.TrimLeft(string(in[toks[j-1].End:min(len(in), int(toks[j-1].End)+5)]), ",.;:!? ")
	opens := strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“")
	closes := strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "”")
	if !opens || !closes {
		return false
	}
	// A name quoted alone at the start of a sentence is a quotation's first
	// words more often than a title: keep those.
	return !f.initial(i) || f.word(i) != toks[f.d.Sentences[toks[i].Sent].First].Text
}

// continues reports whether token j may continue a name.
func (f *finder) continues(j int) bool {
	t := f.d.Tokens[j]
	w := t.Text
	if !nlp.IsCapitalized(w) || timeWords[w] || !nameLike(w) || captionWords[w] {
		return false
	}
	switch t.Tag {
	case "PRP", "PRP$", "DT", "WDT", "WP", "CC", "IN", "TO", "MD":
		return isProper(t.Tag)
	}
	if f.initial(j) {
		return false
	}
	return true
}

// titleCase reports whether sentence si is a heading in title case, where
// capitals do not mark names.
func (f *finder) titleCase(si int) bool {
	s := f.d.Sentences[si]
	if !s.Heading {
		return false
	}
	caps, words := 0, 0
	for k := s.First; k < s.Lim; k++ {
		w := f.word(k)
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		words++
		if nlp.IsCapitalized(w) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*6
}

// find collects every named and anonymous mention.
func (f *finder) find() {
	toks := f.d.Tokens
	f.capsElsewhere = map[string]bool{}
	f.capsAlone = map[string]bool{}
	f.lower = map[string]bool{}
	f.proper = map[string]bool{}
	f.count = map[string]int{}
	for i, t := range toks {
		f.count[t.Text]++
		if isProper(t.Tag) {
			f.proper[t.Text] = true
		}
		if !nlp.IsCapitalized(t.Text) {
			f.lower[t.Text] = true
		}
		if nlp.IsCapitalized(t.Text) && !f.initial(i) && !f.d.Sentences[t.Sent].Heading {
			f.capsElsewhere[t.Text] = true
			if (i == 0 || !nlp.IsCapitalized(toks[i-1].Text)) && (i+1 == len(toks) || !nlp.IsCapitalized(toks[i+1].Text)) {
				f.capsAlone[t.Text] = true
			}
		}
	}
	for si, s := range f.d.Sentences {
		f.speakerLabel(si)
		for i := s.First; i < s.Lim; {
			if !f.startable(i) {
				i++
				continue
			}
			j := f.syn.Right(i, s.Lim, nameRun{f}) // the name's run
			f.chunk(i, j, si)
			i = j
		}
		f.anonymous(si)
	}
	f.datelines()
	f.joinPlaces()
}

// speakerLabel records the speaker of a transcript turn, a paragraph
// opening on a name in capitals and a colon: "WALLACE: Governor, ...".
func (f *finder) speakerLabel(si int) {
	s := f.d.Sentences[si]
	if si > 0 && f.d.Sentences[si-1].Paragraph == s.Paragraph || s.Lim-s.First < 3 {
		return
	}
	toks := f.d.Tokens
	w := toks[s.First].Text
	if toks[s.First+1].Text != ":" || len(w) < 3 || strings.ToUpper(w) != w || strings.ToLower(w) == w || labelWords[w] || f.listed(w) {
		return
	}
	m := &mention{kind: named, first: s.First, lim: s.First + 1, sent: si, para: s.Paragraph}
	m.start, m.end = int(toks[s.First].Start), int(toks[s.First].End)
	m.name = w
	m.scores[tPerson] += 3
	f.mentions = append(f.mentions, m)
}

// labelWords open paragraphs with a colon but name no speaker.
var labelWords = set("UPDATE", "UPDATED", "NOTE", "EDITOR", "EDITORS", "CORRECTION", "BREAKING",
	"WATCH", "READ", "PHOTO", "PHOTOS", "VIDEO", "SOURCE", "SOURCES", "RELATED", "MORE", "ALSO",
	"WARNING", "DISCLAIMER", "CLARIFICATION", "ADVERTISEMENT", "LISTEN", "QUESTION", "ANSWER")

// nameRun is the Reach with which syntax's one noun-phrase reader reads
// a name's capitalised run, rightward from a token a name may start at
// (startable): it holds the words that continue a name (continues) and
// goes on past the joins of joinPast. A corporate suffix ends it:
// "Carraway Networks Ltd.".
type nameRun struct{ f *finder }

// Holds reports whether token j continues the name.
func (r nameRun) Holds(_ *syntax.Syntax, j int, _ syntax.Dir) bool {
	return !corporateSuffixes[r.f.word(j-1)] && r.f.continues(j)
}

// Join returns how many tokens a join at token j carries the name that
// starts at token from over.
func (r nameRun) Join(_ *syntax.Syntax, from, j, lim int, _ syntax.Dir) int {
	if corporateSuffixes[r.f.word(j-1)] {
		return 0
	}
	return r.f.joinPast(from, j, lim) - j
}

// joinPast decides whether the name that starts at token i goes on past
// token j, a word that does not continue a name, and returns where it
// then ends so far; j if it stops there.
func (f *finder) joinPast(i, j, lim int) int {
	w := f.word(j)
	switch {
	case f.middleInitial(j, lim):
		return j + 2 // "Gerald F. Seib": the tokenizer splits "F."
	case j+1 < lim && (w == "&" || particles[w]) && nlp.IsCapitalized(f.word(j+1)):
		return j + 2 // "Marsh & Lowe", "Ludwig van Berg"
	case w == "of" || w == "for":
		return f.extendOf(i, j, lim)
	case w == "and":
		return f.extendAnd(i, j, lim)
	}
	return j
}

// extendOf decides whether a name goes on past "of" or "for" at token j:
// it does, to one capitalised word after it (and a "the" before that
// word), when what comes before is an institution or a title ("Ministry
// of Fisheries", "Keeper of the Archives"); it does not when a country
// follows ("Lakeside State College of the US"). It returns the new end,
// or j.
func (f *finder) extendOf(i, j, lim int) int {
	if j+1 >= lim {
		return j
	}
	k := j + 1
	if k < lim && f.word(k) == "the" {
		k++
	}
	if k > j+1 && f.country(k, lim) {
		return j
	}
	if k < lim && nlp.IsCapitalized(f.word(k)) && !timeWords[f.word(k)] && f.ofHead(i, j) {
		return k + 1
	}
	return j
}

// ofHead reports whether the name in tokens i..j-1 can take "of" after
// it: it ends in a word such as "Ministry" or a title, or holds an
// institution word.
func (f *finder) ofHead(i, j int) bool {
	last := f.word(j - 1)
	return ofHeads[last] || f.lx.orgWords[fold(last)] || f.lx.titles[fold(last)] || f.hasOrgWord(i, j)
}

// extendAnd decides whether a name goes on past "and" at token j, and
// returns the new end, or j. A name built with "of" takes one more word
// ("Board of Roads and Bridges"); a name without an institution word
// takes the run after "and" when that run ends in one ("Fish and Game
// Commission").
func (f *finder) extendAnd(i, j, lim int) int {
	if j+1 < lim && nlp.IsCapitalized(f.word(j+1)) && f.hasOf(i, j) && (j+2 >= lim || !f.continues(j+2)) && !f.isPlace(j+1, j+2) {
		return j + 2
	}
	if j+2 >= lim || !nlp.IsCapitalized(f.word(j+1)) || f.hasOrgWord(i, j) {
		return j
	}
	k := j + 1
	for k < lim && f.continues(k) {
		k++
	}
	if k > j+1 && f.lx.orgWords[fold(f.word(k-1))] && k-i <= 6 && !f.isPlace(i, j) {
		return k
	}
	return j
}

// middleInitial reports whether tokens j and j+1 are a middle initial, a
// capital letter and its full stop written together, that a name goes on
// after: "F." in "Gerald F. Seib".
func (f *finder) middleInitial(j, lim int) bool {
	return j+2 < lim && f.d.Initial(j) && f.continues(j+2)
}

// hasOf reports whether tokens i..j-1 hold "of" or "for".
func (f *finder) hasOf(i, j int) bool {
	for k := i; k < j; k++ {
		if w := f.word(k); w == "of" || w == "for" {
			return true
		}
	}
	return false
}

// country reports whether a country's name starts at token k.
func (f *finder) country(k, lim int) bool {
	for n := min(lim, k+4); n > k; n-- {
		if p, ok := f.lx.places[fold(f.words(k, n))]; ok && p.kind == "country" {
			return true
		}
	}
	return false
}

func (f *finder) hasOrgWord(i, j int) bool {
	for k := i; k < j; k++ {
		if f.lx.orgWords[fold(f.word(k))] {
			return true
		}
	}
	return false
}

func (f *finder) isPlace(i, j int) bool {
	_, ok := f.lx.places[fold(f.text(i, j))]
	return ok
}

// text returns tokens i..j-1 as written in the input.
func (f *finder) text(i, j int) string {
	if i >= j {
		return ""
	}
	return string(f.d.Input[f.d.Tokens[i].Start:f.d.Tokens[j-1].End])
}

// words returns tokens i..j-1 as prepared, joined by spaces.
func (f *finder) words(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(f.word(k))
	}
	return b.String()
}

// chunk turns the capitalised run i..j-1 into mentions. A run can hold
// more than one name; the splits below are tried in order, and a run that
// none of them takes is one name.
func (f *finder) chunk(i, j, si int) {
	i, j = f.trimRun(i, j)
	if i >= j {
		return
	}
	if f.roleThenName(i, j, si) || f.titleThenName(i, j, si) || f.orgThenPerson(i, j, si) ||
		f.placeThenPerson(i, j, si) || f.companyProduct(i, j, si) || f.twoNames(i, j, si) {
		return
	}
	f.name(i, j, si, i)
}

// trimRun drops the articles and time words that open the run i..j-1
// ("The", "Monday") and the time words, "&" and name particles that end
// it, and returns what is left.
func (f *finder) trimRun(i, j int) (int, int) {
	for i < j && (leadWords[f.word(i)] || timeWords[f.word(i)]) {
		i++
	}
	for j > i && (timeWords[f.word(j-1)] || f.word(j-1) == "&" || particles[f.word(j-1)]) {
		j--
	}
	return i, j
}

// roleThenName decides whether the run opens with a role or party word
// and a person's name follows it ("Analyst Mara Quist", "Republican Tod
// Barlow"); if so it records the name with the word as its title.
func (f *finder) roleThenName(i, j, si int) bool {
	if j-i < 3 || !f.roleWord(f.word(i)) || f.personAt(i+1, j, true) != i+1 {
		return false
	}
	f.name(i+1, j, si, i)
	return true
}

// titleThenName decides whether the run holds a title, and if so records
// what comes before the title and the name after it. It leaves alone a
// run that is a place, or one that goes on past the title to end in an
// institution word.
func (f *finder) titleThenName(i, j, si int) bool {
	if j-i == 1 && f.surname(f.word(i)) {
		return false // "Baron" alone after "Tom Baron": his surname
	}
	k, m := f.title(i, j)
	if k < 0 || m < j && f.lx.orgWords[fold(f.word(j-1))] || f.isPlace(i, j) {
		return false
	}
	if k > i {
		// "Ruritanian" in "Ruritanian Deputy Minister Ola Brenn"; unless
		// the lists know it, a mention only of an actor the text names
		// elsewhere.
		f.weak = !f.known(f.words(i, k))
		f.chunk(i, k, si)
		f.weak = false
	}
	f.afterTitle(i, m, j, si)
	return true
}

// afterTitle records the name that follows a title: the title starts at
// token from and ends before m, and the run ends before j. After "of",
// "for", "the" or "and" the title goes on; a person's name at the end of
// that is the name ("Minister of Ports Ilse Varga"), else the rest is
// another run ("Director of the Coastal Survey").
func (f *finder) afterTitle(from, m, j, si int) {
	n := m
	for n < j && titleJoins[f.word(n)] {
		n++
	}
	switch {
	case n > m && n < j:
		if p := f.personAt(n, j, true); p > n {
			f.name(p, j, si, from)
		} else {
			f.chunk(n, j, si)
		}
	case m < j:
		// "Miss Universe Alicia Mora": a word that is no given name goes
		// on with the title when a person's name ends the run.
		if _, given := f.lx.firstNames[f.word(m)]; !given && j-m >= 3 {
			if p := f.personAt(m+1, j, true); p > m {
				f.name(p, j, si, from)
				return
			}
		}
		f.name(m, j, si, from)
	}
}

// titleJoins carry a title on into the words after it: "Minister of ...".
var titleJoins = set("of", "for", "the", "and")

// orgThenPerson decides whether an institution and a person run together
// ("Harbour Trust Pia Lund"), splitting after the first institution word
// that a person's name follows.
func (f *finder) orgThenPerson(i, j, si int) bool {
	for k := i; k < j-2; k++ {
		if f.lx.orgWords[fold(f.word(k))] && f.personAt(k+1, j, false) == k+1 {
			f.chunk(i, k+1, si)
			f.name(k+1, j, si, k+1)
			return true
		}
	}
	return false
}

// placeThenPerson decides whether a run of four words or more ends in a
// two-word person's name after an institution or place ("College of
// Westmark Jon Avery"), and if so records both.
func (f *finder) placeThenPerson(i, j, si int) bool {
	if j-i < 4 {
		return false
	}
	p := f.personAtLevel(j-2, j, 1)
	if p != j-2 || !nlp.IsCapitalized(f.word(p-1)) || !(f.hasOrgWord(i, p) || f.isPlace(i, p)) {
		return false
	}
	f.chunk(i, p, si)
	f.name(p, j, si, p)
	return true
}

// companyProduct decides whether the run is a listed company and its
// product ("Glintsoft Atlas", "Glintsoft Atlas Pro"), and if so records
// the company alone. A run that is itself listed, ends in an institution
// word or is a place is not split.
func (f *finder) companyProduct(i, j, si int) bool {
	if _, whole := f.lx.orgs[fold(f.words(i, j))]; whole || f.lx.orgWords[fold(f.word(j-1))] || f.isPlace(i, j) {
		return false
	}
	for p := j - 1; p > i; p-- {
		if _, ok := f.lx.orgs[fold(f.words(i, p))]; ok {
			f.name(i, p, si, i)
			return true
		}
	}
	return false
}

// twoNames decides whether two names run together, the second opening on
// a given name after an acronym, institution word or place ("RMSA Lena
// Ost"), and if so splits the run there.
func (f *finder) twoNames(i, j, si int) bool {
	for k := i + 1; k < j; k++ {
		if _, ok := f.lx.firstNames[f.word(k)]; !ok || k+1 >= j {
			continue
		}
		if prev := f.word(k - 1); isAcronym(prev) || f.lx.orgWords[fold(prev)] || f.isPlace(k-1, k) {
			f.chunk(i, k, si)
			f.chunk(k, j, si)
			return true
		}
	}
	return false
}

// roleWord reports whether a capitalised word names a role or party that
// can stand before a person's name: "Analyst", "Democrat".
func (f *finder) roleWord(w string) bool {
	l := strings.ToLower(w)
	return f.lx.anonWords[l] || f.lx.anonWords[strings.TrimSuffix(l, "s")] || partyMembers[w]
}

// partyMembers name a person by party: "Democrat Hillary Clinton".
var partyMembers = set("Democrat", "Republican", "Conservative", "Liberal", "Labour", "Socialist", "Independent", "Tory", "Green")

// personAt returns where a personal name of two or three words ends the run
// i..j-1, or -1. Shorter names are preferred. Strictly, the name must start
// with a given name or be labelled a person by prose; otherwise any run of
// proper nouns that names no institution or place will do.
func (f *finder) personAt(i, j int, strict bool) int {
	return f.personAtLevel(i, j, map[bool]int{true: 2, false: 0}[strict])
}

// personAtLevel is personAt with a choice of evidence: 2 wants a given
// name or a person labelled over both words, 1 any person label, 0 none.
func (f *finder) personAtLevel(i, j, level int) int {
	toks := f.d.Tokens
	for p := j - 2; p >= i && p >= j-3; p-- {
		ok := true
		for k := p; k < j; k++ {
			if f.lx.orgWords[fold(toks[k].Text)] || f.isPlace(k, k+1) || !isProper(toks[k].Tag) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		_, given := f.lx.firstNames[toks[p].Text]
		labelled := toks[p].Label() == "PERSON" && toks[p].Begin && toks[p+1].Label() == "PERSON" && !toks[p+1].Begin
		anyLabel := toks[p].Label() == "PERSON" || toks[p+1].Label() == "PERSON"
		if given || labelled || level == 1 && anyLabel || level == 0 {
			return p
		}
	}
	return -1
}

// title finds the longest title in tokens i..j-1 and returns its token
// range, or -1.
func (f *finder) title(i, j int) (int, int) {
	for k := i; k < j; k++ {
		for n := min(f.lx.maxTitle, j-k); n >= 1; n-- {
			if f.lx.titles[fold(f.words(k, k+n))] && !f.surnameTitle(i, k, n, j) {
				return k, k + n
			}
		}
	}
	return -1, -1
}

// surnameTitle reports whether the title of n words at token k, in the
// run i..j-1, is rather a surname: one word that ends the run after a
// given name ("Editor Martin Baron").
func (f *finder) surnameTitle(i, k, n, j int) bool {
	if n != 1 || k+1 != j || k == i {
		return false
	}
	_, given := f.lx.firstNames[f.word(k-1)]
	return given
}

// name records the name in tokens i..j-1; from is where its title starts.
func (f *finder) name(i, j, si, from int) {
	if f.notName(i, j) {
		return
	}
	m := f.namedMention(i, j, si, from)
	if !f.demonymActor(m) {
		f.demonymGroup(i, j, si)
		return
	}
	f.evidence(m)
	f.mentions = append(f.mentions, m)
	f.demonymGroup(i, j, si)
	if j-i >= 2 && f.hasOrgWord(i, j) {
		f.nestedPlaces(i, j, si)
	}
	f.acronymAfter(m, si)
}

// notName decides that tokens i..j-1, though capitalised, name no actor:
// a law or plan ("Clean Water Act", though "Ada Law" is a person), a
// vehicle, a lone word that is no name, or a title in quotation marks (a
// robot, film or book).
func (f *finder) notName(i, j int) bool {
	w := f.words(i, j)
	if j-i == 1 && f.surname(w) {
		return false // "Song" after "Lena Song": a person's surname
	}
	last := strings.TrimSuffix(f.word(j-1), ".")
	_, given := f.lx.firstNames[f.word(i)]
	_, listed := f.lx.orgs[fold(w)]
	if !listed && !(given && j-i <= 3) && (nonActorHeads[last] && j-i > 1 || nonActorHeads[w]) {
		return true
	}
	for k := i; k < j; k++ {
		if vehicleWords[f.word(k)] && !f.hasOf(i, k) {
			return true // but the "Association of Flight Attendants" is an actor
		}
	}
	if j-i == 1 && f.notOneWordName(w) && !(i > 0 && f.lx.honorifics[f.word(i-1)]) {
		return true // but "Mr. English" is a person
	}
	return f.quotedName(i, j)
}

// surname reports whether w is the last word of a person's name of two
// or three words met before: "Song" after "Lena Song".
func (f *finder) surname(w string) bool {
	if f.byLast == nil {
		f.byLast = map[string][]*mention{}
	}
	for ; f.indexed < len(f.mentions); f.indexed++ {
		m := f.mentions[f.indexed]
		last := f.word(m.lim - 1)
		f.byLast[last] = append(f.byLast[last], m)
	}
	for _, m := range f.byLast[w] {
		if m.kind != named || m.lim-m.first < 2 || m.lim-m.first > 3 {
			continue
		}
		if _, given := f.lx.firstNames[f.word(m.first)]; given || m.scores[tPerson] > 0 {
			return true
		}
	}
	return false
}

// notOneWordName decides that a name of one word, w, names no actor when
// it stands alone: "Government" or "Court"; "Website" where the text also
// writes "website"; a common acronym such as "PDF"; a Roman numeral; a
// label such as "UPDATE".
func (f *finder) notOneWordName(w string) bool {
	return genericOrgs[w] || notActors[w] ||
		f.lower[strings.ToLower(w)] && !f.listed(w) ||
		commonAcronyms[w] || romanNumeral(w) || labelWords[w]
}

// namedMention makes the mention of the name in tokens i..j-1, with its
// title from token from and a possessive after it in its span. A title
// makes it a person, and may give its gender.
func (f *finder) namedMention(i, j, si, from int) *mention {
	toks := f.d.Tokens
	s := f.d.Sentences[si]
	m := &mention{kind: named, first: i, lim: j, sent: si, para: s.Paragraph, weak: f.titleCase(si) || f.weak, initial: f.initial(i)}
	m.start, m.end = int(toks[from].Start), int(toks[j-1].End)
	m.name = f.text(i, j)
	if from < i {
		m.title = f.text(from, i)
		m.scores[tPerson] += 4
		m.gender = titleGender(f.words(from, i))
	}
	if j < s.Lim && (toks[j].Text == "'s" || toks[j].Text == "'") && toks[j].Tag == "POS" {
		m.end = int(toks[j].End)
	}
	return m
}

// demonymActor decides whether a one-word name that is a demonym names
// an actor. An adjective ("Freedonian") does not; a plural noun
// ("Freedonians") is a group, and it scores as one. Other names are
// actors here.
func (f *finder) demonymActor(m *mention) bool {
	if m.lim-m.first != 1 {
		return true
	}
	w := f.word(m.first)
	if _, ok := f.lx.demonyms[fold(w)]; !ok || m.title != "" || f.surname(w) {
		return true // not a demonym, or a surname: "Mr. English", "Ivo English"
	}
	if !strings.HasSuffix(w, "s") || f.d.Tokens[m.first].Tag == "JJ" {
		return false
	}
	m.scores[tGroup] += 5
	return true
}

// acronymAfter notes a parenthesised acronym right after the named
// mention m, as another name of its actor with the same scores:
// "Northern Rail Authority (NRA)".
func (f *finder) acronymAfter(m *mention, si int) {
	toks := f.d.Tokens
	s := f.d.Sentences[si]
	j := m.lim
	if j+2 >= s.Lim || toks[j].Text != "(" || toks[j+2].Text != ")" || !isAcronym(toks[j+1].Text) {
		return
	}
	if f.acronymOf == nil {
		f.acronymOf = map[*mention]*mention{}
	}
	a := &mention{kind: named, first: j + 1, lim: j + 2, sent: si, para: s.Paragraph, weak: f.titleCase(si)}
	a.start, a.end = int(toks[j+1].Start), int(toks[j+1].End)
	a.name = f.text(j+1, j+2)
	a.scores = m.scores
	f.acronymOf[m] = a
}

// nestedPlaces records the places named inside an institution's name:
// "Massachusetts" in "Massachusetts Institute of Technology".
func (f *finder) nestedPlaces(i, j, si int) {
	s := f.d.Sentences[si]
	for k := i; k < j; k++ {
		for n := min(j, k+3); n > k; n-- {
			p, ok := f.lx.places[fold(f.words(k, n))]
			if !ok || n-k == j-i || p.kind == "region" && n-k == 1 {
				continue
			}
			m := &mention{kind: named, first: k, lim: n, sent: si, para: s.Paragraph, weak: f.titleCase(si)}
			m.start, m.end = int(f.d.Tokens[k].Start), int(f.d.Tokens[n-1].End)
			m.name = f.text(k, n)
			m.scores[tLoc] = 6
			f.mentions = append(f.mentions, m)
			k = n - 1
			break
		}
	}
}

// demonymGroup records "UK government", "Afghan team", "Trump
// administration": a place, person or demonym followed by an institution
// noun.
func (f *finder) demonymGroup(i, j, si int) {
	toks := f.d.Tokens
	s := f.d.Sentences[si]
	if j >= s.Lim || !demonymHeads[toks[j].Text] {
		return
	}
	m := &mention{kind: named, first: i, lim: j + 1, sent: si, para: s.Paragraph, weak: f.titleCase(si)}
	m.start, m.end = int(toks[i].Start), int(toks[j].End)
	m.name = f.text(i, j+1)
	if _, ok := f.lx.demonyms[fold(f.words(i, j))]; ok && !f.isPlace(i, j) {
		// "the Afghan team" describes a group; it does not name one.
		m.kind = anonymous
		m.head = toks[j].Text
		m.mods = []string{fold(f.words(i, j))}
		m.plural = true
	}
	switch toks[j].Text {
	case "team", "delegation", "squad":
		m.scores[tGroup] += 5
	default:
		m.scores[tOrg] += 5
	}
	f.mentions = append(f.mentions, m)
}

// evidence scores a named mention's type from its words and context. The
// steps run in this order because later ones look at the scores that
// earlier ones gave.
func (f *finder) evidence(m *mention) {
	name := f.words(m.first, m.lim)
	f.listedEvidence(m, name)
	f.orgWordEvidence(m)
	f.shapeEvidence(m, name)
	labelEvidence(m, f.d.Tokens[m.first].Label())
	f.contextEvidence(m)
}

// listedEvidence scores a name found on the lists of organisations or
// places, and a longer name that holds a country without being a place:
// "Seed Bank Norway" is an organisation.
func (f *finder) listedEvidence(m *mention, name string) {
	lx := f.lx
	if _, ok := lx.orgs[fold(name)]; ok {
		m.scores[tOrg] += 6
	} else if _, ok := lx.places[fold(name)]; ok {
		m.scores[tLoc] += 6
	}
	if m.scores[tLoc] != 0 || m.lim-m.first < 2 {
		return
	}
	for k := m.first; k < m.lim; k++ {
		if p, ok := lx.places[fold(f.word(k))]; ok && p.kind == "country" {
			m.scores[tOrg] += 2
			return
		}
	}
}

// orgWordEvidence scores the words that make a name an organisation's:
// more when the name ends with one ("Harbour Authority") than when it
// holds one ("Authority for Harbours").
func (f *finder) orgWordEvidence(m *mention) {
	for k := m.first; k < m.lim; k++ {
		if !f.lx.orgWords[fold(f.word(k))] {
			continue
		}
		if k == m.lim-1 {
			m.scores[tOrg] += 5
		} else {
			m.scores[tOrg] += 2
		}
	}
}

// shapeEvidence scores what the name looks like: a place's last word
// ("Mill Street") when nothing says organisation, a given name at the
// front of two to four words ("Anna Brook", which also gives a gender), a
// lone acronym, or a name for a group of people ("Quakers").
func (f *finder) shapeEvidence(m *mention, name string) {
	toks := f.d.Tokens
	n := m.lim - m.first
	if placeHeads[toks[m.lim-1].Text] && n >= 2 && m.scores[tOrg] == 0 {
		m.scores[tLoc] += 5
	}
	if g, ok := f.lx.firstNames[toks[m.first].Text]; ok && n >= 2 && n <= 4 {
		m.scores[tPerson] += 3
		if g == 'm' || g == 'f' {
			m.gender = g
		}
	}
	if n == 1 && isAcronym(name) && m.scores[tLoc] == 0 {
		m.scores[tOrg] += 2
	}
	if groupNames[name] {
		m.scores[tGroup] += 5
	}
}

// labelEvidence adds one point for the entity label the tagger gave the
// name's first word. A one-word PERSON gets nothing: the tagger calls many
// one-word companies people.
func labelEvidence(m *mention, label string) {
	switch label {
	case "PERSON":
		if m.lim-m.first >= 2 {
			m.scores[tPerson]++
		}
	case "ORGANIZATION":
		m.scores[tOrg]++
	case "GPE":
		m.scores[tLoc]++
	}
}

// contextEvidence scores the words after the name, within its sentence
// and twelve tokens: "its" or ", which" make it an organisation, ", who"
// a person. The first of these decides.
func (f *finder) contextEvidence(m *mention) {
	toks := f.d.Tokens
	s := f.d.Sentences[m.sent]
	for k := m.lim; k < s.Lim && k < m.lim+12; k++ {
		w := strings.ToLower(toks[k].Text)
		afterComma := k == m.lim+1 && toks[m.lim].Text == ","
		if w == "its" || w == "which" && afterComma {
			m.scores[tOrg] += 2
			return
		}
		if w == "who" && afterComma {
			m.scores[tPerson] += 2
			return
		}
	}
}

// titleGender reads a gender from a title: "Mr", "Queen".
func titleGender(t string) byte {
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(t, ".", ""))) {
		switch w {
		case "mr", "sir", "king", "lord", "prince", "duke", "spokesman", "chairman", "father", "brother":
			return 'm'
		case "mrs", "ms", "miss", "dame", "queen", "lady", "princess", "duchess", "spokeswoman", "chairwoman", "sister", "mother":
			return 'f'
		}
	}
	return 0
}

// quantifiers open anonymous noun phrases.
var quantifiers = set("a", "an", "one", "two", "three", "four", "five", "several", "some", "multiple", "many", "numerous", "other", "various", "few", "dozens", "hundreds", "thousands")

// anonymous finds unnamed sources that speak or act in sentence si: "a
// senior UK official said", "US officials have warned", "according to
// police".
func (f *finder) anonymous(si int) {
	s := f.d.Sentences[si]
	for h := s.First; h < s.Lim; h++ {
		plural, ok := f.anonHead(h, s.Lim)
		if !ok {
			continue
		}
		a, det := f.anonStart(h, s.First)
		if f.owned(a, h, s.First) || !f.speaks(a, h, si) {
			continue
		}
		f.mentions = append(f.mentions, f.anonMention(a, h, si, det, plural))
	}
}

// anonHead reports whether token h, in a sentence ending before lim, can
// head an unnamed source: a common noun for a person ("a clerk") or, with
// plural set, for a group ("clerks"). A capitalised word counts only where
// a sentence or quotation opens, and a noun that modifies the next one
// does not count: "clerk rotas".
func (f *finder) anonHead(h, lim int) (plural, ok bool) {
	toks := f.d.Tokens
	t := toks[h]
	w := strings.ToLower(t.Text)
	plural = f.lx.groupWords[w]
	if !plural && !f.lx.anonWords[w] {
		return false, false
	}
	if !strings.HasPrefix(t.Tag, "NN") || nlp.IsCapitalized(t.Text) && !f.initial(h) {
		return false, false
	}
	if h+1 < lim && strings.HasPrefix(toks[h+1].Tag, "NN") && !isProper(toks[h+1].Tag) {
		return false, false
	}
	return plural, true
}

// demonstratives open an anonymous noun phrase that refers back to a
// source already met: "the clerk", "those clerks".
var demonstratives = set("the", "this", "that", "these", "those")

// opens reports whether the word w (lower case) is a quantifier or a
// demonstrative, which opens an unnamed source's phrase.
func opens(w string) bool { return quantifiers[w] || demonstratives[w] }

// anonStart finds the left edge of the noun phrase headed by token h, in
// a sentence opening at first, and the quantifier or demonstrative that
// opens it, if any: "two junior clerks", "the harbour's night clerk".
// Syntax's noun-phrase reader reads it with the Reach anonWords.
func (f *finder) anonStart(h, first int) (a int, det string) {
	a = f.syn.Left(h, first, anonWords{f})
	if a-1 >= first {
		if w := strings.ToLower(f.word(a - 1)); opens(w) {
			return a - 1, w
		}
	}
	return a, ""
}

// anonWords is the Reach of the words before an unnamed source's head,
// read leftward: words that premodify it, or nationalities ("Dutch"). It
// stops before a quantifier or demonstrative, which anonStart takes, and
// before a proper noun that names whom the source belongs to: "Acme
// clerks" are Acme's.
type anonWords struct{ f *finder }

// Holds reports whether token k stands in the phrase.
func (r anonWords) Holds(_ *syntax.Syntax, k int, _ syntax.Dir) bool {
	f := r.f
	w := f.word(k)
	if opens(strings.ToLower(w)) {
		return false
	}
	if f.premodifies(k, f.d.Sentences[f.d.Tokens[k].Sent].First) {
		return !f.namesOwner(k)
	}
	return f.isDemonym(w)
}

// Join takes no joins: the phrase ends at the first word it does not hold.
func (anonWords) Join(*syntax.Syntax, int, int, int, syntax.Dir) int { return 0 }

// premodifies reports whether token k, in a sentence opening at first,
// can stand between a determiner and an anonymous head by its tag: an
// adjective, a noun or a number ("senior", "harbour", "two"), a past
// participle that does not open the sentence ("retired"), or a present
// participle in lower case ("serving").
func (f *finder) premodifies(k, first int) bool {
	t := f.d.Tokens[k]
	switch t.Tag {
	case "JJ", "JJS", "NN", "NNP", "NNPS", "CD":
		return true
	case "VBN":
		return k > first
	case "VBG":
		return !nlp.IsCapitalized(t.Text)
	}
	return false
}

// namesOwner reports whether token k, a word before an anonymous head, is
// a proper noun naming whom the source belongs to, so the phrase stops
// before it: "Acme" in "Acme clerks". Places, acronyms, nationalities and
// a capitalised word at a sentence's start that is nowhere else
// capitalised and on no list describe the source instead: "Dutch clerks".
func (f *finder) namesOwner(k int) bool {
	w := f.word(k)
	if f.d.Tokens[k].Tag != "NNP" || f.isPlace(k, k+1) || isAcronym(w) {
		return false
	}
	if f.initial(k) && !f.listed(w) && !f.capsElsewhere[w] {
		return false
	}
	return !f.isDemonym(w)
}

// isDemonym reports whether w names a nationality: "Dutch", "Kenyan".
func (f *finder) isDemonym(w string) bool {
	_, ok := f.lx.demonyms[fold(w)]
	return ok
}

// owned reports whether the noun phrase a..h, in a sentence opening at
// first, belongs to someone named: "the mayor's clerks", "her clerks".
// Such a source is not anonymous.
func (f *finder) owned(a, h, first int) bool {
	toks := f.d.Tokens
	if a < h && toks[a].Tag == "POS" {
		return true
	}
	return a > first && (toks[a-1].Tag == "POS" || toks[a-1].Tag == "PRP$")
}

// anonMention makes the mention of the unnamed source a..h in sentence
// si, opened by det. After a demonstrative it is anaphoric and named
// without it ("clerk" for "the clerk"). Its modifiers are the words before
// the head other than numbers, quantifiers and "the". A single source is
// scored as a person, with the gender its head word gives ("chairwoman");
// a plural one as a group.
func (f *finder) anonMention(a, h, si int, det string, plural bool) *mention {
	toks := f.d.Tokens
	s := f.d.Sentences[si]
	w := strings.ToLower(toks[h].Text)
	m := &mention{kind: anonymous, first: a, lim: h + 1, sent: si, para: s.Paragraph, weak: f.titleCase(si)}
	m.start, m.end = int(toks[a].Start), int(toks[h].End)
	m.name = f.text(a, f.qualified(h, s.Lim))
	m.head = w
	m.plural = plural
	m.anaphoric = demonstratives[det]
	if m.anaphoric {
		m.name = f.text(a+1, f.qualified(h, s.Lim))
	}
	for k := a; k < h; k++ {
		kw := strings.ToLower(toks[k].Text)
		if !quantifiers[kw] && kw != "the" && toks[k].Tag != "CD" {
			m.mods = append(m.mods, fold(kw))
		}
	}
	if plural {
		m.scores[tGroup] += 5
	} else {
		m.scores[tPerson] += 5
		m.gender = titleGender(w)
	}
	return m
}

// speaks reports whether the noun phrase a..h in sentence si speaks or
// acts: it follows "according to" or a verb of speech, is followed by
// "familiar" or "close", or is the subject of a finite verb, perhaps
// across a relative clause, an "of" or place phrase, an aside and adverbs
// ("Clerks in Port Elsworth, however, quickly said").
func (f *finder) speaks(a, h, si int) bool {
	s := f.d.Sentences[si]
	if f.sourceAfterCue(a, s.First) {
		return true
	}
	k := h + 1
	if k < s.Lim && (f.word(k) == "familiar" || f.word(k) == "close") {
		return true // "clerks familiar with", "a source close to"
	}
	k = f.syn.SkipRight(k, h, s.Lim)
	return k < s.Lim && syntax.Finite(f.d.Tokens[k].Tag) // "said", "says", "will"
}

// saysBefore are the verbs of speech that a source follows: "said a
// clerk". "told" is not one: the words after it are the hearers.
var saysBefore = set("said", "says", "added", "explained", "warned", "noted", "wrote")

// sourceAfterCue reports whether the phrase starting at token a, in a
// sentence opening at first, follows "according to" or a verb of speech:
// "according to clerks", "wrote a clerk".
func (f *finder) sourceAfterCue(a, first int) bool {
	if a-2 >= first && strings.EqualFold(f.word(a-2), "according") && f.word(a-1) == "to" {
		return true
	}
	return a-1 >= first && saysBefore[strings.ToLower(f.word(a-1))]
}

// listsPlaces reports whether the tokens from k go on with a list of
// places: "and Tasmania", ", Queensland".
func (f *finder) listsPlaces(k int) bool {
	toks := f.d.Tokens
	if k >= len(toks) || toks[k].Sent != toks[k-1].Sent {
		return false
	}
	switch toks[k].Text {
	case "and", "or":
		return true
	case ",":
		return k+1 < len(toks) && (f.isPlace(k+1, k+2) || f.isPlace(k+1, min(k+3, len(toks))))
	}
	return false
}

// joinPlaces folds "Clearwater, Florida" into one mention of the city,
// named with its state or country, and keeps the state's own mention.
func (f *finder) joinPlaces() {
	ms := f.mentions
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.kind != named || b.kind != named || a.sent != b.sent || a.title != "" || b.lim-b.first > 3 {
			continue
		}
		if a.lim+1 != b.first || f.word(a.lim) != "," || f.dateline(a) {
			continue // a dateline's state is its own mention
		}
		p, ok := f.lx.places[fold(f.words(b.first, b.lim))]
		if !ok || p.kind != "state" && p.kind != "country" {
			continue
		}
		if a.scores[tPerson] > 0 || a.scores[tOrg] > 0 || a.end != int(f.d.Tokens[a.lim-1].End) {
			continue
		}
		if ap, ok := f.lx.places[fold(f.words(a.first, a.lim))]; ok && (ap.kind == "country" || ap.kind == "state") {
			continue // "Paris, France, and Germany" lists places
		}
		if f.listsPlaces(b.lim) {
			continue // "Victoria, South Australia and Tasmania" lists places
		}
		a.short = a.name
		a.name = f.text(a.first, b.lim)
		a.end = b.end
		a.scores[tLoc] += 6
	}
}
