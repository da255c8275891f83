// Package dateparser stands in for github.com/markusmobius/go-dateparser,
// which go-htmldate (under go-trafilatura) uses for its last, slowest
// search of a page for a date. The original compiles about 4,000 regular
// expressions for every language it knows when the program starts: 0.7 s
// and 80 MB on every run of extract, plain text included, before any
// input is read. This stand-in has the same API surface that go-htmldate
// uses and reads the few absolute English forms news pages write
// ("March 14, 2025", "14 March 2025", "Mar. 14, 2025", "2025-03-14",
// "14/03/2025" is left alone as ambiguous); anything else is no date, and
// go-htmldate's own patterns, the page's metadata and JSON-LD still come
// first. go.mod's replace directive points here; README.md says so.
package dateparser

import (
	"errors"
	"strings"
	"time"
)

// ParserType names a kind of date reading; only the names are kept.
type ParserType int

// The parser types go-htmldate asks for.
const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// DateOrder is the order of day, month and year in ambiguous dates.
type DateOrder int

// Date orders.
const (
	DefaultOrder DateOrder = iota
	DMY
	MDY
	YMD
)

// PreferredDayOfMonth is the day taken when a date names no day.
type PreferredDayOfMonth int

// Preferred days.
const (
	DefaultDay PreferredDayOfMonth = iota
	Current
	First
	Last
)

// PreferredDateSource says whether an incomplete date lies in the past or
// the future.
type PreferredDateSource int

// Preferred sources.
const (
	DefaultSource PreferredDateSource = iota
	CurrentPeriod
	Past
	Future
)

// Configuration is the part of the original's configuration that callers
// set; the stand-in reads none of it but StrictParsing's spirit: only
// complete dates (day, month and year) are read.
type Configuration struct {
	Locales             []string
	Languages           []string
	DateOrder           DateOrder
	CurrentTime         time.Time
	PreferredDayOfMonth PreferredDayOfMonth
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
}

// Date is a date read from text.
type Date struct {
	Time time.Time
}

// Parser reads dates; ParserTypes is kept for the API only.
type Parser struct {
	ParserTypes []ParserType
}

// ErrNoDate is returned for text that holds no date this parser reads.
var ErrNoDate = errors.New("dateparser: no date")

// layouts are the complete absolute forms read, after the text is trimmed
// and stops after month abbreviations are dropped.
var layouts = []string{
	"January 2, 2006", "January 2 2006", "2 January 2006", "Jan 2, 2006", "Jan 2 2006",
	"2 Jan 2006", "Monday, January 2, 2006", "Monday, 2 January 2006", "Mon, 2 Jan 2006",
	"2006-01-02", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05",
}

// Parse reads s as one of the complete absolute date forms, in UTC.
func (p *Parser) Parse(cfg *Configuration, s string) (Date, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ""))
	if len(s) > 40 {
		return Date{}, ErrNoDate
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return Date{Time: t.UTC()}, nil
		}
	}
	return Date{}, ErrNoDate
}

// Parse reads s with a parser of every type, as the original's function.
func Parse(cfg *Configuration, s string) (Date, error) {
	return (&Parser{}).Parse(cfg, s)
}
