package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	_ "modernc.org/sqlite" // the SQLite driver, pure Go
)

// A DB is an extract database, open for writing (Open) or reading
// (OpenRead). Its methods may be called from several goroutines, but only
// one Writer may be in use at a time.
type DB struct {
	db   *sql.DB
	path string
}

// ErrNotOurs says that a file is no extract database: not SQLite at all, or
// SQLite with tables of someone else's. Such a file is never modified.
var ErrNotOurs = errors.New("not an extract database")

// ErrNewer says that a database has a newer schema than this extract knows.
var ErrNewer = errors.New("database of a newer schema")

// Open opens the extract database at path for writing, creating it if
// there is no file there (or an empty one). A file that is not an extract
// database, or one of a newer schema, is refused and left as it was.
func Open(path string) (*DB, error) {
	d, err := open(path, false)
	if err != nil {
		return nil, err
	}
	if err := d.init(); err != nil {
		d.db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// OpenRead opens the extract database at path for reading only. A missing
// file is an error, not a new database.
func OpenRead(path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%s: %w", path, pathError(err))
	}
	d, err := open(path, true)
	if err != nil {
		return nil, err
	}
	version, err := d.check()
	if err == nil && version == 0 {
		err = fmt.Errorf("%w: it holds no tables (make one with extract --db)", ErrNotOurs)
	}
	if err != nil {
		d.db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

func open(path string, readOnly bool) (*DB, error) {
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)", "temp_store(MEMORY)"} {
		q.Add("_pragma", p)
	}
	if readOnly {
		q.Set("mode", "ro")
	}
	// A file: URI, so that no character of the path is read as an option.
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath(), RawQuery: q.Encode()}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// Keep the connections that workers open to look up articles: a new
	// one costs a file open and a reading of the schema. (database/sql
	// keeps two idle by default, and a run uses one per worker and one to
	// write.)
	db.SetMaxIdleConns(16)
	return &DB{db: db, path: path}, nil
}

// Path returns the path the database was opened with.
func (d *DB) Path() string { return d.path }

// Close closes the database.
func (d *DB) Close() error {
	return d.db.Close()
}

// check reads, and writes nothing, whether the database is ours, and
// returns its schema version: 0 for a database without tables, which is
// ours to make. It refuses one of a newer schema.
func (d *DB) check() (int, error) {
	var app, version, tables int
	err := d.db.QueryRow(`PRAGMA application_id`).Scan(&app)
	if err == nil {
		err = d.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	}
	if err == nil {
		err = d.db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&tables)
	}
	switch {
	case err != nil && strings.Contains(err.Error(), "not a database"):
		return 0, fmt.Errorf("%w: not a SQLite file", ErrNotOurs)
	case err != nil:
		return 0, err
	case app == 0 && version == 0 && tables == 0:
		return 0, nil
	case app != applicationID:
		return 0, fmt.Errorf("%w: a SQLite database of another program", ErrNotOurs)
	case version > SchemaVersion:
		return 0, fmt.Errorf("%w (schema %d; this extract knows %d and older): use a newer extract", ErrNewer, version, SchemaVersion)
	case version < 1:
		return 0, fmt.Errorf("%w: no schema version", ErrNotOurs)
	}
	return version, nil
}

// init checks the database and makes its tables if it has none, in WAL
// mode, so that it can be read while a run writes it.
func (d *DB) init() error {
	version, err := d.check()
	if err != nil {
		return err
	}
	if _, err := d.db.Exec(`PRAGMA journal_mode = WAL`); err != nil {
		return err
	}
	if version == SchemaVersion {
		return nil
	}
	tx, err := d.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Another process may have made the tables since check.
	if err := tx.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return err
	}
	if version != 0 {
		return tx.Commit()
	}
	stmts := schema + fmt.Sprintf("\nPRAGMA application_id = %d;\nPRAGMA user_version = %d;\n", applicationID, SchemaVersion)
	if _, err := tx.Exec(stmts); err != nil {
		return fmt.Errorf("make tables: %w", err)
	}
	return tx.Commit()
}

// Hash returns the content hash the database keeps for an input: the
// SHA-256 of its bytes as read, in hex.
func Hash(input []byte) string {
	sum := sha256.Sum256(input)
	return hex.EncodeToString(sum[:])
}

// Unchanged looks for the article source as it was last stored: it
// returns its id and true when that was from the same content hash, read
// the same way (readAs) by the same extractor version, so that it need not
// be extracted again.
func (d *DB) Unchanged(ctx context.Context, source, hash, readAs, extractor string) (int64, bool, error) {
	var id int64
	err := d.db.QueryRowContext(ctx, `SELECT id FROM articles
		WHERE source = ? AND content_hash = ? AND read_as = ? AND extractor = ?`,
		source, hash, readAs, extractor).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return 0, false, nil
	case err != nil:
		return 0, false, fmt.Errorf("%s: %w", d.path, err)
	}
	return id, true, nil
}

// pathError drops the operation and path from a file-system error, which
// the caller names itself.
func pathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
