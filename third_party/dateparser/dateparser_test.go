package dateparser

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	want := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"March 14, 2025", "14 March 2025", "Mar. 14, 2025", " 2025-03-14 ", "Friday, March 14, 2025"} {
		d, err := (&Parser{}).Parse(&Configuration{}, s)
		if err != nil || !d.Time.Equal(want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, d.Time, err, want)
		}
	}
	for _, s := range []string{"14/03/2025", "last Friday", "March 2025", "the mayor said on Tuesday"} {
		if d, err := Parse(nil, s); err == nil {
			t.Errorf("Parse(%q) = %v, want no date", s, d.Time)
		}
	}
}
