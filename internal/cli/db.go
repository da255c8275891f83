package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/store"
)

// A dbRun is the database a run with --db writes: articles whose input,
// way of reading and extractor are those it already holds are not
// extracted again; the others replace what it held for their source. At
// the end of the run the actors of all articles are linked into entities.
type dbRun struct {
	db        *store.DB
	w         *store.Writer
	readAs    string // --input
	extractor string // the version of extract, and the --min-confidence it kept items at
}

// A dbError is a failure of the database, which ends the run.
type dbError struct{ err error }

func (e *dbError) Error() string { return e.err.Error() }
func (e *dbError) Unwrap() error { return e.err }

// openDB opens the database of --db, made if missing. A file that is not
// extract's, or of a newer schema, is refused, untouched.
func (o *options) openDB(ctx context.Context) (*dbRun, error) {
	db, err := store.Open(o.db)
	if err != nil {
		return nil, &dbError{err}
	}
	w, err := db.NewWriter(ctx)
	if err != nil {
		db.Close()
		return nil, &dbError{err}
	}
	return &dbRun{db: db, w: w, readAs: o.input, extractor: fmt.Sprintf("%s min-confidence=%g", buildVersion(), o.minConfidence)}, nil
}

// unchanged reports whether the database holds the record of source from
// text of the same hash, and if so, when its record is wanted on standard
// output too (--format), reads it back.
func (s *dbRun) unchanged(ctx context.Context, source, hash string, want bool) (record.Record, bool, error) {
	id, ok, err := s.db.Unchanged(ctx, source, hash, s.readAs, s.extractor)
	if err != nil || !ok || !want {
		return record.Record{}, ok, err
	}
	rec, err := s.db.Record(ctx, id)
	return rec, err == nil, err
}

// put stores the record of a result that was extracted.
func (s *dbRun) put(r result) error {
	err := s.w.Put(store.Article{
		Record:    r.rec,
		Input:     r.text,
		Hash:      r.hash,
		ReadAs:    s.readAs,
		Extractor: s.extractor,
		At:        time.Now(),
	})
	if err != nil {
		return &dbError{err}
	}
	return nil
}

// close commits what is held, links the entities if any article changed
// (even when the run was interrupted: it takes little time next to the
// extraction, and leaves the database ready to query) and closes the
// database.
func (s *dbRun) close() error {
	err := s.w.Close()
	if err == nil {
		err = s.db.Link(context.Background())
	}
	err = errors.Join(err, s.db.Close())
	if err != nil {
		return &dbError{err}
	}
	return nil
}

// dbFailed reports whether err is a failure of the database, which names
// it, and is to be reported as it is.
func dbFailed(err error) bool {
	var e *dbError
	return errors.As(err, &e)
}
