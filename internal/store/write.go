package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/extract-news/extract/internal/record"
)

// An Article is one record to store, with what the database keeps about how
// it was made.
type Article struct {
	Record    record.Record
	Input     []byte    // the input as read, for the text of each mention
	Hash      string    // Hash(Input)
	ReadAs    string    // how the input was read (the --input kind asked for)
	Extractor string    // the extractor's version
	At        time.Time // when it was extracted
}

// Batching: a transaction holds up to batchArticles articles and is
// committed at the latest batchTime after it began, so that a run that is
// stopped loses at most that much work, and each article is whole or
// absent. In WAL mode with synchronous=NORMAL a commit does not wait for
// the disk (a checkpoint does), so small batches cost little.
const (
	batchArticles = 32
	batchTime     = 100 * time.Millisecond
)

// A Writer stores articles, several to a transaction. Call Flush to commit
// what it holds, and Close when done.
type Writer struct {
	d     *DB
	conn  *sql.Conn
	open  bool      // a transaction is open
	n     int       // articles in it
	began time.Time // when it began
	stmts map[string]*sql.Stmt
	rows  inserter
}

// NewWriter returns a writer of articles into d.
func (d *DB) NewWriter(ctx context.Context) (*Writer, error) {
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.path, err)
	}
	// The writer writes records that record.Validate passed, whose ids
	// resolve: checking each foreign key again on every row cost a tenth
	// of the writing. The keys stay declared, and enforced on every other
	// connection.
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		conn.Close()
		return nil, fmt.Errorf("%s: %w", d.path, err)
	}
	return &Writer{d: d, conn: conn, stmts: map[string]*sql.Stmt{}, rows: inserter{conn: conn}}, nil
}

// The statements of a writer.
const (
	sqlOldID   = `SELECT id FROM articles WHERE source = ?`
	sqlArticle = `INSERT INTO articles (id, source, content_hash, read_as, extractor, extracted_at,
		record, title, input, url, site, published, language, bytes, sentences, words, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlStale = `UPDATE state SET value = 'stale' WHERE key = 'entities' AND value <> 'stale'`
)

// A table is where the rows of one list of a record go, several rows to an
// INSERT: one statement per row would cost more than the rows.
type table struct {
	head string // INSERT INTO name (columns) VALUES
	cols int
}

var (
	authors   = table{`INSERT INTO authors (article_id, seq, name) VALUES `, 3}
	actors    = table{`INSERT INTO actors (article_id, id, seq, name, type, anonymous, mentions, confidence) VALUES `, 8}
	mentions  = table{`INSERT INTO mentions (article_id, actor, seq, span_start, span_end, text) VALUES `, 6}
	aliases   = table{`INSERT INTO aliases (article_id, actor, seq, alias) VALUES `, 4}
	titles    = table{`INSERT INTO titles (article_id, actor, seq, title) VALUES `, 4}
	claims    = table{`INSERT INTO claims (article_id, id, seq, speaker, text, kind, cue, sentence, span_start, span_end, confidence) VALUES `, 11}
	events    = table{`INSERT INTO events (article_id, id, seq, action, action_start, action_end, text, agent, patient, patient_actor, time, place, modality, sentence, span_start, span_end, confidence) VALUES `, 17}
	positions = table{`INSERT INTO positions (article_id, seq, actor, stance, target, target_actor, sentence, span_start, span_end, confidence) VALUES `, 10}
	evidence  = table{`INSERT INTO evidence (article_id, position, seq, claim, event) VALUES `, 5}
)

// chunks are the numbers of rows an INSERT takes, largest first.
var chunks = []int{32, 8, 1}

// An inserter inserts rows on one connection, with statements it prepares
// once.
type inserter struct {
	conn  *sql.Conn
	multi map[stmtKey]*sql.Stmt
}

// insert inserts rows, the values of one row after another, into t.
func (w *inserter) insert(ctx context.Context, t table, rows []any) error {
	if w.multi == nil {
		w.multi = map[stmtKey]*sql.Stmt{}
	}
	for len(rows) > 0 {
		n := len(rows) / t.cols
		k := chunks[len(chunks)-1]
		for _, c := range chunks {
			if c <= n {
				k = c
				break
			}
		}
		key := stmtKey{t.head, k}
		s, ok := w.multi[key]
		if !ok {
			row := "(?" + strings.Repeat(", ?", t.cols-1) + ")"
			q := t.head + row + strings.Repeat(", "+row, k-1)
			var err error
			if s, err = w.conn.PrepareContext(ctx, q); err != nil {
				return err
			}
			w.multi[key] = s
		}
		if _, err := s.ExecContext(ctx, rows[:k*t.cols]...); err != nil {
			return err
		}
		rows = rows[k*t.cols:]
	}
	return nil
}

type stmtKey struct {
	head string
	rows int
}

// close closes the statements of the inserter.
func (w *inserter) close() {
	for _, s := range w.multi {
		s.Close()
	}
}

// begin starts a transaction if none is open. BEGIN IMMEDIATE takes the
// write lock at once, so that two runs on one database wait for each other
// instead of failing halfway.
func (w *Writer) begin(ctx context.Context) error {
	if w.open {
		return nil
	}
	// database/sql cannot begin an IMMEDIATE transaction, so the writer
	// keeps one connection and says BEGIN and COMMIT on it itself.
	if _, err := w.conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return err
	}
	w.open, w.began, w.n = true, time.Now(), 0
	_, err := w.conn.ExecContext(ctx, sqlStale)
	return err
}

// stmt returns the prepared statement for query on the writer's connection.
func (w *Writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := w.stmts[query]; ok {
		return s, nil
	}
	s, err := w.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = s
	return s, nil
}

// exec runs a prepared statement.
func (w *Writer) exec(ctx context.Context, query string, args ...any) error {
	s, err := w.stmt(ctx, query)
	if err != nil {
		return err
	}
	_, err = s.ExecContext(ctx, args...)
	return err
}

// Put stores a, replacing whatever the database held for its source, and
// commits when the batch is full or old enough. Once a writer has begun,
// it finishes what it was given even if the run is cancelled: a
// transaction is whole or absent either way.
func (w *Writer) Put(a Article) error {
	ctx := context.Background()
	if err := w.put(ctx, a); err != nil {
		w.rollback()
		return fmt.Errorf("%s: store %s: %w", w.d.path, a.Record.Source, err)
	}
	if w.n >= batchArticles || time.Since(w.began) >= batchTime {
		return w.Flush()
	}
	return nil
}

func (w *Writer) put(ctx context.Context, a Article) error {
	if err := w.begin(ctx); err != nil {
		return err
	}
	w.n++
	r := &a.Record
	// A changed article keeps its id, and so its place in the export.
	var id any
	s, err := w.stmt(ctx, sqlOldID)
	if err != nil {
		return err
	}
	var old int64
	switch err := s.QueryRowContext(ctx, r.Source).Scan(&old); err {
	case nil:
		id = old
		// Children first: the writer's connection does not enforce the
		// foreign keys, so nothing cascades.
		for _, t := range []string{"evidence", "positions", "events", "claims", "titles", "aliases", "mentions", "actors", "authors", "articles"} {
			col := "article_id"
			if t == "articles" {
				col = "id"
			}
			if err := w.exec(ctx, "DELETE FROM "+t+" WHERE "+col+" = ?", old); err != nil {
				return err
			}
		}
	case sql.ErrNoRows:
	default:
		return err
	}
	s, err = w.stmt(ctx, sqlArticle)
	if err != nil {
		return err
	}
	res, err := s.ExecContext(ctx, id, r.Source, a.Hash, a.ReadAs, a.Extractor, a.At.UTC().Format(time.RFC3339),
		r.Record, r.Title, r.Input, r.Meta.URL, r.Meta.Site, r.Meta.Published, r.Meta.Language,
		r.Stats.Bytes, r.Stats.Sentences, r.Stats.Words, r.Text)
	if err != nil {
		return err
	}
	art, err := res.LastInsertId()
	if err != nil {
		return err
	}
	var rows [9][]any // authors, actors, mentions, aliases, titles, claims, events, positions, evidence
	for i, name := range r.Meta.Authors {
		rows[0] = append(rows[0], art, i+1, name)
	}
	text := a.Input
	if r.Text != "" {
		text = []byte(r.Text)
	}
	for i, ac := range r.Actors {
		rows[1] = append(rows[1], art, ac.ID, i+1, ac.Name, ac.Type, ac.Anonymous, ac.Mentions, confidence(ac.Confidence))
		for j, sp := range ac.Spans {
			rows[2] = append(rows[2], art, ac.ID, j+1, sp[0], sp[1], slice(text, sp))
		}
		for j, al := range ac.Aliases {
			rows[3] = append(rows[3], art, ac.ID, j+1, al)
		}
		for j, t := range ac.Titles {
			rows[4] = append(rows[4], art, ac.ID, j+1, t)
		}
	}
	isClaim := make(map[string]bool, len(r.Claims))
	for i, c := range r.Claims {
		isClaim[c.ID] = true
		rows[5] = append(rows[5], art, c.ID, i+1, c.Speaker, c.Text, c.Kind, c.Cue, c.Sentence,
			c.Span[0], c.Span[1], confidence(c.Confidence))
	}
	for i, e := range r.Events {
		rows[6] = append(rows[6], art, e.ID, i+1, e.Action, e.ActionSpan[0], e.ActionSpan[1], e.Text, e.Agent,
			e.Patient, e.PatientActor, e.Time, e.Place, e.Modality, e.Sentence, e.Span[0], e.Span[1],
			confidence(e.Confidence))
	}
	for i, p := range r.Positions {
		rows[7] = append(rows[7], art, i+1, p.Actor, p.Stance, p.Target, p.TargetActor, p.Sentence,
			p.Span[0], p.Span[1], confidence(p.Confidence))
		for j, ev := range p.Evidence {
			var claim, event *string
			if isClaim[ev] {
				claim = &ev
			} else {
				event = &ev
			}
			rows[8] = append(rows[8], art, i+1, j+1, claim, event)
		}
	}
	// In the order the foreign keys ask: what is named before what names it.
	for i, t := range []table{authors, actors, mentions, aliases, titles, claims, events, positions, evidence} {
		if err := w.rows.insert(ctx, t, rows[i]); err != nil {
			return err
		}
	}
	return nil
}

// Flush commits the articles the writer holds.
func (w *Writer) Flush() error {
	ctx := context.Background()
	if !w.open {
		return nil
	}
	w.open = false
	if _, err := w.conn.ExecContext(ctx, `COMMIT`); err != nil {
		w.rollback()
		return fmt.Errorf("%s: commit: %w", w.d.path, err)
	}
	return nil
}

// rollback drops the articles the writer holds.
func (w *Writer) rollback() {
	w.open = false
	// With no transaction open this fails, harmlessly.
	w.conn.ExecContext(context.Background(), `ROLLBACK`)
}

// Close commits what the writer holds and releases its connection.
func (w *Writer) Close() error {
	err := w.Flush()
	for _, s := range w.stmts {
		s.Close()
	}
	w.rows.close()
	if cerr := w.conn.Close(); err == nil {
		err = cerr
	}
	return err
}

// confidence is the column value of a confidence: NULL for 0, not scored.
func confidence(c float64) any {
	if c == 0 {
		return nil
	}
	return c
}

// slice returns the text of span sp, or "" if it does not fit text.
func slice(text []byte, sp record.Span) string {
	if sp[0] < 0 || sp[0] > sp[1] || sp[1] > len(text) {
		return ""
	}
	return string(text[sp[0]:sp[1]])
}
