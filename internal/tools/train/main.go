// Command train rebuilds the confidence models (internal/confidence/models)
// from the project's training data and the dev split of its evaluation set:
//
//	go run ./internal/tools/train -train ../shared/train -eval ../shared/eval -out internal/confidence/models
//
// It runs the extraction on each article, labels the items against the
// article's gold the way the scorer matches them (match.go), and fits one
// logistic model per kind of item, calibrated (Platt) on data the model was
// not fitted on:
//
//   - claims: PolNeAR's train split; a fifth of its articles (near
//     duplicates kept together) is held out, for calibration and to show
//     the gap between seen and unseen articles;
//   - actors and events: the dev split's exhaustive gold (hand and GUM
//     actors, hand events), with folds over its articles: each article is
//     scored by a model that did not see it, and those scores calibrate the
//     model fitted on all of them;
//   - positions: SEESAW's train split (recall-only gold: an unmatched
//     position is not known to be wrong, so this ranks but cannot
//     calibrate), calibrated on the dev split's hand positions, again by
//     folds over articles.
//
// First of all it fits the claims' reader of reported speech
// (internal/claims/speech.bin, speech.go) on the candidates the rules alone
// leave in PolNeAR's train split, with the same fifth held out; the
// confidence models are then fitted on the extraction that uses it.
//
// It never reads ../shared/eval/corpus. The same inputs give byte-identical
// models. The figures go to standard output and to REPORT in the models'
// folder.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/extract-news/extract/internal/claims"
	"github.com/extract-news/extract/internal/confidence"
	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/learn"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// A doc is one gold file, its article's features and the labels of its items.
type doc struct {
	g      gold
	path   string // the article
	group  string // articles of one group stay on one side of a split
	f      confidence.Features
	labels [4]*labels
	speech []learn.Example // the learned reader's candidates, labelled (speech.go)
}

func run() error {
	trainDir := flag.String("train", "../shared/train", "training data folder (polnear/, seesaw/)")
	evalDir := flag.String("eval", "../shared/eval", "evaluation folder; only its dev split's gold is read")
	out := flag.String("out", "internal/confidence/models", "folder the models and REPORT are written to")
	speechOut := flag.String("speech", "internal/claims/speech.bin", "file the claims' speech model is written to")
	speechOnly := flag.Bool("speech-only", false, "rebuild the speech model only, and print its figures")
	jobs := flag.Int("jobs", 2, "articles extracted at once")
	flag.Parse()

	var docs []*doc
	for _, set := range []struct{ gold, articles, split string }{
		{filepath.Join(*trainDir, "polnear/gold"), filepath.Join(*trainDir, "polnear/articles"), "train"},
		{filepath.Join(*trainDir, "seesaw/gold"), filepath.Join(*trainDir, "seesaw/articles"), "train"},
		{filepath.Join(*evalDir, "gold"), filepath.Join(*evalDir, "articles"), "dev"},
	} {
		d, err := readGold(set.gold, set.articles, set.split)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	// First the rules alone, for the speech model's candidates; then the
	// whole extraction with that model, for the confidence models.
	if err := extractAll(docs, *jobs, func(*doc) claims.Options { return claims.Options{NoSpeech: true, Collect: true} }); err != nil {
		return err
	}
	groupDuplicates(docs)

	var rep bytes.Buffer
	fmt.Fprintf(&rep, "confidence models, trained by internal/tools/train (make train)\n\n")
	speech, folds := trainSpeech(&rep, docs)
	sb, err := speech.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*speechOut, sb, 0o644); err != nil {
		return err
	}
	if *speechOnly {
		_, err := os.Stdout.Write(rep.Bytes())
		return err
	}
	// Articles the speech model was fitted on are read by the model of
	// their fold, which never saw them.
	if err := extractAll(docs, *jobs, func(d *doc) claims.Options {
		if d.g.Source == "PolNeAR" && d.g.Split == "train" {
			return claims.Options{Speech: folds[fold(d.group, len(folds))]}
		}
		return claims.Options{Speech: speech}
	}); err != nil {
		return err
	}
	models := make([]*learn.Model, 4)
	models[confidence.Claims] = trainClaims(&rep, docs)
	models[confidence.Actors] = trainFolds(&rep, "actors", confidence.Actors, docs, func(d *doc) bool {
		return d.g.Split == "dev" && d.g.Actors != nil && !d.g.partial("actors")
	}, nil)
	models[confidence.Events] = trainFolds(&rep, "events", confidence.Events, docs, func(d *doc) bool {
		return d.g.Split == "dev" && d.g.Events != nil && !d.g.partial("events")
	}, func(d *doc) bool {
		return d.g.Split == "dev" && d.g.Events != nil && d.g.partial("events")
	})
	models[confidence.Positions] = trainPositions(&rep, docs)
	fmt.Fprintf(&rep, "recall kept on the dev split's recall-only gold (share of its matched items at or above each threshold)\n")
	for _, c := range []struct {
		name string
		kind int
	}{{"MEANTIME events", confidence.Events}, {"SEESAW positions", confidence.Positions}} {
		src := strings.Fields(c.name)[0]
		ex, _ := examples(docs, c.kind, func(d *doc) bool { return d.g.Source == src && d.g.Split == "dev" })
		fmt.Fprintf(&rep, "  %-17s", c.name)
		for _, t := range []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.5} {
			right, kept := 0, 0
			for _, e := range ex {
				if e.Y {
					right++
					if confidence.Round(models[c.kind].Prob(e.X)) >= t {
						kept++
					}
				}
			}
			fmt.Fprintf(&rep, " %.2f: %.2f |", t, float64(kept)/math.Max(1, float64(right)))
		}
		fmt.Fprintln(&rep)
	}

	for k, m := range models {
		b, err := m.MarshalBinary()
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(*out, confidence.KindNames[k]+".bin"), b, 0o644); err != nil {
			return err
		}
	}
	os.Stdout.Write(rep.Bytes())
	return os.WriteFile(filepath.Join(*out, "REPORT"), rep.Bytes(), 0o644)
}

// readGold reads the gold files of one split in a folder, in name order.
func readGold(goldDir, articles, split string) ([]*doc, error) {
	paths, err := filepath.Glob(filepath.Join(goldDir, "*.yaml"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no gold files", goldDir)
	}
	sort.Strings(paths)
	var docs []*doc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d := &doc{}
		if err := yaml.Unmarshal(b, &d.g); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if d.g.Split == "" {
			d.g.Split = "dev"
		}
		if d.g.Source == "" {
			d.g.Source = "hand"
		}
		if d.g.Split != split {
			continue
		}
		d.path = filepath.Join(articles, d.g.Article)
		d.group = strings.TrimSuffix(d.g.Article, ".txt")
		if i := strings.Index(d.group, "_DOCUMENT_"); i >= 0 {
			d.group = d.group[:i] // SEESAW: the three tellings of one story
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// extractAll extracts each article once, with the options opts gives for
// its first doc, and labels its items.
func extractAll(docs []*doc, jobs int, opts func(*doc) claims.Options) error {
	byPath := map[string][]*doc{}
	var paths []string
	for _, d := range docs {
		if byPath[d.path] == nil {
			paths = append(paths, d.path)
		}
		byPath[d.path] = append(byPath[d.path], d)
	}
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, jobs) {
		wg.Go(func() {
			for i := range next {
				text, err := os.ReadFile(paths[i])
				if err != nil {
					errs[i] = err
					continue
				}
				o := opts(byPath[paths[i]][0])
				a, err := extract.Analyse(paths[i], text, o)
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", paths[i], err)
					continue
				}
				r, cands := a.Record, a.Candidates
				f := confidence.Featurize(a.Doc, &r, a.Hints)
				for _, d := range byPath[paths[i]] {
					d.f = f
					d.label(newMatcher(&d.g, &r))
					if o.Collect {
						d.speech = speechLabels(&d.g, &r, text, cands)
					}
				}
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// label labels, through m, the items of each kind that d's gold lists.
func (d *doc) label(m *matcher) {
	kinds := [len(d.labels)]struct {
		gold  bool // the gold lists this kind
		label func() labels
	}{
		confidence.Actors:    {d.g.Actors != nil, m.actors},
		confidence.Claims:    {d.g.Claims != nil, m.claims},
		confidence.Events:    {d.g.Events != nil, m.events},
		confidence.Positions: {d.g.Positions != nil, m.positions},
	}
	for kind, k := range kinds {
		if k.gold {
			l := k.label()
			d.labels[kind] = &l
		}
	}
}

// groupDuplicates puts articles sharing half their 8-word shingles in one
// group, so that no split separates two tellings of one text.
func groupDuplicates(docs []*doc) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	shingles := map[string]map[uint64]bool{}
	index := map[uint64][]string{}
	var paths []string
	for _, d := range docs {
		if shingles[d.path] != nil || d.g.Split != "train" {
			continue
		}
		text, _ := os.ReadFile(d.path)
		w := strings.Fields(strings.ToLower(string(text)))
		set := map[uint64]bool{}
		for i := 0; i+8 <= len(w); i++ {
			h := fnv.New64a()
			h.Write([]byte(strings.Join(w[i:i+8], " ")))
			set[h.Sum64()] = true
		}
		shingles[d.path] = set
		paths = append(paths, d.path)
	}
	for _, p := range paths {
		keys := make([]uint64, 0, len(shingles[p]))
		for h := range shingles[p] {
			keys = append(keys, h)
		}
		slices.Sort(keys)
		for _, h := range keys {
			index[h] = append(index[h], p)
		}
	}
	group := map[string]string{}
	for _, d := range docs {
		group[d.path] = d.group
	}
	for _, p := range paths {
		shared := map[string]int{}
		for h := range shingles[p] {
			for _, q := range index[h] {
				if q != p {
					shared[q]++
				}
			}
		}
		for q, n := range shared {
			if small := min(len(shingles[p]), len(shingles[q])); small > 0 && 2*n >= small {
				a, b := find(group[p]), find(group[q])
				if a != b {
					if b < a {
						a, b = b, a
					}
					parent[b] = a
				}
			}
		}
	}
	for _, d := range docs {
		d.group = find(d.group)
	}
}

// fold gives a group's fold of k, from a hash of its name.
func fold(group string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(group))
	return int(h.Sum32() % uint32(k))
}

// holdOut splits examples, whose groups are groups, into the four folds
// of five a model is fitted on and the fifth it is held out of.
func holdOut(ex []learn.Example, groups []string) (seen, unseen []learn.Example) {
	for i, e := range ex {
		if fold(groups[i], 5) == 0 {
			unseen = append(unseen, e)
		} else {
			seen = append(seen, e)
		}
	}
	return seen, unseen
}

// examples gives the labelled, not skipped, items of one kind of the docs
// that keep says.
func examples(docs []*doc, kind int, keep func(*doc) bool) (ex []learn.Example, groups []string) {
	for _, d := range docs {
		l := d.labels[kind]
		if l == nil || !keep(d) {
			continue
		}
		for i, x := range d.f[kind] {
			if l.skip[i] {
				continue
			}
			ex = append(ex, learn.Example{X: x, Y: l.ok[i]})
			groups = append(groups, d.group)
		}
	}
	return ex, groups
}

// goldCount counts the gold items of one kind in the docs keep says.
func goldCount(docs []*doc, kind int, keep func(*doc) bool) int {
	n := 0
	for _, d := range docs {
		if !keep(d) {
			continue
		}
		switch kind {
		case confidence.Actors:
			n += len(*d.g.Actors)
		case confidence.Claims:
			for _, c := range *d.g.Claims {
				if !c.Optional {
					n++
				}
			}
		case confidence.Events:
			n += len(*d.g.Events)
		case confidence.Positions:
			n += len(*d.g.Positions)
		}
	}
	return n
}

// thresholds prints what dropping the items below each threshold would
// give, from probabilities p of items with outcomes y, against gold items
// in all (items matched again after others are dropped are not counted).
func thresholds(rep *bytes.Buffer, p []float64, y []bool, gold int) {
	fmt.Fprintf(rep, "    min-confidence:")
	for _, t := range []float64{0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7} {
		tp, fp := 0, 0
		for i := range p {
			if p[i] >= t {
				if y[i] {
					tp++
				} else {
					fp++
				}
			}
		}
		pr, rc := float64(tp)/math.Max(1, float64(tp+fp)), float64(tp)/math.Max(1, float64(gold))
		f1 := 0.0
		if pr+rc > 0 {
			f1 = 2 * pr * rc / (pr + rc)
		}
		fmt.Fprintf(rep, " %.2f: P %.2f R %.2f F1 %.2f |", t, pr, rc, f1)
	}
	fmt.Fprintln(rep)
}

func probs(m *learn.Model, ex []learn.Example, margins []float64) ([]float64, []bool) {
	p := make([]float64, len(ex))
	for i, e := range ex {
		if margins != nil {
			p[i] = confidence.Round(m.Calibrate(margins[i]))
		} else {
			p[i] = confidence.Round(m.Prob(e.X))
		}
	}
	return p, labelsOf(ex)
}

// figures are one model's figures on some examples.
type figures struct {
	n, pos        int
	auc, ece, ll  float64
	hi, hiOK      int // items at 0.8 or more, and right
	atHalf, okHlf int
}

func measure(m *learn.Model, ex []learn.Example, margins []float64) figures {
	f := figures{n: len(ex)}
	p := make([]float64, len(ex))
	y := make([]bool, len(ex))
	s := make([]float64, len(ex))
	for i, e := range ex {
		var z float64
		if margins != nil {
			z = margins[i]
		} else {
			z = m.Margin(e.X)
		}
		s[i], p[i], y[i] = z, confidence.Round(m.Calibrate(z)), e.Y
		if e.Y {
			f.pos++
		}
		q := min(max(p[i], 1e-6), 1-1e-6)
		if e.Y {
			f.ll -= math.Log(q)
		} else {
			f.ll -= math.Log(1 - q)
		}
		if p[i] >= 0.8 {
			f.hi++
			if e.Y {
				f.hiOK++
			}
		}
	}
	if f.n > 0 {
		f.ll /= float64(f.n)
	}
	f.auc, f.ece = learn.AUC(s, y), learn.ECE(p, y)
	return f
}

func (f figures) String() string {
	hi := "-"
	if f.hi > 0 {
		hi = fmt.Sprintf("%.2f of %d", float64(f.hiOK)/float64(f.hi), f.hi)
	}
	return fmt.Sprintf("%5d items, %.2f right; AUC %.3f, log loss %.3f, ECE %.3f, precision at >= 0.8: %s",
		f.n, float64(f.pos)/math.Max(1, float64(f.n)), f.auc, f.ll, f.ece, hi)
}

var l2s = []float64{1e-4, 1e-3, 1e-2, 3e-2}

func options(l2 float64) learn.Options {
	return learn.Options{Bits: confidence.Bits, L2: l2, Epochs: 15, Rate: 0.1, Seed: 1}
}

// trainClaims fits the claims model on four fifths of PolNeAR's train
// split and calibrates it on the fifth held out. The dev split's hand
// claims, which follow the project's definition where PolNeAR follows its
// own (a quoted fragment is a claim of its own there, part of a longer
// attribution in PolNeAR), are added to both, each counted handWeight
// times; their figures leave each hand article out of the model that
// scores it.
func trainClaims(rep *bytes.Buffer, docs []*doc) *learn.Model {
	polnear := func(d *doc) bool {
		return d.g.Source == "PolNeAR" && d.g.Split == "train" && d.g.Claims != nil && len(*d.g.Claims) > 0
	}
	all, groups := examples(docs, confidence.Claims, polnear)
	seen, unseen := holdOut(all, groups)
	handDev := func(d *doc) bool { return d.g.Source == "hand" && d.g.Split == "dev" && d.g.Claims != nil }
	hand, handGroups := examples(docs, confidence.Claims, handDev)
	const handWeight = 10
	fit := func(l2 float64, leaveOut string) *learn.Model {
		tr, cal := slices.Clone(seen), slices.Clone(unseen)
		for i, e := range hand {
			if handGroups[i] != leaveOut {
				for range handWeight {
					tr, cal = append(tr, e), append(cal, e)
				}
			}
		}
		m := learn.Train(tr, options(l2))
		m.Platt(cal)
		return m
	}
	var best *learn.Model
	bestLL, bestL2 := math.Inf(1), 0.0
	for _, l2 := range l2s {
		m := fit(l2, "")
		if f := measure(m, unseen, nil); f.ll < bestLL {
			best, bestLL, bestL2 = m, f.ll, l2
		}
	}
	handZ := make([]float64, len(hand))
	for _, g := range slices.Compact(slices.Sorted(slices.Values(handGroups))) {
		m := fit(bestL2, g)
		for i, e := range hand {
			if handGroups[i] == g {
				handZ[i] = -(float64(m.A)*m.Margin(e.X) + float64(m.B))
			}
		}
	}
	fmt.Fprintf(rep, "claims (right: text and speaker both match): PolNeAR train split, %d articles, and the dev split's hand claims (x%d); L2 %g\n", countDocs(docs, polnear), handWeight, bestL2)
	fmt.Fprintf(rep, "  seen   (fitted on) %s\n", measure(best, seen, nil))
	fmt.Fprintf(rep, "  unseen (held out)  %s\n", measure(best, unseen, nil))
	polDev := func(d *doc) bool { return d.g.Source == "PolNeAR" && d.g.Split == "dev" && d.g.Claims != nil }
	ex, _ := examples(docs, confidence.Claims, polDev)
	fmt.Fprintf(rep, "  dev PolNeAR (unseen) %s\n", measure(best, ex, nil))
	p, y := probs(best, ex, nil)
	thresholds(rep, p, y, goldCount(docs, confidence.Claims, polDev))
	plain := &learn.Model{}
	fmt.Fprintf(rep, "  dev hand (seen)                        %s\n", measure(best, hand, nil))
	fmt.Fprintf(rep, "  dev hand (unseen: article left out)    %s\n", measure(plain, hand, handZ))
	p, y = probs(plain, hand, handZ)
	thresholds(rep, p, y, goldCount(docs, confidence.Claims, handDev))
	fmt.Fprintln(rep)
	return best
}

func countDocs(docs []*doc, keep func(*doc) bool) int {
	n := 0
	for _, d := range docs {
		if keep(d) {
			n++
		}
	}
	return n
}

// crossFit fits models on k-1 folds of ex and scores the fold left out,
// giving each example a margin from a model that did not see its article.
func crossFit(ex []learn.Example, groups []string, k int, o learn.Options) []float64 {
	out := make([]float64, len(ex))
	for f := range k {
		var tr []learn.Example
		for i, e := range ex {
			if fold(groups[i], k) != f {
				tr = append(tr, e)
			}
		}
		m := learn.Train(tr, o)
		for i, e := range ex {
			if fold(groups[i], k) == f {
				out[i] = m.Margin(e.X)
			}
		}
	}
	return out
}

// trainFolds fits a model on the dev split's exhaustive gold of one kind
// (keep), calibrated on margins from models that did not see the article.
// Items of extra (recall-only gold: matched is right, unmatched is taken
// as wrong) join the fitting but not the calibration.
func trainFolds(rep *bytes.Buffer, name string, kind int, docs []*doc, keep, extra func(*doc) bool) *learn.Model {
	ex, groups := examples(docs, kind, keep)
	all, allGroups := slices.Clone(ex), slices.Clone(groups)
	if extra != nil {
		xe, xg := examples(docs, kind, extra)
		all, allGroups = append(all, xe...), append(allGroups, xg...)
	}
	k := min(5, distinct(groups))
	var best *learn.Model
	var bestOOF []float64
	bestLL, bestL2 := math.Inf(1), 0.0
	for _, l2 := range l2s {
		oof := crossFit(all, allGroups, k, options(l2))
		m := learn.Train(all, options(l2))
		a, b := learn.PlattFit(oof[:len(ex)], labelsOf(ex))
		m.A, m.B = float32(a), float32(b)
		if f := measure(m, ex, oof[:len(ex)]); f.ll < bestLL {
			best, bestOOF, bestLL, bestL2 = m, oof, f.ll, l2
		}
	}
	fmt.Fprintf(rep, "%s: dev split, %d articles, %d folds over articles; L2 %g\n", name, distinct(groups), k, bestL2)
	if extra != nil {
		fmt.Fprintf(rep, "  also fitted on %d items of %d articles of recall-only gold (calibrated without them)\n", len(all)-len(ex), distinct(allGroups[len(ex):]))
	}
	fmt.Fprintf(rep, "  seen   (fitted on all)   %s\n", measure(best, ex, nil))
	fmt.Fprintf(rep, "  unseen (article's fold)  %s\n", measure(best, ex, bestOOF[:len(ex)]))
	p, y := probs(best, ex, bestOOF[:len(ex)])
	thresholds(rep, p, y, goldCount(docs, kind, keep))
	if extra != nil {
		fmt.Fprintf(rep, "    recall kept on the recall-only gold (article's fold):")
		for _, t := range []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.5} {
			right, kept := 0, 0
			for i, e := range all[len(ex):] {
				if e.Y {
					right++
					if confidence.Round(best.Calibrate(bestOOF[len(ex)+i])) >= t {
						kept++
					}
				}
			}
			fmt.Fprintf(rep, " %.2f: %.2f |", t, float64(kept)/math.Max(1, float64(right)))
		}
		fmt.Fprintln(rep)
	}
	fmt.Fprintln(rep)
	return best
}

func labelsOf(ex []learn.Example) []bool {
	y := make([]bool, len(ex))
	for i, e := range ex {
		y[i] = e.Y
	}
	return y
}

func distinct(xs []string) int {
	set := map[string]bool{}
	for _, x := range xs {
		set[x] = true
	}
	return len(set)
}

// trainPositions ranks positions with a model fitted on SEESAW's train split
// and calibrates its margins on the dev split's hand positions.
func trainPositions(rep *bytes.Buffer, docs []*doc) *learn.Model {
	seesaw := func(d *doc) bool { return d.g.Source == "SEESAW" && d.g.Split == "train" && d.g.Positions != nil }
	all, groups := examples(docs, confidence.Positions, seesaw)
	seen, unseen := holdOut(all, groups)
	hand := func(d *doc) bool { return d.g.Split == "dev" && d.g.Positions != nil && !d.g.partial("positions") }
	dev, devGroups := examples(docs, confidence.Positions, hand)
	var best *learn.Model
	bestLL, bestL2 := math.Inf(1), 0.0
	for _, l2 := range l2s {
		m := learn.Train(seen, options(l2))
		m.Platt(unseen)
		if f := measure(m, unseen, nil); f.ll < bestLL {
			best, bestLL, bestL2 = m, f.ll, l2
		}
	}
	fmt.Fprintf(rep, "positions, ranking (right: matched; SEESAW gold is recall-only, so \"wrong\" is \"not in the gold\"): SEESAW train split, %d articles; L2 %g\n", countDocs(docs, seesaw), bestL2)
	fmt.Fprintf(rep, "  seen   (fitted on) %s\n", measure(best, seen, nil))
	fmt.Fprintf(rep, "  unseen (held out)  %s\n", measure(best, unseen, nil))
	m := learn.Train(all, options(bestL2))
	// Calibration on hand dev: each article's Platt fit leaves it out.
	z := make([]float64, len(dev))
	for i, e := range dev {
		z[i] = m.Margin(e.X)
	}
	y := labelsOf(dev)
	k := distinct(devGroups)
	cal := make([]float64, len(dev))
	for f := range k {
		var zs []float64
		var ys []bool
		for i := range dev {
			if fold(devGroups[i], k) != f {
				zs, ys = append(zs, z[i]), append(ys, y[i])
			}
		}
		a, b := learn.PlattFit(zs, ys)
		for i := range dev {
			if fold(devGroups[i], k) == f {
				cal[i] = -(a*z[i] + b)
			}
		}
	}
	a, b := learn.PlattFit(z, y)
	m.A, m.B = float32(a), float32(b)
	plain := &learn.Model{}
	fmt.Fprintf(rep, "positions, calibrated on the dev split's hand gold, %d articles\n", k)
	fmt.Fprintf(rep, "  seen   (calibrated on all)        %s\n", measure(m, dev, nil))
	fmt.Fprintf(rep, "  unseen (calibration left it out)  %s\n", measure(plain, dev, cal))
	p, _ := probs(plain, dev, cal)
	thresholds(rep, p, y, goldCount(docs, confidence.Positions, hand))
	fmt.Fprintln(rep)
	return m
}
