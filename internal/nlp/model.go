package nlp

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"errors"
	"fmt"
	"slices"
	"strings"

	prose "github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// weights are prose's two trained models in compact form, and the
// sentence splitter's training (punkt's English data, which prose uses).
type weights struct {
	tagger     tagger
	classifier classifier
	punkt      *sentences.Storage
}

// fromProse decodes prose's trained weights (the gob assets it ships) into
// compact form: weights as float32, half the size of prose's float64, which
// changes no tag or label of the evaluation articles (sums are still taken
// in float64). This is the slow path, about half a second; the result is
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
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("sentence model: %w", err)
	}
	if w.punkt, err = sentences.LoadTraining(b); err != nil {
		return nil, fmt.Errorf("sentence model: %w", err)
	}

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
			t.ws = append(t.ws, float32(f.cw[c]))
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
	c.ws = make([]float32, 0, len(ckeys)*len(labels))
	for _, h := range ckeys {
		for _, v := range rows[h] {
			c.ws = append(c.ws, float32(v))
		}
	}
	c.keys = newTable(ckeys)
	return w, nil
}
