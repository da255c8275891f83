package confidence

import (
	"embed"
	"fmt"
	"math"
	"sync"

	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

//go:embed models/*.bin
var modelFS embed.FS

// Models are the four models, by kind.
type Models [numKinds]*learn.Model

// Load decodes the embedded models.
var Load = sync.OnceValues(func() (*Models, error) {
	var m Models
	for k, name := range KindNames {
		b, err := modelFS.ReadFile("models/" + name + ".bin")
		if err != nil {
			return nil, fmt.Errorf("confidence model %s: %w", name, err)
		}
		if m[k], err = learn.Load(b); err != nil {
			return nil, fmt.Errorf("confidence model %s: %w", name, err)
		}
		if m[k].Bits != Bits {
			return nil, fmt.Errorf("confidence model %s: %d bucket bits, want %d", name, m[k].Bits, Bits)
		}
	}
	return &m, nil
})

// Score sets the Confidence of every actor, claim, event and position of r,
// read from r, doc, the article it was extracted from, and h.
func Score(doc *nlp.Doc, r *record.Record, h Hints) error {
	m, err := Load()
	if err != nil {
		return err
	}
	m.Apply(Featurize(doc, r, h), r)
	return nil
}

// Apply sets the confidences of r's items from their features f.
func (m *Models) Apply(f Features, r *record.Record) {
	for i := range r.Actors {
		r.Actors[i].Confidence = Round(m[Actors].Prob(f[Actors][i]))
	}
	for i := range r.Claims {
		r.Claims[i].Confidence = Round(m[Claims].Prob(f[Claims][i]))
	}
	for i := range r.Events {
		r.Events[i].Confidence = Round(m[Events].Prob(f[Events][i]))
	}
	for i := range r.Positions {
		r.Positions[i].Confidence = Round(m[Positions].Prob(f[Positions][i]))
	}
}

// Round rounds a probability to two decimals, within [0.01, 0.99]: no item
// is certain either way.
func Round(p float64) float64 {
	return math.Round(min(max(p, 0.01), 0.99)*100) / 100
}
