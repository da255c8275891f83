package store

import (
	"fmt"
	"strings"
)

// SchemaVersion is the schema this package writes and reads, kept in the
// database's PRAGMA user_version. A database of a newer schema is refused.
const SchemaVersion = 1

// applicationID marks a database as extract's, in PRAGMA application_id:
// "extr" in ASCII.
const applicationID = 0x65787472

// schema creates the tables of SchemaVersion 1. Every list of a record keeps
// its order in a seq column (from 1); every record id (a1, c2, e3) is kept
// as written, and an actor, claim or event is known by its article and id.
// Deleting an article deletes all its rows.
var schema = schemaRecords + actorLists(
	actorList{"mentions", []string{
		"span_start INTEGER NOT NULL",
		"span_end   INTEGER NOT NULL",
		"text       TEXT NOT NULL",
	}},
	actorList{"aliases", []string{"alias      TEXT NOT NULL"}},
	actorList{"titles", []string{"title      TEXT NOT NULL"}},
) + schemaFacts

// actorList is one of the lists an actor keeps (its mentions, aliases,
// titles): a table keyed by the actor and the item's place in the list,
// whose rows go with the actor. columns are the item's own, each a column
// definition aligned as the schema writes them.
type actorList struct {
	table   string
	columns []string
}

// actorLists writes the CREATE TABLE of each list, in order.
func actorLists(lists ...actorList) string {
	var b strings.Builder
	for _, l := range lists {
		fmt.Fprintf(&b, "CREATE TABLE %s (\n", l.table)
		b.WriteString("\tarticle_id INTEGER NOT NULL,\n\tactor      TEXT NOT NULL,\n\tseq        INTEGER NOT NULL,\n")
		for _, c := range l.columns {
			b.WriteString("\t" + c + ",\n")
		}
		b.WriteString("\tPRIMARY KEY (article_id, actor, seq),\n")
		b.WriteString("\tFOREIGN KEY (article_id, actor) REFERENCES actors (article_id, id) ON DELETE CASCADE\n);\n\n")
	}
	return b.String()
}

// schemaRecords creates the tables before the actors' lists: articles,
// their authors, the entities linked over articles and the actors.
const schemaRecords = `
CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	source       TEXT NOT NULL UNIQUE,
	content_hash TEXT NOT NULL,
	read_as      TEXT NOT NULL,
	extractor    TEXT NOT NULL,
	extracted_at TEXT NOT NULL,
	record       TEXT NOT NULL,
	title        TEXT NOT NULL,
	input        TEXT NOT NULL,
	url          TEXT NOT NULL,
	site         TEXT NOT NULL,
	published    TEXT NOT NULL,
	language     TEXT NOT NULL,
	bytes        INTEGER NOT NULL,
	sentences    INTEGER NOT NULL,
	words        INTEGER NOT NULL,
	text         TEXT NOT NULL
);
CREATE INDEX articles_site ON articles (site);

CREATE TABLE authors (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	name       TEXT NOT NULL,
	PRIMARY KEY (article_id, seq)
);

CREATE TABLE entities (
	id       INTEGER PRIMARY KEY,
	key      TEXT NOT NULL UNIQUE,
	type     TEXT NOT NULL,
	name     TEXT NOT NULL,
	actors   INTEGER NOT NULL,
	articles INTEGER NOT NULL,
	mentions INTEGER NOT NULL
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE actors (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	seq        INTEGER NOT NULL,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	anonymous  INTEGER NOT NULL,
	mentions   INTEGER NOT NULL,
	confidence REAL,
	entity_id  INTEGER REFERENCES entities (id) ON DELETE SET NULL,
	PRIMARY KEY (article_id, id)
);
CREATE INDEX actors_entity ON actors (entity_id);
CREATE INDEX actors_name ON actors (name);

`

// schemaFacts creates the tables after the actors' lists: claims, events,
// positions with their evidence, and the database's own state.
const schemaFacts = `CREATE TABLE claims (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	seq        INTEGER NOT NULL,
	speaker    TEXT,
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	cue        TEXT NOT NULL,
	sentence   INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	confidence REAL,
	PRIMARY KEY (article_id, id),
	FOREIGN KEY (article_id, speaker) REFERENCES actors (article_id, id) ON DELETE CASCADE
);
CREATE INDEX claims_speaker ON claims (article_id, speaker);

CREATE TABLE events (
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	id            TEXT NOT NULL,
	seq           INTEGER NOT NULL,
	action        TEXT NOT NULL,
	action_start  INTEGER NOT NULL,
	action_end    INTEGER NOT NULL,
	text          TEXT NOT NULL,
	agent         TEXT,
	patient       TEXT NOT NULL,
	patient_actor TEXT,
	time          TEXT NOT NULL,
	place         TEXT,
	modality      TEXT NOT NULL,
	sentence      INTEGER NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	confidence    REAL,
	PRIMARY KEY (article_id, id),
	FOREIGN KEY (article_id, agent) REFERENCES actors (article_id, id) ON DELETE CASCADE,
	FOREIGN KEY (article_id, patient_actor) REFERENCES actors (article_id, id) ON DELETE CASCADE,
	FOREIGN KEY (article_id, place) REFERENCES actors (article_id, id) ON DELETE CASCADE
);
CREATE INDEX events_agent ON events (article_id, agent);

CREATE TABLE positions (
	article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq          INTEGER NOT NULL,
	actor        TEXT NOT NULL,
	stance       TEXT NOT NULL,
	target       TEXT NOT NULL,
	target_actor TEXT,
	sentence     INTEGER NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	confidence   REAL,
	PRIMARY KEY (article_id, seq),
	FOREIGN KEY (article_id, actor) REFERENCES actors (article_id, id) ON DELETE CASCADE,
	FOREIGN KEY (article_id, target_actor) REFERENCES actors (article_id, id) ON DELETE CASCADE
);
CREATE INDEX positions_actor ON positions (article_id, actor);
CREATE INDEX positions_target_actor ON positions (article_id, target_actor);

CREATE TABLE evidence (
	article_id INTEGER NOT NULL,
	position   INTEGER NOT NULL,
	seq        INTEGER NOT NULL,
	claim      TEXT,
	event      TEXT,
	PRIMARY KEY (article_id, position, seq),
	FOREIGN KEY (article_id, position) REFERENCES positions (article_id, seq) ON DELETE CASCADE,
	FOREIGN KEY (article_id, claim) REFERENCES claims (article_id, id) ON DELETE CASCADE,
	FOREIGN KEY (article_id, event) REFERENCES events (article_id, id) ON DELETE CASCADE,
	CHECK ((claim IS NULL) <> (event IS NULL))
);

-- state holds what the program keeps about the database itself:
-- 'entities' is 'stale' once an article has changed since entities were
-- last linked.
CREATE TABLE state (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
INSERT INTO state (key, value) VALUES ('entities', 'fresh');
`
