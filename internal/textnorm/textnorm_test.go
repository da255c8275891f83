package textnorm

import (
	"reflect"
	"strings"
	"testing"
)

func TestPrepare(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		norm   string
		breaks []int
	}{
		{"plain", "Apple said.", "Apple said.", nil},
		{"bom", "\ufeffHello.", "Hello.", nil},
		{"crlf", "One.\r\nTwo.\rThree.", "One.\nTwo.\nThree.", nil},
		{"curly quotes", "“Yes,” he said. It’s ‘fine’.", `"Yes," he said. It's 'fine'.`, nil},
		{"nbsp", "Mr.\u00a0Lee paid 25\u00a0percent.", "Mr. Lee paid 25 percent.", nil},
		{"em dash glued", "the US—they", "the US -- they", nil},
		{"em dash spaced", "the US — they", "the US -- they", nil},
		{"en dash range", "2015–2016", "2015-2016", nil},
		{"ellipsis", "Wait…", "Wait...", nil},
		{"zero width", "Ap\u200bple", "Apple", nil},
		{"glued sentence", "two nations.Senior officials", "two nations. Senior officials", []int{13}},
		{"glued after quote", "tech companies.”US officials", `tech companies." US officials`, []int{17}},
		{"glued before quote", "he said.“You can", `he said. "You can`, []int{9}},
		{"abbreviation not glued", "U.S. officials met in Washington D.C. today", "U.S. officials met in Washington D.C. today", nil},
		{"domain not glued", "see example.com now", "see example.com now", nil},
		{"title not glued", "Mr.Smith came", "Mr.Smith came", nil},
		{"decimal not glued", "rose 3.5 percent", "rose 3.5 percent", nil},
		{"invalid utf8 kept", "a\xffb", "a\xffb", nil},
	}
	for _, tt := range tests {
		got := Prepare([]byte(tt.in))
		if got.Norm != tt.norm {
			t.Errorf("%s: Prepare(%q).Norm = %q, want %q", tt.name, tt.in, got.Norm, tt.norm)
		}
		if !reflect.DeepEqual(got.Breaks, tt.breaks) {
			t.Errorf("%s: Prepare(%q).Breaks = %v, want %v", tt.name, tt.in, got.Breaks, tt.breaks)
		}
	}
}

// TestSpanRoundTrip checks that every word found in the prepared text maps
// back to the same word in the input, whatever was folded around it.
func TestSpanRoundTrip(t *testing.T) {
	in := "\ufeff“Vance’s plan,” said Mr.\u00a0Lee—the envoy.\r\nSenior officials agreed.It worked…"
	tx := Prepare([]byte(in))
	tests := []struct{ norm, input string }{
		{"Vance's", "Vance’s"},
		{`"Vance's plan,"`, "“Vance’s plan,”"},
		{"Lee", "Lee"},
		{"envoy", "envoy"},
		{"--", "—"},
		{"agreed.", "agreed."},
		{"It", "It"},
		{"worked...", "worked…"},
	}
	for _, tt := range tests {
		i := strings.Index(tx.Norm, tt.norm)
		if i < 0 {
			t.Fatalf("%q not in prepared text %q", tt.norm, tx.Norm)
		}
		s, e := tx.Span(i, i+len(tt.norm))
		if got := in[s:e]; got != tt.input {
			t.Errorf("Span of %q = input %q, want %q", tt.norm, got, tt.input)
		}
	}
	if s, e := tx.Span(3, 3); s != e {
		t.Errorf("empty span mapped to [%d, %d)", s, e)
	}
	if got := tx.Offset(len(tx.Norm)); got != len(in) {
		t.Errorf("Offset(end) = %d, want %d", got, len(in))
	}
}

func FuzzPrepare(f *testing.F) {
	f.Add([]byte("“Hello,” she said.Then — left…\r\n"))
	f.Add([]byte("\ufeffa\xff.B"))
	f.Fuzz(func(t *testing.T, in []byte) {
		tx := Prepare(in)
		for i := 0; i <= len(tx.Norm); i++ {
			for _, j := range []int{i, i + 1, len(tx.Norm)} {
				if j > len(tx.Norm) {
					continue
				}
				s, e := tx.Span(i, j)
				if s < 0 || e > len(in) || s > e {
					t.Fatalf("Span(%d, %d) = [%d, %d), input length %d", i, j, s, e, len(in))
				}
			}
		}
	})
}
