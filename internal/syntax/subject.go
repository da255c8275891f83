package syntax

// This file holds the one subject reader. It reads what stands before a
// verb as its subject (a phrase, the antecedent of a relative pronoun,
// or the candidates around an apposition) and what stands after an
// inverted verb of speech ("said Ann Bell"). Parse reads every verb
// group's subject by tags (Verb.Subject); package claims asks with the
// tokens that name actors (SubjectLeft, SubjectRight), and package actors
// says which actor the phrase read names.

// Subject is the subject of a verb: of a verb group (Verb.Subject) or of
// a verb of speech (SubjectLeft).
type Subject struct {
	// Phrase is the subject when it stands right before the verb (adverbs
	// and a parenthesis aside), or the antecedent of the relative pronoun
	// that does (Relative).
	Phrase
	// Relative is the token of the relative pronoun ("who", "which",
	// "that") that stands for Phrase before the verb: "Ann Bell, who
	// said". 0 when there is none: a relative pronoun follows its
	// antecedent, so it never stands first.
	Relative int32
	// Inherit says that the group is coordinated with the one before it
	// ("and challenged", ", then rose") and shares its subject.
	Inherit bool
	// Parted says that a comma stands right before the group: a name may
	// be parted from its verb by an apposition ("The Dow, a stock index,
	// fell"), a relative clause ("Acme, which was founded in 1990, bought")
	// or an adverb ("The FTSE, oddly, gained"). Which phrase is the
	// subject depends on what the phrases name, so the candidates are
	// kept: Opening, the phrase that opens the sentence and ends at the
	// comma; Held, the phrase before the comma that opens the stretch
	// (when the stretch holds no tensed verb but one after "which" or
	// "who"); and Apposition, the phrase filling that stretch.
	Parted                    bool
	Opening, Held, Apposition Phrase
	// Comma is the token of the comma that parts the subject from its
	// verb, when Parted.
	Comma int32
	// Asides are, when names are given (SubjectLeft), the phrases that
	// fill the pieces between the commas before the verb, leftmost first,
	// within 40 tokens: "Its lawyer" and "Ann Bell" in "Its lawyer, Ann
	// Bell, said".
	Asides []Phrase
}

// subject finds the subject of group g, looking left no further than the
// sentence's first token.
func (s *Syntax) subject(g *Verb, first int) Subject {
	return s.subjectLeft(g.First, first, g.Lo > first, nil)
}

// SubjectLeft reads the subject of the verb at token v, to its left and
// no further than token lo, as a speaker is read: past what SkipLeft
// skips, a phrase read by SpeakerLeft, the antecedent of a relative
// pronoun, or, past a comma, the candidates Parted keeps. n says which
// tokens name an actor.
func (s *Syntax) SubjectLeft(v, lo int, n Names) Subject {
	return s.subjectLeft(v, lo, false, n)
}

// subjectLeft is the subject reader: by tags when n is nil (verb groups,
// whose subject may be shared with the group before when coordinated),
// else by names.
func (s *Syntax) subjectLeft(v, lo int, coordinated bool, n Names) Subject {
	t := s.Doc.Tokens
	k := s.skipLeft(v-1, lo)
	if n != nil && k-1 >= lo && (s.Items[k].Lower == "all" || s.Items[k].Lower == "both") && (t[k-1].Text == ")" || n.Named(k-1)) {
		k = s.skipLeft(k-1, lo) // "Ann Bell (D-Ohio) and Tom Ruiz both said"
	}
	if k < lo {
		return Subject{}
	}
	switch {
	case coordinated && t[k].Tag == "CC":
		return Subject{Inherit: true}
	case s.relative(k, n):
		return s.antecedent(k, lo, n)
	case t[k].Text == ",":
		if coordinated && k+1 < v && sequel[s.Items[k+1].Lower] {
			// "The index dipped, then rose": an adverb of sequence after
			// the comma joins the verb to the one before it.
			return Subject{Inherit: true}
		}
		return s.Parted(k, lo, n)
	}
	p := s.alone(k, lo, n)
	if n != nil {
		p = s.listLeft(p, lo, n)
	}
	return Subject{Phrase: p}
}

// listLeft widens a phrase that joins names with "and" leftward over
// the names listed before it, each a name alone after a comma: "Ivo
// Marsh, Lena Holt and Dan Ruiz said" is read whole, not from "Lena",
// and so is a list whose names carry a parenthesis ("Ivo Marsh (D-Ohio),
// Lena Holt (R-Utah) and Dan Ruiz said"). Places are no part of a list
// of speakers ("In Ohio, Holt and Ruiz said").
func (s *Syntax) listLeft(p Phrase, lo int, n Names) Phrase {
	t := s.Doc.Tokens
	if !p.OK {
		return p
	}
	// "Ann Bell (D-Ohio) and Tom Ruiz (R-Utah) said": a name's
	// parenthesis keeps the names apart.
	if a := int(p.A); a-2 >= lo && t[a-1].Text == "and" && t[a-2].Text == ")" && s.namesOnly(a, int(p.B), n) {
		if b := s.skipParens(a-2, lo); b < a-2 {
			if q := s.SpeakerLeft(b, lo, n); q.OK && s.namesOnly(int(q.A), int(q.B), n) {
				p.A = q.A
			}
		}
	}
	if !s.joins(int(p.A), int(p.B)) {
		return p
	}
	for a := int(p.A); a-2 >= lo && t[a-1].Text == ","; a = int(p.A) {
		q := s.SpeakerLeft(s.skipParens(a-2, lo), lo, n)
		if !q.OK || !s.namesOnly(int(q.A), int(q.B), n) {
			break
		}
		if b := int(q.A) - 1; b >= lo && t[b].Text != "," {
			break
		}
		p.A = q.A
	}
	return p
}

// joins reports whether tokens [a, b] join names with "and" between two
// named tokens.
func (s *Syntax) joins(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if s.Doc.Tokens[i].Text == "and" && s.Items[i-1].Lower != "," {
			return true
		}
	}
	return false
}

// namesOnly reports whether every token of [a, b] names an actor that is
// no place.
func (s *Syntax) namesOnly(a, b int, n Names) bool {
	for i := a; i <= b; i++ {
		if !n.Named(i) || n.Place(i) {
			return false
		}
	}
	return true
}

// skipLeft steps left from token k over what stands between a subject
// and its verb: adverbs, then what SkipLeft skips.
func (s *Syntax) skipLeft(k, lo int) int {
	for k >= lo && s.Is(k, Adverb) {
		k--
	}
	return s.SkipLeft(k, lo)
}

// relative reports whether token k is a relative pronoun that stands for
// the subject: by tags any WP or WDT ("which", "who", "what"), by names
// one of "who", "which", "that" (Relative) in lower case ("WHO said" is
// the World Health Organization's).
func (s *Syntax) relative(k int, n Names) bool {
	if n != nil {
		return s.Is(k, Relative) && !s.Is(k, Capital)
	}
	tag := s.Doc.Tokens[k].Tag
	return tag == "WDT" || tag == "WP"
}

// antecedent reads the phrase that the relative pronoun at token k
// stands for: "Ann Bell, who", "the Dow Jones (DJIA), which".
func (s *Syntax) antecedent(k, lo int, n Names) Subject {
	m := k - 1
	if m >= lo && s.Doc.Tokens[m].Text == "," {
		m--
	}
	m = s.skipParens(m, lo)
	if m < lo {
		return Subject{} // "Which fell?": nothing before the relative
	}
	return Subject{Phrase: s.alone(m, lo, n), Relative: int32(k)}
}

// alone reads the phrase that ends at token k: a personal pronoun stands
// alone (in "she left the mill and she opened a bakery" the
// subject is "she", not "the mill and she"); any other phrase is read
// by tags or by names.
func (s *Syntax) alone(k, lo int, n Names) Phrase {
	if s.Doc.Tokens[k].Tag == "PRP" {
		return single(k)
	}
	return s.phraseLeft(k, lo, n)
}

// single is the phrase of token k alone: a personal pronoun.
func single(k int) Phrase { return Phrase{A: int32(k), B: int32(k), Head: int32(k), OK: true} }

// phraseLeft reads the phrase that ends at token k by tags (PhraseLeft)
// or by names (SpeakerLeft).
func (s *Syntax) phraseLeft(k, lo int, n Names) Phrase {
	if n == nil {
		return s.PhraseLeft(k, lo)
	}
	return s.SpeakerLeft(k, lo, n)
}

// sequel holds the adverbs that, after a comma, join a verb to the one
// before it: "dipped, then rose".
var sequel = set("then", "later", "subsequently", "eventually", "finally")

// Parted reads the candidate subjects of a verb that follows the comma at
// token k, no further left than lo (see Subject.Parted), by tags when n
// is nil, else by names, with the Asides.
func (s *Syntax) Parted(k, lo int, n Names) Subject {
	t := s.Doc.Tokens
	sub := Subject{Parted: true, Comma: int32(k)}
	if n != nil {
		sub.Asides = s.asides(k, lo, n)
	}
	if p := s.phraseLeft(k-1, lo, n); p.OK && int(p.A) == lo {
		sub.Opening = p
	}
	c := k - 1
	for c > lo && t[c].Text != "," {
		c--
	}
	if c <= lo || c == k-1 {
		return sub
	}
	relative := false
	for i := c + 1; i < k; i++ {
		switch {
		case s.relative(i, nil):
			relative = true
		case Finite(t[i].Tag):
			// A past tense right after a noun and before a preposition
			// is a participle the tagger missed: "an index used to".
			participle := t[i].Tag == "VBD" && len(t[i-1].Tag) >= 2 && t[i-1].Tag[:2] == "NN" && (t[i+1].Tag == "IN" || t[i+1].Tag == "TO")
			if !relative && !participle {
				return sub
			}
		}
		if s.Is(i, Quote) {
			return sub
		}
	}
	sub.Held = s.phraseLeft(c-1, lo, n)
	if !sub.Held.OK {
		return sub
	}
	if app := s.PhraseRight(c+1, k); app.OK && int(app.B) == k-1 {
		sub.Apposition = app
	}
	return sub
}

// asides returns the phrases, read by names, that fill the pieces of the
// tokens before the comma at token k (Pieces).
func (s *Syntax) asides(k, lo int, n Names) []Phrase {
	pieces, _ := s.Pieces(k, lo)
	var out []Phrase
	for _, p := range pieces {
		if p[1] <= p[0] {
			continue
		}
		// A parenthesis after a name stays out of the phrase: "Sen. Ann
		// Bell (R-Ohio), another incumbent, said".
		if ph := s.SpeakerLeft(s.skipParens(p[1]-1, p[0]), p[0], n); ph.OK && int(ph.A) == p[0] {
			out = append(out, ph)
		}
	}
	return out
}

// SpeakerLeft reads the phrase that ends at token j, no further left
// than lo, as it names a speaker: a personal pronoun alone, else what
// NameLeft reads. The zero Phrase when token j cannot end one.
func (s *Syntax) SpeakerLeft(j, lo int, n Names) Phrase {
	if j < lo {
		return Phrase{}
	}
	if s.Doc.Tokens[j].Tag == "PRP" {
		return single(j)
	}
	k := s.NameLeft(j, lo, n)
	if k < 0 {
		return Phrase{}
	}
	return Phrase{A: int32(k), B: int32(j), Head: int32(s.Head(k, j)), OK: true}
}

// SubjectRight reads the subject after an inverted verb of speech, from
// token i on and before lim: "said Ann Bell", "said a spokesman for the
// council". Words Between are skipped first. The phrase is read by
// NameRight, and is a subject only when it ends the clause: ClauseEnd,
// "who", "in", "on" or a tensed verb follows it, past a parenthesis after
// a name ("said Rep. Ann Bell (D-Ohio), who ..."). A personal pronoun
// stands alone and must end the clause. The zero Phrase when none.
func (s *Syntax) SubjectRight(i, lim int, n Names) Phrase {
	t := s.Doc.Tokens
	for i < lim && s.Is(i, Between) {
		i++
	}
	if i >= lim {
		return Phrase{}
	}
	p := s.SpeakerRight(i, lim, n)
	if !p.OK {
		return Phrase{}
	}
	j := int(p.B) + 1
	if t[i].Tag == "PRP" {
		if j < lim && !s.Is(j, ClauseEnd) {
			return Phrase{}
		}
		return p
	}
	after := j
	if j < lim && t[j].Text == "(" && n.Named(j-1) {
		m := j + 1
		for m < lim && t[m].Text != ")" && m-j < 8 {
			m++
		}
		if m < lim && t[m].Text == ")" {
			after = m + 1
		}
	}
	if after < lim && !s.endsSubject(after) {
		return Phrase{}
	}
	return p
}

// SpeakerRight reads the phrase that starts at token i, before lim, as it
// names a speaker: a personal pronoun alone, else what NameRight reads.
// The zero Phrase when token i cannot start one.
func (s *Syntax) SpeakerRight(i, lim int, n Names) Phrase {
	if i >= lim {
		return Phrase{}
	}
	if s.Doc.Tokens[i].Tag == "PRP" {
		return single(i)
	}
	j := s.NameRight(i, lim, n)
	if j == i {
		return Phrase{}
	}
	return Phrase{A: int32(i), B: int32(j - 1), Head: int32(s.Head(i, j-1)), OK: true}
}

// endsSubject reports whether token k may follow an inverted subject:
// the end of a clause, "who", "in", "on", or a tensed verb ("said Ann
// Bell on Friday").
func (s *Syntax) endsSubject(k int) bool {
	switch s.Doc.Tokens[k].Text {
	case "who", "in", "on":
		return true
	}
	tag := s.Doc.Tokens[k].Tag
	return s.Is(k, ClauseEnd) || tag == "VBD" || tag == "VBZ"
}

// skipParens steps back over a parenthesis that ends at token k, no
// further left than first: "the Dow Jones (DJIA), which fell". It returns
// the token before the parenthesis, or k.
func (s *Syntax) skipParens(k, first int) int {
	t := s.Doc.Tokens
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

// Pieces splits the tokens [lo, j) at their commas, looking back at most
// 40 tokens from j: "X, a doctor, said" has the pieces "X" and "a
// doctor". It returns the pieces, leftmost first, as [start, end)
// pairs, and the commas, nearest first.
func (s *Syntax) Pieces(j, lo int) (pieces [][2]int, commas []int) {
	for m := j - 1; m >= lo && j-m < 40; m-- {
		if s.Doc.Tokens[m].Text == "," {
			commas = append(commas, m)
		}
	}
	start := lo
	for k := len(commas) - 1; k >= 0; k-- {
		pieces = append(pieces, [2]int{start, commas[k]})
		start = commas[k] + 1
	}
	pieces = append(pieces, [2]int{start, j})
	return pieces, commas
}

// Controller reads who does the verb at token c when "to" stands right
// before it, an infinitive with no subject of its own, no further left
// than lo. When a phrase that names an actor, no place, stands right
// before "to" as the object of a verb, it is that phrase ("pressed Ann
// Bell to admit", "urged them to say"); else,
// past adverbs, particles and words of time, the verb or adjective that
// governs the infinitive, whose subject is the infinitive's ("Bell is
// quick to add", "Bell went on to say", "leaders gathered Friday to
// discuss"): v is that token, to read a subject left of, and obj is the
// zero Phrase. v is -1 and obj the zero Phrase when there is neither.
func (s *Syntax) Controller(c, lo int, n Names) (obj Phrase, v int) {
	t := s.Doc.Tokens
	k := c - 1
	if k-1 < lo || t[k].Tag != "TO" || s.Items[k].Lower != "to" {
		return Phrase{}, -1
	}
	j := k - 1
	for j >= lo && !s.Is(j, Verbal) && (s.Is(j, Adverb) || s.Is(j, Particle) || s.Is(j, Between) || s.Items[j].Lower == "on" && j > lo && s.Is(j-1, Verbal)) {
		j-- // "went on to say"
	}
	if j >= lo && t[j].Text == "," {
		// "forced Ann Bell, who chairs the bank, to admit": the phrase
		// before the relative clause.
		for m := j - 1; m-1 > lo && j-m < 30 && t[m].Text != ","; m-- {
			if s.Is(m, Relative) && t[m-1].Text == "," {
				j = m - 2
				break
			}
		}
	}
	switch {
	case j < lo:
		return Phrase{}, -1
	case t[j].Tag == "PRP" || n.Named(j) && !n.Place(j):
		// The object of a verb: "pressed Ann Bell to", not "took to
		// Twitter to" nor "flew to Ohio to".
		if p := s.SpeakerLeft(j, lo, n); p.OK && int(p.A)-1 >= lo && s.Is(int(p.A)-1, Verbal) {
			return p, -1
		}
	case (s.Is(j, Verbal) || t[j].Tag == "JJ") && !n.Named(j):
		return Phrase{}, j
	}
	return Phrase{}, -1
}
