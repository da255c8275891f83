package nlp

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// weights are prose's two trained models in compact form.
type weights struct {
	tagger     tagger
	classifier classifier
}

// fromProse decodes prose's trained weights (the gob assets it ships) into
// compact form. This is the slow path, about half a second; the result is
// cached on disk (see cache.go).
func fromProse() (*weights, error) {
	var (
		tw      map[string]map[string]float64
		tags    map[string]string
		classes []string
		mapping map[string]int
		mw      []float64
		labels  []string
		words   []string
	)
	for _, a := range []struct {
		name string
		v    any
	}{
		{"model/AveragedPerceptron/weights.gob", &tw},
		{"model/AveragedPerceptron/tags.gob", &tags},
		{"model/AveragedPerceptron/classes.gob", &classes},
		{"model/Maxent/mapping.gob", &mapping},
		{"model/Maxent/weights.gob", &mw},
		{"model/Maxent/labels.gob", &labels},
		{"model/Maxent/words.gob", &words},
	} {
		b, err := prose.Asset(a.name)
		if err != nil {
			return nil, fmt.Errorf("prose model %s: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("prose model %s: %w", a.name, err)
		}
	}
	if len(classes) > 255 {
		return nil, errors.New("prose model: too many tag classes")
	}
	w := &weights{}

	// Tagger: feature string → sparse class weights.
	t := &w.tagger
	t.classes = classes
	index := map[string]uint8{}
	for i, c := range classes {
		index[c] = uint8(i)
	}
	t.dict = map[string]uint8{}
	for word, tag := range tags {
		c, ok := index[tag]
		if !ok {
			return nil, fmt.Errorf("prose model: tag %q of %q is no class", tag, word)
		}
		t.dict[word] = c
	}
	type feat struct {
		h  uint64
		cw map[string]float64
	}
	feats := make([]feat, 0, len(tw))
	for f, cw := range tw {
		feats = append(feats, feat{hashString(f), cw})
	}
	slices.SortFunc(feats, func(a, b feat) int { return cmp.Compare(a.h, b.h) })
	for i := 1; i < len(feats); i++ {
		if feats[i].h == feats[i-1].h {
			return nil, errors.New("prose model: tagger feature hashes collide")
		}
	}
	t.offs = append(t.offs, 0)
	keys := make([]uint64, 0, len(feats))
	for _, f := range feats {
		keys = append(keys, f.h)
		cs := make([]string, 0, len(f.cw))
		for c := range f.cw {
			cs = append(cs, c)
		}
		slices.Sort(cs)
		for _, c := range cs {
			ci, ok := index[c]
			if !ok {
				return nil, fmt.Errorf("prose model: weight for unknown class %q", c)
			}
			t.cls = append(t.cls, ci)
			t.ws = append(t.ws, f.cw[c])
		}
		t.offs = append(t.offs, uint32(len(t.cls)))
	}
	t.keys = newTable(keys)

	// Classifier: "feature-value-label" → dense label weights per
	// "feature-value".
	c := &w.classifier
	c.labels = labels
	c.basic = map[string]bool{}
	for _, wd := range words {
		c.basic[wd] = true
	}
	// The longest label suffix wins: "x-B-GPE" is label B-GPE, not "GPE".
	byLen := slices.Clone(labels)
	slices.SortFunc(byLen, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	li := map[string]int{}
	for i, l := range labels {
		li[l] = i
	}
	rows := map[uint64][]float64{}
	for entry, k := range mapping {
		label := ""
		for _, l := range byLen {
			if strings.HasSuffix(entry, "-"+l) {
				label = l
				break
			}
		}
		if label == "" || k < 0 || k >= len(mw) {
			return nil, fmt.Errorf("prose model: bad entity feature %q", entry)
		}
		h := hashString(entry[:len(entry)-len(label)-1])
		row := rows[h]
		if row == nil {
			row = make([]float64, len(labels))
			rows[h] = row
		}
		row[li[label]] += mw[k]
	}
	ckeys := make([]uint64, 0, len(rows))
	for h := range rows {
		ckeys = append(ckeys, h)
	}
	slices.Sort(ckeys)
	c.ws = make([]float64, 0, len(ckeys)*len(labels))
	for _, h := range ckeys {
		c.ws = append(c.ws, rows[h]...)
	}
	c.keys = newTable(ckeys)
	return w, nil
}

// The binary form of weights, as cached on disk: a magic string, the
// format version, a CRC-32 of the rest, then the tagger and the classifier
// as length-prefixed strings and little-endian arrays.
const (
	magic         = "extract-nlp-weights\n"
	formatVersion = 1
)

type writer struct {
	w   io.Writer
	err error
}

func (w *writer) u64(v uint64) {
	if w.err == nil {
		w.err = binary.Write(w.w, binary.LittleEndian, v)
	}
}

func (w *writer) str(s string) {
	w.u64(uint64(len(s)))
	if w.err == nil {
		_, w.err = io.WriteString(w.w, s)
	}
}

func (w *writer) strs(ss []string) {
	w.u64(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *writer) data(v any, n int) {
	w.u64(uint64(n))
	if w.err == nil {
		w.err = binary.Write(w.w, binary.LittleEndian, v)
	}
}

// encode writes weights in binary form.
func (m *weights) encode(out io.Writer) error {
	var body bytes.Buffer
	w := &writer{w: &body}
	t := &m.tagger
	w.strs(t.classes)
	words := slices.Sorted(maps.Keys(t.dict))
	w.strs(words)
	dc := make([]uint8, len(words))
	for i, wd := range words {
		dc[i] = t.dict[wd]
	}
	w.data(dc, len(dc))
	w.data(t.keys.keys, len(t.keys.keys))
	w.data(t.offs, len(t.offs))
	w.data(t.cls, len(t.cls))
	w.data(t.ws, len(t.ws))
	c := &m.classifier
	w.strs(c.labels)
	w.strs(slices.Sorted(maps.Keys(c.basic)))
	w.data(c.keys.keys, len(c.keys.keys))
	w.data(c.ws, len(c.ws))
	if w.err != nil {
		return w.err
	}
	var head bytes.Buffer
	head.WriteString(magic)
	binary.Write(&head, binary.LittleEndian, uint32(formatVersion))
	binary.Write(&head, binary.LittleEndian, crc32.ChecksumIEEE(body.Bytes()))
	binary.Write(&head, binary.LittleEndian, uint64(body.Len()))
	if _, err := out.Write(head.Bytes()); err != nil {
		return err
	}
	_, err := out.Write(body.Bytes())
	return err
}

// errCorrupt marks cached weights that cannot be used.
var errCorrupt = errors.New("corrupt model cache")

type reader struct {
	b   []byte
	err error
}

func (r *reader) u64() uint64 {
	if r.err != nil || len(r.b) < 8 {
		r.err = errCorrupt
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

func (r *reader) n(size int) int {
	n := r.u64()
	if r.err != nil || n > uint64(len(r.b)/size) {
		r.err = errCorrupt
		return 0
	}
	return int(n)
}

func (r *reader) str() string {
	n := r.n(1)
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) strs() []string {
	n := r.n(8)
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *reader) bytes() []byte {
	n := r.n(1)
	out := slices.Clone(r.b[:n])
	r.b = r.b[n:]
	return out
}

// array reads a length-prefixed array of size-byte little-endian values.
func array[T any](r *reader, size int, get func([]byte) T) []T {
	n := r.n(size)
	out := make([]T, n)
	for i := range out {
		out[i] = get(r.b[size*i:])
	}
	r.b = r.b[size*n:]
	return out
}

func (r *reader) u32s() []uint32 { return array(r, 4, binary.LittleEndian.Uint32) }

func (r *reader) u64s() []uint64 { return array(r, 8, binary.LittleEndian.Uint64) }

func (r *reader) f64s() []float64 {
	return array(r, 8, func(b []byte) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(b)) })
}

// decode reads weights in binary form, checking them as it goes.
func decode(b []byte) (*weights, error) {
	h := len(magic) + 4 + 4 + 8
	if len(b) < h || string(b[:len(magic)]) != magic {
		return nil, errCorrupt
	}
	if binary.LittleEndian.Uint32(b[len(magic):]) != formatVersion {
		return nil, errCorrupt
	}
	sum := binary.LittleEndian.Uint32(b[len(magic)+4:])
	size := binary.LittleEndian.Uint64(b[len(magic)+8:])
	body := b[h:]
	if uint64(len(body)) != size || crc32.ChecksumIEEE(body) != sum {
		return nil, errCorrupt
	}
	r := &reader{b: body}
	m := &weights{}
	t := &m.tagger
	t.classes = r.strs()
	words := r.strs()
	dc := r.bytes()
	tkeys := r.u64s()
	t.offs = r.u32s()
	t.cls = r.bytes()
	t.ws = r.f64s()
	c := &m.classifier
	c.labels = r.strs()
	basic := r.strs()
	ckeys := r.u64s()
	c.ws = r.f64s()
	if r.err != nil || len(r.b) != 0 || len(dc) != len(words) ||
		len(t.offs) != len(tkeys)+1 || len(t.cls) != len(t.ws) ||
		len(c.ws) != len(ckeys)*len(c.labels) || len(t.classes) == 0 || len(c.labels) == 0 {
		return nil, errCorrupt
	}
	if t.offs[len(t.offs)-1] != uint32(len(t.cls)) {
		return nil, errCorrupt
	}
	for i := 1; i < len(t.offs); i++ {
		if t.offs[i] < t.offs[i-1] {
			return nil, errCorrupt
		}
	}
	for _, ci := range t.cls {
		if int(ci) >= len(t.classes) {
			return nil, errCorrupt
		}
	}
	if !slices.IsSorted(tkeys) || !slices.IsSorted(ckeys) {
		return nil, errCorrupt
	}
	t.keys = newTable(tkeys)
	c.keys = newTable(ckeys)
	t.dict = make(map[string]uint8, len(words))
	for i, wd := range words {
		if int(dc[i]) >= len(t.classes) {
			return nil, errCorrupt
		}
		t.dict[wd] = dc[i]
	}
	c.basic = make(map[string]bool, len(basic))
	for _, wd := range basic {
		c.basic[wd] = true
	}
	return m, nil
}
