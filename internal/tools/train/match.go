package main

import (
	"strings"
	"unicode"

	"github.com/extract-news/extract/internal/record"
)

// This file labels a record's items against gold the way the project's
// scorer (../shared/eval/score) matches them; see its README. It must
// follow the scorer when the scorer changes.

type goldActor struct {
	Name      string   `yaml:"name"`
	Type      string   `yaml:"type"`
	Aliases   []string `yaml:"aliases"`
	Anonymous bool     `yaml:"anonymous"`
}

type goldClaim struct {
	Speaker     *string `yaml:"speaker"`
	SpeakerSpan []int   `yaml:"speaker_span"`
	Text        string  `yaml:"text"`
	Cue         string  `yaml:"cue"`
	Optional    bool    `yaml:"optional"`
}

type goldEvent struct {
	Action       string   `yaml:"action"`
	Agent        string   `yaml:"agent"`
	Span         []int    `yaml:"span"`
	Participants []string `yaml:"participants"`
}

type goldPosition struct {
	Actor  string `yaml:"actor"`
	Stance string `yaml:"stance"`
	Target string `yaml:"target"`
}

type gold struct {
	Article   string          `yaml:"article"`
	Source    string          `yaml:"source"`
	Split     string          `yaml:"split"`
	Partial   []string        `yaml:"partial"`
	Lenient   bool            `yaml:"lenient_names"`
	NamedOnly bool            `yaml:"named_only"`
	Actors    *[]goldActor    `yaml:"actors"`
	Claims    *[]goldClaim    `yaml:"claims"`
	Events    *[]goldEvent    `yaml:"events"`
	Positions *[]goldPosition `yaml:"positions"`
}

func (g *gold) partial(section string) bool {
	for _, p := range g.Partial {
		if p == section {
			return true
		}
	}
	return false
}

// Labels of one kind of item: right, or (skip) neither right nor wrong.
type labels struct {
	ok, skip []bool
}

// newLabels returns the labels of n items, none yet matched or skipped.
func newLabels(n int) labels {
	return labels{ok: make([]bool, n), skip: make([]bool, n)}
}

var leading = []string{"the ", "a ", "an ", "one ", "two ", "three ", "several ", "some "}

func norm(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", " ", "–", " ").Replace(s)
	s = strings.TrimSuffix(strings.TrimSpace(s), "'s")
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r), r == '-', r == '\'':
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	s = strings.Join(strings.Fields(b.String()), " ")
	for again := true; again; {
		again = false
		for _, l := range leading {
			if strings.HasPrefix(s, l) {
				s, again = s[len(l):], true
			}
		}
	}
	return strings.Trim(s, "-'")
}

func words(s string) []string { return strings.Fields(norm(s)) }

func jaccard(a, b []string) float64 {
	set := map[string]int{}
	for _, w := range a {
		set[w] |= 1
	}
	for _, w := range b {
		set[w] |= 2
	}
	both := 0
	for _, v := range set {
		if v == 3 {
			both++
		}
	}
	if len(set) == 0 {
		return 0
	}
	return float64(both) / float64(len(set))
}

func tokenF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	common := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	p, r := float64(common)/float64(len(b)), float64(common)/float64(len(a))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func sameHead(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	return strings.TrimSuffix(fa[len(fa)-1], "s") == strings.TrimSuffix(fb[len(fb)-1], "s")
}

func wordSuffix(short, long string) bool {
	return short != "" && (long == short || strings.HasSuffix(long, " "+short))
}

func sameActor(gold, sys []string, anonymous, lenient bool) bool {
	for _, g := range gold {
		ng := norm(g)
		if ng == "" {
			continue
		}
		for _, s := range sys {
			ns := norm(s)
			if ns == ng || lenient && (wordSuffix(ns, ng) || wordSuffix(ng, ns)) {
				return true
			}
			if anonymous && jaccard(strings.Fields(ng), strings.Fields(ns)) >= 0.5 && sameHead(ng, ns) {
				return true
			}
		}
	}
	return false
}

func overlaps(a []int, b record.Span) bool {
	return len(a) == 2 && a[0] < b[1] && b[0] < a[1]
}

type matcher struct {
	g     *gold
	r     *record.Record
	names map[string][]string
	anon  map[string]bool
	spans map[string][]record.Span
}

func newMatcher(g *gold, r *record.Record) *matcher {
	m := &matcher{g: g, r: r, names: map[string][]string{}, anon: map[string]bool{}, spans: map[string][]record.Span{}}
	for _, a := range r.Actors {
		m.names[a.ID] = append([]string{a.Name}, a.Aliases...)
		m.anon[a.ID] = a.Anonymous
		m.spans[a.ID] = a.Spans
	}
	return m
}

func (m *matcher) goldIdentity(name string) ([]string, bool) {
	n := norm(name)
	if m.g.Actors != nil {
		for _, a := range *m.g.Actors {
			names := append([]string{a.Name}, a.Aliases...)
			for _, y := range names {
				if norm(y) == n {
					return names, a.Anonymous
				}
			}
		}
	}
	return []string{name}, false
}

func (m *matcher) isActor(name string, span []int, id *string) bool {
	if id == nil || *id == "" {
		return false
	}
	for _, s := range m.spans[*id] {
		if overlaps(span, s) {
			return true
		}
	}
	names, anon := m.goldIdentity(name)
	return sameActor(names, m.names[*id], anon || m.anon[*id], m.g.Lenient)
}

// actors labels the record's actors (one to one, in gold order).
func (m *matcher) actors() labels {
	l := newLabels(len(m.r.Actors))
	for _, ga := range *m.g.Actors {
		names := append([]string{ga.Name}, ga.Aliases...)
		for j, sa := range m.r.Actors {
			if l.ok[j] || m.g.NamedOnly && sa.Anonymous {
				continue
			}
			if sameActor(names, m.names[sa.ID], ga.Anonymous || sa.Anonymous, m.g.Lenient) {
				l.ok[j] = true
				break
			}
		}
	}
	for j, sa := range m.r.Actors {
		l.skip[j] = m.g.NamedOnly && sa.Anonymous
	}
	return l
}

// claims labels claims right when text and speaker both match; claims that
// match an optional gold claim are skipped.
func (m *matcher) claims() labels {
	n := len(m.r.Claims)
	used := make([]bool, n)
	l := newLabels(n)
	for _, gc := range *m.g.Claims {
		if gc.Optional {
			continue
		}
		best, bestF := -1, 0.5
		for j, sc := range m.r.Claims {
			if used[j] {
				continue
			}
			if f := tokenF1(words(gc.Text), words(sc.Text)); f >= bestF {
				best, bestF = j, f
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		sys := m.r.Claims[best].Speaker
		if gc.Speaker == nil || *gc.Speaker == "" {
			l.ok[best] = sys == nil || *sys == ""
		} else {
			l.ok[best] = m.isActor(*gc.Speaker, gc.SpeakerSpan, sys)
		}
	}
	for _, gc := range *m.g.Claims {
		if !gc.Optional {
			continue
		}
		for j, sc := range m.r.Claims {
			if !used[j] && !l.skip[j] && tokenF1(words(gc.Text), words(sc.Text)) >= 0.5 {
				l.skip[j] = true
				break
			}
		}
	}
	return l
}

func (m *matcher) anyOf(names []string, ids ...*string) bool {
	for _, n := range names {
		for _, id := range ids {
			if m.isActor(n, nil, id) {
				return true
			}
		}
	}
	return false
}

func (m *matcher) events() labels {
	l := newLabels(len(m.r.Events))
	for _, ge := range *m.g.Events {
		alts := strings.Split(strings.ToLower(ge.Action), "|")
		for j, se := range m.r.Events {
			if l.ok[j] {
				continue
			}
			if ge.Span != nil {
				if !overlaps(ge.Span, se.ActionSpan) {
					continue
				}
				if len(ge.Participants) > 0 && !m.anyOf(ge.Participants, se.Agent, se.PatientActor) {
					continue
				}
			} else {
				if !contains(alts, strings.ToLower(strings.TrimSpace(se.Action))) {
					continue
				}
				if ge.Agent != "" && !m.isActor(ge.Agent, nil, se.Agent) {
					continue
				}
			}
			l.ok[j] = true
			break
		}
	}
	return l
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if strings.TrimSpace(y) == x {
			return true
		}
	}
	return false
}

func (m *matcher) positions() labels {
	l := newLabels(len(m.r.Positions))
	for _, gp := range *m.g.Positions {
		for j, sp := range m.r.Positions {
			id := sp.Actor
			if l.ok[j] || sp.Stance != gp.Stance || !m.isActor(gp.Actor, nil, &id) {
				continue
			}
			l.ok[j] = true
			break
		}
	}
	return l
}
