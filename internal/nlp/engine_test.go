package nlp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en") })

// agreement compares our tags and labels with prose's own, sentence by
// sentence, over the given articles. Positions whose word occurs twice in
// its sentence are left out: prose's token aliasing decides those.
func agreement(t *testing.T, texts [][]byte) (same, total int) {
	t.Helper()
	for _, text := range texts {
		d := parse(t, string(text))
		for _, s := range d.Sentences {
			toks := d.Tokens[s.First:s.Lim]
			sent := strings.ReplaceAll(d.Text.Norm[normStart(d, s):normEnd(d, s)], `"`, " ")
			doc, err := prose.NewDocument(sent, prose.WithSegmentation(false), prose.UsingModel(proseModel()))
			if err != nil {
				t.Fatal(err)
			}
			want := doc.Tokens()
			if len(want) != len(toks) {
				continue // a token prose rewrote: not comparable
			}
			count := map[string]int{}
			for _, w := range want {
				count[w.Text]++
			}
			for i, w := range want {
				if count[w.Text] > 1 {
					continue
				}
				total++
				label := toks[i].Label()
				if label != "" {
					if toks[i].Begin {
						label = "B-" + label
					} else {
						label = "I-" + label
					}
				} else {
					label = "O"
				}
				if w.Tag == toks[i].Tag && w.Label == label {
					same++
				} else if testing.Verbose() {
					t.Logf("%q: prose %s %s, ours %s %s in %q", w.Text, w.Tag, w.Label, toks[i].Tag, label, sent)
				}
			}
		}
	}
	return same, total
}

// normStart and normEnd find a sentence's span in the prepared text.
func normStart(d *Doc, s Sentence) int {
	for i := 0; i < len(d.Text.Norm); i++ {
		if d.Text.Offset(i) >= s.Start {
			return i
		}
	}
	return len(d.Text.Norm)
}

func normEnd(d *Doc, s Sentence) int {
	for i := len(d.Text.Norm); i > 0; i-- {
		if _, e := d.Text.Span(i-1, i); e <= s.End {
			return i
		}
	}
	return 0
}

func readAll(t testing.TB, pattern string) [][]byte {
	t.Helper()
	paths, _ := filepath.Glob(pattern)
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestAgreesWithProse checks our inference against prose's on the test
// articles: identical tags and labels at 99.9% of comparable positions.
func TestAgreesWithProse(t *testing.T) {
	texts := readAll(t, "../../testdata/articles/*.txt")
	if len(texts) == 0 {
		t.Fatal("no test articles")
	}
	same, total := agreement(t, texts)
	if total < 500 || float64(same) < 0.999*float64(total) {
		t.Errorf("agree with prose at %d of %d positions, want 99.9%%", same, total)
	}
}

// TestAgreesWithProseEval does the same over the evaluation articles beside
// the project, when they are there. It takes a while: -short skips it, and
// so does the race detector, under which prose is several times slower.
func TestAgreesWithProseEval(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("long; run it without -short and -race")
	}
	texts := readAll(t, "../../../shared/eval/articles/*.txt")
	if len(texts) == 0 {
		t.Skip("no ../shared/eval/articles")
	}
	same, total := agreement(t, texts)
	t.Logf("agree with prose at %d of %d positions (%.4f)", same, total, float64(same)/float64(total))
	if float64(same) < 0.999*float64(total) {
		t.Errorf("agree with prose at %d of %d positions, want 99.9%%", same, total)
	}
}

// TestAddLower checks that a hash of a word lower-cased as it streams by
// is that of strings.ToLower's word, ASCII or not, valid UTF-8 or not.
func TestAddLower(t *testing.T) {
	for _, s := range []string{"", "harbour", "Harbour", "NATO", "Ørsted", "İstanbul", "ÉTÉ", "a\xffB", "Mc-Kay's"} {
		if got, want := fnvOffset.addLower(s), fnvOffset.add(strings.ToLower(s)); got != want {
			t.Errorf("addLower(%q) = %x, want the hash of %q, %x", s, got, strings.ToLower(s), want)
		}
	}
}

// TestWordTokensAsProse checks that splitting a text word by word, each
// word once, gives the tokens prose's tokenizer gives for the whole text.
func TestWordTokensAsProse(t *testing.T) {
	texts := []string{
		"", " ", "  lead and trail  ", "one\ttab\n\nand  two  spaces", "\u201cWe won\u2019t,\u201d she said. \u2018Fine.\u2019",
		"It&rsquo;s (quite) $5,000 -- or U.S. e.g. :-) they'll I'm don't", "a\u00a0b \u2003c", "\"\" '' \"x\" 'y'",
	}
	paths, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
		texts = append(texts, string(b))
	}
	words := make(wordTokens)
	for _, text := range texts {
		if got, want := words.tokenize(text), tokenize(text); !slices.Equal(got, want) {
			t.Errorf("tokens of %q word by word:\n%q\nprose's:\n%q", text, got, want)
		}
	}
}
