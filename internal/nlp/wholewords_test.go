package nlp

import (
	"strings"
	"testing"
)

// TestWholeWords checks that no token's span cuts a word at a contraction,
// and that a ’ closing a ‘ is no possessive of the word before it.
func TestWholeWords(t *testing.T) {
	text := "Mayor Won't Back Down\n\nShe said they ain't ready. \"Don't close it,\" Vidal said; we can't wait.\n\n‘We will never back Tom Reyes’, said Ana Lund. The Reyes’ house burned.\n"
	d := parse(t, text)
	for _, word := range []string{"Won't", "ain't", "Don't", "can't"} {
		at := strings.Index(text, word)
		i := d.TokenAt(at)
		if i >= len(d.Tokens) || int(d.Tokens[i].Start) != at {
			t.Fatalf("no token at %q", word)
		}
		if got := text[d.Tokens[i].Start:d.Tokens[i].End]; got != word {
			t.Errorf("the stem of %q spans %q, want the whole word", word, got)
		}
	}
	wo := d.TokenAt(strings.Index(text, "Won't"))
	if tag := d.Tokens[wo].Tag; strings.HasPrefix(tag, "NN") {
		t.Errorf("the stem of \"Won't\" in a headline is tagged %s, a noun", tag)
	}
	for _, e := range d.Entities {
		if e.First <= wo && wo < e.Lim {
			t.Errorf("the stem of \"Won't\" is in the entity %q", text[e.Start:e.End])
		}
	}
	for i, tok := range d.Tokens {
		if tok.Text != "'" {
			continue
		}
		closing := strings.HasPrefix(text[int(tok.Start)-len("Reyes"):], "Reyes’,")
		if closing && tok.Tag == "POS" {
			t.Errorf("token %d: the ’ closing ‘We will never back Tom Reyes’ is tagged POS", i)
		}
		if !closing && strings.HasPrefix(text[int(tok.Start)-len("Reyes"):], "Reyes’ house") && tok.Tag != "POS" {
			t.Errorf("token %d: the possessive ’ of \"The Reyes’ house\" is tagged %s, want POS", i, tok.Tag)
		}
	}
}
