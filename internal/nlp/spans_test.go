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
		// A quotation continued over paragraphs: the next one opens with a mark.
		{"\u201cIt goes on.\n\u201cAnd on.\u201d", []string{"It goes on.", "And on."}},
		// A mark never closed ends with its sentence, not its text.
		{"He said \"never\r\nAgain.", []string{"never"}},
		{"a stray \u201d closes nothing", nil},
		// Single marks inside double ones nest; outside they quote.
		{`She said "they called it 'a mess' today".`, []string{"they called it 'a mess' today"}},
		{`He called the plan 'a mess' on Friday.`, []string{"a mess"}},
	}
	for _, tt := range tests {
		var got []string
		d := parse(t, tt.in)
		for _, q := range d.Quotes {
			got = append(got, tt.in[q[0]:q[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q).Quotes = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuotationChain(t *testing.T) {
	in := "\u201cWe will go on,\u201d she said.\n\u201cWe will not stop\n\u201cuntil it is done.\u201d"
	d := parse(t, in)
	if len(d.Quotations) != 3 {
		t.Fatalf("Parse(%q) has %d quotations, want 3", in, len(d.Quotations))
	}
	q := d.Quotations
	if q[0].Chain != -1 || q[1].Chain < 0 || q[1].Chain != q[2].Chain || !q[1].Leads || q[1].Closed(d.Input) || !q[2].Closed(d.Input) {
		t.Errorf("Parse(%q).Quotations = %+v, want the last two chained, the second open", in, q)
	}
	if len(d.Paragraphs) != 3 || q[2].Paragraph != 2 {
		t.Errorf("Parse(%q): paragraphs %v, last quotation in %d", in, d.Paragraphs, q[2].Paragraph)
	}
}

func TestOwners(t *testing.T) {
	text := "US officials met Vance."
	d := parse(t, text)
	span := func(s string) [2]int {
		i := strings.Index(text, s)
		return [2]int{i, i + len(s)}
	}
	groups := [][][2]int{{span("US")}, {span("US officials")}, {span("Vance")}}
	if got, want := Owners(d, groups, false), []int32{0, 1, -1, 2, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("Owners shortest = %v, want %v", got, want)
	}
	if got, want := Owners(d, groups, true), []int32{1, 1, -1, 2, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("Owners longest = %v, want %v", got, want)
	}
	if d.Quoted(3) {
		t.Error("Quoted outside any quotation")
	}
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
	text := "One sentence here. Another one follows."
	d := parse(t, text)
	if len(d.Sentences) != 2 {
		t.Fatalf("Parse(%q) has %d sentences, want 2", text, len(d.Sentences))
	}
	second := d.Sentences[1].Start
	for _, c := range []struct{ off, want int }{{0, 0}, {5, 0}, {second - 1, 0}, {second, 1}, {len(text), 1}} {
		if got := d.SentenceAt(c.off); got != c.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", c.off, got, c.want)
		}
	}
	if got := d.TokenAt(second); d.Tokens[got].Text != "Another" {
		t.Errorf("TokenAt(%d) = token %q, want Another", second, d.Tokens[got].Text)
	}
	// Offsets in the space between sentences and paragraphs belong to the
	// sentence before.
	text2 := "The mill closed. Workers left.\n\nThe town waited."
	d2, err := Parse([]byte(text2))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		at   string
		want int
	}{{"The mill", 0}, {"closed", 0}, {"Workers", 1}, {"\n\nThe", 1}, {"The town", 2}, {"waited", 2}} {
		off := strings.Index(text2, tc.at)
		if got := d2.SentenceAt(off); got != tc.want {
			t.Errorf("SentenceAt(%d, %q) = %d, want %d", off, tc.at, got, tc.want)
		}
	}
}
