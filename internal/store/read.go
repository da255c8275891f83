package store

import (
	"context"
	"database/sql"
	"fmt"
	"iter"

	"github.com/extract-news/extract/internal/record"
)

// Records returns every record of the database, in the order the articles
// were first stored (which is the order of the inputs of the runs that
// stored them), as they went in.
func (d *DB) Records(ctx context.Context) iter.Seq2[record.Record, error] {
	return func(yield func(record.Record, error) bool) {
		// The ids first, so that no query is open while the caller works.
		var ids []int64
		rows, err := d.db.QueryContext(ctx, `SELECT id FROM articles ORDER BY id`)
		if err != nil {
			yield(record.Record{}, fmt.Errorf("%s: %w", d.path, err))
			return
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				yield(record.Record{}, fmt.Errorf("%s: %w", d.path, err))
				return
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			yield(record.Record{}, fmt.Errorf("%s: %w", d.path, err))
			return
		}
		for _, id := range ids {
			r, err := d.Record(ctx, id)
			if !yield(r, err) || err != nil {
				return
			}
		}
	}
}

// Record reads the record of article id back from the database. It reads
// in one transaction, so it sees the article whole.
func (d *DB) Record(ctx context.Context, id int64) (record.Record, error) {
	tx, err := d.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return record.Record{}, fmt.Errorf("%s: %w", d.path, err)
	}
	defer tx.Rollback()
	r, err := readRecord(ctx, tx, id)
	if err != nil {
		return r, fmt.Errorf("%s: article %d: %w", d.path, id, err)
	}
	return r, nil
}

// each runs query with args and calls scan for each row.
func each(ctx context.Context, tx *sql.Tx, scan func(*sql.Rows) error, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func readRecord(ctx context.Context, tx *sql.Tx, id int64) (record.Record, error) {
	var r record.Record
	err := tx.QueryRowContext(ctx, `SELECT record, source, title, bytes, sentences, words, input,
		url, site, published, language, text FROM articles WHERE id = ?`, id).Scan(
		&r.Record, &r.Source, &r.Title, &r.Stats.Bytes, &r.Stats.Sentences, &r.Stats.Words, &r.Input,
		&r.Meta.URL, &r.Meta.Site, &r.Meta.Published, &r.Meta.Language, &r.Text)
	if err != nil {
		return r, err
	}
	r.Meta.Authors = []string{}
	r.Actors = []record.Actor{}
	r.Claims = []record.Claim{}
	r.Events = []record.Event{}
	r.Positions = []record.Position{}

	err = each(ctx, tx, func(rows *sql.Rows) error {
		var name string
		err := rows.Scan(&name)
		r.Meta.Authors = append(r.Meta.Authors, name)
		return err
	}, `SELECT name FROM authors WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return r, err
	}

	actor := map[string]int{} // id → index in r.Actors
	err = each(ctx, tx, func(rows *sql.Rows) error {
		a := record.Actor{Aliases: []string{}, Titles: []string{}, Spans: []record.Span{}}
		var conf sql.NullFloat64
		err := rows.Scan(&a.ID, &a.Name, &a.Type, &a.Anonymous, &a.Mentions, &conf)
		a.Confidence = conf.Float64
		actor[a.ID] = len(r.Actors)
		r.Actors = append(r.Actors, a)
		return err
	}, `SELECT id, name, type, anonymous, mentions, confidence FROM actors WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return r, err
	}
	// of returns the actor of id, which the foreign keys guarantee.
	of := func(id string) (*record.Actor, error) {
		i, ok := actor[id]
		if !ok {
			return nil, fmt.Errorf("no actor %s", id)
		}
		return &r.Actors[i], nil
	}
	err = each(ctx, tx, func(rows *sql.Rows) error {
		var id string
		var sp record.Span
		if err := rows.Scan(&id, &sp[0], &sp[1]); err != nil {
			return err
		}
		a, err := of(id)
		if err == nil {
			a.Spans = append(a.Spans, sp)
		}
		return err
	}, `SELECT actor, span_start, span_end FROM mentions WHERE article_id = ? ORDER BY actor, seq`, id)
	if err != nil {
		return r, err
	}
	for _, list := range []struct {
		query string
		field func(*record.Actor) *[]string
	}{
		{`SELECT actor, alias FROM aliases WHERE article_id = ? ORDER BY actor, seq`, func(a *record.Actor) *[]string { return &a.Aliases }},
		{`SELECT actor, title FROM titles WHERE article_id = ? ORDER BY actor, seq`, func(a *record.Actor) *[]string { return &a.Titles }},
	} {
		err = each(ctx, tx, func(rows *sql.Rows) error {
			var id, s string
			if err := rows.Scan(&id, &s); err != nil {
				return err
			}
			a, err := of(id)
			if err == nil {
				f := list.field(a)
				*f = append(*f, s)
			}
			return err
		}, list.query, id)
		if err != nil {
			return r, err
		}
	}

	err = each(ctx, tx, func(rows *sql.Rows) error {
		var c record.Claim
		var speaker sql.NullString
		var conf sql.NullFloat64
		err := rows.Scan(&c.ID, &speaker, &c.Text, &c.Kind, &c.Cue, &c.Sentence, &c.Span[0], &c.Span[1], &conf)
		c.Speaker, c.Confidence = str(speaker), conf.Float64
		r.Claims = append(r.Claims, c)
		return err
	}, `SELECT id, speaker, text, kind, cue, sentence, span_start, span_end, confidence
		FROM claims WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return r, err
	}

	err = each(ctx, tx, func(rows *sql.Rows) error {
		var e record.Event
		var agent, patientActor, place sql.NullString
		var conf sql.NullFloat64
		err := rows.Scan(&e.ID, &e.Action, &e.ActionSpan[0], &e.ActionSpan[1], &e.Text, &agent, &e.Patient,
			&patientActor, &e.Time, &place, &e.Modality, &e.Sentence, &e.Span[0], &e.Span[1], &conf)
		e.Agent, e.PatientActor, e.Place, e.Confidence = str(agent), str(patientActor), str(place), conf.Float64
		r.Events = append(r.Events, e)
		return err
	}, `SELECT id, action, action_start, action_end, text, agent, patient, patient_actor, time, place,
		modality, sentence, span_start, span_end, confidence FROM events WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return r, err
	}

	err = each(ctx, tx, func(rows *sql.Rows) error {
		p := record.Position{Evidence: []string{}}
		var target sql.NullString
		var conf sql.NullFloat64
		err := rows.Scan(&p.Actor, &p.Stance, &p.Target, &target, &p.Sentence, &p.Span[0], &p.Span[1], &conf)
		p.TargetActor, p.Confidence = str(target), conf.Float64
		r.Positions = append(r.Positions, p)
		return err
	}, `SELECT actor, stance, target, target_actor, sentence, span_start, span_end, confidence
		FROM positions WHERE article_id = ? ORDER BY seq`, id)
	if err != nil {
		return r, err
	}
	err = each(ctx, tx, func(rows *sql.Rows) error {
		var pos int
		var claim, event sql.NullString
		if err := rows.Scan(&pos, &claim, &event); err != nil {
			return err
		}
		if pos < 1 || pos > len(r.Positions) {
			return fmt.Errorf("evidence of no position %d", pos)
		}
		ev := claim.String + event.String // one of them is NULL
		r.Positions[pos-1].Evidence = append(r.Positions[pos-1].Evidence, ev)
		return nil
	}, `SELECT position, claim, event FROM evidence WHERE article_id = ? ORDER BY position, seq`, id)
	return r, err
}

// str is the record's value of a nullable id column.
func str(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	return &s.String
}
