package learn

import (
	"math"
	"slices"
)

// An Example is one item's features and whether it was right.
type Example struct {
	X []Feature
	Y bool
}

// Options set how Train fits a model.
type Options struct {
	Bits   uint8   // 2^Bits buckets
	L2     float64 // weight of the L2 penalty (per example)
	Epochs int     // passes over the examples
	Rate   float64 // AdaGrad's base step
	Seed   uint64  // fixes the order in which examples are visited
}

// DefaultOptions are a reasonable start for a few thousand examples.
var DefaultOptions = Options{Bits: 16, L2: 1e-4, Epochs: 20, Rate: 0.1, Seed: 1}

// A rng is splitmix64: small, of our own, so the order never changes with
// a library's version.
type rng uint64

func (r *rng) next() uint64 {
	*r += 0x9E3779B97F4A7C15
	z := uint64(*r)
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

// Train fits logistic regression to the examples by AdaGrad stochastic
// gradient descent with an L2 penalty, visiting them in an order drawn from
// o.Seed. The weights are rounded to float32. The model is uncalibrated;
// see Platt.
func Train(examples []Example, o Options) *Model {
	n := 1 << o.Bits
	w := make([]float64, n)
	g2 := make([]float64, n)
	var bias, biasG2 float64
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	r := rng(o.Seed)
	const eps = 1e-8
	for range o.Epochs {
		for i := len(order) - 1; i > 0; i-- {
			j := int(r.next() % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		for _, k := range order {
			e := examples[k]
			z := bias
			for _, f := range e.X {
				z = float64(z + float64(w[f.Index&uint32(n-1)]*float64(f.Value)))
			}
			y := 0.0
			if e.Y {
				y = 1
			}
			g := float64(sigmoid(z) - y)
			biasG2 = float64(biasG2 + float64(g*g))
			bias = float64(bias - float64(o.Rate*g/math.Sqrt(biasG2+eps)))
			for _, f := range e.X {
				i := f.Index & uint32(n-1)
				gi := float64(float64(g*float64(f.Value)) + float64(o.L2*w[i]))
				g2[i] = float64(g2[i] + float64(gi*gi))
				w[i] = float64(w[i] - float64(o.Rate*gi/math.Sqrt(g2[i]+eps)))
			}
		}
	}
	m := NewModel(o.Bits)
	m.Bias = float32(bias)
	for i, x := range w {
		m.W[i] = float32(x)
	}
	return m
}

// Platt fits m's calibration to margins of held-out examples, by Newton's
// method on the log loss with Platt's smoothed targets (Lin, Lin and Weng's
// formulation).
func (m *Model) Platt(examples []Example) {
	z := make([]float64, len(examples))
	y := make([]bool, len(examples))
	for i, e := range examples {
		z[i], y[i] = m.Margin(e.X), e.Y
	}
	a, b := PlattFit(z, y)
	m.A, m.B = float32(a), float32(b)
}

// PlattFit gives A and B such that 1/(1+exp(A*z+B)) is calibrated for the
// margins z with outcomes y.
func PlattFit(z []float64, y []bool) (A, B float64) {
	var pos, neg float64
	for _, v := range y {
		if v {
			pos++
		} else {
			neg++
		}
	}
	hi, lo := (pos+1)/(pos+2), 1/(neg+2)
	t := make([]float64, len(y))
	for i, v := range y {
		if v {
			t[i] = hi
		} else {
			t[i] = lo
		}
	}
	A, B = 0, math.Log((neg+1)/(pos+1))
	const sigma = 1e-12
	fval := func(A, B float64) float64 {
		f := 0.0
		for i := range z {
			fApB := float64(z[i]*A) + B
			if fApB >= 0 {
				f += float64(t[i]*fApB) + math.Log1p(math.Exp(-fApB))
			} else {
				f += float64((t[i]-1)*fApB) + math.Log1p(math.Exp(fApB))
			}
		}
		return f
	}
	f := fval(A, B)
	for range 100 {
		var h11, h22, h21, g1, g2 float64 = sigma, sigma, 0, 0, 0
		for i := range z {
			fApB := float64(z[i]*A) + B
			var p, q float64
			if fApB >= 0 {
				p = math.Exp(-fApB) / (1 + math.Exp(-fApB))
				q = 1 / (1 + math.Exp(-fApB))
			} else {
				p = 1 / (1 + math.Exp(fApB))
				q = math.Exp(fApB) / (1 + math.Exp(fApB))
			}
			d2 := float64(p * q)
			h11 += float64(z[i] * float64(z[i]*d2))
			h22 += d2
			h21 += float64(z[i] * d2)
			d1 := t[i] - p
			g1 += float64(z[i] * d1)
			g2 += d1
		}
		if math.Abs(g1) < 1e-5 && math.Abs(g2) < 1e-5 {
			break
		}
		det := float64(h11*h22) - float64(h21*h21)
		dA := -(float64(h22*g1) - float64(h21*g2)) / det
		dB := -(float64(-h21*g1) + float64(h11*g2)) / det
		gd := float64(g1*dA) + float64(g2*dB)
		step := 1.0
		for step >= 1e-10 {
			nA, nB := A+float64(step*dA), B+float64(step*dB)
			if nf := fval(nA, nB); nf < f+float64(1e-4*float64(step*gd)) {
				A, B, f = nA, nB, nf
				break
			}
			step /= 2
		}
		if step < 1e-10 {
			break
		}
	}
	return A, B
}

// ECE gives the expected calibration error of probabilities p against
// outcomes y over ten equal-width bins, as the project's scorer counts it.
func ECE(p []float64, y []bool) float64 {
	var sumP, sumY [10]float64
	var count [10]int
	for i, x := range p {
		b := max(0, min(int(x*10), 9))
		sumP[b] += x
		count[b]++
		if y[i] {
			sumY[b]++
		}
	}
	e := 0.0
	for b := range count {
		if count[b] > 0 {
			e += math.Abs(sumP[b]-sumY[b]) / float64(len(p))
		}
	}
	return e
}

// AUC gives the area under the ROC curve of scores s for outcomes y: the
// chance that a right item outranks a wrong one.
func AUC(s []float64, y []bool) float64 {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case s[a] < s[b]:
			return -1
		case s[a] > s[b]:
			return 1
		}
		return 0
	})
	var pos, neg, rankSum float64
	for r := 0; r < len(idx); {
		q := r
		for q < len(idx) && s[idx[q]] == s[idx[r]] {
			q++
		}
		avg := float64(r+q+1) / 2
		for k := r; k < q; k++ {
			if y[idx[k]] {
				pos++
				rankSum += avg
			}
		}
		r = q
	}
	neg = float64(len(s)) - pos
	if pos == 0 || neg == 0 {
		return 0.5
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg)
}
