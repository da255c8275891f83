package nlp

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mingrammer/commonregex"
)

// This file holds the inference half of prose's two models, written anew
// over compact structures: the averaged-perceptron part-of-speech tagger
// and the maximum-entropy entity classifier. prose builds every feature as
// a string and looks it up in a map of strings, once per label, for every
// token; here each feature is an FNV-1a hash computed from its parts as
// they stream by, looked up in a sorted table. The features themselves are
// prose's, so that the trained weights mean what they meant in training.

// fnv is a streaming FNV-1a 64-bit hash.
type fnv uint64

const (
	fnvOffset fnv = 14695981039346656037
	fnvPrime  fnv = 1099511628211
)

func (h fnv) add(s string) fnv {
	for i := 0; i < len(s); i++ {
		h ^= fnv(s[i])
		h *= fnvPrime
	}
	return h
}

func (h fnv) byte(c byte) fnv {
	h ^= fnv(c)
	return h * fnvPrime
}

func hashString(s string) uint64 { return uint64(fnvOffset.add(s)) }

// tagger is prose's averaged perceptron, for inference.
type tagger struct {
	classes []string
	dict    map[string]uint8 // words with one tag, tagged without the model
	keys    table            // hashes of feature strings
	offs    []uint32         // weights of keys.keys[i] are cls/ws[offs[i]:offs[i+1]]
	cls     []uint8
	ws      []float32
}

// table finds hashes in a sorted key list through an open-addressing
// index built once: a slot holds a key beside its position, so that a
// look-up reads one cache line (mostly), not one in the index and one in
// the keys (the look-ups are most of the time of tagging and labelling,
// and each misses the cache).
type table struct {
	keys  []uint64 // sorted
	slots []slot
	mask  uint64
}

// A slot of a table: a key, in two halves so that a slot takes 12 bytes,
// not 16, and its position in keys + 1, or 0 for empty.
type slot struct {
	lo, hi, pos uint32
}

func newTable(keys []uint64) table {
	n := 1
	for n < 2*len(keys) {
		n <<= 1
	}
	t := table{keys: keys, slots: make([]slot, n), mask: uint64(n - 1)}
	for i, h := range keys {
		j := mix(h) & t.mask
		for t.slots[j].pos != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot{uint32(h), uint32(h >> 32), uint32(i + 1)}
	}
	return t
}

// mix spreads a hash's bits, so that the low bits index well.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// find returns the position of h in the keys, or -1.
func (t *table) find(h uint64) int {
	if len(t.slots) == 0 {
		return -1
	}
	for j := mix(h) & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s.pos == 0 {
			return -1
		}
		if s.lo == uint32(h) && s.hi == uint32(h>>32) {
			return int(s.pos - 1)
		}
	}
}

var (
	noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// normalizeWord folds a word for the tagger's context as prose does:
// hyphenated words, four-digit numbers and numbers become placeholders.
func normalizeWord(w string) string {
	if w == "" {
		return w
	}
	if strings.Contains(w, "-") && w[0] != '-' {
		return "!HYPHEN"
	}
	if len(w) == 4 && isInt(w) {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isInt reports whether strconv.Atoi accepts s, without its error's cost.
func isInt(s string) bool {
	i := 0
	if s != "" && (s[0] == '+' || s[0] == '-') {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func last3(s string) string { return s[len(s)-min(len(s), 3):] }

// tag sets the Tag of each token of one sentence.
func (t *tagger) tag(toks []Token) {
	ctx := make([]string, len(toks)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i := range toks {
		ctx[i+2] = normalizeWord(toks[i].Text)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	scores := make([]float64, len(t.classes))
	seen := make([]bool, len(t.classes))
	for i := range toks {
		w := toks[i].Text
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case isLink(w):
			tag = "NN"
		case (w[0] == '0' || w[0] == '*') && noneRE.MatchString(w):
			tag = "-NONE-"
		case w[0] == '-' && keepRE.MatchString(w):
			tag = w
		default:
			if c, ok := t.dict[w]; ok {
				tag = t.classes[c]
			} else {
				tag = t.predict(i+2, ctx, w, p1, p2, scores, seen)
			}
		}
		toks[i].Tag = tag
		p2, p1 = p1, tag
	}
}

// isLink reports what prose tags NN outright: links, e-mail addresses and
// handles.
func isLink(w string) bool {
	if w[0] == '@' {
		return true
	}
	if !strings.ContainsAny(w, "./:@") {
		return false
	}
	return commonregex.LinkRegex.MatchString(w) || commonregex.EmailRegex.MatchString(w)
}

// tagFeatures are the tagger's feature names, in prose's order; all but
// the first ("bias") take a value after a space.
var tagFeatures = [...]string{
	"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag",
	"i word", "i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word",
	"i+1 word", "i+1 suffix", "i+2 word",
}

// tagPrefix holds the hash of each of tagFeatures with the space after
// it; the first, "bias", is the whole feature.
var tagPrefix = func() (p [len(tagFeatures)]fnv) {
	for f, name := range tagFeatures {
		p[f] = fnvOffset.add(name).byte(' ')
	}
	p[0] = fnvOffset.add(tagFeatures[0])
	return p
}()

// predict scores the features of the word at ctx[i] and returns the best
// class. Like prose, it considers only classes some feature has a weight
// for; ties go to the first class. The features are hashed first and
// looked up together, so that the look-ups' cache misses overlap; their
// weights are then summed in prose's order.
func (t *tagger) predict(i int, ctx []string, w, p1, p2 string, scores []float64, seen []bool) string {
	clear(scores)
	clear(seen)
	p := &tagPrefix
	hs := [len(tagFeatures)]fnv{
		p[0],
		p[1].add(last3(w)),
		p[2].add(w[:1]),
		p[3].add(p1),
		p[4].add(p2),
		p[5].add(p1).byte(' ').add(p2),
		p[6].add(ctx[i]),
		p[7].add(p1).byte(' ').add(ctx[i]),
		p[8].add(ctx[i-1]),
		p[9].add(last3(ctx[i-1])),
		p[10].add(ctx[i-2]),
		p[11].add(ctx[i+1]),
		p[12].add(last3(ctx[i+1])),
		p[13].add(ctx[i+2]),
	}
	var ks [len(hs)]int
	for f, h := range hs {
		ks[f] = t.keys.find(uint64(h))
	}
	for _, k := range ks {
		if k < 0 {
			continue
		}
		for j := t.offs[k]; j < t.offs[k+1]; j++ {
			c := t.cls[j]
			scores[c] += float64(t.ws[j])
			seen[c] = true
		}
	}
	best := -1
	for c := range scores {
		if seen[c] && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return ""
	}
	return t.classes[best]
}

// classifier is prose's maximum-entropy entity classifier, for inference.
type classifier struct {
	labels []string        // B-PERSON, I-PERSON, O, ...
	basic  map[string]bool // prose's list of basic English words
	keys   table           // hashes of "feature-value"
	ws     []float32       // weights of keys.keys[i] are ws[i*len(labels):(i+1)*len(labels)]
}

// The features, in prose's order.
var featureNames = [...]string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen",
}

// entityTypes holds the entity types of the classifier's labels, so that
// a token keeps its type in a byte: names[0] is "", no entity; code[l]
// and begin[l] are the type and the B- of label l ("B-PERSON": PERSON,
// true). Built on the first label call; a process has one classifier.
var entityTypes struct {
	once  sync.Once
	names []string
	code  []uint8
	begin []bool
}

// entity returns whether label l begins an entity and the code of its
// type.
func (c *classifier) entity(l int) (bool, uint8) {
	entityTypes.once.Do(func() {
		e := &entityTypes
		e.names = []string{""}
		for _, name := range c.labels {
			var code uint8
			if j := strings.IndexByte(name, '-'); j >= 0 {
				k := slices.Index(e.names, name[j+1:])
				if k < 0 {
					k = len(e.names)
					if k > 255 {
						panic("nlp: over 255 entity types")
					}
					e.names = append(e.names, name[j+1:])
				}
				code = uint8(k)
			}
			e.code = append(e.code, code)
			e.begin = append(e.begin, strings.HasPrefix(name, "B-"))
		}
	})
	return entityTypes.begin[l], entityTypes.code[l]
}

// featurePrefix holds the hash of each of featureNames with the '-' that
// joins it to its value.
var featurePrefix = func() (p [len(featureNames)]fnv) {
	for f, name := range featureNames {
		p[f] = fnvOffset.add(name).byte('-')
	}
	return p
}()

// addLower adds strings.ToLower(s) to h, without making it when s is
// ASCII.
func (h fnv) addLower(s string) fnv {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return h.add(strings.ToLower(s))
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = h.byte(c)
	}
	return h
}

// label sets the entity type and Begin of each token of one sentence, from
// prose's labels: "B-PERSON", "O", ... Each feature is hashed as prose
// spells it ("pos+prevtag-NNP+B", "word.lower-harbour") straight from its
// parts, and the features of a token are looked up together, so that the
// look-ups' cache misses overlap; their weights are summed in prose's
// order.
func (c *classifier) label(toks []Token) {
	n := len(c.labels)
	scores := make([]float64, n)
	fp := &featurePrefix
	prevTag, prevShape := "None", "None"
	shape0 := ""
	for i := range toks {
		w := toks[i].Text
		tag := toks[i].Tag
		sh := shape(w)
		basic := "False"
		if c.basic[w] {
			basic = "True"
		}
		prevWord, prevPos := fp[9].add("None"), "None"
		if i > 0 {
			prevWord = fp[9].addLower(toks[i-1].Text)
			prevPos = toks[i-1].Tag
			if i > 1 {
				prevShape = shape0
			}
		}
		// The next word and its tag, lower-cased, or "None" after the
		// last.
		nextWord, nextPos, lowerNext := fp[3].add("None"), "None", false
		if i < len(toks)-1 {
			nextWord = fp[3].addLower(toks[i+1].Text)
			nextPos, lowerNext = toks[i+1].Tag, true
		}
		var hs [len(featureNames)]fnv
		hs[0] = fp[0].add("True")
		hs[1] = fp[1].add(basic)
		if lowerNext {
			hs[2] = fp[2].addLower(nextPos)
		} else {
			hs[2] = fp[2].add(nextPos)
		}
		hs[3] = nextWord
		hs[4] = fp[4].add(tag)
		hs[5] = fp[5].add(tag).byte('+').add(prevTag)
		hs[6] = fp[6].addLower(w[:min(len(w), 3)])
		hs[7] = fp[7].add(prevPos)
		hs[8] = fp[8].add(prevTag)
		hs[9] = prevWord
		hs[10] = fp[10].add(sh)
		hs[11] = fp[11].add(prevShape).byte('+').add(prevTag)
		hs[12] = fp[12].addLower(last3(w))
		hs[13] = fp[13].add(w)
		if lowerNext {
			hs[14] = fp[14].addLower(w).byte('+').addLower(nextPos)
		} else {
			hs[14] = fp[14].addLower(w).byte('+').add(nextPos)
		}
		hs[15] = fp[15].addLower(w)
		hs[16] = fp[16].add(strconv.Itoa(len(w)))
		var ks [len(hs)]int
		for f, h := range hs {
			ks[f] = c.keys.find(uint64(h))
		}
		clear(scores)
		for _, k := range ks {
			if k < 0 {
				continue
			}
			for l, wt := range c.ws[k*n : (k+1)*n] {
				scores[l] += float64(wt)
			}
		}
		best := 0
		for l := 1; l < n; l++ {
			if scores[l] > scores[best] {
				best = l
			}
		}
		toks[i].Begin, toks[i].label = c.entity(best)
		prevTag = c.labels[best]
		if j := strings.IndexByte(prevTag, '-'); j >= 0 {
			prevTag = prevTag[:j]
		}
		shape0 = sh
	}
}

// shape describes a word's form as prose's entity features do.
func shape(w string) string {
	if isNumeric(w) {
		return "number"
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case w == "":
		return "other"
	case !isWordRune(r):
		return "punct"
	case strings.ToLower(w) == w:
		return "downcase"
	case strings.Title(w) == w: //nolint:staticcheck // prose's definition
		return "upcase"
	}
	return "mixedcase"
}

func isWordRune(r rune) bool {
	return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// isNumeric reports whether strconv.ParseFloat accepts s.
func isNumeric(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == '.', c == '+', c == '-', c == 'i', c == 'I', c == 'n', c == 'N':
		_, err := strconv.ParseFloat(s, 64)
		return err == nil
	}
	return false
}
