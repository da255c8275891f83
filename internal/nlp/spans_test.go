package nlp

import (
	"reflect"
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`He said "yes" and "no".`, []string{"yes", "no"}},
		{"\u201cWe will fight,\u201d she said, \u201cand win.\u201d", []string{"We will fight,", "and win."}},
		{"\u201cIt goes on\n\u201cand on.\u201d", []string{"and on."}},
		{"He said \"never\r\nAgain.", nil},
		{"a stray \u201d closes nothing", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotes([]byte(tt.in)) {
			got = append(got, tt.in[q[0]:q[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("quotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOwners(t *testing.T) {
	text := "US officials met Vance."
	d := parse(t, text)
	span := func(s string) [2]int {
		i := indexOf(text, s)
		return [2]int{i, i + len(s)}
	}
	groups := [][][2]int{{span("US")}, {span("US officials")}, {span("Vance")}}
	if got, want := Owners(d, groups, false), []int{0, 1, -1, 2, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("Owners shortest = %v, want %v", got, want)
	}
	if got, want := Owners(d, groups, true), []int{1, 1, -1, 2, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("Owners longest = %v, want %v", got, want)
	}
	if d.Quoted(3) {
		t.Error("Quoted outside any quotation")
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestInitial(t *testing.T) {
	text := "Analyst Gerald F. Seib wrote it in the U.S. on Plan B."
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, tk := range d.Tokens {
		if d.Initial(i) {
			got = append(got, tk.Text)
		}
	}
	// "B." ends the text: a letter and a full stop written together all
	// the same; whether a name goes on is the caller's question.
	if want := []string{"F", "B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("initials of %q = %q, want %q", text, got, want)
	}
}

func TestSentenceAt(t *testing.T) {
	text := "The mill closed. Workers left.\n\nThe town waited."
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		at   string
		want int
	}{{"The mill", 0}, {"closed", 0}, {"Workers", 1}, {"\n\nThe", 1}, {"The town", 2}, {"waited", 2}} {
		off := strings.Index(text, tc.at)
		if got := d.SentenceAt(off); got != tc.want {
			t.Errorf("SentenceAt(%d, %q) = %d, want %d", off, tc.at, got, tc.want)
		}
	}
}
