// Package store keeps records in a SQLite database: it writes each
// article's record into tables of its own, one transaction per article,
// links the actors of all articles into entities, and reads the records
// back out, byte for byte as they went in.
package store

import _ "modernc.org/sqlite" // the SQLite driver, pure Go
