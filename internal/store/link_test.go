package store

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// article returns a record of source with one actor for each spec, "Name
// (type, mentions, alias|alias)", type p, o, l, g or a for an anonymous
// person.
func article(source string, specs ...string) record.Record {
	r := record.New(source)
	types := map[string]string{"p": record.Person, "o": record.Organization, "l": record.Location, "g": record.Group, "a": record.Person}
	for i, s := range specs {
		name, rest, _ := strings.Cut(s, " (")
		rest = strings.TrimSuffix(rest, ")")
		var typ, aliases string
		var mentions int
		fields := strings.SplitN(rest, ", ", 3)
		typ = fields[0]
		fmt.Sscan(fields[1], &mentions)
		if len(fields) > 2 {
			aliases = fields[2]
		}
		a := record.Actor{ID: fmt.Sprintf("a%d", i+1), Name: name, Type: types[typ], Anonymous: typ == "a",
			Aliases: []string{}, Titles: []string{}, Mentions: mentions, Spans: []record.Span{}}
		if aliases != "" {
			a.Aliases = strings.Split(aliases, "|")
		}
		r.Actors = append(r.Actors, a)
	}
	return r
}

// entityOf returns the entity id of actor id of source, and the entity's
// name.
func entityOf(t *testing.T, d *DB, source, id string) (sql.NullInt64, string) {
	t.Helper()
	var e sql.NullInt64
	var name sql.NullString
	err := d.db.QueryRow(`SELECT a.entity_id, e.name FROM actors a JOIN articles ar ON ar.id = a.article_id
		LEFT JOIN entities e ON e.id = a.entity_id WHERE ar.source = ? AND a.id = ?`, source, id).Scan(&e, &name)
	if err != nil {
		t.Fatalf("actor %s of %s: %v", id, source, err)
	}
	return e, name.String
}

func relink(t *testing.T, d *DB) {
	t.Helper()
	if err := d.Link(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// TestLink checks the linking rule on invented articles: each case names
// actors (source/id) that must share one entity, of the given name, and
// actors that must not be in it.
func TestLink(t *testing.T) {
	d := openTemp(t)
	put(t, d,
		article("1", "United States (l, 4, US)", "JD Vance (p, 6, Vance)", "Mara Quill (p, 9, Quill)", "officials (a, 2)"),
		article("2", "U.S. (l, 2)", "J.D. Vance (p, 2)", "Quill (p, 3)", "officials (a, 1)", "Trump (o, 1)"),
		article("3", "the United States (l, 1, America)", "Vance (p, 2)", "Tobias Quill (p, 2)", "Quill (p, 1)"),
		article("4", "US (l, 1)", "Donald Trump (p, 5, Trump)", "Georgia (l, 3)", "Okafor (p, 2)"),
		article("5", "Donald Trump (p, 5)", "Georgia (o, 2)", "Okafor (p, 1)", "Lise Brand (p, 3)"),
		article("6", "Donald Trump (l, 1)", "Ivo Brand (p, 2)", "Brand (p, 2)"),
		article("7", "Brand (p, 1)", "Sen Pell (p, 1)", "Ada Pell (p, 1)", "Pell (p, 1)"),
	)
	relink(t, d)
	for _, c := range []struct {
		why     string
		name    string   // the entity's
		same    []string // source/id of its actors
		not     []string // source/id of actors outside it
		anonymo bool
	}{
		{"an alias links US, U.S. and the United States", "United States",
			[]string{"1/a1", "2/a1", "3/a1", "4/a1"}, nil, false},
		{"JD Vance, J.D. Vance, and Vance: the only Vance", "JD Vance",
			[]string{"1/a2", "2/a2", "3/a2"}, nil, false},
		{"a bare Quill joins the Quill mentioned far more often (9 to 2)", "Mara Quill",
			[]string{"1/a3", "2/a3"}, []string{"3/a3"}, false},
		{"a bare Quill beside Tobias Quill in its article is not his; Mara is then the only Quill", "Mara Quill",
			[]string{"1/a3", "3/a4"}, nil, false},
		{"Donald Trump read as a place joins the person, and Trump, an alias of his, does too", "Donald Trump",
			[]string{"4/a2", "5/a1", "6/a1", "2/a5"}, nil, false},
		{"Georgia the place and Georgia the organisation stay apart: neither type dominates (3 to 2)", "Georgia",
			[]string{"4/a3"}, []string{"5/a2"}, false},
		{"a surname no full name carries is an entity of its own", "Okafor",
			[]string{"4/a4", "5/a3"}, nil, false},
	} {
		e, name := entityOf(t, d, strings.Split(c.same[0], "/")[0], strings.Split(c.same[0], "/")[1])
		if !e.Valid || name != c.name {
			t.Errorf("%s: %s is in entity %v %q, want %q", c.why, c.same[0], e, name, c.name)
			continue
		}
		for _, s := range c.same[1:] {
			src, id, _ := strings.Cut(s, "/")
			if got, gotName := entityOf(t, d, src, id); got != e {
				t.Errorf("%s: %s is in entity %v %q, want %v %q", c.why, s, got, gotName, e, name)
			}
		}
		for _, s := range c.not {
			src, id, _ := strings.Cut(s, "/")
			if got, gotName := entityOf(t, d, src, id); got == e {
				t.Errorf("%s: %s is in entity %v %q, want another", c.why, s, got, gotName)
			}
		}
	}

	// Brand: article 6's bare Brand sits beside Ivo Brand, so Lise Brand
	// is the only Brand left for it. Article 7's may be Lise (3 mentions) or
	// Ivo (2), and neither dominates.
	lise, _ := entityOf(t, d, "5", "a4")
	if got, name := entityOf(t, d, "6", "a3"); got != lise {
		t.Errorf("the bare Brand beside Ivo Brand is in %v %q, want Lise Brand's %v", got, name, lise)
	}
	own, name := entityOf(t, d, "7", "a1")
	if ivo, _ := entityOf(t, d, "6", "a2"); own == lise || own == ivo || name != "Brand" {
		t.Errorf("the bare Brand with two Brands to choose from is in %v %q, want an entity Brand of its own", own, name)
	}
	// Pell: Sen Pell and Ada Pell in one article; the bare Pell there may
	// be neither.
	if got, name := entityOf(t, d, "7", "a4"); name != "Pell" {
		t.Errorf("the bare Pell beside two Pells is in %v %q, want an entity Pell of its own", got, name)
	}

	for _, s := range []string{"1/a4", "2/a4"} {
		src, id, _ := strings.Cut(s, "/")
		if e, _ := entityOf(t, d, src, id); e.Valid {
			t.Errorf("anonymous actor %s is in entity %v, want none", s, e)
		}
	}
	var n int
	if err := d.db.QueryRow(`SELECT count(*) FROM entities WHERE id NOT IN (SELECT entity_id FROM actors WHERE entity_id IS NOT NULL)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d entities without actors", n)
	}

	// Linking again after a change keeps the ids of entities whose keys
	// stay, and gives the new actor Mara Quill's.
	mara, _ := entityOf(t, d, "1", "a3")
	put(t, d, article("8", "Mara Quill (p, 2)"))
	relink(t, d)
	if got, _ := entityOf(t, d, "1", "a3"); got != mara {
		t.Errorf("Mara Quill's entity after linking again: %v, want %v", got, mara)
	}
	if got, _ := entityOf(t, d, "8", "a1"); got != mara {
		t.Errorf("a new Mara Quill: entity %v, want %v", got, mara)
	}
	var actors, articles, mentions int
	if err := d.db.QueryRow(`SELECT actors, articles, mentions FROM entities WHERE id = ?`, mara.Int64).Scan(&actors, &articles, &mentions); err != nil {
		t.Fatal(err)
	}
	if actors != 4 || articles != 4 || mentions != 9+3+1+2 {
		t.Errorf("Mara Quill's entity: %d actors, %d articles, %d mentions; want 4, 4, 15", actors, articles, mentions)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":                 "us",
		"US":                   "us",
		"the United States":    "united states",
		"The  Hague":           "hague",
		"J.D. Vance":           "jd vance",
		"Jean-Luc  Picard":     "jean luc picard",
		"O’Brien":              "o'brien",
		"The":                  "the",
		" Mara Quill ":         "mara quill",
		"Trump Administration": "trump administration",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
