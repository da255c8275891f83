package lexicon

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestLemma(t *testing.T) {
	f, err := os.Open("testdata/lemmas.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Fields(line)
		if len(c) != 3 {
			t.Fatalf("testdata/lemmas.txt: bad line %q", line)
		}
		n++
		if got := Lemma(c[0], c[1]); got != c[2] {
			t.Errorf("Lemma(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
	if n < 300 {
		t.Errorf("testdata/lemmas.txt has %d cases, want at least 300", n)
	}
}
