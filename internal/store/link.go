package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// dominance is how many times more mentions a reading must have than the
// others to win: a type over the other types of one name, an entity over the
// others that carry a bare surname.
const dominance = 3

// Link links the actors of every article into entities, if an article has
// changed since they were last linked, as the README says:
//
//  1. An actor's type is that of its record, unless the corpus gives its
//     name (as a name or an alias) another type at least dominance times
//     as often, by mentions: then it links as that type ("Donald Trump"
//     read once as a place).
//  2. Actors of one type that share a normalised name, their own or one of
//     their aliases, are one entity. A person's one-word names (a surname,
//     "Trump") do not link on their own.
//  3. A person named by one word only joins the entity that carries that
//     word as a surname (the last word of a full name, or a one-word
//     alias): the only one in the corpus, or the one mentioned at least
//     dominance times as often as any other; entities with an actor in the
//     same article do not count, since the record kept them apart.
//     Otherwise the one-word actors of a name are an entity of their own.
//  4. Anonymous actors are never linked: their entity_id is NULL.
//
// An entity keeps its id from one linking to the next while its key (type
// and normalised name) stays the same.
func (d *DB) Link(ctx context.Context) error {
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	if err := link(ctx, conn); err != nil {
		conn.ExecContext(context.Background(), `ROLLBACK`)
		return fmt.Errorf("%s: link entities: %w", d.path, err)
	}
	if _, err := conn.ExecContext(ctx, `COMMIT`); err != nil {
		conn.ExecContext(context.Background(), `ROLLBACK`)
		return fmt.Errorf("%s: link entities: %w", d.path, err)
	}
	return nil
}

// A linked actor is an actor as linking sees it.
type linked struct {
	article int64
	id      string
	name    string // as written
	typ     string // as linked (rule 1)
	mention int
	forms   []string // normalised name and aliases
	entity  sql.NullInt64
	comp    int  // union-find parent
	bare    bool // a person named by one word only
}

func link(ctx context.Context, conn *sql.Conn) error {
	var state string
	if err := conn.QueryRowContext(ctx, `SELECT value FROM state WHERE key = 'entities'`).Scan(&state); err != nil {
		return err
	}
	if state == "fresh" {
		return nil
	}
	actors, err := loadActors(ctx, conn)
	if err != nil {
		return err
	}
	comps := components(actors)
	ents := entities(actors, comps)

	// The links go into temporary tables, and from there into entities and
	// actors in a few statements: one statement per actor cost more than
	// all the rest of the linking.
	for _, q := range []string{
		`CREATE TEMP TABLE IF NOT EXISTS link_entities (key TEXT PRIMARY KEY, type TEXT, name TEXT,
			actors INTEGER, articles INTEGER, mentions INTEGER)`,
		`CREATE TEMP TABLE IF NOT EXISTS link_actors (article_id INTEGER, id TEXT, key TEXT,
			PRIMARY KEY (article_id, id)) WITHOUT ROWID`,
		`DELETE FROM link_entities`,
		`DELETE FROM link_actors`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	rows := inserter{conn: conn}
	defer rows.close()
	var linkEntities, linkActors []any
	for _, e := range ents {
		linkEntities = append(linkEntities, e.key, e.typ, e.name, len(e.actors), e.articles, e.mentions)
		for _, i := range e.actors {
			linkActors = append(linkActors, actors[i].article, actors[i].id, e.key)
		}
	}
	if err := rows.insert(ctx, table{`INSERT INTO link_entities (key, type, name, actors, articles, mentions) VALUES `, 6}, linkEntities); err != nil {
		return err
	}
	if err := rows.insert(ctx, table{`INSERT INTO link_actors (article_id, id, key) VALUES `, 3}, linkActors); err != nil {
		return err
	}
	for _, q := range []string{
		// New entities get ids in the order of their first actors.
		`INSERT INTO entities (key, type, name, actors, articles, mentions)
			SELECT key, type, name, actors, articles, mentions FROM link_entities WHERE true ORDER BY rowid
			ON CONFLICT (key) DO UPDATE SET type = excluded.type, name = excluded.name,
			actors = excluded.actors, articles = excluded.articles, mentions = excluded.mentions`,
		`UPDATE actors SET entity_id = e.id FROM link_actors l JOIN entities e ON e.key = l.key
			WHERE actors.article_id = l.article_id AND actors.id = l.id AND actors.entity_id IS NOT e.id`,
		`UPDATE actors SET entity_id = NULL WHERE anonymous AND entity_id IS NOT NULL`,
		`DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM actors WHERE entity_id IS NOT NULL)`,
		`DELETE FROM link_entities`,
		`DELETE FROM link_actors`,
		`UPDATE state SET value = 'fresh' WHERE key = 'entities'`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// loadActors reads the actors that are not anonymous, with their aliases,
// and gives each the type it links as (rule 1).
func loadActors(ctx context.Context, conn *sql.Conn) ([]linked, error) {
	var actors []linked
	rows, err := conn.QueryContext(ctx, `SELECT article_id, id, name, type, mentions, entity_id
		FROM actors WHERE NOT anonymous ORDER BY article_id, seq`)
	if err != nil {
		return nil, err
	}
	index := map[actorKey]int{}
	for rows.Next() {
		var a linked
		if err := rows.Scan(&a.article, &a.id, &a.name, &a.typ, &a.mention, &a.entity); err != nil {
			rows.Close()
			return nil, err
		}
		a.comp = len(actors)
		if n := Normalize(a.name); n != "" {
			a.forms = append(a.forms, n)
		}
		index[actorKey{a.article, a.id}] = len(actors)
		actors = append(actors, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = conn.QueryContext(ctx, `SELECT article_id, actor, alias FROM aliases ORDER BY article_id, actor, seq`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var k actorKey
		var alias string
		if err := rows.Scan(&k.article, &k.id, &alias); err != nil {
			rows.Close()
			return nil, err
		}
		i, ok := index[k]
		n := Normalize(alias)
		if ok && n != "" && !slices.Contains(actors[i].forms, n) {
			actors[i].forms = append(actors[i].forms, n)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	// Rule 1: the type each name is given most, where it dominates. An
	// actor's mentions vote for the type of its record under each of its
	// names, aliases included: "Trump" is a person's name wherever
	// "Donald Trump" was called "Trump".
	votes := map[string]map[string]int{} // normalised name → type → mentions
	for _, a := range actors {
		for _, f := range a.forms {
			if votes[f] == nil {
				votes[f] = map[string]int{}
			}
			votes[f][a.typ] += a.mention
		}
	}
	for i := range actors {
		a := &actors[i]
		v := votes[Normalize(a.name)]
		total := 0
		for _, m := range v {
			total += m
		}
		for t, m := range v {
			if t != a.typ && m >= dominance*(total-m) && m > 0 {
				a.typ = t
			}
		}
	}
	return actors, nil
}

type actorKey struct {
	article int64
	id      string
}

// find returns the root of actor i's component.
func find(actors []linked, i int) int {
	for actors[i].comp != i {
		actors[i].comp = actors[actors[i].comp].comp
		i = actors[i].comp
	}
	return i
}

func union(actors []linked, i, j int) {
	i, j = find(actors, i), find(actors, j)
	if i != j {
		actors[max(i, j)].comp = min(i, j)
	}
}

// components links the actors (rules 2 and 3), and returns the root of
// every actor's component.
func components(actors []linked) []int {
	// Rule 2: shared names.
	first := map[string]int{} // type and form → first actor with it
	var bare []int            // persons named by one word only
	for i, a := range actors {
		strong := 0
		for _, f := range a.forms {
			if a.typ == "person" && !strings.Contains(f, " ") {
				continue
			}
			strong++
			k := a.typ + "\x00" + f
			if j, ok := first[k]; ok {
				union(actors, i, j)
			} else {
				first[k] = i
			}
		}
		if strong == 0 && len(a.forms) > 0 {
			bare = append(bare, i)
			actors[i].bare = true
		}
	}

	// Rule 3: surnames. What each linked person component carries, and how
	// often the corpus mentions it.
	carriers := map[string][]int{} // surname → roots carrying it
	mentions := map[int]int{}      // root → mentions
	type inArticle struct {
		article int64
		root    int
	}
	present := map[inArticle]bool{} // the components with an actor in each article
	for i, a := range actors {
		if a.bare || a.typ != "person" {
			continue
		}
		root := find(actors, i)
		mentions[root] += a.mention
		present[inArticle{a.article, root}] = true
		for _, f := range a.forms {
			s := surname(f)
			if s != "" && !slices.Contains(carriers[s], root) {
				carriers[s] = append(carriers[s], root)
			}
		}
	}
	own := map[string]int{} // surname → first bare actor left to itself
	for _, i := range bare {
		a := actors[i]
		s := a.forms[0]
		var cands []int
		for _, root := range carriers[s] {
			if !present[inArticle{a.article, root}] {
				cands = append(cands, root)
			}
		}
		slices.SortFunc(cands, func(x, y int) int {
			return cmp.Or(cmp.Compare(mentions[y], mentions[x]), cmp.Compare(x, y))
		})
		switch {
		case len(cands) == 1, len(cands) > 1 && mentions[cands[0]] >= dominance*mentions[cands[1]]:
			union(actors, i, cands[0])
		default:
			if j, ok := own[s]; ok {
				union(actors, i, j)
			} else {
				own[s] = i
			}
		}
	}
	roots := make([]int, len(actors))
	for i := range actors {
		roots[i] = find(actors, i)
	}
	return roots
}

// suffixes are the words after a surname that are not it.
var suffixes = []string{"jr", "sr", "ii", "iii", "iv"}

// surname returns the surname a normalised person name carries: the last
// word of a full name that is no suffix, or a one-word name itself.
func surname(form string) string {
	words := strings.Fields(form)
	for len(words) > 1 && slices.Contains(suffixes, words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// An entity is one component of linked actors.
type entity struct {
	key, typ, name string
	actors         []int
	articles       int
	mentions       int
}

// entities makes one entity of each component, named by the name its
// actors have most often (then the most mentioned, then the first in
// lexical order), and keyed by its type and that name normalised. Persons
// named by one word only have no say in the name where others do, so that
// an entity's key does not change as surnames join it.
func entities(actors []linked, roots []int) []entity {
	byRoot := map[int]*entity{}
	var order []int
	for i, root := range roots {
		e := byRoot[root]
		if e == nil {
			e = &entity{}
			byRoot[root] = e
			order = append(order, root)
		}
		e.actors = append(e.actors, i)
	}
	ents := make([]entity, 0, len(order))
	keys := map[string]bool{}
	for _, root := range order {
		e := byRoot[root]
		type tally struct{ actors, mentions int }
		names := map[[2]string]*tally{} // type, name → tally
		articles := map[int64]bool{}
		named := !allBare(actors, e.actors)
		for _, i := range e.actors {
			a := actors[i]
			articles[a.article] = true
			e.mentions += a.mention
			if named && a.bare {
				continue
			}
			k := [2]string{a.typ, a.name}
			if names[k] == nil {
				names[k] = &tally{}
			}
			names[k].actors++
			names[k].mentions += a.mention
		}
		var best [2]string
		var bt *tally
		for k, t := range names {
			if bt == nil || t.actors > bt.actors || t.actors == bt.actors &&
				(t.mentions > bt.mentions || t.mentions == bt.mentions && (k[1] < best[1] || k[1] == best[1] && k[0] < best[0])) {
				best, bt = k, t
			}
		}
		e.typ, e.name, e.articles = best[0], best[1], len(articles)
		e.key = e.typ + ":" + Normalize(e.name)
		for n := 2; keys[e.key]; n++ {
			e.key = fmt.Sprintf("%s:%s#%d", e.typ, Normalize(e.name), n)
		}
		keys[e.key] = true
		ents = append(ents, *e)
	}
	return ents
}

// Normalize returns the form of a name that linking compares: lower case,
// without full stops ("U.S." is "us"), hyphens and dashes as spaces,
// curly apostrophes straight, a leading "the" dropped, and single spaces.
func Normalize(name string) string {
	name = strings.Map(func(r rune) rune {
		switch r {
		case '.':
			return -1
		case '-', '‐', '‑', '–', '—':
			return ' '
		case '’', '‘':
			return '\''
		}
		return r
	}, strings.ToLower(name))
	words := strings.Fields(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// allBare reports whether the actors of ids are all persons named by one
// word only.
func allBare(actors []linked, ids []int) bool {
	for _, i := range ids {
		if !actors[i].bare {
			return false
		}
	}
	return true
}
