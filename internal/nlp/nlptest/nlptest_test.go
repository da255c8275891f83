package nlptest

import "testing"

func TestParse(t *testing.T) {
	d := Parse(t, "Mara Lind spoke in Oslo on Monday.\n")
	if len(d.Tokens) == 0 || d.Tokens[0].Text != "Mara" {
		t.Fatalf("Parse gave tokens %v, want the first to be Mara", d.Tokens)
	}
}

func TestParseAt(t *testing.T) {
	d, i := ParseAt(t, "Mara Lind spoke in Oslo on Monday.\n", "Oslo on")
	if d.Tokens[i].Text != "Oslo" {
		t.Fatalf("ParseAt gave token %d %q, want Oslo", i, d.Tokens[i].Text)
	}
}
