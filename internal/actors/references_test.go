package actors

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/nlp"
)

// spansOf returns each actor's mentions as written, by actor name.
func spansOf(t *testing.T, text string) map[string]string {
	t.Helper()
	d, err := nlp.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, a := range Find(parsed(d)) {
		var ss []string
		for _, s := range a.Spans {
			ss = append(ss, text[s[0]:s[1]])
		}
		out[a.Name] = strings.Join(ss, "|")
	}
	return out
}

func TestReferences(t *testing.T) {
	tests := []struct {
		name, text, actor, want string
	}{
		{
			"company description",
			"Halvorsen Ltd cut 300 jobs on Monday. The company said demand had fallen.",
			"Halvorsen Ltd", "Halvorsen Ltd|The company",
		},
		{
			"description with adjectives",
			"Corvanta Inc sued the regulator. The Swedish tech giant is now appealing.",
			"Corvanta Inc", "Corvanta Inc|The Swedish tech giant",
		},
		{
			"title description",
			"Mayor Lena Okafor opened the bridge. Critics said the mayor had rushed it.",
			"Lena Okafor", "Mayor Lena Okafor|the mayor",
		},
		{
			"name ending in the head",
			"The Afghan team reached Washington. The team then won a medal.",
			"Afghan team", "Afghan team|The team",
		},
		{
			"it as subject",
			"General Motors lost money. It filed for bankruptcy in June.",
			"General Motors", "General Motors|It",
		},
		{
			"they prefers a group to an institution",
			"The girls crossed land held by the Taliban. Protesters cheered when they arrived.",
			"Protesters", "Protesters|they",
		},
		{
			"no antecedent inside a quotation",
			"\u201cI met Maria Lopez,\u201d said Tom Baker. He left.",
			"Tom Baker", "Tom Baker|He",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spansOf(t, tt.text)
			if got[tt.actor] != tt.want {
				t.Errorf("%s: mentions %q, want %q (all: %v)", tt.actor, got[tt.actor], tt.want, got)
			}
		})
	}
}
