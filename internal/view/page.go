package view

import (
	"bufio"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/record"
)

//go:embed assets
var assets embed.FS

// kit is what every page is made with: the templates, and the style and
// script, which are ours and so go in as trusted CSS and JS. Everything from
// the article and the record goes through the templates' escaping.
type kit struct {
	templates  *template.Template
	style      template.CSS
	indexStyle template.CSS
	script     template.JS
	scriptHash string // lets the page's script, and no other, run
}

// pageKit parses the templates and reads the assets once, the first time a
// page is made, so that runs that make none do not pay for it. The assets
// are embedded at build time, and the tests parse them: they cannot fail.
var pageKit = sync.OnceValue(func() kit {
	k := kit{
		templates:  template.Must(template.New("").ParseFS(assets, "assets/*.tmpl")),
		style:      template.CSS(compactCSS(mustRead("assets/page.css"))),
		indexStyle: template.CSS(compactCSS(mustRead("assets/index.css"))),
		script:     template.JS(compact(mustRead("assets/page.js"))),
	}
	sum := sha256.Sum256([]byte(k.script))
	k.scriptHash = "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	return k
})

// compact drops the comments and indentation of our CSS and JS, which a
// page carries in every copy: the lines of /* */ comments (CSS) and of //
// comments (JS), and the white space around each line. Line breaks stay,
// so the script means the same.
func compact(s string) string {
	var b strings.Builder
	comment := false
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		switch {
		case comment:
			comment = !strings.HasSuffix(line, "*/")
			continue
		case strings.HasPrefix(line, "/*"):
			comment = !strings.HasSuffix(line, "*/")
			continue
		case line == "", strings.HasPrefix(line, "//"):
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// compactCSS compacts CSS as compact does, and drops the spaces after
// colons, semicolons and commas and around braces, which our CSS holds
// nowhere that they count (no string or selector of it has ": " or ", ").
func compactCSS(s string) string {
	return strings.NewReplacer(": ", ":", "; ", ";", ", ", ",", " {", "{", "{ ", "{", " }", "}").Replace(compact(s))
}

func mustRead(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot fail
	}
	return string(b)
}

// Page writes the page of record r to w. input is the article as it was
// read; the record's spans index r.Text when the input was a page, and
// input otherwise.
func Page(w io.Writer, r record.Record, input []byte) error {
	text := r.Text
	if text == "" {
		text = string(input)
	}
	bw := bufio.NewWriter(w)
	if err := pageKit().templates.ExecuteTemplate(bw, "page.tmpl", newPage(r, text)); err != nil {
		return err
	}
	return bw.Flush()
}

// The model the page template reads.
type page struct {
	R          record.Record
	Headline   string // the title, when the text has no headline of its own
	Original   string // the page's URL, when it is a web address
	Body       []*node
	Actors     []actorItem
	Said       []speaker // the claims, by speaker
	Events     []eventItem
	Positions  []positionItem
	Types      []actorType // the actors of each type, for their mentions' colour
	Low        int         // items that are guesses
	Style      template.CSS
	Script     template.JS
	ScriptHash string // the script's, for the page's content security policy

	names map[string]string // actor names by id
}

// Name is the name of the actor with id.
func (p *page) Name(id string) string { return p.names[id] }

// typeColour is the colour page.css gives actors of type t.
func typeColour(t string) template.CSS {
	switch t {
	case record.Person, record.Organization, record.Location, record.Group:
		return template.CSS("var(--" + t + ")")
	}
	return "var(--muted)"
}

type actorItem struct {
	record.Actor
	Titles, Aliases string // each list, joined
	Conf            string
	Low             bool
	Claims          int
	Sp              int // speaker colour; -1 for an actor who says nothing
}

// An actorType is the actors of one type and its colour.
type actorType struct {
	Colour template.CSS
	IDs    []string
}

// A speaker is one actor's claims, or ("" ID) the claims of no one.
type speaker struct {
	ID, Name string
	Sp       int
	Claims   []claimItem
}

type claimItem struct {
	record.Claim
	SpeakerID string
	Short     string // the text, cut to a line
	Conf      string
	Low       bool
}

type eventItem struct {
	record.Event
	AgentName, PatientName, PlaceName string
	Conf                              string
	Low                               bool
}

type positionItem struct {
	record.Position
	Who, TargetName string
	Sp              int
	Evidence        []evidence
	Conf            string
	Low             bool
}

type evidence struct{ ID, Label string }

// palette is how many speaker colours page.css defines (s0 …).
const palette = 12

func newPage(r record.Record, text string) *page {
	k := pageKit()
	p := &page{R: r, Style: k.style, Script: k.script, ScriptHash: k.scriptHash}
	names := make(map[string]string, len(r.Actors))
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	name := func(id *string) string {
		if id == nil {
			return ""
		}
		return names[*id]
	}
	deref := func(id *string) string {
		if id == nil {
			return ""
		}
		return *id
	}

	// Speakers take colours, and their place in the panel, in the order
	// they first speak; the claims of no one come last.
	colour := map[string]int{}
	group := map[string]int{}
	for _, c := range r.Claims {
		id := deref(c.Speaker)
		if _, ok := group[id]; !ok && id != "" {
			colour[id] = len(colour) % palette
			group[id] = len(p.Said)
			p.Said = append(p.Said, speaker{ID: id, Name: names[id], Sp: colour[id]})
		}
	}
	for _, c := range r.Claims {
		id := deref(c.Speaker)
		if _, ok := group[id]; !ok {
			group[id] = len(p.Said)
			p.Said = append(p.Said, speaker{Name: "unattributed", Sp: -1})
		}
		it := claimItem{Claim: c, SpeakerID: id, Short: short(c.Text, 60), Conf: conf(c.Confidence), Low: low(c.Confidence)}
		g := &p.Said[group[id]]
		g.Claims = append(g.Claims, it)
		p.count(it.Low)
	}
	sp := func(id string) int {
		if n, ok := colour[id]; ok {
			return n
		}
		return -1
	}

	for _, a := range r.Actors {
		it := actorItem{Actor: a, Titles: strings.Join(a.Titles, ", "), Aliases: strings.Join(a.Aliases, ", "), Conf: conf(a.Confidence), Low: low(a.Confidence), Sp: sp(a.ID)}
		if g, ok := group[a.ID]; ok {
			it.Claims = len(p.Said[g].Claims)
		}
		p.Actors = append(p.Actors, it)
		i := slices.IndexFunc(p.Types, func(t actorType) bool { return t.Colour == typeColour(a.Type) })
		if i < 0 {
			i = len(p.Types)
			p.Types = append(p.Types, actorType{Colour: typeColour(a.Type)})
		}
		p.Types[i].IDs = append(p.Types[i].IDs, a.ID)
		p.count(it.Low)
	}
	for _, e := range r.Events {
		it := eventItem{Event: e, AgentName: name(e.Agent), PatientName: name(e.PatientActor), PlaceName: name(e.Place),
			Conf: conf(e.Confidence), Low: low(e.Confidence)}
		p.Events = append(p.Events, it)
		p.count(it.Low)
	}
	for _, ps := range r.Positions {
		it := positionItem{Position: ps, Who: names[ps.Actor], TargetName: name(ps.TargetActor), Sp: sp(ps.Actor),
			Conf: conf(ps.Confidence), Low: low(ps.Confidence)}
		for _, id := range ps.Evidence {
			label := id
			if id != "" && id[0] == 'c' {
				label = "claim " + id
			} else if id != "" && id[0] == 'e' {
				label = "event " + id
			}
			it.Evidence = append(it.Evidence, evidence{ID: id, Label: label})
		}
		p.Positions = append(p.Positions, it)
		p.count(it.Low)
	}

	p.names = names
	if u := r.Meta.URL; strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		p.Original = u
	}
	p.Body = marked(text, r, colour)
	if len(p.Body) == 0 || p.Body[0].Mark.Kind != "h1" {
		p.Headline = r.Title
	}
	return p
}

func (p *page) count(low bool) {
	if low {
		p.Low++
	}
}

// conf writes a confidence for people: two decimals, or nothing when it was
// not scored.
func conf(c float64) string {
	if c == 0 {
		return ""
	}
	return strconv.FormatFloat(c, 'f', 2, 64)
}

// short cuts s to at most n runes, at a space where it can, marking the cut.
func short(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, space := 0, 0
	for i := range s {
		if n == 0 {
			cut = i
			break
		}
		if s[i] == ' ' {
			space = i
		}
		n--
	}
	if space > cut/2 {
		cut = space
	}
	return s[:cut] + "…"
}

// An Entry is one page of an index: where it is and what its record holds.
type Entry struct {
	Href                              string // the page, relative to the index
	Source, Title                     string
	Bytes                             int
	Actors, Claims, Events, Positions int
}

// EntryOf summarises record r, whose page is at href.
func EntryOf(r record.Record, href string) Entry {
	return Entry{Href: href, Source: r.Source, Title: r.Title, Bytes: r.Stats.Bytes,
		Actors: len(r.Actors), Claims: len(r.Claims), Events: len(r.Events), Positions: len(r.Positions)}
}

// Index writes the page that lists entries, in their order.
func Index(w io.Writer, entries []Entry) error {
	var total Entry
	for _, e := range entries {
		total.Actors += e.Actors
		total.Claims += e.Claims
		total.Events += e.Events
		total.Positions += e.Positions
	}
	bw := bufio.NewWriter(w)
	k := pageKit()
	err := k.templates.ExecuteTemplate(bw, "index.tmpl", struct {
		Entries []Entry
		Total   Entry
		Style   template.CSS
	}{entries, total, k.indexStyle})
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return bw.Flush()
}
