package main

import (
	"bytes"
	"fmt"
	"math"
	"slices"

	"github.com/extract-news/extract/internal/claims"
	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/record"
)

// This file trains the claims' learned reader of reported speech
// (internal/claims/learned.go): a model over the candidates the syntax
// layer gives, each labelled right when its text matches a gold claim
// (not optional) that none of the rules' claims matches.

// speechLabels labels the candidates cands of record r against gold g:
// right when the text matches a gold claim the rules' claims left
// unmatched, through the same cue (the gold cue holds the candidate's
// verb); skipped when it matches an optional one, or one through another
// cue (a verb inside the content of a cue the rules missed).
func speechLabels(g *gold, r *record.Record, text []byte, cands []claims.Candidate) []learn.Example {
	if g.Claims == nil {
		return nil
	}
	gc := *g.Claims
	covered := make([]bool, len(gc))
	used := make([]bool, len(r.Claims))
	for i, c := range gc {
		if c.Optional {
			continue
		}
		best, bestF := -1, 0.5
		for j, sc := range r.Claims {
			if !used[j] {
				if f := tokenF1(words(c.Text), words(sc.Text)); f >= bestF {
					best, bestF = j, f
				}
			}
		}
		if best >= 0 {
			used[best], covered[i] = true, true
		}
	}
	var ex []learn.Example
	for _, c := range cands {
		w := words(string(text[c.Span[0]:c.Span[1]]))
		right, other := false, false
		for i, g := range gc {
			if tokenF1(words(g.Text), w) < 0.5 {
				continue
			}
			switch {
			case g.Optional:
				other = true
			case !covered[i] && slices.Contains(words(g.Cue), c.Cue):
				right = true
			case !covered[i]:
				other = true // its text, another cue's: neither right nor wrong
			}
		}
		if other && !right {
			continue
		}
		ex = append(ex, learn.Example{X: c.X, Y: right})

	}
	return ex
}

// speechPrune is the smallest weight the speech model keeps.
const speechPrune = 0.02

// trainSpeech fits the speech model on four fifths of PolNeAR's train
// split and calibrates it (Platt) on the fifth held out, reporting both
// and the dev split's PolNeAR and hand candidates (never fitted on).
//
// It also returns, for each fold k of five, a model that never saw fold
// k's articles (fold 0 is the one held out; the others are fitted on
// three fifths, calibrated on the same fifth): the confidence models are
// fitted on claims read by a speech model that did not learn them, as
// they are on articles users give.
func trainSpeech(rep *bytes.Buffer, docs []*doc) (*learn.Model, [5]*learn.Model) {
	var all []learn.Example
	var groups []string
	for _, d := range docs {
		if d.g.Source == "PolNeAR" && d.g.Split == "train" {
			all = append(all, d.speech...)
			for range d.speech {
				groups = append(groups, d.group)
			}
		}
	}
	seen, unseen := holdOut(all, groups)
	fit := func(ex []learn.Example, l2 float64) *learn.Model {
		m := learn.Train(ex, learn.Options{Bits: claims.SpeechBits, L2: l2, Epochs: 15, Rate: 0.1, Seed: 1})
		// Weights this small move no decision; dropped, they keep the
		// embedded model small.
		for i, w := range m.W {
			if math.Abs(float64(w)) < speechPrune {
				m.W[i] = 0
			}
		}
		m.Platt(unseen)
		return m
	}
	var best *learn.Model
	bestLL, bestL2 := math.Inf(1), 0.0
	for _, l2 := range []float64{1e-5, 1e-4, 1e-3} {
		m := fit(seen, l2)
		if f := measure(m, unseen, nil); f.ll < bestLL {
			best, bestLL, bestL2 = m, f.ll, l2
		}
	}
	var folds [5]*learn.Model
	folds[0] = best
	for k := 1; k < len(folds); k++ {
		var ex []learn.Example
		for i, e := range all {
			if f := fold(groups[i], 5); f != 0 && f != k {
				ex = append(ex, e)
			}
		}
		folds[k] = fit(ex, bestL2)
	}
	fmt.Fprintf(rep, "speech (the clause a verb group governs is reported speech the rules missed): PolNeAR train split; L2 %g; kept at >= %.2f\n", bestL2, claims.SpeechThreshold)
	line := func(name string, ex []learn.Example) {
		fmt.Fprintf(rep, "  %-22s %s\n   ", name, measure(best, ex, nil))
		for _, t := range []float64{0.3, claims.SpeechThreshold, 0.5, 0.6} {
			kept, ok := 0, 0
			for _, e := range ex {
				if best.Prob(e.X) >= t {
					kept++
					if e.Y {
						ok++
					}
				}
			}
			fmt.Fprintf(rep, " at %.2f: kept %d, %.2f right |", t, kept, float64(ok)/math.Max(1, float64(kept)))
		}
		fmt.Fprintln(rep)
	}
	line("seen (fitted on)", seen)
	line("unseen (held out)", unseen)
	for _, src := range []string{"PolNeAR", "hand"} {
		var ex []learn.Example
		for _, d := range docs {
			if d.g.Source == src && d.g.Split == "dev" {
				ex = append(ex, d.speech...)
			}
		}
		line("dev "+src+" (unseen)", slices.Clip(ex))
	}
	fmt.Fprintln(rep)
	return best, folds
}
