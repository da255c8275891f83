package warc

import (
	"fmt"
	"sort"
	"strings"
)

// Summary counts what a WARC file held.
type Summary struct {
	Records   int            // records read
	Responses int            // response records among them
	Used      int            // HTML pages returned
	Skipped   map[string]int // responses not used, by reason
	Others    map[string]int // records other than responses, by WARC-Type
}

func (s *Summary) skip(reason string) {
	if reason == notResponse {
		return
	}
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
}

func (s *Summary) other(typ string) {
	if s.Others == nil {
		s.Others = map[string]int{}
	}
	s.Others[typ]++
}

// String says it in one line: "7 records: 3 responses, 2 used (1 not
// HTML); 4 other records (2 request, 1 metadata, 1 warcinfo)".
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s, %d used", plural(s.Records, "record"), plural(s.Responses, "response"), s.Used)
	if len(s.Skipped) > 0 {
		fmt.Fprintf(&b, " (%s)", counts(s.Skipped))
	}
	if n := s.Records - s.Responses; n > 0 {
		fmt.Fprintf(&b, "; %s (%s)", plural(n, "other record"), counts(s.Others))
	}
	return b.String()
}

// counts lists counts by name, most first, then by name.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%d %s", m[k], k)
	}
	return strings.Join(parts, ", ")
}

// plural says how many of a thing: "1 record", "2 records".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
