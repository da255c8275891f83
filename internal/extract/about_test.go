package extract

import (
	"slices"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

func TestDescribe(t *testing.T) {
	text := []byte("Short first line\n\nThe mayor said the bridge would reopen.")
	tests := []struct {
		name  string
		about About
		title string
		input string
		text  string
	}{
		{"plain text, nothing said", About{}, "Short first line", record.InputText, ""},
		{"a JSON line's title", About{Input: record.InputText, Title: "Given"}, "Given", record.InputText, ""},
		{"a page with a headline", About{Input: record.InputHTML, Title: "Headline"}, "Headline", record.InputHTML, string(text)},
		{"a page without one", About{Input: record.InputHTML}, "", record.InputHTML, string(text)},
	}
	for _, tt := range tests {
		r, err := Article("x", text)
		if err != nil {
			t.Fatal(err)
		}
		Describe(&r, text, tt.about)
		if r.Title != tt.title || r.Input != tt.input || r.Text != tt.text {
			t.Errorf("%s: title %q, input %q, text %q; want %q, %q, %q", tt.name, r.Title, r.Input, r.Text, tt.title, tt.input, tt.text)
		}
		if r.Meta.Authors == nil {
			t.Errorf("%s: nil authors", tt.name)
		}
	}
	r, _ := Article("x", text)
	Describe(&r, text, About{Meta: record.Meta{URL: "https://news.example/a", Authors: []string{"Ann Bell"}}})
	if r.Meta.URL != "https://news.example/a" || !slices.Equal(r.Meta.Authors, []string{"Ann Bell"}) {
		t.Errorf("meta %+v, want the URL and author given", r.Meta)
	}
}
