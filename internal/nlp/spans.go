package nlp

import "sort"

// Quoted reports whether input offset p lies inside a quotation.
func (d *Doc) Quoted(p int) bool {
	i := sort.Search(len(d.Quotes), func(i int) bool { return d.Quotes[i][1] > p })
	return i < len(d.Quotes) && d.Quotes[i][0] <= p
}

// TokenAt returns the index of the first token starting at or after input
// offset off.
func (d *Doc) TokenAt(off int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return int(d.Tokens[i].Start) >= off })
}

// SentenceAt returns the index of the sentence holding input offset off:
// the last one starting at or before it (0 before the first).
func (d *Doc) SentenceAt(off int) int {
	ss := d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Start > off })
	if i > 0 {
		i--
	}
	return i
}

// Initial reports whether token i is an initial, a capital letter written
// together with the full stop that is token i+1: the tokenizer splits the
// "F." of "Gerald F. Seib" in two.
func (d *Doc) Initial(i int) bool {
	if i < 0 || i+1 >= len(d.Tokens) {
		return false
	}
	t, dot := d.Tokens[i], d.Tokens[i+1]
	return len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && dot.Text == "." && dot.Start == t.End
}

// Owners maps each token to the group of spans holding it, or -1:
// groups[g] lists the spans of group g, such as one actor's mentions.
// Where spans of several groups hold a token, the shortest span wins, or
// the longest when longest is set: in "US officials", "US" is the country
// by the shortest span and the officials by the longest.
func Owners[S ~[2]int](d *Doc, groups [][]S, longest bool) []int32 {
	of := make([]int32, len(d.Tokens))
	width := make([]int32, len(d.Tokens)) // a span's bytes: an article is far under 2 GB
	for i := range of {
		of[i] = -1
	}
	for g, spans := range groups {
		for _, sp := range spans {
			w := int32(sp[1] - sp[0])
			for i := d.TokenAt(sp[0]); i < len(d.Tokens) && int(d.Tokens[i].End) <= sp[1]; i++ {
				if of[i] < 0 || !longest && w < width[i] || longest && w > width[i] {
					of[i], width[i] = int32(g), w
				}
			}
		}
	}
	return of
}
